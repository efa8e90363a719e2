"""The mentions inbox: tweets that mention an LPT account, and the escalations they raise.

Direct messages are deliberately absent: the guidance says they are not secure, so TweetDesk
neither fetches nor stores them.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q


class MentionStatus(models.TextChoices):
    UNREAD = "unread", "Unread"
    READ = "read", "Read"
    NEEDS_REPLY = "needs_reply", "Needs a reply"
    REPLIED = "replied", "Replied"
    IGNORED = "ignored", "Ignored"


# Statuses in which a mention still wants someone's attention (flagged ones sort first).
OPEN_STATUSES = (MentionStatus.UNREAD, MentionStatus.READ, MentionStatus.NEEDS_REPLY)


class MentionFeed(models.Model):
    """Where fetching an account's mentions has got to: the X user id, the cursor, a lease."""

    account = models.OneToOneField(
        "accounts.LptAccount", on_delete=models.CASCADE, related_name="mention_feed"
    )
    x_user_id = models.CharField(max_length=32, blank=True, help_text="The account's X user id")
    since_id = models.CharField(
        max_length=32, blank=True, help_text="The newest mention fetched completely so far"
    )
    lease_token = models.CharField(max_length=36, blank=True)
    lease_until = models.DateTimeField(
        null=True, blank=True, help_text="A fetch is running until then (or died before it)"
    )
    next_fetch_after = models.DateTimeField(
        null=True, blank=True, help_text="Rate-limited: no fetch before this time"
    )
    last_fetched_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    def __str__(self):
        return f"Mentions feed of @{self.account.handle}"


class Mention(models.Model):
    """A tweet that mentions an LPT account, with its author's public profile as X gave it."""

    account = models.ForeignKey(
        "accounts.LptAccount", on_delete=models.CASCADE, related_name="mentions"
    )
    tweet_id = models.CharField(max_length=32)
    conversation_id = models.CharField(max_length=32, blank=True)
    in_reply_to_tweet_id = models.CharField(max_length=32, blank=True)
    text = models.TextField()
    created_at = models.DateTimeField(null=True, blank=True, help_text="When it was tweeted")
    fetched_at = models.DateTimeField(auto_now_add=True)
    author_id = models.CharField(max_length=32, blank=True)
    author_username = models.CharField(max_length=15, blank=True)
    author_name = models.CharField(max_length=100, blank=True)
    author_description = models.TextField(blank=True)
    author_location = models.CharField(max_length=200, blank=True)
    author_url = models.CharField(max_length=500, blank=True)
    author_created_at = models.DateTimeField(null=True, blank=True)
    author_verified = models.BooleanField(null=True)
    author_protected = models.BooleanField(null=True)
    author_followers = models.PositiveIntegerField(null=True, blank=True)
    author_following = models.PositiveIntegerField(null=True, blank=True)
    author_tweets = models.PositiveIntegerField(null=True, blank=True)
    status = models.CharField(
        max_length=12, choices=MentionStatus.choices, default=MentionStatus.UNREAD, db_index=True
    )
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    status_changed_at = models.DateTimeField(null=True, blank=True)
    call_for_help = models.BooleanField(default=False, db_index=True)
    urgent = models.BooleanField(default=False)
    flag_start = models.PositiveIntegerField(null=True, blank=True)
    flag_end = models.PositiveIntegerField(null=True, blank=True)
    flag_message = models.TextField(blank=True)
    classified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "tweet_id"], name="mention_once_per_account"
            ),
            models.CheckConstraint(
                condition=Q(urgent=False) | Q(call_for_help=True),
                name="mention_urgent_is_call_for_help",
            ),
        ]
        indexes = [models.Index(fields=["account", "status"])]

    def __str__(self):
        return f"Mention {self.tweet_id} of @{self.account.handle} by @{self.author_username}"

    @property
    def thread_id(self) -> str:
        """The conversation it belongs to (itself when X did not say)."""
        return self.conversation_id or self.tweet_id

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class EscalationStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class Escalation(models.Model):
    """An "issue developing" on a mention or its thread: supervision and comms were told."""

    account = models.ForeignKey(
        "accounts.LptAccount", on_delete=models.CASCADE, related_name="escalations"
    )
    mention = models.ForeignKey(Mention, on_delete=models.CASCADE, related_name="escalations")
    thread_id = models.CharField(max_length=32, help_text="The conversation escalated")
    reason = models.TextField()
    status = models.CharField(
        max_length=8, choices=EscalationStatus.choices, default=EscalationStatus.OPEN
    )
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    raised_at = models.DateTimeField(auto_now_add=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="+",
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    closing_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-raised_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "thread_id"], condition=Q(status="open"),
                name="one_open_escalation_per_thread",
            ),
            models.CheckConstraint(
                condition=Q(status="open", closed_at__isnull=True)
                | Q(status="closed", closed_at__isnull=False),
                name="escalation_closed_has_time",
            ),
        ]

    def __str__(self):
        return f"Escalation {self.pk} on @{self.account.handle} ({self.get_status_display()})"


class SupervisorRank(models.TextChoices):
    SERGEANT = "sergeant", "Sergeant"
    INSPECTOR = "inspector", "Inspector"


class Supervisor(models.Model):
    """A sergeant or inspector supervising an LPT: told at once when an issue is developing."""

    account = models.ForeignKey(
        "accounts.LptAccount", on_delete=models.CASCADE, related_name="supervisors"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supervised_lpts"
    )
    rank = models.CharField(max_length=10, choices=SupervisorRank.choices)

    class Meta:
        ordering = ["account", "rank", "user"]
        constraints = [
            models.UniqueConstraint(fields=["account", "user"], name="supervisor_once_per_lpt")
        ]

    def __str__(self):
        return f"{self.get_rank_display()} {self.user} for @{self.account.handle}"


class ReferralKind(models.TextChoices):
    EMERGENCY = "emergency", "Emergency (999)"
    NON_EMERGENCY = "non_emergency", "Non-emergency (101 or online)"


class ReferralTemplate(models.Model):
    """The force's approved wording for referring a call for help to 999 or 101."""

    title = models.CharField(max_length=80)
    kind = models.CharField(max_length=16, choices=ReferralKind.choices)
    text = models.TextField(
        help_text="The reply after the @username; keep it well under 280 characters"
    )
    is_active = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.title
