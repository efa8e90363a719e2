"""Reports told in passing, asked for indirectly, or about danger to others (third held-out
round), in fresh wordings; with thanks, info requests and sharing requests that stay clean.
"""

import pytest

from moderation.rules.inbound import classify_mention


def _flag(text):
    flags = classify_mention(text)
    return flags[0] if flags else None


@pytest.mark.parametrize(
    "text",
    [
        "Somebody has been taking the charity collection tins from the shops on our parade.",
        "I've got the lad on my ring doorbell trying handles. Who do I send the clip to?",
        "Weed being sold from the back of the garages on Lime Street every evening.",
        "Our greenhouse window was put through last night, second time this month.",
        "There's a van been on our street a week with no plates, might be stolen.",
        "Kids lobbing eggs at the buses on Station Road.",
        "A dog has savaged two of my hens and the owner just laughed.",
        "Would it be possible for an officer to move them on from the play park?",
        "Is there any chance someone could come and take a statement about my shed?",
        "My neighbour's dogs are howling and starving, I think they've been left.",
        "Please do something about the bikes racing round the rec.",
    ],
)
def test_reports_and_requests_are_calls_for_help(text):
    assert _flag(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "A car has just ploughed into the shop front on Bridge Street, the driver is trapped.",
        "A wee boy on his own at the harbour, can't find his mum and it's getting dark.",
        "Woman on the multi-storey roof says she's going to jump.",
        "He's standing at my door threatening to kill me, please hurry.",
    ],
)
def test_danger_now_is_urgent(text):
    flag = _flag(text)
    assert flag is not None and flag.urgent


@pytest.mark.parametrize(
    "text",
    [
        "Who do I contact about a speaker for our Rotary lunch?",
        "Who do I send a thank you card to for the officers who helped my mum?",
        "Thanks for the quick response when the van went into our wall last month.",
        "Please share our poster for the community fun day!",
        "Is it possible to book a tour of the station for our Brownies?",
    ],
)
def test_thanks_info_and_sharing_stay_clean(text):
    assert _flag(text) is None


def test_a_nuisance_that_keeps_happening_is_not_urgent():
    flag = _flag("A lad keeps riding his scrambler on the footpath and nearly hit my daughter.")
    assert flag is not None and not flag.urgent
