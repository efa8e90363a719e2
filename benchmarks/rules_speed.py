"""Throughput of the rules engine's check() on one core, with the real gazetteer loaded.

    python benchmarks/rules_speed.py [CORPUS.jsonl ...] [--seconds 5]

Tweets come from the given JSONL files (default: the same corpora as rules_quality.py) and are
checked in a loop for the given time. Target: >= 5,000 tweets/s (a keyword-list moderator does
about 50,000/s on the same machine).
"""

import argparse
import json
import sys
import time
from pathlib import Path

from moderation.rules import check, default_rules_context
from moderation.rules.gazetteer import clear_cache, gazetteer_path, load_gazetteer

try:
    from benchmarks.rules_quality import default_corpora
except ImportError:  # run as a script from elsewhere
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from rules_quality import default_corpora

TARGET = 5_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="JSONL files with a 'text' field")
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to run (default 5)")
    args = parser.parse_args(argv)

    texts = [
        json.loads(line)["text"]
        for path in (args.corpora or default_corpora())
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if not texts:
        print("rules_speed: no tweets found; pass one or more JSONL paths", file=sys.stderr)
        return 2

    clear_cache()
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    load_ms = (time.perf_counter() - started) * 1000
    if not gazetteer.available:
        print(f"rules_speed: warning: {gazetteer_path()} is missing; names use context only")
    context = default_rules_context()
    for text in texts:  # warm the token caches as a long-running process would have them
        check(text, context)

    checked = 0
    cpu_started, started = time.process_time(), time.perf_counter()
    deadline = started + args.seconds
    while time.perf_counter() < deadline:
        for text in texts:
            check(text, context)
        checked += len(texts)
    cpu = time.process_time() - cpu_started
    wall = time.perf_counter() - started
    # CPU time is what one core spent; wall time also counts waiting for a busy machine.
    rate = checked / cpu
    mean_chars = sum(map(len, texts)) / len(texts)
    print(f"gazetteer load: {load_ms:.0f} ms ({gazetteer.source})")
    print(f"tweets: {len(texts)} distinct, mean {mean_chars:.0f} characters")
    print(f"wall clock: {checked / wall:,.0f} tweets/s")
    print(
        f"{rate:,.0f} tweets/s on one core "
        f"({1e6 / rate:.0f} µs of CPU per tweet; target {TARGET:,}/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
