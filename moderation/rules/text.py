"""Text helpers shared by the rules."""

import re
import unicodedata
from typing import NamedTuple


class Hit(NamedTuple):
    """One finding of a rule: offsets into the original text and what to tell the officer."""

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
    for cp in (0x2018, 0x2019, 0x02BC, 0xFF07):  # curly and modifier apostrophes
        table[cp] = "'"
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


_WORD = re.compile(r"[a-z0-9']+")


class Guarded:
    """A pattern searched only when one of its trigger words or substrings occurs.

    Every match of the pattern must contain one of the triggers. Python's re tries every
    branch of a big alternation at every position; looking the triggers up first skips almost
    all of that work. (The topic puns in puns.py break that rule on purpose: their trigger is a
    word anywhere in the tweet, which is what makes the idiom a pun.)
    """

    __slots__ = ("pattern", "subs", "words")

    def __init__(self, pattern: str, *, words: str = "", subs: tuple[str, ...] = ()) -> None:
        self.pattern = re.compile(pattern, re.IGNORECASE | re.VERBOSE)
        self.words = frozenset(words.split())
        self.subs = tuple(subs)


class Lowered:
    """The lower-cased text, its words in order and as a set, computed once per check."""

    __slots__ = ("ascii", "lower", "tokens", "words")

    def __init__(self, text: str) -> None:
        self.lower = text.lower()
        self.tokens = _WORD.findall(self.lower)
        self.words = frozenset(self.tokens)
        self.ascii = text.isascii()


_last_lowered: tuple[str, Lowered] | None = None


def lowered(text: str) -> Lowered:
    """Lowered(text), reusing the last result: the rules of one check share it."""
    global _last_lowered
    last = _last_lowered
    if last is not None and last[0] is text:
        return last[1]
    doc = Lowered(text)
    _last_lowered = (text, doc)
    return doc


class GuardSet:
    """A rule's guarded patterns, indexed by trigger so a check looks each word up once."""

    def __init__(self, *guards: Guarded) -> None:
        self.guards = guards
        self.by_word: dict[str, list[int]] = {}
        for i, guard in enumerate(guards):
            for word in guard.words:
                self.by_word.setdefault(word, []).append(i)
        self.words = frozenset(self.by_word)
        # One alternation per guard: a single scan in C instead of a Python loop over substrings.
        self.ascii_subs = _sub_scanners(guards, ascii_only=True)
        self.unicode_subs = _sub_scanners(guards, ascii_only=False)
        # One scan for any substring at all: most tweets hold none, and skip the per-guard scans.
        self.any_ascii_sub = _any_scanner(guards, ascii_only=True)
        self.any_unicode_sub = _any_scanner(guards, ascii_only=False)

    def matches(self, text: str) -> list["re.Match[str]"]:
        """Every match of every wanted pattern, by position, without duplicate spans."""
        doc = lowered(text)
        wanted: set[int] = set()
        by_word = self.by_word
        for word in self.words & doc.words:
            wanted.update(by_word[word])
        lower = doc.lower
        if self.any_ascii_sub is not None and self.any_ascii_sub(lower):
            for scan, i in self.ascii_subs:
                if i not in wanted and scan(lower):
                    wanted.add(i)
        if not doc.ascii and self.any_unicode_sub is not None and self.any_unicode_sub(lower):
            for scan, i in self.unicode_subs:
                if i not in wanted and scan(lower):
                    wanted.add(i)
        if not wanted:
            return []
        if len(wanted) == 1:
            # One pattern's matches are already in order and never share a span.
            return list(self.guards[wanted.pop()].pattern.finditer(text))
        seen: set[tuple[int, int]] = set()
        found = []
        for i in sorted(wanted):
            for m in self.guards[i].pattern.finditer(text):
                span = m.span()
                if span not in seen:
                    seen.add(span)
                    found.append(m)
        found.sort(key=_start)
        return found


def _start(m: "re.Match[str]") -> int:
    return m.start()


def _sub_scanners(guards: tuple[Guarded, ...], *, ascii_only: bool) -> list:
    """(search function, guard index) for each guard with substrings of the given kind."""
    scanners = []
    for i, guard in enumerate(guards):
        subs = [s for s in guard.subs if s.isascii() == ascii_only]
        if subs:
            scanners.append((re.compile(literal_alternation(subs)).search, i))
    return scanners


def _any_scanner(guards: tuple[Guarded, ...], *, ascii_only: bool):
    subs = {s for guard in guards for s in guard.subs if s.isascii() == ascii_only}
    if not subs:
        return None
    return re.compile(literal_alternation(subs)).search


def literal_alternation(strings) -> str:
    """A regex matching any of `strings`, with shared prefixes factored out.

    re tries the branches of "ab|ac|ad" one by one at every position; "a(?:b|c|d)" looks at
    the "a" once. With a hundred phrases that is several times faster.
    """
    trie: dict = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    # Longer branches first; "" (the end of a string) last, so the search stops at the
    # shortest literal only when no longer one continues. Either way a match is found.
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if "" in node:
        if not branches:
            return ""
        return "(?:" + "|".join(branches) + ")?"
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def word_set(words: str) -> frozenset[str]:
    """A set from whitespace-separated words (long word lists read better as one string)."""
    return frozenset(words.split())
