"""What people do with mentions: mark them, reply through moderation, escalate, re-classify.

Each function is one transaction with its audit record; permission checks come first.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts import permissions
from accounts.models import Role, User
from audit.services import audit_record
from moderation import services as moderation
from moderation.models import Draft
from notifications.services import notify

from .classification import classify
from .models import Escalation, EscalationStatus, Mention, MentionStatus

# What a person may set by hand; `replied` comes from sending a reply for approval.
MANUAL_STATUSES = (MentionStatus.UNREAD, MentionStatus.READ, MentionStatus.NEEDS_REPLY,
                   MentionStatus.IGNORED)


def _locked(mention_id: int) -> Mention:
    try:
        return (
            Mention.objects.select_for_update(of=("self",))
            .select_related("account")
            .get(pk=mention_id)
        )
    except Mention.DoesNotExist:
        raise ValidationError("There is no such mention.") from None


def _audit(action: str, actor: User | None, mention: Mention, **details) -> None:
    audit_record(action=action, actor=actor, lpt_account=mention.account,
                 details={"mention": mention.pk, "tweet_id": mention.tweet_id, **details})


@transaction.atomic
def mention_set_status(*, mention_id: int, actor: User, status: str) -> Mention:
    """Mark a mention unread, read, needing a reply or ignored."""
    mention = _locked(mention_id)
    permissions.require(permissions.may_view_inbox(actor, mention.account))
    if status not in MANUAL_STATUSES:
        raise ValidationError("Choose unread, read, needs a reply or ignored.")
    if mention.status == status:
        return mention
    previous = mention.status
    mention.status = status
    mention.status_changed_by, mention.status_changed_at = actor, timezone.now()
    mention.save(update_fields=["status", "status_changed_by", "status_changed_at"])
    _audit("mention.status", actor, mention, from_status=previous, to_status=status)
    return mention


def mention_mark_read(*, mention: Mention, actor: User) -> None:
    """Opening an unread mention reads it (not audited: reading changes nothing outside)."""
    if mention.status == MentionStatus.UNREAD and permissions.may_view_inbox(actor,
                                                                             mention.account):
        Mention.objects.filter(pk=mention.pk, status=MentionStatus.UNREAD).update(
            status=MentionStatus.READ, status_changed_by=actor, status_changed_at=timezone.now()
        )
        mention.status = MentionStatus.READ


@transaction.atomic
def mention_reply(*, mention_id: int, author: User, text: str) -> Draft:
    """Reply to a mention: a draft of kind `reply`, sent to the comms queue like any tweet.

    The rules engine checks it, comms approve it and the worker posts it in reply to the
    mention (X links the two). The mention is then `replied`.
    """
    mention = _locked(mention_id)
    permissions.require(
        permissions.may_reply_to_mention(author, mention.account),
        "You can only reply on your own LPT accounts.",
    )
    draft = moderation.draft_save(author=author, lpt_account=mention.account, text=text,
                                  in_reply_to_tweet_id=mention.tweet_id)
    draft = moderation.draft_submit(draft_id=draft.pk, actor=author)
    previous = mention.status
    mention.status = MentionStatus.REPLIED
    mention.status_changed_by, mention.status_changed_at = author, timezone.now()
    mention.save(update_fields=["status", "status_changed_by", "status_changed_at"])
    _audit("mention.replied", author, mention, from_status=previous, draft=draft.pk)
    return draft


def _escalation_recipients(escalation: Escalation, actor: User) -> list[User]:
    supervisors = User.objects.filter(supervised_lpts__account=escalation.account)
    comms = User.objects.filter(role=Role.COMMS)
    return list((supervisors | comms).filter(is_active=True).exclude(pk=actor.pk).distinct())


@transaction.atomic
def escalation_open(*, mention_id: int, actor: User, reason: str) -> Escalation:
    """Flag a mention's thread as "issue developing": the LPT's supervisors and corporate
    comms are told at once, in the app and by email, and it stays open until closed."""
    mention = _locked(mention_id)
    permissions.require(permissions.may_escalate(actor, mention.account))
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say what is developing, so supervision and comms can act.")
    existing = Escalation.objects.filter(
        account=mention.account, thread_id=mention.thread_id, status=EscalationStatus.OPEN
    ).select_related("raised_by").first()
    if existing is not None:
        raise ValidationError(
            f"This thread is already escalated (by {existing.raised_by}, "
            f"{timezone.localtime(existing.raised_at):%d %b %H:%M}); it is open until closed."
        )
    try:
        with transaction.atomic():
            escalation = Escalation.objects.create(
                account=mention.account, mention=mention, thread_id=mention.thread_id,
                reason=reason, raised_by=actor,
            )
    except IntegrityError:  # someone escalated the same thread a moment ago
        raise ValidationError("This thread has just been escalated by someone else.") from None
    _audit("mention.escalated", actor, mention, escalation=escalation.pk, reason=reason)
    link = reverse("mentions:detail", args=[mention.pk])
    notify(
        recipients=_escalation_recipients(escalation, actor),
        kind="escalation",
        subject=f"TweetDesk: issue developing on @{mention.account.handle}",
        message=(
            f"Issue developing on @{mention.account.handle}, raised by {actor}: {reason}\n"
            f"Mention by @{mention.author_username or 'unknown'}: {mention.text}\n"
            f"Open it in TweetDesk: {link}"
        ),
    )
    return escalation


@transaction.atomic
def escalation_close(*, escalation_id: int, actor: User, note: str = "") -> Escalation:
    """Close an escalation (comms or the LPT's supervisors); whoever raised it is told."""
    try:
        escalation = (
            Escalation.objects.select_for_update(of=("self",))
            .select_related("account", "mention", "raised_by")
            .get(pk=escalation_id)
        )
    except Escalation.DoesNotExist:
        raise ValidationError("There is no such escalation.") from None
    permissions.require(
        permissions.may_close_escalation(actor, escalation.account),
        "Only corporate comms or the LPT's supervisors can close an escalation.",
    )
    if escalation.status == EscalationStatus.CLOSED:
        raise ValidationError(f"This escalation was already closed by {escalation.closed_by}.")
    escalation.status = EscalationStatus.CLOSED
    escalation.closed_by, escalation.closed_at = actor, timezone.now()
    escalation.closing_note = note.strip()
    escalation.save()
    _audit("mention.escalation_closed", actor, escalation.mention, escalation=escalation.pk,
           note=escalation.closing_note)
    if escalation.raised_by_id != actor.pk:
        notify(
            recipients=[escalation.raised_by],
            kind="escalation_closed",
            message=f"{actor} closed the escalation on @{escalation.account.handle}"
                    + (f": {escalation.closing_note}" if escalation.closing_note else "."),
        )
    return escalation


@transaction.atomic
def mention_reclassify(*, mention_id: int, actor: User | None = None) -> Mention:
    """Ask the classifier again (after the rules changed): call for help? urgent?"""
    mention = _locked(mention_id)
    if actor is not None:
        permissions.require(permissions.may_view_inbox(actor, mention.account))
    verdict = classify(mention.text)
    changed = (mention.call_for_help, mention.urgent) != (verdict.call_for_help, verdict.urgent)
    mention.call_for_help, mention.urgent = verdict.call_for_help, verdict.urgent
    mention.flag_start, mention.flag_end = verdict.start, verdict.end
    mention.flag_message = verdict.message
    mention.classified_at = timezone.now()
    mention.save()
    if changed:
        _audit("mention.reclassified", actor, mention, call_for_help=mention.call_for_help,
               urgent=mention.urgent)
    return mention
