"""The HTTP layer: a threaded stdlib server that feeds requests to `SandboxApp`."""

from __future__ import annotations

import logging
import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .app import Request, Response, SandboxApp
from .store import SandboxStore

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 1_000_000


class _SandboxRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real API; every answer has a length
    server_version = "xsandbox"
    sys_version = ""
    timeout = 30  # a client that stalls mid-request cannot hold a thread forever

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in separate writes; without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            return
        request = Request(self.command, self.path, dict(self.headers.items()), body)
        response = self.server.app.handle(request)
        if response.drop_connection:
            self._drop_connection()
        else:
            self._send(response)

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.send_error(411, "Chunked request bodies are not supported")
            return None
        raw_length = self.headers.get("Content-Length", "0").strip()
        if not (raw_length.isascii() and raw_length.isdigit()):
            self.send_error(400, "Invalid Content-Length")
            return None
        if int(raw_length) > MAX_BODY_BYTES:
            self.send_error(413, "Request body too large")
            return None
        return self.rfile.read(int(raw_length))

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    def _drop_connection(self) -> None:
        # SO_LINGER 0 makes close() send a TCP reset: the client sees the connection die
        # without any answer, like X's edge failing after the tweet was stored.
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def log_message(self, format: str, *args) -> None:
        logger.info("%s %s", self.address_string(), format % args)


class _SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], app: SandboxApp):
        super().__init__(address, _SandboxRequestHandler)
        self.app = app

    def handle_error(self, request, client_address) -> None:
        logger.debug("connection from %s ended with an error", client_address, exc_info=True)


class SandboxServer:
    """A running sandbox. Use `base_url` to reach it and `stop()` (or `with`) to end it."""

    def __init__(self, httpd: _SandboxHTTPServer, app: SandboxApp):
        self._httpd = httpd
        self.app = app
        self.store = app.store
        self.host, self.port = httpd.server_address[:2]
        shown_host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        self.base_url = f"http://{shown_host}:{self.port}"
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"xsandbox:{self.port}",
            daemon=True,
        )
        self._stopped = False

    def start(self) -> SandboxServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, interrupt slow answers and close the store. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self.app.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
        self.store.close()

    def __enter__(self) -> SandboxServer:
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


def start_sandbox(
    host: str = "127.0.0.1",
    port: int = 0,
    db_path: str = ":memory:",
    signature_base_url: str = "https://api.twitter.com",
) -> SandboxServer:
    """Start a sandbox in a daemon thread; port 0 picks a free port (see `.base_url`)."""
    store = SandboxStore(db_path)
    try:
        app = SandboxApp(store, signature_base_url=signature_base_url)
        httpd = _SandboxHTTPServer((host, port), app)
    except BaseException:
        store.close()
        raise
    return SandboxServer(httpd, app).start()
