"""Replies go through the rules and the comms queue as drafts of kind `reply`."""

import inspect

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.html import escape

from mentions.models import MentionStatus, ReferralTemplate
from mentions.services import mention_reply
from moderation.models import DraftKind
from moderation.states import DraftState
from notifications.models import Notification

from .helpers import make_mention


@pytest.fixture
def mention(lpt):
    return make_mention(lpt, text="@StoneLPT my bike was stolen from the station, how do I "
                                  "report it?", tweet_id="4242", author_username="cyclist",
                        call_for_help=True)


def test_reply_is_a_submitted_reply_draft_linked_to_the_mention(officer, comms, mention):
    draft = mention_reply(mention_id=mention.pk, author=officer,
                          text="@cyclist Sorry to hear that. Please call 101 or report it online.")

    assert (draft.kind, draft.in_reply_to_tweet_id) == (DraftKind.REPLY, "4242")
    assert draft.state == DraftState.SUBMITTED and draft.lpt_account == mention.account
    assert Notification.objects.filter(recipient=comms, kind="submitted", draft=draft).exists()
    mention.refresh_from_db()
    assert mention.status == MentionStatus.REPLIED


def test_reply_is_checked_by_the_rules_engine(officer, mention):
    draft = mention_reply(mention_id=mention.pk, author=officer,
                          text="@cyclist Going off duty now, call 101 tomorrow lol")

    assert draft.flags  # e.g. off_duty / joke: comms see them in the queue


def test_an_officer_of_another_lpt_cannot_reply(other_officer, mention):
    with pytest.raises(PermissionDenied):
        mention_reply(mention_id=mention.pk, author=other_officer, text="@cyclist hi")


def test_reply_page_offers_the_referral_templates_and_prefills_the_chosen_one(
    officer_client, mention
):
    url = reverse("mentions:reply", args=[mention.pk])
    templates = list(ReferralTemplate.objects.filter(is_active=True))
    assert {t.kind for t in templates} == {"emergency", "non_emergency"}  # seeded wording

    page = officer_client.get(url).text
    assert all(t.title in page for t in templates)
    chosen = templates[1]
    page = officer_client.get(url, {"template": chosen.pk}).text
    assert escape(f"@cyclist {chosen.text}") in page


def test_urgent_mentions_list_the_999_wording_first(officer_client, lpt):
    urgent = make_mention(lpt, text="@StoneLPT someone is breaking in next door right now",
                          tweet_id="77", call_for_help=True, urgent=True)

    page = officer_client.get(reverse("mentions:reply", args=[urgent.pk])).text

    emergency = ReferralTemplate.objects.filter(kind="emergency").first()
    others = ReferralTemplate.objects.exclude(kind="emergency")
    assert all(page.index(emergency.title) < page.index(o.title) for o in others)


def test_sending_the_reply_from_the_page(officer_client, mention):
    response = officer_client.post(reverse("mentions:reply", args=[mention.pk]),
                                   {"text": "@cyclist Please call 101 or report it online."})

    assert response.status_code == 302
    mention.refresh_from_db()
    assert mention.status == MentionStatus.REPLIED
    detail = officer_client.get(reverse("mentions:detail", args=[mention.pk])).text
    assert "Reply by PC Sam Okafor" in detail and "Awaiting approval" in detail


def _worker_posts_replies() -> bool:
    from publishing import services

    return "in_reply_to" in inspect.getsource(services)


@pytest.mark.worker
@pytest.mark.skipif(not _worker_posts_replies(),
                    reason="the posting worker does not post replies yet (branch `posting`)")
def test_approved_reply_is_posted_in_reply_to_the_mention(
    celery_worker_process, sandbox, lpt, officer, comms
):
    from mentions.fetching import mentions_fetch
    from mentions.models import Mention
    from moderation.services import draft_approve
    from publishing.sandbox import sandbox_register_accounts
    from tests.conftest import sandbox_tweets, wait_for

    from .helpers import add_mention

    sandbox_register_accounts(sandbox.base_url)
    sent = add_mention(sandbox, lpt.handle, "@StoneLPT my bike was stolen, how do I report it?",
                       author_username="cyclist")
    mentions_fetch(account_id=lpt.pk)
    mention = Mention.objects.get(tweet_id=sent["id"])
    draft = mention_reply(mention_id=mention.pk, author=officer,
                          text="@cyclist Please call 101 or report it online at police.uk.")

    draft_approve(draft_id=draft.pk, actor=comms, acknowledged=[f["rule"] for f in draft.flags])

    posted = wait_for(lambda: [t for t in sandbox_tweets(sandbox, lpt.handle)
                               if t.get("in_reply_to_tweet_id")], timeout=60)
    assert posted[0]["in_reply_to_tweet_id"] == sent["id"]
