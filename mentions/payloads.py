"""Reading X API v2 mention pages defensively. Django-free: plain dicts in, dataclasses out.

An answer from X (or anything between us and X) may lack fields, carry nulls or wrong types, or
not be JSON at all. One bad mention is skipped and counted; it never stops the rest of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

_NUMERIC_ID = re.compile(r"^[0-9]{1,20}$")

TWEET_FIELDS = ["created_at", "author_id", "conversation_id", "referenced_tweets"]
USER_FIELDS = ["description", "location", "url", "created_at", "verified", "protected",
               "public_metrics"]

MAX_TEXT = 10_000


class MalformedPage(ValueError):
    """The answer as a whole is unusable (not a JSON object)."""


@dataclass(frozen=True)
class Author:
    id: str = ""
    username: str = ""
    name: str = ""
    description: str = ""
    location: str = ""
    url: str = ""
    created_at: datetime | None = None
    verified: bool | None = None
    protected: bool | None = None
    followers: int | None = None
    following: int | None = None
    tweets: int | None = None


@dataclass(frozen=True)
class FetchedMention:
    tweet_id: str
    text: str
    created_at: datetime | None
    conversation_id: str
    in_reply_to_tweet_id: str
    author: Author


@dataclass(frozen=True)
class MentionsPage:
    mentions: list[FetchedMention] = field(default_factory=list)
    skipped: int = 0
    next_token: str = ""

    @property
    def newest_id(self) -> str:
        return max((m.tweet_id for m in self.mentions), key=int, default="")


def _id(value) -> str:
    value = str(value) if isinstance(value, int | str) and not isinstance(value, bool) else ""
    return value if _NUMERIC_ID.match(value) else ""


def _text(value, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _time(value) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _bool(value) -> bool | None:
    return value if isinstance(value, bool) else None


def _count(value) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
        return None
    return value


def parse_author(data) -> Author | None:
    if not isinstance(data, dict) or not _id(data.get("id")):
        return None
    metrics = data.get("public_metrics")
    metrics = metrics if isinstance(metrics, dict) else {}
    return Author(
        id=_id(data["id"]),
        username=_text(data.get("username"), 15),
        name=_text(data.get("name"), 100),
        description=_text(data.get("description"), 1000),
        location=_text(data.get("location"), 200),
        url=_text(data.get("url"), 500),
        created_at=_time(data.get("created_at")),
        verified=_bool(data.get("verified")),
        protected=_bool(data.get("protected")),
        followers=_count(metrics.get("followers_count")),
        following=_count(metrics.get("following_count")),
        tweets=_count(metrics.get("tweet_count")),
    )


def _replied_to(references) -> str:
    if not isinstance(references, list):
        return ""
    for reference in references:
        if isinstance(reference, dict) and reference.get("type") == "replied_to":
            return _id(reference.get("id"))
    return ""


def parse_mention(data, authors: dict[str, Author]) -> FetchedMention | None:
    """One tweet object of the page, or None when it has no usable id or text."""
    if not isinstance(data, dict):
        return None
    tweet_id, text = _id(data.get("id")), _text(data.get("text"), MAX_TEXT)
    if not tweet_id or not text.strip():
        return None
    author_id = _id(data.get("author_id"))
    return FetchedMention(
        tweet_id=tweet_id,
        text=text,
        created_at=_time(data.get("created_at")),
        conversation_id=_id(data.get("conversation_id")),
        in_reply_to_tweet_id=_replied_to(data.get("referenced_tweets")),
        author=authors.get(author_id) or Author(id=author_id),
    )


def parse_mentions_page(payload) -> MentionsPage:
    """A page of GET /2/users/:id/mentions. Raises MalformedPage only for a non-object answer."""
    if not isinstance(payload, dict):
        raise MalformedPage("the answer is not a JSON object")
    includes = payload.get("includes")
    users = includes.get("users") if isinstance(includes, dict) else None
    authors = {}
    for user in users if isinstance(users, list) else []:
        author = parse_author(user)
        if author is not None:
            authors[author.id] = author
    data = payload.get("data")
    items = data if isinstance(data, list) else []
    mentions = [m for m in (parse_mention(item, authors) for item in items) if m is not None]
    meta = payload.get("meta")
    token = meta.get("next_token") if isinstance(meta, dict) else None
    return MentionsPage(
        mentions=mentions,
        skipped=len(items) - len(mentions),
        next_token=token if isinstance(token, str) and len(token) < 1000 else "",
    )
