from django.db.models import QuerySet

from moderation.models import Draft
from moderation.states import DraftState

PROBLEM_STATES = (DraftState.FAILED, DraftState.MISSED)


def posting_problems() -> QuerySet[Draft]:
    """Drafts that did not go out and need a person: failed ones and missed ones, oldest first."""
    return (
        Draft.objects.filter(state__in=PROBLEM_STATES)
        .select_related("lpt_account", "author", "decided_by")
        .order_by("updated_at", "id")
    )


def posted_draft(*, draft_id: int) -> Draft:
    return Draft.objects.select_related("lpt_account", "author").get(
        pk=draft_id, state=DraftState.POSTED
    )
