"""Deriving the compact gazetteer from names-dataset style data, and loading it back."""

import gzip
import json

import pytest

from moderation.rules.build_gazetteer import derive_gazetteer, write_gazetteer
from moderation.rules.gazetteer import (
    FOREIGN_RANK_OFFSET,
    Gazetteer,
    clear_cache,
    load_gazetteer,
    name_key,
    read_gazetteer,
)

from .helpers import fake_document

FIRST = {
    "Gavin": {"rank": {"GB": 211, "US": 889}, "country": {"GB": 0.4}},
    "Mohammed": {"rank": {"EG": 18, "SA": 7}, "country": {"EG": 0.2}},
    "Rareone": {"rank": {"EG": 5000}, "country": {"EG": 0.9}},
    "Nobody": {"rank": {}, "country": {}},
    "Jane Ann": {"rank": {"GB": 14487}},  # two words: not a token the engine can match
    "R2d2": {"rank": {"GB": 12}},
    "Mary-Jane": {"rank": {"GB": 900}},
}
LAST = {
    "Threlfall": {"rank": {"GB": 4654}},
    "O'neill": {"rank": {"GB": 130}},
    "Oneill": {"rank": {"GB": 140}},
    "Lopez": {"rank": {"US": 4, "MX": 4}},
}
WORDS = {"the": 1000, "brown": 500, "street": 400, "x1": 300, "Capital": 200}
CITIES = [
    {"name": "Burton upon Trent", "countrycode": "GB"},
    {"name": "Newcastle-under-Lyme", "countrycode": "GB"},
    {"name": "Stone", "countrycode": "GB"},
    {"name": "Lyon", "countrycode": "FR"},
]


def test_derivation_keeps_uk_ranks_and_common_foreign_names():
    doc = derive_gazetteer(FIRST, LAST, word_counts=WORDS, cities=CITIES, max_foreign_rank=300)
    assert doc["first"] == {
        "gavin": 211,
        "mohammed": FOREIGN_RANK_OFFSET + 7,
        "mary-jane": 900,
    }
    # Apostrophes are dropped from keys; the better rank wins when two spellings collide.
    assert doc["last"] == {"threlfall": 4654, "oneill": 130, "lopez": FOREIGN_RANK_OFFSET + 4}


def test_derivation_ranks_plain_english_words_by_frequency():
    doc = derive_gazetteer({}, {}, word_counts=WORDS, max_word_rank=2)
    assert doc["words"] == {"the": 1, "brown": 2}


def test_derivation_keeps_uk_places_and_their_short_forms():
    doc = derive_gazetteer({}, {}, cities=CITIES)
    assert doc["places"] == [
        "burton",
        "burton upon trent",
        "newcastle",
        "newcastle-under-lyme",
        "stone",
    ]


def test_written_file_round_trips_and_is_reproducible(tmp_path):
    doc = fake_document()
    out = tmp_path / "data" / "g.json.gz"
    write_gazetteer(doc, out)
    first_bytes = out.read_bytes()
    write_gazetteer(doc, out)
    assert out.read_bytes() == first_bytes
    gazetteer = read_gazetteer(out)
    assert gazetteer.available
    assert gazetteer.first["gavin"] == 211
    assert "burton" in gazetteer.places


def test_loader_caches_and_refuses_unknown_formats(tmp_path, caplog):
    clear_cache()
    good = tmp_path / "good.json.gz"
    write_gazetteer(fake_document(), good)
    assert load_gazetteer(good) is load_gazetteer(good)
    bad = tmp_path / "bad.json.gz"
    with gzip.open(bad, "wt") as f:
        json.dump({"format": 999}, f)
    assert not load_gazetteer(bad).available
    assert "could not be read" in caplog.text
    clear_cache()
    with pytest.raises(ValueError):
        Gazetteer.from_dict({"format": 999})


def test_name_keys_ignore_case_and_apostrophes():
    assert name_key("O'Neill") == name_key("O’NEILL") == "oneill"
    assert name_key("McDonald") == "mcdonald"
