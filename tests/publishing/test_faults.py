"""Exactly once through faults, on real Redis, PostgreSQL, Celery worker processes and the
sandbox: 5xx answers, answers lost after the tweet was stored, a worker killed mid-batch, the
broker restarted mid-batch, a 429 burst and bad credentials."""

import shutil
import socket
import subprocess
import time
from collections import Counter

import pytest
from django.db.models import Count

from accounts.models import LptCredentials
from moderation.models import Draft
from moderation.states import DraftState
from publishing.services import stranded_draft_ids
from publishing.tasks import post_draft
from tests.conftest import sandbox_tweets, wait_for
from tweetdesk.celery import app

from .conftest import queued, sandbox_requests, set_faults

pytestmark = pytest.mark.worker

FAULT_MIX = {"error_rate": 0.3, "error_statuses": [500, 503], "drop_after_store_rate": 0.1}


def approve_batch(accounts, author, count: int) -> list[int]:
    drafts = [
        queued(accounts[n % len(accounts)], author, f"Road safety week, message {n}: slow down "
               "near schools in Stone and Eccleshall.")
        for n in range(count)
    ]
    return [draft.pk for draft in drafts]


def enqueue(draft_ids, broker_url: str | None = None) -> None:
    with app.connection_for_write(broker_url) as connection:
        for draft_id in draft_ids:
            post_draft.apply_async((draft_id,), connection=connection)


def count_posted(draft_ids) -> int:
    return Draft.objects.filter(pk__in=draft_ids, state=DraftState.POSTED).count()


def wait_all_posted(draft_ids, *, timeout: float, sweep_broker: str | None = None,
                    sweep: bool = False) -> None:
    def done():
        if sweep:  # what the beat task does, every half second here
            enqueue(stranded_draft_ids(), sweep_broker)
        return count_posted(draft_ids) == len(draft_ids)

    try:
        wait_for(done, timeout=timeout, interval=0.5)
    except AssertionError:
        states = Counter(Draft.objects.filter(pk__in=draft_ids).values_list("state", flat=True))
        reasons = set(
            Draft.objects.filter(pk__in=draft_ids, state=DraftState.FAILED).values_list(
                "failure_reason", flat=True
            )
        )
        raise AssertionError(f"not all posted: {dict(states)} {reasons}") from None


def assert_exactly_once(sandbox, draft_ids) -> None:
    tweets = [t for t in sandbox_tweets(sandbox) if t["kind"] == "tweet"]
    assert len(tweets) == len(draft_ids)
    texts = Counter((t["username"], t["text"]) for t in tweets)
    assert max(texts.values()) == 1, "a tweet was posted twice"
    drafts = Draft.objects.filter(pk__in=draft_ids)
    assert {d.tweet_id for d in drafts} == {t["id"] for t in tweets}
    assert not drafts.values("tweet_id").annotate(n=Count("id")).filter(n__gt=1).exists()


def test_200_drafts_through_5xx_and_dropped_answers_post_exactly_once(
    registered, lpt, other_lpt, officer, posting_workers
):
    set_faults(registered, **FAULT_MIX, seed=5)
    posting_workers.start(count=2, concurrency=4)
    draft_ids = approve_batch([lpt, other_lpt], officer, 200)
    enqueue(draft_ids)
    wait_all_posted(draft_ids, timeout=90)
    assert_exactly_once(registered, draft_ids)
    dropped = [r for r in sandbox_requests(registered) if r["dropped"]]
    assert dropped, "the fault mix should have dropped some answers"


def test_a_worker_killed_mid_batch_loses_and_duplicates_nothing(
    registered, lpt, other_lpt, officer, posting_workers
):
    set_faults(registered, **FAULT_MIX, seed=11)
    (first,) = posting_workers.start(count=1, concurrency=4)
    draft_ids = approve_batch([lpt, other_lpt], officer, 200)
    enqueue(draft_ids)
    wait_for(lambda: count_posted(draft_ids) >= 40, timeout=60)
    first.kill()
    assert count_posted(draft_ids) < 200
    posting_workers.start(count=1, concurrency=4)
    wait_all_posted(draft_ids, timeout=90, sweep=True)
    assert_exactly_once(registered, draft_ids)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OwnRedis:
    """A redis-server of this test's own (never the shared one), without persistence, so a
    restart loses every queued message: the worst case for the broker."""

    def __init__(self):
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )

        def answers():
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return True
            except OSError:
                return False

        wait_for(answers, timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server")
def test_redis_restarted_mid_batch_the_worker_exits_and_its_successor_loses_nothing(
    registered, lpt, other_lpt, officer, posting_workers
):
    redis = OwnRedis()
    redis.start()
    try:
        posting_workers.env["CELERY_BROKER_URL"] = redis.url
        set_faults(registered, **FAULT_MIX, seed=17)
        (first,) = posting_workers.start(count=1, concurrency=4)
        draft_ids = approve_batch([lpt, other_lpt], officer, 200)
        enqueue(draft_ids, redis.url)
        wait_for(lambda: count_posted(draft_ids) >= 40, timeout=60)
        redis.stop()
        assert count_posted(draft_ids) < 200
        # The worker finishes what it was running and exits rather than reconnect in-process...
        assert first.process.wait(timeout=60) != 0
        assert "connection to the message broker" in "".join(first.output)
        redis.start()  # empty: every queued message is gone
        posting_workers.start(count=1, concurrency=4)  # ...and its supervisor starts another
        wait_all_posted(draft_ids, timeout=90, sweep=True, sweep_broker=redis.url)
        assert_exactly_once(registered, draft_ids)
    finally:
        posting_workers.stop()
        redis.stop()


def test_a_429_burst_makes_no_attempt_before_the_reset(
    registered, lpt, other_lpt, officer, posting_workers
):
    posting_workers.start(count=1, concurrency=2)
    draft_ids = approve_batch([lpt, other_lpt], officer, 20)
    faults = set_faults(registered, rate_limit={"remaining": 5, "reset_in": 6})
    reset_at = faults["rate_limit"]["reset_at"]
    enqueue(draft_ids)
    wait_all_posted(draft_ids, timeout=30)
    assert_exactly_once(registered, draft_ids)
    early = [r for r in sandbox_requests(registered) if r["at"] < reset_at - 1]
    refused = [r for r in early if r["status"] == 429]
    # At most the budget, then at most one refusal per request in flight; nothing else until
    # the reset. (How much of the budget is used before the reset depends on the machine's speed;
    # on a loaded machine a post can time out and its draft is then resolved on the timeline
    # first, so reads share the budget with posts.)
    answered = [r for r in early if r["status"] != 429]
    assert sum(r["status"] == 201 for r in answered) <= 5
    assert len(answered) <= 5
    assert len(refused) <= 2
    if refused:
        # The other request in flight (concurrency 2) may be answered just after the first
        # refusal: the sandbox took it first and logged it second. Nothing more may be.
        after_refusal = [r for r in early if r["at"] > refused[0]["at"]]
        assert sum(r["status"] != 429 for r in after_refusal) <= 1, after_refusal


def test_bad_credentials_fail_clearly_without_retrying_and_others_keep_posting(
    registered, lpt, other_lpt, officer, posting_workers
):
    LptCredentials.objects.filter(account=lpt).update(
        consumer_secret=LptCredentials._meta.get_field("consumer_secret").get_prep_value("x")
    )
    posting_workers.start(count=1, concurrency=2)
    bad = approve_batch([lpt], officer, 5)
    good = [queued(other_lpt, officer, f"Good news {n}: the A34 is open again.").pk
            for n in range(5)]
    enqueue(bad + good)
    wait_all_posted(good, timeout=30)
    wait_for(
        lambda: Draft.objects.filter(pk__in=bad, state=DraftState.FAILED).count() == 5,
        timeout=30,
    )
    time.sleep(1)  # nothing more happens
    for draft in Draft.objects.filter(pk__in=bad):
        assert draft.state == DraftState.FAILED and draft.post_attempts == 1
        assert "401" in draft.failure_reason and "credentials" in draft.failure_reason
    assert sum(r["status"] == 401 for r in sandbox_requests(registered)) == 5
