"""Posting approved drafts to X exactly once, and what comms can do when posting went wrong.

One post goes through three short transactions around the API calls, never holding a row lock
while waiting for X:

1. **claim** (draft row locked): only a `queued` draft, or a `posting` one whose attempt's lease
   has run out (its worker died), is taken; a stale draft becomes `missed`; the account's
   limits may defer it. The claim opens a `PostAttempt` "in flight": the lease.
2. **resolve, then send**: if an earlier attempt's outcome is unknown (answer lost, timeout,
   worker killed), the account's timeline is searched for the draft's text first and a tweet
   found there is adopted; only if it is not there is the tweet (re)sent.
3. **finish** (draft row locked): posted, retry later (backoff, or X's reset time), or failed
   with a reason comms can read.

Every step is audited in its transaction and every attempt is logged (never the credentials).
"""

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from accounts import permissions
from accounts.models import User
from audit.services import audit_record
from moderation.models import Draft, DraftKind
from moderation.states import DraftState

from . import ratecap
from .client import posting_client_for, retweet_record_id
from .models import UNRESOLVED_OUTCOMES, AttemptOutcome, PostAttempt
from .outcomes import PostFailure, backoff_seconds, classify_failure
from .timeline import find_posted_tweet

logger = logging.getLogger(__name__)

# Countdowns longer than this are left to the beat sweep rather than held by a worker as an
# ETA message (they must stay well under the Redis visibility timeout).
MAX_COUNTDOWN_SECONDS = 15 * 60


@dataclass(frozen=True)
class PostResult:
    # "posted", "adopted", "skipped", "retry", "deferred", "failed", "missed"
    status: str
    retry_in: float | None = None
    reason: str = ""


@dataclass(frozen=True)
class _Claim:
    draft: Draft
    attempt: PostAttempt
    # When an earlier attempt may have reached X: look on the timeline from then on first.
    resolve_since: datetime | None


def _locked(draft_id: int) -> Draft | None:
    return (
        Draft.objects.select_for_update(of=("self",))
        .select_related("lpt_account")
        .filter(pk=draft_id)
        .first()
    )


def _move(draft: Draft, to_state: str, *, actor: User | None = None, reason: str = "", **details):
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


def _log_attempt(draft: Draft, attempt: PostAttempt | None, outcome: str, **extra) -> None:
    level = logging.INFO if outcome in ("posted", "adopted", "deferred") else logging.WARNING
    fields = " ".join(f"{name}={value!r}" for name, value in extra.items())
    logger.log(
        level,
        "post attempt draft=%s account=@%s attempt=%s outcome=%s %s",
        draft.pk, draft.lpt_account.handle, attempt.number if attempt else "-", outcome, fields,
    )


def _is_late(draft: Draft, now: datetime) -> bool:
    due = draft.due_at
    return due is not None and now - due > timedelta(minutes=settings.POST_LATENESS_MINUTES)


def _mark_missed(draft: Draft, now: datetime) -> PostResult:
    minutes = round((now - draft.due_at).total_seconds() / 60)
    due = timezone.localtime(draft.due_at)
    draft.failure_reason = (
        f"It was due at {due:%H:%M on %d %b} and could not be posted within "
        f"{settings.POST_LATENESS_MINUTES} minutes (it is now {minutes} minutes late). "
        "A person must decide: post now, reschedule or cancel."
    )
    draft.next_attempt_at = None
    if draft.state == DraftState.POSTING:  # resolved as not posted, then found to be stale
        _move(draft, DraftState.QUEUED, reason="Not found on X.")
    _move(draft, DraftState.MISSED, reason=draft.failure_reason, minutes_late=minutes)
    _log_attempt(draft, None, "missed", minutes_late=minutes)
    return PostResult(status="missed", reason=draft.failure_reason)


def _claim(draft_id: int, now: datetime) -> _Claim | PostResult:
    with transaction.atomic():
        draft = _locked(draft_id)
        if draft is None:
            return PostResult(status="skipped", reason="no such draft")
        attempts = PostAttempt.objects.filter(draft=draft)
        if draft.state == DraftState.POSTING:
            in_flight = attempts.filter(outcome=AttemptOutcome.IN_FLIGHT).first()
            if in_flight is not None and in_flight.lease_until > now:
                return PostResult(status="skipped", reason="an attempt is in flight")
            if in_flight is not None:  # its worker died or hung: what it did is unknown
                in_flight.outcome = AttemptOutcome.UNKNOWN
                in_flight.finished_at = now
                in_flight.detail = "The attempt's lease ran out before it finished."
                in_flight.save()
        elif draft.state != DraftState.QUEUED:
            return PostResult(status="skipped", reason=f"draft is {draft.state}")
        elif draft.next_attempt_at and draft.next_attempt_at > now:
            return PostResult(status="skipped", reason="not due yet")

        first_unresolved = (
            attempts.filter(outcome__in=UNRESOLVED_OUTCOMES).order_by("started_at").first()
        )
        # A retweet is idempotent on X: re-sending it cannot make a second one.
        must_resolve = first_unresolved is not None and draft.kind != DraftKind.RETWEET
        if not must_resolve and _is_late(draft, now):
            return _mark_missed(draft, now)
        # Resolving only reads X; the post it may lead to was counted when first claimed.
        pause = ratecap.posting_pause(
            account=draft.lpt_account, now=now, count_cap=draft.state == DraftState.QUEUED
        )
        if pause is not None:
            return _defer(draft, pause)

        if draft.state == DraftState.QUEUED:
            previous = draft.move_to(DraftState.POSTING)
        else:
            previous = draft.state
        draft.post_attempts += 1
        draft.save()
        attempt = PostAttempt.objects.create(
            draft=draft,
            number=draft.post_attempts,
            started_at=now,
            lease_until=now + timedelta(seconds=settings.POST_LEASE_SECONDS),
        )
        audit_record(
            action="draft.posting",
            draft=draft,
            from_state=previous,
            to_state=draft.state,
            details={"attempt": attempt.number, "resolve_first": must_resolve},
        )
        since = first_unresolved.started_at if must_resolve else None
        return _Claim(draft=draft, attempt=attempt, resolve_since=since)


def _defer(draft: Draft, pause: ratecap.Pause) -> PostResult:
    """Leave the draft waiting (no request to X) until the account may post again."""
    if draft.state == DraftState.POSTING:
        _move(draft, DraftState.QUEUED, reason=pause.reason)
    draft.next_attempt_at = pause.until
    draft.save(update_fields=["next_attempt_at", "updated_at"])
    retry_in = max(0.0, (pause.until - timezone.now()).total_seconds()) + 0.5
    _log_attempt(draft, None, "deferred", until=pause.until.isoformat(), reason=pause.reason)
    return PostResult(status="deferred", retry_in=retry_in, reason=pause.reason)


def _send(client, draft: Draft):
    """The one call that changes X. Returns the raw response."""
    if draft.kind == DraftKind.RETWEET:
        return client.retweet(draft.retweet_of_tweet_id, user_auth=True)
    return client.create_tweet(
        text=draft.text, in_reply_to_tweet_id=draft.in_reply_to_tweet_id or None, user_auth=True
    )


def _note(account, exc_or_response) -> float | None:
    """Honour X's limit headers; return the epoch seconds of the pause they ask for, if any."""
    response = getattr(exc_or_response, "response", exc_or_response)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    pause = ratecap.note_answer(
        account=account, status=response.status_code, headers=headers, now=time.time()
    )
    return pause.until.timestamp() if pause else None


def draft_post(*, draft_id: int, attempt_limit: int | None = None) -> PostResult:
    """Post one approved draft through the X API, at most once whatever happens.

    Safe to call any number of times, concurrently too: only a claimable draft is taken, under
    a row lock, and an unknown earlier outcome is resolved on X before anything is re-sent.
    """
    attempt_limit = attempt_limit or settings.POST_MAX_RETRIES + 1
    claim = _claim(draft_id, timezone.now())
    if isinstance(claim, PostResult):
        return claim
    draft, account = claim.draft, claim.draft.lpt_account
    client = posting_client_for(account)
    started = time.monotonic()

    def latency_ms() -> int:
        return round((time.monotonic() - started) * 1000)

    if claim.resolve_since is not None:
        try:
            found = find_posted_tweet(
                client=client, account=account, draft=draft, since=claim.resolve_since
            )
        except Exception as exc:  # noqa: BLE001 - classify_failure re-raises what it does not know
            failure = classify_failure(exc, retry_at=_note(account, exc))
            # A lookup only reads: whatever went wrong, nothing was posted by it.
            failure = PostFailure(
                reason=f"Checking X for an earlier attempt failed: {failure.reason}",
                retry=failure.retry, retry_at=failure.retry_at,
            )
            return _finish_failure(claim, failure, latency_ms(), attempt_limit)
        if found:
            return _finish_posted(claim, found, latency_ms(), adopted=True)
        with transaction.atomic():
            PostAttempt.objects.filter(
                draft=draft, outcome=AttemptOutcome.UNKNOWN
            ).update(outcome=AttemptOutcome.NOT_POSTED)
            locked = _locked(draft.pk)
            if _is_late(locked, timezone.now()):
                _close_attempt(claim.attempt, AttemptOutcome.MISSED, latency_ms())
                return _mark_missed(locked, timezone.now())

    if timezone.now() + timedelta(seconds=sum(settings.TWITTER_API_TIMEOUT)) >= (
        claim.attempt.lease_until
    ):
        # Sending now could outlive the lease, and whoever takes over could post again.
        failure = PostFailure(reason="Checking X took too long; trying again.", retry=True)
        return _finish_failure(claim, failure, latency_ms(), attempt_limit)
    try:
        response = _send(client, draft)
    except Exception as exc:  # noqa: BLE001 - classify_failure re-raises what it does not know
        failure = classify_failure(exc, retry_at=_note(account, exc))
        if failure.duplicate and _ever_unresolved(draft):
            return _after_duplicate(claim, client, failure, latency_ms(), attempt_limit)
        return _finish_failure(claim, failure, latency_ms(), attempt_limit)

    _note(account, response)
    if draft.kind == DraftKind.RETWEET:
        tweet_id = retweet_record_id(account, draft.retweet_of_tweet_id)
    else:
        tweet_id = str(response.json()["data"]["id"])
    return _finish_posted(claim, tweet_id, latency_ms(), adopted=False)


def _ever_unresolved(draft: Draft) -> bool:
    """Did any attempt of this draft ever end without knowing whether X stored the tweet?"""
    return PostAttempt.objects.filter(
        draft=draft,
        outcome__in=[*UNRESOLVED_OUTCOMES, AttemptOutcome.NOT_POSTED],
    ).exclude(pk=_current_attempt_pk(draft)).exists()


def _current_attempt_pk(draft: Draft) -> int | None:
    attempt = PostAttempt.objects.filter(draft=draft, outcome=AttemptOutcome.IN_FLIGHT).first()
    return attempt.pk if attempt else None


def _after_duplicate(claim: _Claim, client, failure: PostFailure, latency: int, limit: int):
    """X refused a re-send as duplicate content after an earlier unknown outcome: the first
    attempt most likely worked. Adopt the tweet if the timeline shows it; never re-post."""
    draft = claim.draft
    first = (
        PostAttempt.objects.filter(draft=draft)
        .exclude(pk=claim.attempt.pk)
        .order_by("started_at")
        .first()
    )
    try:
        found = find_posted_tweet(
            client=client, account=draft.lpt_account, draft=draft, since=first.started_at
        )
    except Exception as exc:  # noqa: BLE001
        lookup = classify_failure(exc, retry_at=_note(draft.lpt_account, exc))
        # Keep the question open: the next attempt looks on the timeline before anything else.
        failure = PostFailure(
            reason="X says this text was already posted; checking the timeline failed "
            f"({lookup.reason}), so it will be checked again.",
            retry=True, retry_at=lookup.retry_at, unknown=True,
        )
        return _finish_failure(claim, failure, latency, limit)
    if found:
        return _finish_posted(claim, found, latency, adopted=True)
    failure = PostFailure(
        reason=f"{failure.reason} An earlier attempt's answer was lost, so it was probably "
        "posted, but it is not on the account's recent timeline. Check the account on X "
        "before retrying or cancelling.",
        retry=False,
    )
    return _finish_failure(claim, failure, latency, limit)


def _close_attempt(attempt: PostAttempt, outcome: str, latency: int, **fields) -> bool:
    """Record how an attempt in flight ended. False if it was no longer in flight: its lease
    ran out and another worker took the draft over (and resolves it through the timeline)."""
    fields |= {"outcome": outcome, "finished_at": timezone.now(), "latency_ms": latency}
    closed = PostAttempt.objects.filter(
        pk=attempt.pk, outcome=AttemptOutcome.IN_FLIGHT
    ).update(**fields)
    for name, value in fields.items():
        setattr(attempt, name, value)
    return bool(closed)


def _finish_posted(claim: _Claim, tweet_id: str, latency: int, *, adopted: bool) -> PostResult:
    with transaction.atomic():
        draft = _locked(claim.draft.pk)
        outcome = AttemptOutcome.ADOPTED if adopted else AttemptOutcome.POSTED
        if draft.state != DraftState.POSTING or not _close_attempt(
            claim.attempt, outcome, latency, tweet_id=tweet_id
        ):
            # Whoever took over resolves through the timeline and finds this tweet.
            _log_attempt(claim.draft, claim.attempt, "superseded", tweet_id=tweet_id)
            return PostResult(status="skipped", reason="superseded")
        draft.tweet_id = tweet_id
        draft.failure_reason = ""
        draft.next_attempt_at = None
        _move(
            draft, DraftState.POSTED,
            tweet_id=tweet_id, attempt=claim.attempt.number, latency_ms=latency, adopted=adopted,
        )
    status = "adopted" if adopted else "posted"
    _log_attempt(draft, claim.attempt, status, tweet_id=tweet_id, latency_ms=latency)
    return PostResult(status=status)


def _finish_failure(claim: _Claim, failure: PostFailure, latency: int, limit: int) -> PostResult:
    with transaction.atomic():
        draft = _locked(claim.draft.pk)
        # Waiting for X's rate limit to reset is not a failed try: it does not use up attempts.
        rate_limited = failure.retry_at is not None
        give_up = not failure.retry or (draft.post_attempts >= limit and not rate_limited)
        if failure.unknown:
            outcome = AttemptOutcome.UNKNOWN
        else:
            outcome = AttemptOutcome.FAILED if give_up else AttemptOutcome.RETRY
        if draft.state != DraftState.POSTING or not _close_attempt(
            claim.attempt, outcome, latency, detail=failure.reason
        ):
            _log_attempt(claim.draft, claim.attempt, "superseded", reason=failure.reason)
            return PostResult(status="skipped", reason="superseded")
        draft.failure_reason = failure.reason
        retry_in = None
        if give_up:
            if failure.retry:
                draft.failure_reason = (
                    f"{failure.reason} Gave up after {draft.post_attempts} attempts."
                )
            draft.next_attempt_at = None
            _move(draft, DraftState.FAILED, reason=draft.failure_reason,
                  attempt=claim.attempt.number, latency_ms=latency)
        else:
            retry_in = _retry_in(failure, draft.post_attempts)
            draft.next_attempt_at = timezone.now() + timedelta(seconds=retry_in)
            _move(draft, DraftState.QUEUED, reason=failure.reason,
                  attempt=claim.attempt.number, latency_ms=latency, retry_in=round(retry_in, 3))
    status = "failed" if give_up else "retry"
    _log_attempt(
        draft, claim.attempt, "unknown" if failure.unknown else status,
        reason=failure.reason, latency_ms=latency,
    )
    if give_up:
        return PostResult(status="failed", reason=draft.failure_reason)
    return PostResult(status="retry", retry_in=retry_in, reason=failure.reason)


def _retry_in(failure: PostFailure, attempts: int) -> float:
    if failure.retry_at is not None:  # X said when: not a moment before
        return max(0.0, failure.retry_at - time.time()) + 0.5
    delay = backoff_seconds(
        attempts, base=settings.POST_BACKOFF_BASE_SECONDS, cap=settings.POST_BACKOFF_CAP_SECONDS
    )
    if failure.unknown:  # give X's timeline a moment to show a tweet that did get stored
        delay = max(delay, settings.POST_UNKNOWN_RECHECK_SECONDS)
    return delay


def countdown_for(result: PostResult) -> float | None:
    """How long the task should wait before trying again, or None to leave it to the sweep."""
    if result.status not in ("retry", "deferred") or result.retry_in is None:
        return None
    if result.retry_in > MAX_COUNTDOWN_SECONDS:
        return None
    return result.retry_in


def stranded_draft_ids(*, now: datetime | None = None) -> list[int]:
    """Drafts nobody is working on although they should be posting: queued ones whose message
    was lost (broker restarted, worker down) and `posting` ones whose attempt's lease ran out
    (worker killed mid-post).

    A queued draft waiting for its next attempt (backoff, rate limit) counts from that time.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.STRANDED_AFTER_SECONDS)
    queued = (
        Draft.objects.filter(state=DraftState.QUEUED)
        .annotate(waiting_since=Coalesce("next_attempt_at", "queued_at", "updated_at"))
        .filter(waiting_since__lt=cutoff)
    )
    expired = Draft.objects.filter(state=DraftState.POSTING).filter(
        Q(post_attempts_made__outcome=AttemptOutcome.IN_FLIGHT,
          post_attempts_made__lease_until__lt=now)
        | ~Q(post_attempts_made__outcome=AttemptOutcome.IN_FLIGHT)
    )
    ids = set(queued.values_list("pk", flat=True)) | set(expired.values_list("pk", flat=True))
    return sorted(ids)


# --- What comms can do about posting problems ---------------------------------------------


def _locked_for_comms(draft_id: int, actor: User) -> Draft:
    permissions.require(
        permissions.may_review(actor), "Only corporate comms can act on posting problems."
    )
    draft = _locked(draft_id)
    if draft is None:
        raise ValidationError("No such draft.")
    return draft


def _require_state(draft: Draft, *states: str, doing: str) -> None:
    if draft.state not in states:
        raise ValidationError(
            f"This draft is {draft.get_state_display().lower()}; it cannot be {doing} now."
        )


def _requeue(draft: Draft, actor: User, reason: str, **details) -> None:
    from .tasks import enqueue_post

    draft.post_attempts = 0  # a fresh allowance; earlier attempts stay on record
    draft.next_attempt_at = None
    draft.failure_reason = ""
    _move(draft, DraftState.QUEUED, actor=actor, reason=reason, **details)
    enqueue_post(draft.pk)


@transaction.atomic
def draft_retry_post(*, draft_id: int, actor: User) -> Draft:
    """Queue a failed draft again (after comms fixed the cause, e.g. the account's keys).

    An earlier attempt whose outcome was unknown is still resolved on X before any re-send.
    """
    draft = _locked_for_comms(draft_id, actor)
    _require_state(draft, DraftState.FAILED, doing="retried")
    _requeue(draft, actor, "Retry after failure.", previous_failure=draft.failure_reason)
    return draft


def draft_post_now(*, draft_id: int, actor: User) -> Draft:
    """Post a missed draft now: a person decided it is still worth sending late.

    The scheduling service does it, so the same rules hold wherever it is asked for (nothing is
    posted while a critical incident covers the account).
    """
    from moderation.services import draft_post_now as post_now

    return post_now(draft_id=draft_id, actor=actor)


def draft_reschedule(*, draft_id: int, actor: User, when: datetime) -> Draft:
    """Give a missed draft a new posting time; the scheduler releases it then."""
    from moderation.services import draft_reschedule as reschedule

    return reschedule(draft_id=draft_id, actor=actor, post_at=when)


@transaction.atomic
def draft_cancel_post(*, draft_id: int, actor: User, reason: str = "") -> Draft:
    """Give up on a failed or missed draft: it will not be posted."""
    draft = _locked_for_comms(draft_id, actor)
    _require_state(draft, DraftState.FAILED, DraftState.MISSED, doing="cancelled")
    _move(draft, DraftState.CANCELLED, actor=actor, reason=reason.strip())
    return draft


class DeleteFailed(Exception):
    """X did not delete the tweet; the message says why in words comms can act on."""


def draft_delete_from_x(*, draft_id: int, actor: User, reason: str) -> Draft:
    """Delete a posted draft's tweet from X (or undo its retweet), with a recorded reason.

    The API call is made outside any transaction; the draft becomes `deleted` only once X
    confirms (deleting an already deleted tweet is confirmed too, so a retry is harmless).
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError("Give a reason for deleting the tweet; it goes in the audit trail.")
    with transaction.atomic():
        draft = _locked_for_comms(draft_id, actor)
        _require_state(draft, DraftState.POSTED, doing="deleted from X")
    client = posting_client_for(draft.lpt_account)
    try:
        if draft.kind == DraftKind.RETWEET:
            client.unretweet(draft.retweet_of_tweet_id, user_auth=True)
        else:
            client.delete_tweet(draft.tweet_id, user_auth=True)
    except Exception as exc:  # noqa: BLE001 - classify_failure re-raises what it does not know
        failure = classify_failure(exc)
        logger.warning("delete draft=%s tweet=%s failed: %s", draft.pk, draft.tweet_id,
                       failure.reason)
        raise DeleteFailed(f"X did not delete it: {failure.reason}") from exc
    with transaction.atomic():
        draft = _locked_for_comms(draft_id, actor)
        if draft.state == DraftState.POSTED:
            _move(draft, DraftState.DELETED, actor=actor, reason=reason, tweet_id=draft.tweet_id)
    logger.info("deleted draft=%s tweet=%s from @%s", draft.pk, draft.tweet_id,
                draft.lpt_account.handle)
    return draft
