"""Posting fixtures: short backoffs, drafts ready to post, sandbox faults, worker processes."""

import contextlib
import os
import signal
import sys
import time

import pytest
import requests

from moderation.states import DraftState
from tests.conftest import WorkerProcess, purge_test_queue, worker_env
from tests.factories import DraftFactory

# What the worker processes of these tests run with: quick retries, quick lease expiry,
# no rate cap (the fault tests post hundreds of tweets from two accounts).
FAST_POSTING_ENV = {
    "POST_BACKOFF_BASE_SECONDS": "0.05",
    "POST_BACKOFF_CAP_SECONDS": "0.5",
    "POST_UNKNOWN_RECHECK_SECONDS": "0",
    "POST_MAX_RETRIES": "30",
    "POST_LEASE_SECONDS": "5",
    "POST_RATE_CAP_PER_24H": "0",
    "TWITTER_API_CONNECT_TIMEOUT": "1",
    "TWITTER_API_READ_TIMEOUT": "1",
}


@pytest.fixture
def fast_retries(settings):
    settings.POST_BACKOFF_BASE_SECONDS = 0.01
    settings.POST_BACKOFF_CAP_SECONDS = 0.02
    settings.POST_UNKNOWN_RECHECK_SECONDS = 0
    settings.POST_LEASE_SECONDS = 30
    return settings


def set_faults(sandbox, **faults) -> dict:
    response = requests.post(f"{sandbox.base_url}/_sandbox/faults", json=faults, timeout=5)
    response.raise_for_status()
    return response.json()


def clear_faults(sandbox) -> None:
    requests.delete(f"{sandbox.base_url}/_sandbox/faults", timeout=5).raise_for_status()


def sandbox_requests(sandbox, username=None) -> list[dict]:
    params = {"username": username} if username else {}
    response = requests.get(f"{sandbox.base_url}/_sandbox/requests", params=params, timeout=5)
    response.raise_for_status()
    return response.json()


def queued(account, author, text, **fields):
    from django.utils import timezone

    fields.setdefault("queued_at", timezone.now())
    fields.setdefault("state", DraftState.QUEUED)
    return DraftFactory(lpt_account=account, author=author, text=text, **fields)


def wait_until_due(draft) -> None:
    draft.refresh_from_db()
    if draft.next_attempt_at:
        from django.utils import timezone

        time.sleep(max(0.0, (draft.next_attempt_at - timezone.now()).total_seconds()) + 0.01)


class Workers:
    """Celery worker processes on the real Redis broker and the test database."""

    def __init__(self, env: dict[str, str]):
        self.env = env
        self.processes: list[WorkerProcess] = []

    def start(self, count: int = 1, concurrency: int = 4) -> list[WorkerProcess]:
        started = []
        for _ in range(count):
            worker = ConcurrentWorker(self.env, concurrency=concurrency)
            worker.start()
            started.append(worker)
        self.processes += started
        return started

    def stop(self) -> None:
        for worker in self.processes:
            worker.stop()

    def print_output(self, lines: int = 60) -> None:
        """Each worker's last log lines, shown by pytest only when the test failed."""
        for number, worker in enumerate(self.processes, 1):
            print(f"--- worker {number} (last {lines} lines) ---", file=sys.stderr)
            print("".join(worker.output[-lines:]), file=sys.stderr)


class ConcurrentWorker(WorkerProcess):
    """tests.conftest's worker process, which can also crash."""

    def kill(self) -> None:
        """SIGKILL the worker and its pool children at once, as a crash would."""
        main = self.process.pid
        children = _children_of(main)
        for pid in [main, *children]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait()


def _children_of(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            return [int(child) for child in children.read().split()]
    except FileNotFoundError:
        return []




@pytest.fixture
def posting_workers(transactional_db, sandbox, settings):
    """Start worker processes with `posting_workers.start(count, concurrency)`."""
    purge_test_queue(settings)
    for name, value in FAST_POSTING_ENV.items():
        if not name.startswith("TWITTER_"):
            setattr(settings, name, type(getattr(settings, name))(value))
    settings.STRANDED_AFTER_SECONDS = 1
    workers = Workers(worker_env(settings, sandbox, **FAST_POSTING_ENV))
    yield workers
    workers.stop()
    workers.print_output()
