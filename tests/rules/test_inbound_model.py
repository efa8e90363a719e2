"""The statistical half of the call-for-help classifier (moderation/rules/inbound_model.py)."""

import pytest

from moderation.rules.inbound import _trigger, classify_mention
from moderation.rules.inbound_model import (
    MentionModel,
    TrainingExample,
    load_training_data,
)
from moderation.rules.text import detection_text

# Calls for help worded so that no hand-written pattern fires: only the model can catch them.
MODEL_ONLY = [
    "Our shed door has been jemmied and the mower and strimmer are gone",
    "A man on the bridge over the A38 is standing on the wrong side of the railings",
    "The car that hit my wall last night drove off, I have the reg",
]


def test_training_data_has_both_kinds_and_no_repeats():
    examples = load_training_data()
    texts = [example.text for example in examples]
    assert len(texts) == len(set(texts)) > 300
    assert {example.call_for_help for example in examples} == {True, False}
    assert any(example.urgent for example in examples)
    assert not any(example.urgent and not example.call_for_help for example in examples)


def test_training_is_deterministic():
    examples = load_training_data()
    first, second = MentionModel(examples), MentionModel(examples)
    text = "Someone is trying car door handles on our road"
    assert first.call_for_help_probability(text) == second.call_for_help_probability(text)


@pytest.mark.parametrize("text", MODEL_ONLY)
def test_the_model_catches_calls_for_help_the_patterns_miss(text):
    assert _trigger(detection_text(text)) is None
    flags = classify_mention(text)
    assert [flag.rule for flag in flags] == ["call_for_help"]
    start, end = flags[0].start, flags[0].end
    assert 0 <= start < end <= len(text)
    assert text[start:end].lower() not in {"my", "the", "a", "i", "our"}


def test_the_urgent_model_marks_danger_now():
    flags = classify_mention(MODEL_ONLY[1])
    assert flags[0].urgent


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much for sorting out the car that was dumped on our road last week",
        "Can you help spread the word about the stolen bikes amnesty on Saturday?",
        "lol the van outside the station has been there all week",
    ],
)
def test_the_suppressors_overrule_the_model(text):
    assert classify_mention(text) == []


def test_the_model_used_can_be_passed_in():
    # A made-up vocabulary neither the patterns nor the real model know: only the passed-in
    # model can flag it, so the flag proves which model was used.
    text = "the zorbly quandrix is glimmering by the bins"
    tiny = MentionModel(
        [
            TrainingExample("zorbly quandrix glimmering", True, False),
            TrainingExample("zorbly quandrix glimmering again right now", True, True),
            TrainingExample("lovely surgery today thank you", False, False),
            TrainingExample("when is the next beat meeting", False, False),
        ]
    )
    assert classify_mention(text) == []
    assert [flag.rule for flag in classify_mention(text, model=tiny)] == ["call_for_help"]
