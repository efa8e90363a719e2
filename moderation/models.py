from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from .states import DraftState, check_transition

_TIMESTAMP_FOR_STATE = {
    DraftState.SUBMITTED: "submitted_at",
    DraftState.APPROVED: "decided_at",
    DraftState.REJECTED: "decided_at",
    DraftState.QUEUED: "queued_at",
    DraftState.POSTED: "posted_at",
    DraftState.DELETED: "deleted_at",
}


class DraftKind(models.TextChoices):
    TWEET = "tweet", "Tweet"
    REPLY = "reply", "Reply"
    RETWEET = "retweet", "Retweet"


class Draft(models.Model):
    """A tweet on its way from an officer's keyboard to an LPT account's timeline."""

    lpt_account = models.ForeignKey(
        "accounts.LptAccount", on_delete=models.PROTECT, related_name="drafts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="drafts"
    )
    kind = models.CharField(max_length=8, choices=DraftKind.choices, default=DraftKind.TWEET)
    text = models.TextField(blank=True, help_text="Empty for a plain retweet")
    retweet_of_tweet_id = models.CharField(max_length=32, blank=True)
    retweet_of_handle = models.CharField(
        max_length=15, blank=True, help_text="Author of the retweeted tweet, if known"
    )
    in_reply_to_tweet_id = models.CharField(max_length=32, blank=True)
    state = models.CharField(
        max_length=16, choices=DraftState.choices, default=DraftState.DRAFT, db_index=True
    )
    flags = models.JSONField(
        default=list, blank=True, help_text="The rules engine's flags at the last check"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="decided_drafts",
    )
    requested_for = models.DateTimeField(
        null=True, blank=True, help_text="When the author asks for it to go out (empty: now)"
    )
    scheduled_for = models.DateTimeField(
        null=True, blank=True, help_text="When comms scheduled it to be posted"
    )
    rejection_reason = models.TextField(blank=True)
    return_comment = models.TextField(
        blank=True, help_text="What comms asked the officer to change when returning it"
    )
    override_reason = models.TextField(blank=True)
    acknowledged_warnings = models.JSONField(
        default=list, blank=True, help_text="The `warn` rules the approver acknowledged"
    )
    revision = models.PositiveIntegerField(
        default=1, help_text="Goes up with every change of the text; stale forms are refused"
    )
    queued_at = models.DateTimeField(null=True, blank=True)
    posted_at = models.DateTimeField(null=True, blank=True)
    post_attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(
        null=True, blank=True, help_text="No posting attempt before this time (backoff, 429)"
    )
    tweet_id = models.CharField(max_length=32, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    failure_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["tweet_id"], condition=~Q(tweet_id=""), name="draft_tweet_id_unique"
            ),
            models.CheckConstraint(
                condition=~Q(state__in=[DraftState.POSTED, DraftState.DELETED]) | ~Q(tweet_id=""),
                name="draft_posted_has_tweet_id",
            ),
        ]
        indexes = [models.Index(fields=["state", "submitted_at"])]

    def __str__(self):
        return f"Draft {self.pk} for @{self.lpt_account.handle} ({self.get_state_display()})"

    def move_to(self, state: str) -> str:
        """Change state if the state machine allows it; returns the state it came from.

        Raises IllegalTransition otherwise. The caller saves and records the move.
        """
        check_transition(self.state, state)
        previous = self.state
        self.state = state
        field = _TIMESTAMP_FOR_STATE.get(state)
        if field:
            setattr(self, field, timezone.now())
        return previous

    @property
    def due_at(self):
        """When it should go out: its scheduled time, else when it was queued."""
        return self.scheduled_for or self.queued_at

    @property
    def blocking_flags(self) -> list[dict]:
        return [flag for flag in self.flags if flag.get("severity") == "block"]

    @property
    def warning_flags(self) -> list[dict]:
        return [flag for flag in self.flags if flag.get("severity") == "warn"]

    @property
    def warning_rules(self) -> list[str]:
        """The distinct `warn` rules an approver must acknowledge."""
        return sorted({flag["rule"] for flag in self.warning_flags})

    @property
    def is_expired(self) -> bool:
        """Still waiting for approval after the time its author asked for."""
        return (
            self.state == DraftState.SUBMITTED
            and self.requested_for is not None
            and self.requested_for <= timezone.now()
        )


class DraftRevision(models.Model):
    """One version of a draft's text. Earlier revisions are kept when it is edited."""

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    text = models.TextField(blank=True)
    flags = models.JSONField(default=list, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["draft", "number"]
        constraints = [
            models.UniqueConstraint(fields=["draft", "number"], name="draft_revision_unique")
        ]

    def __str__(self):
        return f"Draft {self.draft_id} revision {self.number}"
