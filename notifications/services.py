"""Telling people about work and decisions: in-app rows, and an email the worker sends after
commit."""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import Role, User

from .models import Notification

logger = logging.getLogger(__name__)


def _send_emails(messages: list[tuple[str, str, str, list[str]]]) -> None:
    """Hand the emails to the worker; if the broker cannot take them, send them now."""
    from .tasks import send_notification_emails

    as_lists = [list(message) for message in messages]
    try:
        send_notification_emails.delay(as_lists)
        return
    except Exception:  # noqa: BLE001 - a broker outage must not lose the emails
        logger.warning("could not queue %d notification emails; sending them now", len(messages))
    try:
        send_notification_emails(as_lists)  # the task's own body, run here
    except Exception:  # noqa: BLE001 - a mail outage must not break the action that notified
        logger.exception("notification email could not be sent (%d messages)", len(messages))


def notify(
    *, recipients: Iterable[User], kind: str, message: str, draft=None, subject: str = ""
) -> list[Notification]:
    """Record an in-app notification for each recipient and email them once the change commits.

    Call inside the transaction of the change the notification is about.
    """
    recipients = [user for user in recipients if user.is_active]
    notifications = Notification.objects.bulk_create(
        Notification(recipient=user, kind=kind, message=message, draft=draft)
        for user in recipients
    )
    subject = subject or f"TweetDesk: {message[:60]}"
    mails = [
        (subject, message, settings.DEFAULT_FROM_EMAIL, [user.email])
        for user in recipients
        if user.email
    ]
    if mails:
        transaction.on_commit(lambda: _send_emails(mails))
    return notifications


def notify_comms(*, kind: str, message: str, draft=None, exclude: User | None = None) -> None:
    """Tell every corporate-comms user, except the one who caused it."""
    staff = User.objects.filter(role=Role.COMMS, is_active=True)
    if exclude is not None:
        staff = staff.exclude(pk=exclude.pk)
    notify(recipients=staff, kind=kind, message=message, draft=draft)


def notify_author(*, draft, kind: str, message: str, actor: User | None = None) -> None:
    """Tell a draft's author, unless they did it themselves."""
    if actor is not None and actor.pk == draft.author_id:
        return
    notify(recipients=[draft.author], kind=kind, message=message, draft=draft)


def notifications_mark_read(*, user: User, notification_ids: Iterable[int] | None = None) -> int:
    """Mark the user's notifications read (all of them when no ids are given)."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_ids is not None:
        unread = unread.filter(pk__in=list(notification_ids))
    return unread.update(read_at=timezone.now())
