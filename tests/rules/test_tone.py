"""The `joke`, `rumour` and `off_duty` rules, with the serious wording they must leave alone."""

import pytest

from .helpers import rules, spans

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Traffic moved slower than Sarge on a Monday lol", "slower than Sarge"),
        ("Escaped pig in Cheddleton. Most hog-wild call of the week 🐷🤣", "🤣"),
        ("We're all smiles. Pun intended.", "Pun intended"),
        ("Knock knock. Who's there? Not a burglar.", "Knock knock"),
        ("Ha ha, he thought the bin was a good hiding place.", "Ha ha"),
        ("Hahaha the sat nav sent us down a farm track", "Hahaha"),
        ("The driver said he thought it was daytime. It was 11pm. 😂", "😂"),
        ("Oh fantastic, yet another bin fire. 🙄", "Oh fantastic, yet another"),
        ("Brilliant. Just what we needed on a Monday.", "Just what we needed"),
        ("Tried to escape through a cat flap. Criminal mastermind.", "Criminal mastermind"),
        ("Excuse the pun, but bike marking was wheely good.", "Excuse the pun"),
        ("A bit of banter with the fire crew tonight.", "banter"),
        ("Who knew parking on a roundabout was a bad idea?", "Who knew"),
    ],
)
def test_jokes_sarcasm_and_laughter_are_flagged(ctx, text, marker):
    assert marker in spans(text, ctx, "joke")


@pytest.mark.parametrize(
    "text",
    [
        "Drink driving over Christmas is no joke.",
        "Speeding past a school is no laughing matter.",
        "Hoax 999 calls are not a joke: they block lines.",
        "Don't joke about bombs at the airport.",
        "We had a great time at the school fete 😊",
        "Thanks for a lovely welcome at the WI tonight.",
        "What a great turnout at the surgery, thank you!",
        "Traffic is moving slower than usual on the A34.",
    ],
)
def test_serious_wording_is_not_a_joke(ctx, text):
    assert "joke" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Apparently someone's been siphoning fuel at the lay-by.", "Apparently"),
        ("Rumour is a gang is targeting church roofs.", "Rumour is"),
        ("Unconfirmed sightings of a man with a crossbow.", "Unconfirmed"),
        ("We're told there may be a protest, but that's not confirmed yet.", "We're told there"),
        ("We've heard that a van has been following children.", "We've heard that"),
        ("Word is there'll be a party at the quarry.", "Word is"),
        ("Reportedly a man was seen with a knife.", "Reportedly"),
        ("There may be a second suspect but we can't confirm that.", "can't confirm"),
        ("Allegedly the shop owner is said to have been threatened.", "is said to have"),
        ("According to Facebook there was a stabbing last night.", "According to Facebook"),
    ],
)
def test_unverified_information_is_a_rumour(ctx, text, marker):
    assert marker in spans(text, ctx, "rumour")


@pytest.mark.parametrize(
    "text",
    [
        "A post claims police fine people for gritting. That is not true, please don't share it.",
        "Please don't share rumours, rely on official updates from us.",
        "You may have seen claims of a snatched child. This is untrue.",
        "A man was arrested after allegedly assaulting a bus driver.",
        "We have confirmed that the road is now open.",
    ],
)
def test_knocking_down_a_rumour_is_fine(ctx, text):
    assert "rumour" not in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Signing off after a mad night shift. Back on Thursday!", "Signing off"),
        ("That's the Penkridge team done for the day. Night all!", "Night all"),
        ("Going off duty now, back on Sunday.", "Going off duty"),
        ("Lates finished, heading home. Catch you tomorrow 👋", "Lates finished"),
        ("That's us done for tonight. Stay safe!", "That's us done"),
        ("Night shift over, time for bed.", "Night shift over"),
        ("End of shift for the Biddulph team.", "End of shift"),
        ("Clocking off now after a quiet one.", "Clocking off"),
        ("That's all from us tonight, back tomorrow.", "That's all from us"),
        ("Over to the night team now. Take care.", "Over to the night team"),
    ],
)
def test_going_off_duty_is_flagged(ctx, text, marker):
    assert marker in spans(text, ctx, "off_duty")


@pytest.mark.parametrize(
    "text",
    [
        "Praise for an off-duty PC who helped rescue a dog from the canal.",
        "An off-duty officer detained a shoplifter in Stone.",
        "We have extra officers on duty over the bank holiday.",
        "Our shift patterns mean there's always a team covering the town.",
        "Thanks for your support, and see you next week!",
        "Have a good night out, and plan your way home.",
    ],
)
def test_off_duty_news_and_shift_talk_are_fine(ctx, text):
    assert "off_duty" not in rules(text, ctx)
