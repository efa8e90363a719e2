"""The learned joke and rumour models: what they add to the patterns, what they leave alone, and
that the shipped weights are exactly what the corpus trains."""

import pytest

from moderation.rules import check, tone_model
from moderation.rules.joke import MODEL_MESSAGE
from moderation.rules.text import detection_text

pytest_plugins = ["tests.rules.helpers"]


def joke_flags(text, ctx):
    return [flag for flag in check(text, ctx) if flag.rule == "joke"]


@pytest.fixture
def model():
    loaded = tone_model.tone_model("joke")
    assert loaded is not None, "moderation/rules/data/joke_model.tsv.gz is missing"
    return loaded


@pytest.mark.parametrize("label", sorted(tone_model.SPECS))
def test_the_shipped_model_is_what_the_corpus_trains(label):
    spec = tone_model.SPECS[label]
    shipped = tone_model.tone_model(label)
    assert shipped is not None, f"{spec.path} is missing"
    retrained = tone_model.train(tone_model.training_examples(label), spec)
    stale = "tests/corpus changed: run `make tone-models`"
    # Solvers differ in the last digits between machines: compare to 1e-6, and leave out the
    # n-grams whose weight sits right at the cut-off.
    borderline = {
        gram
        for gram, weight in {**shipped.weights, **retrained.weights}.items()
        if min(
            abs(abs(weight) - floor)
            for floor in (tone_model.MIN_WEIGHT, tone_model.MIN_CHAR_WEIGHT)
        )
        < 1e-6
    }
    assert retrained.weights.keys() - borderline == shipped.weights.keys() - borderline, stale
    for gram in shipped.weights.keys() - borderline:
        assert retrained.weights[gram] == pytest.approx(shipped.weights[gram], abs=1e-6), stale
    assert retrained.intercept == pytest.approx(shipped.intercept, abs=1e-6), stale


@pytest.mark.parametrize("label", sorted(tone_model.SPECS))
def test_pure_python_scores_equal_scikit_learns(label):
    spec = tone_model.SPECS[label]
    shipped = tone_model.tone_model(label)
    examples = tone_model.training_examples(label)
    fitted = tone_model.fit(examples, spec)
    # The file keeps each feature's weight per occurrence; those it drops count as zero.
    kept = [weight != 0.0 for weight in fitted.weights()]
    fitted.classifier.coef_[0][[not keep for keep in kept]] = 0.0
    texts = [text for text, _ in examples[::7]]
    expected = fitted.classifier.predict_proba(fitted.features(texts))[:, 1]
    for text, probability in zip(texts, expected, strict=True):
        assert shipped.probability(text) == pytest.approx(probability, abs=1e-6)


MOCK_REPORT = (
    "Spotted: one escaped pig enjoying the sunshine at the roundabout in Leominster. Pink, "
    "unrepentant and clearly living its best life."
)


def test_a_joke_no_pattern_knows_is_flagged_by_the_model(ctx):
    (flag,) = joke_flags(MOCK_REPORT, ctx)
    assert flag.message == MODEL_MESSAGE


def test_the_same_event_reported_plainly_is_not_a_joke(ctx):
    text = (
        "An escaped pig was seen at the roundabout in Leominster this morning. The farmer has it "
        "back now."
    )
    assert joke_flags(text, ctx) == []


def test_the_model_points_at_a_joking_sentence_not_the_plain_one_before_it(ctx):
    plain = "Traffic is slow on the A49 this morning. "
    text = plain + MOCK_REPORT
    (flag,) = joke_flags(text, ctx)
    assert flag.start >= len(plain)
    assert text[flag.start : flag.end] in {
        "Spotted: one escaped pig enjoying the sunshine at the roundabout in Leominster.",
        "Pink, unrepentant and clearly living its best life.",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to everyone who came to our surgery at Hereford library today.",
        "The bins were set on fire in Park Lane overnight. If you saw anything please call 101.",
        "Someone broke into a shed on the allotments in Ledbury overnight and took a strimmer. "
        "Call 101 quoting 22/1234.",
        "A man tried to steal a charity box from a shop in Bromyard. He was arrested a short time "
        "later.",
        "He's been charged with burglary and will appear at court on Monday.",
        "Drink driving is no joke. We will be out all weekend.",
        "A man has been released without charge after a dog attacked sheep.",
        "The suspect was questioned and released under investigation.",
        "The driver declined to comment and has been reported for driving without insurance.",
    ],
)
def test_plain_reports_are_not_jokes_to_the_model(ctx, text):
    assert joke_flags(text, ctx) == []


def test_a_pattern_flag_is_kept_and_the_model_adds_nothing_more(ctx):
    flags = joke_flags("lol, the goose won again on the A40", ctx)
    assert flags
    assert all(flag.message != MODEL_MESSAGE for flag in flags)


def test_without_the_model_file_the_patterns_still_flag(ctx, monkeypatch, tmp_path):
    monkeypatch.setattr(tone_model, "DATA_DIR", tmp_path)
    tone_model.tone_model.cache_clear()
    try:
        assert joke_flags("Haha, the goose won again", ctx)
        assert not joke_flags(MOCK_REPORT, ctx)
    finally:
        tone_model.tone_model.cache_clear()


def test_scores_are_probabilities_for_any_text(model):
    for text in ["", "   ", "😂" * 50, "a" * 10_000, "מזל טוב", detection_text("ＬＯＬ")]:
        assert 0.0 <= model.probability(text) <= 1.0

