"""The `hashtags` and `length` rules; length against twitter-text's v3 conformance cases."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from twitter_text import parse_tweet

from moderation.rules import check
from moderation.rules.length import measure

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


def test_three_hashtags_are_fine_four_are_not(ctx):
    assert "hashtags" not in rules("Speed checks #Codsall #Speeding #RoadSafety", ctx)
    text = "Patrols in Burntwood tonight #Burntwood #ASB #Patrol #Community #Night"
    # One flag for each tag after the third, on exactly that tag.
    assert spans(text, ctx, "hashtags") == ["#Community", "#Night"]


@pytest.mark.parametrize(
    ("text", "count_flagged"),
    [
        ("#1 #2 #3 #4 #5 are not hashtags", 0),  # all digits
        ("Fragments http://x.com/#a http://x.com/#b http://x.com/#c http://x.com/#d", 0),
        ("Entities &#39; &#40; &#41; &#42; #real", 0),
        ("＃Leek ＃Stone ＃Biddulph ＃Cheadle", 1),  # full-width signs count
        ("#Перхам #트위터 #tag3 #tag4", 1),
    ],
)
def test_what_counts_as_a_hashtag(ctx, text, count_flagged):
    assert len(spans(text, ctx, "hashtags")) == count_flagged


# twitter-text conformance (conformance/validate.yml, WeightedTweetsWithDiscountedEmojiCounterTest,
# i.e. config v3): (description, text, weightedLength).
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
V3_CASES = [
    ("Regular Tweet with url", "Hi http://test.co", 26),
    ("Just url", "http://test.co", 23),
    ("Long tweet, overflow at char index 280", "285 chars-" + "xxxxxxxxxx-" * 25, 285),
    (
        "Long tweet with url in the middle",
        "285 chars- http://www.twitter.com/jack " + "xxxxxxxxxx-" * 24,
        299,
    ),
    (
        "Long tweet with url at the end",
        "xxxxxxxxxx-" * 24 + " http://www.twitter.com/jack ",
        289,
    ),
    ("10 url string, no overflow", "https://www.twitter.com/aloha " * 10, 240),
    ("160 CJK chars", "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。" * 5, 320),
    ("160 emoji", "\U0001f637" * 160, 320),
    (
        "3 latin + 160 CJK",
        "the" + "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。" * 5,
        323,
    ),
    ("'Á' (A + combining acute) is normalized into 1 char", "A\u0301B", 2),
    ("U+FB2C is normalized into 3 chars", "A\ufb2c", 4),
    (
        "282 chars with a normalized character",
        "282 chars-" + "xxxxxxxxxx-" * 24 + "xxxxxA\u0301x",
        281,
    ),
    ("mixed single and double word chars, ZWJ family", "H\U0001f431\u263a" + FAMILY, 7),
    ("emoji inside the BMP", "\U0001f637\U0001f47e\U0001f621\U0001f525\U0001f4a9", 10),
    ("skin tone and ZWJ", "\U0001f64b\U0001f3fd\U0001f468\u200d\U0001f3a4", 4),
    ("140 family emoji", FAMILY * 140, 280),
    (
        "general punctuation, no ZWJ/ZWNJ",
        "This is a tweet with general punctuation characters: "
        + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b"
        + " ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷",
        110,
    ),
    ("64 character domain without protocol", "randomurl" * 7 + "s.com", 68),
    (
        "Unicode 10.0 emoji",
        "Unicode 10.0 emoji: \U0001f92a; \U0001f9d5; \U0001f9d5\U0001f3fe; "
        "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
        34,
    ),
    ("Unicode 9.0 emoji", "Unicode 9.0 emoji: \U0001f920; \U0001f483; \U0001f483\U0001f3fe", 29),
]


@pytest.mark.parametrize(
    ("description", "text", "expected"), V3_CASES, ids=[c[0] for c in V3_CASES]
)
def test_weighted_length_matches_twitter_text_v3_conformance(description, text, expected):
    assert parse_tweet(text).weightedLength == expected
    assert measure(text)[0] == expected


@pytest.mark.parametrize(
    ("description", "text", "expected"), V3_CASES, ids=[c[0] for c in V3_CASES]
)
def test_length_flag_agrees_with_conformance(ctx, description, text, expected):
    assert ("length" in rules(text, ctx)) == (expected > 280)


def test_long_url_counts_as_23(ctx):
    url = "https://www.staffordshire.police.uk/news/" + "a" * 80
    assert "length" not in rules("x" * 250 + " " + url, ctx)  # 274 as X counts it
    assert "length" in rules("x" * 270 + " " + url, ctx)  # 294


def test_length_span_starts_at_the_first_character_over_the_limit(ctx):
    text = "a" * 281
    [flag] = check(text, ctx)
    assert (flag.rule, flag.start, flag.end) == ("length", 280, 281)
    emoji = "\U0001f600" * 141  # 282 as X counts it: the 141st emoji does not fit
    assert spans(emoji, ctx, "length") == ["\U0001f600"]


def test_ten_thousand_characters_do_not_crash_and_are_too_long(ctx):
    text = ("Gavin Threlfall lol apparently 22 Bridge Street #a bit.ly/x " * 200)[:10_000]
    assert "length" in rules(text, ctx)


FAMILY_PIECES = [
    "word",
    "x" * 40,
    " ",
    "\n",
    ". ",
    "https://www.police.uk/a/b",
    "t.co/x",
    "bit.ly/abc",
    "example.com",
    "gov.uk-tax.com",
    "a.b",
    "#tag",
    "@user",
    "http://test.co ",
    "😷",
    "👍🏽",
    FAMILY,
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "1\ufe0f\u20e3",
    "#\u20e3",
    "©",
    "™",
    "☺",
    "日本語",
    "é",
    "ß",
    "—",
    "’",
    "\u200b",
    "\u200d",
    "x\u0301",
    "http://例え.jp",
    "Ｆｕｌｌ",
    "🐄🔥",
    "\U0001f1ec\U0001f1e7",
]


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FAMILY_PIECES), max_size=60).map("".join))
def test_fast_count_equals_parse_tweet(text):
    weight, over_at = measure(text)
    parsed = parse_tweet(text)
    assert weight == parsed.weightedLength
    if parsed.weightedLength > 280 and parsed.valid is False and over_at is not None:
        # parse_tweet reports the valid range in UTF-16 units; ours is a str index.
        assert _utf16(text[:over_at]) == parsed.validRangeEnd + 1


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_fast_count_equals_parse_tweet_on_any_text(text):
    assert measure(text)[0] == parse_tweet(text).weightedLength
