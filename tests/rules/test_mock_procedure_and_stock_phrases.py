"""Joke families: police procedure played out on an animal or an object, the comic stock phrases
of British social media, and mock admiration of offenders; with the plain reports and requests
that share their words."""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Our new recruit's first arrest was a goose on the A52.", "first arrest was a goose"),
        ("PCSO Dunning negotiated the surrender of one (1) escaped hen.",
         "surrender of one (1) escaped hen"),
        ("At 14:02 a runaway rabbit was apprehended behind the shops.",
         "rabbit was apprehended"),
        ("The kettle has been arrested for failing to boil.", "kettle has been arrested"),
        ("Hour three of the great seagull siege. The chip shop has fallen.", "seagull siege"),
        ("The suspect, a goose, has been moved on.", "suspect, a goose"),
        ("The backfiring car has been spoken to about its behaviour.", "has been spoken to"),
        ("The gnome has been found. He remains tight-lipped.", "tight-lipped"),
        ("The large wild cat was a ginger tom. The suspect declined to comment.",
         "declined to comment"),
    ],
)
def test_procedure_played_out_on_an_animal_or_object_is_a_joke(ctx, text, marker):
    assert "joke" in rules(text, ctx)
    assert marker in spans(text, ctx, "joke")


@pytest.mark.parametrize(
    "text",
    [
        "A man was arrested for stealing a sheep from a farm near Builth.",
        "Police dog Rocco apprehended the suspect near the cow field.",
        "Two men were arrested after a horse was stolen from a field in Usk.",
        "Officers arrested a man who had stolen a pony.",
        "A man has been released without charge after a dog attacked sheep.",
        "The owner was spoken to after his dog chased sheep.",
        "A car was stolen in Usk. A 23-year-old has been arrested.",
        "A horse was found on the A40. It has been released back to its field.",
        "The escaped bull is still at large near Hay. Please do not approach it; call 999.",
        "The bike was seized and its rider has been spoken to.",
    ],
)
def test_arrests_and_animals_in_the_same_plain_report_are_not_jokes(ctx, text):
    assert "joke" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Why does every escaped cow stroll on the A49 at rush hour? Asking for a traffic officer.",
         "Asking for a traffic officer."),
        ("Sarge reversed the van into the yard. Let's just say the bollard won.", "Let's just say"),
        ("The inspector has worked out the coffee machine. Scenes.", "Scenes."),
        ("More plot twists than a Sunday drama. Popcorn at the ready.", "Popcorn at the ready"),
        ("Eleven people in a seven-seater. We're going to need a bigger car.",
         "going to need a bigger car"),
        ("Ducks 1, traffic 0. Eleven ducklings were escorted across the road.",
         "Ducks 1, traffic 0."),
        ("Thanks to the driver doing 94mph. We really did need more paperwork.", "more paperwork"),
        ("The gnome has been found. Typical gnome.", "Typical gnome."),
        ("Nothing says Monday morning quite like a stolen mower on the A1.",
         "Nothing says Monday morning quite like"),
        ("Slowest pursuit in Ferryhill history: one PCSO versus one tortoise.",
         "Slowest pursuit in Ferryhill history"),
        ("A stolen ride-on mower was driven down the A1 at a blistering 6mph.",
         "a blistering 6mph"),
        ("The stolen gnome has been returned. He has declined to give a statement.",
         "declined to give a statement"),
        ("A llama is wandering on the A4139. Is this the real life? Is this just fantasy?",
         "Is this the real life"),
        ("Our sponsored run raised £640. Dignity raised: £0.", "Dignity raised: £0"),
    ],
)
def test_comic_stock_phrases_are_jokes(ctx, text, marker):
    assert marker in spans(text, ctx, "joke")


@pytest.mark.parametrize(
    "text",
    [
        "We are asking for a description of the man. Call 101.",
        "Asking for a volunteer to help at the surgery on Friday.",
        "Junction 4, exit 5. Delays expected on the M6.",
        "The new online form means less paperwork for victims of crime.",
        "Our scenes of crime officers attended the burglary this morning.",
        "The biggest drugs seizure in Durham history was made today.",
        "The driver was doing an eye-watering 110mph on the A1.",
        "Nothing says we care like a visit from your local team.",
        "The man refused to give a statement and has been charged.",
    ],
)
def test_requests_directions_and_plain_words_are_not_jokes(ctx, text):
    assert "joke" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Biggleswade is now home to the politest shoplifter in England.",
         "the politest shoplifter"),
        ("Top tip for the burglar in Ossett: selfies upload to the owner's cloud.",
         "Top tip for the burglar"),
        ("He took a selfie on the victim's phone. Thanks for the evidence!",
         "Thanks for the evidence!"),
        ("Someone sprayed their own name on the bus shelter. Saves us a lot of detective work.",
         "Saves us a lot of detective work"),
        ("It was the homeowner, locked out. He's fine. His dignity isn't.", "His dignity isn't"),
        ("Parked across both disabled bays. Truly a masterclass in consideration.",
         "Truly a masterclass in"),
    ],
)
def test_mock_admiration_of_offenders_is_a_joke(ctx, text, marker):
    assert marker in spans(text, ctx, "joke")


@pytest.mark.parametrize(
    "text",
    [
        "We are targeting the worst offenders on the A38.",
        "Even the most determined thieves are put off by a steering lock.",
        "Top tips for keeping your bike safe from thieves: lock it, mark it, register it.",
        "Thanks for the evidence you sent through the portal, it helped us charge him.",
        "Registering your bike saves us a lot of time if it is ever stolen.",
    ],
)
def test_plain_advice_about_offenders_is_not_a_joke(ctx, text):
    assert "joke" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("PCSO Hale braved the rain, three stiles and a very judgemental cow.",
         "very judgemental cow"),
        ("The goat is no longer loose. The goat is, however, deeply unimpressed with us.",
         "goat is, however, deeply unimpressed"),
        ("Eleven ducklings and one extremely cross duck were escorted across the road.",
         "extremely cross duck"),
    ],
)
def test_animals_given_a_persons_moods_are_jokes(ctx, text, marker):
    assert marker in spans(text, ctx, "joke")


@pytest.mark.parametrize(
    "text",
    [
        "An aggressive dog was seized in Leek.",
        "A distressed sheep was freed from a fence near Buxton.",
        "Help the ducks cross the road safely this spring.",
        "The horse was visibly distressed and a vet attended.",
    ],
)
def test_animals_in_distress_are_reports_not_jokes(ctx, text):
    assert "joke" not in rules(text, ctx)
