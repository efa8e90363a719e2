"""tweepy clients for LPT accounts, built from their encrypted credentials and the settings."""

import re

import requests
import tweepy
from django.conf import settings

from accounts.models import LptAccount

from .xapi import build_client

# X's answer to a retweet carries no id of its own; a posted retweet draft records this.
_RETWEET_RECORD = re.compile(r"rt(?P<account>\d+)-(?P<source>\d+)")


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


def posting_client_for(account: LptAccount) -> tweepy.Client:
    """A client whose calls return the raw `requests.Response`, so that the posting pipeline
    can read X's rate-limit headers on successful answers too (errors still raise)."""
    client = client_for(account)
    client.return_type = requests.Response
    return client


def retweet_record_id(account: LptAccount, source_tweet_id: str) -> str:
    """What a posted retweet draft keeps as its tweet id: unique per account and source."""
    return f"rt{account.pk}-{source_tweet_id}"


def tweet_web_url(handle: str, tweet_id: str) -> str:
    retweet = _RETWEET_RECORD.fullmatch(tweet_id)
    if retweet:  # a retweet: show the tweet that was retweeted
        tweet_id = retweet["source"]
    return f"{settings.TWITTER_WEB_BASE_URL.rstrip('/')}/{handle}/status/{tweet_id}"
