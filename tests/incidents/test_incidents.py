"""Critical-incident mode: holds, the banner, warnings, what may be approved, ending it."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEvent
from incidents import services
from moderation import services as moderation
from moderation.services import PostAt
from moderation.states import DraftState
from tests.moderation.workflow_helpers import CLEAN, submitted


@pytest.fixture
def scheduled(officer, lpt, comms):
    draft = submitted(officer, lpt)
    return moderation.draft_approve(draft_id=draft.pk, actor=comms, when=PostAt.SCHEDULE,
                                    post_at=timezone.now() + timedelta(hours=2))


@pytest.fixture
def queued(officer, lpt, comms):
    draft = submitted(officer, lpt, CLEAN + " Queued.")
    return moderation.draft_approve(draft_id=draft.pk, actor=comms)


def test_force_wide_mode_holds_everything_scheduled_or_queued(comms, lpt, scheduled, queued):
    incident = services.incident_start(actor=comms, reason="Major disorder", force=lpt.force)
    for draft in (scheduled, queued):
        draft.refresh_from_db()
        assert draft.state == DraftState.HELD
    event = AuditEvent.objects.get(action="incident.started")
    assert event.actor == comms and event.reason == "Major disorder"
    assert sorted(event.details["held"]) == sorted([scheduled.pk, queued.pk])
    assert moderation.release_due_drafts(now=timezone.now() + timedelta(hours=3)) == {
        "queued": [], "missed": []}
    with pytest.raises(ValidationError, match="still on"):
        moderation.draft_release(draft_id=scheduled.pk, actor=comms)
    services.incident_end(incident_id=incident.pk, actor=comms, reason="Stood down")
    scheduled.refresh_from_db()
    assert scheduled.state == DraftState.HELD  # not released silently
    assert moderation.draft_release(draft_id=scheduled.pk, actor=comms).state == (
        DraftState.SCHEDULED)
    done, not_done = services.incident_settle_held(
        incident_id=incident.pk, actor=comms, release=False, reason="Out of date")
    assert done == [queued.pk] and not_done == {}
    queued.refresh_from_db()
    assert queued.state == DraftState.CANCELLED


def test_single_lpt_mode_leaves_other_lpts_alone(comms, lpt, other_lpt, other_officer, scheduled):
    theirs = submitted(other_officer, other_lpt)
    services.incident_start(actor=comms, reason="Incident in Leek", force=other_lpt.force,
                            lpt_account=other_lpt)
    scheduled.refresh_from_db()
    assert scheduled.state == DraftState.SCHEDULED
    with pytest.raises(ValidationError, match="only retweets"):
        moderation.draft_approve(draft_id=theirs.pk, actor=comms)


def test_only_retweets_of_force_or_commander_accounts_are_approved(officer, lpt, comms):
    lpt.commander_handle = "StoneCommander"
    lpt.save()
    services.incident_start(actor=comms, reason="Flooding", force=lpt.force)
    tweet = submitted(officer, lpt)
    assert "critical_incident" in [f["rule"] for f in tweet.flags]
    with pytest.raises(ValidationError, match="only retweets"):
        moderation.draft_approve(draft_id=tweet.pk, actor=comms, acknowledged=["critical_incident"])
    other = moderation.draft_propose_retweet(author=officer, lpt_account=lpt, tweet_id="5",
                                             handle="SomeoneElse")
    with pytest.raises(ValidationError, match="only retweets"):
        moderation.draft_approve(draft_id=other.pk, actor=comms,
                                 acknowledged=["critical_incident", "retweet_source"])
    for handle in (lpt.force.handle, "stonecommander"):
        retweet = moderation.draft_propose_retweet(author=officer, lpt_account=lpt, tweet_id="7",
                                                   handle=handle)
        approved = moderation.draft_approve(draft_id=retweet.pk, actor=comms,
                                            acknowledged=["critical_incident"])
        assert approved.state == DraftState.HELD or approved.state == DraftState.QUEUED


def test_officers_cannot_switch_the_mode(officer, lpt):
    with pytest.raises(PermissionDenied):
        services.incident_start(actor=officer, reason="x", force=lpt.force)


def test_reason_is_required_and_mode_cannot_start_twice(comms, admin_user, lpt):
    with pytest.raises(ValidationError, match="Give the reason"):
        services.incident_start(actor=comms, reason=" ", force=lpt.force)
    services.incident_start(actor=admin_user, reason="Disorder", force=lpt.force)
    with pytest.raises(ValidationError, match="already on"):
        services.incident_start(actor=comms, reason="Again", force=lpt.force)


def test_banner_and_composer_warning_show_on_every_page(officer_client, comms, lpt):
    services.incident_start(actor=comms, reason="Major disorder", force=lpt.force)
    for url in ["/drafts/", "/drafts/new/"]:
        page = officer_client.get(url).content.decode()
        assert "Critical-incident mode for all of" in page and "Major disorder" in page
    assert "only retweets of the force" in officer_client.get("/drafts/new/").content.decode()


def test_comms_switch_the_mode_through_the_pages(comms_client, lpt):
    response = comms_client.post(reverse("incidents:start"), {"reason": ""})
    assert "Give the reason for critical-incident mode." in response.content.decode()
    response = comms_client.post(reverse("incidents:start"), {"reason": "Disorder",
                                                              "lpt_account": lpt.pk})
    assert response.status_code == 302
    page = comms_client.get(reverse("incidents:list")).content.decode()
    assert "@StoneLPT" in page and "End critical-incident mode" in page
    from incidents.models import CriticalIncident

    incident = CriticalIncident.objects.get()
    comms_client.post(reverse("incidents:end", args=[incident.pk]), {"reason": "Over"})
    incident.refresh_from_db()
    assert not incident.is_active and incident.end_reason == "Over"


def test_officer_cannot_switch_the_mode_through_the_pages(officer_client, lpt):
    assert officer_client.post(reverse("incidents:start"), {"reason": "x"}).status_code == 403
    assert officer_client.post(reverse("incidents:end", args=[1])).status_code == 403
    assert officer_client.post(reverse("incidents:settle", args=[1])).status_code == 403
