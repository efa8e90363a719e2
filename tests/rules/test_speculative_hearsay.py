"""Speculation passed on as if known, and the police wording that only sounds like it."""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        (
            "It's thought the same two men could be responsible for the shed break-ins in Ely.",
            "It's thought the same two men could be",
        ),
        (
            "It is believed the same van may have been used in both burglaries.",
            "It is believed the same van may have",
        ),
        (
            "We understand he might have been behind the attack on the shop.",
            "We understand he might have",
        ),
        (
            "We gather the fires could be connected to the ones last summer.",
            "We gather the fires could be",
        ),
        ("We're led to believe the car was torched in Ashton.", "We're led to believe"),
        (
            "Plenty of you are telling us the lad on the moped is from the Deans estate.",
            "Plenty of you are telling us",
        ),
        (
            "A couple of residents have mentioned that the dealer drives a white Golf.",
            "A couple of residents have mentioned that",
        ),
        (
            "We've had several people message us to say the arsonist is local.",
            "We've had several people message us to say",
        ),
        (
            "Nothing has been confirmed, but the victim may have known the driver.",
            "Nothing has been confirmed",
        ),
        (
            "There's talk the burglar came in through the loft.",
            "There's talk",
        ),
        ("The suggestion online is that the dog was stolen to order.", "The suggestion online is"),
        ("Chances are it was the same crew as last week.", "Chances are"),
        ("Our hunch is that the bikes went to a scrapyard.", "Our hunch is"),
        ("Word round the village is that the pub was targeted.", "Word round the village is"),
        ("Someone's telling us the cash machine was rigged.", "Someone's telling us"),
        ("Reckon it's the same lads who did the bus shelter.", "Reckon it's"),
        ("It's been suggested that the fire was an insurance job.", "It's been suggested"),
        ("Don't quote us, but the bikes may be in a lock-up in Ely.", "Don't quote us"),
        (
            "A few folk have been in touch to say the man in the van was the burglar.",
            "A few folk have been in touch to say",
        ),
    ],
)
def test_speculation_and_hearsay_are_rumours(ctx, text, hedge):
    assert hedge in spans(text, ctx, "rumour")


@pytest.mark.parametrize(
    "text",
    [
        "It is thought the fire started in the kitchen. Everyone got out safely.",
        "It's thought to be the largest cannabis farm found in the county this year.",
        "It's believed the man was walking home when he was struck. His family know.",
        "It is believed the rider may have been thrown when the horse was startled.",
        "It is believed he may have travelled to Cardiff. If you see him, call 999.",
        "We understand this may be distressing for the family and ask you not to speculate.",
        "We understand your concerns about the speeding and will be there on Friday.",
        "We understand some of you may be worried after last night. Patrols are increased.",
        "We understand that you may be worried, and officers will be at the school gates.",
        "We understand the road may be closed for several hours while the lorry is recovered.",
        "We think this may be a scam: never give your PIN to a caller.",
        "Many of you have told us you want more patrols on the seafront.",
        "Lots of you have been telling us about the speeding on Mill Lane.",
        "Several of you have told us the streetlights on Moor Lane are out: the council knows.",
        "Residents tell us they feel safer since the new lights went in.",
        "Scam calls from people claiming to be from your bank are rising. Hang up.",
        "People claiming to be council workers are calling at homes. Ask for ID.",
        "We're aware of a video circulating online of a fight in the precinct. A man has been "
        "arrested.",
        "We're aware of footage doing the rounds of the crash. Two people are in hospital.",
        "Chances are you'll see more officers in town this weekend: it's the carnival.",
        "It's been said before, but please lock your car: three thefts last night.",
        "It's been suggested by some residents that we hold surgeries on Saturdays. We will.",
        "Nothing is confirmed about the closure date of the front counter yet.",
        "It is alleged the man assaulted a shop worker in Ely. He will appear in court.",
        "Nothing is more important than getting home safe. Don't drink and drive.",
    ],
)
def test_findings_acknowledgements_and_fraud_warnings_are_not_rumours(ctx, text):
    assert "rumour" not in rules(text, ctx)


def test_a_hedged_denial_still_passes_the_rumour_on(ctx):
    text = "Apparently a crocodile has been seen in the canal. It's probably not true."
    assert spans(text, ctx, "rumour") == ["Apparently"]


def test_a_plain_denial_knocks_the_rumour_down(ctx):
    text = "Apparently a crocodile has been seen in the canal. This is not true."
    assert "rumour" not in rules(text, ctx)
