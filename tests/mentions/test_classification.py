"""Mentions are classified when fetched (and again on demand) by the rules engine."""

import pytest

from mentions.classification import classify
from mentions.fetching import mentions_fetch
from mentions.models import Mention
from mentions.services import mention_reclassify

from .helpers import add_mention, make_mention

URGENT = [
    "@StoneLPT someone is breaking into the house next door right now, please send someone",
    "@StoneLPT there's a man with a knife outside the Co-op on the high street",
]
CALLS_FOR_HELP = [
    "@StoneLPT my shed was broken into last night and my bike stolen, how do I report it?",
    "@StoneLPT I'd like to report a hit and run, someone reversed into my car yesterday",
]
NOT_CALLS = [
    "@StoneLPT thanks for your help yesterday",
    "@StoneLPT help spread the word about Saturday's event",
    "@StoneLPT great to see the PCSOs at the school gates this morning",
    "@StoneLPT what time is the surgery at the library on Friday?",
]


@pytest.mark.parametrize("text", URGENT)
def test_danger_now_is_an_urgent_call_for_help(text):
    verdict = classify(text)

    assert verdict.call_for_help and verdict.urgent
    assert 0 <= verdict.start < verdict.end <= len(text) and verdict.message


@pytest.mark.parametrize("text", CALLS_FOR_HELP)
def test_reporting_a_crime_is_a_call_for_help(text):
    verdict = classify(text)

    assert verdict.call_for_help and not verdict.urgent


@pytest.mark.parametrize("text", NOT_CALLS)
def test_thanks_and_events_are_not_calls_for_help(text):
    assert classify(text).call_for_help is False


def test_fetched_mentions_are_flagged_and_urgency_stored(registered, lpt):
    add_mention(registered, lpt.handle, URGENT[0])
    add_mention(registered, lpt.handle, CALLS_FOR_HELP[0])
    add_mention(registered, lpt.handle, NOT_CALLS[0])

    mentions_fetch(account_id=lpt.pk)

    by_text = {m.text: m for m in Mention.objects.filter(account=lpt)}
    urgent, report, thanks = (by_text[URGENT[0]], by_text[CALLS_FOR_HELP[0]],
                              by_text[NOT_CALLS[0]])
    assert (urgent.call_for_help, urgent.urgent) == (True, True)
    assert (report.call_for_help, report.urgent) == (True, False)
    assert (thanks.call_for_help, thanks.urgent) == (False, False)
    assert urgent.flag_start is not None and urgent.classified_at is not None


def test_reclassifying_updates_the_flag_and_audits_the_change(lpt, officer):
    from audit.models import AuditEvent

    mention = make_mention(lpt, text=URGENT[0])  # stored before the classifier knew it

    mention = mention_reclassify(mention_id=mention.pk, actor=officer)

    assert mention.call_for_help and mention.urgent
    assert AuditEvent.objects.filter(action="mention.reclassified", actor=officer).exists()
