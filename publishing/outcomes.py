"""Turning X API answers into readable outcomes: posted, retry, unknown, or failed for good."""

import random
from dataclasses import dataclass

import requests
import tweepy
from urllib3.exceptions import MaxRetryError, NewConnectionError


@dataclass(frozen=True)
class PostFailure:
    reason: str
    retry: bool
    retry_at: float | None = None  # epoch seconds, when X told us (429)
    # The request may have reached X and the tweet may exist (answer lost, timed out reading).
    unknown: bool = False
    # X refused the text as a duplicate of a recent tweet of the same account.
    duplicate: bool = False


def _api_detail(exc: tweepy.HTTPException) -> str:
    return "; ".join(str(message) for message in exc.api_messages) or str(exc)


def _never_connected(exc: requests.ConnectionError) -> bool:
    """True when the request certainly did not reach X (refused, DNS, connect timeout)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    cause = exc.args[0] if exc.args else None
    if isinstance(cause, MaxRetryError):
        cause = cause.reason
    return isinstance(cause, NewConnectionError)


def classify_failure(exc: Exception, *, retry_at: float | None = None) -> PostFailure:
    """Say, in words comms can act on, what went wrong and whether trying again can help.

    `retry_at` is when X's rate-limit headers say the account may post again (for a 429).
    """
    if isinstance(exc, tweepy.TooManyRequests):
        return PostFailure(
            reason="X's rate limit for this account was reached; posting resumes when it resets.",
            retry=True,
            retry_at=retry_at if retry_at is not None else exc.reset_time,
        )
    if isinstance(exc, tweepy.Unauthorized):
        return PostFailure(
            reason="X rejected this account's API credentials (401 Unauthorized). "
            "An admin needs to check the account's keys and tokens.",
            retry=False,
        )
    if isinstance(exc, tweepy.Forbidden):
        detail = _api_detail(exc)
        return PostFailure(
            reason=f"X refused the tweet (403): {detail}",
            retry=False,
            duplicate="duplicate" in detail.lower(),
        )
    if isinstance(exc, tweepy.BadRequest):
        return PostFailure(
            reason=f"X rejected the tweet as invalid (400): {_api_detail(exc)}", retry=False
        )
    if isinstance(exc, tweepy.TwitterServerError):
        status = exc.response.status_code
        return PostFailure(reason=f"X had a server error ({status}).", retry=True)
    if isinstance(exc, requests.ConnectionError) and _never_connected(exc):
        return PostFailure(reason="The connection to X could not be opened.", retry=True)
    if isinstance(exc, requests.Timeout):
        return PostFailure(
            reason="X did not answer in time; the tweet may or may not have been posted.",
            retry=True,
            unknown=True,
        )
    if isinstance(exc, requests.ConnectionError):
        return PostFailure(
            reason="The connection to X broke before it answered; the tweet may or may not "
            "have been posted.",
            retry=True,
            unknown=True,
        )
    if isinstance(exc, tweepy.HTTPException):
        status = exc.response.status_code
        return PostFailure(reason=f"X answered {status}: {_api_detail(exc)}", retry=False)
    raise exc


def backoff_seconds(attempt: int, *, base: float = 2.0, cap: float = 300.0) -> float:
    """Exponential backoff with full jitter (attempt 1 -> up to 2 s, 2 -> 4 s, ...)."""
    return random.uniform(0, min(cap, base * 2 ** (attempt - 1)))
