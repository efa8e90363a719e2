"""Turning X API answers into readable outcomes: posted, retry later, or failed for good."""

import random
from dataclasses import dataclass

import requests
import tweepy


@dataclass(frozen=True)
class PostFailure:
    reason: str
    retry: bool
    retry_at: float | None = None  # epoch seconds, when X told us (429)


def _api_detail(exc: tweepy.HTTPException) -> str:
    return "; ".join(str(message) for message in exc.api_messages) or str(exc)


def classify_failure(exc: Exception) -> PostFailure:
    """Say, in words comms can act on, what went wrong and whether trying again can help."""
    if isinstance(exc, tweepy.TooManyRequests):
        return PostFailure(
            reason="X's rate limit for this account was reached; posting resumes when it resets.",
            retry=True,
            retry_at=exc.reset_time,
        )
    if isinstance(exc, tweepy.Unauthorized):
        return PostFailure(
            reason="X rejected this account's API credentials (401 Unauthorized). "
            "An admin needs to check the account's keys and tokens.",
            retry=False,
        )
    if isinstance(exc, tweepy.Forbidden):
        return PostFailure(reason=f"X refused the tweet (403): {_api_detail(exc)}", retry=False)
    if isinstance(exc, tweepy.BadRequest):
        return PostFailure(
            reason=f"X rejected the tweet as invalid (400): {_api_detail(exc)}", retry=False
        )
    if isinstance(exc, tweepy.TwitterServerError):
        status = exc.response.status_code
        return PostFailure(reason=f"X had a server error ({status}).", retry=True)
    if isinstance(exc, requests.Timeout):
        return PostFailure(reason="X did not answer in time.", retry=True)
    if isinstance(exc, requests.ConnectionError):
        return PostFailure(reason="The connection to X failed.", retry=True)
    if isinstance(exc, tweepy.HTTPException):
        status = exc.response.status_code
        return PostFailure(reason=f"X answered {status}: {_api_detail(exc)}", retry=False)
    raise exc


def backoff_seconds(attempt: int, *, base: float = 2.0, cap: float = 300.0) -> float:
    """Exponential backoff with full jitter (attempt 1 -> up to 2 s, 2 -> 4 s, ...)."""
    return random.uniform(0, min(cap, base * 2 ** (attempt - 1)))
