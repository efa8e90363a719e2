from django import forms

from accounts.models import LptAccount

from .models import RULE_CHOICES, PlaceName, Severity


class KnownPersonForm(forms.Form):
    name = forms.CharField(label="Name", max_length=120)
    note = forms.CharField(label="Who they are", max_length=200, required=False)


class PlaceForm(forms.Form):
    name = forms.CharField(label="Place name", max_length=120)
    kind = forms.ChoiceField(label="Kind", choices=PlaceName.Kind.choices)


class LinkHostForm(forms.Form):
    host = forms.CharField(label="Host", max_length=253, help_text="e.g. staffordshire.gov.uk")
    note = forms.CharField(label="Note", max_length=200, required=False)


class RuleSettingForm(forms.Form):
    rule = forms.ChoiceField(choices=RULE_CHOICES)
    severity = forms.ChoiceField(label="Severity", choices=Severity.choices)
    enabled = forms.BooleanField(label="Rule is on", required=False)
    lpt_account = forms.ModelChoiceField(
        label="For", queryset=LptAccount.objects.all(), required=False,
        empty_label="The whole force",
    )
