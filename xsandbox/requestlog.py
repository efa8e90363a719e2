"""A bounded log of the X API requests the sandbox answered, for tests and the admin page.

Tests use it to prove timing claims from the outside, e.g. "no attempt before the 429 reset".
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import asdict, dataclass

MAX_ENTRIES = 20_000


@dataclass(frozen=True)
class LoggedRequest:
    at: float  # epoch seconds when the answer was decided
    method: str
    path: str
    endpoint: str
    username: str | None  # None when the signature did not verify
    status: int
    dropped: bool  # the connection was cut instead of answering

    def as_dict(self) -> dict:
        return asdict(self)


class RequestLog:
    def __init__(self, max_entries: int = MAX_ENTRIES):
        self._lock = threading.Lock()
        self._entries: deque[LoggedRequest] = deque(maxlen=max_entries)

    def add(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self, username: str | None = None) -> list[LoggedRequest]:
        with self._lock:
            entries = list(self._entries)
        if username is not None:
            entries = [e for e in entries if (e.username or "").lower() == username.lower()]
        return entries

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
