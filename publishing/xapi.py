"""tweepy clients pointed at X or at the sandbox, with timeouts. Django-free: plain arguments.

tweepy 4.17 hard-codes https://api.twitter.com as the host of every v2 request and passes no
timeout to requests, so a hung connection would block a worker forever. Both are fixed below
the tweepy layer with a transport adapter on the client's requests session: it sends requests
meant for api.twitter.com to the configured base URL (the OAuth signature stays computed over
api.twitter.com, which is what the sandbox verifies) and fills in a default timeout.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import requests
import tweepy
from requests.adapters import HTTPAdapter

TWITTER_API_BASE_URL = "https://api.twitter.com"
DEFAULT_TIMEOUT = (3.05, 10)  # (connect, read) seconds


class ApiBaseUrlAdapter(HTTPAdapter):
    """Sends https://api.twitter.com/... requests to `base_url` (path and query kept) and
    applies `timeout` to requests that were given none."""

    def __init__(
        self,
        base_url: str = TWITTER_API_BASE_URL,
        timeout: float | tuple[float, float] | None = DEFAULT_TIMEOUT,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")
        self.default_timeout = timeout

    def rewrite_url(self, url: str) -> str:
        """`url` with the api.twitter.com origin replaced by the base URL."""
        if not url.startswith(TWITTER_API_BASE_URL + "/") and url != TWITTER_API_BASE_URL:
            return url
        parts = urlsplit(url)
        query = f"?{parts.query}" if parts.query else ""
        return f"{self.base_url}{parts.path}{query}"

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        if timeout is None:
            timeout = self.default_timeout
        rewritten = self.rewrite_url(request.url)
        if rewritten != request.url:
            request.url = rewritten
            # Proxies were chosen for api.twitter.com; choose again for the real destination
            # so that NO_PROXY (e.g. for 127.0.0.1) is honoured.
            proxies = requests.utils.get_environ_proxies(rewritten)
        return super().send(
            request, stream=stream, timeout=timeout, verify=verify, cert=cert, proxies=proxies
        )


def build_client(
    *,
    consumer_key: str,
    consumer_secret: str,
    access_token: str,
    access_token_secret: str,
    base_url: str = TWITTER_API_BASE_URL,
    timeout: float | tuple[float, float] | None = DEFAULT_TIMEOUT,
) -> tweepy.Client:
    """A tweepy v2 client using OAuth 1.0a user context, sending to `base_url` with `timeout`.

    `wait_on_rate_limit` is off: a 429 must reach the caller (as tweepy.TooManyRequests)
    instead of sleeping inside a worker.
    """
    client = tweepy.Client(
        consumer_key=consumer_key,
        consumer_secret=consumer_secret,
        access_token=access_token,
        access_token_secret=access_token_secret,
        wait_on_rate_limit=False,
    )
    # Mounted even when base_url is the real API: the adapter also supplies the timeout.
    client.session.mount(TWITTER_API_BASE_URL + "/", ApiBaseUrlAdapter(base_url, timeout))
    return client
