"""Fetching mentions from the X API sandbox over HTTP: cursors, pages, overlaps, failures."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from mentions.fetching import mentions_fetch
from mentions.models import Mention, MentionFeed
from tests.conftest import wait_for

from .helpers import add_mention, clear_faults, set_faults, stored_ids


@pytest.fixture
def small_pages(settings):
    settings.MENTIONS_PAGE_SIZE = 5  # the smallest X allows: pagination with a dozen mentions


def _add(sandbox, handle, count, start=0):
    return [add_mention(sandbox, handle, f"@{handle} question number {start + n}")["id"]
            for n in range(count)]


def test_fetch_pages_through_and_stores_each_mention_once_when_run_again(
    registered, lpt, other_lpt, small_pages
):
    ids = _add(registered, lpt.handle, 12)
    add_mention(registered, other_lpt.handle, "@LeekLPT not for Stone")

    result = mentions_fetch(account_id=lpt.pk)

    assert (result.status, result.stored, result.pages) == ("done", 12, 3)
    assert stored_ids(lpt) == sorted(ids, key=int)
    feed = MentionFeed.objects.get(account=lpt)
    assert feed.since_id == max(ids, key=int) and feed.x_user_id and not feed.lease_token

    again = mentions_fetch(account_id=lpt.pk)
    assert (again.status, again.stored) == ("done", 0)
    newer = _add(registered, lpt.handle, 2, start=12)
    later = mentions_fetch(account_id=lpt.pk)
    assert (later.status, later.stored, later.pages) == ("done", 2, 1)
    assert stored_ids(lpt) == sorted(ids + newer, key=int)
    assert Mention.objects.filter(account=other_lpt).count() == 0


def test_fetch_stores_author_profile_and_thread(registered, lpt):
    parent = add_mention(registered, lpt.handle, "@StoneLPT is the A34 closed?",
                         author_username="commuter")
    add_mention(registered, lpt.handle, "@StoneLPT @commuter it was this morning",
                author_username="StoneMum", author_name="Karen",
                author_description="Mum of two. Stone born and bred.",
                in_reply_to_tweet_id=parent["id"])

    mentions_fetch(account_id=lpt.pk)

    reply = Mention.objects.get(account=lpt, author_username="StoneMum")
    assert reply.author_name == "Karen"
    assert reply.author_description == "Mum of two. Stone born and bred."
    assert reply.author_verified is False and reply.author_protected is False
    assert reply.in_reply_to_tweet_id == parent["id"]
    assert reply.conversation_id == parent["id"]
    assert reply.created_at is not None and reply.status == "unread"


def test_rate_limit_mid_pagination_keeps_the_cursor_and_the_next_run_completes(
    registered, lpt, small_pages
):
    assert mentions_fetch(account_id=lpt.pk).stored == 0  # learns the X user id: one call
    ids = _add(registered, lpt.handle, 12)
    set_faults(registered, rate_limit={"remaining": 1, "reset_in": 600})

    first = mentions_fetch(account_id=lpt.pk)

    assert (first.status, first.stored) == ("rate_limited", 5)
    feed = MentionFeed.objects.get(account=lpt)
    assert feed.since_id == "" and feed.next_fetch_after > timezone.now()
    assert mentions_fetch(account_id=lpt.pk).status == "busy"  # respects the reset time

    clear_faults(registered)
    MentionFeed.objects.filter(account=lpt).update(next_fetch_after=timezone.now())
    second = mentions_fetch(account_id=lpt.pk)

    assert (second.status, second.stored) == ("done", 7)
    assert stored_ids(lpt) == sorted(ids, key=int)
    assert MentionFeed.objects.get(account=lpt).since_id == max(ids, key=int)


def test_a_429_is_recorded_and_the_fetch_waits_for_the_reset(registered, lpt):
    _add(registered, lpt.handle, 2)
    set_faults(registered, rate_limit={"remaining": 0, "reset_in": 300})

    result = mentions_fetch(account_id=lpt.pk)

    assert result.status == "rate_limited"
    feed = MentionFeed.objects.get(account=lpt)
    assert feed.next_fetch_after > timezone.now() + timedelta(seconds=200)
    assert feed.last_error and not feed.lease_token
    assert Mention.objects.count() == 0


def test_a_fetch_running_elsewhere_is_not_duplicated(registered, lpt):
    _add(registered, lpt.handle, 3)
    MentionFeed.objects.create(account=lpt, lease_token="other-worker",
                               lease_until=timezone.now() + timedelta(minutes=5))

    assert mentions_fetch(account_id=lpt.pk).status == "busy"
    assert Mention.objects.count() == 0


def test_a_fetch_that_died_is_taken_over_once_its_lease_expires(registered, lpt):
    ids = _add(registered, lpt.handle, 3)
    MentionFeed.objects.create(account=lpt, lease_token="killed-worker",
                               lease_until=timezone.now() - timedelta(seconds=1))

    assert mentions_fetch(account_id=lpt.pk).status == "done"
    assert stored_ids(lpt) == sorted(ids, key=int)


@pytest.mark.django_db(transaction=True)
def test_overlapping_fetches_store_each_mention_once(registered, lpt, settings, small_pages):
    # Leases that expire at once: every fetch runs, all of them over the same window.
    settings.MENTIONS_FETCH_LEASE_SECONDS = 0
    ids = _add(registered, lpt.handle, 12)
    results, errors = [], []

    def fetch():
        try:
            results.append(mentions_fetch(account_id=lpt.pk))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert errors == []
    assert stored_ids(lpt) == sorted(ids, key=int)
    assert MentionFeed.objects.get(account=lpt).since_id == max(ids, key=int)


def test_bad_credentials_are_recorded_without_crashing(registered, lpt, other_lpt):
    credentials = lpt.credentials
    credentials.access_token_secret = "wrong"
    credentials.save()
    add_mention(registered, other_lpt.handle, "@LeekLPT hello")

    assert mentions_fetch(account_id=lpt.pk).status == "failed"
    assert "401" in MentionFeed.objects.get(account=lpt).last_error
    assert mentions_fetch(account_id=other_lpt.pk).stored == 1


def test_server_errors_release_the_lease_and_are_raised_for_the_task_to_retry(registered, lpt):
    import tweepy

    set_faults(registered, error_rate=1.0, error_statuses=[503])

    with pytest.raises(tweepy.TwitterServerError):
        mentions_fetch(account_id=lpt.pk)

    feed = MentionFeed.objects.get(account=lpt)
    assert not feed.lease_token and feed.since_id == ""
    clear_faults(registered)
    assert mentions_fetch(account_id=lpt.pk).status == "done"


@pytest.mark.worker
def test_beat_task_fetches_every_account_on_a_real_worker(
    celery_worker_process, sandbox, lpt, other_lpt
):
    from mentions.tasks import fetch_all_mentions
    from publishing.sandbox import sandbox_register_accounts

    sandbox_register_accounts(sandbox.base_url)
    add_mention(sandbox, lpt.handle, "@StoneLPT morning")
    add_mention(sandbox, other_lpt.handle, "@LeekLPT evening")

    fetch_all_mentions.delay()

    wait_for(lambda: Mention.objects.count() == 2, timeout=60)
    fetch_all_mentions.delay()  # a second beat tick stores nothing twice
    wait_for(lambda: MentionFeed.objects.filter(lease_token="").count() == 2, timeout=60)
    assert Mention.objects.count() == 2
