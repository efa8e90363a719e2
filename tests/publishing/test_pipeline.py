"""The posting pipeline in one process, against the sandbox over HTTP: unknown outcomes,
leases, lateness, limits, replies and retweets."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import LptCredentials
from moderation.models import Draft, DraftKind
from moderation.states import DraftState
from publishing.models import AccountPostingState, AttemptOutcome, PostAttempt
from publishing.ratecap import pause_from_headers
from publishing.services import draft_post, stranded_draft_ids
from tests.conftest import sandbox_tweets

from .conftest import clear_faults, queued, sandbox_requests, set_faults, wait_until_due

TEXT = "Appeal: a grey Ford Focus was taken from Mill Street, Stone, overnight. Seen it? Call 101."


@pytest.fixture
def draft(lpt, officer):
    return queued(lpt, officer, TEXT)


def posted(draft) -> Draft:
    draft.refresh_from_db()
    assert draft.state == DraftState.POSTED, draft.failure_reason
    return draft


def test_a_dropped_answer_is_resolved_on_the_timeline_not_reposted(
    registered, draft, lpt, fast_retries
):
    set_faults(registered, drop_after_store_rate=1.0)
    result = draft_post(draft_id=draft.pk)
    assert result.status == "retry"
    assert PostAttempt.objects.get(draft=draft).outcome == AttemptOutcome.UNKNOWN

    clear_faults(registered)
    wait_until_due(draft)
    assert draft_post(draft_id=draft.pk).status == "adopted"
    tweets = sandbox_tweets(registered, lpt.handle)
    assert len(tweets) == 1
    assert posted(draft).tweet_id == tweets[0]["id"]
    # Looked before it leapt: the second attempt read the timeline and posted nothing.
    calls = [(r["method"], r["endpoint"]) for r in sandbox_requests(registered, lpt.handle)]
    assert calls.count(("POST", "create_tweet")) == 1
    assert ("GET", "user_tweets") in calls


def test_a_timed_out_post_is_not_sent_twice(registered, draft, lpt, fast_retries):
    set_faults(registered, slow_rate=1.0, slow_seconds=3)
    fast_retries.TWITTER_API_TIMEOUT = (1, 0.3)
    assert draft_post(draft_id=draft.pk).status == "retry"  # read timeout: unknown
    clear_faults(registered)
    time.sleep(3)  # the slow answer stores the tweet after the client gave up waiting
    wait_until_due(draft)
    fast_retries.TWITTER_API_TIMEOUT = (3, 5)
    assert draft_post(draft_id=draft.pk).status == "adopted"
    assert len(sandbox_tweets(registered, lpt.handle)) == 1


def test_duplicate_content_after_an_unknown_outcome_adopts_the_first_tweet(
    registered, draft, lpt, fast_retries, monkeypatch
):
    set_faults(registered, drop_after_store_rate=1.0)
    draft_post(draft_id=draft.pk)
    clear_faults(registered)
    # The timeline lookup misses it (X's timelines can lag): the re-send meets X's duplicate
    # rule, and the 403 leads to a second look instead of a failure or a second tweet.
    from publishing import services

    real_find = services.find_posted_tweet
    calls = []

    def lagging_find(**kwargs):
        calls.append(kwargs)
        return None if len(calls) == 1 else real_find(**kwargs)

    monkeypatch.setattr(services, "find_posted_tweet", lagging_find)
    wait_until_due(draft)
    assert draft_post(draft_id=draft.pk).status == "adopted"
    assert len(calls) == 2
    assert len(sandbox_tweets(registered, lpt.handle)) == 1
    assert posted(draft).tweet_id == sandbox_tweets(registered, lpt.handle)[0]["id"]


def test_duplicate_content_without_an_earlier_unknown_fails_at_once(registered, lpt, officer):
    first = queued(lpt, officer, TEXT)
    second = queued(lpt, officer, TEXT)
    assert draft_post(draft_id=first.pk).status == "posted"
    assert draft_post(draft_id=second.pk).status == "failed"
    second.refresh_from_db()
    assert "403" in second.failure_reason and "duplicate" in second.failure_reason
    assert second.post_attempts == 1


def test_a_draft_whose_worker_died_mid_post_is_resolved_by_the_sweep(
    registered, draft, lpt, fast_retries
):
    # A worker claimed the draft, sent the tweet and died before recording it.
    set_faults(registered, drop_after_store_rate=1.0)
    draft_post(draft_id=draft.pk)
    attempt = PostAttempt.objects.get(draft=draft)
    Draft.objects.filter(pk=draft.pk).update(state=DraftState.POSTING, next_attempt_at=None)
    attempt.outcome = AttemptOutcome.IN_FLIGHT
    attempt.lease_until = timezone.now() + timedelta(seconds=1)
    attempt.save()
    clear_faults(registered)

    assert draft_post(draft_id=draft.pk).status == "skipped"  # the lease still holds
    assert stranded_draft_ids() == []
    time.sleep(1.1)
    assert stranded_draft_ids() == [draft.pk]
    assert draft_post(draft_id=draft.pk).status == "adopted"
    assert len(sandbox_tweets(registered, lpt.handle)) == 1
    posted(draft)


def test_a_stale_queued_draft_becomes_missed_instead_of_posting_late(
    registered, draft, settings
):
    settings.POST_LATENESS_MINUTES = 60
    Draft.objects.filter(pk=draft.pk).update(queued_at=timezone.now() - timedelta(minutes=61))
    result = draft_post(draft_id=draft.pk)
    draft.refresh_from_db()
    assert result.status == "missed"
    assert draft.state == DraftState.MISSED
    assert "post now, reschedule or cancel" in draft.failure_reason
    assert sandbox_tweets(registered) == []
    assert draft.events.filter(action="draft.missed").exists()


def test_a_scheduled_time_counts_for_lateness(registered, draft, settings):
    settings.POST_LATENESS_MINUTES = 30
    Draft.objects.filter(pk=draft.pk).update(
        scheduled_for=timezone.now() - timedelta(minutes=45), queued_at=timezone.now()
    )
    assert draft_post(draft_id=draft.pk).status == "missed"


def test_the_per_account_cap_defers_without_asking_x(registered, lpt, other_lpt, officer,
                                                      settings):
    settings.POST_RATE_CAP_PER_24H = 2
    drafts = [queued(lpt, officer, f"{TEXT} ({n})") for n in range(3)]
    results = [draft_post(draft_id=d.pk).status for d in drafts]
    assert results == ["posted", "posted", "deferred"]
    waiting = Draft.objects.get(pk=drafts[2].pk)
    assert waiting.state == DraftState.QUEUED
    assert waiting.next_attempt_at > timezone.now() + timedelta(hours=23)
    assert len(sandbox_tweets(registered, lpt.handle)) == 2
    # The cap is per account.
    assert draft_post(draft_id=queued(other_lpt, officer, TEXT).pk).status == "posted"


def test_a_spent_rate_limit_pauses_the_account_until_the_reset(registered, lpt, officer):
    set_faults(registered, rate_limit={"remaining": 1, "reset_in": 2})
    first, second = queued(lpt, officer, TEXT), queued(lpt, officer, TEXT + " Thanks.")
    assert draft_post(draft_id=first.pk).status == "posted"
    # The answer said remaining 0: the next draft waits without earning a 429.
    result = draft_post(draft_id=second.pk)
    assert result.status == "deferred" and 0 < result.retry_in <= 3.5
    state = AccountPostingState.objects.get(lpt_account=lpt)
    assert state.paused_until > timezone.now()
    statuses = [r["status"] for r in sandbox_requests(registered, lpt.handle)]
    assert 429 not in statuses
    wait_until_due(second)
    assert draft_post(draft_id=second.pk).status == "posted"


def test_a_429_waits_for_the_reset_and_uses_no_attempt(registered, draft, settings):
    set_faults(registered, rate_limit={"remaining": 0, "reset_in": 30})
    result = draft_post(draft_id=draft.pk, attempt_limit=1)
    draft.refresh_from_db()
    assert result.status == "retry"  # not failed, although the attempt limit is 1
    assert 28 <= result.retry_in <= 32
    assert draft.next_attempt_at > timezone.now() + timedelta(seconds=28)


def test_headers_ask_for_the_latest_reset_of_the_budgets_spent():
    now = 1_000_000.0
    headers = {
        "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(now + 60),
        "x-user-limit-24hour-remaining": "0", "x-user-limit-24hour-reset": str(now + 3600),
    }
    pause = pause_from_headers(201, headers, now=now)
    assert pause.until.timestamp() == now + 3600
    assert "24-hour" in pause.reason
    assert pause_from_headers(201, {"x-rate-limit-remaining": "3"}, now=now) is None
    assert pause_from_headers(429, {}, now=now).until.timestamp() == now + 60


def test_bad_credentials_fail_once_and_the_other_account_still_posts(
    registered, lpt, other_lpt, officer
):
    LptCredentials.objects.filter(account=lpt).update(
        access_token_secret=LptCredentials._meta.get_field(
            "access_token_secret"
        ).get_prep_value("wrong")
    )
    bad, good = queued(lpt, officer, TEXT), queued(other_lpt, officer, TEXT)
    assert draft_post(draft_id=bad.pk).status == "failed"
    assert draft_post(draft_id=bad.pk).status == "skipped"
    assert draft_post(draft_id=good.pk).status == "posted"
    bad.refresh_from_db()
    assert bad.post_attempts == 1 and "credentials" in bad.failure_reason


def test_a_reply_is_posted_in_reply_to_its_tweet(registered, lpt, officer):
    parent = queued(lpt, officer, TEXT)
    draft_post(draft_id=parent.pk)
    parent.refresh_from_db()
    reply = queued(lpt, officer, "Thank you, the car has been found.",
                   kind=DraftKind.REPLY, in_reply_to_tweet_id=parent.tweet_id)
    assert draft_post(draft_id=reply.pk).status == "posted"
    reply.refresh_from_db()
    stored = {t["id"]: t for t in sandbox_tweets(registered, lpt.handle)}
    assert stored[reply.tweet_id]["in_reply_to_tweet_id"] == parent.tweet_id


def test_a_retweet_is_posted_once_per_account(registered, lpt, other_lpt, officer):
    source = queued(lpt, officer, TEXT)
    draft_post(draft_id=source.pk)
    source.refresh_from_db()
    retweets = [
        queued(account, officer, "", kind=DraftKind.RETWEET,
               retweet_of_tweet_id=source.tweet_id)
        for account in (lpt, other_lpt)
    ]
    assert [draft_post(draft_id=d.pk).status for d in retweets] == ["posted", "posted"]
    entries = [e for e in sandbox_tweets(registered) if e["kind"] == "retweet"]
    assert sorted(e["username"] for e in entries) == sorted([lpt.handle, other_lpt.handle])
    assert all(e["retweeted_tweet_id"] == source.tweet_id for e in entries)


def test_every_attempt_is_logged_without_credentials(registered, draft, lpt, caplog):
    caplog.set_level("INFO", logger="publishing.services")
    draft_post(draft_id=draft.pk)
    line = next(r.getMessage() for r in caplog.records if "post attempt" in r.getMessage())
    assert f"draft={draft.pk}" in line and f"account=@{lpt.handle}" in line
    assert "attempt=1" in line and "outcome=posted" in line and "latency_ms=" in line
    credentials = lpt.credentials
    for secret in (credentials.consumer_secret, credentials.access_token_secret,
                   credentials.access_token, credentials.consumer_key):
        assert secret not in caplog.text
