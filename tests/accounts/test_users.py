"""Admins create, change and deactivate users; names and UK mobile numbers are required."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Role, User
from audit.models import AuditEvent
from moderation.models import Draft
from tests.factories import PASSWORD, DraftFactory

NEW_USER = {
    "username": "jbloggs",
    "full_name": "PC Jo Bloggs",
    "email": "jo.bloggs@example.police.uk",
    "mobile": "07912 345 678",
    "role": Role.OFFICER,
    "password1": "a long pass phrase 2026",
    "password2": "a long pass phrase 2026",
}


def test_admin_creates_an_officer_with_a_normalised_uk_mobile(admin_client, admin_user, lpt):
    response = admin_client.post(
        reverse("accounts:user-create"), {**NEW_USER, "lpt_accounts": [lpt.pk]}
    )

    assert response.status_code == 302
    user = User.objects.get(username="jbloggs")
    assert str(user.mobile) == "+447912345678"
    assert user.full_name == "PC Jo Bloggs"
    assert list(user.lpt_accounts.all()) == [lpt]
    assert user.check_password(NEW_USER["password1"])
    assert user.password.startswith("argon2")
    assert not user.is_staff
    event = AuditEvent.objects.get(action="user.created")
    assert event.actor == admin_user
    assert event.details["lpt_accounts"] == [lpt.handle]
    assert NEW_USER["password1"] not in str(event.details)


@pytest.mark.parametrize(
    ("mobile", "why"),
    [
        ("01785 232525", "landline"),
        ("+1 202 555 0143", "not UK"),
        ("07912", "too short"),
        ("not a number", "not a number"),
        ("", "missing"),
    ],
)
def test_a_uk_mobile_is_required(admin_client, mobile, why):
    response = admin_client.post(reverse("accounts:user-create"), {**NEW_USER, "mobile": mobile})
    assert response.status_code == 200, why
    body = response.content.decode()
    assert "UK mobile number" in body or "This field is required." in body
    assert not User.objects.filter(username="jbloggs").exists()


def test_full_name_is_required(admin_client):
    response = admin_client.post(reverse("accounts:user-create"), {**NEW_USER, "full_name": ""})
    assert response.status_code == 200
    assert not User.objects.filter(username="jbloggs").exists()


@pytest.mark.parametrize("password", ["short1", "password1234", "123456789012", "jbloggs12345"])
def test_weak_passwords_are_refused(admin_client, password):
    response = admin_client.post(
        reverse("accounts:user-create"), {**NEW_USER, "password1": password, "password2": password}
    )
    assert response.status_code == 200
    assert not User.objects.filter(username="jbloggs").exists()


def test_admin_changes_role_and_memberships_and_it_is_audited(
    admin_client, other_officer, lpt, other_lpt
):
    response = admin_client.post(
        reverse("accounts:user-edit", args=[other_officer.pk]),
        {"username": other_officer.username, "full_name": "PCSO Jo Marsh-Smith",
         "email": "", "mobile": "+447912345000", "role": Role.COMMS, "lpt_accounts": [lpt.pk]},
    )
    assert response.status_code == 302
    other_officer.refresh_from_db()
    assert other_officer.role == Role.COMMS
    assert list(other_officer.lpt_accounts.all()) == [lpt]
    details = AuditEvent.objects.get(action="user.changed").details
    assert details["role"] == {"from": "officer", "to": "comms"}
    assert details["lpt_accounts"] == {"added": [lpt.handle], "removed": [other_lpt.handle]}
    assert "full_name" in details["changed"]


def test_making_someone_admin_gives_them_the_django_admin(admin_client, comms):
    admin_client.post(
        reverse("accounts:user-edit", args=[comms.pk]),
        {"username": comms.username, "full_name": comms.full_name, "email": "",
         "mobile": str(comms.mobile), "role": Role.ADMIN},
    )
    comms.refresh_from_db()
    assert comms.is_staff and comms.is_superuser


def test_admins_cannot_demote_or_deactivate_themselves(admin_client, admin_user):
    admin_client.post(
        reverse("accounts:user-edit", args=[admin_user.pk]),
        {"username": admin_user.username, "full_name": admin_user.full_name, "email": "",
         "mobile": str(admin_user.mobile), "role": Role.OFFICER},
    )
    admin_client.post(reverse("accounts:user-deactivate", args=[admin_user.pk]))
    admin_user.refresh_from_db()
    assert admin_user.role == Role.ADMIN and admin_user.is_active


def test_deactivated_users_cannot_log_in_and_their_drafts_stay(admin_client, officer, lpt):
    draft = DraftFactory(author=officer, lpt_account=lpt)
    officer_browser = Client()
    officer_browser.force_login(officer)

    response = admin_client.post(reverse("accounts:user-deactivate", args=[officer.pk]))

    assert response.status_code == 302
    officer.refresh_from_db()
    assert not officer.is_active
    # The session they had ends, and the login form refuses them.
    assert officer_browser.get(reverse("moderation:my-drafts")).status_code == 302
    response = Client().post(reverse("login"), {"username": "officer", "password": PASSWORD})
    assert response.status_code == 200 and "_auth_user_id" not in Client().session
    assert Draft.objects.filter(pk=draft.pk, author=officer).exists()
    assert AuditEvent.objects.filter(action="user.deactivated").count() == 1

    admin_client.post(reverse("accounts:user-reactivate", args=[officer.pk]))
    officer.refresh_from_db()
    assert officer.is_active


def test_admin_sets_a_new_password(admin_client, officer):
    response = admin_client.post(
        reverse("accounts:user-password", args=[officer.pk]),
        {"new_password1": "another long phrase 77", "new_password2": "another long phrase 77"},
    )
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.check_password("another long phrase 77")
    assert AuditEvent.objects.filter(action="user.password_set").exists()


def test_users_change_their_own_password(client, officer):
    client.force_login(officer)
    response = client.post(
        reverse("accounts:password-change"),
        {"old_password": PASSWORD, "new_password1": "my new long phrase 42",
         "new_password2": "my new long phrase 42"},
    )
    assert response.status_code == 302
    officer.refresh_from_db()
    assert officer.check_password("my new long phrase 42")
    # Still logged in after the change.
    assert client.get(reverse("moderation:my-drafts")).status_code == 200


def test_user_list_shows_names_and_mobiles(admin_client, officer):
    body = admin_client.get(reverse("accounts:user-list")).content.decode()
    assert officer.full_name in body
    assert officer.mobile.as_national in body
