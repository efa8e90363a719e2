from django.conf import settings
from django.db import models
from django.db.models import Q


class CriticalIncident(models.Model):
    """A period of critical-incident mode, force-wide or for one LPT account.

    While it lasts, every scheduled or queued tweet in its scope is held and only retweets of the
    force's or an LPT commander's account may be approved.
    """

    force = models.ForeignKey("accounts.Force", on_delete=models.PROTECT, related_name="+")
    lpt_account = models.ForeignKey(
        "accounts.LptAccount", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        help_text="Empty: the whole force",
    )
    reason = models.TextField()
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    started_at = models.DateTimeField(auto_now_add=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["force"],
                condition=Q(ended_at__isnull=True, lpt_account__isnull=True),
                name="one_active_force_wide_incident",
            ),
            models.UniqueConstraint(
                fields=["lpt_account"],
                condition=Q(ended_at__isnull=True, lpt_account__isnull=False),
                name="one_active_incident_per_lpt",
            ),
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True) | Q(ended_by__isnull=False),
                name="ended_incident_has_who",
            ),
        ]

    def __str__(self):
        return f"Critical incident ({self.scope_label}) since {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_active(self) -> bool:
        return self.ended_at is None

    @property
    def scope_label(self) -> str:
        if self.lpt_account_id:
            return f"@{self.lpt_account.handle}"
        return f"all of {self.force.name}"
