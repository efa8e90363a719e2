"""The inbox's filters (django-filter): LPT, status, flag, escalated, search."""

import django_filters
from django.db.models import Q

from accounts.models import LptAccount
from tweetdesk.widgets import Select

from .models import OPEN_STATUSES, Mention, MentionStatus

STATUS_CHOICES = [("open", "Open (unread, read or needs a reply)")] + list(MentionStatus.choices)
FLAG_CHOICES = [
    ("call_for_help", "Calls for help"),
    ("urgent", "Urgent calls for help"),
    ("none", "Not flagged"),
]


class InboxFilter(django_filters.FilterSet):
    account = django_filters.ModelChoiceFilter(
        label="LPT", queryset=LptAccount.objects.none(), empty_label="All my LPTs",
        widget=Select,
    )
    status = django_filters.ChoiceFilter(
        label="Status", choices=STATUS_CHOICES, method="filter_status", empty_label="Any status",
        widget=Select,
    )
    flag = django_filters.ChoiceFilter(
        label="Flag", choices=FLAG_CHOICES, method="filter_flag", empty_label="Flagged or not",
        widget=Select,
    )
    escalated = django_filters.BooleanFilter(label="Escalated (open)", field_name="escalated")
    q = django_filters.CharFilter(label="Search", method="filter_search", max_length=200)

    class Meta:
        model = Mention
        fields = ["account", "status", "flag", "escalated", "q"]

    def __init__(self, data=None, *args, accounts, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.filters["account"].queryset = accounts
        self.form.fields["account"].queryset = accounts

    def filter_status(self, queryset, name, value):
        if value == "open":
            return queryset.filter(status__in=OPEN_STATUSES)
        return queryset.filter(status=value)

    def filter_flag(self, queryset, name, value):
        if value == "urgent":
            return queryset.filter(urgent=True)
        if value == "call_for_help":
            return queryset.filter(call_for_help=True)
        return queryset.filter(call_for_help=False)

    def filter_search(self, queryset, name, value):
        value = value.strip().lstrip("@")
        if not value:
            return queryset
        return queryset.filter(
            Q(text__icontains=value) | Q(author_username__icontains=value)
            | Q(author_name__icontains=value)
        )
