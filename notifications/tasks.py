import smtplib

from celery import shared_task
from django.core.mail import send_mass_mail


@shared_task(
    acks_late=True,
    ignore_result=True,
    autoretry_for=(OSError, smtplib.SMTPException),
    retry_backoff=5,
    retry_backoff_max=600,
    max_retries=8,
)
def send_notification_emails(messages: list[list]) -> int:
    """Send notification emails from the worker, so a slow or failing mail server never holds up
    the request that notified; an outage is retried with backoff for about an hour."""
    return send_mass_mail(
        [(subject, body, sender, list(to)) for subject, body, sender, to in messages],
        fail_silently=False,
    )
