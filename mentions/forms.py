from django import forms

from moderation.forms import MAX_DRAFT_CHARACTERS, reason_field

from .services import MANUAL_STATUSES


class ReplyForm(forms.Form):
    text = forms.CharField(
        label="Reply",
        max_length=MAX_DRAFT_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Write the reply before sending it for approval."},
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=[(s.value, s.label) for s in MANUAL_STATUSES])


class EscalateForm(forms.Form):
    reason = reason_field(
        "What is developing?", "Say what is developing, so supervision and comms can act."
    )


class CloseEscalationForm(forms.Form):
    note = forms.CharField(
        label="Closing note (optional)", required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
