from django.urls import reverse

from moderation import services
from notifications.models import Notification
from tests.moderation.workflow_helpers import submitted

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_header_count_is_polled_and_cleared(officer_client, officer, lpt, comms):
    draft = submitted(officer, lpt)
    services.draft_approve(draft_id=draft.pk, actor=comms)
    badge = officer_client.get(reverse("notifications:count"), **HTMX).content.decode()
    assert 'id="notification-count"' in badge and "1<span" in badge and "every 30s" in badge
    assert "?shown=1" in badge
    page = officer_client.get(reverse("notifications:list")).content.decode()
    assert "Priya Shah approved your draft" in page
    officer_client.post(reverse("notifications:mark-read"))
    assert not Notification.objects.filter(recipient=officer, read_at__isnull=True).exists()


def test_an_unchanged_count_is_not_swapped_or_announced_again(officer_client, officer, lpt,
                                                              comms):
    url = reverse("notifications:count")
    assert officer_client.get(url, {"shown": "0"}, **HTMX).status_code == 204
    draft = submitted(officer, lpt)
    services.draft_approve(draft_id=draft.pk, actor=comms)
    changed = officer_client.get(url, {"shown": "0"}, **HTMX)
    assert changed.status_code == 200 and "1<span" in changed.content.decode()
    assert officer_client.get(url, {"shown": "1"}, **HTMX).status_code == 204
    page = officer_client.get(reverse("moderation:my-drafts")).content.decode()
    assert '<span aria-live="polite"><span id="notification-count"' in page


def test_comms_are_told_about_new_work_in_the_header(client, comms, officer, lpt):
    submitted(officer, lpt)
    client.force_login(comms)
    page = client.get(reverse("moderation:queue")).content.decode()
    assert 'class="badge"' in page


def test_posting_tells_the_author(officer, lpt, comms):
    from audit.services import audit_record

    draft = submitted(officer, lpt)
    audit_record(action="draft.posted", draft=draft, from_state="posting", to_state="posted")
    assert Notification.objects.filter(recipient=officer, kind="posted").exists()


def test_notifications_need_a_login(client, db):
    assert client.get(reverse("notifications:count")).status_code == 302
    assert client.post(reverse("notifications:mark-read")).status_code == 302
