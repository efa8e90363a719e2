"""Shared test data for the rules engine: a small gazetteer derived from fake dataset dicts.

Fixtures live here rather than in a conftest so the suite also runs with `--noconftest`.
"""

import pytest

from moderation.rules import RulesContext, check, default_rules_context
from moderation.rules.build_gazetteer import derive_gazetteer
from moderation.rules.gazetteer import Gazetteer, gazetteer_path, read_gazetteer

# name -> UK rank, as names-dataset would give them (lower is more common).
UK_FIRST = {
    "David": 1,
    "Paul": 2,
    "John": 3,
    "Sarah": 7,
    "Mark": 5,
    "Emma": 10,
    "Tom": 12,
    "Ben": 15,
    "Chris": 6,
    "Jack": 18,
    "Amy": 40,
    "Will": 138,
    "Victoria": 159,
    "George": 55,
    "Edward": 248,
    "Grace": 217,
    "Dawn": 149,
    "Keith": 118,
    "Gavin": 211,
    "Kyle": 172,
    "Sandra": 108,
    "Doreen": 481,
    "Jake": 103,
    "Callum": 122,
    "Liam": 90,
    "Rachel": 43,
    "Imran": 900,
    "Raj": 700,
    "Priya": 877,
    "Tomasz": 473,
    "Declan": 413,
    "Elsie": 1191,
    "Marjorie": 1500,
    "Thomas": 30,
    "Jane": 60,
    "Costa": 3040,
    "Stafford": 6245,
    "Friday": 6583,
    "Holly": 300,
    "Guy": 439,
}
ABROAD_FIRST = {"Mohammed": 3, "Happy": 172, "Olumide": 50}
UK_LAST = {
    "Smith": 1,
    "Brown": 4,
    "Hughes": 19,
    "Green": 20,
    "Clarke": 28,
    "Hall": 29,
    "Wood": 32,
    "King": 34,
    "Patel": 15,
    "Stone": 177,
    "Burton": 151,
    "Park": 376,
    "Street": 739,
    "Church": 829,
    "Oakley": 712,
    "Whitehouse": 594,
    "Brindley": 2059,
    "Threlfall": 4654,
    "Ingleby": 7291,
    "Reaney": 5456,
    "Forsyth": 1800,
    "Qureshi": 900,
    "Sharma": 226,
    "Nowak": 1152,
    "Frost": 293,
    "Coffee": 11976,
    "Easter": 4628,
    "Christmas": 4934,
    "Leek": 4040,
    "Hargreaves": 400,
    "Moriarty": 1200,
    "Nightingale": 2500,
    "Fawkes": 9000,
    "Lloyd": 60,
    "Bates": 300,
    "Dunmore": 8000,
    "Okafor": 6085,
    "Mcdonald": 128,
    "Oneill": 130,
    "Jones": 2,
    "Bush": 900,
}
ABROAD_LAST = {"Lopez": 4, "Akhtar": 20}
# English words by frequency rank (pyspellchecker-like counts are derived from these).
WORDS = [
    "the",
    "and",
    "will",
    "may",
    "good",
    "great",
    "happy",
    "thanks",
    "police",
    "park",
    "street",
    "road",
    "church",
    "green",
    "brown",
    "white",
    "king",
    "hall",
    "wood",
    "stone",
    "mark",
    "jack",
    "grace",
    "dawn",
    "coffee",
    "friday",
    "officers",
    "team",
    "night",
    "patrol",
    "bush",
    "holly",
    "christmas",
    "frost",
    "easter",
    "neighbour",
    "resident",
]
PLACES = [
    "Stone",
    "Leek",
    "Burton upon Trent",
    "Stafford",
    "Penkridge",
    "Kinver",
    "Norton Canes",
    "Keith",
    "Codsall",
    "Cannock",
    "Lichfield",
    "Tamworth",
    "Rugeley",
    "Uttoxeter",
]


def _dataset(uk: dict[str, int], abroad: dict[str, int]) -> dict[str, dict]:
    names = {
        name: {"rank": {"GB": rank, "US": rank + 3}, "country": {"GB": 0.5}}
        for name, rank in uk.items()
    }
    names.update(
        {name: {"rank": {"EG": rank}, "country": {"EG": 0.9}} for name, rank in abroad.items()}
    )
    return names


def fake_document() -> dict:
    counts = {word: 10_000 - i for i, word in enumerate(WORDS)}
    cities = [{"name": p, "countrycode": "GB"} for p in PLACES]
    cities.append({"name": "Paris", "countrycode": "FR"})
    return derive_gazetteer(
        _dataset(UK_FIRST, ABROAD_FIRST),
        _dataset(UK_LAST, ABROAD_LAST),
        word_counts=counts,
        cities=cities,
        max_word_rank=len(WORDS),
        sources={"test": "fake"},
    )


FAKE_GAZETTEER = Gazetteer.from_dict(fake_document(), source="fake")
EMPTY_GAZETTEER = Gazetteer()


def fake_context(**overrides) -> RulesContext:
    """The defaults, on the fake gazetteer."""
    ctx = default_rules_context(**overrides)
    return RulesContext(
        allowed_link_hosts=ctx.allowed_link_hosts,
        places=ctx.places,
        known_people=ctx.known_people,
        system_users=ctx.system_users,
        severity_overrides=ctx.severity_overrides,
        disabled_rules=ctx.disabled_rules,
        is_retweet_of_senior_account=ctx.is_retweet_of_senior_account,
        names=FAKE_GAZETTEER,
    )


def real_gazetteer() -> Gazetteer | None:
    path = gazetteer_path()
    return read_gazetteer(path) if path.exists() else None


@pytest.fixture(scope="session")
def ctx() -> RulesContext:
    return fake_context()


@pytest.fixture(scope="session")
def real_ctx() -> RulesContext:
    gazetteer = real_gazetteer()
    if gazetteer is None:
        pytest.skip("the built name gazetteer is missing (make builds it)")
    return RulesContext(known_people=default_rules_context().known_people, names=gazetteer)


def rules(text: str, context: RulesContext) -> set[str]:
    return {flag.rule for flag in check(text, context)}


def spans(text: str, context: RulesContext, rule: str) -> list[str]:
    return [text[f.start : f.end] for f in check(text, context) if f.rule == rule]
