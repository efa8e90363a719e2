from celery import shared_task

from .fetching import TRANSIENT_ERRORS, accounts_to_fetch, mentions_fetch


@shared_task(
    acks_late=True, ignore_result=True, autoretry_for=TRANSIENT_ERRORS, retry_backoff=10,
    retry_backoff_max=300, retry_jitter=True, max_retries=3,
)
def fetch_account_mentions(account_id: int) -> str:
    """Fetch one account's new mentions. Running it twice, or twice at once, does no harm."""
    return mentions_fetch(account_id=account_id).status


@shared_task(ignore_result=True)
def fetch_all_mentions() -> int:
    """Beat: check every LPT account's mentions (the guidance: check them daily; we do often)."""
    account_ids = accounts_to_fetch()
    for account_id in account_ids:
        fetch_account_mentions.delay(account_id)
    return len(account_ids)
