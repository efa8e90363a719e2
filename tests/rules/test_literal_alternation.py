"""literal_alternation(): the prefix-factored regex finds exactly what a plain alternation does."""

import random
import re

import pytest

from moderation.rules.text import literal_alternation

PHRASES = ["lol", "lool", "lmao", "ha ha", "haha", "ha-ha", "*", ";)", ";-)", "here till", "here"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("that was hilarious lol", "lol"),
        ("loool", None),
        ("he said ;-) and left", ";-)"),
        ("we're here till Friday", "here till"),
        ("nowhere to be seen", "here"),
        ("nothing to see", None),
    ],
)
def test_the_leftmost_longest_phrase_is_found(text, found):
    m = re.search(literal_alternation(PHRASES), text)
    assert (m.group() if m else None) == found


def test_it_agrees_with_a_plain_alternation_on_random_text():
    rng = random.Random(7)
    plain = re.compile("|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)))
    trie = re.compile(literal_alternation(PHRASES))
    alphabet = "lohamre ;-)*ti"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert bool(trie.search(text)) == bool(plain.search(text)), text
