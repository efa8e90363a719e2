from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    """One recorded action: who did what, to which draft or account, when and why.

    Written only by services, inside the same transaction as the change it records.
    """

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty for actions of the system itself (the posting worker).",
    )
    action = models.CharField(max_length=64, db_index=True)
    draft = models.ForeignKey(
        "moderation.Draft", on_delete=models.PROTECT, null=True, blank=True,
        related_name="events",
    )
    lpt_account = models.ForeignKey(
        "accounts.LptAccount", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    from_state = models.CharField(max_length=16, blank=True)
    to_state = models.CharField(max_length=16, blank=True)
    reason = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        who = self.actor or "system"
        return f"{self.created_at:%Y-%m-%d %H:%M} {who} {self.action}"
