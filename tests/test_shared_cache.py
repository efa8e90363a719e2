"""What is kept in the shared cache (Redis) is forgotten the moment it changes, and nothing is
kept in a per-process cache that another process could not invalidate."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from incidents import services
from incidents.selectors import ACTIVE_INCIDENTS_KEY, incident_for_display
from tweetdesk.shared_cache import cache_is_shared, remember


def test_a_per_process_cache_is_not_used_for_shared_answers(db):
    assert not cache_is_shared()
    calls = []
    for _ in range(2):
        remember("answer", lambda: calls.append(1) or len(calls), 60)
    assert calls == [1, 1] and cache.get("answer") is None


def test_the_shared_cache_keeps_an_answer_until_it_is_forgotten(shared_cache):
    assert cache_is_shared()
    calls = []
    assert remember("answer", lambda: calls.append(1) or "first", 60) == "first"
    assert remember("answer", lambda: calls.append(1) or "second", 60) == "first"
    assert calls == [1]


def test_starting_and_ending_an_incident_shows_at_once_in_the_composer(
    shared_cache, officer_client, comms, lpt, other_lpt
):
    check = {"text": "Surgery on Friday at Stone library.", "lpt_account": lpt.pk}
    assert "Critical-incident" not in officer_client.post("/drafts/check/", check).content.decode()
    assert shared_cache.get(ACTIVE_INCIDENTS_KEY) == []

    incident = services.incident_start(actor=comms, reason="Major disorder", lpt_account=lpt,
                                       force=lpt.force)
    assert "Critical-incident" in officer_client.post("/drafts/check/", check).content.decode()
    assert incident_for_display(lpt) == incident and incident_for_display(other_lpt) is None

    services.incident_end(actor=comms, incident_id=incident.pk, reason="Over")
    assert "Critical-incident" not in officer_client.post("/drafts/check/", check).content.decode()


def test_an_lpt_incident_is_shown_before_a_force_wide_one(shared_cache, comms, lpt, other_lpt):
    force_wide = services.incident_start(actor=comms, reason="Force", force=lpt.force)
    own = services.incident_start(actor=comms, reason="Own", lpt_account=lpt, force=lpt.force)
    assert incident_for_display(lpt) == own
    assert incident_for_display(other_lpt) == force_wide


def test_a_device_confirmed_elsewhere_is_asked_for_on_the_next_request(shared_cache, comms):
    browser = Client()
    browser.force_login(comms)
    assert browser.get(reverse("moderation:queue")).status_code == 200  # "no device" cached
    TOTPDevice.objects.create(user=comms, name="app", confirmed=True)
    response = browser.get(reverse("moderation:queue"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:two-factor-verify"))


@pytest.mark.parametrize("url, engine", [
    ("locmemcache://", "django.contrib.sessions.backends.db"),
    ("rediscache://127.0.0.1:6379/1", "django.contrib.sessions.backends.cached_db"),
])
def test_sessions_go_through_the_cache_only_when_every_process_shares_it(url, engine):
    from tests.accounts.test_hardening import _setting

    assert _setting("SESSION_ENGINE", CACHE_URL=url) == engine


def test_a_deactivated_or_re_passworded_user_is_signed_out_on_the_next_request(
    shared_cache, officer, other_officer
):
    backend = "accounts.backends.CachedModelBackend"
    for person, change in [(officer, lambda u: setattr(u, "is_active", False)),
                           (other_officer, lambda u: u.set_password("a new long passphrase"))]:
        browser = Client()
        browser.force_login(person, backend=backend)
        assert browser.get(reverse("moderation:my-drafts")).status_code == 200
        assert shared_cache.get(f"accounts:user:{person.pk}") is not None  # served from the cache
        change(person)
        person.save()
        assert browser.get(reverse("moderation:my-drafts")).status_code == 302


def test_the_live_check_follows_membership_and_account_changes_at_once(
    shared_cache, officer_client, officer, lpt
):
    check = {"text": "Surgery on Friday at Stone library.", "lpt_account": lpt.pk}

    def hashtags_offered() -> bool:  # area hashtags are offered only for an account one may use
        return "#Stone" in officer_client.post("/drafts/check/", check).content.decode()

    assert hashtags_offered()
    lpt.members.remove(officer)
    assert not hashtags_offered()
    lpt.members.add(officer)
    assert hashtags_offered()
    lpt.is_active = False
    lpt.save()
    assert not hashtags_offered()
