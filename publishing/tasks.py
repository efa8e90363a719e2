from celery import shared_task
from django.db import transaction

from .services import countdown_for, draft_post, stranded_draft_ids


@shared_task(bind=True, acks_late=True, max_retries=None, ignore_result=True)
def post_draft(self, draft_id: int) -> str:
    """Post one approved draft. Re-delivery is harmless: the service claims under a row lock.

    A retry or a rate-limit wait is re-scheduled (a new message with a countdown), never slept
    through, so a waiting account holds no worker slot. Waits longer than a countdown should
    be are left to the `requeue_stranded_drafts` sweep.
    """
    result = draft_post(draft_id=draft_id)
    countdown = countdown_for(result)
    if countdown is not None:
        raise self.retry(countdown=countdown)
    return result.status


def enqueue_post(draft_id: int) -> None:
    """Queue posting once the surrounding transaction has committed."""
    transaction.on_commit(lambda: post_draft.delay(draft_id))


@shared_task(ignore_result=True)
def requeue_stranded_drafts() -> int:
    """Periodic sweep: nothing approved is ever lost because a message or a worker went missing."""
    draft_ids = stranded_draft_ids()
    for draft_id in draft_ids:
        post_draft.delay(draft_id)
    return len(draft_ids)
