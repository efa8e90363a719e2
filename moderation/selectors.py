from django.db.models import QuerySet

from accounts.models import User

from .models import Draft
from .states import DraftState


def drafts_by_author(*, author: User) -> QuerySet[Draft]:
    return Draft.objects.filter(author=author).select_related("lpt_account", "decided_by")


def review_queue() -> QuerySet[Draft]:
    """Submitted drafts across all LPTs, newest first."""
    return (
        Draft.objects.filter(state=DraftState.SUBMITTED)
        .select_related("lpt_account", "author")
        .order_by("-submitted_at", "-id")
    )


def draft_for_display(*, draft_id: int) -> Draft:
    return Draft.objects.select_related("lpt_account", "author", "decided_by").get(pk=draft_id)
