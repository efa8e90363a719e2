from celery import shared_task
from django.db import transaction

from .services import draft_post, stranded_draft_ids


@shared_task(bind=True, acks_late=True, max_retries=None, ignore_result=True)
def post_draft(self, draft_id: int) -> str:
    """Post one approved draft. Re-delivery is harmless: the service claims under a row lock."""
    result = draft_post(draft_id=draft_id)
    if result.status == "retry":
        # Re-schedule rather than sleep, so a rate-limited account holds no worker slot.
        raise self.retry(countdown=result.retry_in)
    return result.status


def enqueue_post(draft_id: int) -> None:
    """Queue posting once the surrounding transaction has committed."""
    transaction.on_commit(lambda: post_draft.delay(draft_id))


@shared_task(ignore_result=True)
def requeue_stranded_drafts() -> int:
    """Periodic sweep: nothing approved is ever lost because a message went missing."""
    draft_ids = stranded_draft_ids()
    for draft_id in draft_ids:
        post_draft.delay(draft_id)
    return len(draft_ids)
