"""The cheap checks that let a rule skip its patterns never skip a tweet a pattern would match."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.rules import links, location

from .helpers import rules

pytest_plugins = ["tests.rules.helpers"]

# Text built from the pieces URLs, numbers, streets and postcodes are made of.
PIECES = st.sampled_from([
    " ", ", ", ".", "/", "//", "://", "http", "www", "bit", "ly", "co", "uk", "com", "-", "°",
    "N", "W", "12", "7", "4PM", "ST16", "2DJ", "SJ", " 9236 ", "2345", "52.8067", "-2.1167",
    "Bridge", "Street", "High", "St", "road", "oak", "Flat", "The", "Maltings", "Heol", "Gwyn",
    "a", "A", "é", "x", "xn--", "GIR", "0AA", "SW1A", "1AA", "lat", "no.", "number",
])
TEXTS = st.lists(PIECES, max_size=14).map("".join)


def _gated_patterns():
    for pattern, _kind, needs in location._KINDS:
        if isinstance(needs, re.Pattern):
            yield pattern, needs
    yield location.GRID_REFERENCE, location._THREE_DIGITS
    yield links.URL, links._MAY_HOLD_URL


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_pattern_matches_only_text_its_precondition_admits(text):
    for pattern, precondition in _gated_patterns():
        if pattern.search(text):
            assert precondition.search(text), (pattern.pattern[:40], text)


@pytest.mark.parametrize(("rule", "text"), [
    ("external_link", "Details: https://x.example/a"), ("external_link", "see bit.ly/3xYz"),
    ("external_link", "WWW.EXAMPLE.COM"), ("location", "Seen at 23 Bridge Street"),
    ("location", "ST16 2DJ"), ("location", "GIR 0AA"), ("location", "52.8067, -2.1167"),
    ("location", "52°48'N 2°07'W"), ("location", "grid ref SJ 9236 2345"),
    ("location", "at 16 Heol Gwyn"), ("location", "at 22-24 High St"),
    ("location", "at 4 oak road"),
])
def test_real_examples_are_still_flagged_through_the_preconditions(ctx, rule, text):
    assert rule in rules(text, ctx)


def _all_patterns():
    from moderation.rules import joke, names, off_duty, puns, rumour
    from moderation.rules.text import GuardSet

    for module in (joke, names, off_duty, puns, rumour, location, links):
        for value in vars(module).values():
            if isinstance(value, GuardSet):
                yield from (guard.pattern for guard in value.guards)
            elif isinstance(value, re.Pattern):
                yield value


def test_no_pattern_holds_a_quantifier_an_f_string_turned_into_a_tuple():
    # rf"[^.]{0,25}" is an f-string expression: the pattern silently becomes "[^.](0, 25)".
    tuple_text = re.compile(r"\(\d+, \d+\)")
    spoiled = [p.pattern[:80] for p in _all_patterns() if tuple_text.search(p.pattern)]
    assert spoiled == []
