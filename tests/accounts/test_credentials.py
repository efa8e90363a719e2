"""Credentials: encrypted at rest, shown to nobody, revealed only by admins with an audited reason,
verified against the X API (the sandbox)."""

import logging

import pytest
from django.db import connection
from django.urls import reverse

from accounts.models import LptCredentials
from accounts.services import credentials_reveal, credentials_set
from audit.models import AuditEvent
from tests.factories import LptAccountFactory

NEW = {
    "consumer_key": "ck-NEW-consumer-key-1234",
    "consumer_secret": "cs-NEW-consumer-secret-5678",
    "access_token": "99-NEW-access-token-9012",
    "access_token_secret": "ats-NEW-access-token-secret-3456",
    "web_password": "NEW web password £ 7890",
}


def _raw_row(account) -> tuple:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT consumer_key, consumer_secret, access_token, access_token_secret, "
            "web_password FROM accounts_lptcredentials WHERE account_id = %s",
            [account.pk],
        )
        return cursor.fetchone()


def test_admin_enters_credentials_and_they_are_encrypted_at_rest(admin_client, admin_user):
    account = LptAccountFactory()
    url = reverse("accounts:credentials-edit", args=[account.pk])

    response = admin_client.post(url, NEW)

    assert response.status_code == 302
    stored = LptCredentials.objects.get(account=account)
    assert stored.consumer_secret == NEW["consumer_secret"]
    assert stored.web_password == NEW["web_password"]
    raw = _raw_row(account)
    for value in NEW.values():
        assert all(value not in column for column in raw)
    event = AuditEvent.objects.get(action="credentials.set")
    assert event.actor == admin_user and event.lpt_account == account
    assert event.details == {"fields": sorted(NEW)}


def test_first_entry_needs_all_four_api_values(admin_client):
    account = LptAccountFactory()
    response = admin_client.post(
        reverse("accounts:credentials-edit", args=[account.pk]), {"consumer_key": "abc"}
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not LptCredentials.objects.filter(account=account).exists()


def test_replacing_one_value_keeps_the_others(admin_client, lpt):
    before = LptCredentials.objects.get(account=lpt)
    response = admin_client.post(
        reverse("accounts:credentials-edit", args=[lpt.pk]), {"web_password": "changed-pw"}
    )
    assert response.status_code == 302
    after = LptCredentials.objects.get(account=lpt)
    assert after.web_password == "changed-pw"
    assert after.consumer_secret == before.consumer_secret
    assert AuditEvent.objects.get(action="credentials.changed").details == {
        "fields": ["web_password"]
    }


def test_the_credentials_form_never_shows_stored_values(admin_client, lpt):
    stored = LptCredentials.objects.get(account=lpt)
    for url in [
        reverse("accounts:credentials-edit", args=[lpt.pk]),
        reverse("accounts:account-detail", args=[lpt.pk]),
    ]:
        body = admin_client.get(url).content.decode()
        for field in NEW:
            assert getattr(stored, field) not in body


def test_a_rejected_form_does_not_echo_the_secrets_back(admin_client, lpt):
    response = admin_client.post(
        reverse("accounts:credentials-edit", args=[lpt.pk]),
        {"consumer_key": "has a space", "consumer_secret": "SECRET-typed-in-form"},
    )
    assert response.status_code == 200
    assert "SECRET-typed-in-form" not in response.content.decode()


def test_admin_reveals_a_secret_with_a_reason_recorded_in_the_audit_trail(
    admin_client, admin_user, lpt
):
    secret = LptCredentials.objects.get(account=lpt).web_password
    response = admin_client.post(
        reverse("accounts:credentials-reveal", args=[lpt.pk]),
        {"field": "web_password", "reason": "Comms posting from the centre during an incident"},
    )
    assert response.status_code == 200
    assert secret in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    event = AuditEvent.objects.get(action="credentials.revealed")
    assert event.actor == admin_user and event.lpt_account == lpt
    assert event.reason == "Comms posting from the centre during an incident"
    assert event.details == {"field": "web_password"}
    assert secret not in str(event.details) + event.reason


def test_reveal_without_a_reason_shows_nothing_and_records_nothing(admin_client, lpt):
    secret = LptCredentials.objects.get(account=lpt).web_password
    response = admin_client.post(
        reverse("accounts:credentials-reveal", args=[lpt.pk]), {"field": "web_password"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Give the reason" in body and secret not in body
    assert not AuditEvent.objects.filter(action="credentials.revealed").exists()


@pytest.mark.parametrize("who", ["officer", "comms"])
def test_only_admins_may_reveal(client, request, lpt, who):
    client.force_login(request.getfixturevalue(who))
    response = client.post(
        reverse("accounts:credentials-reveal", args=[lpt.pk]),
        {"field": "consumer_secret", "reason": "I would like to see it please"},
    )
    assert response.status_code == 403
    assert not AuditEvent.objects.filter(action="credentials.revealed").exists()


def test_reveal_service_refuses_comms_before_reading(comms, lpt):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        credentials_reveal(actor=comms, account=lpt, field="web_password", reason="x" * 20)


def test_verify_shows_the_account_the_credentials_authenticate_as(admin_client, registered, lpt):
    response = admin_client.post(
        reverse("accounts:credentials-verify", args=[lpt.pk]), HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "authenticate as <strong>@StoneLPT</strong>" in body
    assert "<html" not in body  # the htmx fragment only
    event = AuditEvent.objects.get(action="credentials.verified")
    assert event.details["ok"] is True and event.details["username"] == "StoneLPT"


def test_verify_reports_credentials_that_x_refuses(admin_client, admin_user, registered, lpt):
    credentials_set(actor=admin_user, account=lpt, values={"access_token_secret": "wrong"})
    response = admin_client.post(reverse("accounts:credentials-verify", args=[lpt.pk]))
    body = response.content.decode()
    assert "X refused these credentials (401 Unauthorized)." in body
    assert "wrong" not in body.split("<main")[1].split("refused")[0]
    assert AuditEvent.objects.get(action="credentials.verified").details["ok"] is False


def test_secrets_are_not_logged_and_are_hidden_from_error_reports(
    admin_client, admin_user, registered, lpt, caplog
):
    from django.views.debug import SafeExceptionReporterFilter

    caplog.set_level(logging.DEBUG)
    response = admin_client.post(reverse("accounts:credentials-edit", args=[lpt.pk]), NEW)
    admin_client.post(reverse("accounts:credentials-verify", args=[lpt.pk]))
    assert response.status_code == 302
    for value in NEW.values():
        assert value not in caplog.text
    request = response.wsgi_request
    cleansed = SafeExceptionReporterFilter().get_post_parameters(request)
    assert all(cleansed[name] == "********************" for name in NEW)


def test_the_account_page_lists_who_revealed_what_and_why(admin_client, admin_user, lpt):
    credentials_reveal(actor=admin_user, account=lpt, field="consumer_key",
                       reason="Setting up the new app for the team")
    body = admin_client.get(reverse("accounts:account-detail", args=[lpt.pk])).content.decode()
    assert "credentials.revealed (consumer_key)" in body
    assert "Setting up the new app for the team" in body
