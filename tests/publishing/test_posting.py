"""Posting through tweepy over real HTTP to the project's X API sandbox (no patching)."""

import pytest
import requests

from accounts.models import LptCredentials
from audit.models import AuditEvent
from moderation.models import Draft
from moderation.states import DraftState
from publishing.services import draft_post, stranded_draft_ids
from tests.conftest import sandbox_tweets
from tests.factories import DraftFactory

TEXT = "Road closure: the A34 through Stone is shut northbound until 4pm. Please use another route."


@pytest.fixture
def queued_draft(lpt, officer, comms):
    return DraftFactory(
        lpt_account=lpt, author=officer, text=TEXT, state=DraftState.QUEUED, decided_by=comms
    )


def test_queued_draft_is_posted_once_with_the_sandbox_tweet_id(registered, queued_draft, lpt):
    result = draft_post(draft_id=queued_draft.pk)
    queued_draft.refresh_from_db()
    tweets = sandbox_tweets(registered, lpt.handle)
    assert result.status == "posted"
    assert queued_draft.state == DraftState.POSTED
    assert [t["id"] for t in tweets] == [queued_draft.tweet_id]
    assert tweets[0]["text"] == TEXT
    assert queued_draft.post_attempts == 1


def test_posting_the_same_draft_again_does_nothing(registered, queued_draft, lpt):
    draft_post(draft_id=queued_draft.pk)
    assert draft_post(draft_id=queued_draft.pk).status == "skipped"
    assert len(sandbox_tweets(registered, lpt.handle)) == 1


def test_only_queued_drafts_are_posted(registered, lpt, officer):
    draft = DraftFactory(lpt_account=lpt, author=officer, state=DraftState.SUBMITTED)
    assert draft_post(draft_id=draft.pk).status == "skipped"
    draft.refresh_from_db()
    assert draft.state == DraftState.SUBMITTED
    assert sandbox_tweets(registered) == []


def test_bad_credentials_fail_at_once_with_a_readable_reason(registered, queued_draft):
    LptCredentials.objects.filter(account=queued_draft.lpt_account).update(
        consumer_secret=LptCredentials._meta.get_field("consumer_secret").get_prep_value("wrong")
    )
    result = draft_post(draft_id=queued_draft.pk)
    queued_draft.refresh_from_db()
    assert result.status == "failed"
    assert queued_draft.state == DraftState.FAILED
    assert "401" in queued_draft.failure_reason and "credentials" in queued_draft.failure_reason
    assert sandbox_tweets(registered) == []
    failed = AuditEvent.objects.get(draft=queued_draft, action="draft.failed")
    assert failed.actor is None and "401" in failed.reason


def test_server_errors_requeue_with_backoff(registered, queued_draft):
    requests.post(
        f"{registered.base_url}/_sandbox/faults",
        json={"error_rate": 1.0, "error_statuses": [503], "seed": 1},
        timeout=5,
    ).raise_for_status()
    result = draft_post(draft_id=queued_draft.pk)
    queued_draft.refresh_from_db()
    assert result.status == "retry"
    assert queued_draft.state == DraftState.QUEUED
    assert queued_draft.next_attempt_at is not None
    assert "503" in queued_draft.failure_reason
    # Not before its next attempt time, even if a duplicate message arrives.
    assert draft_post(draft_id=queued_draft.pk).status == "skipped"


def test_giving_up_after_the_attempt_limit(registered, queued_draft):
    requests.post(
        f"{registered.base_url}/_sandbox/faults",
        json={"error_rate": 1.0, "error_statuses": [500], "seed": 1},
        timeout=5,
    ).raise_for_status()
    Draft.objects.filter(pk=queued_draft.pk).update(post_attempts=5)
    result = draft_post(draft_id=queued_draft.pk, attempt_limit=6)
    queued_draft.refresh_from_db()
    assert result.status == "failed"
    assert "Gave up after 6 attempts" in queued_draft.failure_reason


def test_stranded_queued_drafts_are_found(queued_draft, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.STRANDED_AFTER_SECONDS = 60
    assert stranded_draft_ids() == []
    Draft.objects.filter(pk=queued_draft.pk).update(
        queued_at=timezone.now() - timedelta(minutes=5)
    )
    assert stranded_draft_ids() == [queued_draft.pk]


def test_credentials_are_encrypted_at_rest(lpt):
    from django.db import connection

    secret = lpt.credentials.consumer_secret
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT consumer_secret FROM accounts_lptcredentials WHERE account_id = %s", [lpt.pk]
        )
        stored = cursor.fetchone()[0]
    assert secret not in stored
    assert stored.startswith("gAAAA")  # a Fernet token
