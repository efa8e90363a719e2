from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from accounts.models import User
from accounts.selectors import unshown_person_fields

from .models import Draft
from .states import DraftState


def drafts_by_author(*, author: User) -> QuerySet[Draft]:
    return Draft.objects.filter(author=author).select_related("lpt_account", "decided_by")


def review_queue() -> QuerySet[Draft]:
    """Submitted drafts across all LPTs, newest first."""
    return queue_drafts().filter(state=DraftState.SUBMITTED)


def queue_drafts() -> QuerySet[Draft]:
    """All drafts as the queue shows them, newest submission first (filters narrow it)."""
    return (
        Draft.objects.select_related("lpt_account", "author", "decided_by")
        .defer(*unshown_person_fields("author", "decided_by"))
        .order_by("-submitted_at", "-id")
    )


def queue_counts() -> dict[str, int]:
    """How many drafts wait for approval and how many of those are past their requested time."""
    now = timezone.now()
    expired = Q(requested_for__isnull=False, requested_for__lte=now)
    counts = Draft.objects.filter(state=DraftState.SUBMITTED).aggregate(
        waiting=Count("pk", filter=~expired), expired=Count("pk", filter=expired)
    )
    return counts


def scheduled_drafts() -> QuerySet[Draft]:
    """Approved drafts not yet posted that wait for a time or a person: soonest first."""
    return (
        Draft.objects.filter(
            state__in=[DraftState.SCHEDULED, DraftState.HELD, DraftState.MISSED]
        )
        .select_related("lpt_account", "author", "decided_by")
        .defer(*unshown_person_fields("author", "decided_by"))
        .order_by("scheduled_for", "id")
    )


def draft_for_display(*, draft_id: int) -> Draft:
    return (
        Draft.objects.select_related("lpt_account__force", "author", "decided_by")
        .defer(*unshown_person_fields("author", "decided_by"))
        .get(pk=draft_id)
    )
