"""Wordings the twelfth held-out set and the joke-model sets showed, each as a family with the
plain wording beside it: texting sign-offs, first names a town shares, an address after "of",
dialect hearsay, a bare "Sorry." after a pun; and scam warnings, denials of gossip, events,
cadets, shops and plain reports that share a joke's words."""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("gn all, earlies tmrw. stay safe Goole x", "gn"),
        ("gn Halesowen, off home to feed the cat", "off home"),
        ("GN Wigan!", "GN"),
        ("That's the Garstang team home for the day.", "That's the Garstang team home"),
        ("We're heading home now, stay safe.", "heading home now"),
    ],
)
def test_texting_and_home_for_the_day_sign_offs_are_off_duty(ctx, text, marker):
    assert marker in spans(text, ctx, "off_duty")


@pytest.mark.parametrize(
    "text",
    [
        "Shop with a friend if you're heading home late this Christmas.",
        "Plan your route if you are heading home after the match.",
        "Contact the GN team on 101.",
        "Our neighbourhood team is home to six PCSOs and two sergeants.",
    ],
)
def test_advice_to_people_heading_home_is_not_a_sign_off(ctx, text):
    assert "off_duty" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lee Grantham, 34, of Skelmersdale was charged with theft.", "Lee Grantham"),
        ("Thanks to Barry Fenwick of Blyth for handing in the wallet.", "Barry Fenwick"),
    ],
)
def test_a_common_first_name_that_a_town_shares_still_names_a_person(real_ctx, text, name):
    assert name in spans(text, real_ctx, "name")


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to everyone at Barry Island for a great day.",
        "Smash-and-grab at Ernest Jones on the High Street overnight; call 101 with information.",
        "Congratulations to Cadet Ava from Morpeth, named Volunteer Police Cadet of the Year.",
    ],
)
def test_places_shops_and_cadets_are_not_private_names(real_ctx, text):
    assert "name" not in rules(text, real_ctx)


def test_a_number_and_street_after_of_before_the_town_is_a_location(ctx):
    text = "A man of 9 Kingsway, Blyth, reported his own car stolen."
    assert "9 Kingsway" in spans(text, ctx, "location")


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Folk round Morley are sayin' there's been lead nicked off the chapel roof.",
         "Folk round Morley are sayin"),
        ("Residents in Hove are claiming the shop was robbed twice.",
         "Residents in Hove are claiming"),
        ("It's the work of a gang from out of town, from what we're picking up.",
         "from what we're picking up"),
    ],
)
def test_dialect_and_picked_up_hearsay_is_a_rumour(ctx, text, marker):
    assert marker in spans(text, ctx, "rumour")


@pytest.mark.parametrize(
    "text",
    [
        "This isn't gossip, it's confirmed: the new front counter opens on Monday.",
        "It's not a rumour: the station is moving to the fire station in March.",
        "Scam texts are circulating that say you've missed a parcel. Don't click the link.",
    ],
)
def test_denials_and_scam_warnings_are_not_rumours(ctx, text):
    assert "rumour" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("We're told the gingerbread thief ran as fast as he could. Sorry.", "Sorry."),
        ("Promenade patrols are out tonight. We rock. (Sorry.)", "(Sorry.)"),
        ("Thieves are targeting tents. Don't let it leave you in tents. Sorry! ⛺", "Sorry!"),
    ],
)
def test_a_bare_sorry_after_a_pun_is_a_joke(ctx, text, marker):
    assert marker in spans(text, ctx, "joke")


@pytest.mark.parametrize(
    "text",
    [
        "Tonight's surgery is cancelled as officers are needed elsewhere. Sorry!",
        "We can't make the school fete today. Sorry.",
        "Sorry for the late reply: call 101 about the bike.",
    ],
)
def test_a_sorry_after_bad_news_is_a_real_apology(ctx, text):
    assert "joke" not in rules(text, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Lincoln Christmas market opens on Thursday. Officers will be on foot all four days.",
        "Learn what to do after a near miss. Hi-vis vests available for every rider.",
    ],
)
def test_events_and_a_near_miss_name_nobody(real_ctx, text):
    assert "name" not in rules(text, real_ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Mobile devices mean officers can complete more paperwork on patrol, not at the station.",
        "An Easter bunny collecting money in Wells was stopped by officers. He was a genuine "
        "charity volunteer and has been given advice on street collections.",
        "Good to see so few drivers speeding past the camera van in Inverness today. Thank you 😊",
    ],
)
def test_plain_reports_that_share_a_jokes_words_are_not_jokes(ctx, text):
    assert "joke" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("The goose has been released. More paperwork.", "More paperwork"),
        ("Great to see so many drivers speeding past the school.", "speeding past"),
    ],
)
def test_the_comic_forms_of_those_words_are_still_jokes(ctx, text, marker):
    assert any(marker in span for span in spans(text, ctx, "joke"))
