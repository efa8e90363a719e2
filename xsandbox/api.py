"""Handlers of the X API v2 subset: tweets, users, timelines, mentions, retweets.

They run after authentication, rate limits and faults (see app.py) and answer like X does.
"""

from __future__ import annotations

import base64
import binascii
import math
from datetime import datetime

import twitter_text

from .faults import FaultInjector
from .messages import (
    ApiError,
    Request,
    Response,
    forbidden,
    invalid_request,
    json_response,
    parse_json_body,
    resource_not_found,
    too_many_requests,
)
from .pages import iso_time
from .store import Account, Mention, SandboxStore, Tweet, is_numeric_id

MAX_TWEET_WEIGHTED_LENGTH = 280
DUPLICATE_WINDOW_SECONDS = 24 * 60 * 60
USER_24H_WINDOW_SECONDS = 24 * 60 * 60
# Posting cap per user per 24 h when the faults do not set one: high enough not to get in the way.
DEFAULT_USER_24H_LIMIT = 10_000
MAX_RESULTS_RANGE = (5, 100)
DEFAULT_MAX_RESULTS = 10


def _csv(value: str | None) -> set[str]:
    return {item.strip() for item in (value or "").split(",") if item.strip()}


def _id_param(query: dict[str, str], name: str) -> str | None:
    value = query.get(name)
    if value is None:
        return None
    if not is_numeric_id(value):
        raise ApiError(
            invalid_request(
                f"The `{name}` query parameter value [{value}] is not valid", {name: [value]}
            )
        )
    return value


def _time_param(query: dict[str, str], name: str) -> float | None:
    """An ISO 8601 time parameter (X's `start_time`, e.g. 2026-11-25T10:00:00Z) as epoch."""
    value = query.get(name)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ApiError(
            invalid_request(
                f"The `{name}` query parameter value [{value}] is not a valid time",
                {name: [value]},
            )
        )
    return moment.timestamp()


def _max_results(query: dict[str, str]) -> int:
    value = query.get("max_results")
    if value is None:
        return DEFAULT_MAX_RESULTS
    low, high = MAX_RESULTS_RANGE
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise ApiError(
            invalid_request(
                f"The `max_results` query parameter value [{value}] is not between {low} and"
                f" {high}",
                {"max_results": [value]},
            )
        )
    return int(value)


def encode_pagination_token(before_id: str) -> str:
    return base64.urlsafe_b64encode(f"before:{before_id}".encode()).decode().rstrip("=")


def _decode_pagination_token(query: dict[str, str]) -> str | None:
    token = query.get("pagination_token")
    if token is None:
        return None
    try:
        decoded = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        decoded = ""
    prefix, _, before_id = decoded.partition(":")
    if prefix != "before" or not is_numeric_id(before_id):
        raise ApiError(
            invalid_request(
                f"The `pagination_token` query parameter value [{token}] is not valid",
                {"pagination_token": [token]},
            )
        )
    return before_id


class XApiHandlers:
    """One method per X API route; each takes the request and the authenticated account."""

    def __init__(self, store: SandboxStore, faults: FaultInjector, clock):
        self.store = store
        self.faults = faults
        self.clock = clock

    # tweets

    def _user_limit(self, account: Account) -> tuple[int, int, int]:
        """(limit, used, reset epoch) of the account's 24-hour posting cap."""
        limit = self.faults.settings.per_user_24h_limit
        limit = DEFAULT_USER_24H_LIMIT if limit is None else limit
        now = self.clock()
        used, oldest = self.store.tweets_created_since(account.id, now - USER_24H_WINDOW_SECONDS)
        return limit, used, math.ceil((oldest or now) + USER_24H_WINDOW_SECONDS)

    @staticmethod
    def _user_limit_headers(limit: int, used: int, reset: int) -> dict[str, str]:
        return {
            "x-user-limit-24hour-limit": str(limit),
            "x-user-limit-24hour-remaining": str(max(0, limit - used)),
            "x-user-limit-24hour-reset": str(reset),
        }

    def create_tweet(self, request: Request, account: Account) -> Response:
        with self.store.transaction():
            limit, used, reset = self._user_limit(account)
            headers = self._user_limit_headers(limit, used, reset)
            if used >= limit:
                return too_many_requests(headers)
            try:
                text, in_reply_to = self._validated_new_tweet(request, account)
            except ApiError as error:
                error.response.headers.update(headers)
                raise
            tweet = self.store.create_tweet(account.id, text, in_reply_to)
            _, used, reset = self._user_limit(account)
        data = {"id": tweet.id, "text": tweet.text, "edit_history_tweet_ids": [tweet.id]}
        return json_response(201, {"data": data}, self._user_limit_headers(limit, used, reset))

    def _validated_new_tweet(self, request: Request, account: Account) -> tuple[str, str | None]:
        payload = parse_json_body(request)
        text = payload.get("text")
        if text is not None and not isinstance(text, str):
            raise ApiError(invalid_request("$.text: must be a string", {"text": [str(text)]}))
        in_reply_to = None
        reply = payload.get("reply")
        if reply is not None:
            in_reply_to = reply.get("in_reply_to_tweet_id") if isinstance(reply, dict) else None
            if not is_numeric_id(str(in_reply_to)):
                raise ApiError(
                    invalid_request(
                        "$.reply.in_reply_to_tweet_id: must be a Tweet id", {"reply": [str(reply)]}
                    )
                )
            in_reply_to = str(in_reply_to)
        if not text or not text.strip():
            raise ApiError(invalid_request("Tweet text is empty", {"text": [text or ""]}))
        parsed = twitter_text.parse_tweet(text)
        if parsed.weightedLength > MAX_TWEET_WEIGHTED_LENGTH:
            raise ApiError(invalid_request("Tweet text is too long", {"text": [text]}))
        if not parsed.valid:
            raise ApiError(invalid_request("Tweet text is not valid", {"text": [text]}))
        replied = self.store.get_tweet(in_reply_to) if in_reply_to else None
        if replied is not None and replied.deleted:
            raise ApiError(
                forbidden(
                    "You attempted to reply to a Tweet that is deleted or not visible to you."
                )
            )
        since = self.clock() - DUPLICATE_WINDOW_SECONDS
        if self.store.find_live_duplicate(account.id, text, since):
            raise ApiError(
                forbidden("You are not allowed to create a Tweet with duplicate content.")
            )
        return text, in_reply_to

    def delete_tweet(self, request: Request, account: Account, tweet_id: str) -> Response:
        if not is_numeric_id(tweet_id):
            raise ApiError(
                invalid_request(f"The `id` query parameter value [{tweet_id}] is not valid")
            )
        tweet = self.store.get_tweet(tweet_id)
        if tweet is None and self.store.get_mention(tweet_id) is not None:
            return forbidden("You are not allowed to delete a Tweet you did not create.")
        if tweet is None or tweet.deleted:
            return json_response(200, {"data": {"deleted": False}})
        if tweet.author_id != account.id:
            return forbidden("You are not allowed to delete a Tweet you did not create.")
        deleted = self.store.mark_deleted(tweet_id)
        return json_response(200, {"data": {"deleted": deleted}})

    # users

    def users_me(self, request: Request, account: Account) -> Response:
        fields = _csv(request.query.get("user.fields"))
        return json_response(200, {"data": self._account_object(account, fields)})

    @staticmethod
    def _account_object(account: Account, fields: set[str]) -> dict:
        data = {"id": account.id, "name": account.name, "username": account.username}
        optional = {
            "description": account.description,
            "created_at": iso_time(account.created_at),
            "protected": False,
            "verified": False,
        }
        return data | {name: value for name, value in optional.items() if name in fields}

    @staticmethod
    def _author_object(mention: Mention, fields: set[str]) -> dict:
        data = {
            "id": mention.author_id,
            "name": mention.author_name,
            "username": mention.author_username,
        }
        optional = {
            "description": mention.author_description,
            "protected": False,
            "verified": False,
        }
        return data | {name: value for name, value in optional.items() if name in fields}

    def _path_account(self, user_id: str) -> Account | None:
        if not is_numeric_id(user_id):
            raise ApiError(
                invalid_request(f"The `id` query parameter value [{user_id}] is not valid")
            )
        return self.store.get_account_by_id(user_id)

    def _find_any(self, tweet_id: str | None) -> Tweet | Mention | None:
        if not tweet_id:
            return None
        return self.store.get_tweet(tweet_id) or self.store.get_mention(tweet_id)

    def _conversation_id(self, item: Tweet | Mention) -> str:
        """The id of the first tweet of the reply chain, as far as the sandbox knows it."""
        current = item
        for _ in range(100):  # reply chains are short; this bounds a pathological loop
            parent = self._find_any(current.in_reply_to_tweet_id)
            if parent is None:
                return current.in_reply_to_tweet_id or current.id
            current = parent
        return current.id

    def _tweet_object(self, item: Tweet | Mention, fields: set[str]) -> dict:
        data = {"id": item.id, "text": item.text, "edit_history_tweet_ids": [item.id]}
        optional: dict = {
            "author_id": item.author_id,
            "created_at": iso_time(item.created_at),
        }
        if "conversation_id" in fields:
            optional["conversation_id"] = self._conversation_id(item)
        if item.in_reply_to_tweet_id:
            optional["referenced_tweets"] = [
                {"type": "replied_to", "id": item.in_reply_to_tweet_id}
            ]
            parent = self._find_any(item.in_reply_to_tweet_id)
            if parent is not None:
                optional["in_reply_to_user_id"] = parent.author_id
        return data | {name: value for name, value in optional.items() if name in fields}

    def _timeline_answer(self, items: list, query: dict[str, str], limit: int, authors) -> Response:
        """X's paginated list answer: data, includes (for expansions), meta."""
        page, has_more = items[:limit], len(items) > limit
        if not page:
            return json_response(200, {"meta": {"result_count": 0}})
        tweet_fields = _csv(query.get("tweet.fields"))
        expansions = _csv(query.get("expansions"))
        payload: dict = {"data": [self._tweet_object(item, tweet_fields) for item in page]}
        includes = {}
        if "author_id" in expansions:
            includes["users"] = authors(page, _csv(query.get("user.fields")))
        if "referenced_tweets.id" in expansions:
            referenced = {
                item.in_reply_to_tweet_id: self._find_any(item.in_reply_to_tweet_id)
                for item in page
                if item.in_reply_to_tweet_id
            }
            found = [self._tweet_object(t, tweet_fields) for t in referenced.values() if t]
            if found:
                includes["tweets"] = found
        if includes:
            payload["includes"] = includes
        meta = {"result_count": len(page), "newest_id": page[0].id, "oldest_id": page[-1].id}
        if has_more:
            meta["next_token"] = encode_pagination_token(page[-1].id)
        payload["meta"] = meta
        return json_response(200, payload)

    def _window(self, query: dict[str, str]) -> tuple[int, str | None, str | None]:
        limit = _max_results(query)
        since_id = _id_param(query, "since_id")
        until_id = _id_param(query, "until_id")
        before_id = _decode_pagination_token(query)
        if before_id and (until_id is None or int(before_id) < int(until_id)):
            until_id = before_id
        return limit, since_id, until_id

    def user_tweets(self, request: Request, account: Account, user_id: str) -> Response:
        owner = self._path_account(user_id)
        if owner is None:
            return resource_not_found("user", user_id)
        query = request.query
        limit, since_id, until_id = self._window(query)
        tweets = self.store.user_timeline(
            owner.id,
            limit=limit + 1,
            since_id=since_id,
            until_id=until_id,
            start_time=_time_param(query, "start_time"),
        )

        def authors(page, fields):
            return [self._account_object(owner, fields)]

        return self._timeline_answer(tweets, query, limit, authors)

    def user_mentions(self, request: Request, account: Account, user_id: str) -> Response:
        target = self._path_account(user_id)
        if target is None:
            return resource_not_found("user", user_id)
        query = request.query
        limit, since_id, until_id = self._window(query)
        mentions = self.store.mentions_of(
            target.id, limit=limit + 1, since_id=since_id, until_id=until_id
        )

        def authors(page, fields):
            unique = {mention.author_id: mention for mention in page}
            return [self._author_object(mention, fields) for mention in unique.values()]

        return self._timeline_answer(mentions, query, limit, authors)

    # retweets

    def retweet(self, request: Request, account: Account, user_id: str) -> Response:
        if user_id != account.id:
            return forbidden("You are not permitted to perform this action.")
        payload = parse_json_body(request)
        tweet_id = str(payload.get("tweet_id", ""))
        if not is_numeric_id(tweet_id):
            raise ApiError(
                invalid_request("$.tweet_id: must be a Tweet id", {"tweet_id": [tweet_id]})
            )
        # Unknown ids are fine: the tweet may be a real one outside the sandbox.
        self.store.add_retweet(account.id, tweet_id)
        return json_response(200, {"data": {"retweeted": True}})

    def unretweet(self, request: Request, account: Account, user_id: str, tweet_id: str):
        if user_id != account.id:
            return forbidden("You are not permitted to perform this action.")
        if not is_numeric_id(tweet_id):
            raise ApiError(
                invalid_request(
                    f"The `source_tweet_id` query parameter value [{tweet_id}] is not valid"
                )
            )
        self.store.remove_retweet(account.id, tweet_id)
        return json_response(200, {"data": {"retweeted": False}})
