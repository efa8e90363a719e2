import pytest
from django.test import Client
from django.urls import reverse

from moderation import services
from moderation.models import Draft
from moderation.states import DraftState

CLEAN = "Surgery reminder: PCSO Amy Clarke is at Stone library on Friday 10am to 12pm."


@pytest.fixture
def submitted_draft(officer, lpt):
    draft = services.draft_save(author=officer, lpt_account=lpt, text=CLEAN)
    return services.draft_submit(draft_id=draft.pk, actor=officer)


# --- Anonymous users --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["/", "/drafts/", "/drafts/new/", "/queue/", "/drafts/1/"],
)
def test_anonymous_users_are_sent_to_login(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_login_page_renders(client, db):
    assert client.get("/login/").status_code == 200


# --- Officers ---------------------------------------------------------------------------------


def test_officer_cannot_see_the_queue(officer_client):
    assert officer_client.get(reverse("moderation:queue")).status_code == 403


def test_officer_cannot_approve(officer_client, other_officer, other_lpt):
    draft = services.draft_save(author=other_officer, lpt_account=other_lpt, text=CLEAN)
    services.draft_submit(draft_id=draft.pk, actor=other_officer)
    response = officer_client.post(reverse("moderation:approve", args=[draft.pk]))
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.state == DraftState.SUBMITTED


def test_officer_cannot_draft_for_another_lpt(officer_client, other_lpt):
    response = officer_client.post(
        reverse("moderation:compose"), {"lpt_account": other_lpt.pk, "text": CLEAN, "save": "1"}
    )
    assert response.status_code == 200
    assert "Choose one of your own LPT accounts." in response.content.decode()
    assert not Draft.objects.exists()


def test_officer_cannot_see_someone_elses_draft(officer_client, other_officer, other_lpt):
    draft = services.draft_save(author=other_officer, lpt_account=other_lpt, text=CLEAN)
    response = officer_client.get(reverse("moderation:draft-detail", args=[draft.pk]))
    assert response.status_code == 404


def test_officer_submits_a_draft_from_the_composer(officer_client, lpt):
    response = officer_client.post(
        reverse("moderation:compose"), {"lpt_account": lpt.pk, "text": CLEAN, "submit": "1"}
    )
    draft = Draft.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("moderation:draft-detail", args=[draft.pk])
    assert draft.state == DraftState.SUBMITTED
    page = officer_client.get(reverse("moderation:my-drafts")).content.decode()
    assert "Awaiting approval" in page


def test_composer_only_offers_the_officers_own_lpts(officer_client, lpt, other_lpt):
    page = officer_client.get(reverse("moderation:compose")).content.decode()
    assert f"@{lpt.handle}" in page
    assert f"@{other_lpt.handle}" not in page


def test_live_check_returns_count_and_flags(officer_client, lpt):
    response = officer_client.post(
        reverse("moderation:live-check"),
        {"text": "Bike marking #Stone #Bikes #Cycling #Crime", "lpt_account": lpt.pk},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="check-result"' in page
    assert "<html" not in page  # the partial only
    assert "hashtags" in page
    assert "/ 280" in page


# --- Bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Write the tweet"),
        ("x" * 5000, "far too long"),
        ("Surgery at Stone\x00 library", "Null characters are not allowed"),
    ],
)
def test_bad_text_gets_a_clear_error_and_the_draft_survives(officer_client, lpt, text, message):
    response = officer_client.post(
        reverse("moderation:compose"), {"lpt_account": lpt.pk, "text": text, "submit": "1"}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Draft.objects.exists()


def test_failed_submit_keeps_what_was_typed(officer_client, lpt):
    text = "Half-finished surgery reminder for Stone " + "x" * 1000
    response = officer_client.post(
        reverse("moderation:compose"), {"lpt_account": lpt.pk, "text": text, "submit": "1"}
    )
    assert text in response.content.decode()


def test_unknown_lpt_id_gets_a_clear_error(officer_client, lpt):
    response = officer_client.post(
        reverse("moderation:compose"), {"lpt_account": 999999, "text": CLEAN, "save": "1"}
    )
    assert response.status_code == 200
    assert "Choose one of your own LPT accounts." in response.content.decode()


def test_tampered_transition_gets_a_clear_message_not_a_500(officer_client, submitted_draft):
    response = officer_client.post(
        reverse("moderation:submit", args=[submitted_draft.pk]), follow=True
    )
    assert response.status_code == 200
    assert "cannot go from" in response.content.decode()


def test_unknown_draft_is_404(comms_client, db):
    assert comms_client.post(reverse("moderation:approve", args=[424242])).status_code == 404


def test_get_on_an_action_is_refused(comms_client, submitted_draft):
    response = comms_client.get(reverse("moderation:approve", args=[submitted_draft.pk]))
    assert response.status_code == 405


# --- Comms ------------------------------------------------------------------------------------


def test_comms_sees_submitted_drafts_in_the_queue(comms_client, submitted_draft):
    page = comms_client.get(reverse("moderation:queue")).content.decode()
    assert "Stone library" in page
    assert "Approve and post" in page


def test_comms_rejects_with_a_reason_through_htmx(comms_client, submitted_draft):
    url = reverse("moderation:reject", args=[submitted_draft.pk])
    response = comms_client.post(url, {"reason": ""}, HTTP_HX_REQUEST="true")
    assert "Give a reason" in response.content.decode()
    submitted_draft.refresh_from_db()
    assert submitted_draft.state == DraftState.SUBMITTED

    response = comms_client.post(url, {"reason": "Say which ward."}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "Rejected by Priya Shah" in response.content.decode()
    submitted_draft.refresh_from_db()
    assert submitted_draft.state == DraftState.REJECTED


def test_comms_approves_without_javascript(comms_client, submitted_draft):
    response = comms_client.post(reverse("moderation:approve", args=[submitted_draft.pk]))
    assert response.status_code == 302
    submitted_draft.refresh_from_db()
    assert submitted_draft.state == DraftState.QUEUED


def test_comms_sees_already_approved_by_whom(comms_client, comms2, submitted_draft):
    services.draft_approve(draft_id=submitted_draft.pk, actor=comms2)
    response = comms_client.post(
        reverse("moderation:approve", args=[submitted_draft.pk]), HTTP_HX_REQUEST="true"
    )
    assert "already approved by Tom Ellery" in response.content.decode()


# --- CSRF -------------------------------------------------------------------------------------


def test_csrf_is_enforced_on_posts(officer, lpt):
    client = Client(enforce_csrf_checks=True)
    client.force_login(officer)
    response = client.post(
        reverse("moderation:compose"), {"lpt_account": lpt.pk, "text": CLEAN, "submit": "1"}
    )
    assert response.status_code == 403
    assert not Draft.objects.exists()


def test_csrf_token_is_accepted(officer, lpt):
    client = Client(enforce_csrf_checks=True)
    client.force_login(officer)
    client.get(reverse("moderation:compose"))
    token = client.cookies["csrftoken"].value
    response = client.post(
        reverse("moderation:compose"),
        {"lpt_account": lpt.pk, "text": CLEAN, "submit": "1", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
