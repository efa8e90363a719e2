"""How the tone models do on tweets they were not trained on: leave each corpus out in turn.

    python benchmarks/tone_model_cv.py [joke] [--threshold P]

For every `tests/corpus/outbound*.jsonl`, a model is trained on all the others and scored on it.
Printed per corpus and in total: the recall of the rule's patterns alone, of the patterns and
the model together (the engine flags when either does), and what the model adds wrongly (tweets
without the label that it flags, clean tweets among them). The patterns were tuned on every
corpus, so their own figures here are in-sample; the model's additions are not.
"""

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from moderation.rules import joke  # noqa: E402
from moderation.rules.text import detection_text  # noqa: E402
from moderation.rules.tone_model import CORPUS_DIR, CORPUS_GLOB, SPECS, train  # noqa: E402

# What each rule's patterns alone flag.
PATTERNS = {"joke": lambda text: bool(joke.pattern_matches(text))}


def load(path: Path) -> list[tuple[str, list[str]]]:
    return [
        (detection_text(record["text"]), record["labels"])
        for record in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="*", help=f"any of {', '.join(sorted(SPECS))} (all)")
    parser.add_argument("--threshold", type=float, help="default: each model's own")
    args = parser.parse_args(argv)
    if set(args.labels) - SPECS.keys():
        parser.error(f"labels are {', '.join(sorted(SPECS))}")
    corpora = {path.name: load(path) for path in sorted(CORPUS_DIR.glob(CORPUS_GLOB))}
    for label in args.labels or sorted(SPECS):
        spec = SPECS[label]
        if args.threshold is not None:
            spec = dataclasses.replace(spec, threshold=args.threshold)
        print(f"\n{label} (threshold {spec.threshold})")
        print(f"{'held-out corpus':28} {'pos':>5} {'patterns':>8} {'+model':>7} {'new FP':>6} "
              f"{'clean FA':>9}")
        totals = [0] * 6
        for held, items in corpora.items():
            examples = [
                (text, label in labels)
                for name, others in corpora.items()
                if name != held
                for text, labels in others
            ]
            row = score(train(examples, spec), items, label)
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            print_row(held, row)
        print_row("ALL", totals)
    return 0


def score(model, items, label: str) -> list[int]:
    row = [0] * 6  # positives, by patterns, by both, new FP, new clean FA, clean
    for text, labels in items:
        by_patterns = PATTERNS[label](text)
        by_model = not by_patterns and model.flags(text)
        if label in labels:
            row[0] += 1
            row[1] += by_patterns
            row[2] += by_patterns or by_model
        else:
            row[3] += by_model
            if not labels:
                row[4] += by_model
                row[5] += 1
    return row


def print_row(name: str, row: list[int]) -> None:
    positives, patterns, both, new_fp, new_fa, clean = row
    recalls = (
        f"{patterns / positives:8.3f} {both / positives:7.3f}"
        if positives
        else f"{'-':>8} {'-':>7}"
    )
    print(f"{name:28} {positives:5d} {recalls} {new_fp:6d} {new_fa:4d}/{clean:<4d}")


if __name__ == "__main__":
    sys.exit(main())
