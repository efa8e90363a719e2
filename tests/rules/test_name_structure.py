"""Names found by their structure (issue: third held-out round), in fresh wordings.

A private person shows by shape, not by a word list: a relationship or role word before a full
name, particles inside it ("ap", "van"), a surname that owns something, a household named by its
surname, a courtesy title in any case, or "a Firstname Surname". Places, brands, festivals and
names after a rank stay clean.
"""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    "text",
    [
        "Grandma Edna Pritchard has had her purse taken on the bus into Rhyl.",
        "Auntie Precious Adeyemi is our volunteer of the month at the Handsworth hub.",
        "Farmer Idris ap Owen has had forty ewes taken from a field near Bala.",
        "Lollipop man Derek Haslam has been helping kids across for 30 years!",
        "Our thanks to the Kowalczyk family for handing in the keys they found.",
        "The Hargreaves twins spotted the smoke and raised the alarm.",
        "mrs pemberton from the post office found the lost spaniel.",
        "Congratulations to mr and mrs abernethy on 60 years of marriage.",
        "It was Rowbotham's shed that got done this time, three mowers gone.",
        "We're told the lad seen with the knife is a Kieran Doyle from Hull.",
        "Witness Bethan Lloyd-Jones described the car as a silver hatchback.",
        "Mr & Mrs Castellano have been reunited with their stolen campervan.",
        "Thanks to the Smith family for their help with the search.",
    ],
)
def test_private_people_are_named_by_structure(real_ctx, text):
    assert "name" in rules(text, real_ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Eid Mubarak to everyone celebrating in Alum Rock today.",
        "Ramadan Kareem from all of the Sparkbrook team 🌙",
        "Burglars operating in Kingstanding have been jailed for six years.",
        "Shoplifting at Sainsbury's in Wrexham: two arrested this morning.",
        "Yorkshire's roads are busy this weekend, plan ahead.",
        "Cornwall's coastal path is closed near Porthleven after a landslip.",
        "Shop theft in Norwich's Castle Quarter this afternoon, enquiries ongoing.",
        "A Ford Focus was stolen from a driveway overnight.",
        "Great result for DS Nadia Hussain and her team at court today.",
        "Join our ms teams call with local businesses on Thursday.",
        "Dr Gray's Hospital has extra parking while the works go on.",
        "Gwynedd's rural crime team visited Bala mart.",
        "The path to Frobisher's Monument is closed for repairs.",
        "Lambing season: the farm shop at Ashworth's in Clitheroe is open.",
    ],
)
def test_places_brands_festivals_and_ranks_are_not_names(real_ctx, text):
    assert "name" not in rules(text, real_ctx)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sentenced today - declan threlfall of leek, 6 months for assault.", "declan threlfall"),
        ("appeal: have you seen callum reaney? he is wanted on a warrant.", "callum reaney"),
        ("Jailed at Stafford Crown Court: jake ingleby, 27, for burglary.", "jake ingleby"),
    ],
)
def test_a_lower_case_full_name_in_court_or_appeal_news_is_a_name(ctx, text, name):
    assert spans(text, ctx, "name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "thanks to declan and the team at the food bank for the donations.",
        "sgt declan threlfall arrested a man in leek this morning.",
        "had a chat with declan threlfall about the allotments.",
        "sentenced at stafford crown court today: a man from cannock, for burglary.",
    ],
)
def test_lower_case_words_without_court_news_a_surname_or_after_a_rank_are_fine(ctx, text):
    assert "name" not in rules(text, ctx)


def test_a_place_pair_in_lower_case_is_not_a_name(real_ctx):
    text = "sentenced at milton keynes crown court today: a man from bletchley."
    assert "name" not in rules(text, real_ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Red Honda quad bike taken from a farm near Leek. Any info, call 101.",
        "Grey Vauxhall seen leaving the scene at speed.",
        "Silver Ford Transit stolen from a driveway in Stone overnight.",
    ],
)
def test_a_colour_before_a_make_is_a_vehicle_not_a_name(ctx, text):
    assert "name" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sgt Hughes arrested a man named Fitzgerald in the town centre.", "Fitzgerald"),
        ("We stopped a driver named Kowalski on the A34 last night.", "Kowalski"),
    ],
)
def test_a_surname_after_named_or_called_is_a_person(real_ctx, text, name):
    assert spans(text, real_ctx, "name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "A woman called Ruth rang us to say thank you for the visit.",
        "A road named Victoria Road will be closed on Sunday.",
    ],
)
def test_a_first_name_or_a_place_after_named_is_not(real_ctx, text):
    assert "name" not in rules(text, real_ctx)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Read Sian Probert's story about losing £9,000 to a romance scammer.", "Sian Probert"),
        ("Hear Jane Smith's account of the break-in at our next meeting.", "Jane Smith"),
    ],
)
def test_a_full_name_after_an_imperative_that_is_also_a_surname_is_found(real_ctx, text, name):
    assert name in spans(text, real_ctx, "name")
