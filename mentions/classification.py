"""The one call into the rules engine's inbound classifier (`call_for_help`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Classification:
    call_for_help: bool = False
    urgent: bool = False
    start: int | None = None
    end: int | None = None
    message: str = ""


NOT_FLAGGED = Classification()


def classify(text: str) -> Classification:
    """Does this mention ask the police for help or report a crime or emergency? Is it urgent?

    The rules engine decides (moderation.rules.inbound); this only maps its flag to the inbox.
    """
    try:
        from moderation.rules.inbound import classify_mention
    except ImportError:  # the classifier is not in this build: nothing is flagged
        return NOT_FLAGGED
    for flag in classify_mention(text):
        if flag.rule == "call_for_help":
            return Classification(
                call_for_help=True,
                urgent=bool(getattr(flag, "urgent", False)),
                start=flag.start,
                end=flag.end,
                message=flag.message,
            )
    return NOT_FLAGGED
