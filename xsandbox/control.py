"""The control API (JSON, no auth: a local test double) and the HTML pages with their forms."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, quote

from . import pages
from .faults import FaultInjector
from .messages import (
    ApiError,
    Request,
    Response,
    control_error,
    html_response,
    json_response,
    redirect,
)
from .pages import iso_time
from .ratelimits import RateLimiter
from .requestlog import RequestLog
from .store import USERNAME_PATTERN, Account, Mention, SandboxStore, is_numeric_id


class ControlHandlers:
    """Handlers for /_sandbox/... and the pages; they change state the X API only reads."""

    def __init__(
        self,
        store: SandboxStore,
        faults: FaultInjector,
        rate_limiter: RateLimiter,
        request_log: RequestLog,
    ):
        self.store = store
        self.faults = faults
        self.rate_limiter = rate_limiter
        self.request_log = request_log

    def _control_json(self, request: Request, *, optional: bool = False):
        if optional and not request.body.strip():
            return {}
        try:
            return json.loads(request.body.decode("utf-8"))
        except (ValueError, RecursionError):
            raise ApiError(control_error(400, "request body is not valid JSON")) from None

    def health(self, request: Request) -> Response:
        return json_response(200, {"status": "ok", "accounts": len(self.store.list_accounts())})

    def list_accounts(self, request: Request) -> Response:
        return json_response(200, {"accounts": [a.as_dict() for a in self.store.list_accounts()]})

    def register_accounts(self, request: Request) -> Response:
        payload = self._control_json(request)
        try:
            if isinstance(payload, list):
                accounts = register_accounts(self.store, payload)
                return json_response(200, {"accounts": [a.as_dict() for a in accounts]})
            return json_response(200, register_accounts(self.store, [payload])[0].as_dict())
        except ValueError as error:
            return control_error(400, str(error))

    def get_faults(self, request: Request) -> Response:
        return json_response(200, self.faults.describe())

    def set_faults(self, request: Request) -> Response:
        try:
            self.faults.configure(self._control_json(request))
        except ValueError as error:
            return control_error(400, str(error))
        return json_response(200, self.faults.describe())

    def clear_faults(self, request: Request) -> Response:
        self.faults.clear()
        return json_response(200, self.faults.describe())

    def _mention_json(self, mention: Mention) -> dict:
        target = self.store.get_account_by_id(mention.target_id)
        return {
            "id": mention.id,
            "to": target.username if target else None,
            "target_id": mention.target_id,
            "author_id": mention.author_id,
            "author_username": mention.author_username,
            "author_name": mention.author_name,
            "author_description": mention.author_description,
            "text": mention.text,
            "in_reply_to_tweet_id": mention.in_reply_to_tweet_id,
            "created_at": iso_time(mention.created_at),
            "url": f"/{mention.author_username}/status/{mention.id}",
        }

    def _store_mention(self, data: dict) -> Mention:
        """Validate and store a mention described by control-API fields; ValueError if bad."""
        if not isinstance(data, dict):
            raise ValueError("mention must be a JSON object")
        target = self.store.get_account_by_username(str(data.get("to") or ""))
        if target is None:
            raise ValueError("`to` must be the username of a registered account")
        author = data.get("author_username")
        if not isinstance(author, str) or not USERNAME_PATTERN.fullmatch(author):
            raise ValueError("author_username must be 1-15 letters, digits or underscores")
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ValueError("text must be a non-empty string")
        in_reply_to = data.get("in_reply_to_tweet_id") or None
        if in_reply_to is not None and not is_numeric_id(str(in_reply_to)):
            raise ValueError("in_reply_to_tweet_id must be a numeric id")
        for name in ("author_name", "author_description"):
            if not isinstance(data.get(name) or "", str):
                raise ValueError(f"{name} must be a string")
        return self.store.add_mention(
            target.id,
            author_username=author,
            text=text,
            author_name=data.get("author_name") or None,
            author_description=data.get("author_description") or "",
            in_reply_to_tweet_id=str(in_reply_to) if in_reply_to else None,
        )

    def add_mention(self, request: Request) -> Response:
        try:
            mention = self._store_mention(self._control_json(request))
        except ValueError as error:
            return control_error(400, str(error))
        return json_response(201, self._mention_json(mention))

    def list_mentions(self, request: Request) -> Response:
        target_id = self._control_account_id(request)
        mentions = self.store.list_mentions(target_id)
        return json_response(200, {"mentions": [self._mention_json(m) for m in mentions]})

    def _control_account_id(self, request: Request) -> str | None:
        username = request.query.get("username")
        if not username:
            return None
        account = self.store.get_account_by_username(username)
        if account is None:
            raise ApiError(control_error(404, f"no account @{username}"))
        return account.id

    def list_tweets(self, request: Request) -> Response:
        """Everything posted (deleted tweets and undone retweets too), newest first."""
        author_id = self._control_account_id(request)
        accounts = {a.id: a for a in self.store.list_accounts()}

        def username(account_id):
            account = accounts.get(account_id)
            return account.username if account else None

        def when(epoch):
            return iso_time(epoch) if epoch is not None else None

        entries = [
            {
                "kind": "tweet",
                "id": t.id,
                "author_id": t.author_id,
                "username": username(t.author_id),
                "text": t.text,
                "in_reply_to_tweet_id": t.in_reply_to_tweet_id,
                "created_at": iso_time(t.created_at),
                "deleted": t.deleted,
                "deleted_at": when(t.deleted_at),
                "url": f"/{username(t.author_id)}/status/{t.id}",
            }
            for t in self.store.list_tweets(author_id)
        ]
        entries += [
            {
                "kind": "retweet",
                "id": r.id,
                "author_id": r.user_id,
                "username": username(r.user_id),
                "retweeted_tweet_id": r.tweet_id,
                "created_at": iso_time(r.created_at),
                "deleted": r.deleted,
                "deleted_at": when(r.deleted_at),
            }
            for r in self.store.list_retweets(author_id)
        ]
        entries.sort(key=lambda entry: int(entry["id"]), reverse=True)
        return json_response(200, entries)

    def list_requests(self, request: Request) -> Response:
        """The X API requests answered since the last reset, oldest first."""
        entries = self.request_log.entries(request.query.get("username"))
        return json_response(200, [entry.as_dict() for entry in entries])

    def reset(self, request: Request) -> Response:
        payload = self._control_json(request, optional=True)
        if not isinstance(payload, dict):
            return control_error(400, 'reset takes a JSON object such as {"accounts": true}')
        forget_accounts = payload.get("accounts") is True
        self._reset(accounts=forget_accounts)
        return json_response(200, {"reset": True, "accounts_cleared": forget_accounts})

    def _reset(self, *, accounts: bool) -> None:
        self.store.reset(accounts=accounts)
        self.faults.forget()
        self.rate_limiter.clear()
        self.request_log.clear()

    # HTML pages

    def timeline_page(self, request: Request) -> Response:
        all_tweets = self.store.list_tweets()
        accounts = {a.id: a for a in self.store.list_accounts()}
        html = pages.timeline_page(
            [t for t in all_tweets if not t.deleted],
            [r for r in self.store.list_retweets() if not r.deleted],
            accounts,
            {t.id: t for t in all_tweets},
        )
        return html_response(200, html)

    def status_page(self, request: Request, username: str, tweet_id: str) -> Response:
        # Like x.com, the id decides; the username in the URL is not checked.
        tweet = self.store.get_tweet(tweet_id)
        if tweet is not None and not tweet.deleted:
            author = self.store.get_account_by_id(tweet.author_id)
            return html_response(200, pages.status_page(tweet, author))
        mention = self.store.get_mention(tweet_id) if tweet is None else None
        if mention is not None:
            return html_response(200, pages.mention_status_page(mention))
        return html_response(404, pages.not_found_page())

    def admin_page(self, request: Request, message: str = "", status: int = 200) -> Response:
        html = pages.admin_page(
            self.faults.describe(),
            self.store.list_accounts(),
            self.store.list_mentions(),
            message or request.query.get("message", ""),
        )
        return html_response(status, html)

    @staticmethod
    def _form(request: Request) -> dict[str, str]:
        try:
            parsed = parse_qs(request.body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError:
            parsed = {}
        return {name: values[0].strip() for name, values in parsed.items()}

    @staticmethod
    def _back_to_admin(message: str) -> Response:
        return redirect("/_sandbox/admin?message=" + quote(message))

    def admin_set_faults(self, request: Request) -> Response:
        try:
            self.faults.configure(faults_from_form(self._form(request)))
        except ValueError as error:
            return self.admin_page(request, f"Faults not applied: {error}", 400)
        return self._back_to_admin("Faults applied.")

    def admin_clear_faults(self, request: Request) -> Response:
        self.faults.clear()
        return self._back_to_admin("All faults cleared.")

    def admin_add_mention(self, request: Request) -> Response:
        try:
            mention = self._store_mention(self._form(request))
        except ValueError as error:
            return self.admin_page(request, f"Mention not added: {error}", 400)
        return self._back_to_admin(f"Mention {mention.id} added.")

    def admin_reset(self, request: Request) -> Response:
        self._reset(accounts=False)
        return self._back_to_admin("Posts, mentions and faults cleared.")


def faults_from_form(form: dict[str, str]) -> dict:
    """Turn the admin page's fault form into control-API JSON; ValueError on bad numbers."""
    data: dict = {}
    for name in ("error_rate", "drop_after_store_rate", "slow_rate", "slow_seconds"):
        if form.get(name):
            data[name] = _form_number(form[name], name, float)
    if form.get("error_statuses"):
        data["error_statuses"] = [
            _form_number(status, "error_statuses", int)
            for status in form["error_statuses"].split(",")
            if status.strip()
        ]
    if form.get("rate_limit_remaining") or form.get("rate_limit_reset_in"):
        data["rate_limit"] = {
            "remaining": _form_number(form.get("rate_limit_remaining") or "0", "remaining", int),
            "reset_in": _form_number(form.get("rate_limit_reset_in") or "60", "reset_in", float),
        }
    for name in ("per_user_24h_limit", "seed"):
        if form.get(name):
            data[name] = _form_number(form[name], name, int)
    return data


def _form_number(value: str, name: str, kind: type):
    try:
        return kind(value.strip())
    except ValueError:
        raise ValueError(f"{name} must be a number, not {value!r}") from None


def register_accounts(store: SandboxStore, accounts: list) -> list[Account]:
    """Register (or update) accounts described as control-API JSON objects."""
    names = (
        "name",
        "description",
        "id",
        "consumer_key",
        "consumer_secret",
        "access_token",
        "access_token_secret",
    )
    registered = []
    for data in accounts:
        if not isinstance(data, dict):
            raise ValueError("each account must be a JSON object")
        unknown = set(data) - {"username", *names}
        if unknown:
            raise ValueError(f"unknown account fields: {', '.join(sorted(unknown))}")
        values = {name: data.get(name) for name in names}
        if not all(
            value is None or (isinstance(value, str | int) and not isinstance(value, bool))
            for value in values.values()
        ):
            raise ValueError("account fields must be strings")
        values = {name: None if value is None else str(value) for name, value in values.items()}
        registered.append(store.upsert_account(data.get("username"), **values))
    return registered
