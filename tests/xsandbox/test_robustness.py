"""Bad input over raw sockets: the server answers or hangs up, and keeps serving."""

import socket
import threading
from urllib.parse import urlsplit

import pytest


def exchange(sandbox, raw: bytes, *, shut_write: bool = False) -> bytes:
    """Send raw bytes and read until the server closes or goes quiet for a moment."""
    address = urlsplit(sandbox.base_url)
    with socket.create_connection((address.hostname, address.port), timeout=2) as connection:
        connection.sendall(raw)
        if shut_write:
            connection.shutdown(socket.SHUT_WR)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    return received


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"\x00\xff\xfe\x16\x03\x01 garbage\r\n\r\n", b"400"),
        (b"GET /2/users/me HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", b"400"),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: ²\r\n\r\n".encode(), b"400"),
        (b"POST /2/tweets HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n", b"413"),
        (
            b"POST /2/tweets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            b"411",
        ),
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", b"414"),
        (b"GET / HTTP/1.1\r\nX-Long: " + b"a" * 70_000 + b"\r\n\r\n", b"431"),
        (b"BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n", b"501"),
        (b"GET /2/users/me?%zz=%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"401"),
        (b"GET /%00/status/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"404"),
    ],
)
def test_bad_requests_get_an_error_and_the_server_survives(sandbox, control, raw, status):
    answer = exchange(sandbox, raw)
    # An unparseable request line is answered HTTP/0.9 style: a body with no status line.
    assert answer.startswith(b"HTTP/1.1 " + status) or b"Error code: " + status in answer, answer
    assert control.get("/_sandbox/health").status_code == 200


def test_truncated_bodies_and_hang_ups_do_not_hurt(sandbox, control):
    exchange(
        sandbox, b'POST /2/tweets HTTP/1.1\r\nContent-Length: 100\r\n\r\n{"te', shut_write=True
    )
    exchange(
        sandbox, b"POST /_sandbox/faults HTTP/1.1\r\nContent-Length: 5\r\n\r\n", shut_write=True
    )
    exchange(sandbox, b"", shut_write=True)
    assert control.get("/_sandbox/health").status_code == 200
    assert control.get("/_sandbox/faults").json()["error_rate"] == 0


def test_authorization_header_garbage_is_unauthorized(control):
    for header in ("OAuth", 'OAuth oauth_consumer_key="', "OAuth a=b, a=b", "Bearer xyz", "\u00e9"):
        response = control.get("/2/users/me", headers={"Authorization": header.encode()})
        assert response.status_code == 401


def test_concurrent_clients_are_all_served(sandbox, client, control):
    results = []

    def post(n):
        try:
            results.append(client.create_tweet(text=f"Parallel {n}").data["id"])
        except Exception as error:  # collected and asserted below
            results.append(error)

    # One tweepy client per thread would be more typical; sharing one session is the harder case.
    threads = [threading.Thread(target=post, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert all(isinstance(result, str) for result in results), results
    assert len(set(results)) == 16 == len(control.tweets())
