import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from audit.models import AuditEvent
from moderation import services
from moderation.models import Draft
from moderation.states import DraftState, IllegalTransition

CLEAN = "Surgery reminder: PCSO Amy Clarke is at Stone library on Friday 10am to 12pm."
FOUR_TAGS = "Bike marking day in Stone on Saturday #Stone #BikeMarking #Cycling #Crime"


def submitted(officer, lpt, text=CLEAN) -> Draft:
    draft = services.draft_save(author=officer, lpt_account=lpt, text=text)
    return services.draft_submit(draft_id=draft.pk, actor=officer)


def test_officer_drafts_and_submits_with_audit_trail(officer, lpt):
    draft = submitted(officer, lpt)
    assert draft.state == DraftState.SUBMITTED
    assert draft.submitted_at is not None
    events = list(AuditEvent.objects.filter(draft=draft).order_by("id"))
    assert [e.action for e in events] == ["draft.created", "draft.submitted"]
    assert events[1].actor == officer
    assert (events[1].from_state, events[1].to_state) == ("draft", "submitted")


def test_officer_cannot_draft_for_another_lpt(officer, other_lpt):
    with pytest.raises(PermissionDenied):
        services.draft_save(author=officer, lpt_account=other_lpt, text=CLEAN)
    assert not Draft.objects.exists()


def test_comms_may_draft_from_the_centre_on_any_account(comms, other_lpt):
    draft = services.draft_save(author=comms, lpt_account=other_lpt, text=CLEAN)
    assert draft.lpt_account == other_lpt


def test_submit_stores_the_rules_flags(officer, lpt):
    draft = submitted(officer, lpt, FOUR_TAGS)
    assert "hashtags" in {flag["rule"] for flag in draft.flags}


def test_empty_text_cannot_be_submitted(officer, lpt):
    draft = services.draft_save(author=officer, lpt_account=lpt, text="   ")
    with pytest.raises(ValidationError, match="empty"):
        services.draft_submit(draft_id=draft.pk, actor=officer)
    draft.refresh_from_db()
    assert draft.state == DraftState.DRAFT


def test_submitting_twice_is_an_illegal_transition(officer, lpt):
    draft = submitted(officer, lpt)
    with pytest.raises(IllegalTransition):
        services.draft_submit(draft_id=draft.pk, actor=officer)


def test_comms_approval_queues_the_draft_and_records_who(
    officer, lpt, comms, django_capture_on_commit_callbacks
):
    draft = submitted(officer, lpt)
    with django_capture_on_commit_callbacks() as callbacks:
        draft = services.draft_approve(draft_id=draft.pk, actor=comms)
    assert draft.state == DraftState.QUEUED
    assert draft.decided_by == comms
    # The posting task is enqueued once, after commit (the other callback emails the author).
    assert [c.__qualname__ for c in callbacks].count("enqueue_post.<locals>.<lambda>") == 1
    actions = list(
        AuditEvent.objects.filter(draft=draft).order_by("id").values_list("action", "actor")
    )
    assert actions[-2:] == [("draft.approved", comms.pk), ("draft.queued", comms.pk)]


def test_nobody_approves_their_own_draft(comms, lpt):
    draft = services.draft_save(author=comms, lpt_account=lpt, text=CLEAN)
    services.draft_submit(draft_id=draft.pk, actor=comms)
    with pytest.raises(PermissionDenied, match="own draft"):
        services.draft_approve(draft_id=draft.pk, actor=comms)


def test_officer_cannot_approve(officer, other_officer, other_lpt):
    draft = submitted(other_officer, other_lpt)
    with pytest.raises(PermissionDenied):
        services.draft_approve(draft_id=draft.pk, actor=officer)


def test_blocking_flag_needs_an_override_justification(officer, lpt, comms):
    draft = submitted(officer, lpt, FOUR_TAGS)
    with pytest.raises(ValidationError, match="justification"):
        services.draft_approve(draft_id=draft.pk, actor=comms)
    draft = services.draft_approve(
        draft_id=draft.pk, actor=comms, override_reason="Campaign launch agreed with the ACC."
    )
    assert draft.override_reason == "Campaign launch agreed with the ACC."
    approved = AuditEvent.objects.get(draft=draft, action="draft.approved")
    assert approved.reason == "Campaign launch agreed with the ACC."


def test_second_decision_sees_who_decided_first(officer, lpt, comms, comms2):
    draft = submitted(officer, lpt)
    services.draft_approve(draft_id=draft.pk, actor=comms)
    with pytest.raises(services.AlreadyDecided, match="Priya Shah"):
        services.draft_reject(draft_id=draft.pk, actor=comms2, reason="Too late")


def test_reject_requires_a_reason(officer, lpt, comms):
    draft = submitted(officer, lpt)
    with pytest.raises(ValidationError, match="reason"):
        services.draft_reject(draft_id=draft.pk, actor=comms, reason="  ")
    draft = services.draft_reject(
        draft_id=draft.pk, actor=comms, reason="Name the ward, not the street."
    )
    assert draft.state == DraftState.REJECTED
    assert draft.rejection_reason == "Name the ward, not the street."


def test_rejected_draft_can_be_reopened_edited_and_resubmitted(officer, lpt, comms):
    draft = submitted(officer, lpt)
    services.draft_reject(draft_id=draft.pk, actor=comms, reason="Add the time.")
    services.draft_reopen(draft_id=draft.pk, actor=officer)
    draft = services.draft_save(
        author=officer, lpt_account=lpt, text=CLEAN + " Drop in any time.", draft=draft
    )
    draft = services.draft_submit(draft_id=draft.pk, actor=officer)
    assert draft.state == DraftState.SUBMITTED


def test_submitted_draft_cannot_be_edited(officer, lpt):
    draft = submitted(officer, lpt)
    with pytest.raises(ValidationError, match="no longer be edited"):
        services.draft_save(author=officer, lpt_account=lpt, text="changed", draft=draft)
