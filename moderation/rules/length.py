"""`length`: over 280 characters as X counts them, via twitter-text's own parser.

The span runs from the first character past the limit to the end of the text.
"""

import re
import unicodedata

from twitter_text import parse_tweet
from twitter_text.config import config
from twitter_text.extract_emojis import extract_emojis_with_indices
from twitter_text.extract_urls import extract_urls_with_indices
from twitter_text.get_character_weight import get_character_weight
from twitter_text.has_invalid_characters import has_invalid_characters

from .text import Hit
from .types import RulesContext

MAX_WEIGHTED_LENGTH = 280
URL_WEIGHT = 23
MIN_URL_CHARS = 4  # "t.co"
# A dot that could sit inside a URL's host (not one that ends a sentence).
_HOST_DOT = re.compile(r"[.。．｡](?=[^\s.。．｡])")


def _cannot_exceed(text: str) -> bool:
    """A cheap bound: True when the text is certainly within the limit, without parsing.

    Every character weighs at most 2 (1 below U+0800), and a URL (which holds a host dot)
    weighs at most URL_WEIGHT - MIN_URL_CHARS more than its characters. NFC text only:
    normalisation can lengthen other text.
    """
    n = len(text)
    if text.isascii():
        heavy = 0
    elif unicodedata.is_normalized("NFC", text):
        heavy = (len(text.encode("utf-8")) - n) // 2  # code points at U+0800 and above, at most
    else:
        return False
    if n + heavy > MAX_WEIGHTED_LENGTH:
        return False
    dots = len(_HOST_DOT.findall(text))
    return n + heavy + dots * (URL_WEIGHT - MIN_URL_CHARS) <= MAX_WEIGHTED_LENGTH


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _first_index_over(text: str) -> int:
    """The first index of `text` whose prefix up to and including it is over the limit."""
    low, high = 0, len(text)  # prefix text[:low] fits; text[:high] does not
    while high - low > 1:
        mid = (low + high) // 2
        if parse_tweet(text[:mid]).weightedLength <= MAX_WEIGHTED_LENGTH:
            low = mid
        else:
            high = mid
    return high - 1


def _overflow_start(text: str, parsed) -> int:
    if "\r" not in text and unicodedata.is_normalized("NFC", text):
        # validRangeEnd counts UTF-16 units of the valid prefix, minus one.
        units = parsed.validRangeEnd + 1
        if _utf16_len(text) == len(text):
            index = units
        else:
            index, seen = 0, 0
            while index < len(text) and seen < units:
                seen += 2 if ord(text[index]) > 0xFFFF else 1
                index += 1
        return index
    # Line endings or normalisation change the text X counts: find the boundary directly.
    return _first_index_over(text)


_CONFIG = config["defaults"]
_SCALE = _CONFIG["scale"]
_LIMIT = MAX_WEIGHTED_LENGTH * _SCALE
_URL = URL_WEIGHT * _SCALE
_EMOJI = _CONFIG["default_weight"]
# Emoji are never plain ASCII; only a keycap ("1️⃣", "#⃣") starts with an ASCII character.
_NON_ASCII_RUN = re.compile(r"[#*0-9]?[^\x00-\x7f]+")


def _emojis(text: str) -> list[tuple[int, int]]:
    """twitter-text's emoji matches, found in each run of non-ASCII text (the slow scan)."""
    found = []
    for run in _NON_ASCII_RUN.finditer(text):
        for emoji in extract_emojis_with_indices(run.group()):
            start, end = emoji["indices"]
            found.append((run.start() + start, run.start() + end))
    return found


def _weighted(text: str) -> tuple[int, int | None]:
    """(weighted length, index of the first character over the limit or None).

    The same count as parse_tweet for NFC text without '\r' or invalid characters (the caller
    checks): URLs (twitter-text's extractor) weigh 23 and take precedence, emoji (twitter-text's
    regex) weigh 2, other characters by twitter-text's own weights. parse_tweet scans the whole
    text for emoji, about 2 ms for a long tweet; this scans only the non-ASCII runs.
    """
    events = [(u["indices"][0], 0, u["indices"][1]) for u in extract_urls_with_indices(text)]
    if not text.isascii():
        events += [(start, 1, end) for start, end in _emojis(text)]
    events.sort()
    weight, pos, over_at = 0, 0, None

    def plain(upto: int) -> None:
        nonlocal weight, over_at
        chunk = text[pos:upto]
        if chunk.isascii():
            if over_at is None and weight + len(chunk) * _SCALE > _LIMIT:
                over_at = pos + (_LIMIT - weight) // _SCALE
            weight += len(chunk) * _SCALE
            return
        for i, char in enumerate(chunk):
            weight += get_character_weight(char, _CONFIG)
            if over_at is None and weight > _LIMIT:
                over_at = pos + i

    for start, kind, end in events:
        if start < pos:  # inside a URL or emoji already counted, as parse_tweet skips it
            continue
        plain(start)
        weight += _URL if kind == 0 else _EMOJI
        if over_at is None and weight > _LIMIT:
            over_at = start
        pos = end
    plain(len(text))
    return weight // _SCALE, over_at


def measure(text: str) -> tuple[int, int | None]:
    """(X's weighted length, index of the first character over the limit or None)."""
    if (
        "\r" not in text
        and unicodedata.is_normalized("NFC", text)
        and not has_invalid_characters(text)
    ):
        return _weighted(text)
    parsed = parse_tweet(text)
    if parsed.weightedLength <= MAX_WEIGHTED_LENGTH:
        return parsed.weightedLength, None
    start = min(max(_overflow_start(text, parsed), 0), len(text) - 1)
    return parsed.weightedLength, start


def find(text: str, ctx: RulesContext) -> list[Hit]:
    if not text or _cannot_exceed(text):
        return []
    weighted, start = measure(text)
    if start is None or weighted <= MAX_WEIGHTED_LENGTH:
        return []
    over = weighted - MAX_WEIGHTED_LENGTH
    return [
        Hit(
            start,
            len(text),
            f"This tweet is {weighted} characters as X counts them, {over} over "
            f"the {MAX_WEIGHTED_LENGTH} limit (links count as {URL_WEIGHT}, emoji and many "
            "non-Latin characters as 2). The highlighted part will not fit: shorten it.",
        )
    ]
