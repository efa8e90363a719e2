"""Answers many requests read and few writes change, kept in the cache every process shares.

Only a cache all processes share (Redis in production) can be invalidated by one process for
all of them. With a per-process local-memory cache (the embedded `make run`, the tests' default)
`remember` computes every time instead of serving another process's stale answer.
"""

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction

T = TypeVar("T")
MISSING = object()


def cache_is_shared() -> bool:
    return not isinstance(caches["default"], LocMemCache)


def remember(key: str, compute: Callable[[], T], timeout: int) -> T:
    """`compute()`, kept under `key` for `timeout` seconds when the cache is shared."""
    if not cache_is_shared():
        return compute()
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        cache.set(key, value, timeout)
    return value


def forget(key: str) -> None:
    """Drop `key` now and again once the transaction commits, so that no request re-caches
    what the transaction is about to change."""
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def version(key: str) -> int:
    """The current number of a family of cached answers (part of their keys)."""
    return cache.get_or_set(key, 1, timeout=None)


def move_on(key: str) -> None:
    """Retire every answer keyed with `version(key)`, now and once the transaction commits."""

    def bump() -> None:
        try:
            cache.incr(key)
        except ValueError:  # not there (evicted or never set): any new number retires the old
            cache.set(key, 2, timeout=None)

    bump()
    transaction.on_commit(bump)
