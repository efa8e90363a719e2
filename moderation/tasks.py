from celery import shared_task

from .services import release_due_drafts


@shared_task(ignore_result=True)
def release_scheduled_drafts() -> dict[str, list[int]]:
    """Beat, every ~20 s: queue scheduled drafts whose time has come (the database decides)."""
    return release_due_drafts()
