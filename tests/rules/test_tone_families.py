"""Whole families of sign-offs, sarcasm, wordplay and hearsay (issue: second held-out round).

Fresh wordings written for these tests, not taken from any corpus: each family is covered by
its vocabulary, and each has look-alikes that must stay clean.
"""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        (
            "Right, that's me for the night. Look after each other, Buxton.",
            "that's me for the night",
        ),
        ("That's us for today from the Hexham team.", "That's us for today"),
        ("End of a really hectic late shift in Barry.", "End of a really hectic late shift"),
        ("Ta-ra from the Dudley North team, back in on Thursday.", "Ta-ra"),
        ("Cheerio for now, Ilkley!", "Cheerio"),
        ("Tara for now, stay safe out there.", "Tara"),
        ("Bye all, and thanks for reading our updates today.", "Bye all"),
        ("We're calling it a night in Selby.", "calling it a night"),
        ("Handing over to the night turn now. Stay safe.", "Handing over to the night"),
        ("Passing the baton to the lates. Have a good evening.", "Passing the baton"),
        ("An early finish for the Keswick team today. See you Friday 👋", "early finish"),
        ("Quiet one. See you tomorrow, Girvan.", "See you tomorrow"),
        ("We'll be in again on Saturday. Take care.", "We'll be in again on Saturday"),
        ("Back after our rest days, folks.", "Back after our rest days"),
        ("Until next time, Porthcawl.", "Until next time"),
        ("Hwyl fawr o Fangor, back Monday.", "Hwyl fawr"),
        ("OK night all, stay warm.", "night all"),
    ],
)
def test_sign_off_family_is_flagged(ctx, text, marker):
    assert any(marker.lower() in span.lower() for span in spans(text, ctx, "off_duty"))


@pytest.mark.parametrize(
    "text",
    [
        "A busy night all round in Skegness: three arrests for assault.",
        "Long night all over the county with the flooding; thanks to the fire service.",
        "Drop-in surgery at Tenby library on Thursday. See you Thursday!",
        "The stolen mattress is now evidence and we'll sleep on it before deciding.",
        "Our PCSOs hand over leaflets at the market every Friday.",
        "The night turn is on and patrolling the town centre.",
        "Cheers to the volunteers at the food bank for all their hard work.",
        "Early finish to the parade because of the rain; the road reopens at 3pm.",
        "Handing over lost property: the wallet is back with its owner.",
        "Come and see us on Saturday at the fete, we'll be by the cake stall.",
        "We'll be outside the infant school at home time tomorrow to talk about parking.",
        "PCSOs will be at the gates after home time to speak to parents.",
    ],
)
def test_sign_off_look_alikes_are_fine(ctx, text):
    assert "off_duty" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        (
            "Huge thanks to the genius who left the keys in the ignition. Really helpful.",
            "genius who",
        ),
        ("Parking on the zig-zags outside a school. Very considerate.", "Very considerate."),
        ("Oh sure, because obviously the bus lane is a car park.", "because obviously"),
        ("Undertaking on the hard shoulder. Clever move. Not.", "Not."),
        ("Yeah, of course, the 20 limit doesn't apply to you.", "Yeah, of course"),
        ("Another sat nav to the ford. Slow clap for that one.", "Slow clap"),
        ("Loved the fake number plates. #sarcasm", "#sarcasm"),
        ("Thanks for nothing to whoever nicked our cones.", "Thanks for nothing"),
        ("Seven trolleys in the canal again *eye roll*", "eye roll"),
        ("Sheep loose on the B4391 causing a baaaad queue.", "baaaad"),
        (
            "Escaped alpacas in Leek: an udderly mad morning (yes, we know they're not cows).",
            "udderly",
        ),
        ("The cat rescue was purrfect teamwork.", "purrfect"),
        ("The great sausage roll heist of Ormskirk is solved.", "great sausage roll heist"),
        ("The crime of the century: a garden gnome has gone.", "crime of the century"),
        ("Goose blocking the bridge again. Heh.", "Heh."),
        ("Mwahaha, another speed trap set up.", "Mwahaha"),
        ("He said he was just borrowing the quad bike *chuckles*", "*chuckles*"),
        ("Sat nav said turn left into the river XD", "XD"),
    ],
)
def test_sarcasm_laughter_and_wordplay_are_jokes(ctx, text, marker):
    assert any(marker.lower() in span.lower() for span in spans(text, ctx, "joke"))


@pytest.mark.parametrize(
    "text",
    [
        "Roadworks on Ha-Ha Road are finished and the lane is open again.",
        "Thanks to the legend who handed in a wallet with £200 in it.",
        "Is this your bike? Not yet claimed, so call 101.",
        "Yes, of course you can bring the kids to the station open day.",
        "Please be considerate and park away from the school gates.",
        "Our neighbourhood team will be at the surgery on Friday.",
        "The Jolly Farmer was broken into overnight; officers attended.",
        "Residents are furious about the fly-tipping on Mill Lane and so are we.",
        "Because of the flooding the A49 is closed at Leominster.",
        "Hare coursing is a crime: report it on 101.",
    ],
)
def test_joke_look_alikes_are_fine(ctx, text):
    assert "joke" not in rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Extra patrols on Tamar Way after residents told us about speeding.",
        "A neighbour told us of a van parked up and officers stopped it.",
    ],
)
def test_residents_reporting_to_police_is_not_hearsay(ctx, text):
    assert "rumour" not in rules(text, ctx)
