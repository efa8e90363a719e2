import django_filters
from django import forms

from accounts.models import LptAccount, User

from .models import AuditEvent

_DATE = forms.DateInput(attrs={"type": "date"})


class AuditFilter(django_filters.FilterSet):
    action = django_filters.CharFilter(label="Action", lookup_expr="startswith",
                                       help_text="e.g. draft.approved, incident.")
    actor = django_filters.ModelChoiceFilter(
        label="Who", queryset=User.objects.order_by("full_name"), empty_label="Anyone"
    )
    lpt_account = django_filters.ModelChoiceFilter(
        label="LPT", queryset=LptAccount.objects.order_by("name"), empty_label="All LPTs"
    )
    draft = django_filters.NumberFilter(label="Draft number", field_name="draft_id")
    since = django_filters.DateFilter(label="From", field_name="created_at",
                                      lookup_expr="date__gte", widget=_DATE)
    until = django_filters.DateFilter(label="To", field_name="created_at",
                                      lookup_expr="date__lte", widget=_DATE)
    reason = django_filters.CharFilter(label="Why contains", lookup_expr="icontains")

    class Meta:
        model = AuditEvent
        fields = ["action", "actor", "lpt_account", "draft", "since", "until", "reason"]
