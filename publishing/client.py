"""tweepy clients for LPT accounts, built from their encrypted credentials and the settings."""

import tweepy
from django.conf import settings

from accounts.models import LptAccount

from .xapi import build_client


def client_for(account: LptAccount) -> tweepy.Client:
    credentials = account.credentials
    return build_client(
        consumer_key=credentials.consumer_key,
        consumer_secret=credentials.consumer_secret,
        access_token=credentials.access_token,
        access_token_secret=credentials.access_token_secret,
        base_url=settings.TWITTER_API_BASE_URL,
        timeout=settings.TWITTER_API_TIMEOUT,
    )


def tweet_web_url(handle: str, tweet_id: str) -> str:
    return f"{settings.TWITTER_WEB_BASE_URL.rstrip('/')}/{handle}/status/{tweet_id}"
