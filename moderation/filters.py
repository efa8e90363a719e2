"""The approval queue's filters (django-filter): LPT, author, flag, state, date."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone

from accounts.models import LptAccount, Role, User
from moderation.rules.guidance import RULES
from tweetdesk.widgets import Select

from .models import Draft
from .states import DraftState

WORKFLOW_RULES = {
    "retweet_source": "Retweet of an account outside the force",
    "critical_incident": "Critical-incident mode",
}
QUEUE_STATES = [
    ("waiting", "Waiting for approval"),
    ("expired", "Expired (requested time passed)"),
    (DraftState.SCHEDULED, "Scheduled"),
    (DraftState.HELD, "Held (critical incident)"),
    (DraftState.MISSED, "Missed its time"),
    (DraftState.QUEUED, "Queued for posting"),
    (DraftState.POSTED, "Posted"),
    (DraftState.REJECTED, "Rejected"),
    (DraftState.RETURNED, "Returned"),
]
_DATE = forms.DateInput(attrs={"type": "date"})


class QueueFilter(django_filters.FilterSet):
    lpt_account = django_filters.ModelChoiceFilter(
        label="LPT", queryset=LptAccount.objects.order_by("name"), empty_label="All LPTs",
        widget=Select,
    )
    author = django_filters.ModelChoiceFilter(
        label="Author",
        # Only what an option shows: a whole User row parses its mobile number.
        queryset=User.objects.filter(role__in=[Role.OFFICER, Role.COMMS])
        .order_by("full_name")
        .only("id", "full_name", "username"),
        empty_label="Anyone",
        widget=Select,
    )
    flag = django_filters.ChoiceFilter(
        label="Flag",
        choices=[("any", "Any flag"), ("none", "No flags")]
        + [(code, info.title) for code, info in RULES.items()]
        + list(WORKFLOW_RULES.items()),
        method="filter_flag",
        empty_label="Flagged or not",
        widget=Select,
    )
    state = django_filters.ChoiceFilter(
        label="State", choices=QUEUE_STATES, method="filter_state", empty_label=None,
        widget=Select,
    )
    submitted_from = django_filters.DateFilter(
        label="Submitted from", field_name="submitted_at", lookup_expr="date__gte", widget=_DATE
    )
    submitted_to = django_filters.DateFilter(
        label="Submitted to", field_name="submitted_at", lookup_expr="date__lte", widget=_DATE
    )

    class Meta:
        model = Draft
        fields = ["lpt_account", "author", "flag", "state", "submitted_from", "submitted_to"]

    def __init__(self, data=None, *args, **kwargs):
        data = data.copy() if data is not None else {}
        data.setdefault("state", "waiting")
        super().__init__(data, *args, **kwargs)

    def filter_flag(self, queryset, name, value):
        if value == "any":
            return queryset.exclude(flags=[])
        if value == "none":
            return queryset.filter(flags=[])
        return queryset.filter(flags__contains=[{"rule": value}])

    def filter_state(self, queryset, name, value):
        now = timezone.now()
        waiting = Q(state=DraftState.SUBMITTED)
        not_yet_due = Q(requested_for__isnull=True) | Q(requested_for__gt=now)
        if value == "waiting":
            return queryset.filter(waiting & not_yet_due)
        if value == "expired":
            return queryset.filter(waiting & ~not_yet_due)
        return queryset.filter(state=value)
