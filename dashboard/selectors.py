"""Reads for the home pages: each aggregates in one or two queries, whatever the data's size."""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.db.models import Count, Min, Q, QuerySet
from django.db.models.functions import TruncWeek

from accounts.models import LptAccount, User
from audit.models import AuditEvent
from mentions.models import MentionFeed, MentionStatus
from mentions.selectors import inbox_mentions
from moderation.models import Draft
from moderation.states import DraftState
from tweetdesk.shared_cache import remember

LONDON = ZoneInfo("Europe/London")
NEEDS_ACTION = (DraftState.FAILED, DraftState.MISSED)


# --- Officers ---------------------------------------------------------------------------------


def drafts_by_state(*, author: User) -> list[tuple[str, int]]:
    """(state label, count) of the author's drafts, in the state machine's order, zeros left out."""
    counts = dict(
        Draft.objects.filter(author=author)
        .values_list("state")
        .annotate(n=Count("pk"))
        .values_list("state", "n")
    )
    return [(state.label, counts[state.value]) for state in DraftState if counts.get(state.value)]


def recent_posts_of_my_lpts(*, user: User, limit: int = 8) -> QuerySet[Draft]:
    """The latest tweets posted on the LPT accounts the user is a member of."""
    return (
        Draft.objects.filter(posted_at__isnull=False, lpt_account__members=user)
        .select_related("lpt_account", "author")
        .order_by("-posted_at", "-id")[:limit]
    )


@dataclass(frozen=True)
class UnreadMentions:
    count: int
    calls_for_help: int
    latest: list


def unread_mentions(*, user: User, limit: int = 5) -> UnreadMentions:
    """Unread mentions in the inboxes the user reads; calls for help (urgent first) lead."""
    unread = inbox_mentions(user=user).filter(status=MentionStatus.UNREAD)
    totals = unread.order_by().aggregate(
        count=Count("pk"), calls_for_help=Count("pk", filter=Q(call_for_help=True))
    )
    return UnreadMentions(latest=list(unread[:limit]), **totals)


# --- Corporate comms --------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueSummary:
    waiting: int
    expired: int
    oldest_submitted_at: datetime | None


def queue_summary(*, now: datetime) -> QueueSummary:
    expired = Q(requested_for__isnull=False, requested_for__lte=now)
    row = Draft.objects.filter(state=DraftState.SUBMITTED).aggregate(
        waiting=Count("pk", filter=~expired),
        expired=Count("pk", filter=expired),
        oldest_submitted_at=Min("submitted_at"),
    )
    return QueueSummary(**row)


# A trend over weeks: a minute old is fresh enough, and every comms home page shows it.
FLAGS_BY_RULE_SECONDS = 60


def flags_by_rule(*, now: datetime, days: int = 30) -> list[tuple[str, int]]:
    """How many drafts submitted in the last `days` days each rule flagged, most first.

    A rule counts once per draft however often it fired. Counted in Python over the flags
    column only: portable (SQLite under `make run`) and one query. Kept for a minute in the
    shared cache, when there is one.
    """
    return remember(
        f"dashboard:flags-by-rule:{days}",
        lambda: _count_flags_by_rule(since=now - timedelta(days=days)),
        FLAGS_BY_RULE_SECONDS,
    )


def _count_flags_by_rule(*, since: datetime) -> list[tuple[str, int]]:
    counter: Counter[str] = Counter()
    # Most drafts carry no flag: leaving them out spares decoding their empty lists.
    flag_lists = (
        Draft.objects.filter(submitted_at__gte=since)
        .exclude(flags=[])
        .values_list("flags", flat=True)
    )
    for flags in flag_lists.iterator(chunk_size=2000):
        counter.update({flag.get("rule", "?") for flag in flags or ()})
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


@dataclass(frozen=True)
class WeeklyPosts:
    weeks: list  # dates of the Mondays, oldest first
    rows: list  # (account, [count per week]) per active LPT account
    largest: int


def posts_per_lpt_per_week(*, now: datetime, weeks: int = 6) -> WeeklyPosts:
    """Tweets posted per LPT account in each of the last `weeks` weeks (Monday to Sunday, UK)."""
    today = now.astimezone(LONDON).date()
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    start = datetime.combine(mondays[0], datetime.min.time(), tzinfo=LONDON)
    counts = {
        (row["lpt_account"], row["week"].date() if hasattr(row["week"], "date") else row["week"]):
        row["n"]
        for row in Draft.objects.filter(posted_at__gte=start)
        .annotate(week=TruncWeek("posted_at", tzinfo=LONDON))
        .values("lpt_account", "week")
        .annotate(n=Count("pk"))
        .order_by()
    }
    accounts = LptAccount.objects.filter(is_active=True).order_by("name")
    rows = [(account, [counts.get((account.pk, monday), 0) for monday in mondays])
            for account in accounts]
    largest = max((n for _, values in rows for n in values), default=0)
    return WeeklyPosts(weeks=mondays, rows=rows, largest=largest)


def posting_problems(*, limit: int = 5) -> tuple[int, list[Draft]]:
    """Failed and missed drafts waiting for comms to act: how many, and the oldest few."""
    problems = Draft.objects.filter(state__in=NEEDS_ACTION)
    oldest = list(
        problems.select_related("lpt_account").order_by("updated_at", "id")[:limit]
    )
    return problems.count(), oldest


# --- Administrators ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CredentialProblem:
    account: LptAccount
    source: str
    detail: str
    when: datetime | None


def credential_problems(*, now: datetime, days: int = 7) -> list[CredentialProblem]:
    """LPT accounts whose X credentials failed: the latest verification refused them, the
    mentions fetch records an error, or a post failed with 401 in the last `days` days."""
    problems: dict[int, CredentialProblem] = {}
    latest_checks: dict[int, AuditEvent] = {}
    for event in AuditEvent.objects.filter(action="credentials.verified").order_by(
        "lpt_account_id", "-created_at", "-id"
    ).select_related("lpt_account"):
        latest_checks.setdefault(event.lpt_account_id, event)
    for account_id, event in latest_checks.items():
        details = event.details or {}
        if not details.get("ok", True):
            problems[account_id] = CredentialProblem(
                event.lpt_account, "Verification", details.get("error") or "Refused.",
                event.created_at,
            )
    for feed in MentionFeed.objects.exclude(last_error="").select_related("account"):
        problems.setdefault(feed.account_id, CredentialProblem(
            feed.account, "Mentions fetch", feed.last_error[:200], feed.last_fetched_at
        ))
    refused = Draft.objects.filter(
        state=DraftState.FAILED, failure_reason__contains="401", updated_at__gte=now - timedelta(
            days=days)
    ).select_related("lpt_account").order_by("-updated_at")
    for draft in refused:
        problems.setdefault(draft.lpt_account_id, CredentialProblem(
            draft.lpt_account, "Posting", draft.failure_reason[:200], draft.updated_at
        ))
    return sorted(problems.values(), key=lambda problem: problem.account.name)


def users_without_mobile() -> QuerySet[User]:
    """Active users with no mobile number: the guidance requires one for every user."""
    return User.objects.filter(is_active=True).filter(
        Q(mobile="") | Q(mobile__isnull=True)
    ).order_by("full_name", "username")


def lockouts(*, now: datetime) -> list | None:
    """Login lockouts in force (django-axes), newest first; None when axes is not installed."""
    if not apps.is_installed("axes"):
        return None
    from axes.models import AccessAttempt

    limit = getattr(settings, "AXES_FAILURE_LIMIT", 5)
    cooloff = getattr(settings, "AXES_COOLOFF_TIME", None)
    attempts = AccessAttempt.objects.filter(failures_since_start__gte=limit)
    if isinstance(cooloff, timedelta):
        attempts = attempts.filter(attempt_time__gte=now - cooloff)
    return list(attempts.order_by("-attempt_time")[:20])
