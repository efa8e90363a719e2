"""The inbound classifier: `call_for_help` on mentions, with urgency, spans and its guidance."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.rules.guidance import INBOUND_RULES
from moderation.rules.inbound import classify_mention


def _flag(text):
    flags = classify_mention(text)
    assert len(flags) <= 1
    return flags[0] if flags else None


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("Someone's just tried to break into my car outside Aldi, he's still hanging around", True),
        ("There's a drunk driver weaving all over the A30 right now, silver Astra", True),
        ("URGENT a woman is screaming next door and I can hear things being smashed", True),
        ("Theres a guy passed out in the park by the swings, can't wake him up", True),
        ("Lads fighting outside the chippy on Bridge St, one's got a knife", True),
        ("A car has just crashed into the wall and the driver's not moving", True),
        ("There's smoke pouring out of the flat above mine and nobody's answering", True),
        ("Our house was burgled while we were on holiday, they took jewellery", False),
        ("Got scammed out of £400 on Marketplace for a bike. Where do I report it?", False),
        ("My son was assaulted on his way home from school yesterday by older boys", False),
        ("I think my neighbour is being cuckooed, strangers coming and going at all hours", False),
        ("Can an officer ring me please, I'm being threatened by my landlord", False),
        ("Someone's put a brick through our shop window overnight", False),
        ("my ex keeps turning up at my work, I've asked him to stop", False),
        ("how do I report my stolen bike?", False),
        ("Can someone check on the old man next door, haven't seen him in a week", False),
    ],
)
def test_calls_for_help_are_flagged_and_urgency_marked(text, urgent):
    flag = _flag(text)
    assert flag is not None and flag.rule == "call_for_help"
    assert flag.urgent is urgent


@pytest.mark.parametrize(
    "text",
    [
        "thanks for your help yesterday",
        "Thanks for your help yesterday with my dad, he's settled back at home now",
        "help spread the word about Saturday's event",
        "Help us spread the word: charity fun run on Sunday!",
        "Our dog Bella has gone missing, please share 🐶",
        "Great job catching the lads who robbed the garage, top work",
        "Why does it take so long to get through on 101? Waited an hour last week",
        "Are you recruiting PCSOs this year?",
        "Can I get a copy of the report from my burglary in 2022 for my insurer?",
        "What's the best way to stop my catalytic converter being stolen?",
        "Any chance an officer could come and talk to our Scouts about road safety?",
        "Is the station open on Saturdays?",
        "Help! Does anyone know when the front desk opens?",
        "Haha the escaped cows story made my day",
        "Do I report a broken streetlight to you or to the council?",
        "Shocking how many bikes get stolen round here, you need more patrols",
        "Great tweet about drink driving, more people need to hear it",
        "The burglar who did my mum's house got sent down. Thank you",
    ],
)
def test_thanks_events_sharing_complaints_and_jokes_are_not_calls_for_help(text):
    assert classify_mention(text) == []


def test_the_span_covers_the_trigger_words():
    text = "Hi there, I'd like to report a hit and run from yesterday."
    flag = _flag(text)
    assert text[flag.start : flag.end] == "I'd like to report"


def test_the_message_refers_the_sender_to_999_or_101_and_quotes_the_guidance():
    urgent = _flag("A man is hitting a woman in the car park right now")
    routine = _flag("My shed was broken into overnight")
    assert "999" in urgent.message and urgent.urgent
    assert "101" in routine.message and not routine.urgent
    assert routine.severity == "warn"
    assert routine.guidance == INBOUND_RULES["call_for_help"].guidance
    assert "101 or 999" in routine.guidance
    assert urgent.to_dict()["urgent"] is True
    assert "urgent" not in routine.to_dict()


def test_look_alike_unicode_is_read_and_offsets_stay_in_the_original():
    text = "Ｓｏｍｅｏｎｅ has stolen my bike from the station"
    flag = _flag(text)
    assert flag is not None
    assert 0 <= flag.start < flag.end <= len(text)
    emoji_text = "😱😱 someone is breaking into the house next door right now"
    assert _flag(emoji_text).urgent


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_mentions_have_no_flags(text):
    assert classify_mention(text) == []


def test_non_text_is_refused():
    with pytest.raises(TypeError):
        classify_mention(None)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_at_most_one_flag_inside_the_text(text):
    flags = classify_mention(text)
    assert len(flags) <= 1
    for flag in flags:
        assert flag.rule == "call_for_help"
        assert 0 <= flag.start < flag.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from([" ", "\n", "  \t"]))
def test_trailing_whitespace_never_changes_the_decision(text, tail):
    assert bool(classify_mention(text)) == bool(classify_mention(text + tail))
