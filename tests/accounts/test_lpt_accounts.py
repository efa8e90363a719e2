import pytest
from django.urls import reverse

from accounts.models import LptAccount
from audit.models import AuditEvent
from tests.factories import ForceFactory


def test_admin_creates_an_lpt_account_with_area_commander_and_members(
    admin_client, admin_user, officer
):
    force = ForceFactory()
    response = admin_client.post(
        reverse("accounts:account-create"),
        {"force": force.pk, "name": "Stone LPT", "handle": " @StoneLPT2 ",
         "area": "Stone\n\n  Eccleshall   town \nStone\n", "commander_handle": "@StoneCmd",
         "members": [officer.pk], "is_active": "on"},
    )
    assert response.status_code == 302
    account = LptAccount.objects.get(handle="StoneLPT2")
    assert account.area_names == ["Stone", "Eccleshall town"]
    assert account.commander_handle == "StoneCmd"
    assert list(account.members.all()) == [officer]
    event = AuditEvent.objects.get(action="account.created")
    assert event.actor == admin_user and event.lpt_account == account


@pytest.mark.parametrize("handle", ["has space", "much_too_long_handle", "emoji🚓", ""])
def test_bad_handles_are_refused(admin_client, handle):
    force = ForceFactory()
    response = admin_client.post(
        reverse("accounts:account-create"), {"force": force.pk, "name": "X", "handle": handle}
    )
    assert response.status_code == 200
    assert not LptAccount.objects.filter(name="X").exists()


def test_without_a_force_the_admin_is_asked_to_add_it_first(admin_client):
    response = admin_client.get(reverse("accounts:account-create"))
    assert response["Location"] == reverse("accounts:force-create")
    response = admin_client.post(
        reverse("accounts:force-create"), {"name": "Staffordshire Police", "handle": "StaffsPolice"}
    )
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="force.created").exists()


def test_account_list_shows_missing_credentials(admin_client, lpt):
    from tests.factories import LptAccountFactory

    LptAccountFactory(name="No Keys LPT")
    body = admin_client.get(reverse("accounts:account-list")).content.decode()
    assert "No Keys LPT" in body and "missing" in body
