"""OAuth 1.0a user-context verification of /2/ requests, done by oauthlib.

tweepy signs every request for https://api.twitter.com and the client side only rewrites the
host afterwards, so signatures are checked against a canonical base URL, not our own address.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from oauthlib.oauth1 import RequestValidator, SignatureOnlyEndpoint
from oauthlib.oauth1.rfc5849 import SIGNATURE_HMAC_SHA1

from .store import Account, SandboxStore

logger = logging.getLogger(__name__)

TIMESTAMP_WINDOW_SECONDS = 15 * 60
DUMMY_SECRET = "sandbox-dummy-secret"


class _StoreRequestValidator(RequestValidator):
    """Answers oauthlib's questions about keys, secrets and nonces from the sandbox store."""

    enforce_ssl = False  # we rebuild the URI from the canonical (https) base ourselves
    timestamp_lifetime = TIMESTAMP_WINDOW_SECONDS
    dummy_client = "sandbox-dummy-client"

    def __init__(self, store: SandboxStore):
        super().__init__()
        self.store = store

    @property
    def allowed_signature_methods(self):
        return (SIGNATURE_HMAC_SHA1,)  # the only method X accepts

    # oauthlib's default format checks expect 20-30 character keys and nonces; X's are longer.
    @staticmethod
    def _plausible(value) -> bool:
        return isinstance(value, str) and 0 < len(value) <= 200 and value.isprintable()

    def check_client_key(self, client_key):
        return self._plausible(client_key)

    def check_access_token(self, request_token):
        return self._plausible(request_token)

    def check_nonce(self, nonce):
        return self._plausible(nonce)

    def validate_client_key(self, client_key, request):
        return self.store.consumer_key_exists(client_key)

    def _account(self, client_key, request) -> Account | None:
        return self.store.account_for_credentials(client_key, request.resource_owner_key)

    def get_client_secret(self, client_key, request):
        account = self._account(client_key, request)
        return account.consumer_secret if account else DUMMY_SECRET

    def get_access_token_secret(self, client_key, token, request):
        account = self._account(client_key, request)
        return account.access_token_secret if account else DUMMY_SECRET

    def validate_timestamp_and_nonce(
        self, client_key, timestamp, nonce, request, request_token=None, access_token=None
    ):
        return not self.store.nonce_seen(client_key, request.resource_owner_key, nonce)


class SignatureVerifier:
    """Finds the account that signed a request, or None if the signature does not hold."""

    def __init__(self, store: SandboxStore, signature_base_url: str = "https://api.twitter.com"):
        self.store = store
        self.signature_base_url = signature_base_url.rstrip("/")
        self._endpoint = SignatureOnlyEndpoint(_StoreRequestValidator(store))

    def authenticate(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> Account | None:
        """Verify the request's HMAC-SHA1 signature, timestamp and nonce.

        `target` is the request target as received (path and query). A nonce is accepted once.
        """
        parts = urlsplit(target)
        uri = self.signature_base_url + parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            valid, request = self._endpoint.validate_request(
                uri, method, body.decode("utf-8", errors="replace"), headers
            )
        except Exception:  # oauthlib raises ValueError and friends on malformed input
            logger.info("unverifiable OAuth request for %s", target, exc_info=True)
            return None
        if not valid or not request.resource_owner_key:
            logger.info("rejected OAuth signature for %s %s", method, target)
            return None
        account = self.store.account_for_credentials(request.client_key, request.resource_owner_key)
        first_use = self.store.remember_nonce(
            request.client_key,
            request.resource_owner_key,
            request.nonce,
            int(request.timestamp),
            keep_for=2 * TIMESTAMP_WINDOW_SECONDS,
        )
        if account is None or not first_use:
            logger.info("replayed nonce for %s %s", method, target)
            return None
        return account
