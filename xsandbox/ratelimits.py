"""X-like per-user rate limits: fixed 15-minute windows per endpoint, reported in headers."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

WINDOW_SECONDS = 15 * 60

# Per-user limits per 15-minute window, as X documented them for the v2 endpoints we serve.
ENDPOINT_LIMITS = {
    "create_tweet": 200,
    "delete_tweet": 50,
    "users_me": 75,
    "user_tweets": 900,
    "user_mentions": 180,
    "retweet": 50,
    "unretweet": 50,
}


@dataclass(frozen=True)
class RateLimitStatus:
    """One answer's view of a rate limit; `exceeded` means the request must get a 429."""

    limit: int
    remaining: int
    reset: int  # epoch seconds
    exceeded: bool = False

    def headers(self) -> dict[str, str]:
        return {
            "x-rate-limit-limit": str(self.limit),
            "x-rate-limit-remaining": str(self.remaining),
            "x-rate-limit-reset": str(self.reset),
        }


class RateLimiter:
    """Counts requests per (user, endpoint) in fixed windows; thread-safe, in memory."""

    def __init__(self, clock=time.time):
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[tuple[str, str], tuple[float, int]] = {}

    def hit(self, user_key: str, endpoint: str) -> RateLimitStatus:
        """Count one request; the returned status says whether it is over the limit."""
        limit = ENDPOINT_LIMITS[endpoint]
        now = self._clock()
        with self._lock:
            started, used = self._windows.get((user_key, endpoint), (now, 0))
            if now >= started + WINDOW_SECONDS:
                started, used = now, 0
            exceeded = used >= limit
            if not exceeded:
                used += 1
            self._windows[(user_key, endpoint)] = (started, used)
        reset = math.ceil(started + WINDOW_SECONDS)
        return RateLimitStatus(limit, limit - used, reset, exceeded)

    def peek(self, user_key: str, endpoint: str) -> RateLimitStatus:
        """The current status without counting a request (for answers to rejected requests)."""
        limit = ENDPOINT_LIMITS[endpoint]
        now = self._clock()
        with self._lock:
            started, used = self._windows.get((user_key, endpoint), (now, 0))
        if now >= started + WINDOW_SECONDS:
            started, used = now, 0
        return RateLimitStatus(limit, limit - used, math.ceil(started + WINDOW_SECONDS))

    def clear(self) -> None:
        with self._lock:
            self._windows.clear()
