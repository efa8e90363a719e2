"""Ironic praise, puns on the story's own topic, and quips on famous titles and verse."""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the van driver who decided the disabled bay at the health centre was his "
        "own space.",
        "Congratulations to whoever thought the layby on the A38 was a good spot for a sofa.",
        "Well done to the lad who reckoned nobody would notice a telly under his coat.",
        "Top marks to the motorist who managed to block both lanes of the ring road at rush hour.",
        "Lovely to wake up to fly-tipped tyres all along the lane again.",
        "Great to hear so many of you are ignoring the closure signs on the ford.",
        "Somebody obviously thinks he's a stunt rider, judging by the wheel marks on the green.",
        "The driver fancied himself as a getaway expert. He got as far as the roundabout.",
        "Someone has watched a few too many car chase films, by the look of the verge.",
        "Stolen horsebox found in a river near Bewdley. Mission Impossible: Horsebox Edition.",
        "Trolleys in the brook are such a lovely sight, said nobody.",
        "Somebody obviously thinks the speed limit on the bypass is more of a suggestion.",
        "Shout-out to the charmer who thought the disabled bay was his personal parking spot.",
        "Because nothing says responsible dog owner like leaving the bag on the fence.",
        "Thanks to whoever decided the bus lane was a shortcut this morning.",
        "Well done to the man who thought the verge was his very own private car park.",
        "Who needs a tax disc anyway? Car seized on the A61.",
        "Clearly the speed limit doesn't apply to the blue BMW on the bypass.",
        "Reversing the wrong way up the slip road. Bold choice.",
        "The 'huge rat' in the shed turned out to be a very startled hedgehog.",
        "Well done to the genius from Crawley who posted the stolen bike for sale on Facebook.",
    ],
)
def test_ironic_praise_and_mockery_are_jokes(ctx, text):
    assert "joke" in rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the neighbour who thought to call us when she heard glass breaking.",
        "Thank you to the resident who decided to hand the wallet in at the front desk.",
        "Well done to the volunteers who managed to clear the towpath of litter on Sunday.",
        "Huge congratulations to the cadets who managed to raise £600 for the hospice.",
        "Great to see so many of you at the bike marking event in the square.",
        "Good to see fewer drivers ignoring the limit on the school run this week.",
        "Good to see fly-tipping in the town down by a third since the cameras went up.",
        "Brilliant to see residents reporting fly-tipping through the council app.",
        "It was great to hear your concerns about parking and speeding at the surgery.",
        "Thank you to the young woman who decided it was time to come forward. We believe you.",
        "Well done to the cyclists who managed to raise £2,000 for the air ambulance.",
        "Thank you to the girl who managed to escape and call 999 from a neighbour's house.",
        "Great to see such a smashing turnout at the open day, and the graffiti art project.",
        "Great to see so many of you ignoring scam calls and hanging up.",
        "Someone clearly thought the house was empty when they broke in. Call 101.",
        "Thanks to the shop staff who thought the man's behaviour was odd and called 999.",
        "Our spring newsletter: Summer Edition is out now on the force website.",
        "Someone thought they were being followed home from the station and called us.",
        "Nothing says Christmas like carols at the station: all welcome on Friday.",
        "It was a bold decision to come forward, and we thank her for it.",
        "A 'suspicious package' at the bus station was checked by officers and is safe.",
    ],
)
def test_sincere_praise_and_plain_reports_are_not_jokes(ctx, text):
    assert "joke" not in rules(text, ctx)


def test_ironic_praise_span_runs_from_praise_to_the_bad_idea(ctx):
    text = "Hats off to the driver who decided the pavement was a parking space. Ticket issued."
    assert spans(text, ctx, "joke") == [
        "Hats off to the driver who decided the pavement was a parking space"
    ]


TOPIC_PUNS = [
    ("Pasties taken from the bakery on the high street. Whoever did it is on a roll.", "on a roll"),
    (
        "A calendar was stolen from the newsagent. The thief is looking at twelve months.",
        "looking at twelve months",
    ),
    ("A wallaby escaped from the zoo and the keepers are hopping mad.", "hopping mad"),
    ("Goats on the bypass again. We're not kidding.", "kidding"),
    ("Fishing tackle stolen from the angling club. Something is very fishy.", "fishy"),
    ("Cheddar taken from the farm shop. Hard cheese for the thief: he was caught.", "Hard cheese"),
    ("Hens stolen near Usk: we'll crack the case, no yolk.", "crack the case"),
    ("Twenty bikes recovered. We'll get the wheels in motion to return them.", "wheels in motion"),
    ("Spades stolen from the allotment. We're digging deep on this one.", "digging deep"),
    ("Sheep loose near Builth. Ewe know who you are.", "Ewe know"),
    ("Tyres slashed again. We're tyred of it.", "tyred"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Our speed team is on a roll: 40 drivers stopped this week.",
        "A man has been jailed for twelve months for stealing from his employer.",
        "Residents are hopping mad about the parking outside the school, and so are we.",
        "We're not kidding: lock your car. Eight thefts from unlocked cars this week.",
        "A window pane was smashed at the library overnight.",
        "The horse rider is in a stable condition in hospital.",
        "Neighbourhood Watch meeting on Tuesday: watch this space for the venue.",
        "Doughnuts were stolen from a delivery van in Luton. Call 101.",
        "A ewe was killed by a dog near Brecon. Keep dogs on leads near livestock.",
        "A man was sentenced to 12 months for stealing clocks from a shop.",
    ],
)
def test_the_same_idioms_without_a_matching_topic_are_not_puns(ctx, text):
    assert "joke" not in rules(text, ctx)


TITLE_QUIPS = [
    ("Oops, he did it again: third ban for the same driver.", "Oops, he did it again"),
    ("The usual suspects were out on the ring road last night. 12 tickets.", "The usual suspects"),
    (
        "Another one bites the dust: third stolen quad recovered this month.",
        "Another one bites the dust",
    ),
    ("Don't stop me now? Sorry, we did: 90mph on the A55.", "Don't stop me now"),
    ("Roses are red, sirens are blue, drive on your phone and we'll catch you.", "Roses are red"),
    ("Smooth criminal? Not quite. He tripped over the kerb.", "Smooth criminal"),
    ("May the force be with you on your first shift, new recruits!", "May the force be with you"),
    ("'Twas the night before payday and the shoplifter was caught.", "Twas the night before"),
]


@pytest.mark.parametrize(("text", "quip"), TOPIC_PUNS + TITLE_QUIPS)
def test_topic_puns_and_title_quips_are_flagged_where_they_are(ctx, text, quip):
    """An idiom on the story's own topic ("bakery ... on a roll"), or a famous title or verse."""
    assert quip in spans(text, ctx, "joke")


@pytest.mark.parametrize(
    "text",
    [
        "A child was left home alone overnight; officers are working with social services.",
        "Learn CPR to the beat of Stayin' Alive at our free session on Saturday.",
        "Roses and lilies were taken from the memorial garden. Please call us.",
        "Officers are under pressure this weekend with three events in town.",
        "A fox got into the chicken run at a smallholding near Ludlow overnight.",
    ],
)
def test_ordinary_phrases_that_share_a_title_are_not_quips(ctx, text):
    assert "joke" not in rules(text, ctx)
