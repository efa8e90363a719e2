"""Comms' posting problems page, its actions, and deleting a tweet from X."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEvent
from moderation.models import Draft, DraftKind
from moderation.states import DraftState
from publishing.services import draft_post
from tests.conftest import sandbox_tweets

from .conftest import queued

TEXT = "Surgery reminder: PCSO Amy Clarke is at Stone library on Friday, 10am to 12pm."


@pytest.fixture
def failed(lpt, officer):
    return queued(lpt, officer, TEXT, state=DraftState.FAILED,
                  failure_reason="X rejected this account's API credentials (401 Unauthorized).")


@pytest.fixture
def missed(lpt, officer):
    return queued(lpt, officer, TEXT + " (2)", state=DraftState.MISSED,
                  scheduled_for=timezone.now() - timedelta(hours=3),
                  failure_reason="It was due at 09:00 and could not be posted.")


def test_comms_see_failed_and_missed_drafts_with_their_reasons(comms_client, failed, missed):
    page = comms_client.get(reverse("publishing:problems")).content.decode()
    assert "401 Unauthorized" in page and "could not be posted" in page
    assert reverse("publishing:retry", args=[failed.pk]) in page
    assert reverse("publishing:post-now", args=[missed.pk]) in page
    assert reverse("publishing:reschedule", args=[missed.pk]) in page
    assert reverse("publishing:cancel", args=[missed.pk]) in page


def test_officers_may_not_see_posting_problems(officer_client, failed):
    assert officer_client.get(reverse("publishing:problems")).status_code == 403
    response = officer_client.post(reverse("publishing:retry", args=[failed.pk]))
    assert response.status_code == 403
    failed.refresh_from_db()
    assert failed.state == DraftState.FAILED


def test_retry_queues_a_failed_draft_with_a_fresh_allowance(
    comms_client, comms, failed, django_capture_on_commit_callbacks
):
    Draft.objects.filter(pk=failed.pk).update(post_attempts=6)
    with django_capture_on_commit_callbacks() as callbacks:
        response = comms_client.post(reverse("publishing:retry", args=[failed.pk]),
                                     HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    failed.refresh_from_db()
    assert failed.state == DraftState.QUEUED and failed.post_attempts == 0
    assert len(callbacks) == 1  # the posting task, once committed
    event = AuditEvent.objects.get(draft=failed, action="draft.queued")
    assert event.actor == comms


def test_post_now_queues_a_missed_draft_as_due_now(
    registered, comms_client, missed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks():
        comms_client.post(reverse("publishing:post-now", args=[missed.pk]))
    missed.refresh_from_db()
    assert missed.state == DraftState.QUEUED and missed.scheduled_for is None
    # The lateness check lets it through now that a person decided.
    assert draft_post(draft_id=missed.pk).status == "posted"


def test_post_now_is_refused_during_a_critical_incident(comms_client, comms, missed, lpt):
    from incidents.services import incident_start

    incident_start(actor=comms, reason="Major incident in Stone", force=lpt.force)
    response = comms_client.post(
        reverse("publishing:post-now", args=[missed.pk]), HTTP_HX_REQUEST="true"
    )
    assert "Critical-incident mode is on" in response.content.decode()
    missed.refresh_from_db()
    assert missed.state == DraftState.MISSED


def test_reschedule_needs_a_future_time(comms_client, missed):
    past = (timezone.localtime() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    response = comms_client.post(reverse("publishing:reschedule", args=[missed.pk]),
                                 {"when": past}, HTTP_HX_REQUEST="true")
    assert "in the future" in response.content.decode()
    future = (timezone.localtime() + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    comms_client.post(reverse("publishing:reschedule", args=[missed.pk]), {"when": future})
    missed.refresh_from_db()
    assert missed.state == DraftState.SCHEDULED
    assert missed.scheduled_for > timezone.now() + timedelta(hours=1)


def test_cancel_a_missed_draft(comms_client, missed):
    comms_client.post(reverse("publishing:cancel", args=[missed.pk]), {"reason": "Too late"})
    missed.refresh_from_db()
    assert missed.state == DraftState.CANCELLED
    assert AuditEvent.objects.get(draft=missed, action="draft.cancelled").reason == "Too late"


def test_an_action_on_a_draft_in_another_state_is_refused_readably(comms_client, missed):
    response = comms_client.post(reverse("publishing:retry", args=[missed.pk]), follow=True)
    assert "cannot be retried" in response.content.decode()


def test_delete_from_x_needs_a_reason_and_is_audited(registered, comms_client, comms, lpt,
                                                      officer):
    draft = queued(lpt, officer, TEXT)
    draft_post(draft_id=draft.pk)
    draft.refresh_from_db()
    url = reverse("publishing:delete", args=[draft.pk])
    assert "Delete from X" in comms_client.get(url).content.decode()
    response = comms_client.post(url, {"reason": ""})
    assert "Give a reason" in response.content.decode()
    draft.refresh_from_db()
    assert draft.state == DraftState.POSTED

    response = comms_client.post(url, {"reason": "Wrong date in the surgery reminder"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.state == DraftState.DELETED and draft.deleted_at is not None
    (tweet,) = sandbox_tweets(registered, lpt.handle)
    assert tweet["deleted"] is True
    event = AuditEvent.objects.get(draft=draft, action="draft.deleted")
    assert event.actor == comms and event.reason == "Wrong date in the surgery reminder"
    assert event.details["tweet_id"] == draft.tweet_id


def test_deleting_a_retweet_undoes_it(registered, comms_client, lpt, other_lpt, officer):
    source = queued(lpt, officer, TEXT)
    draft_post(draft_id=source.pk)
    source.refresh_from_db()
    retweet = queued(other_lpt, officer, "", kind=DraftKind.RETWEET,
                     retweet_of_tweet_id=source.tweet_id)
    draft_post(draft_id=retweet.pk)
    comms_client.post(reverse("publishing:delete", args=[retweet.pk]), {"reason": "Not ours"})
    retweet.refresh_from_db()
    assert retweet.state == DraftState.DELETED
    (entry,) = [e for e in sandbox_tweets(registered) if e["kind"] == "retweet"]
    assert entry["deleted"] is True


def test_only_posted_drafts_can_be_deleted(comms_client, failed):
    assert comms_client.get(reverse("publishing:delete", args=[failed.pk])).status_code == 404
