from django import forms

from accounts.permissions import draftable_accounts

# Generous above X's 280 so a long draft is kept and flagged rather than refused, but bounded.
MAX_DRAFT_CHARACTERS = 1000


class DraftForm(forms.Form):
    lpt_account = forms.ModelChoiceField(
        queryset=None,
        label="Post on",
        empty_label=None,
        error_messages={"invalid_choice": "Choose one of your own LPT accounts."},
    )
    text = forms.CharField(
        label="Tweet",
        max_length=MAX_DRAFT_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": "Write the tweet before saving or submitting it.",
            "max_length": "That is far too long for a tweet: keep it under "
            "%(limit_value)d characters (X allows 280). You have %(show_value)d.",
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lpt_account"].queryset = draftable_accounts(user)


class LiveCheckForm(forms.Form):
    """The composer's as-you-type check: lenient, it only reports."""

    text = forms.CharField(required=False, max_length=MAX_DRAFT_CHARACTERS * 10, strip=False)
    lpt_account = forms.IntegerField(required=False)


class ApproveForm(forms.Form):
    override_reason = forms.CharField(
        label="Justification for overriding blocking flags",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label="Reason for the officer",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Give a reason so the officer knows what to change."},
    )
