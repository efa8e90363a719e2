"""Train the joke and rumour models from the labelled corpora and write them for the engine.

    python -m moderation.rules.build_tone_models [joke] [rumour]     (or: make tone-models)

Run it after changing `tests/corpus/outbound*.jsonl`; a test fails until the shipped models
match the corpora again.
"""

import argparse
import sys

from .tone_model import CORPUS_DIR, CORPUS_GLOB, SPECS, train, training_examples, write_model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="*", help=f"any of {', '.join(sorted(SPECS))} (all)")
    args = parser.parse_args(argv)
    unknown = set(args.labels) - SPECS.keys()
    if unknown:
        parser.error(f"unknown label(s): {', '.join(sorted(unknown))}")
    for label in args.labels or sorted(SPECS):
        spec = SPECS[label]
        examples = training_examples(label)
        if not examples:
            print(f"build_tone_models: no {CORPUS_GLOB} in {CORPUS_DIR}", file=sys.stderr)
            return 2
        model = train(examples, spec)
        write_model(model, spec.path)
        positives = sum(flag for _, flag in examples)
        print(
            f"{label}: {len(examples)} tweets ({positives} positive), "
            f"{len(model.weights)} weighted n-grams -> {spec.path}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
