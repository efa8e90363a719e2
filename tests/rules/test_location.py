"""The `location` rule: exact spots, not streets, areas, roads or phone numbers."""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "spot"),
    [
        ("Attempted burglary at 22 Bridge Street, Penkridge overnight.", "22 Bridge Street"),
        ("Motorbike stolen from outside Flat 6, Linden Court, Wombourne.", "Flat 6, Linden Court"),
        ("Officers remain outside number 31 Park Avenue in Tutbury.", "number 31 Park Avenue"),
        ("A man was seen outside 9 Tanners Row, Cheddleton.", "9 Tanners Row"),
        ("Shed burglary at 3a Oakfield Close, Stone.", "3a Oakfield Close"),
        ("Damage to 22-24 High St overnight.", "22-24 High St"),
        ("Car broken into at 15 The Crescent.", "15 The Crescent"),
        ("Break-in at 7 rowan close last night.", "7 rowan close"),
        ("Police were called to No. 8 Chapel Lane.", "No. 8 Chapel Lane"),
        ("Officers are outside number 31 this evening.", "number 31"),
        ("Criminal damage reported at WS7 9JP last night.", "WS7 9JP"),
        ("Report of a suspicious vehicle at st16 2dh.", "st16 2dh"),
        ("Quad found at 52.7423, -1.9551 near the reservoir.", "52.7423, -1.9551"),
        ("Position 52.80°N, 2.11°W.", "52.80°N, 2.11°W"),
        ("Fly-tipping found at ///jumps.candle.silver off the road.", "///jumps.candle.silver"),
        ("Meet us at what3words filled.count.soap at noon.", "what3words filled.count.soap"),
        ("Police remain at Apartment 12, Canal Wharf House.", "Apartment 12, Canal Wharf House"),
        ("Body found at grid ref SJ 9236 2345 this morning.", "SJ 9236 2345"),
    ],
)
def test_exact_locations_are_flagged_on_the_spot(ctx, text, spot):
    assert spans(text, ctx, "location") == [spot]


@pytest.mark.parametrize(
    "text",
    [
        "Patrols on Edward Street in Burntwood continue.",
        "Catalytic converter thefts in the WS7 area.",
        "Heads up: the A449 through Gailey is down to one lane.",
        "Collision on the A50 near junction 2: expect delays.",
        "Roadworks on the M6 between J14 and J15 this weekend.",
        "Call 101 or 0300 123 4455, or 999 in an emergency.",
        "Quote incident 87 of 12 March.",
        "Three arrests in the Hanley area, quoting incident number 412.",
        "We seized 2 cars and 1 motorbike today.",
        "Surgery at 10am on Monday at the police station.",
        "Traffic on the A38 4PM onwards will be heavy.",
        "Closure on the M6 J15 2nd lane tonight.",
        "Speed checks on Victoria Road: 14 drivers caught.",
        "Over 20 officers attended the Chase Terrace event.",
        "Drive at 20 mph on residential roads.",
    ],
)
def test_streets_areas_roads_and_numbers_are_fine(ctx, text):
    assert "location" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "spot"),
    [
        ("Officers are at 4 Slipway Cottages, Appledore.", "4 Slipway Cottages"),
        ("Burglary at 12 Mill Buildings overnight.", "12 Mill Buildings"),
        ("Police were called to 7 quarry cottages last night.", "7 quarry cottages"),
    ],
)
def test_a_number_in_a_named_row_of_houses_is_a_location(ctx, text, spot):
    assert spans(text, ctx, "location") == [spot]
