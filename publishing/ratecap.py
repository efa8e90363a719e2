"""Per-account posting limits: TweetDesk's own cap, and what X's answer headers tell us.

Two brakes, both per LPT account:

- a cap of `POST_RATE_CAP_PER_24H` posts in any 24 hours (default 50, well under X's per-user
  limits), counted from the drafts posted (or being posted) in the last 24 hours, so a burst
  of approvals cannot lock the account out;
- a pause until the reset time whenever X says a budget is spent: `x-rate-limit-remaining: 0`
  (the endpoint's 15-minute window), `x-user-limit-24hour-remaining: 0`, or a 429.

The account's `AccountPostingState` row is locked while a draft is claimed, so concurrent
workers count the same posts and cannot both take the last slot.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import DateTimeField, Min, Q, Value
from django.db.models.functions import Coalesce, Greatest

from accounts.models import LptAccount
from moderation.models import Draft
from moderation.states import DraftState

from .models import AccountPostingState

DAY = timedelta(hours=24)
# When a 429 carries no usable reset header, wait this long before asking again.
DEFAULT_429_PAUSE_SECONDS = 60


@dataclass(frozen=True)
class Pause:
    until: datetime
    reason: str


def pause_from_headers(status: int, headers, *, now: float) -> Pause | None:
    """The pause X's answer asks for, if any. Pure: `headers` is any case-insensitive mapping.

    A budget at zero pauses until its reset even on a successful answer, so the next request
    does not earn a 429 at all.
    """
    candidates: list[tuple[float, str]] = []
    for prefix, what in (
        ("x-user-limit-24hour", "X's 24-hour posting limit for this account"),
        ("x-rate-limit", "X's rate limit for this account"),
    ):
        remaining, reset = headers.get(f"{prefix}-remaining"), headers.get(f"{prefix}-reset")
        if remaining is None or reset is None:
            continue
        try:
            remaining, reset = int(remaining), float(reset)
        except ValueError:
            continue
        if remaining <= 0:
            candidates.append((reset, what))
    if status == 429 and not candidates:
        reset = headers.get("x-rate-limit-reset")
        try:
            candidates.append((float(reset), "X's rate limit for this account"))
        except (TypeError, ValueError):
            candidates.append((now + DEFAULT_429_PAUSE_SECONDS, "X answered 429"))
    if not candidates:
        return None
    until, what = max(candidates)
    until = max(until, now)
    return Pause(
        until=datetime.fromtimestamp(until, tz=UTC),
        reason=f"{what} was reached; posting resumes when it resets.",
    )


def _state_locked(account: LptAccount) -> AccountPostingState:
    states = AccountPostingState.objects.select_for_update()
    state = states.filter(lpt_account=account).first()
    if state is None:  # first post of this account; another worker may create it meanwhile
        AccountPostingState.objects.bulk_create(
            [AccountPostingState(lpt_account=account)], ignore_conflicts=True
        )
        state = states.get(lpt_account=account)
    return state


def posting_pause(*, account: LptAccount, now: datetime, count_cap: bool = True) -> Pause | None:
    """Lock the account's posting state and say until when it must not post, if it must wait.

    Call inside the claim's transaction.
    """
    state = _state_locked(account)
    if state.paused_until and state.paused_until > now:
        return Pause(until=state.paused_until, reason=state.pause_reason)
    cap = settings.POST_RATE_CAP_PER_24H
    if not (count_cap and cap):
        return None
    since = now - DAY
    recent = Draft.objects.filter(lpt_account=account).filter(
        Q(posted_at__gte=since) | Q(state=DraftState.POSTING)
    )
    if recent.count() < cap:
        return None
    oldest = recent.aggregate(oldest=Min("posted_at"))["oldest"] or now
    return Pause(
        until=oldest + DAY,
        reason=f"TweetDesk's cap of {cap} posts per account in 24 hours was reached.",
    )


def note_answer(*, account: LptAccount, status: int, headers, now: float) -> Pause | None:
    """Remember the pause an X answer asks for (never shortening an existing one)."""
    pause = pause_from_headers(status, headers, now=now)
    if pause is None:
        return None
    until = Value(pause.until, output_field=DateTimeField())
    with transaction.atomic():
        _state_locked(account)
        AccountPostingState.objects.filter(lpt_account=account).update(
            # Coalesce: SQLite's max() (make run) is NULL when any argument is.
            paused_until=Greatest(Coalesce("paused_until", until), until),
            pause_reason=pause.reason,
        )
    return pause


def remember_x_user_id(*, account: LptAccount, x_user_id: str) -> None:
    AccountPostingState.objects.bulk_create(
        [AccountPostingState(lpt_account=account)], ignore_conflicts=True
    )
    AccountPostingState.objects.filter(lpt_account=account).update(x_user_id=x_user_id)


def known_x_user_id(account: LptAccount) -> str:
    state = AccountPostingState.objects.filter(lpt_account=account).first()
    return state.x_user_id if state else ""
