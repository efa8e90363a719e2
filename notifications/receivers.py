"""Notifications for what the posting worker does.

Posting lives in `publishing`, which records each outcome in the audit trail; listening to that
trail tells the author their tweet is out without the posting path knowing about notifications.
The notification is written in the same transaction as the audit row.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from audit.models import AuditEvent


@receiver(post_save, sender=AuditEvent, dispatch_uid="notify-on-posting-outcome")
def notify_on_posting_outcome(sender, instance: AuditEvent, created: bool, **kwargs):
    if not created or instance.action != "draft.posted" or instance.draft_id is None:
        return
    from .services import notify_author

    draft = instance.draft
    notify_author(
        draft=draft,
        kind="posted",
        message=f"Your tweet on @{draft.lpt_account.handle} is posted on X.",
    )
