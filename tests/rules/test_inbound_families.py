"""Families of calls for help and of mentions that only look like one (second held-out round).

Fresh wordings, not taken from any corpus: reports of something bad happening to the sender or
to others, asks for police action, and urgency in its many registers; then thanks, praise,
event and facility questions, promotion requests and opinions, which are not calls for help.
"""

import pytest

from moderation.rules.inbound import classify_mention


def _flag(text):
    flags = classify_mention(text)
    return flags[0] if flags else None


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("Some lads are selling weed out of a car behind the leisure centre in Bootle", False),
        (
            "Think I've been done over, I gave my bank details to someone claiming to be from HMRC",
            False,
        ),
        ("a bloke's been hanging round the bus stop flashing himself at girls, just now", True),
        ("Somebody's opened two credit cards in my name, how do I get this on record", False),
        ("Someone made off with my mobility scooter from outside Boots in Yeovil", False),
        ("copper pipes ripped out of the empty house next door overnight", False),
        ("Please can someone give me a ring, my neighbour's son keeps threatening me", False),
        (
            "Not sure if this is a police matter but a car's been parked on our drive for 3 days",
            False,
        ),
        ("man getting beaten up by the taxi rank on Lord St right this minute", True),
        (
            "Elderly gent in slippers wandering down the middle of the road by the roundabout",
            True,
        ),
        ("Grey Transit keeps going up and down our street at night looking into vans", False),
        ("van driving all over the road on the A303, nearly had a cyclist off", True),
        (
            "man rang dad saying he's a detective, wants his bank cards, courier on his way",
            True,
        ),
        ("kids throwing eggs at the old folks' bungalows on Mill Road the now", True),
        ("My 9 year old hasn't come back from the park and it's getting dark", True),
        ("wanna report my bike being nicked from the station rack", False),
    ],
)
def test_call_for_help_families_are_flagged(text, urgent):
    flag = _flag(text)
    assert flag is not None
    assert flag.urgent is urgent


@pytest.mark.parametrize(
    "text",
    [
        "Could you help us publicise our bike safety day at the primary school?",
        "So proud of my son who passed out of training as a Special last night!",
        "Are the knife amnesty bins still at Hull station?",
        "Congratulations to the Rhyl team on the community award, well deserved",
        "Is the drop-in at the library still happening now that it's moved?",
        "Can you share our poster for the scam awareness talk in Frome?",
        "Thanks for the heads up about the roadworks, really useful",
        "What time does the open day finish on Saturday?",
        "Just wanted to say thanks to the PCSO who helped my mum last month",
        "Do you still give out the free purse chains at the market?",
        "I think there should be more bobbies on the beat in Rugby, honestly",
    ],
)
def test_look_alikes_of_calls_for_help_are_not_flagged(text):
    assert _flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "My brother was hit by a car in Ely yesterday, he's okay now. I want it investigated",
        "Someone keyed my car overnight outside the gym in Stroud",
        "Had my purse pinched on the bus last week, need a crime number for the bank",
    ],
)
def test_past_incidents_are_calls_for_help_but_not_urgent(text):
    flag = _flag(text)
    assert flag is not None and not flag.urgent
