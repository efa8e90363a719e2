"""Issue developing: supervision and comms told at once; tracked until closed."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from audit.models import AuditEvent
from mentions.models import Escalation, EscalationStatus, Supervisor
from mentions.services import escalation_close, escalation_open
from notifications.models import Notification
from tests.factories import UserFactory

from .helpers import make_mention


@pytest.fixture
def sergeant(lpt):
    user = UserFactory(username="sgt", full_name="Sgt Alex Rowe", lpts=[lpt])
    Supervisor.objects.create(account=lpt, user=user, rank="sergeant")
    return user


@pytest.fixture
def other_sergeant(other_lpt):
    user = UserFactory(username="sgt2", full_name="Sgt Lee Hart", lpts=[other_lpt])
    Supervisor.objects.create(account=other_lpt, user=user, rank="sergeant")
    return user


@pytest.fixture
def mention(lpt):
    return make_mention(lpt, text="@StoneLPT you lot are a joke, everyone is sharing this",
                        tweet_id="900", conversation_id="800")


def test_escalating_tells_supervisors_and_comms_at_once_in_app_and_by_email(
    officer_client, officer, sergeant, other_sergeant, comms, comms2, mention,
    django_capture_on_commit_callbacks, celery_eager,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(reverse("mentions:escalate", args=[mention.pk]),
                                       {"reason": "Pile-on growing about the bikers"})

    assert response.status_code == 302
    escalation = Escalation.objects.get()
    assert (escalation.status, escalation.raised_by, escalation.thread_id) == (
        EscalationStatus.OPEN, officer, "800")
    told = set(Notification.objects.filter(kind="escalation").values_list("recipient__username",
                                                                          flat=True))
    assert told == {"sgt", "comms", "comms2"}  # not the other LPT's sergeant, not the raiser
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        u.email for u in (sergeant, comms, comms2))
    assert "Pile-on growing" in mail.outbox[0].body and "@StoneLPT" in mail.outbox[0].subject
    assert AuditEvent.objects.filter(action="mention.escalated", actor=officer).exists()


def test_a_thread_is_escalated_once_while_open(officer, comms, lpt, mention):
    escalation_open(mention_id=mention.pk, actor=officer, reason="Developing")
    same_thread = make_mention(lpt, text="@StoneLPT and another thing", tweet_id="901",
                               conversation_id="800")

    with pytest.raises(ValidationError, match="already escalated"):
        escalation_open(mention_id=same_thread.pk, actor=comms, reason="Again")

    assert Escalation.objects.count() == 1


def test_a_reason_is_required(officer, mention):
    with pytest.raises(ValidationError):
        escalation_open(mention_id=mention.pk, actor=officer, reason="  ")


def test_an_officer_of_another_lpt_cannot_escalate(other_officer, mention):
    with pytest.raises(PermissionDenied):
        escalation_open(mention_id=mention.pk, actor=other_officer, reason="Not mine")


def test_supervisor_closes_it_and_the_raiser_is_told(officer, sergeant, mention):
    escalation = escalation_open(mention_id=mention.pk, actor=officer, reason="Developing")

    escalation_close(escalation_id=escalation.pk, actor=sergeant, note="Spoke to the resident")

    escalation.refresh_from_db()
    assert (escalation.status, escalation.closed_by) == (EscalationStatus.CLOSED, sergeant)
    assert escalation.closed_at is not None
    assert Notification.objects.filter(recipient=officer, kind="escalation_closed").exists()
    with pytest.raises(ValidationError, match="already closed"):
        escalation_close(escalation_id=escalation.pk, actor=sergeant)
    # Closed: the thread can be escalated again.
    escalation_open(mention_id=mention.pk, actor=officer, reason="Flared up again")


def test_an_ordinary_officer_cannot_close_it_but_comms_can(officer, comms, mention):
    escalation = escalation_open(mention_id=mention.pk, actor=officer, reason="Developing")

    with pytest.raises(PermissionDenied):
        escalation_close(escalation_id=escalation.pk, actor=officer)
    escalation_close(escalation_id=escalation.pk, actor=comms)

    assert AuditEvent.objects.filter(action="mention.escalation_closed", actor=comms).exists()


def test_escalations_page_lists_open_ones_with_close_only_for_those_allowed(
    client, officer, sergeant, comms, mention, other_lpt
):
    escalation_open(mention_id=mention.pk, actor=officer, reason="Developing on Stone")
    other = make_mention(other_lpt, text="@LeekLPT elsewhere", tweet_id="42")
    escalation_open(mention_id=other.pk, actor=comms, reason="Developing in Leek")
    url = reverse("mentions:escalations")

    client.force_login(officer)
    html = client.get(url).text
    assert "Developing on Stone" in html and "Developing in Leek" not in html
    assert "close-escalation" not in html and "supervisors close it" in html

    client.force_login(sergeant)
    html = client.get(url).text
    assert 'name="note"' in html

    client.force_login(comms)
    html = client.get(url).text
    assert "Developing on Stone" in html and "Developing in Leek" in html


def test_closing_through_the_page(client, officer, comms, mention):
    escalation = escalation_open(mention_id=mention.pk, actor=officer, reason="Developing")
    client.force_login(comms)

    response = client.post(reverse("mentions:close-escalation", args=[escalation.pk]),
                           {"note": "Handled by the press office"})

    assert response.status_code == 302
    escalation.refresh_from_db()
    assert escalation.closing_note == "Handled by the press office"


def test_the_inbox_marks_and_filters_escalated_threads(officer_client, officer, lpt, mention):
    calm = make_mention(lpt, text="@StoneLPT lovely day at the fete", tweet_id="950")
    same_thread = make_mention(lpt, text="@StoneLPT still going on", tweet_id="951",
                               conversation_id="800")
    escalation_open(mention_id=mention.pk, actor=officer, reason="Developing")

    html = officer_client.get(reverse("mentions:inbox"), {"escalated": "true"}).text

    assert mention.text in html and same_thread.text in html and calm.text not in html
    assert "Escalated: issue developing" in html
