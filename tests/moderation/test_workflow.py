"""The approval workflow's services: decisions, four-eyes, flags, revisions, bulk, retweets."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from audit.models import AuditEvent
from moderation import services
from moderation.models import DraftKind
from moderation.services import PostAt
from moderation.states import DraftState
from notifications.models import Notification
from tests.moderation.workflow_helpers import BLOCK_TEXT, CLEAN, WARN_TEXT, submitted


def test_comms_cannot_approve_their_own_draft_from_the_centre(comms, comms2, lpt):
    draft = submitted(comms, lpt)
    with pytest.raises(PermissionDenied):
        services.draft_approve(draft_id=draft.pk, actor=comms)
    assert services.draft_approve(draft_id=draft.pk, actor=comms2).state == DraftState.QUEUED


def test_comms_cannot_edit_and_approve_their_own_draft(comms, lpt):
    draft = submitted(comms, lpt)
    with pytest.raises(PermissionDenied):
        services.draft_edit_and_approve(draft_id=draft.pk, actor=comms, text=CLEAN + " Thanks")
    draft.refresh_from_db()
    assert draft.state == DraftState.SUBMITTED and draft.revision == 1


def test_admin_may_approve(officer, lpt, admin_user):
    draft = services.draft_approve(draft_id=submitted(officer, lpt).pk, actor=admin_user)
    assert draft.decided_by == admin_user


@pytest.mark.parametrize("action", ["return", "reject", "edit"])
def test_officer_cannot_decide(officer, other_officer, other_lpt, action):
    draft = submitted(other_officer, other_lpt)
    call = {
        "return": lambda: services.draft_return(draft_id=draft.pk, actor=officer, comment="x"),
        "reject": lambda: services.draft_reject(draft_id=draft.pk, actor=officer, reason="x"),
        "edit": lambda: services.draft_edit_and_approve(draft_id=draft.pk, actor=officer,
                                                        text=CLEAN),
    }[action]
    with pytest.raises(PermissionDenied):
        call()


def test_warnings_must_be_acknowledged_and_are_stored(officer, lpt, comms):
    draft = submitted(officer, lpt, WARN_TEXT)
    with pytest.raises(ValidationError, match="Acknowledge the warnings before approving: joke"):
        services.draft_approve(draft_id=draft.pk, actor=comms)
    draft = services.draft_approve(draft_id=draft.pk, actor=comms, acknowledged=["joke"])
    assert draft.acknowledged_warnings == ["joke"]
    event = AuditEvent.objects.get(draft=draft, action="draft.approved")
    assert event.details["acknowledged_warnings"] == ["joke"]


def test_override_is_stored_with_the_approval(officer, lpt, comms):
    draft = submitted(officer, lpt, BLOCK_TEXT)
    draft = services.draft_approve(
        draft_id=draft.pk, actor=comms, override_reason="Named with consent, press release"
    )
    assert draft.override_reason == "Named with consent, press release"
    event = AuditEvent.objects.get(draft=draft, action="draft.approved")
    assert event.reason == "Named with consent, press release" and event.details["override"]


def test_edit_and_approve_rechecks_the_edited_text(officer, lpt, comms):
    draft = submitted(officer, lpt, CLEAN)
    with pytest.raises(ValidationError, match="blocking flags"):
        services.draft_edit_and_approve(draft_id=draft.pk, actor=comms, text=BLOCK_TEXT)
    draft.refresh_from_db()
    assert draft.text == CLEAN and draft.state == DraftState.SUBMITTED  # rolled back


def test_edit_and_approve_keeps_the_revision_and_tells_the_author(officer, lpt, comms):
    draft = submitted(officer, lpt, CLEAN)
    edited = CLEAN.replace("Friday", "Saturday")
    draft = services.draft_edit_and_approve(draft_id=draft.pk, actor=comms, text=edited)
    assert draft.state == DraftState.QUEUED and draft.text == edited and draft.revision == 2
    assert [r.text for r in draft.revisions.all()] == [CLEAN, edited]
    note = Notification.objects.get(recipient=officer, kind="edited")
    assert "“Friday” became “Saturday”" in note.message
    assert AuditEvent.objects.filter(draft=draft, action="draft.edited",
                                     details__before=CLEAN).exists()


def test_stale_form_is_refused(officer, lpt, comms):
    draft = submitted(officer, lpt)
    with pytest.raises(services.StaleDraft, match="changed since you opened it"):
        services.draft_approve(draft_id=draft.pk, actor=comms, expected_revision=7)


def test_unknown_draft_is_a_clear_error(comms, db):
    with pytest.raises(ValidationError, match="no such draft"):
        services.draft_approve(draft_id=999999, actor=comms)


def test_return_needs_a_comment_and_the_officer_resubmits_a_new_revision(officer, lpt, comms):
    draft = submitted(officer, lpt)
    with pytest.raises(ValidationError, match="Give a reason"):
        services.draft_return(draft_id=draft.pk, actor=comms, comment="  ")
    draft = services.draft_return(draft_id=draft.pk, actor=comms, comment="Say which library")
    assert draft.state == DraftState.RETURNED and draft.return_comment == "Say which library"
    assert Notification.objects.filter(recipient=officer, kind="returned").exists()
    services.draft_reopen(draft_id=draft.pk, actor=officer)
    draft = services.draft_save(author=officer, lpt_account=lpt, draft=draft,
                                text=CLEAN.replace("Stone library", "Stone Library, Station Rd"))
    draft = services.draft_submit(draft_id=draft.pk, actor=officer)
    assert draft.state == DraftState.SUBMITTED and draft.revision == 2
    assert draft.revisions.count() == 2 and draft.revisions.first().text == CLEAN


def test_second_decision_on_a_returned_draft_names_who(officer, lpt, comms, comms2):
    draft = submitted(officer, lpt)
    services.draft_return(draft_id=draft.pk, actor=comms, comment="Shorter please")
    with pytest.raises(services.AlreadyDecided, match="already returned to the officer by Priya"):
        services.draft_approve(draft_id=draft.pk, actor=comms2)


def test_bulk_approve_takes_only_clean_drafts_of_others(officer, lpt, comms):
    clean = submitted(officer, lpt, CLEAN)
    warned = submitted(officer, lpt, WARN_TEXT)
    own = submitted(comms, lpt, CLEAN + " Own.")
    result = services.drafts_bulk_approve(draft_ids=[clean.pk, warned.pk, own.pk, 999999],
                                          actor=comms)
    assert result.approved == [clean.pk]
    assert "flags" in result.skipped[warned.pk]
    assert "own draft" in result.skipped[own.pk]
    assert "no such draft" in result.skipped[999999]


def test_officer_cannot_bulk_approve(officer, lpt):
    with pytest.raises(PermissionDenied):
        services.drafts_bulk_approve(draft_ids=[1], actor=officer)


def test_submission_notifies_comms_and_decisions_notify_the_author(
    officer, lpt, comms, comms2, mailoutbox, django_capture_on_commit_callbacks, celery_eager
):
    with django_capture_on_commit_callbacks(execute=True):
        draft = submitted(officer, lpt)
    assert {n.recipient for n in Notification.objects.filter(kind="submitted")} == {comms, comms2}
    assert {m.to[0] for m in mailoutbox} == {comms.email, comms2.email}
    with django_capture_on_commit_callbacks(execute=True):
        services.draft_reject(draft_id=draft.pk, actor=comms, reason="Too long")
    note = Notification.objects.get(recipient=officer)
    assert note.kind == "rejected" and "Too long" in note.message
    assert mailoutbox[-1].to == [officer.email] and "Too long" in mailoutbox[-1].body


def test_comms_posting_from_the_centre_is_not_told_about_their_own_submission(comms, lpt, comms2):
    submitted(comms, lpt)
    assert list(Notification.objects.values_list("recipient", flat=True)) == [comms2.pk]


def test_retweet_proposal_goes_to_the_queue_with_a_source_warning(officer, lpt):
    draft = services.draft_propose_retweet(author=officer, lpt_account=lpt,
                                           tweet_id="1234567890", handle="@SomeShop")
    assert draft.kind == DraftKind.RETWEET and draft.state == DraftState.SUBMITTED
    assert draft.retweet_of_handle == "SomeShop"
    assert [f["rule"] for f in draft.flags] == ["retweet_source"]


def test_retweet_of_the_force_account_carries_no_warning(officer, lpt):
    draft = services.draft_propose_retweet(author=officer, lpt_account=lpt, tweet_id="99",
                                           handle=lpt.force.handle)
    assert draft.flags == []


def test_officer_cannot_propose_a_retweet_on_another_lpt(officer, other_lpt):
    with pytest.raises(PermissionDenied):
        services.draft_propose_retweet(author=officer, lpt_account=other_lpt, tweet_id="1")


def test_requested_time_in_the_past_is_refused(officer, lpt):
    from datetime import timedelta

    from django.utils import timezone

    with pytest.raises(ValidationError, match="already passed"):
        services.draft_save(author=officer, lpt_account=lpt, text=CLEAN,
                            requested_for=timezone.now() - timedelta(minutes=1))


def test_approving_schedules_for_the_requested_time(officer, lpt, comms):
    from datetime import timedelta

    from django.utils import timezone

    when = timezone.now() + timedelta(hours=3)
    draft = submitted(officer, lpt, requested_for=when)
    draft = services.draft_approve(draft_id=draft.pk, actor=comms)
    assert draft.state == DraftState.SCHEDULED and draft.scheduled_for == when


def test_approving_at_a_past_time_is_refused(officer, lpt, comms):
    from datetime import timedelta

    from django.utils import timezone

    draft = submitted(officer, lpt)
    with pytest.raises(ValidationError, match="already passed"):
        services.draft_approve(draft_id=draft.pk, actor=comms, when=PostAt.SCHEDULE,
                               post_at=timezone.now() - timedelta(minutes=5))
    with pytest.raises(ValidationError, match="Give the date and time"):
        services.draft_approve(draft_id=draft.pk, actor=comms, when=PostAt.SCHEDULE)
