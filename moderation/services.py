"""Everything that changes a draft. Each function is one transaction with its audit record."""

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts import permissions
from accounts.models import LptAccount, User
from audit.services import audit_record
from incidents.selectors import active_incident_for, trusted_retweet_handles
from notifications.services import notify_author, notify_comms

from . import selectors
from .checks import check_text
from .models import Draft, DraftKind, DraftRevision
from .states import AWAITING_POST_STATES, EDITABLE_STATES, DraftState, IllegalTransition

INCIDENT_GUIDANCE = (
    "During critical incidents only RT comments from the force or LPT commanders account"
)
RETWEET_GUIDANCE = (
    "Mainly re-tweet relevant force accounts or positive comments from your community"
)


class AlreadyDecided(Exception):
    """Someone else acted on the draft first (two comms staff on the same draft)."""

    def __init__(self, draft: Draft):
        self.draft = draft
        who = draft.decided_by or "someone else"
        if draft.state == DraftState.REJECTED:
            message = f"This draft was already rejected by {who}."
        elif draft.state == DraftState.RETURNED:
            message = f"This draft was already returned to the officer by {who}."
        elif draft.decided_by_id:
            message = f"This draft was already approved by {who}."
        else:
            message = f"This draft is {draft.get_state_display().lower()}, not awaiting approval."
        super().__init__(message)


class StaleDraft(ValidationError):
    """The form was made for an earlier revision of the draft than the one in the database."""


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
        .select_related("lpt_account__force", "author", "decided_by")
        .get(pk=draft_id)
    )


def _workflow_flags(draft: Draft) -> list[dict]:
    """Flags that depend on the database, added to the rules engine's pure-text verdict."""
    flags = []
    account = draft.lpt_account
    if draft.kind == DraftKind.RETWEET:
        handle = draft.retweet_of_handle.casefold()
        known = trusted_retweet_handles(account.force) | {
            h.casefold() for h in LptAccount.objects.values_list("handle", flat=True)
        }
        if handle not in known:
            who = f"@{draft.retweet_of_handle}" if handle else "an account we could not identify"
            flags.append(_flag("retweet_source", f"This retweets {who}, not a force or LPT "
                                                  "account: is it relevant and positive?",
                               RETWEET_GUIDANCE))
    if active_incident_for(account) is not None:
        flags.append(_flag("critical_incident", "Critical-incident mode is on for this account: "
                                                "only retweets of the force or LPT commanders "
                                                "can be approved.", INCIDENT_GUIDANCE))
    return flags


def _flag(rule: str, message: str, guidance: str) -> dict:
    return {"rule": rule, "severity": "warn", "start": 0, "end": 0, "message": message,
            "guidance": guidance, "excerpt": ""}


def draft_flags(draft: Draft) -> list[dict]:
    """The rules engine's flags for the draft's text plus the workflow's own warnings."""
    text_flags = check_text(draft.text, account=draft.lpt_account).flags if draft.text else []
    return text_flags + _workflow_flags(draft)


def _check_requested_time(requested_for: datetime | None, now: datetime) -> None:
    if requested_for is not None and requested_for <= now:
        raise ValidationError(
            "The requested posting time has already passed: choose a later time, or leave it "
            "empty to post as soon as it is approved."
        )


def _new_revision(draft: Draft, editor: User) -> None:
    DraftRevision.objects.create(
        draft=draft, number=draft.revision, text=draft.text, flags=draft.flags, edited_by=editor
    )


@transaction.atomic
def draft_save(
    *,
    author: User,
    lpt_account: LptAccount,
    text: str,
    draft: Draft | None = None,
    requested_for: datetime | None = None,
    in_reply_to_tweet_id: str = "",
) -> Draft:
    """Create a draft, or update one that is still editable, and record the rules' verdict.

    A change of text is a new revision; earlier revisions are kept. A new draft given
    `in_reply_to_tweet_id` is a reply to that tweet (X links them into one thread).
    """
    permissions.require(
        permissions.may_draft_for(author, lpt_account),
        "You can only draft for your own LPT accounts.",
    )
    _check_requested_time(requested_for, timezone.now())
    if draft is None:
        draft = Draft(author=author, lpt_account=lpt_account, text=text,
                      requested_for=requested_for)
        if in_reply_to_tweet_id:
            draft.kind = DraftKind.REPLY
            draft.in_reply_to_tweet_id = in_reply_to_tweet_id
        draft.flags = draft_flags(draft)
        draft.save()
        _new_revision(draft, author)
        audit_record(action="draft.created", actor=author, draft=draft, to_state=draft.state,
                     details={"in_reply_to": in_reply_to_tweet_id} if in_reply_to_tweet_id
                     else None)
        return draft

    draft = _locked(draft.pk)
    permissions.require(draft.author_id == author.pk, "Only the author can edit a draft.")
    if draft.state not in EDITABLE_STATES:
        raise ValidationError(
            f"This draft is {draft.get_state_display().lower()} and can no longer be edited."
        )
    text_changed = draft.text != text or draft.lpt_account_id != lpt_account.pk
    draft.lpt_account = lpt_account
    draft.text = text
    draft.requested_for = requested_for
    draft.flags = draft_flags(draft)
    if text_changed:
        draft.revision += 1
    draft.save()
    if text_changed:
        _new_revision(draft, author)
    audit_record(action="draft.edited", actor=author, draft=draft,
                 details={"revision": draft.revision})
    return draft


@transaction.atomic
def draft_propose_retweet(
    *,
    author: User,
    lpt_account: LptAccount,
    tweet_id: str,
    handle: str = "",
    requested_for: datetime | None = None,
) -> Draft:
    """Propose retweeting a tweet on an LPT account; it goes to the comms queue like a tweet."""
    permissions.require(
        permissions.may_draft_for(author, lpt_account),
        "You can only propose retweets for your own LPT accounts.",
    )
    _check_requested_time(requested_for, timezone.now())
    draft = Draft(author=author, lpt_account=lpt_account, kind=DraftKind.RETWEET, text="",
                  retweet_of_tweet_id=tweet_id, retweet_of_handle=handle.lstrip("@"),
                  requested_for=requested_for)
    draft.flags = draft_flags(draft)
    draft.save()
    _new_revision(draft, author)
    audit_record(action="draft.created", actor=author, draft=draft, to_state=draft.state,
                 details={"kind": "retweet", "tweet_id": tweet_id})
    return _submit(draft, author)


@transaction.atomic
def draft_submit(*, draft_id: int, actor: User) -> Draft:
    """Send a draft to the comms queue. The server re-checks the text; the client is not trusted."""
    draft = _locked(draft_id)
    permissions.require(draft.author_id == actor.pk, "Only the author can submit a draft.")
    permissions.require(
        permissions.may_draft_for(actor, draft.lpt_account),
        "You can only submit for your own LPT accounts.",
    )
    if draft.kind != DraftKind.RETWEET and not draft.text.strip():
        raise ValidationError("An empty tweet cannot be submitted.")
    return _submit(draft, actor)


def _submit(draft: Draft, actor: User) -> Draft:
    _check_requested_time(draft.requested_for, timezone.now())
    draft.flags = draft_flags(draft)
    draft.decided_by = None
    draft.decided_at = None
    _transition(draft=draft, to_state=DraftState.SUBMITTED, actor=actor,
                revision=draft.revision)
    what = "A retweet" if draft.kind == DraftKind.RETWEET else "A tweet"
    notify_comms(
        kind="submitted",
        message=f"{what} for @{draft.lpt_account.handle} by {draft.author} is waiting for "
                "approval.",
        draft=draft,
        exclude=actor,
    )
    return draft


@transaction.atomic
def draft_reopen(*, draft_id: int, actor: User) -> Draft:
    """Take a rejected or returned draft back into editing, to change and resubmit it."""
    draft = _locked(draft_id)
    permissions.require(draft.author_id == actor.pk, "Only the author can reopen a draft.")
    _transition(draft=draft, to_state=DraftState.DRAFT, actor=actor)
    return draft


# --- Decisions ------------------------------------------------------------------------------


def _lock_for_decision(draft_id: int, actor: User, expected_revision: int | None = None) -> Draft:
    permissions.require(permissions.may_review(actor), "Only comms staff can approve or reject.")
    try:
        draft = _locked(draft_id)
    except Draft.DoesNotExist:
        raise ValidationError("There is no such draft.") from None
    permissions.require(
        permissions.may_decide_on(actor, draft),
        "You cannot approve, edit or reject your own draft: another member of staff must.",
    )
    if draft.state != DraftState.SUBMITTED:
        # After waiting for the lock PostgreSQL re-reads the draft's row but not the joined
        # decider's, so read who decided afresh to name them.
        raise AlreadyDecided(selectors.draft_for_display(draft_id=draft_id))
    if expected_revision is not None and expected_revision != draft.revision:
        raise StaleDraft(
            f"This draft has changed since you opened it (now revision {draft.revision}): "
            "read it again before deciding."
        )
    return draft


class PostAt:
    """How an approver says when the tweet goes out."""

    AS_REQUESTED = ""
    NOW = "now"
    SCHEDULE = "schedule"


def _posting_time(draft: Draft, when: str, post_at: datetime | None, now: datetime):
    """When an approved draft goes out: None for now, or a future time."""
    if when == PostAt.NOW:
        return None
    if when == PostAt.SCHEDULE:
        if post_at is None:
            raise ValidationError("Give the date and time to post it.")
        if post_at <= now:
            raise ValidationError("That time has already passed: choose a time in the future.")
        return post_at
    if draft.requested_for is not None and draft.requested_for <= now:
        raise ValidationError(
            f"The requested time ({timezone.localtime(draft.requested_for):%d %b %Y %H:%M}) "
            "has passed while this draft waited: choose to post it now or reschedule it."
        )
    return draft.requested_for


def _check_approvable(
    draft: Draft, *, override_reason: str, acknowledged: Iterable[str]
) -> None:
    incident = active_incident_for(draft.lpt_account)
    if incident is not None:
        trusted = trusted_retweet_handles(draft.lpt_account.force)
        if draft.kind != DraftKind.RETWEET or draft.retweet_of_handle.casefold() not in trusted:
            raise ValidationError(
                f"Critical-incident mode ({incident.scope_label}): only retweets of the force's "
                "or an LPT commander's account may be approved."
            )
    if draft.blocking_flags and not override_reason:
        rules = ", ".join(sorted({flag["rule"] for flag in draft.blocking_flags}))
        raise ValidationError(
            f"This draft has blocking flags ({rules}). "
            "Approving it needs a written justification for the override."
        )
    unacknowledged = {flag["rule"] for flag in draft.warning_flags} - set(acknowledged)
    if unacknowledged:
        raise ValidationError(
            f"Acknowledge the warnings before approving: {', '.join(sorted(unacknowledged))}."
        )


def _approve(
    draft: Draft, actor: User, *, override_reason: str, acknowledged: Iterable[str], when: str,
    post_at: datetime | None, now: datetime, edited: bool = False,
) -> Draft:
    override_reason = override_reason.strip()
    _check_approvable(draft, override_reason=override_reason, acknowledged=acknowledged)
    scheduled_for = _posting_time(draft, when, post_at, now)
    draft.decided_by = actor
    draft.override_reason = override_reason if draft.blocking_flags else ""
    draft.acknowledged_warnings = sorted({flag["rule"] for flag in draft.warning_flags})
    draft.scheduled_for = scheduled_for
    _transition(
        draft=draft,
        to_state=DraftState.APPROVED,
        actor=actor,
        reason=draft.override_reason,
        flags=[flag["rule"] for flag in draft.flags],
        override=bool(draft.override_reason),
        acknowledged_warnings=draft.acknowledged_warnings,
        revision=draft.revision,
        edited=edited,
    )
    if scheduled_for is None:
        _queue(draft, actor)
        outcome = "is queued for posting now"
    else:
        _transition(draft=draft, to_state=DraftState.SCHEDULED, actor=actor,
                    scheduled_for=scheduled_for.isoformat())
        outcome = f"is scheduled for {timezone.localtime(scheduled_for):%d %b %Y %H:%M}"
    if not edited:
        notify_author(draft=draft, kind="approved", actor=actor,
                      message=f"{actor} approved your draft for @{draft.lpt_account.handle}; "
                              f"it {outcome}.")
    return draft


def _queue(draft: Draft, actor: User | None) -> None:
    from publishing.tasks import enqueue_post

    # A person (re)queued it: a fresh retry allowance. Earlier attempts stay on record, so an
    # attempt whose outcome was unknown is still looked for on X before anything is re-sent.
    draft.post_attempts = 0
    draft.next_attempt_at = None
    draft.failure_reason = ""
    _transition(draft=draft, to_state=DraftState.QUEUED, actor=actor)
    enqueue_post(draft.pk)


@transaction.atomic
def draft_approve(
    *,
    draft_id: int,
    actor: User,
    override_reason: str = "",
    acknowledged: Iterable[str] = (),
    when: str = PostAt.AS_REQUESTED,
    post_at: datetime | None = None,
    expected_revision: int | None = None,
) -> Draft:
    """Approve a submitted draft: post it now, at the requested time, or at a scheduled time.

    The text is re-checked; a `block` flag needs a written override justification and every
    `warn` rule must be acknowledged (both are stored with the approval). A draft whose requested
    time has passed is not posted late silently: the approver chooses now or a new time.
    """
    draft = _lock_for_decision(draft_id, actor, expected_revision)
    draft.flags = draft_flags(draft)
    return _approve(draft, actor, override_reason=override_reason, acknowledged=acknowledged,
                    when=when, post_at=post_at, now=timezone.now())


def describe_edit(before: str, after: str) -> str:
    """A short, plain-text account of what an edit changed, word by word."""
    old, new = before.split(), after.split()
    changes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new).get_opcodes():
        removed, added = " ".join(old[i1:i2]), " ".join(new[j1:j2])
        if tag == "replace":
            changes.append(f"“{removed}” became “{added}”")
        elif tag == "delete":
            changes.append(f"removed “{removed}”")
        elif tag == "insert":
            changes.append(f"added “{added}”")
    return "; ".join(changes) or "no words changed"


@transaction.atomic
def draft_edit_and_approve(
    *,
    draft_id: int,
    actor: User,
    text: str,
    override_reason: str = "",
    acknowledged: Iterable[str] = (),
    when: str = PostAt.AS_REQUESTED,
    post_at: datetime | None = None,
    expected_revision: int | None = None,
) -> Draft:
    """Comms change the text and approve it in one step; the author is told what changed.

    The edited text is checked again, so an edit that adds a problem needs the same override or
    acknowledgement as the original would.
    """
    draft = _lock_for_decision(draft_id, actor, expected_revision)
    if draft.kind == DraftKind.RETWEET:
        raise ValidationError("A retweet has no text to edit: approve or reject it.")
    text = text.strip()
    if not text:
        raise ValidationError("The edited tweet cannot be empty.")
    before = draft.text
    if text != before:
        draft.text = text
        draft.revision += 1
    draft.flags = draft_flags(draft)
    draft.save()
    if text != before:
        _new_revision(draft, actor)
        audit_record(action="draft.edited", actor=actor, draft=draft,
                     details={"revision": draft.revision, "by_reviewer": True,
                              "before": before, "after": text})
    _approve(draft, actor, override_reason=override_reason, acknowledged=acknowledged,
             when=when, post_at=post_at, now=timezone.now(), edited=True)
    notify_author(
        draft=draft, kind="edited", actor=actor,
        message=f"{actor} edited and approved your draft for @{draft.lpt_account.handle}: "
                f"{describe_edit(before, text)}.",
    )
    return draft


def _send_back(
    *, draft_id: int, actor: User, to_state: str, text: str, field_name: str, verb: str
) -> Draft:
    text = text.strip()
    if not text:
        raise ValidationError("Give a reason so the officer knows what to change.")
    draft = _lock_for_decision(draft_id, actor)
    draft.decided_by = actor
    setattr(draft, field_name, text)
    _transition(draft=draft, to_state=to_state, actor=actor, reason=text)
    notify_author(draft=draft, kind=to_state, actor=actor,
                  message=f"{actor} {verb} your draft for @{draft.lpt_account.handle}: {text}")
    return draft


@transaction.atomic
def draft_reject(*, draft_id: int, actor: User, reason: str) -> Draft:
    """Refuse a submitted draft with a reason the officer sees."""
    return _send_back(draft_id=draft_id, actor=actor, to_state=DraftState.REJECTED, text=reason,
                      field_name="rejection_reason", verb="rejected")


@transaction.atomic
def draft_return(*, draft_id: int, actor: User, comment: str) -> Draft:
    """Send a submitted draft back to its author with a comment, to change and resubmit."""
    return _send_back(draft_id=draft_id, actor=actor, to_state=DraftState.RETURNED, text=comment,
                      field_name="return_comment", verb="returned")


@dataclass
class BulkResult:
    approved: list[int] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)


def drafts_bulk_approve(*, draft_ids: Iterable[int], actor: User) -> BulkResult:
    """Approve several drafts that carry no flags, each in its own transaction.

    A draft that has flags (after a fresh check), is the approver's own, has expired or was
    decided by someone else is skipped with the reason; the others are unaffected.
    """
    permissions.require(permissions.may_review(actor), "Only comms staff can approve.")
    result = BulkResult()
    for draft_id in sorted(set(draft_ids)):
        try:
            with transaction.atomic():
                draft = _lock_for_decision(draft_id, actor)
                draft.flags = draft_flags(draft)
                if draft.flags:
                    raise ValidationError("It has flags: approve it on its own.")
                _approve(draft, actor, override_reason="", acknowledged=(),
                         when=PostAt.AS_REQUESTED, post_at=None, now=timezone.now())
            result.approved.append(draft_id)
        except (ValidationError, AlreadyDecided, PermissionDenied) as exc:
            messages = exc.messages if isinstance(exc, ValidationError) else [str(exc)]
            result.skipped[draft_id] = " ".join(messages)
    return result


# --- After approval: scheduling, holding, releasing -----------------------------------------


def _lock_for_scheduling(draft_id: int, actor: User) -> Draft:
    permissions.require(permissions.may_review(actor), "Only comms staff can change schedules.")
    try:
        return _locked(draft_id)
    except Draft.DoesNotExist:
        raise ValidationError("There is no such draft.") from None


@transaction.atomic
def draft_reschedule(*, draft_id: int, actor: User, post_at: datetime) -> Draft:
    """Move a scheduled (or missed, or held) draft to a new time in the future."""
    draft = _lock_for_scheduling(draft_id, actor)
    if draft.state not in {DraftState.SCHEDULED, DraftState.MISSED, DraftState.HELD}:
        raise ValidationError(
            f"This draft is {draft.get_state_display().lower()}: it can no longer be rescheduled."
        )
    if post_at is None or post_at <= timezone.now():
        raise ValidationError("That time has already passed: choose a time in the future.")
    if draft.state == DraftState.HELD and active_incident_for(draft.lpt_account):
        raise ValidationError("Critical-incident mode is still on: release it when it ends.")
    previous_time = draft.scheduled_for
    draft.scheduled_for = post_at
    if draft.state == DraftState.SCHEDULED:
        draft.save()
        audit_record(
            action="draft.rescheduled", actor=actor, draft=draft,
            from_state=draft.state, to_state=draft.state,
            details={"from": previous_time.isoformat() if previous_time else None,
                     "to": post_at.isoformat()},
        )
    else:
        _transition(draft=draft, to_state=DraftState.SCHEDULED, actor=actor,
                    scheduled_for=post_at.isoformat())
    return draft


@transaction.atomic
def draft_post_now(*, draft_id: int, actor: User) -> Draft:
    """Post a scheduled, missed or held draft straight away instead of at its time."""
    draft = _lock_for_scheduling(draft_id, actor)
    if draft.state not in {DraftState.SCHEDULED, DraftState.MISSED, DraftState.HELD}:
        raise ValidationError(
            f"This draft is {draft.get_state_display().lower()}: there is nothing to post now."
        )
    if active_incident_for(draft.lpt_account):
        raise ValidationError("Critical-incident mode is on for this account: nothing is posted.")
    draft.scheduled_for = None
    _queue(draft, actor)
    return draft


@transaction.atomic
def draft_release(*, draft_id: int, actor: User) -> Draft:
    """Release a draft held by a critical incident: back to its schedule, or posted now."""
    draft = _lock_for_scheduling(draft_id, actor)
    if draft.state != DraftState.HELD:
        raise ValidationError(f"This draft is {draft.get_state_display().lower()}, not held.")
    if active_incident_for(draft.lpt_account):
        raise ValidationError("Critical-incident mode is still on: end it before releasing.")
    if draft.scheduled_for and draft.scheduled_for > timezone.now():
        _transition(draft=draft, to_state=DraftState.SCHEDULED, actor=actor, released=True)
    else:
        draft.scheduled_for = None
        _queue(draft, actor)
    return draft


CANCELLABLE_STATES = frozenset({DraftState.SCHEDULED, DraftState.HELD, DraftState.QUEUED,
                                DraftState.MISSED})


@transaction.atomic
def draft_cancel(*, draft_id: int, actor: User, reason: str) -> Draft:
    """Stop an approved draft from being posted (unschedule it), with a reason."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("Give a reason for cancelling it.")
    draft = _lock_for_scheduling(draft_id, actor)
    if draft.state not in CANCELLABLE_STATES:
        raise ValidationError(
            f"This draft is {draft.get_state_display().lower()}: it can no longer be cancelled."
        )
    _transition(draft=draft, to_state=DraftState.CANCELLED, actor=actor, reason=reason)
    notify_author(draft=draft, kind="cancelled", actor=actor,
                  message=f"{actor} cancelled your approved tweet for "
                          f"@{draft.lpt_account.handle}: {reason}")
    return draft


def drafts_hold(*, drafts, actor: User, incident_id: int) -> list[int]:
    """Hold every scheduled or queued draft of `drafts` (call inside the incident's transaction)."""
    held = []
    for draft in drafts.filter(state__in=AWAITING_POST_STATES).select_for_update(of=("self",)):
        _transition(draft=draft, to_state=DraftState.HELD, actor=actor, incident=incident_id)
        held.append(draft.pk)
    return held


def release_due_drafts(*, now: datetime | None = None) -> dict[str, list[int]]:
    """Move scheduled drafts whose time has come to the posting queue (beat runs this).

    A draft more than POST_LATENESS_MINUTES late (beat or workers down) is not posted silently
    late: it becomes `missed` for a person to decide. Safe to run concurrently and repeatedly.
    """
    now = now or timezone.now()
    late_after = timedelta(minutes=settings.POST_LATENESS_MINUTES)
    outcome: dict[str, list[int]] = {"queued": [], "missed": []}
    due = Draft.objects.filter(state=DraftState.SCHEDULED, scheduled_for__lte=now)
    for draft_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            draft = (
                Draft.objects.select_for_update(of=("self",), skip_locked=True)
                .select_related("lpt_account", "author")
                .filter(pk=draft_id, state=DraftState.SCHEDULED, scheduled_for__lte=now)
                .first()
            )
            if draft is None:
                continue
            if now - draft.scheduled_for > late_after:
                _transition(draft=draft, to_state=DraftState.MISSED, actor=None,
                            scheduled_for=draft.scheduled_for.isoformat())
                notify_comms(kind="missed", draft=draft,
                             message=f"A scheduled tweet for @{draft.lpt_account.handle} missed "
                                     "its time; post it now, reschedule or cancel it.")
                outcome["missed"].append(draft.pk)
            else:
                _queue(draft, None)
                outcome["queued"].append(draft.pk)
    return outcome


__all__ = [
    "AlreadyDecided", "BulkResult", "IllegalTransition", "PostAt", "StaleDraft",
    "draft_approve", "draft_cancel", "draft_edit_and_approve", "draft_flags", "draft_post_now",
    "draft_propose_retweet", "draft_reject", "draft_release", "draft_reopen", "draft_reschedule",
    "draft_return", "draft_save", "draft_submit", "drafts_bulk_approve", "drafts_hold",
    "release_due_drafts",
]
