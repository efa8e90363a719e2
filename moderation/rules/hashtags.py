"""`hashtags`: more than three hashtags in one tweet.

Each hashtag after the third gets its own flag, spanning exactly that tag, so the officer sees
which ones to drop.
"""

import re

from .text import Hit
from .types import RulesContext

MAX_HASHTAGS = 3

# As X reads them: '#' or '＃' not glued to a word, '&' (entities) or a URL path, followed by
# word characters that are not all digits ("#1" is not a hashtag).
HASHTAG = re.compile(r"(?<![\w&/#＃])[#＃](?![\d_]+\b)[\w\u0300-\u036f]+")


def find(text: str, ctx: RulesContext) -> list[Hit]:
    if text.count("#") + text.count("＃") <= MAX_HASHTAGS:
        return []
    tags = list(HASHTAG.finditer(text))
    if len(tags) <= MAX_HASHTAGS:
        return []
    total = len(tags)
    return [
        Hit(
            m.start(),
            m.end(),
            f"This tweet has {total} hashtags; the guidance allows at most {MAX_HASHTAGS}. "
            f"Remove {m.group()} (and any other tags after the third).",
        )
        for m in tags[MAX_HASHTAGS:]
    ]
