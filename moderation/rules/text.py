"""Text helpers shared by the rules."""

import re
import unicodedata
from typing import NamedTuple


class Hit(NamedTuple):
    """One finding of a rule: character offsets into the original text and what to tell the officer."""

    start: int
    end: int
    message: str


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [(0xFF01, 0xFF5F), (0x1D400, 0x1D800)]  # full-width forms, mathematical letters
    for low, high in ranges:
        for cp in range(low, high):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded.isascii():
                table[cp] = folded
    for cp in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
        table[cp] = " "
    for cp in (0x3002, 0xFF61, 0x2024, 0xFE52):  # ideographic, halfwidth and small full stops
        table[cp] = "."
    return table


_FOLD = _fold_table()


def detection_text(text: str) -> str:
    """`text` with look-alike characters folded to ASCII, one character for one.

    Full-width and mathematical letters, odd spaces and full stops become their plain forms so
    the patterns see "Ｇａｖｉｎ" as "Gavin"; the length never changes, so every offset found
    in the result is an offset into the original text.
    """
    if text.isascii():
        return text
    return text.translate(_FOLD)


def quote(text: str, start: int, end: int, limit: int = 60) -> str:
    excerpt = " ".join(text[start:end].split())
    if len(excerpt) > limit:
        excerpt = excerpt[: limit - 1] + "…"
    return f"“{excerpt}”"


class Guarded:
    """A compiled pattern searched only when one of its trigger substrings occurs.

    Python's re tries every branch of a big alternation at every position; checking a few
    lower-case literals first (fast C substring search) skips almost all of that work.
    """

    __slots__ = ("pattern", "triggers")

    def __init__(self, triggers: str | tuple[str, ...], pattern: str, flags: int = 0) -> None:
        self.triggers = tuple(triggers.split()) if isinstance(triggers, str) else triggers
        self.pattern = re.compile(pattern, flags | re.IGNORECASE | re.VERBOSE)

    def finditer(self, text: str, lower: str):
        for trigger in self.triggers:
            if trigger in lower:
                return self.pattern.finditer(text)
        return iter(())


def guarded_hits(guards: "tuple[Guarded, ...]", text: str) -> list["re.Match[str]"]:
    """Every match of every guarded pattern, by position, without duplicate spans."""
    lower = text.lower()
    seen: set[tuple[int, int]] = set()
    found = []
    for guard in guards:
        for m in guard.finditer(text, lower):
            if m.span() not in seen:
                seen.add(m.span())
                found.append(m)
    found.sort(key=lambda m: m.start())
    return found
