from django.db import models
from django.db.models import Q


class AttemptOutcome(models.TextChoices):
    IN_FLIGHT = "in_flight", "In flight"
    POSTED = "posted", "Posted"
    ADOPTED = "adopted", "Found on X and adopted"
    RETRY = "retry", "Failed, will retry"
    UNKNOWN = "unknown", "Outcome unknown (answer lost)"
    NOT_POSTED = "not_posted", "Unknown outcome resolved: not on X"
    FAILED = "failed", "Failed for good"
    DEFERRED = "deferred", "Deferred (rate limit)"
    MISSED = "missed", "Missed its time"


# Outcomes after which the tweet may exist on X without TweetDesk knowing its id.
UNRESOLVED_OUTCOMES = (AttemptOutcome.IN_FLIGHT, AttemptOutcome.UNKNOWN)


class PostAttempt(models.Model):
    """One try at putting a draft on X. An attempt `in_flight` is the draft's lease: while its
    `lease_until` is in the future nobody else touches the draft; once it has passed (worker
    killed mid-post) the next claim must resolve it through the account's timeline first."""

    draft = models.ForeignKey(
        "moderation.Draft", on_delete=models.CASCADE, related_name="post_attempts_made"
    )
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    lease_until = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(
        max_length=12, choices=AttemptOutcome.choices, default=AttemptOutcome.IN_FLIGHT
    )
    latency_ms = models.PositiveIntegerField(null=True, blank=True)
    tweet_id = models.CharField(max_length=32, blank=True)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ["draft", "started_at", "id"]
        constraints = [
            # At most one attempt in flight per draft: the database enforces the lease.
            models.UniqueConstraint(
                fields=["draft"],
                condition=Q(outcome="in_flight"),
                name="post_attempt_one_in_flight_per_draft",
            ),
        ]
        indexes = [models.Index(fields=["outcome", "lease_until"])]

    def __str__(self):
        return f"Attempt {self.number} of draft {self.draft_id}: {self.get_outcome_display()}"


class AccountPostingState(models.Model):
    """What X told us about an LPT account's limits, and the row that serialises its claims."""

    lpt_account = models.OneToOneField(
        "accounts.LptAccount",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="posting_state",
    )
    x_user_id = models.CharField(max_length=32, blank=True)
    paused_until = models.DateTimeField(
        null=True, blank=True, help_text="No request to X for this account before this time"
    )
    pause_reason = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Posting state of account {self.lpt_account_id}"
