from django.conf import settings
from django.db import models


class Notification(models.Model):
    """Something a user should know about: new work in the queue, a decision on their draft."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    draft = models.ForeignKey(
        "moderation.Draft", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(max_length=32)
    message = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(
                fields=["recipient"],
                condition=models.Q(read_at__isnull=True),
                name="unread_by_user",
            )
        ]

    def __str__(self):
        return f"{self.recipient}: {self.message[:40]}"
