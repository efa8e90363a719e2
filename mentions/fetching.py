"""Fetching an LPT account's mentions from X into its inbox.

Safe to run twice or at once: a lease on the account's feed lets one fetch run at a time, each
mention is stored once (unique per account, inserted ignoring conflicts), and the cursor
(`since_id`) only moves forward, and only after every page since it has been stored. A fetch
that dies half way (worker killed, rate limit, network) leaves the cursor where it was, so the
next one fetches the same window again and the duplicates are ignored.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import requests
import tweepy
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import LptAccount
from publishing.client import client_for

from .classification import classify
from .models import Mention, MentionFeed
from .payloads import TWEET_FIELDS, USER_FIELDS, FetchedMention, MalformedPage, parse_mentions_page

logger = logging.getLogger(__name__)

# Worth retrying soon; anything else (bad credentials, suspended account) waits for a person.
TRANSIENT_ERRORS = (tweepy.TwitterServerError, requests.ConnectionError, requests.Timeout)


@dataclass(frozen=True)
class FetchResult:
    status: str  # "done", "busy", "rate_limited", "failed", "no_credentials"
    stored: int = 0
    skipped: int = 0
    pages: int = 0


def _lease_seconds() -> int:
    return settings.MENTIONS_FETCH_LEASE_SECONDS


def _claim(account: LptAccount, now: datetime) -> tuple[MentionFeed, str] | None:
    """Take the feed's lease, unless another fetch holds it or the rate limit says wait."""
    feed, _ = MentionFeed.objects.get_or_create(account=account)
    token = str(uuid.uuid4())
    claimed = (
        MentionFeed.objects.filter(pk=feed.pk)
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lte=now))
        .filter(Q(next_fetch_after__isnull=True) | Q(next_fetch_after__lte=now))
        .update(lease_token=token, lease_until=now + timedelta(seconds=_lease_seconds()))
    )
    if not claimed:
        return None
    feed.refresh_from_db()
    return feed, token


def _finish(feed: MentionFeed, token: str, *, since_id: str = "", x_user_id: str = "",
            error: str = "", wait_until: datetime | None = None) -> None:
    """Release the lease and record the outcome; the cursor only ever moves forward."""
    with transaction.atomic():
        current = MentionFeed.objects.select_for_update().get(pk=feed.pk)
        if current.lease_token == token:
            current.lease_token, current.lease_until = "", None
        if x_user_id:
            current.x_user_id = x_user_id
        if since_id and (not current.since_id or int(since_id) > int(current.since_id)):
            current.since_id = since_id
        current.last_error = error[:2000]
        if wait_until is not None:
            current.next_fetch_after = wait_until
        current.last_fetched_at = timezone.now()
        current.save()


def _store(account: LptAccount, fetched: list[FetchedMention]) -> int:
    """Insert the mentions not stored yet, classified; returns how many were new."""
    if not fetched:
        return 0
    ids = {m.tweet_id for m in fetched}
    known = set(
        Mention.objects.filter(account=account, tweet_id__in=ids).values_list("tweet_id", flat=True)
    )
    now = timezone.now()
    new = []
    for item in {m.tweet_id: m for m in fetched if m.tweet_id not in known}.values():
        verdict = classify(item.text)
        author = item.author
        new.append(Mention(
            account=account,
            tweet_id=item.tweet_id,
            conversation_id=item.conversation_id,
            in_reply_to_tweet_id=item.in_reply_to_tweet_id,
            text=item.text,
            created_at=item.created_at or now,
            author_id=author.id,
            author_username=author.username,
            author_name=author.name,
            author_description=author.description,
            author_location=author.location,
            author_url=author.url,
            author_created_at=author.created_at,
            author_verified=author.verified,
            author_protected=author.protected,
            author_followers=author.followers,
            author_following=author.following,
            author_tweets=author.tweets,
            call_for_help=verdict.call_for_help,
            urgent=verdict.urgent,
            flag_start=verdict.start,
            flag_end=verdict.end,
            flag_message=verdict.message,
            classified_at=now,
        ))
    # A fetch racing this one (after its lease expired) may insert the same rows: ignore them.
    Mention.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def _rate_limit_reset(headers) -> datetime:
    try:
        return datetime.fromtimestamp(int(headers.get("x-rate-limit-reset", "")), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return timezone.now() + timedelta(minutes=15)


def _exhausted(headers) -> bool:
    remaining = headers.get("x-rate-limit-remaining")
    return remaining is not None and remaining.strip() == "0"


def _mentions_client(account: LptAccount) -> tweepy.Client:
    client = client_for(account)
    # The raw answer: its rate-limit headers matter, and its JSON is read defensively.
    client.return_type = requests.Response
    return client


def _json(response: requests.Response):
    try:
        return response.json()
    except ValueError:
        raise MalformedPage("the answer is not JSON") from None


def _x_user_id(client: tweepy.Client) -> str:
    data = _json(client.get_me(user_auth=True)).get("data")
    user_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(user_id, str) or not user_id.isdigit():
        raise MalformedPage("users/me gave no user id")
    return user_id


def mentions_fetch(*, account_id: int) -> FetchResult:
    """Fetch the account's new mentions (since the cursor, every page) into its inbox.

    Raises the transient errors (5xx, connection, timeout) for the task to retry, after
    releasing the lease; rate limits and permanent errors are recorded on the feed.
    """
    account = LptAccount.objects.select_related("credentials").get(pk=account_id)
    if not hasattr(account, "credentials"):
        return FetchResult("no_credentials")
    claim = _claim(account, timezone.now())
    if claim is None:
        return FetchResult("busy")
    feed, token = claim
    stored = skipped = pages = 0
    x_user_id = feed.x_user_id
    try:
        client = _mentions_client(account)
        x_user_id = x_user_id or _x_user_id(client)
        newest, pagination_token = "", None
        while True:
            response = client.get_users_mentions(
                x_user_id,
                since_id=feed.since_id or None,
                pagination_token=pagination_token,
                max_results=settings.MENTIONS_PAGE_SIZE,
                expansions=["author_id"],
                tweet_fields=TWEET_FIELDS,
                user_fields=USER_FIELDS,
                user_auth=True,
            )
            page = parse_mentions_page(_json(response))
            pages += 1
            stored += _store(account, page.mentions)
            skipped += page.skipped
            newest = max(newest, page.newest_id, key=lambda i: int(i or 0))
            if not page.next_token:
                break
            if pages >= settings.MENTIONS_MAX_PAGES:
                logger.warning("mentions of @%s: stopped after %d pages; older ones are not "
                               "fetched", account.handle, pages)
                break
            if _exhausted(response.headers):
                # Out of calls mid-way: keep the cursor, come back after the reset.
                _finish(feed, token, x_user_id=x_user_id,
                        error="Rate limit reached while fetching; resuming after the reset.",
                        wait_until=_rate_limit_reset(response.headers))
                return FetchResult("rate_limited", stored, skipped, pages)
            pagination_token = page.next_token
    except tweepy.TooManyRequests as error:
        _finish(feed, token, x_user_id=x_user_id, error="Rate limited by X.",
                wait_until=_rate_limit_reset(error.response.headers))
        return FetchResult("rate_limited", stored, skipped, pages)
    except TRANSIENT_ERRORS as error:
        _finish(feed, token, x_user_id=x_user_id, error=f"Temporary error: {error}")
        raise
    except (tweepy.HTTPException, MalformedPage) as error:
        logger.warning("mentions of @%s not fetched: %s", account.handle, error)
        _finish(feed, token, x_user_id=x_user_id, error=str(error))
        return FetchResult("failed", stored, skipped, pages)
    except BaseException:
        _finish(feed, token, x_user_id=x_user_id, error="Unexpected error; see the logs.")
        raise
    if skipped:
        logger.warning("mentions of @%s: %d unusable items skipped", account.handle, skipped)
    _finish(feed, token, since_id=newest, x_user_id=x_user_id)
    return FetchResult("done", stored, skipped, pages)


def accounts_to_fetch() -> list[int]:
    """Active accounts with credentials: every one has an inbox."""
    return list(
        LptAccount.objects.filter(is_active=True, credentials__isnull=False)
        .values_list("pk", flat=True)
    )
