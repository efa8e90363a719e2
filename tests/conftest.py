import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
from django.db import connection

from accounts.models import Role
from tests.factories import LptAccountFactory, LptCredentialsFactory, UserFactory

ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config):
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise pytest.UsageError(
            "The tests run against PostgreSQL: set DATABASE_URL (make test does). "
            "They never fall back to SQLite."
        )


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    # Production uses WhiteNoise's manifest storage, which needs `collectstatic` first.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _plain_http_and_one_factor(settings):
    # The tests run with production settings (DEBUG off), which redirect HTTP to HTTPS and make
    # admins set up two-factor. The test client speaks HTTP, and most tests log in with
    # force_login; tests/accounts switch both back on where they test them.
    settings.SECURE_SSL_REDIRECT = False
    settings.TWO_FACTOR_REQUIRED_FOR_ADMINS = False


@pytest.fixture
def shared_cache(settings):
    """Redis as Django's cache, as in production (the tests' default is per-process memory)."""
    from django.core.cache import cache

    settings.CACHES = {"default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": settings.REDIS_URL,
        "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
    }}
    yield cache
    cache.delete_pattern("*")  # this test's keys only (the prefix); clear() would empty the db


# --- People and accounts ----------------------------------------------------------------------


@pytest.fixture
def lpt(db):
    return LptCredentialsFactory(account=LptAccountFactory(handle="StoneLPT")).account


@pytest.fixture
def other_lpt(db):
    return LptCredentialsFactory(account=LptAccountFactory(handle="LeekLPT")).account


@pytest.fixture
def officer(lpt):
    return UserFactory(username="officer", full_name="PC Sam Okafor", lpts=[lpt])


@pytest.fixture
def other_officer(other_lpt):
    return UserFactory(username="other", full_name="PCSO Jo Marsh", lpts=[other_lpt])


@pytest.fixture
def comms(db):
    return UserFactory(username="comms", full_name="Priya Shah", role=Role.COMMS)


@pytest.fixture
def comms2(db):
    return UserFactory(username="comms2", full_name="Tom Ellery", role=Role.COMMS)


@pytest.fixture
def admin_user(db):
    return UserFactory(username="admin", full_name="Dee Walsh", role=Role.ADMIN)


def _client_for(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def officer_client(client, officer):
    return _client_for(client, officer)


@pytest.fixture
def comms_client(client, comms):
    return _client_for(client, comms)


# --- The X API sandbox ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def sandbox_server():
    from xsandbox.server import start_sandbox

    server = start_sandbox()
    yield server
    server.stop()


@pytest.fixture
def sandbox(sandbox_server, settings):
    """A clean sandbox that routes this process's tweepy clients to it."""
    requests.post(f"{sandbox_server.base_url}/_sandbox/reset", json={"accounts": True}, timeout=5)
    settings.TWITTER_API_BASE_URL = sandbox_server.base_url
    settings.TWITTER_WEB_BASE_URL = sandbox_server.base_url
    return sandbox_server


def sandbox_tweets(sandbox, username=None) -> list[dict]:
    params = {"username": username} if username else {}
    response = requests.get(f"{sandbox.base_url}/_sandbox/tweets", params=params, timeout=5)
    response.raise_for_status()
    return response.json()


@pytest.fixture
def registered(sandbox, lpt, other_lpt):
    """Both LPT accounts known to the sandbox with their credentials."""
    from publishing.sandbox import sandbox_register_accounts

    sandbox_register_accounts(sandbox.base_url)
    return sandbox


# --- A real Celery worker process -------------------------------------------------------------


class WorkerProcess:
    def __init__(self, env: dict[str, str], concurrency: int = 1):
        self.env = env
        self.concurrency = concurrency
        self.output: list[str] = []
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 30) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tweetdesk", "worker", "--loglevel", "INFO",
             "--concurrency", str(self.concurrency), "--without-gossip", "--without-mingle",
             "--without-heartbeat"],
            cwd=ROOT, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        ready = threading.Event()

        def read():
            for line in self.process.stdout:
                self.output.append(line)
                if " ready." in line:
                    ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(timeout):
            self.stop()
            raise RuntimeError("Celery worker did not start:\n" + "".join(self.output[-40:]))

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def worker_env(settings, sandbox=None, **extra: str) -> dict[str, str]:
    """The environment of a worker subprocess: the test database, the test's broker and queue,
    the sandbox as X when given, and any `extra` settings."""
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "CELERY_TASK_DEFAULT_QUEUE": settings.CELERY_TASK_DEFAULT_QUEUE,
    }
    if sandbox is not None:
        env |= {"TWITTER_API_BASE_URL": sandbox.base_url, "TWITTER_WEB_BASE_URL": sandbox.base_url}
    return env | extra


def purge_test_queue(settings) -> None:
    from tweetdesk.celery import app

    with app.connection_for_write() as conn:
        conn.default_channel.queue_purge(settings.CELERY_TASK_DEFAULT_QUEUE)


@pytest.fixture
def celery_worker_process(transactional_db, sandbox, settings):
    """A `celery worker` subprocess on the real Redis broker and the test database."""
    purge_test_queue(settings)
    worker = WorkerProcess(worker_env(settings, sandbox))
    worker.start()
    yield worker
    worker.stop()


@pytest.fixture
def celery_eager():
    """Run Celery tasks inline in the test's process: for what a task does, not how it travels
    (the worker tests cover that)."""
    from tweetdesk.celery import app

    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True
    yield
    app.conf.task_always_eager = False
    app.conf.task_eager_propagates = False


def wait_for(predicate, timeout: float = 20, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")
