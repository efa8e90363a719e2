"""Login throttling and lockout, session expiry, and two-factor for comms and admins."""

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.models import AuditEvent
from tests.factories import PASSWORD


def _login(client, username, password=PASSWORD):
    return client.post(reverse("login"), {"username": username, "password": password})


def _code(device: TOTPDevice, offset: int = 0) -> str:
    value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits,
                 drift=offset)
    return f"{value:0{device.digits}d}"


def test_login_works_through_the_form(client, officer):
    response = _login(client, "officer")
    assert response.status_code == 302
    assert client.get(reverse("moderation:my-drafts")).status_code == 200


def test_repeated_failures_lock_the_login_even_for_the_right_password(client, officer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = _login(client, "officer", "wrong password")
        assert response.status_code == 200
        assert "Please enter a correct username and password" in response.content.decode()
    response = _login(client, "officer", "wrong password")
    assert response.status_code == 429
    assert "Too many failed log-ins" in response.content.decode()

    response = _login(client, "officer")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_ends_after_the_cool_off_time(client, officer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, "officer", "wrong password")
    with time_machine.travel(timezone.now() + settings.AXES_COOLOFF_TIME + timedelta(seconds=5)):
        assert _login(client, "officer").status_code == 302


def test_a_success_resets_the_failure_count(client, officer, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        _login(client, "officer", "wrong password")
    assert _login(client, "officer").status_code == 302
    client.post(reverse("logout"))
    assert _login(client, "officer", "wrong password").status_code == 200


def test_sessions_expire_after_inactivity(client, officer, settings):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.force_login(officer)
        assert client.get(reverse("moderation:my-drafts")).status_code == 200
    idle = timedelta(seconds=settings.SESSION_IDLE_SECONDS)
    with time_machine.travel(start + idle - timedelta(minutes=1), tick=False):
        assert client.get(reverse("moderation:my-drafts")).status_code == 200
    # Activity renewed the session: it lasts another full idle period from then.
    with time_machine.travel(start + 2 * idle - timedelta(minutes=2), tick=False):
        assert client.get(reverse("moderation:my-drafts")).status_code == 200
    with time_machine.travel(start + 3 * idle, tick=False):
        response = client.get(reverse("moderation:my-drafts"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_background_polling_does_not_keep_a_session_alive(client, officer, settings):
    settings.SESSION_IDLE_EXEMPT_URL_NAMES = ["moderation:live-check"]  # stands in for polling
    start = timezone.now()
    idle = timedelta(seconds=settings.SESSION_IDLE_SECONDS)
    with time_machine.travel(start, tick=False):
        client.force_login(officer)
        assert client.get(reverse("moderation:my-drafts")).status_code == 200
    for minutes in range(5, int(idle.total_seconds() // 60), 5):
        with time_machine.travel(start + timedelta(minutes=minutes), tick=False):
            poll = client.post(reverse("moderation:live-check"), HTTP_HX_REQUEST="true")
            assert poll.status_code == 200
    with time_machine.travel(start + idle + timedelta(minutes=1), tick=False):
        response = client.get(reverse("moderation:my-drafts"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_an_idle_session_is_ended_even_if_the_cookie_lives_on(client, officer, settings):
    settings.SESSION_COOKIE_AGE = 24 * 60 * 60  # the middleware alone decides
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.force_login(officer)
        client.get(reverse("moderation:my-drafts"))
    with time_machine.travel(start + timedelta(seconds=settings.SESSION_IDLE_SECONDS + 5)):
        response = client.post(reverse("moderation:live-check"), HTTP_HX_REQUEST="true")
        assert response.status_code == 204
        assert response["HX-Redirect"].startswith(reverse("login"))
        assert client.get(reverse("moderation:my-drafts")).status_code == 302


def test_idle_timeout_is_half_an_hour_by_default(settings):
    assert settings.SESSION_IDLE_SECONDS == 30 * 60
    assert settings.SESSION_COOKIE_AGE == settings.SESSION_IDLE_SECONDS
    assert "notifications:count" in settings.SESSION_IDLE_EXEMPT_URL_NAMES


def test_comms_sets_up_two_factor_and_is_then_asked_for_a_code(client, comms, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # no back-off after the deliberate wrong codes
    _login(client, "comms")
    response = client.get(reverse("accounts:two-factor"))
    assert response.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in response.content.decode()
    device = TOTPDevice.objects.get(user=comms, confirmed=False)

    response = client.post(reverse("accounts:two-factor"), {"token": "000000"})
    assert response.status_code == 400
    assert "That code is not right" in response.content.decode()

    response = client.post(reverse("accounts:two-factor"), {"token": _code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert AuditEvent.objects.filter(action="user.two_factor_enabled").exists()

    # Next time: the password alone is not enough.
    browser = Client()
    assert _login(browser, "comms").status_code == 302
    response = browser.get(reverse("moderation:queue"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:two-factor-verify"))
    htmx = browser.post(reverse("moderation:live-check"), HTTP_HX_REQUEST="true")
    assert htmx.status_code == 204 and "HX-Redirect" in htmx

    response = browser.post(
        reverse("accounts:two-factor-verify"),
        {"token": "123", "next": reverse("moderation:queue")},
    )
    assert response.status_code == 400
    response = browser.post(
        reverse("accounts:two-factor-verify"),
        {"token": _code(device, offset=1), "next": reverse("moderation:queue")},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("moderation:queue")
    assert browser.get(reverse("moderation:queue")).status_code == 200


def test_verify_never_redirects_off_site(client, comms):
    device = TOTPDevice.objects.create(user=comms, name="app", confirmed=True)
    _login(client, "comms")
    response = client.post(
        reverse("accounts:two-factor-verify"),
        {"token": _code(device), "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("home")


def test_officers_are_not_offered_two_factor(client, officer):
    client.force_login(officer)
    assert client.get(reverse("accounts:two-factor")).status_code == 403


@pytest.fixture
def production_two_factor(settings):
    settings.TWO_FACTOR_REQUIRED_FOR_ADMINS = True


def test_in_production_admins_must_set_up_two_factor_first(
    client, admin_user, production_two_factor
):
    assert _login(client, "admin").status_code == 302
    response = client.get(reverse("accounts:account-list"))
    assert response["Location"].startswith(reverse("accounts:two-factor"))
    response = client.get(reverse("admin:index"))
    assert response["Location"].startswith(reverse("accounts:two-factor"))
    assert "Administrators must set up two-factor" in client.get(
        reverse("accounts:two-factor")
    ).content.decode()
    device = TOTPDevice.objects.get(user=admin_user)
    client.post(reverse("accounts:two-factor"), {"token": _code(device)})
    assert client.get(reverse("accounts:account-list")).status_code == 200
    # And they cannot switch it off.
    assert client.post(reverse("accounts:two-factor-disable")).status_code == 403


def test_comms_may_switch_two_factor_off_again(client, comms):
    device = TOTPDevice.objects.create(user=comms, name="app", confirmed=True)
    _login(client, "comms")
    client.post(reverse("accounts:two-factor-verify"), {"token": _code(device)})
    response = client.post(reverse("accounts:two-factor-disable"))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=comms).exists()


def test_an_admin_removes_a_lost_authenticator(client, admin_user, comms):
    TOTPDevice.objects.create(user=comms, name="app", confirmed=True)
    client.force_login(admin_user)
    client.post(reverse("accounts:user-two-factor-remove", args=[comms.pk]))
    assert not TOTPDevice.objects.filter(user=comms).exists()
    assert AuditEvent.objects.filter(action="user.two_factor_removed").exists()


def test_wrong_codes_slow_down_further_attempts(client, comms):
    device = TOTPDevice.objects.create(user=comms, name="app", confirmed=True)
    _login(client, "comms")
    client.post(reverse("accounts:two-factor-verify"), {"token": "000000"})
    # Right code, but straight after a wrong one: django-otp's back-off refuses it.
    response = client.post(reverse("accounts:two-factor-verify"), {"token": _code(device)})
    assert response.status_code == 400
