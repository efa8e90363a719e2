"""Everything that changes a draft. Each function is one transaction with its audit record."""

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts import permissions
from accounts.models import LptAccount, User
from audit.services import audit_record

from .checks import check_text
from .models import Draft
from .states import EDITABLE_STATES, DraftState


class AlreadyDecided(Exception):
    """Someone else acted on the draft first (two comms staff on the same draft)."""

    def __init__(self, draft: Draft):
        self.draft = draft
        who = draft.decided_by or "someone else"
        if draft.state == DraftState.REJECTED:
            message = f"This draft was already rejected by {who}."
        elif draft.decided_by_id:
            message = f"This draft was already approved by {who}."
        else:
            message = f"This draft is {draft.get_state_display().lower()}, not awaiting approval."
        super().__init__(message)


def _transition(*, draft: Draft, to_state: str, actor: User | None, reason: str = "", **details):
    previous = draft.move_to(to_state)
    draft.save()
    audit_record(
        action=f"draft.{to_state}",
        actor=actor,
        draft=draft,
        from_state=previous,
        to_state=to_state,
        reason=reason,
        details=details,
    )


def _locked(draft_id: int) -> Draft:
    return (
        Draft.objects.select_for_update(of=("self",))
        .select_related("lpt_account", "author", "decided_by")
        .get(pk=draft_id)
    )


@transaction.atomic
def draft_save(
    *, author: User, lpt_account: LptAccount, text: str, draft: Draft | None = None
) -> Draft:
    """Create a draft, or update one that is still editable, and record the rules' verdict."""
    permissions.require(
        permissions.may_draft_for(author, lpt_account),
        "You can only draft for your own LPT accounts.",
    )
    result = check_text(text, account=lpt_account)
    if draft is None:
        draft = Draft.objects.create(
            author=author, lpt_account=lpt_account, text=text, flags=result.flags
        )
        audit_record(action="draft.created", actor=author, draft=draft, to_state=draft.state)
        return draft

    draft = _locked(draft.pk)
    permissions.require(draft.author_id == author.pk, "Only the author can edit a draft.")
    if draft.state not in EDITABLE_STATES:
        raise ValidationError(
            f"This draft is {draft.get_state_display().lower()} and can no longer be edited."
        )
    draft.lpt_account = lpt_account
    draft.text = text
    draft.flags = result.flags
    draft.save()
    audit_record(action="draft.edited", actor=author, draft=draft)
    return draft


@transaction.atomic
def draft_submit(*, draft_id: int, actor: User) -> Draft:
    """Send a draft to the comms queue. The server re-checks the text; the client is not trusted."""
    draft = _locked(draft_id)
    permissions.require(draft.author_id == actor.pk, "Only the author can submit a draft.")
    permissions.require(
        permissions.may_draft_for(actor, draft.lpt_account),
        "You can only submit for your own LPT accounts.",
    )
    if not draft.text.strip():
        raise ValidationError("An empty tweet cannot be submitted.")
    draft.flags = check_text(draft.text, account=draft.lpt_account).flags
    _transition(draft=draft, to_state=DraftState.SUBMITTED, actor=actor)
    return draft


@transaction.atomic
def draft_reopen(*, draft_id: int, actor: User) -> Draft:
    """Take a rejected draft back into editing."""
    draft = _locked(draft_id)
    permissions.require(draft.author_id == actor.pk, "Only the author can reopen a draft.")
    _transition(draft=draft, to_state=DraftState.DRAFT, actor=actor)
    return draft


def _lock_for_decision(draft_id: int, actor: User) -> Draft:
    draft = _locked(draft_id)
    permissions.require(permissions.may_review(actor), "Only comms staff can approve or reject.")
    permissions.require(
        permissions.may_decide_on(actor, draft),
        "You cannot approve or reject your own draft: another member of staff must.",
    )
    if draft.state != DraftState.SUBMITTED:
        raise AlreadyDecided(draft)
    return draft


@transaction.atomic
def draft_approve(*, draft_id: int, actor: User, override_reason: str = "") -> Draft:
    """Approve a submitted draft and queue it for posting once this transaction commits.

    A draft carrying a `block` flag is approved only with a written override justification.
    """
    draft = _lock_for_decision(draft_id, actor)
    draft.flags = check_text(draft.text, account=draft.lpt_account).flags
    override_reason = override_reason.strip()
    if draft.blocking_flags and not override_reason:
        rules = ", ".join(sorted({flag["rule"] for flag in draft.blocking_flags}))
        raise ValidationError(
            f"This draft has blocking flags ({rules}). "
            "Approving it needs a written justification for the override."
        )
    draft.decided_by = actor
    draft.override_reason = override_reason
    _transition(
        draft=draft,
        to_state=DraftState.APPROVED,
        actor=actor,
        reason=override_reason,
        flags=[flag["rule"] for flag in draft.flags],
    )
    _transition(draft=draft, to_state=DraftState.QUEUED, actor=actor)

    from publishing.tasks import enqueue_post

    enqueue_post(draft.pk)
    return draft


@transaction.atomic
def draft_reject(*, draft_id: int, actor: User, reason: str) -> Draft:
    """Send a submitted draft back to its author with a reason."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("Give a reason so the officer knows what to change.")
    draft = _lock_for_decision(draft_id, actor)
    draft.decided_by = actor
    draft.rejection_reason = reason
    _transition(draft=draft, to_state=DraftState.REJECTED, actor=actor, reason=reason)
    return draft
