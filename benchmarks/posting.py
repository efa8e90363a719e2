"""Posting benchmark: two Celery worker processes posting to the X API sandbox.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/td_posting_bench \
    REDIS_URL=redis://127.0.0.1:6379/3 .venv/bin/python benchmarks/posting.py

Uses (and migrates) the database in DATABASE_URL and a queue of its own on REDIS_URL; it
creates 40 LPT accounts and removes everything it created at the end. Prints:

- latency: approvals arriving at a steady pace (default 20/s), the API answering promptly;
  approve-to-posted = `posted_at - queued_at`, p50 and p95 (goal: p95 <= 1 s);
- throughput: 1,000 drafts over 40 accounts approved at once, rate caps lifted (goal >= 50/s);
- faults: 1,000 drafts with 30% 5xx answers and 10% of answers dropped after storing,
  with the beat sweep running: duplicates and losses (goal 0 and 0).
"""

import argparse
import os
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

POSTING_ENV = {
    # Rate caps lifted for throughput; quick retries so the fault run ends in seconds.
    "POST_RATE_CAP_PER_24H": "0",
    "POST_BACKOFF_BASE_SECONDS": "0.05",
    "POST_BACKOFF_CAP_SECONDS": "1",
    "POST_UNKNOWN_RECHECK_SECONDS": "0.2",
    "POST_MAX_RETRIES": "30",
    "POST_LEASE_SECONDS": "10",
    "STRANDED_AFTER_SECONDS": "5",
    "TWITTER_API_CONNECT_TIMEOUT": "2",
    "TWITTER_API_READ_TIMEOUT": "3",
    "CELERY_TASK_DEFAULT_QUEUE": f"td_bench_{uuid.uuid4().hex[:8]}",
    "LOG_LEVEL": "WARNING",
}
os.environ.update(POSTING_ENV)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tweetdesk.settings")

import django  # noqa: E402

django.setup()

import requests  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import Force, LptAccount, LptCredentials, Role, User  # noqa: E402
from audit.models import AuditEvent  # noqa: E402
from moderation.models import Draft  # noqa: E402
from moderation.states import DraftState  # noqa: E402
from publishing.models import AccountPostingState, PostAttempt  # noqa: E402
from publishing.sandbox import sandbox_register_accounts  # noqa: E402
from publishing.services import stranded_draft_ids  # noqa: E402
from publishing.tasks import post_draft  # noqa: E402
from tweetdesk.celery import app  # noqa: E402
from xsandbox import start_sandbox  # noqa: E402

FORCE_HANDLE = "BenchPolice"


def database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_workers(count: int, concurrency: int, sandbox_url: str) -> list[subprocess.Popen]:
    env = {**os.environ, "DATABASE_URL": database_url(), "TWITTER_API_BASE_URL": sandbox_url,
           "CELERY_BROKER_URL": settings.CELERY_BROKER_URL}
    workers = []
    for n in range(count):
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tweetdesk", "worker", "--loglevel", "INFO",
             "--concurrency", str(concurrency), "--without-gossip", "--without-mingle",
             "--without-heartbeat", "-n", f"bench{n}@%h"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        ready = threading.Event()

        def read(process=process, ready=ready):
            for line in process.stdout:
                if " ready." in line:
                    ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(60):
            raise SystemExit("a Celery worker did not start")
        workers.append(process)
    return workers


def set_up(accounts: int) -> tuple[list[LptAccount], User]:
    force, _ = Force.objects.get_or_create(handle=FORCE_HANDLE, defaults={"name": "Bench Police"})
    lpts = []
    for n in range(accounts):
        account = LptAccount.objects.create(force=force, name=f"Bench {n} LPT",
                                            handle=f"Bench{n}{uuid.uuid4().hex[:6]}")
        LptCredentials.objects.create(
            account=account, consumer_key=f"bench-key-{n}", consumer_secret=uuid.uuid4().hex,
            access_token=f"{9000 + n}-{uuid.uuid4().hex}", access_token_secret=uuid.uuid4().hex,
            web_password=uuid.uuid4().hex,
        )
        lpts.append(account)
    author = User.objects.create(username=f"bench-{uuid.uuid4().hex[:6]}", full_name="Bench",
                                 role=Role.COMMS, mobile="07700 900123")
    return lpts, author


def tear_down(lpts, author) -> None:
    drafts = Draft.objects.filter(lpt_account__in=lpts)
    AuditEvent.objects.filter(lpt_account__in=lpts).delete()
    PostAttempt.objects.filter(draft__in=drafts).delete()
    drafts.delete()
    AccountPostingState.objects.filter(lpt_account__in=lpts).delete()
    LptCredentials.objects.filter(account__in=lpts).delete()
    LptAccount.objects.filter(pk__in=[a.pk for a in lpts]).delete()
    author.delete()


def approve(lpts, author, count: int, label: str, *, pace: float | None = None) -> list[int]:
    """Queue drafts as approval does (queued, then the task after commit)."""
    ids = []
    with app.connection_for_write() as conn:
        for n in range(count):
            draft = Draft.objects.create(
                lpt_account=lpts[n % len(lpts)], author=author, state=DraftState.QUEUED,
                queued_at=timezone.now(), text=f"{label} {n}: lock your shed and mark your bike.",
            )
            post_draft.apply_async((draft.pk,), connection=conn)
            ids.append(draft.pk)
            if pace:
                time.sleep(1 / pace)
    return ids


def wait_posted(ids, timeout: float, *, sweep: bool = False) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        posted = Draft.objects.filter(pk__in=ids, state=DraftState.POSTED).count()
        if posted == len(ids):
            return posted
        if sweep:
            with app.connection_for_write() as conn:
                for draft_id in stranded_draft_ids():
                    post_draft.apply_async((draft_id,), connection=conn)
        time.sleep(0.25)
    return Draft.objects.filter(pk__in=ids, state=DraftState.POSTED).count()


def latencies(ids) -> list[float]:
    rows = Draft.objects.filter(pk__in=ids, state=DraftState.POSTED).values_list(
        "queued_at", "posted_at"
    )
    return sorted((posted - queued).total_seconds() for queued, posted in rows)


def percentile(values, share: float) -> float:
    return values[min(len(values) - 1, int(share * len(values)))] if values else float("nan")


def duplicates_on_sandbox(sandbox_url: str, label: str) -> int:
    tweets = requests.get(f"{sandbox_url}/_sandbox/tweets", timeout=30).json()
    counts = Counter((t["username"], t["text"]) for t in tweets
                     if t["kind"] == "tweet" and t["text"].startswith(label))
    return sum(n - 1 for n in counts.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--accounts", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=4, help="pool size per worker")
    parser.add_argument("--latency-drafts", type=int, default=200)
    parser.add_argument("--pace", type=float, default=20.0, help="approvals/s, latency run")
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    sandbox = start_sandbox()
    logging_quiet()
    lpts, author = set_up(args.accounts)
    workers = []
    try:
        sandbox_register_accounts(sandbox.base_url)
        workers = start_workers(args.workers, args.concurrency, sandbox.base_url)
        print(f"{args.workers} workers x {args.concurrency} processes, {args.accounts} accounts, "
              f"sandbox {sandbox.base_url}")

        ids = approve(lpts, author, args.latency_drafts, "Latency", pace=args.pace)
        wait_posted(ids, 60)
        lat = latencies(ids)
        print(f"latency ({len(lat)} drafts at {args.pace:g}/s): "
              f"p50 {percentile(lat, .5) * 1000:.0f} ms, p95 {percentile(lat, .95) * 1000:.0f} ms")

        started = time.monotonic()
        ids = approve(lpts, author, args.drafts, "Throughput")
        posted = wait_posted(ids, 300)
        elapsed = time.monotonic() - started
        lat = latencies(ids)
        print(f"throughput ({posted}/{args.drafts} drafts at once): {posted / elapsed:.1f} posts/s "
              f"in {elapsed:.1f} s; latency p50 {percentile(lat, .5):.2f} s, "
              f"p95 {percentile(lat, .95):.2f} s")

        requests.post(f"{sandbox.base_url}/_sandbox/faults", timeout=5, json={
            "error_rate": 0.3, "error_statuses": [500, 503], "drop_after_store_rate": 0.1,
            "seed": 42,
        }).raise_for_status()
        started = time.monotonic()
        ids = approve(lpts, author, args.drafts, "Faults")
        posted = wait_posted(ids, 300, sweep=True)
        elapsed = time.monotonic() - started
        faults = requests.get(f"{sandbox.base_url}/_sandbox/requests", timeout=30).json()
        shares = Counter("dropped" if r["dropped"] else r["status"] for r in faults)
        print(f"faults ({args.drafts} drafts, 30% 5xx, 10% dropped after storing): "
              f"{posted / elapsed:.1f} posts/s in {elapsed:.1f} s; "
              f"duplicates {duplicates_on_sandbox(sandbox.base_url, 'Faults')}, "
              f"losses {len(ids) - posted}; answers {dict(shares)}")
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
        with app.connection_for_write() as conn:
            conn.default_channel.queue_delete(settings.CELERY_TASK_DEFAULT_QUEUE)
        tear_down(lpts, author)
        sandbox.stop()


def logging_quiet() -> None:
    import logging

    for name in ("xsandbox", "xsandbox.server", "publishing.services"):
        logging.getLogger(name).setLevel(logging.WARNING)


if __name__ == "__main__":
    main()
