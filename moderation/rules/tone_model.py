"""Learned second opinions on a tweet's tone: linear models over words and word pairs, for what
no pattern lists. Today one, for `joke`.

The patterns in `joke.py` and `puns.py` catch laughter, stock puns and known quips, but officers
joke in endlessly new words: on 260 tweets written after the patterns were tuned they caught a
third of the jokes. A logistic regression over which words and word pairs a tweet holds
(scikit-learn), trained on every labelled outbound tweet in `tests/corpus/`, picks up the tone of
the whole tweet and adds what the patterns miss, at a threshold chosen for very few false alarms
(`benchmarks/tone_model_cv.py` leaves each corpus out in turn to measure that honestly).

scikit-learn only trains them (`python -m moderation.rules.build_tone_models` writes
`data/<label>_model.tsv.gz`). Checking a tweet is pure Python: with binary features and no
normalisation a model's log-odds are its intercept plus the weights of the n-grams the tweet
holds, exactly what scikit-learn computes, in a few microseconds and with no NumPy in the hot
path. Weights too small to matter are dropped at build time, so most tweets touch only a few.
A test retrains from the corpus and compares, so the shipped weights cannot drift from the data.
"""

import gzip
import io
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .text import detection_text, lowered, word_set

DATA_DIR = Path(__file__).resolve().parent / "data"
CORPUS_DIR = Path(__file__).resolve().parents[2] / "tests" / "corpus"
CORPUS_GLOB = "outbound*.jsonl"
# Weights smaller than this are dropped: most n-grams, with no change in what is flagged.
MIN_WEIGHT = 0.05
# The engine's own word pattern (text.Lowered), so a check tokenises each tweet once.
TOKEN_PATTERN = r"[a-z0-9']+"
# A sentence ends at . ! ? before a space or the end (not in "gov.uk" or "7.30pm"), or a newline.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")


@dataclass(frozen=True)
class Spec:
    """How one label's model is trained and used."""

    label: str
    # Chosen by leaving each corpus out in turn (benchmarks/tone_model_cv.py).
    threshold: float
    # A word in more than this share of the training tweets is left out (1.0: none is).
    common_share: float = 1.0
    regularisation_c: float = 1.0
    # Words the model must not learn from, with every pair they are in.
    left_out: frozenset[str] = frozenset()

    @property
    def path(self) -> Path:
        return DATA_DIR / f"{self.label}_model.tsv.gz"


SPECS = {
    # Jokes: words in more than 1 tweet in 100 ("the", "someone", "again") and pairs made only of
    # them are left out; with them the model learnt that a tweet telling a little story is a
    # joke, and flagged one plain incident report in ten. At 0.65, 6 of 1,877 clean tweets.
    # Police procedure words are left out too: jokes that play procedure out on a goose taught
    # it that "released without charge" is funny. joke.py judges those jokes, person by person.
    "joke": Spec(
        "joke",
        threshold=0.65,
        common_share=0.01,
        left_out=word_set(
            """arrest arrested arrests arresting charge charged charges charging release released
            custody bail bailed remand remanded statement statements questioned questioning
            interview interviewed caution cautioned suspicion court sentenced jailed prison
            convicted warrant seized seizure enquiries investigation suspect suspects witness
            witnesses comment"""
        ),
    ),
    # No "rumour" model: hearsay lives in the same common words as official statements, and a
    # model trained like this one flagged "We have confirmed that the road is now open" and "It
    # is believed the rider may have been thrown" with 80% confidence. rumour.py's patterns
    # carry the exceptions those need.
}


@dataclass(frozen=True)
class ToneModel:
    weights: dict[str, float]  # "word" or "word word" -> its coefficient
    intercept: float
    threshold: float

    def __post_init__(self) -> None:
        # Word pairs keyed by tuple: zip() makes those in C, with no string joined per pair.
        by_key: dict[str | tuple[str, ...], float] = {
            (tuple(gram.split(" ")) if " " in gram else gram): weight
            for gram, weight in self.weights.items()
        }
        object.__setattr__(self, "_by_key", by_key)
        object.__setattr__(self, "_words", frozenset(k for k in by_key if isinstance(k, str)))
        object.__setattr__(self, "_pairs", frozenset(k for k in by_key if isinstance(k, tuple)))
        object.__setattr__(
            self, "_min_log_odds", math.log(self.threshold / (1.0 - self.threshold))
        )

    def _present(self, text: str) -> frozenset:
        doc = lowered(text)
        tokens = doc.tokens
        return self._words.intersection(doc.words) | self._pairs.intersection(
            zip(tokens, tokens[1:], strict=False)
        )

    def log_odds(self, text: str) -> float:
        """The model's log-odds that the (folded) tweet carries its label."""
        return self.intercept + sum(map(self._by_key.__getitem__, self._present(text)))

    def probability(self, text: str) -> float:
        return 1.0 / (1.0 + math.exp(-self.log_odds(text)))

    def flags(self, text: str) -> bool:
        return self.log_odds(text) >= self._min_log_odds

    def telling_sentence(self, text: str) -> tuple[int, int]:
        """The span of the sentence that most made the model flag the tweet (in `text`'s
        offsets).

        Sentences are scored on their own n-grams, so the flag points at the quip or the
        hearsay, not at the plain sentence around it.
        """
        best, best_span = -math.inf, (0, len(text.rstrip()))
        start = 0
        for stop in (*_SENTENCE_END.finditer(text), None):
            end = stop.end() if stop else len(text)
            span = _trimmed(text, start, end)
            if span[0] < span[1]:
                score = sum(map(self._by_key.__getitem__, self._present(text[span[0]:span[1]])))
                if score > best:
                    best, best_span = score, span
            start = end
        return best_span


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@cache
def tone_model(label: str) -> ToneModel | None:
    """The shipped model for `label`, or None when its file is missing (the patterns still
    work)."""
    spec = SPECS[label]
    if not spec.path.exists():
        return None
    return read_model(spec.path, spec)


def read_model(path: Path, spec: Spec) -> ToneModel:
    weights: dict[str, float] = {}
    settings = {"intercept": 0.0, "threshold": spec.threshold}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                key, _, value = line[1:].strip().partition("=")
                if key in settings:
                    settings[key] = float(value)
                continue
            gram, weight = line.rstrip("\n").split("\t")
            weights[gram] = float(weight)
    return ToneModel(weights, settings["intercept"], settings["threshold"])


# --- Training (build time only; needs scikit-learn) -----------------------------------------


def training_examples(label: str, corpus_dir: Path = CORPUS_DIR) -> list[tuple[str, bool]]:
    examples = []
    for path in sorted(corpus_dir.glob(CORPUS_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                examples.append((detection_text(record["text"]), label in record["labels"]))
    return examples


def train(examples: list[tuple[str, bool]], spec: Spec) -> ToneModel:
    """The model fitted on (folded text, has the label) pairs, small weights dropped."""
    vectorizer, kept, classifier = fit(examples, spec)
    grams = vectorizer.get_feature_names_out()
    coefficients = classifier.coef_[0]
    weights = {
        str(grams[index]): float(coefficient)
        for index, coefficient in zip(kept, coefficients, strict=True)
        if abs(coefficient) >= MIN_WEIGHT
    }
    return ToneModel(weights, float(classifier.intercept_[0]), spec.threshold)


def fit(examples: list[tuple[str, bool]], spec: Spec):
    """scikit-learn's (vectorizer, indices of the n-grams kept, classifier) for `train`."""
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = CountVectorizer(ngram_range=(1, 2), binary=True, token_pattern=TOKEN_PATTERN)
    features = vectorizer.fit_transform([text for text, _ in examples]).tocsc()
    grams = vectorizer.get_feature_names_out()
    share = np.asarray(features.sum(axis=0)).ravel() / features.shape[0]
    common = {gram for gram, part in zip(grams, share, strict=True) if part > spec.common_share}
    kept = [
        index
        for index, gram in enumerate(grams)
        if not all(word in common for word in gram.split(" "))
        and spec.left_out.isdisjoint(gram.split(" "))
    ]
    classifier = LogisticRegression(
        C=spec.regularisation_c, class_weight="balanced", max_iter=5000
    )
    classifier.fit(features[:, kept], [label for _, label in examples])
    return vectorizer, kept, classifier


def write_model(model: ToneModel, path: Path) -> None:
    # mtime=0: the same model gives the same bytes, so a rebuild shows no spurious diff.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        out = io.TextIOWrapper(packed, encoding="utf-8")
        out.write("# TweetDesk tone model: python -m moderation.rules.build_tone_models\n")
        out.write(f"#intercept={model.intercept!r}\n#threshold={model.threshold!r}\n")
        for gram, weight in sorted(model.weights.items()):
            out.write(f"{gram}\t{weight!r}\n")
        out.flush()
        out.detach()
