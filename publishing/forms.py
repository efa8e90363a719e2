from django import forms


class RescheduleForm(forms.Form):
    when = forms.DateTimeField(
        label="New posting time",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        error_messages={"required": "Choose when it should be posted."},
    )


class CancelForm(forms.Form):
    reason = forms.CharField(label="Reason (optional)", required=False, max_length=2000)


class DeleteFromXForm(forms.Form):
    reason = forms.CharField(
        label="Why is this tweet being deleted? (required, kept in the audit trail)",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Give a reason for deleting the tweet."},
    )
