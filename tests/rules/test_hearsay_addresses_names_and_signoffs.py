"""Wordings the later held-out sets showed, each as a family: hearsay frames, addresses whose
street has no suffix, surnames that are also places, districts, and dialect sign-offs; with the
plain wording that shares their words."""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("We gather the man who left the shop without paying did the same in Dawlish.",
         "We gather"),
        ("We hear the break-in at the chemist was an inside job.", "We hear"),
        ("Looks like the house fire was electrical, though nobody has confirmed it.",
         "nobody has confirmed"),
        ("A shopkeeper in Bishop's Castle reckons the fake notes came from a market trader.",
         "A shopkeeper in Bishop's Castle reckons"),
        ("Word in Colne is that the pub closed because of drug dealing.", "Word in Colne is that"),
        ("From what a passer-by told us, the driver had been drinking all afternoon.",
         "From what a passer-by told"),
        ("A resident tells us a gang from out of town has been eyeing up bungalows.",
         "A resident tells us"),
        ("There's talk in Haltwhistle of cars being broken into every night.",
         "There's talk in Haltwhistle of"),
        ("We hear from a very reliable source that the mince pies are running low.",
         "a very reliable source"),
        ("The shop was targeted again, though we're still waiting for the owner to confirm.",
         "though we're still waiting for the owner to confirm"),
        ("We've been told, though it isn't confirmed, that cash machines have skimmers.",
         "isn't confirmed"),
        ("A source tells us the quad bikes could already be on a ferry.", "source tells"),
        ("People on the estate are saying shots were heard near the park. Nothing confirmed at "
         "this stage.", "Nothing confirmed at this stage"),
    ],
)
def test_hearsay_frames_are_rumours(ctx, text, marker):
    assert marker in spans(text, ctx, "rumour")


@pytest.mark.parametrize(
    "text",
    [
        "We hear you, and we will be patrolling Mill Lane more this month.",
        "We gather at the church at 10am for the Remembrance service.",
        "We hear from lots of you that speeding is a worry.",
        "A resident tells us they feel safer since the patrols started.",
        "The road will reopen at 6pm; we are waiting for confirmation from the council.",
        "We have confirmed that the road is now open.",
        "There's a rumour going round that the police station is closing. It isn't. The front "
        "counter hours are changing.",
    ],
)
def test_listening_meeting_and_confirmed_facts_are_not_rumours(ctx, text):
    assert "rumour" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Burglary overnight at 12 Bondgate Without, Alnwick.", "12 Bondgate Without"),
        ("Sheds broken into at 3 Tan y Bryn, Benllech overnight.", "3 Tan y Bryn"),
    ],
)
def test_a_number_and_a_street_without_a_suffix_before_the_town_is_a_location(ctx, text, address):
    assert address in spans(text, ctx, "location")


@pytest.mark.parametrize(
    "text",
    [
        "The event runs from 12 April, Wells Cathedral.",
        "See you at 7, Crook library.",
        "Kick-off at 3 Saturday, Leek.",
        "We seized 3 Cars, Leeds and Bradford teams helped.",
    ],
)
def test_dates_times_and_counts_before_a_town_are_not_locations(ctx, text):
    assert "location" not in rules(text, ctx)


def test_a_place_name_surname_after_a_first_name_and_an_age_is_a_name(real_ctx):
    text = "Kelly Brigstock, 41, of Swansea, has been charged with fraud."
    assert "Kelly Brigstock" in spans(text, real_ctx, "name")


@pytest.mark.parametrize(
    "text",
    ["Our campaign starts today across West Lindsey.", "Extra patrols in South Lakeland tonight."],
)
def test_districts_named_with_a_compass_word_are_not_names(real_ctx, text):
    assert "name" not in rules(text, real_ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Off for the weekend now. The newsletter is on our website.", "Off for the weekend now."),
        ("We're away hyem now. Take care, Rothbury.", "away hyem"),
        ("Amser mynd adre! Hwyl tan yfory o dîm Llandysul.", "Amser mynd adre"),
    ],
)
def test_dialect_and_welsh_sign_offs_are_off_duty(ctx, text, marker):
    assert marker in spans(text, ctx, "off_duty")


@pytest.mark.parametrize(
    "text",
    [
        "Bore da from the Llandysul team: we are out on foot patrol this morning.",
        "An off-duty officer helped a driver who had broken down on the A487.",
        "The Amser Mynd café in Aberaeron hosts our surgery on Friday.",
    ],
)
def test_greetings_and_off_duty_good_deeds_are_not_sign_offs(ctx, text):
    assert "off_duty" not in rules(text, ctx)
