"""The bridge between drafts and the pure-Python rules engine."""

from dataclasses import dataclass

from .rules import check
from .rules.length import measure
from .rules_config import rules_context_for

MAX_TWEET_LENGTH = 280


@dataclass(frozen=True)
class TextCheck:
    flags: list[dict]
    weighted_length: int

    @property
    def remaining(self) -> int:
        return MAX_TWEET_LENGTH - self.weighted_length

    @property
    def has_blocking_flags(self) -> bool:
        return any(flag["severity"] == "block" for flag in self.flags)


def check_text(text: str, *, account=None) -> TextCheck:
    """Run the rules engine over `text` as it would be posted on `account`."""
    context = rules_context_for(account.handle if account is not None else None)
    flags = [
        {**flag.to_dict(), "excerpt": text[flag.start : flag.end]} for flag in check(text, context)
    ]
    return TextCheck(flags=flags, weighted_length=measure(text)[0])
