"""sqlite3-backed state of the sandbox: accounts, tweets, retweets, mentions, nonces, faults.

One connection shared by all server threads, serialised by a re-entrant lock, so that a
handler can run several calls atomically inside `SandboxStore.transaction()`.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass

# X ids are "snowflakes": milliseconds since this epoch, shifted left by 22 bits.
TWITTER_EPOCH_MS = 1288834974657
USERNAME_PATTERN = re.compile(r"[A-Za-z0-9_]{1,15}")
MAX_ID = 2**63 - 1  # sqlite INTEGER range

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    consumer_key TEXT NOT NULL,
    consumer_secret TEXT NOT NULL,
    access_token TEXT NOT NULL UNIQUE,
    access_token_secret TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS tweets (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    in_reply_to_tweet_id INTEGER,
    created_at REAL NOT NULL,
    deleted_at REAL
);
CREATE INDEX IF NOT EXISTS tweets_by_author ON tweets (author_id, id);
CREATE TABLE IF NOT EXISTS retweets (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    tweet_id INTEGER NOT NULL,
    created_at REAL NOT NULL,
    deleted_at REAL
);
CREATE INDEX IF NOT EXISTS retweets_by_user ON retweets (user_id, tweet_id);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    target_id INTEGER NOT NULL,
    author_id INTEGER NOT NULL,
    author_username TEXT NOT NULL,
    author_name TEXT NOT NULL,
    author_description TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    in_reply_to_tweet_id INTEGER,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_by_target ON mentions (target_id, id);
CREATE TABLE IF NOT EXISTS nonces (
    consumer_key TEXT NOT NULL,
    access_token TEXT NOT NULL,
    nonce TEXT NOT NULL,
    timestamp INTEGER NOT NULL,
    PRIMARY KEY (consumer_key, access_token, nonce)
);
CREATE INDEX IF NOT EXISTS nonces_by_time ON nonces (timestamp);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Account:
    id: str
    username: str
    name: str
    description: str
    consumer_key: str
    consumer_secret: str
    access_token: str
    access_token_secret: str
    created_at: float

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Tweet:
    id: str
    author_id: str
    text: str
    in_reply_to_tweet_id: str | None
    created_at: float
    deleted_at: float | None

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class Mention:
    """A tweet by someone outside the sandbox that mentions a sandbox account."""

    id: str
    target_id: str
    author_id: str
    author_username: str
    author_name: str
    author_description: str
    text: str
    in_reply_to_tweet_id: str | None
    created_at: float


@dataclass(frozen=True)
class Retweet:
    """A repost: on X it is a tweet of its own, with its own id."""

    id: str
    user_id: str
    tweet_id: str
    created_at: float
    deleted_at: float | None

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


def is_numeric_id(value) -> bool:
    """True for a string of ASCII digits that fits the id column."""
    return (
        isinstance(value, str)
        and re.fullmatch(r"[0-9]{1,19}", value) is not None
        and int(value) <= MAX_ID
    )


def _str_or_none(value) -> str | None:
    return None if value is None else str(value)


def external_user_id(username: str) -> str:
    """A stable numeric id for an author outside the sandbox, derived from the username."""
    digest = hashlib.sha256(username.lower().encode()).hexdigest()
    return str(int(digest[:15], 16))


class SandboxStore:
    """Thread-safe persistence for the sandbox. `db_path` is a file path or ':memory:'."""

    def __init__(self, db_path: str = ":memory:", clock=time.time):
        self.db_path = db_path
        self.clock = clock
        self._lock = threading.RLock()
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.executescript(SCHEMA)
        self._last_id = self._max_stored_id()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the enclosed store calls atomically (nested use is allowed)."""
        with self._lock:
            if self._db.in_transaction:
                yield
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _query(self, sql: str, params=()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _execute(self, sql: str, params=()) -> int:
        with self._lock:
            return self._db.execute(sql, params).rowcount

    # ids

    def _max_stored_id(self) -> int:
        row = self._db.execute(
            "SELECT max(m) FROM (SELECT max(id) AS m FROM tweets"
            " UNION ALL SELECT max(id) FROM mentions UNION ALL SELECT max(id) FROM retweets)"
        ).fetchone()
        return row[0] or 0

    def next_id(self) -> str:
        """A new snowflake-like id, strictly greater than every id handed out before."""
        with self._lock:
            candidate = (int(self.clock() * 1000) - TWITTER_EPOCH_MS) << 22
            self._last_id = max(candidate, self._last_id + 1)
            return str(self._last_id)

    # accounts

    def upsert_account(
        self,
        username: str,
        *,
        name: str | None = None,
        description: str | None = None,
        id: str | None = None,
        consumer_key: str | None = None,
        consumer_secret: str | None = None,
        access_token: str | None = None,
        access_token_secret: str | None = None,
    ) -> Account:
        """Register an account, or update the one with this username (its id is kept).

        Missing credentials are generated. A new account's id is, in order: `id`, the numeric
        prefix of `access_token` if no other account has it (X access tokens look like
        "<user id>-<random>", and tweepy reads the user id from there for retweets), or a fresh
        snowflake.
        Raises ValueError on an invalid username or an access token used by another account.
        """
        if not isinstance(username, str) or not USERNAME_PATTERN.fullmatch(username):
            raise ValueError("username must be 1-15 letters, digits or underscores")
        if id is not None and not is_numeric_id(str(id)):
            raise ValueError("id must be a numeric string")
        with self.transaction():
            existing = self.get_account_by_username(username)
            if existing is None:
                prefix = (access_token or "").partition("-")[0]
                if id:
                    account_id = str(id)
                elif is_numeric_id(prefix) and self.get_account_by_id(prefix) is None:
                    account_id = prefix
                else:  # no usable prefix, or another account already has that id
                    account_id = self.next_id()
                access_token = access_token or f"{account_id}-{secrets.token_urlsafe(24)}"
                values = {
                    "id": int(account_id),
                    "username": username,
                    "name": name or username,
                    "description": description or "",
                    "consumer_key": consumer_key or secrets.token_urlsafe(18),
                    "consumer_secret": consumer_secret or secrets.token_urlsafe(36),
                    "access_token": access_token,
                    "access_token_secret": access_token_secret or secrets.token_urlsafe(33),
                    "created_at": self.clock(),
                }
            else:
                values = existing.as_dict() | {
                    key: value
                    for key, value in {
                        "username": username,
                        "name": name,
                        "description": description,
                        "consumer_key": consumer_key,
                        "consumer_secret": consumer_secret,
                        "access_token": access_token,
                        "access_token_secret": access_token_secret,
                    }.items()
                    if value is not None
                }
                values["id"] = int(existing.id)
            clash = self._query(
                "SELECT username FROM accounts WHERE (access_token = ? OR id = ?)"
                " AND username != ? COLLATE NOCASE",
                (values["access_token"], values["id"], username),
            )
            if clash:
                raise ValueError(f"access token or id already used by @{clash[0]['username']}")
            self._execute(
                "INSERT OR REPLACE INTO accounts (id, username, name, description, consumer_key,"
                " consumer_secret, access_token, access_token_secret, created_at) VALUES"
                " (:id, :username, :name, :description, :consumer_key, :consumer_secret,"
                " :access_token, :access_token_secret, :created_at)",
                values,
            )
            return self.get_account_by_username(username)

    def _account(self, where: str, params) -> Account | None:
        rows = self._query(f"SELECT * FROM accounts WHERE {where}", params)
        if not rows:
            return None
        return Account(**(dict(rows[0]) | {"id": str(rows[0]["id"])}))

    def get_account_by_username(self, username: str) -> Account | None:
        return self._account("username = ? COLLATE NOCASE", (username,))

    def get_account_by_id(self, account_id: str) -> Account | None:
        if not is_numeric_id(str(account_id)):
            return None
        return self._account("id = ?", (int(account_id),))

    def account_for_credentials(self, consumer_key: str, access_token: str) -> Account | None:
        """The account owning this consumer key + access token pair, if any."""
        return self._account(
            "consumer_key = ? AND access_token = ?", (consumer_key or "", access_token or "")
        )

    def consumer_key_exists(self, consumer_key: str) -> bool:
        return bool(self._query("SELECT 1 FROM accounts WHERE consumer_key = ?", (consumer_key,)))

    def list_accounts(self) -> list[Account]:
        rows = self._query("SELECT username FROM accounts ORDER BY username")
        return [self.get_account_by_username(row["username"]) for row in rows]

    # tweets

    @staticmethod
    def _tweet(row: sqlite3.Row) -> Tweet:
        return Tweet(
            id=str(row["id"]),
            author_id=str(row["author_id"]),
            text=row["text"],
            in_reply_to_tweet_id=_str_or_none(row["in_reply_to_tweet_id"]),
            created_at=row["created_at"],
            deleted_at=row["deleted_at"],
        )

    def create_tweet(self, author_id: str, text: str, in_reply_to_tweet_id: str | None = None):
        """Store a new tweet and return it."""
        with self.transaction():
            tweet_id = self.next_id()
            self._execute(
                "INSERT INTO tweets (id, author_id, text, in_reply_to_tweet_id, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    int(tweet_id),
                    int(author_id),
                    text,
                    int(in_reply_to_tweet_id) if in_reply_to_tweet_id else None,
                    self.clock(),
                ),
            )
            return self.get_tweet(tweet_id)

    def get_tweet(self, tweet_id: str) -> Tweet | None:
        if not is_numeric_id(str(tweet_id)):
            return None
        rows = self._query("SELECT * FROM tweets WHERE id = ?", (int(tweet_id),))
        return self._tweet(rows[0]) if rows else None

    def mark_deleted(self, tweet_id: str) -> bool:
        """Flag a tweet as deleted; False when it is unknown or already deleted."""
        return bool(
            self._execute(
                "UPDATE tweets SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                (self.clock(), int(tweet_id)),
            )
        )

    def find_live_duplicate(self, author_id: str, text: str, since: float) -> Tweet | None:
        """A not-deleted tweet by this author with exactly this text created after `since`."""
        rows = self._query(
            "SELECT * FROM tweets WHERE author_id = ? AND text = ? AND created_at >= ?"
            " AND deleted_at IS NULL LIMIT 1",
            (int(author_id), text, since),
        )
        return self._tweet(rows[0]) if rows else None

    def tweets_created_since(self, author_id: str, since: float) -> tuple[int, float | None]:
        """(count, oldest created_at) of this author's tweets since `since`, deleted included."""
        row = self._query(
            "SELECT count(*), min(created_at) FROM tweets WHERE author_id = ? AND created_at >= ?",
            (int(author_id), since),
        )[0]
        return row[0], row[1]

    def user_timeline(
        self,
        author_id: str,
        *,
        limit: int,
        since_id: str | None = None,
        until_id: str | None = None,
        start_time: float | None = None,
    ) -> list[Tweet]:
        """Not-deleted tweets of one author, newest first, with since_id < id < until_id,
        created at or after `start_time` (epoch seconds) when given."""
        rows = self._query(
            "SELECT * FROM tweets WHERE author_id = ? AND deleted_at IS NULL"
            " AND id > ? AND id < ? AND created_at >= ? ORDER BY id DESC LIMIT ?",
            (int(author_id), int(since_id or 0), int(until_id or MAX_ID), start_time or 0, limit),
        )
        return [self._tweet(row) for row in rows]

    def list_tweets(self, author_id: str | None = None) -> list[Tweet]:
        """Every stored tweet (deleted ones too), newest first, optionally of one author."""
        if author_id is None:
            rows = self._query("SELECT * FROM tweets ORDER BY id DESC")
        else:
            rows = self._query(
                "SELECT * FROM tweets WHERE author_id = ? ORDER BY id DESC", (int(author_id),)
            )
        return [self._tweet(row) for row in rows]

    # retweets

    @staticmethod
    def _retweet(row: sqlite3.Row) -> Retweet:
        return Retweet(
            id=str(row["id"]),
            user_id=str(row["user_id"]),
            tweet_id=str(row["tweet_id"]),
            created_at=row["created_at"],
            deleted_at=row["deleted_at"],
        )

    def _live_retweet(self, user_id: str, tweet_id: str) -> Retweet | None:
        rows = self._query(
            "SELECT * FROM retweets WHERE user_id = ? AND tweet_id = ? AND deleted_at IS NULL",
            (int(user_id), int(tweet_id)),
        )
        return self._retweet(rows[0]) if rows else None

    def add_retweet(self, user_id: str, tweet_id: str) -> Retweet:
        """Retweet `tweet_id` as `user_id`; retweeting again returns the existing retweet."""
        with self.transaction():
            existing = self._live_retweet(user_id, tweet_id)
            if existing is not None:
                return existing
            self._execute(
                "INSERT INTO retweets (id, user_id, tweet_id, created_at) VALUES (?, ?, ?, ?)",
                (int(self.next_id()), int(user_id), int(tweet_id), self.clock()),
            )
            return self._live_retweet(user_id, tweet_id)

    def remove_retweet(self, user_id: str, tweet_id: str) -> bool:
        """Undo a retweet (it stays stored, flagged deleted); False if there was none."""
        return bool(
            self._execute(
                "UPDATE retweets SET deleted_at = ?"
                " WHERE user_id = ? AND tweet_id = ? AND deleted_at IS NULL",
                (self.clock(), int(user_id), int(tweet_id)),
            )
        )

    def list_retweets(self, user_id: str | None = None) -> list[Retweet]:
        """Stored retweets (undone ones too), newest first, optionally of one user."""
        where, params = ("WHERE user_id = ?", (int(user_id),)) if user_id else ("", ())
        rows = self._query(f"SELECT * FROM retweets {where} ORDER BY id DESC", params)
        return [self._retweet(row) for row in rows]

    # mentions

    @staticmethod
    def _mention(row: sqlite3.Row) -> Mention:
        return Mention(
            **(
                dict(row)
                | {
                    "id": str(row["id"]),
                    "target_id": str(row["target_id"]),
                    "author_id": str(row["author_id"]),
                    "in_reply_to_tweet_id": _str_or_none(row["in_reply_to_tweet_id"]),
                }
            )
        )

    def add_mention(
        self,
        target_id: str,
        *,
        author_username: str,
        text: str,
        author_name: str | None = None,
        author_description: str = "",
        in_reply_to_tweet_id: str | None = None,
    ) -> Mention:
        """Store a tweet by an outside author that mentions the account `target_id`."""
        with self.transaction():
            mention_id = self.next_id()
            self._execute(
                "INSERT INTO mentions (id, target_id, author_id, author_username, author_name,"
                " author_description, text, in_reply_to_tweet_id, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    int(mention_id),
                    int(target_id),
                    int(external_user_id(author_username)),
                    author_username,
                    author_name or author_username,
                    author_description or "",
                    text,
                    int(in_reply_to_tweet_id) if in_reply_to_tweet_id else None,
                    self.clock(),
                ),
            )
            return self.get_mention(mention_id)

    def get_mention(self, mention_id: str) -> Mention | None:
        if not is_numeric_id(str(mention_id)):
            return None
        rows = self._query("SELECT * FROM mentions WHERE id = ?", (int(mention_id),))
        return self._mention(rows[0]) if rows else None

    def mentions_of(
        self,
        target_id: str,
        *,
        limit: int,
        since_id: str | None = None,
        until_id: str | None = None,
    ) -> list[Mention]:
        """Mentions of one account, newest first, with since_id < id < until_id."""
        rows = self._query(
            "SELECT * FROM mentions WHERE target_id = ? AND id > ? AND id < ?"
            " ORDER BY id DESC LIMIT ?",
            (int(target_id), int(since_id or 0), int(until_id or MAX_ID), limit),
        )
        return [self._mention(row) for row in rows]

    def list_mentions(self, target_id: str | None = None) -> list[Mention]:
        where, params = ("WHERE target_id = ?", (int(target_id),)) if target_id else ("", ())
        rows = self._query(f"SELECT * FROM mentions {where} ORDER BY id DESC", params)
        return [self._mention(row) for row in rows]

    # OAuth nonces

    def nonce_seen(self, consumer_key: str, access_token: str, nonce: str) -> bool:
        return bool(
            self._query(
                "SELECT 1 FROM nonces WHERE consumer_key = ? AND access_token = ? AND nonce = ?",
                (consumer_key, access_token or "", nonce),
            )
        )

    def remember_nonce(
        self, consumer_key: str, access_token: str, nonce: str, timestamp: int, keep_for: float
    ) -> bool:
        """Record a used nonce; False if it was already recorded (a replay).

        Nonces older than `keep_for` seconds are forgotten: their timestamps are rejected anyway.
        """
        with self.transaction():
            self._execute("DELETE FROM nonces WHERE timestamp < ?", (self.clock() - keep_for,))
            return bool(
                self._execute(
                    "INSERT OR IGNORE INTO nonces (consumer_key, access_token, nonce, timestamp)"
                    " VALUES (?, ?, ?, ?)",
                    (consumer_key, access_token or "", nonce, int(timestamp)),
                )
            )

    # fault settings

    def load_fault_settings(self) -> dict:
        rows = self._query("SELECT value FROM settings WHERE key = 'faults'")
        return json.loads(rows[0]["value"]) if rows else {}

    def save_fault_settings(self, settings: dict) -> None:
        self._execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('faults', ?)",
            (json.dumps(settings),),
        )

    # reset

    def reset(self, *, accounts: bool = False) -> None:
        """Forget tweets, retweets, mentions, nonces and faults (and accounts if asked)."""
        with self.transaction():
            for table in ("tweets", "retweets", "mentions", "nonces", "settings"):
                self._execute(f"DELETE FROM {table}")
            if accounts:
                self._execute("DELETE FROM accounts")
