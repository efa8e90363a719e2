from django import forms

from accounts.models import LptAccount
from moderation.forms import reason_field


class StartIncidentForm(forms.Form):
    lpt_account = forms.ModelChoiceField(
        queryset=LptAccount.objects.filter(is_active=True).select_related("force"),
        required=False,
        label="Scope",
        empty_label="The whole force",
    )
    reason = reason_field("Reason", "Give the reason for critical-incident mode.")


class EndIncidentForm(forms.Form):
    reason = forms.CharField(label="Why it ends (optional)", max_length=2000, required=False)


class SettleHeldForm(forms.Form):
    action = forms.ChoiceField(choices=[("release", "Release"), ("cancel", "Cancel")])
    reason = forms.CharField(label="Reason for cancelling", max_length=2000, required=False)
