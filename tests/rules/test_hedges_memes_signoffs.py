"""Families behind the third held-out round's misses, in fresh wordings: hedged hearsay in
every register, memes and ironic praise, regional sign-offs, and street forms written
name-first. Each family has look-alikes that must stay clean.
"""

import pytest

from .helpers import rules

pytest_plugins = ["tests.rules.helpers"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Seemingly a white van has been touring the farms near Brecon at night.", "rumour"),
        ("By all accounts the chippy on Church Street got a visit from burglars.", "rumour"),
        ("Folk reckon the fires on the moor are being started deliberately.", "rumour"),
        ("Talk in the pub is that the cash machine was tampered with.", "rumour"),
        ("We've heard tell of lads siphoning diesel in the lay-by.", "rumour"),
        ("Might be nothing, but a drone keeps hovering over gardens in Cottingham.", "rumour"),
        (
            "Take this with a pinch of salt: a bike thief may be working the station racks.",
            "rumour",
        ),
        ("If the reports are true, someone is cutting catalytic converters in Ripon.", "rumour"),
        (
            "A video doing the rounds on WhatsApp shows a fight outside the leisure centre.",
            "rumour",
        ),
        ("We've heard someone is selling fake tickets for the gala.", "rumour"),
        ("Nobody:\nNot a single soul:\nThe man who parked on the roundabout: 🚗", "joke"),
        ("POV: you left your phone on the bus seat again.", "joke"),
        (
            "Well done to the motorist who decided the pavement was a car park. "
            "Really classy stuff.",
            "joke",
        ),
        ("Gnome sweet gnome: the missing ornaments are back in Frodsham.", "joke"),
        ("Parked on the zigzags again, heh.", "joke"),
        ("Windy enough to dry your washing in seconds. Kite time, anyone?", "joke"),
        ("That's us away. Mind how you go, Paisley.", "off_duty"),
        ("Boots off, kettle on. Back Wednesday.", "off_duty"),
        ("Off duty as of now; call 101 if you need us.", "off_duty"),
        ("Guid nicht fae the Dundee West team 🌙", "off_duty"),
        ("This account won't be monitored until 7am tomorrow. Night.", "off_duty"),
        ("See yous tomorrow, Gateshead.", "off_duty"),
        ("Shed broken into at 12 Heol y Nant, Pontypridd overnight.", "location"),
        ("Car damaged outside 7 Stryd Fawr, Bala.", "location"),
        ("Flood warning for residents at 4 The Willows, Tewkesbury.", "location"),
        ("Number 23's wheelie bin was set alight on Ash Grove.", "location"),
        ("Vehicle dumped at w3w.co/lamp.orange.river near the ford.", "location"),
    ],
)
def test_families_are_flagged(ctx, text, rule):
    assert rule in rules(text, ctx)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("We've heard your feedback about the surgery times and moved them.", "rumour"),
        ("It's not true that the station is closing; please don't share the post.", "rumour"),
        ("Asked if he was old enough to drive. Apparently not.", "rumour"),
        ("People who saw the collision, please call 101.", "joke"),
        ("Congratulations to the volunteers who managed to raise £900 for the hospice.", "joke"),
        ("Heading home after the match? Don't drink and drive.", "off_duty"),
        ("Our PCSOs are away to the school fair this afternoon.", "off_duty"),
        ("Thanks for coming to the surgery, see you next month!", "off_duty"),
        ("We made 3 arrests. Number 4 on our list was the driver.", "location"),
        ("Top 10 The best ways to keep your shed safe.", "location"),
    ],
)
def test_look_alikes_stay_clean(ctx, text, rule):
    assert rule not in rules(text, ctx)
