import re

from django import forms

from accounts.permissions import draftable_accounts
from tweetdesk.ids import parse_id

from .services import PostAt

# Generous above X's 280 so a long draft is kept and flagged rather than refused, but bounded.
MAX_DRAFT_CHARACTERS = 1000

# Entered and shown in Europe/London (settings.TIME_ZONE); Django stores UTC. A time that does not
# exist or happens twice at a clock change is refused with a message saying so.
LOCAL_TIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

_TWEET_URL = re.compile(
    r"^(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/(?P<handle>\w{1,15})"
    r"/status(?:es)?/(?P<id>\d{1,20})(?:[/?#].*)?$"
)
_TWEET_ID = re.compile(r"^\d{1,20}$")


def _local_time_field(label: str, *, required: bool = False, help_text: str = ""):
    return forms.DateTimeField(
        label=label, required=required, widget=LOCAL_TIME_WIDGET, help_text=help_text,
        error_messages={"invalid": "Enter a date and time, e.g. 2026-12-01 09:30."},
    )


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
    requested_for = _local_time_field(
        "Post at (UK time, optional)", help_text="Leave empty to post as soon as it is approved."
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lpt_account"].queryset = draftable_accounts(user)


class RetweetForm(forms.Form):
    lpt_account = forms.ModelChoiceField(
        queryset=None,
        label="Retweet on",
        empty_label=None,
        error_messages={"invalid_choice": "Choose one of your own LPT accounts."},
    )
    tweet = forms.CharField(
        label="Tweet to retweet (its link or id)",
        max_length=300,
        error_messages={"required": "Paste the link to the tweet, or its id."},
    )
    handle = forms.CharField(
        label="Posted by (@handle, when you give only the id)", max_length=16, required=False
    )
    requested_for = _local_time_field("Retweet at (UK time, optional)")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lpt_account"].queryset = draftable_accounts(user)

    def clean(self):
        data = super().clean()
        reference = (data.get("tweet") or "").strip()
        if not reference:
            return data
        match = _TWEET_URL.match(reference)
        if match:
            data["tweet_id"], data["handle"] = match["id"], match["handle"]
        elif _TWEET_ID.match(reference):
            data["tweet_id"] = reference
            data["handle"] = (data.get("handle") or "").strip().lstrip("@")
        else:
            self.add_error(
                "tweet",
                "That is not a tweet link or id: copy the link from the tweet's share menu "
                "(https://x.com/handle/status/123…).",
            )
        if data.get("handle") and not re.fullmatch(r"\w{1,15}", data["handle"]):
            self.add_error("handle", "An X handle has up to 15 letters, digits or underscores.")
        return data


class LiveCheckForm(forms.Form):
    """The composer's as-you-type check: lenient, it only reports."""

    text = forms.CharField(required=False, max_length=MAX_DRAFT_CHARACTERS * 10, strip=False)
    lpt_account = forms.IntegerField(required=False)


class _AnyValues(forms.MultipleChoiceField):
    """Several free values (checkbox names); the service decides which ones matter."""

    def valid_value(self, value):
        return len(str(value)) <= 64


class ApproveForm(forms.Form):
    override_reason = forms.CharField(
        label="Justification for overriding blocking flags",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    acknowledged = _AnyValues(required=False, label="Warnings acknowledged")
    when = forms.ChoiceField(
        required=False,
        choices=[(PostAt.AS_REQUESTED, "As requested"), (PostAt.NOW, "Now"),
                 (PostAt.SCHEDULE, "At a scheduled time")],
    )
    post_at = _local_time_field("Post at (UK time)")
    revision = forms.IntegerField(required=False, min_value=1)
    text = forms.CharField(
        label="Tweet, edited by comms", required=False, max_length=MAX_DRAFT_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class EditApproveForm(ApproveForm):
    text = forms.CharField(
        label="Edited tweet",
        max_length=MAX_DRAFT_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "The edited tweet cannot be empty."},
    )


def reason_field(label: str, required_message: str) -> forms.CharField:
    """A required free-text reason, bounded, with a message that says what is missing."""
    return forms.CharField(
        label=label,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": required_message},
    )


class RejectForm(forms.Form):
    reason = reason_field(
        "Reason for the officer", "Give a reason so the officer knows what to change."
    )


class ReturnForm(forms.Form):
    comment = reason_field(
        "Comment for the officer", "Write a comment so the officer knows what to change."
    )


class BulkApproveForm(forms.Form):
    drafts = forms.TypedMultipleChoiceField(
        coerce=int,
        error_messages={"required": "Tick the drafts to approve."},
    )
    query = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Any id is accepted here; the service re-checks each draft under a row lock.
        self.fields["drafts"].valid_value = lambda value: parse_id(value) is not None


class RescheduleForm(forms.Form):
    post_at = _local_time_field("New time (UK time)", required=True)


class CancelForm(forms.Form):
    reason = reason_field("Reason for cancelling", "Give a reason for cancelling it.")
