"""How the joke model does on tweets it was not trained on: leave each corpus out in turn.

    python benchmarks/joke_model_cv.py [--threshold 0.7]

For every `tests/corpus/outbound*.jsonl`, the model is trained on all the others and scored on
it. Printed per corpus and in total: the joke recall of the patterns alone, of the patterns and
the model together (the engine flags a joke when either does), and what the model adds wrongly
(non-joke tweets it flags, clean tweets among them). The patterns were tuned on every corpus, so
their own figures here are in-sample; the model's additions are not.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from moderation.rules import joke  # noqa: E402
from moderation.rules.joke_model import CORPUS_DIR, CORPUS_GLOB, THRESHOLD, train  # noqa: E402
from moderation.rules.text import detection_text  # noqa: E402


def load(path: Path) -> list[tuple[str, list[str]]]:
    return [
        (detection_text(record["text"]), record["labels"])
        for record in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args(argv)
    corpora = {path.name: load(path) for path in sorted(CORPUS_DIR.glob(CORPUS_GLOB))}
    header = f"{'held-out corpus':28} {'jokes':>5} {'patterns':>8} {'+model':>7} {'new FP':>6} "
    print(header + f"{'clean FA':>8}")
    totals = [0, 0, 0, 0, 0, 0]
    for held, items in corpora.items():
        examples = [
            (text, "joke" in labels)
            for name, others in corpora.items()
            if name != held
            for text, labels in others
        ]
        model = train(examples)
        object.__setattr__(model, "threshold", args.threshold)
        model.__post_init__()
        row = [0, 0, 0, 0, 0, 0]  # jokes, by patterns, by both, new FP, new clean FA, clean
        for text, labels in items:
            by_patterns = bool(joke._joke_matches(text))
            by_model = not by_patterns and model.is_joke(text)
            if "joke" in labels:
                row[0] += 1
                row[1] += by_patterns
                row[2] += by_patterns or by_model
            else:
                row[3] += by_model
                if not labels:
                    row[4] += by_model
                    row[5] += 1
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print_row(held, row)
    print_row("ALL", totals)
    return 0


def print_row(name: str, row: list[int]) -> None:
    jokes, patterns, both, new_fp, new_fa, clean = row
    recalls = f"{patterns / jokes:8.3f} {both / jokes:7.3f}" if jokes else f"{'-':>8} {'-':>7}"
    print(f"{name:28} {jokes:5d} {recalls} {new_fp:6d} {new_fa:4d}/{clean:<4d}")


if __name__ == "__main__":
    sys.exit(main())
