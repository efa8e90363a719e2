"""The comms queue and the officer pages over HTTP: every action per role, htmx and plain."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from moderation.models import Draft
from moderation.states import DraftState
from tests.factories import DraftFactory, LptAccountFactory
from tests.moderation.workflow_helpers import CLEAN, WARN_TEXT, submitted

HTMX = {"HTTP_HX_REQUEST": "true"}
DRAFT_ACTIONS = ["approve", "edit-approve", "reject", "return"]
SCHEDULE_ACTIONS = ["reschedule", "post-now", "release", "cancel"]


@pytest.fixture
def draft(officer, lpt):
    return submitted(officer, lpt)


@pytest.mark.parametrize("name", DRAFT_ACTIONS + SCHEDULE_ACTIONS)
def test_officer_is_refused_every_comms_action(officer_client, other_officer, other_lpt, name):
    draft = submitted(other_officer, other_lpt)
    response = officer_client.post(reverse(f"moderation:{name}", args=[draft.pk]),
                                   {"reason": "x", "comment": "x", "text": CLEAN})
    assert response.status_code in (403, 404)
    draft.refresh_from_db()
    assert draft.state == DraftState.SUBMITTED


@pytest.mark.parametrize("url", ["/queue/", "/scheduled/", "/incidents/", "/audit/"])
def test_officer_cannot_open_comms_pages(officer_client, url):
    assert officer_client.get(url).status_code == 403


@pytest.mark.parametrize("url", ["/queue/", "/scheduled/", "/incidents/", "/audit/",
                                 "/notifications/", "/drafts/retweet/"])
def test_comms_pages_render(comms_client, draft, url):
    assert comms_client.get(url).status_code == 200


def test_anonymous_users_are_sent_to_login(client, db):
    for url in ["/scheduled/", "/incidents/", "/audit/", "/notifications/", "/drafts/retweet/"]:
        assert client.get(url)["Location"].startswith("/login/")


def test_queue_row_shows_account_author_time_age_and_highlights(comms_client, officer, lpt):
    submitted(officer, lpt, WARN_TEXT,
              requested_for=timezone.now() + timedelta(days=2))
    page = comms_client.get(reverse("moderation:queue")).content.decode()
    assert "@StoneLPT" in page and "PC Sam Okafor" in page and "waiting" in page
    assert '<mark class="flag flag-joke"' in page
    assert 'name="acknowledged" value="joke"' in page


def test_approve_through_htmx_with_acknowledgement(comms_client, officer, lpt):
    draft = submitted(officer, lpt, WARN_TEXT)
    url = reverse("moderation:approve", args=[draft.pk])
    response = comms_client.post(url, {"revision": 1}, **HTMX)
    assert "Acknowledge the warnings" in response.content.decode()
    response = comms_client.post(url, {"revision": 1, "acknowledged": "joke", "when": "now"},
                                 **HTMX)
    assert response.status_code == 200
    assert "Approved by Priya Shah" in response.content.decode()
    assert Draft.objects.get().state == DraftState.QUEUED


def test_stale_form_gets_a_clear_error(comms_client, draft):
    response = comms_client.post(reverse("moderation:approve", args=[draft.pk]),
                                 {"revision": 5}, **HTMX)
    assert "changed since you opened it" in response.content.decode()


def test_edit_and_approve_through_htmx(comms_client, draft):
    response = comms_client.post(reverse("moderation:edit-approve", args=[draft.pk]),
                                 {"text": CLEAN + " All welcome.", "revision": 1}, **HTMX)
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.text.endswith("All welcome.") and draft.state == DraftState.QUEUED


def test_return_needs_a_comment(comms_client, draft):
    url = reverse("moderation:return", args=[draft.pk])
    response = comms_client.post(url, {"comment": ""}, **HTMX)
    assert "Write a comment so the officer knows what to change." in response.content.decode()
    response = comms_client.post(url, {"comment": "Add the time"}, **HTMX)
    assert "Returned to the officer by Priya Shah: Add the time" in response.content.decode()


def test_schedule_in_the_past_is_refused_by_the_view(comms_client, draft):
    past = timezone.localtime(timezone.now() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    response = comms_client.post(reverse("moderation:approve", args=[draft.pk]),
                                 {"when": "schedule", "post_at": past}, **HTMX)
    assert "That time has already passed" in response.content.decode()


def test_unknown_draft_is_404_for_every_action(comms_client, db):
    for name in DRAFT_ACTIONS + SCHEDULE_ACTIONS:
        assert comms_client.post(reverse(f"moderation:{name}", args=[999999])).status_code == 404


def test_bulk_approve_through_htmx(comms_client, officer, lpt):
    clean = submitted(officer, lpt, CLEAN)
    warned = submitted(officer, lpt, WARN_TEXT)
    response = comms_client.post(reverse("moderation:bulk-approve"),
                                 {"drafts": [clean.pk, warned.pk], "query": "state=waiting"},
                                 **HTMX)
    page = response.content.decode()
    assert "Approved 1 draft." in page and f"Draft {warned.pk} not approved" in page
    clean.refresh_from_db()
    assert clean.state == DraftState.QUEUED


def test_bulk_approve_without_javascript_redirects(comms_client, draft):
    response = comms_client.post(reverse("moderation:bulk-approve"), {"drafts": [draft.pk]})
    assert response.status_code == 302


def test_expired_list_holds_drafts_whose_time_passed(comms_client, officer, lpt):
    import time_machine

    with time_machine.travel(timezone.now() - timedelta(hours=2)):
        late = submitted(officer, lpt, requested_for=timezone.now() + timedelta(minutes=30))
    fresh = submitted(officer, lpt, CLEAN + " Fresh.")
    waiting = comms_client.get(reverse("moderation:queue")).content.decode()
    expired = comms_client.get(reverse("moderation:queue") + "?state=expired").content.decode()
    assert f'id="draft-{fresh.pk}"' in waiting and f'id="draft-{late.pk}"' not in waiting
    assert f'id="draft-{late.pk}"' in expired and "post it now or choose a new time" in expired


def test_queue_filters_by_lpt_and_flag(comms_client, officer, lpt, other_officer, other_lpt):
    mine = submitted(officer, lpt, WARN_TEXT)
    theirs = submitted(other_officer, other_lpt, CLEAN)
    by_lpt = comms_client.get(f"/queue/?lpt_account={other_lpt.pk}", **HTMX).content.decode()
    assert f'id="draft-{theirs.pk}"' in by_lpt and f'id="draft-{mine.pk}"' not in by_lpt
    by_flag = comms_client.get("/queue/?flag=joke", **HTMX).content.decode()
    assert f'id="draft-{mine.pk}"' in by_flag and f'id="draft-{theirs.pk}"' not in by_flag
    bad = comms_client.get("/queue/?submitted_from=yesterday").content.decode()
    assert "Check the filters" in bad


def _fill_queue(count: int, accounts, author):
    now = timezone.now()
    Draft.objects.bulk_create(
        DraftFactory.build(lpt_account=accounts[i % len(accounts)], author=author, text=WARN_TEXT,
                           state=DraftState.SUBMITTED, submitted_at=now - timedelta(minutes=i),
                           flags=[{"rule": "joke", "severity": "warn", "start": 0, "end": 5,
                                   "message": "m", "guidance": "g"}])
        for i in range(count)
    )


def test_queue_query_count_does_not_grow_with_the_page(
    comms_client, officer, lpt, django_assert_max_num_queries
):
    accounts = [lpt, *LptAccountFactory.create_batch(3)]
    _fill_queue(3, accounts, officer)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        comms_client.get(reverse("moderation:queue"))
    _fill_queue(60, accounts, officer)
    with django_assert_max_num_queries(len(small)):
        response = comms_client.get(reverse("moderation:queue"))
    assert response.content.decode().count('class="queue-item') == 50


def test_compose_template_suggests_at_most_three_area_hashtags(officer_client, lpt):
    lpt.area = "Stone\nEccleshall\nNorton Canes\nGnosall"
    lpt.save()
    page = officer_client.get("/drafts/new/?template=surgery").content.decode()
    assert "Surgery reminder: PCSO [name]" in page
    assert "#Stone #Eccleshall" in page
    assert "tweet-preview" in page


def test_retweet_proposal_by_url(officer_client, lpt):
    response = officer_client.post(reverse("moderation:propose-retweet"), {
        "lpt_account": lpt.pk, "tweet": "https://x.com/TestPolice/status/1790000000000000001"})
    assert response.status_code == 302
    draft = Draft.objects.get()
    assert (draft.kind, draft.retweet_of_handle, draft.retweet_of_tweet_id) == (
        "retweet", "TestPolice", "1790000000000000001")


def test_retweet_proposal_rejects_a_bad_reference(officer_client, lpt):
    response = officer_client.post(reverse("moderation:propose-retweet"),
                                   {"lpt_account": lpt.pk, "tweet": "https://example.com/x"})
    assert "That is not a tweet link or id" in response.content.decode()
    assert not Draft.objects.exists()


def test_officer_sees_return_comment_and_can_reopen(officer_client, officer, lpt, comms):
    from moderation import services

    draft = submitted(officer, lpt)
    services.draft_return(draft_id=draft.pk, actor=comms, comment="Add the time")
    page = officer_client.get(reverse("moderation:my-drafts")).content.decode()
    assert "Returned by Priya Shah: Add the time" in page
    response = officer_client.post(reverse("moderation:reopen", args=[draft.pk]))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.state == DraftState.DRAFT


def test_plain_client_cannot_reach_the_queue_without_login(db):
    assert Client().get("/queue/").status_code == 302


def test_changing_the_text_in_the_approve_form_is_an_edit_and_approve(comms_client, draft):
    comms_client.post(reverse("moderation:approve", args=[draft.pk]),
                      {"text": CLEAN + " Tea provided.", "revision": 1}, **HTMX)
    draft.refresh_from_db()
    assert draft.revision == 2 and draft.text.endswith("Tea provided.")
    assert draft.events.filter(action="draft.edited", details__by_reviewer=True).exists()
