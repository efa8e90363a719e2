"""Fixtures for the sandbox suite: a fresh sandbox per test, reached over real HTTP.

No Django needed: pytest tests/xsandbox -p no:django --confcutdir=tests/xsandbox
"""

import pytest
import requests

from publishing.xapi import build_client
from xsandbox import start_sandbox

ALICE = {
    "username": "alice_lpt",
    "name": "Alice LPT",
    "id": "1001",
    "consumer_key": "app-consumer-key-0123456789",
    "consumer_secret": "app-consumer-secret-0123456789abcdefghij",
    "access_token": "1001-alice-access-token-0123456789",
    "access_token_secret": "alice-access-token-secret-0123456789abcd",
}
BOB = {
    "username": "bob_lpt",
    "name": "Bob LPT",
    "id": "1002",
    "consumer_key": "app-consumer-key-0123456789",
    "consumer_secret": "app-consumer-secret-0123456789abcdefghij",
    "access_token": "1002-bob-access-token-0123456789",
    "access_token_secret": "bob-access-token-secret-0123456789abcdef",
}


class Control:
    """The sandbox's control API, spoken with plain requests."""

    def __init__(self, base_url: str):
        self.base_url = base_url

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        return requests.request(method, self.base_url + path, timeout=5, **kwargs)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)

    def delete(self, path, **kwargs):
        return self.request("DELETE", path, **kwargs)

    def set_faults(self, **faults) -> dict:
        response = self.post("/_sandbox/faults", json=faults)
        assert response.status_code == 200, response.text
        return response.json()

    def tweets(self, username=None) -> list[dict]:
        params = {"username": username} if username else {}
        response = self.get("/_sandbox/tweets", params=params)
        assert response.status_code == 200, response.text
        return response.json()

    def add_mention(self, **mention) -> dict:
        response = self.post("/_sandbox/mentions", json=mention)
        assert response.status_code == 201, response.text
        return response.json()


def client_for(account: dict, base_url: str, **overrides):
    credentials = {
        name: account[name]
        for name in ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
    }
    return build_client(**(credentials | {"base_url": base_url} | overrides))


@pytest.fixture
def sandbox():
    with start_sandbox() as server:
        yield server


@pytest.fixture
def control(sandbox):
    return Control(sandbox.base_url)


@pytest.fixture
def alice(control):
    response = control.post("/_sandbox/accounts", json=ALICE)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def bob(control):
    response = control.post("/_sandbox/accounts", json=BOB)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture
def client(sandbox, alice):
    return client_for(alice, sandbox.base_url)


@pytest.fixture
def bob_client(sandbox, bob):
    return client_for(bob, sandbox.base_url)
