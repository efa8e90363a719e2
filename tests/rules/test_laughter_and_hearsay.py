"""Laughter told in words, and hearsay introduced by "we've heard" (round 4 families)."""

import pytest

from .helpers import rules

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    "text",
    [
        "A caller asked us to arrest a seagull for stealing chips. We were crying laughing.",
        "The dog that 'helped' with the search had the whole team in stitches.",
        "Can't stop laughing at the lad who tried to pay for petrol with a Tesco clubcard.",
        "The sat-nav sent our van down a footpath again, it's still cracking us up.",
        "Tears of laughter in the briefing room after that one.",
        "We're still giggling about the goose that chased PCSO Hart across the car park.",
    ],
)
def test_laughter_in_words_is_a_joke(ctx, text):
    assert "joke" in rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Crying children were reunited with their parents at the fair.",
        "Our stitches-and-sewing group for carers meets on Tuesdays at the library.",
        "Drink driving is no laughing matter: three arrests last night.",
        "Cracking down on speeding outside the primary school this week.",
    ],
)
def test_serious_uses_of_the_same_words_are_not_jokes(ctx, text):
    assert "joke" not in rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "We've heard Kelvin Ashworth has been seen back in Morpeth.",
        "We have heard someone is selling fake tickets for the match.",
        "We've also heard the driver had been drinking before the crash.",
    ],
)
def test_hearsay_after_we_have_heard_is_a_rumour(ctx, text):
    assert "rumour" in rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "We've heard your concerns about parking near the school and will be there on Monday.",
        "We've heard from lots of you about the speeding on Mill Lane: speed checks this week.",
        "We have heard back from the council about the broken street lights.",
    ],
)
def test_police_listening_to_residents_is_not_a_rumour(ctx, text):
    assert "rumour" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("That's us for tonight. Ha, as if we ever get a quiet one.", "joke"),
        ("Sheep loose on the A523 near Leek again. Ewe couldn't make it up.", "joke"),
        ("Heard there might be a protest in Leek tomorrow, nothing official yet.", "rumour"),
        ("According to a neighbour, the man had been dealing from the flat for months.", "rumour"),
    ],
)
def test_elided_hearsay_a_single_ha_and_a_ewe_pun(ctx, text, rule):
    assert rule in rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Heard the news? Our new PCSO starts on Monday in Stone.",
        "According to the Met Office, snow is likely across the district tonight.",
        "A ewe was found wandering on the A34 and is back with the farmer.",
        "HA 12 closure: the slip road is shut until 6am.",
    ],
)
def test_their_plain_neighbours_stay_quiet(ctx, text):
    assert not {"joke", "rumour"} & rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Neighbours say the fire at the old mill was started deliberately by kids from the estate.",
        "Residents in Coity are saying a drone is being used to drop items into the prison.",
        "A source tells us a shop on the high street has been selling illegal vapes to kids.",
        "Social media claims a man with a machete was seen near the station this afternoon.",
        "It looks like it might have been a firework that set the bin store alight.",
        "We've been hearing from several residents that a group of men have been calling round.",
    ],
)
def test_claims_put_in_other_peoples_mouths_are_hearsay(ctx, text):
    assert "rumour" in rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Residents tell us they feel safer since the evening patrols started.",
        "Parents say the crossing patrol makes a big difference, so thank you.",
        "People say the best way to protect your bike is a good D-lock.",
        "Speed checks on Cromwell Road today after residents told us about boy racers.",
        "Looks like the weather might be good for the fun run on Sunday!",
    ],
)
def test_feedback_advice_and_reports_acted_on_are_not(ctx, text):
    assert "rumour" not in rules(text, ctx)
