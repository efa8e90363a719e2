"""The cheap checks that let a rule skip its patterns never skip a tweet a pattern would match."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.rules import links, location

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


@pytest.mark.parametrize("text", [
    "Details: https://x.example/a", "see bit.ly/3xYz", "WWW.EXAMPLE.COM", "23 Bridge Street",
    "ST16 2DJ", "GIR 0AA", "52.8067, -2.1167", "52°48'N 2°07'W", "grid ref SJ 9236 2345",
    "16 Heol Gwyn", "22-24 High St", "4 oak road",
])
def test_the_preconditions_admit_real_examples(text):
    assert any(pattern.search(text) and precondition.search(text)
               for pattern, precondition in _gated_patterns())
