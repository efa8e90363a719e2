"""Scheduling: UK time in, UTC stored, released to the minute by beat, across clock changes."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError

from moderation import services
from moderation.forms import RescheduleForm
from moderation.services import PostAt
from moderation.states import DraftState
from tests.moderation.workflow_helpers import submitted


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("entered", "stored"),
    [
        ("2026-10-24T09:00", utc(2026, 10, 24, 8, 0)),  # BST, the day before the October change
        ("2026-10-25T09:00", utc(2026, 10, 25, 9, 0)),  # GMT, the morning after it
        ("2027-03-27T09:00", utc(2027, 3, 27, 9, 0)),  # GMT, the day before the March change
        ("2027-03-28T09:00", utc(2027, 3, 28, 8, 0)),  # BST, the morning after it
    ],
)
def test_times_are_entered_in_uk_time_and_stored_in_utc(entered, stored):
    form = RescheduleForm({"post_at": entered})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["post_at"] == stored


@pytest.mark.parametrize("entered", ["2026-10-25T01:30", "2027-03-28T01:30"])
def test_times_that_happen_twice_or_never_at_a_clock_change_are_refused(entered):
    form = RescheduleForm({"post_at": entered})
    assert not form.is_valid()
    assert "couldn’t be interpreted in time zone Europe/London" in str(form.errors["post_at"])


@pytest.fixture
def approved_for(officer, lpt, comms):
    def make(when, *, now):
        with time_machine.travel(now, tick=False):
            draft = submitted(officer, lpt)
            return services.draft_approve(draft_id=draft.pk, actor=comms, when=PostAt.SCHEDULE,
                                          post_at=when)
    return make


@pytest.mark.parametrize(
    "post_at",
    [utc(2026, 10, 25, 0, 30),  # 01:30 BST, the first of the two 01:30s
     utc(2026, 10, 25, 1, 30),  # 01:30 GMT, the second
     utc(2027, 3, 28, 1, 0)],  # 02:00 BST, the first minute after the March change
)
def test_beat_releases_to_the_minute_across_clock_changes(
    approved_for, post_at, django_capture_on_commit_callbacks
):
    draft = approved_for(post_at, now=post_at - timedelta(days=1))
    assert draft.state == DraftState.SCHEDULED
    with time_machine.travel(post_at - timedelta(seconds=30), tick=False):
        assert services.release_due_drafts() == {"queued": [], "missed": []}
    with (time_machine.travel(post_at + timedelta(seconds=20), tick=False),
          django_capture_on_commit_callbacks() as callbacks):
        assert services.release_due_drafts() == {"queued": [draft.pk], "missed": []}
    draft.refresh_from_db()
    assert draft.state == DraftState.QUEUED
    assert [c.__qualname__ for c in callbacks] == ["enqueue_post.<locals>.<lambda>"]
    with time_machine.travel(post_at + timedelta(seconds=40), tick=False):
        assert services.release_due_drafts() == {"queued": [], "missed": []}  # runs twice: no harm


def test_a_draft_too_late_to_post_is_missed_not_posted(approved_for, settings, comms):
    settings.POST_LATENESS_MINUTES = 60
    post_at = utc(2026, 11, 30, 9, 0)
    draft = approved_for(post_at, now=post_at - timedelta(hours=1))
    with time_machine.travel(post_at + timedelta(minutes=61), tick=False):
        assert services.release_due_drafts() == {"queued": [], "missed": [draft.pk]}
    draft.refresh_from_db()
    assert draft.state == DraftState.MISSED
    with time_machine.travel(post_at + timedelta(minutes=62), tick=False):
        draft = services.draft_reschedule(draft_id=draft.pk, actor=comms,
                                          post_at=post_at + timedelta(hours=2))
    assert draft.state == DraftState.SCHEDULED


def test_scheduled_draft_can_be_rescheduled_unscheduled_or_posted_now(approved_for, comms, officer):
    now = utc(2026, 11, 30, 9, 0)
    with time_machine.travel(now, tick=False):
        first = approved_for(now + timedelta(hours=2), now=now)
        later = now + timedelta(hours=5)
        first = services.draft_reschedule(draft_id=first.pk, actor=comms, post_at=later)
        assert first.scheduled_for == later and first.state == DraftState.SCHEDULED
        with pytest.raises(ValidationError, match="already passed"):
            services.draft_reschedule(draft_id=first.pk, actor=comms, post_at=now)
        with pytest.raises(ValidationError, match="Give a reason"):
            services.draft_cancel(draft_id=first.pk, actor=comms, reason="")
        assert services.draft_cancel(draft_id=first.pk, actor=comms,
                                     reason="Event called off").state == DraftState.CANCELLED
        second = approved_for(now + timedelta(hours=2), now=now)
        assert services.draft_post_now(draft_id=second.pk, actor=comms).state == DraftState.QUEUED
        with pytest.raises(ValidationError, match="can no longer be rescheduled"):
            services.draft_reschedule(draft_id=second.pk, actor=comms, post_at=later)


def test_officer_cannot_change_a_schedule(approved_for, officer):
    now = utc(2026, 11, 30, 9, 0)
    with time_machine.travel(now, tick=False):
        draft = approved_for(now + timedelta(hours=2), now=now)
        with pytest.raises(PermissionDenied):
            services.draft_reschedule(draft_id=draft.pk, actor=officer,
                                      post_at=now + timedelta(hours=3))


def test_expired_draft_asks_post_now_or_reschedule(officer, lpt, comms):
    asked = utc(2026, 11, 30, 9, 0)
    with time_machine.travel(asked - timedelta(hours=1), tick=False):
        draft = submitted(officer, lpt, requested_for=asked)
    with time_machine.travel(asked + timedelta(minutes=10), tick=False):
        with pytest.raises(ValidationError, match="post it now or reschedule"):
            services.draft_approve(draft_id=draft.pk, actor=comms)
        draft = services.draft_approve(draft_id=draft.pk, actor=comms, when=PostAt.NOW)
    assert draft.state == DraftState.QUEUED and draft.scheduled_for is None


