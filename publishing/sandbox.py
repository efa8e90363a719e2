"""Registering LPT accounts' credentials with the local X API sandbox (make run, tests)."""

import requests
from django.conf import settings

from accounts.models import LptAccount


def sandbox_register_accounts(base_url: str | None = None) -> int:
    """Tell the sandbox about every account with credentials, so their signatures verify."""
    base_url = (base_url or settings.TWITTER_API_BASE_URL).rstrip("/")
    accounts = LptAccount.objects.select_related("credentials").filter(
        credentials__isnull=False
    )
    for account in accounts:
        credentials = account.credentials
        response = requests.post(
            f"{base_url}/_sandbox/accounts",
            json={
                "username": account.handle,
                "name": account.name,
                "consumer_key": credentials.consumer_key,
                "consumer_secret": credentials.consumer_secret,
                "access_token": credentials.access_token,
                "access_token_secret": credentials.access_token_secret,
            },
            timeout=5,
        )
        response.raise_for_status()
    return len(accounts)
