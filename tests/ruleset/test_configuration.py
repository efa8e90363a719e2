import json
import subprocess
import sys

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from audit.models import AuditEvent
from moderation.checks import check_text
from ruleset import services
from ruleset.models import KnownPerson, PlaceName
from tests.conftest import ROOT
from tests.factories import UserFactory

NAMED = "Gavin Threlfall, 41, from Penkridge, has admitted stealing diesel from farms."


def rules(text, account=None):
    return {flag["rule"] for flag in check_text(text, account=account).flags}


def test_a_known_person_is_no_longer_flagged(admin_user):
    assert "name" in rules(NAMED)
    services.known_person_add(actor=admin_user, name="Gavin Threlfall", note="Parish clerk")
    assert "name" not in rules(NAMED)
    event = AuditEvent.objects.get(action="ruleset.known_person_added")
    assert event.actor == admin_user and event.details["name"] == "Gavin Threlfall"


def test_system_users_names_are_not_flagged(db):
    text = "Thanks to Nadia Brereton for organising the Rugeley litter pick with us today."
    assert "name" in rules(text)
    UserFactory(full_name="Nadia Brereton")
    assert "name" not in rules(text)


def test_an_allowed_host_is_not_an_external_link(admin_user):
    text = "Read our newsletter at https://www.staffordshire-fire.org.uk/news today."
    assert "external_link" in rules(text)
    services.link_host_add(actor=admin_user, host="https://staffordshire-fire.org.uk/")
    assert "external_link" not in rules(text)


def test_bad_host_gets_a_clear_error(admin_user):
    with pytest.raises(ValidationError, match="not a host name"):
        services.link_host_add(actor=admin_user, host="not a host")


def test_rule_switched_off_for_one_lpt_only(admin_user, lpt, other_lpt):
    text = "Bike marking today #Stone #Bikes #Cycling #CrimePrevention"
    services.rule_setting_set(
        actor=admin_user, rule="hashtags", severity="block", enabled=False, lpt_account=lpt
    )
    assert "hashtags" not in rules(text, lpt)
    assert "hashtags" in rules(text, other_lpt)
    event = AuditEvent.objects.get(action="ruleset.rule_setting_changed")
    assert event.lpt_account == lpt
    assert event.details["after"] == {"severity": "block", "enabled": False}


def test_force_wide_severity_change_applies_everywhere(admin_user, lpt):
    text = "Haha, what a day for the Stone team lol"
    assert {f["severity"] for f in check_text(text, account=lpt).flags} == {"warn"}
    services.rule_setting_set(actor=admin_user, rule="joke", severity="block", enabled=True)
    assert {f["severity"] for f in check_text(text, account=lpt).flags} == {"block"}


def test_lpt_setting_overrides_the_force_setting(admin_user, lpt):
    text = "Haha, what a day for the Stone team lol"
    services.rule_setting_set(actor=admin_user, rule="joke", severity="block", enabled=False)
    services.rule_setting_set(
        actor=admin_user, rule="joke", severity="warn", enabled=True, lpt_account=lpt
    )
    assert "joke" not in rules(text)
    assert "joke" in rules(text, lpt)
    services.rule_setting_reset(actor=admin_user, rule="joke", lpt_account=lpt)
    assert "joke" not in rules(text, lpt)


def test_comms_cannot_change_the_rules(comms):
    with pytest.raises(PermissionDenied):
        services.known_person_add(actor=comms, name="Someone Else")
    assert not KnownPerson.objects.exists()


def test_removing_a_place_is_audited(admin_user):
    place = services.place_add(actor=admin_user, name="Oulton Road", kind=PlaceName.Kind.STREET)
    services.entry_remove(actor=admin_user, kind="place", entry_id=place.pk)
    assert not PlaceName.objects.exists()
    assert AuditEvent.objects.filter(action="ruleset.place_removed").exists()


def test_duplicate_known_person_is_refused(admin_user):
    services.known_person_add(actor=admin_user, name="Cllr Ann Hope")
    with pytest.raises(ValidationError, match="already"):
        services.known_person_add(actor=admin_user, name="cllr ann  hope")


# --- Views ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role_fixture", ["officer", "comms"])
def test_only_admins_see_the_rules_page(client, request, role_fixture):
    client.force_login(request.getfixturevalue(role_fixture))
    assert client.get(reverse("ruleset:overview")).status_code == 403
    response = client.post(reverse("ruleset:add", args=["known_person"]), {"name": "X Y"})
    assert response.status_code == 403


def test_admin_adds_a_person_through_the_page(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("ruleset:add", args=["known_person"]), {"name": "Gavin Threlfall", "note": "Clerk"},
        follow=True,
    )
    assert "Added Gavin Threlfall to the known people." in response.content.decode()
    assert "Gavin Threlfall" in client.get(reverse("ruleset:overview")).content.decode()


def test_admin_gets_a_clear_message_for_bad_input(client, admin_user):
    client.force_login(admin_user)
    response = client.post(reverse("ruleset:add", args=["link_host"]), {"host": ""}, follow=True)
    assert "Not saved. Host: This field is required." in response.content.decode()
    response = client.post(
        reverse("ruleset:remove-entry", args=["nonsense", 1]), follow=True
    )
    assert response.status_code == 404


# --- checktweets --------------------------------------------------------------------------------


def test_checktweets_uses_the_accounts_configuration(admin_user, lpt, transactional_db):
    from tests.conftest import _database_url

    services.rule_setting_set(
        actor=admin_user, rule="hashtags", severity="block", enabled=False, lpt_account=lpt
    )
    lines = "\n".join(
        json.dumps({"id": n, "text": "Bike marking #a #b #c #d"}) for n in (1, 2)
    ) + "\nnot json\n"
    env = {"DATABASE_URL": _database_url(), "PATH": "/usr/bin:/bin"}
    runs = {}
    for handle in (None, lpt.handle):
        args = [sys.executable, "manage.py", "checktweets"]
        if handle:
            args += ["--account", handle]
        runs[handle] = subprocess.run(
            args, input=lines, capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
        )
    default, configured = runs[None], runs[lpt.handle]
    assert default.returncode == 0, default.stderr
    assert [json.loads(line)["id"] for line in default.stdout.splitlines()] == [1, 2]
    assert all(
        "hashtags" in {f["rule"] for f in json.loads(line)["flags"]}
        for line in default.stdout.splitlines()
    )
    assert "line 3" in default.stderr
    assert all(json.loads(line)["flags"] == [] for line in configured.stdout.splitlines())
