"""Quality of the rules engine on labelled JSONL corpora, scored as corpus-sample/score.py does.

    python benchmarks/rules_quality.py [CORPUS.jsonl ...] [--show-errors] [--check]

Default corpora: every tests/corpus/*outbound*.jsonl, plus the shared sample
(../shared/corpus-sample/outbound.jsonl or /work/shared/...) when present. Scoring is per
message: a rule counts once per item however often it fires; "clean false alarm" is the share
of unlabelled items that got any flag at all. --check exits 1 unless micro precision and
recall are >= 0.95, every rule's recall >= 0.90 and the clean false-alarm rate <= 0.03.

Inbound corpora (a file name containing "inbound"; by default tests/corpus/*inbound*.jsonl and
the shared sample's inbound.jsonl) are scored with the inbound classifier instead: precision
and recall of `call_for_help`, and of its urgent marking where items carry `"urgent": true`.
Targets: recall >= 0.95 with precision >= 0.85. Throughput is items per second of CPU time.
"""

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from moderation.rules import check, default_rules_context
from moderation.rules.inbound import classify_mention
from moderation.rules.inbound_model import MentionModel, load_training_data, mention_model

ROOT = Path(__file__).resolve().parent.parent
SHARED_SAMPLES = [
    ROOT.parent / "shared" / "corpus-sample" / "outbound.jsonl",
    Path("/work/shared/corpus-sample/outbound.jsonl"),
]
TARGETS = {"precision": 0.95, "recall": 0.95, "rule_recall": 0.90, "clean_false_alarm": 0.03}
INBOUND_TARGETS = {"precision": 0.85, "recall": 0.95}


def default_corpora(kind: str = "outbound") -> list[Path]:
    corpora = sorted((ROOT / "tests" / "corpus").glob(f"*{kind}*.jsonl"))
    for sample in SHARED_SAMPLES:
        sample = sample.with_name(f"{kind}.jsonl")
        if sample.exists():
            corpora.append(sample)
            break
    return corpora


def load(path: Path) -> list[dict]:
    items = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
            items.append(
                {
                    "id": item["id"],
                    "text": item["text"],
                    "labels": set(item.get("labels", [])),
                    "urgent": bool(item.get("urgent")),
                }
            )
    return items


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


@dataclass
class Score:
    codes: list[str]
    counts: dict[str, dict[str, int]]
    clean_total: int = 0
    clean_flagged: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str, dict]] = field(default_factory=list)

    def prf(self, tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = _ratio(tp, tp + fp, 1.0 if tp + fn == 0 else 0.0)
        r = _ratio(tp, tp + fn, 1.0)
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def micro(self) -> tuple[int, int, int]:
        return tuple(sum(c[k] for c in self.counts.values()) for k in ("tp", "fp", "fn"))

    @property
    def clean_false_alarm(self) -> float:
        return _ratio(self.clean_flagged, self.clean_total, 0.0)


def score(items: list[dict], context) -> Score:
    codes = sorted(set().union(*(item["labels"] for item in items)))
    result = Score(codes, {c: {"tp": 0, "fp": 0, "fn": 0} for c in codes})
    started = time.process_time()
    predictions = [{flag.rule for flag in check(item["text"], context)} for item in items]
    result.seconds = max(time.process_time() - started, 1e-9)
    for item, got in zip(items, predictions, strict=True):
        gold = item["labels"]
        if not gold:
            result.clean_total += 1
            if got:
                result.clean_flagged += 1
                result.errors.extend(("FP*", c, item) for c in sorted(got - set(codes)))
        for c in codes:
            if c in got and c in gold:
                result.counts[c]["tp"] += 1
            elif c in got:
                result.counts[c]["fp"] += 1
                result.errors.append(("FP", c, item))
            elif c in gold:
                result.counts[c]["fn"] += 1
                result.errors.append(("FN", c, item))
    return result


def report(path: Path, items: list[dict], result: Score, show_errors: bool) -> list[str]:
    """Print the table; return the targets this corpus misses."""
    print(f"corpus: {path}  items={len(items)}  clean={result.clean_total}")
    header = (
        f"{'rule':<16}{'support':>8}{'TP':>6}{'FP':>6}{'FN':>6}{'prec':>8}{'recall':>8}{'F1':>8}"
    )
    print(header)
    print("-" * len(header))
    misses = []
    for c in result.codes:
        n = result.counts[c]
        p, r, f = result.prf(n["tp"], n["fp"], n["fn"])
        print(
            f"{c:<16}{n['tp'] + n['fn']:>8}{n['tp']:>6}{n['fp']:>6}{n['fn']:>6}"
            f"{p:>8.3f}{r:>8.3f}{f:>8.3f}"
        )
        if r < TARGETS["rule_recall"]:
            misses.append(f"{c} recall {r:.3f} < {TARGETS['rule_recall']}")
    print("-" * len(header))
    tp, fp, fn = result.micro
    p, r, f = result.prf(tp, fp, fn)
    print(f"{'MICRO':<16}{tp + fn:>8}{tp:>6}{fp:>6}{fn:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    print(
        f"clean false alarm: {result.clean_flagged}/{result.clean_total} = "
        f"{result.clean_false_alarm:.3f}   ({len(items) / result.seconds:.0f} items/s of CPU time)"
    )
    if p < TARGETS["precision"]:
        misses.append(f"micro precision {p:.3f} < {TARGETS['precision']}")
    if r < TARGETS["recall"]:
        misses.append(f"micro recall {r:.3f} < {TARGETS['recall']}")
    if result.clean_false_alarm > TARGETS["clean_false_alarm"]:
        misses.append(
            f"clean false alarm {result.clean_false_alarm:.3f} > {TARGETS['clean_false_alarm']}"
        )
    if show_errors and result.errors:
        print("errors (FP* = a flag whose rule the corpus does not use, on a clean item):")
        for kind, code, item in result.errors:
            print(f"  {kind:<4}{code:<15}{item['id']:<10}{item['text'][:110]!r}")
    print()
    return misses


def _prf_line(label: str, tp: int, fp: int, fn: int) -> tuple[float, float]:
    p = _ratio(tp, tp + fp, 1.0 if tp + fn == 0 else 0.0)
    r = _ratio(tp, tp + fn, 1.0)
    print(f"{label:<16}{tp + fn:>8}{tp:>6}{fp:>6}{fn:>6}{p:>8.3f}{r:>8.3f}")
    return p, r


def score_inbound(path: Path, items: list[dict], context, show_errors: bool) -> list[str]:
    """Score the inbound classifier on one corpus; print and return the targets it misses.

    The classifier's statistical model learns from our labelled mentions, so a corpus it was
    trained on is scored with a model trained on all the others instead: the figures are always
    out-of-sample.
    """
    texts = {item["text"] for item in items}
    training = load_training_data()
    others = [example for example in training if example.text not in texts]
    model = MentionModel(others) if len(others) < len(training) else mention_model()
    model.call_for_help_probability("warm up")
    started = time.process_time()
    flags = [classify_mention(item["text"], context, model=model) for item in items]
    seconds = max(time.process_time() - started, 1e-9)
    counts = {"call_for_help": [0, 0, 0], "urgent": [0, 0, 0]}
    errors = []
    for item, got in zip(items, flags, strict=True):
        gold = "call_for_help" in item["labels"]
        urgent = bool(got and got[0].urgent)
        for key, g, p in (("call_for_help", gold, bool(got)), ("urgent", item["urgent"], urgent)):
            counts[key][0] += g and p
            counts[key][1] += p and not g
            counts[key][2] += g and not p
            if g != p:
                errors.append(("FP" if p else "FN", key, item))
    trained = "model trained without this corpus" if model is not mention_model() else "unseen"
    print(f"corpus: {path}  items={len(items)}  (inbound classifier; {trained})")
    header = f"{'rule':<16}{'support':>8}{'TP':>6}{'FP':>6}{'FN':>6}{'prec':>8}{'recall':>8}"
    print(header)
    print("-" * len(header))
    p, r = _prf_line("call_for_help", *counts["call_for_help"])
    if any(item["urgent"] for item in items):
        _prf_line("  urgent", *counts["urgent"])
    else:
        print(f"{'  urgent':<16}  (no urgent labels in this corpus)")
    print(f"({len(items) / seconds:.0f} items/s of CPU time)")
    if show_errors:
        for kind, code, item in errors:
            print(f"  {kind:<4}{code:<15}{item['id']:<10}{item['text'][:110]!r}")
    print()
    misses = []
    if p < INBOUND_TARGETS["precision"]:
        misses.append(f"call_for_help precision {p:.3f} < {INBOUND_TARGETS['precision']}")
    if r < INBOUND_TARGETS["recall"]:
        misses.append(f"call_for_help recall {r:.3f} < {INBOUND_TARGETS['recall']}")
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, help="labelled JSONL files")
    parser.add_argument("--show-errors", action="store_true", help="list each wrong or missed flag")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    corpora = args.corpora or default_corpora("outbound") + default_corpora("inbound")
    if not corpora:
        print("rules_quality: no corpus found; pass one or more JSONL paths", file=sys.stderr)
        return 2
    context = default_rules_context()
    if not context.names.available:
        print("rules_quality: warning: name gazetteer missing, names use context only\n")
    missed = []
    for path in corpora:
        items = load(path)
        if "inbound" in path.name:
            misses = score_inbound(path, items, context, args.show_errors)
        else:
            misses = report(path, items, score(items, context), args.show_errors)
        missed += [f"{path.name}: {m}" for m in misses]
    for line in missed:
        print(f"MISSED TARGET {line}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
