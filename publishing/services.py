"""Posting approved drafts to X: state changes around one API call, each step audited."""

import logging
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from audit.services import audit_record
from moderation.models import Draft
from moderation.states import DraftState

from .client import client_for
from .outcomes import backoff_seconds, classify_failure

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PostResult:
    status: str  # "posted", "skipped", "retry", "failed"
    retry_in: float | None = None
    reason: str = ""


def _locked(draft_id: int) -> Draft | None:
    return (
        Draft.objects.select_for_update(of=("self",))
        .select_related("lpt_account")
        .filter(pk=draft_id)
        .first()
    )


def _record(draft: Draft, previous: str, **details) -> None:
    draft.save()
    audit_record(
        action=f"draft.{draft.state}",
        draft=draft,
        from_state=previous,
        to_state=draft.state,
        reason=draft.failure_reason if draft.state == DraftState.FAILED else "",
        details=details,
    )


def _claim(draft_id: int) -> Draft | None:
    """Move a queued draft to `posting`. Returns None when there is nothing to do."""
    with transaction.atomic():
        draft = _locked(draft_id)
        if draft is None or draft.state != DraftState.QUEUED:
            return None
        if draft.next_attempt_at and draft.next_attempt_at > timezone.now():
            return None
        previous = draft.move_to(DraftState.POSTING)
        draft.post_attempts += 1
        _record(draft, previous, attempt=draft.post_attempts)
        return draft


def draft_post(*, draft_id: int, attempt_limit: int | None = None) -> PostResult:
    """Post one queued draft through the X API.

    Safe to call more than once for the same draft: only a `queued` draft is claimed, under a
    row lock, so a duplicated task finds it `posting` or `posted` and does nothing.
    """
    attempt_limit = attempt_limit or settings.POST_MAX_RETRIES + 1
    draft = _claim(draft_id)
    if draft is None:
        return PostResult(status="skipped")

    account = draft.lpt_account
    started = time.monotonic()
    try:
        response = client_for(account).create_tweet(text=draft.text, user_auth=True)
    except Exception as exc:  # noqa: BLE001 - classify_failure re-raises what it does not know
        failure = classify_failure(exc)
        latency_ms = round((time.monotonic() - started) * 1000)
        return _after_failure(draft_id, failure, latency_ms, attempt_limit)

    latency_ms = round((time.monotonic() - started) * 1000)
    tweet_id = str(response.data["id"])
    with transaction.atomic():
        draft = _locked(draft_id)
        previous = draft.move_to(DraftState.POSTED)
        draft.tweet_id = tweet_id
        draft.failure_reason = ""
        _record(draft, previous, tweet_id=tweet_id, latency_ms=latency_ms)
    logger.info(
        "post attempt draft=%s account=@%s attempt=%s outcome=posted tweet_id=%s latency_ms=%s",
        draft_id, account.handle, draft.post_attempts, tweet_id, latency_ms,
    )
    return PostResult(status="posted")


def _after_failure(draft_id: int, failure, latency_ms: int, attempt_limit: int) -> PostResult:
    with transaction.atomic():
        draft = _locked(draft_id)
        give_up = not failure.retry or draft.post_attempts >= attempt_limit
        draft.failure_reason = failure.reason
        if give_up:
            if failure.retry:
                draft.failure_reason = (
                    f"{failure.reason} Gave up after {draft.post_attempts} attempts."
                )
            previous = draft.move_to(DraftState.FAILED)
        else:
            previous = draft.move_to(DraftState.QUEUED)
            if failure.retry_at is not None:
                retry_in = max(0.0, failure.retry_at - time.time()) + 1
            else:
                retry_in = backoff_seconds(draft.post_attempts)
            draft.next_attempt_at = timezone.now() + timedelta(seconds=retry_in)
        _record(draft, previous, attempt=draft.post_attempts, latency_ms=latency_ms)
    outcome = "failed" if give_up else "retry"
    logger.warning(
        "post attempt draft=%s account=@%s attempt=%s outcome=%s reason=%r latency_ms=%s",
        draft_id, draft.lpt_account.handle, draft.post_attempts, outcome, failure.reason,
        latency_ms,
    )
    if give_up:
        return PostResult(status="failed", reason=draft.failure_reason)
    return PostResult(status="retry", retry_in=retry_in, reason=failure.reason)


def stranded_draft_ids(*, now=None) -> list[int]:
    """Queued drafts that nobody has picked up for a while (a lost message, a worker down).

    A draft waiting for its next attempt (backoff, rate limit) counts from that time.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.STRANDED_AFTER_SECONDS)
    return list(
        Draft.objects.filter(state=DraftState.QUEUED)
        .annotate(due_at=Coalesce("next_attempt_at", "queued_at"))
        .filter(due_at__lt=cutoff)
        .values_list("pk", flat=True)
    )
