"""Resolving an unknown outcome: is the draft's tweet already on the account's timeline?

Used before any re-post after an answer was lost (connection dropped, read timeout, worker
killed mid-post) and when X answers a retry with 403 duplicate content.
"""

import html
import re
from datetime import datetime, timedelta

import requests
import tweepy

from accounts.models import LptAccount
from moderation.models import Draft

from .ratecap import known_x_user_id, remember_x_user_id

# Clocks of X and of our servers differ a little; look back this much further.
CLOCK_MARGIN = timedelta(minutes=2)
MAX_PAGES = 5  # 500 tweets: far more than an LPT account posts in the lookup window
_URL = re.compile(r"https?://\S+")
_SPACE = re.compile(r"\s+")


def comparable_text(text: str) -> str:
    """Text as X might echo it back: links shortened to t.co, entities escaped, spaces trimmed."""
    text = html.unescape(text)
    text = _URL.sub("<link>", text)
    return _SPACE.sub(" ", text).strip()


def _x_user_id(client: tweepy.Client, account: LptAccount) -> str:
    user_id = known_x_user_id(account)
    if not user_id:
        response = client.get_me(user_auth=True)
        user_id = str(_json(response)["data"]["id"])
        remember_x_user_id(account=account, x_user_id=user_id)
    return user_id


def _json(response) -> dict:
    return response.json() if isinstance(response, requests.Response) else response


def find_posted_tweet(
    *, client: tweepy.Client, account: LptAccount, draft: Draft, since: datetime
) -> str | None:
    """The id of the earliest tweet on the account's timeline since `since` with the draft's
    text (and reply target), not already claimed by another draft; None if there is none.

    Raises what tweepy/requests raise; the caller treats that as a transient failure.
    """
    user_id = _x_user_id(client, account)
    wanted = comparable_text(draft.text)
    start = (since - CLOCK_MARGIN).strftime("%Y-%m-%dT%H:%M:%SZ")
    matches: list[str] = []
    token = None
    for _ in range(MAX_PAGES):
        params = {"max_results": 100, "start_time": start, "tweet_fields": ["referenced_tweets"]}
        if token:
            params["pagination_token"] = token
        page = _json(client.get_users_tweets(user_id, user_auth=True, **params))
        for tweet in page.get("data", []):
            if comparable_text(tweet["text"]) != wanted:
                continue
            if draft.in_reply_to_tweet_id and not _replies_to(tweet, draft.in_reply_to_tweet_id):
                continue
            matches.append(str(tweet["id"]))
        token = page.get("meta", {}).get("next_token")
        if not token:
            break
    if not matches:
        return None
    taken = set(
        Draft.objects.filter(tweet_id__in=matches).exclude(pk=draft.pk).values_list(
            "tweet_id", flat=True
        )
    )
    free = [tweet_id for tweet_id in matches if tweet_id not in taken]
    return min(free, key=int) if free else None


def _replies_to(tweet: dict, tweet_id: str) -> bool:
    return any(
        ref.get("type") == "replied_to" and str(ref.get("id")) == tweet_id
        for ref in tweet.get("referenced_tweets", [])
    )
