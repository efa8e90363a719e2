"""check() as a whole: the flag shape, configuration, unicode and properties that always hold."""

import dataclasses
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation.rules import RULES, Flag, RulesContext, check, default_rules_context
from moderation.rules.engine import FINDERS

from .helpers import EMPTY_GAZETTEER, fake_context, spans

pytest_plugins = ["tests.rules.helpers"]

BAD = (
    "Ha ha, Kyle Brindley lives at 22 Bridge Street. Apparently. bit.ly/x #a #b #c #d Signing off!"
)


def test_every_rule_has_guidance_and_a_finder():
    assert set(RULES) == set(FINDERS) | {"length"}
    for info in RULES.values():
        assert info.default_severity in ("block", "warn")
        assert info.advice and info.guidance
    assert RULES["hashtags"].guidance == "never use more than 3 #tags per tweet"
    assert RULES["name"].guidance == "Names of offenders"


def test_flags_are_frozen_ordered_and_serialisable(ctx):
    flags = check(BAD, ctx)
    assert {f.rule for f in flags} == {
        "joke",
        "name",
        "location",
        "rumour",
        "external_link",
        "hashtags",
        "off_duty",
    }
    assert flags == sorted(flags, key=lambda f: (f.start, f.end, f.rule))
    flag = flags[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        flag.rule = "x"
    assert flag.to_dict() == {
        "rule": flag.rule,
        "severity": flag.severity,
        "start": flag.start,
        "end": flag.end,
        "message": flag.message,
        "guidance": flag.guidance,
    }
    assert {f.rule: f.severity for f in flags}["joke"] == "warn"
    assert {f.rule: f.severity for f in flags}["name"] == "block"


def test_severity_overrides_and_disabled_rules():
    context = fake_context(
        severity_overrides={"joke": "block", "name": "warn"}, disabled_rules={"hashtags"}
    )
    by_rule = {f.rule: f.severity for f in check(BAD, context)}
    assert by_rule["joke"] == "block"
    assert by_rule["name"] == "warn"
    assert "hashtags" not in by_rule


def test_bad_configuration_is_refused():
    with pytest.raises(ValueError):
        RulesContext(severity_overrides={"joke": "shout"}, names=EMPTY_GAZETTEER)
    with pytest.raises(ValueError):
        RulesContext(severity_overrides={"nonsense": "warn"}, names=EMPTY_GAZETTEER)


def test_context_normalises_what_admins_type():
    context = RulesContext(
        allowed_link_hosts=(" Police.UK. ", "*.gov.uk"),
        known_people=["  Jane   SMITH "],
        places=["Chase Terrace"],
        names=EMPTY_GAZETTEER,
    )
    assert context.allowed_link_hosts == ("police.uk", "gov.uk")
    assert context.known_people == frozenset({"jane smith"})
    assert context.places == frozenset({"chase terrace"})


def test_default_context_adds_admin_settings_to_the_builtins():
    context = default_rules_context(known_people=["Amy Clarke"])
    assert "amy clarke" in context.known_people
    assert "guy fawkes" in context.known_people
    assert context.allowed_link_hosts == ("police.uk", "gov.uk")


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_has_no_flags(ctx, text):
    assert check(text, ctx) == []


def test_check_without_a_context_uses_the_defaults():
    assert {f.rule for f in check("Signing off, night all!")} == {"off_duty"}


def test_check_refuses_non_text(ctx):
    with pytest.raises(TypeError):
        check(None, ctx)


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("🚓🚓 Gavin Threlfall, 41, was jailed 🚓", "name", "Gavin Threlfall"),
        ("👨‍👩‍👧‍👦 Signing off now 👋🏽", "off_duty", "Signing off"),
        ("مرحبا Kyle Brindley, 20, was charged שלום", "name", "Kyle Brindley"),
        ("Ｇａｖｉｎ Ｔｈｒｅｌｆａｌｌ, 41, was jailed", "name", "Ｇａｖｉｎ Ｔｈｒｅｌｆａｌｌ"),
        (
            "Burglary at ２２ Ｂｒｉｄｇｅ Ｓｔｒｅｅｔ overnight",
            "location",
            "２２ Ｂｒｉｄｇｅ Ｓｔｒｅｅｔ",
        ),
        ("Visit ｂｉｔ．ｌｙ/x now", "external_link", "ｂｉｔ．ｌｙ/x"),
        ("José Mourinho\u0301 lol", "joke", "lol"),
        ("Cafe\u0301 owner Sandra Oakley, 60, was robbed", "name", "Sandra Oakley"),
        ("Signing off\u00a0now", "off_duty", "Signing off"),
    ],
)
def test_unicode_text_keeps_offsets_into_the_original(ctx, text, rule, span):
    assert span in spans(text, ctx, rule)


def test_rtl_and_combining_text_without_problems_is_clean(ctx):
    assert check("שלום לכולם, مرحبا بكم في ستافورد", ctx) == []
    assert check(unicodedata.normalize("NFD", "Café crème à Penkridge ce soir"), ctx) == []


_PIECES = st.sampled_from(
    [
        "Gavin",
        "Threlfall",
        "PC",
        "Sgt",
        "Mr",
        ", 41,",
        "22",
        "Bridge",
        "Street",
        "Flat 6,",
        "WS7 9JP",
        "///a.b.c",
        "lol",
        "😂",
        "#tag",
        "http://",
        "bit.ly/",
        "gov.uk",
        ".",
        " ",
        "apparently",
        "Signing off",
        "\u0301",
        "\u200d",
        "ｘ",
        "שלום",
        "\n",
        "'s",
        "-",
        "Road",
        "St",
        "’",
        "@",
        "&",
        "(",
        ")",
        "52.1234, -2.1234",
        "number",
        "arrested",
    ]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=400), st.lists(_PIECES | st.text(max_size=5), max_size=60).map("".join)
    )
)
def test_check_never_raises_and_spans_lie_inside_the_text(text):
    context = fake_context()
    for flag in check(text, context):
        assert isinstance(flag, Flag)
        assert flag.rule in RULES
        assert flag.severity in ("block", "warn")
        assert 0 <= flag.start < flag.end <= len(text)
        assert flag.message and flag.guidance


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_check_without_gazetteer_never_raises(text):
    context = RulesContext(names=EMPTY_GAZETTEER)
    for flag in check(text, context):
        assert 0 <= flag.start < flag.end <= len(text)
