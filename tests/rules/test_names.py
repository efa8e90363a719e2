"""The `name` rule: private people's names, and the many capitalised words that are not."""

import logging

import pytest

from moderation.rules import RulesContext, check
from moderation.rules.gazetteer import clear_cache, load_gazetteer

from .helpers import EMPTY_GAZETTEER, fake_context, rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gavin Threlfall, 41, from Penkridge, has admitted stealing diesel.", "Gavin Threlfall"),
        ("Ha ha, Kyle Brindley thought hiding in a bin was a good plan.", "Kyle Brindley"),
        ("Sgt Qureshi arrested Jake Ingleby in Codsall after a short foot chase.", "Jake Ingleby"),
        (
            "Officers are looking for Callum Reaney, 19, who is wanted on a warrant.",
            "Callum Reaney",
        ),
        ("Kinver resident Sandra Oakley was the victim of a rogue trader.", "Sandra Oakley"),
        (
            "We'd like to thank Doreen Whitehouse for the cakes she dropped off.",
            "Doreen Whitehouse",
        ),
        ("Big thank you to Priya Sharma who handed in a wallet.", "Priya Sharma"),
        ("Wanted: Tomasz Nowak, 33, who failed to appear at court.", "Tomasz Nowak"),
        ("Thanks to Mr Hughes for letting us use his field.", "Hughes"),
        ("Mrs Patel has thanked officers.", "Patel"),
        ("Neighbour Keith Oakley spotted the thieves and called 999.", "Keith Oakley"),
        ("Happy 100th birthday to Elsie Green from all of us!", "Elsie Green"),
        ("Mark Hughes was sentenced today.", "Mark Hughes"),
        ("Liam O'Neill has been charged with criminal damage.", "Liam O'Neill"),
        ("Sandra Oakley's car was broken into.", "Sandra Oakley"),
        ("John SMITH, 34, of Leek was charged.", "John SMITH"),
        ("Mohammed Akhtar stopped a shoplifter at his shop.", "Mohammed Akhtar"),
        ("Hargreaves, 27, of Cannock was jailed for 18 months.", "Hargreaves"),
    ],
)
def test_private_names_are_flagged_on_exactly_the_name(ctx, text, name):
    assert spans(text, ctx, "name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "PCSO Amy Clarke will be at the surgery on Friday.",
        "Sgt Hughes and PCSO Rachel Dunmore were on patrol.",
        "Insp Raj Patel has taken over as sector inspector.",
        "PC 1234 Hughes and PC 4521 Smith dealt with the call.",
        "DC Liam Forsyth has been praised by a judge.",
        "DS Emma Clarke and DI Mark Hughes secured the conviction.",
        "Ch Insp Chris Hall will answer your questions at 7pm.",
        "Supt Sarah King visited the team.",
        "Chief Constable Chris Noble visited Burton today.",
        "Cllr Jane Smith joined us on patrol.",
        "The Mayor, Cllr Jane Hughes, opened the hub.",
        "Police and Crime Commissioner Ben Adams is holding a meeting.",
        "Mayor Jane Hughes thanked the volunteers.",
        "Sgt Okafor and PCSOs Amy Lloyd and Tom Bates were out on the beat.",
        "Jane Smith MP visited the station.",
        "Patrols on Victoria Road and Albert Street tonight.",
        "Our meeting is at the King Edward VI School hall.",
        "Fun day at St George's Park on Sunday.",
        "Roads around Queen Street are closed.",
        "Bike marking in Stone, Leek and Burton this week.",
        "Staffordshire Police has opened a new custody suite.",
        "Thanks to Costa Coffee for the drinks.",
        "Happy Easter from the team!",
        "Jack Frost is here: defrost your windscreen.",
        "Guy Fawkes night is coming: buy fireworks from licensed sellers.",
        "Victoria Park will have extra patrols.",
        "Stafford Crown Court heard the case today.",
        "Grace Church is hosting a safety fair.",
        "Joanne from the council joined our walkabout.",
        "Will you be at the meeting? Mark your calendars.",
        "The Holly Bush in Penkridge is hosting a Farmwatch meeting.",
        "Norton Canes residents: bike marking on Friday.",
    ],
)
def test_ranks_titles_places_and_organisations_are_not_names(ctx, text):
    assert "name" not in rules(text, ctx)


def test_known_people_and_system_users_are_not_flagged():
    context = fake_context(known_people=["Sandra Oakley"], system_users=["Gavin Threlfall"])
    assert "name" not in rules("Thank you to Sandra Oakley and Gavin Threlfall.", context)
    # Part of a known person's name (the surname alone) is them too.
    assert "name" not in rules("Mrs Oakley opened the fete.", context)
    assert spans("Thank you to Doreen Whitehouse.", context, "name") == ["Doreen Whitehouse"]


def test_admin_places_suppress_names():
    context = fake_context(places=["Sandra Oakley"])  # say, a sheltered housing block
    assert "name" not in rules("Fraud talk at Sandra Oakley this afternoon.", context)


def test_context_finds_names_the_gazetteer_does_not_know(ctx):
    assert spans("Zbigniew Wozniak, 52, was arrested.", ctx, "name") == ["Zbigniew Wozniak"]
    assert spans("Officers arrested Olusegun Adebayo.", ctx, "name") == ["Olusegun Adebayo"]


def test_without_the_gazetteer_context_still_finds_names():
    context = RulesContext(names=EMPTY_GAZETTEER)
    assert spans("Gavin Threlfall, 41, from Penkridge, admitted theft.", context, "name") == [
        "Gavin Threlfall"
    ]
    assert spans("Sgt Qureshi arrested Jake Ingleby.", context, "name") == ["Jake Ingleby"]
    assert "name" not in rules("PCSO Amy Clarke will be at the surgery.", context)
    assert "name" not in rules("Patrols on Victoria Road tonight.", context)


def test_missing_gazetteer_is_warned_about_once(tmp_path, caplog):
    missing = tmp_path / "nope.json.gz"
    clear_cache()
    with caplog.at_level(logging.WARNING, logger="moderation.rules.gazetteer"):
        first = load_gazetteer(missing)
        second = load_gazetteer(missing)
    assert first is second
    assert not first.available
    warnings = [r for r in caplog.records if "missing" in r.getMessage()]
    assert len(warnings) == 1
    assert "build_gazetteer" in warnings[0].getMessage()
    clear_cache()


def test_name_message_says_what_to_do(ctx):
    [flag] = [f for f in check("Gavin Threlfall, 41, was jailed.", ctx) if f.rule == "name"]
    assert "Gavin Threlfall" in flag.message
    assert "known people" in flag.message
    assert flag.guidance == "Names of offenders"
    assert flag.severity == "block"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brown, 34, of Leek was jailed.", ["Brown"]),  # common-word surname, strong context
        ("Mr Stone was arrested.", ["Stone"]),  # a place name, but after a title
        ("Arrests this week: Stafford (12), Stone (3), Leek (5).", []),  # counts, not ages
        ("Stone, 34, was jailed.", []),  # a lone place with only a number is left alone
        ("Thanks to Stone for hosting the fair.", []),
        ("Will Smith, 40, was jailed.", ["Will Smith"]),
        ("June Walker, 79, was conned.", ["June Walker"]),
        ("Will you join us? May Day patrols are on.", []),
        ("A Ford Ranger pickup was stolen.", []),  # a vehicle, not a person
        ("Harry Potter fans: beware fake tickets.", []),
    ],
)
def test_one_word_and_thing_names(ctx, text, expected):
    assert spans(text, ctx, "name") == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sentencing for Heathcote is set for next month.", "Heathcote"),
        ("The trial of Pemberton, accused of fraud, begins on Monday.", "Pemberton"),
        ("Charges against Fairbrother were authorised by the CPS today.", "Fairbrother"),
    ],
)
def test_a_surname_after_a_court_process_noun_is_a_name(real_ctx, text, name):
    assert spans(text, real_ctx, "name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Harry Ramsden's in Whitby will host our Coffee with a Copper morning.",
        "Come and see us at Frankie Benson's.",
        "The case against the closure was heard by the council.",
    ],
)
def test_shops_named_with_a_possessive_are_not_names(real_ctx, text):
    assert "name" not in rules(text, real_ctx)


def test_a_persons_possessive_with_a_noun_is_still_a_name(real_ctx):
    assert spans("John Sutcliffe's van was stolen overnight.", real_ctx, "name") == [
        "John Sutcliffe"
    ]
