"""Switching critical-incident mode on and off; each switch is one transaction, audited."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts import permissions
from accounts.models import Force, LptAccount, User
from audit.services import audit_record
from moderation.models import Draft
from moderation.services import drafts_hold

from .models import CriticalIncident


@transaction.atomic
def incident_start(
    *, actor: User, reason: str, force: Force, lpt_account: LptAccount | None = None
) -> CriticalIncident:
    """Switch critical-incident mode on for the force or one LPT account.

    Every scheduled or queued tweet in scope is held (not lost): it waits for someone to release
    or cancel it once the mode ends.
    """
    permissions.require(
        permissions.may_switch_incident_mode(actor),
        "Only corporate comms or an admin can switch critical-incident mode.",
    )
    reason = reason.strip()
    if not reason:
        raise ValidationError("Give the reason for critical-incident mode.")
    if lpt_account is not None and lpt_account.force_id != force.pk:
        raise ValidationError("That LPT account belongs to another force.")
    try:
        with transaction.atomic():
            incident = CriticalIncident.objects.create(
                force=force, lpt_account=lpt_account, reason=reason, started_by=actor
            )
    except IntegrityError:
        raise ValidationError(
            "Critical-incident mode is already on for "
            f"{'@' + lpt_account.handle if lpt_account else 'the whole force'}."
        ) from None
    drafts = Draft.objects.filter(lpt_account__force=force)
    if lpt_account is not None:
        drafts = drafts.filter(lpt_account=lpt_account)
    held = drafts_hold(drafts=drafts, actor=actor, incident_id=incident.pk)
    audit_record(
        action="incident.started", actor=actor, lpt_account=lpt_account, reason=reason,
        details={"incident": incident.pk, "scope": incident.scope_label, "held": held},
    )
    return incident


@transaction.atomic
def incident_end(*, incident_id: int, actor: User, reason: str = "") -> CriticalIncident:
    """Switch the mode off. Held tweets stay held until someone releases or cancels each."""
    permissions.require(
        permissions.may_switch_incident_mode(actor),
        "Only corporate comms or an admin can switch critical-incident mode.",
    )
    incident = (
        CriticalIncident.objects.select_for_update(of=("self",))
        .select_related("force", "lpt_account")
        .filter(pk=incident_id)
        .first()
    )
    if incident is None:
        raise ValidationError("There is no such critical incident.")
    if not incident.is_active:
        raise ValidationError(f"This critical incident was already ended by {incident.ended_by}.")
    incident.ended_at = timezone.now()
    incident.ended_by = actor
    incident.end_reason = reason.strip()
    incident.save()
    audit_record(
        action="incident.ended", actor=actor, lpt_account=incident.lpt_account,
        reason=incident.end_reason, details={"incident": incident.pk,
                                             "scope": incident.scope_label},
    )
    return incident



def incident_settle_held(
    *, incident_id: int, actor: User, release: bool, reason: str = ""
) -> tuple[list[int], dict[int, str]]:
    """Release (or cancel, with a reason) every draft an ended incident still holds.

    Each draft is its own transaction, so one that someone else has just handled is reported
    and the rest go ahead. Returns the ids done and the reasons for those not done.
    """
    from moderation.services import draft_cancel, draft_release

    from .selectors import held_drafts_for

    permissions.require(
        permissions.may_switch_incident_mode(actor),
        "Only corporate comms or an admin can release or cancel held tweets.",
    )
    incident = CriticalIncident.objects.filter(pk=incident_id).first()
    if incident is None:
        raise ValidationError("There is no such critical incident.")
    if incident.is_active:
        raise ValidationError("End critical-incident mode before releasing or cancelling.")
    if not release and not reason.strip():
        raise ValidationError("Give a reason for cancelling the held tweets.")
    done, not_done = [], {}
    for draft_id in held_drafts_for(incident).values_list("pk", flat=True):
        try:
            if release:
                draft_release(draft_id=draft_id, actor=actor)
            else:
                draft_cancel(draft_id=draft_id, actor=actor, reason=reason)
            done.append(draft_id)
        except ValidationError as exc:
            not_done[draft_id] = " ".join(exc.messages)
    return done, not_done
