"""`length`: over 280 characters as X counts them, via twitter-text's own parser.

The span runs from the first character past the limit to the end of the text.
"""

import re
import unicodedata

from twitter_text import parse_tweet

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


def weighted_length(text: str) -> int:
    return parse_tweet(text).weightedLength


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
        if 0 < index < len(text) and parse_tweet(text[:index]).weightedLength <= MAX_WEIGHTED_LENGTH:
            return index
    return _first_index_over(text)


def find(text: str, ctx: RulesContext) -> list[Hit]:
    if not text or _cannot_exceed(text):
        return []
    parsed = parse_tweet(text)
    if parsed.weightedLength <= MAX_WEIGHTED_LENGTH:
        return []
    start = min(max(_overflow_start(text, parsed), 0), len(text) - 1)
    over = parsed.weightedLength - MAX_WEIGHTED_LENGTH
    return [
        Hit(
            start,
            len(text),
            f"This tweet is {parsed.weightedLength} characters as X counts them, {over} over "
            f"the {MAX_WEIGHTED_LENGTH} limit (links count as {URL_WEIGHT}, emoji and many "
            "non-Latin characters as 2). The highlighted part will not fit: shorten it.",
        )
    ]
