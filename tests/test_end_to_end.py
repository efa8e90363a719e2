"""The whole flow on real services: PostgreSQL, Redis, a Celery worker, the X API sandbox."""

import pytest
from django.test import Client
from django.urls import reverse

from moderation.models import Draft
from moderation.states import DraftState
from tests.conftest import sandbox_tweets, wait_for
from tests.factories import PASSWORD

pytestmark = pytest.mark.worker


def _logged_in(user) -> Client:
    """A browser logged in through the real login form (throttled by django-axes)."""
    browser = Client()
    response = browser.post(reverse("login"), {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content
    return browser


TEXT = "Surgery reminder: PCSO Amy Clarke will be at Stone library on Friday, 10am to 12pm."


def test_officer_drafts_comms_approves_worker_posts_to_the_sandbox(
    registered, officer, comms, lpt, celery_worker_process
):
    officer_browser = _logged_in(officer)
    response = officer_browser.post(
        reverse("moderation:compose"), {"lpt_account": lpt.pk, "text": TEXT, "submit": "1"}
    )
    assert response.status_code == 302
    draft = Draft.objects.get()
    assert draft.state == DraftState.SUBMITTED

    comms_browser = _logged_in(comms)
    response = comms_browser.post(
        reverse("moderation:approve", args=[draft.pk]), HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200

    def posted():
        draft.refresh_from_db()
        return draft.state == DraftState.POSTED

    wait_for(posted, timeout=30)
    tweets = sandbox_tweets(registered)
    assert len(tweets) == 1
    assert tweets[0]["id"] == draft.tweet_id
    assert tweets[0]["text"] == TEXT

    page = officer_browser.get(reverse("moderation:draft-detail", args=[draft.pk])).content.decode()
    assert draft.tweet_id in page
    assert f"{registered.base_url}/{lpt.handle}/status/{draft.tweet_id}" in page
