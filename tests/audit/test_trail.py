import pytest
from django.urls import reverse

from audit.models import AuditEvent
from moderation import services
from tests.moderation.workflow_helpers import submitted


@pytest.fixture
def decided(officer, lpt, comms):
    draft = submitted(officer, lpt)
    services.draft_reject(draft_id=draft.pk, actor=comms, reason="Names a street")
    return draft


def test_comms_and_admins_browse_and_filter_the_trail(client, comms, admin_user, decided):
    for user in (comms, admin_user):
        client.force_login(user)
        page = client.get(reverse("audit:trail"), {"action": "draft.rejected"}).content.decode()
        assert "draft.rejected" in page and "Names a street" in page
        assert "draft.submitted</code>" not in page


def test_audit_filter_by_actor_and_htmx_partial(comms_client, comms, decided):
    response = comms_client.get(reverse("audit:trail"), {"actor": comms.pk},
                                HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert page.lstrip().startswith('<section id="audit-results"')
    assert "draft.rejected" in page and "draft.created" not in page


def test_officers_cannot_read_the_trail(officer_client):
    assert officer_client.get(reverse("audit:trail")).status_code == 403


def test_nobody_can_change_the_trail_through_the_app(comms_client, admin_user, client, decided):
    count = AuditEvent.objects.count()
    assert comms_client.post(reverse("audit:trail")).status_code == 405
    client.force_login(admin_user)
    event = AuditEvent.objects.first()
    response = client.post(f"/django-admin/audit/auditevent/{event.pk}/delete/", {"post": "yes"})
    assert response.status_code in (302, 403)
    assert AuditEvent.objects.count() == count
