"""Two comms staff approve the same draft at the same moment, on PostgreSQL, with a real worker."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from moderation.models import Draft
from moderation.states import DraftState
from tests.conftest import sandbox_tweets, wait_for
from tests.moderation.workflow_helpers import submitted

pytestmark = pytest.mark.worker


def test_two_simultaneous_approvals_one_wins_and_it_is_posted_once(
    registered, officer, lpt, comms, comms2, celery_worker_process
):
    draft = submitted(officer, lpt)
    barrier = threading.Barrier(2)
    answers: dict[str, str] = {}

    def approve(user):
        try:
            browser = Client()
            browser.force_login(user)
            barrier.wait()
            response = browser.post(reverse("moderation:approve", args=[draft.pk]),
                                    {"revision": 1}, HTTP_HX_REQUEST="true")
            answers[user.username] = response.content.decode()
        except Exception as exc:  # noqa: BLE001 - reported by the assertions below
            answers[user.username] = repr(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=approve, args=(user,)) for user in (comms, comms2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    draft.refresh_from_db()
    winner = draft.decided_by
    loser = comms2 if winner == comms else comms
    assert f"Approved by {winner}" in answers[winner.username]
    assert f"already approved by {winner}" in answers[loser.username]

    def posted():
        draft.refresh_from_db()
        return draft.state == DraftState.POSTED

    wait_for(posted, timeout=30)
    assert len(sandbox_tweets(registered)) == 1
    assert Draft.objects.get().events.filter(action="draft.queued").count() == 1
