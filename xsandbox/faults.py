"""Fault injection: random 5xx answers, dropped connections, slow answers, forced 429s, caps.

Settings arrive as JSON through the control API and are persisted in the store. Random
decisions come from one `random.Random`, re-seeded whenever settings with a `seed` are applied,
and every /2/ request draws the same number of values, so a seeded run is reproducible.
"""

from __future__ import annotations

import math
import random
import threading
import time
from dataclasses import dataclass

from .ratelimits import RateLimitStatus

DEFAULT_ERROR_STATUSES = (500, 503)
SETTING_NAMES = {
    "error_rate",
    "error_statuses",
    "drop_after_store_rate",
    "slow_rate",
    "slow_seconds",
    "rate_limit",
    "per_user_24h_limit",
    "seed",
}


@dataclass(frozen=True)
class ForcedRateLimit:
    """Allow `remaining` more /2/ requests, then answer 429 until `reset_at` (epoch seconds)."""

    limit: int
    remaining: int
    reset_at: float


@dataclass(frozen=True)
class FaultSettings:
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = DEFAULT_ERROR_STATUSES
    drop_after_store_rate: float = 0.0
    slow_rate: float = 0.0
    slow_seconds: float = 10.0
    rate_limit: ForcedRateLimit | None = None
    per_user_24h_limit: int | None = None
    seed: int | None = None

    @classmethod
    def from_json(cls, data: dict, now: float) -> FaultSettings:
        """Validate control-API JSON; raises ValueError with a readable message."""
        if not isinstance(data, dict):
            raise ValueError("fault settings must be a JSON object")
        unknown = set(data) - SETTING_NAMES
        if unknown:
            raise ValueError(f"unknown fault settings: {', '.join(sorted(unknown))}")
        statuses = data.get("error_statuses", list(DEFAULT_ERROR_STATUSES))
        if (
            not isinstance(statuses, list)
            or not statuses
            or not all(_is_int(status) and 500 <= status <= 599 for status in statuses)
        ):
            raise ValueError("error_statuses must be a non-empty list of 5xx status codes")
        per_user_limit = data.get("per_user_24h_limit")
        if per_user_limit is not None and not (_is_int(per_user_limit) and per_user_limit >= 0):
            raise ValueError("per_user_24h_limit must be a non-negative integer or null")
        seed = data.get("seed")
        if seed is not None and not _is_int(seed):
            raise ValueError("seed must be an integer or null")
        return cls(
            error_rate=_rate(data, "error_rate"),
            error_statuses=tuple(statuses),
            drop_after_store_rate=_rate(data, "drop_after_store_rate"),
            slow_rate=_rate(data, "slow_rate"),
            slow_seconds=_number(data, "slow_seconds", 10.0, low=0.0, high=600.0),
            rate_limit=_forced_rate_limit(data.get("rate_limit"), now),
            per_user_24h_limit=per_user_limit,
            seed=seed,
        )

    @classmethod
    def from_stored(cls, data: dict) -> FaultSettings:
        """Rebuild settings persisted by `to_stored`."""
        rate_limit = data.get("rate_limit")
        return cls(
            **(
                data
                | {
                    "error_statuses": tuple(data.get("error_statuses", DEFAULT_ERROR_STATUSES)),
                    "rate_limit": ForcedRateLimit(**rate_limit) if rate_limit else None,
                }
            )
        )

    def to_stored(self) -> dict:
        return {
            "error_rate": self.error_rate,
            "error_statuses": list(self.error_statuses),
            "drop_after_store_rate": self.drop_after_store_rate,
            "slow_rate": self.slow_rate,
            "slow_seconds": self.slow_seconds,
            "rate_limit": vars(self.rate_limit) if self.rate_limit else None,
            "per_user_24h_limit": self.per_user_24h_limit,
            "seed": self.seed,
        }


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(data: dict, name: str, default: float, *, low: float, high: float) -> float:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ValueError(f"{name} must be a number between {low:g} and {high:g}")
    return float(value)


def _rate(data: dict, name: str) -> float:
    return _number(data, name, 0.0, low=0.0, high=1.0)


def _forced_rate_limit(data, now: float) -> ForcedRateLimit | None:
    if data is None:
        return None
    if not isinstance(data, dict) or set(data) - {"remaining", "reset_in", "limit"}:
        raise ValueError("rate_limit must be an object with remaining, reset_in and limit")
    remaining = data.get("remaining", 0)
    if not (_is_int(remaining) and remaining >= 0):
        raise ValueError("rate_limit.remaining must be a non-negative integer")
    limit = data.get("limit", max(remaining, 1))
    if not (_is_int(limit) and limit >= remaining and limit >= 1):
        raise ValueError("rate_limit.limit must be an integer >= remaining and >= 1")
    reset_in = _number(data, "reset_in", 900.0, low=0.0, high=86400.0)
    return ForcedRateLimit(limit=limit, remaining=remaining, reset_at=now + reset_in)


@dataclass(frozen=True)
class FaultDraw:
    """What the faults decided for one /2/ request."""

    error_status: int | None = None
    slow_seconds: float | None = None
    drop_after_store: bool = False


class FaultInjector:
    """Current fault settings plus the state they need at run time; thread-safe."""

    def __init__(self, store, clock=time.time):
        self._store = store
        self._clock = clock
        self._lock = threading.Lock()
        self._apply(FaultSettings.from_stored(store.load_fault_settings()))

    def _apply(self, settings: FaultSettings) -> None:
        self.settings = settings
        self._random = random.Random(settings.seed)
        self._forced_remaining = settings.rate_limit.remaining if settings.rate_limit else 0

    def configure(self, data: dict) -> FaultSettings:
        """Replace the settings with validated control-API JSON and persist them."""
        settings = FaultSettings.from_json(data, self._clock())
        with self._lock:
            self._store.save_fault_settings(settings.to_stored())
            self._apply(settings)
        return settings

    def clear(self) -> None:
        """Switch every fault off."""
        with self._lock:
            self._store.save_fault_settings({})
            self._apply(FaultSettings())

    def forget(self) -> None:
        """Drop in-memory state after the store was reset (settings there are already gone)."""
        with self._lock:
            self._apply(FaultSettings())

    def describe(self) -> dict:
        """Current settings as JSON, with the forced rate limit's live budget."""
        with self._lock:
            data = self.settings.to_stored()
            forced = self.settings.rate_limit
            if forced is not None:
                data["rate_limit"] = {
                    "limit": forced.limit,
                    "remaining": self._forced_remaining,
                    "reset_at": math.ceil(forced.reset_at),
                    "reset_in": max(0.0, round(forced.reset_at - self._clock(), 3)),
                }
            return data

    def forced_rate_limit(self) -> RateLimitStatus | None:
        """Count one /2/ request against a forced rate limit, if one is active."""
        with self._lock:
            forced = self.settings.rate_limit
            if forced is None or self._clock() >= forced.reset_at:
                return None
            exceeded = self._forced_remaining <= 0
            if not exceeded:
                self._forced_remaining -= 1
            return RateLimitStatus(
                forced.limit, self._forced_remaining, math.ceil(forced.reset_at), exceeded
            )

    def draw(self) -> FaultDraw:
        """Decide the random faults for one /2/ request."""
        with self._lock:
            settings = self.settings
            error_roll, status_roll, slow_roll, drop_roll = (
                self._random.random() for _ in range(4)
            )
        statuses = settings.error_statuses
        return FaultDraw(
            error_status=(
                statuses[int(status_roll * len(statuses))]
                if error_roll < settings.error_rate
                else None
            ),
            slow_seconds=settings.slow_seconds if slow_roll < settings.slow_rate else None,
            drop_after_store=drop_roll < settings.drop_after_store_rate,
        )
