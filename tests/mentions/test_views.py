"""Who sees which inbox, and what the pages show."""

import pytest
from django.urls import reverse

from mentions.models import Mention, MentionStatus, Supervisor
from tests.factories import UserFactory

from .helpers import make_mention


@pytest.fixture
def mention(lpt):
    return make_mention(lpt, text="@StoneLPT is the surgery on Friday?", author_name="Pat",
                        author_description="Stone resident", author_followers=12)


@pytest.fixture
def other_mention(other_lpt):
    return make_mention(other_lpt, text="@LeekLPT secret Leek business", tweet_id="555")


def test_officer_sees_only_their_lpts_mentions(officer_client, mention, other_mention):
    response = officer_client.get(reverse("mentions:inbox"))

    assert response.status_code == 200
    assert mention.text in response.text
    assert other_mention.text not in response.text


def test_officer_cannot_open_another_lpts_mention(officer_client, other_mention):
    for name in ("mentions:detail", "mentions:reply"):
        assert officer_client.get(reverse(name, args=[other_mention.pk])).status_code == 404
    response = officer_client.post(reverse("mentions:status", args=[other_mention.pk]),
                                   {"status": "ignored"})
    assert response.status_code == 404
    response = officer_client.post(reverse("mentions:escalate", args=[other_mention.pk]),
                                   {"reason": "x"})
    assert response.status_code == 404
    other_mention.refresh_from_db()
    assert other_mention.status == MentionStatus.UNREAD
    assert not other_mention.escalations.exists()


def test_comms_see_every_inbox(comms_client, mention, other_mention):
    response = comms_client.get(reverse("mentions:inbox"))

    assert mention.text in response.text and other_mention.text in response.text


def test_supervisor_who_is_not_a_member_sees_the_lpts_inbox(client, lpt, mention):
    sergeant = UserFactory(username="sgt", full_name="Sgt Alex Rowe")
    Supervisor.objects.create(account=lpt, user=sergeant, rank="sergeant")
    client.force_login(sergeant)

    assert client.get(reverse("mentions:detail", args=[mention.pk])).status_code == 200


@pytest.mark.parametrize("role", ["admin", "officer_without_lpt"])
def test_users_without_an_inbox_are_refused(client, admin_user, mention, role):
    user = admin_user if role == "admin" else UserFactory(username="nolpt")
    client.force_login(user)

    assert client.get(reverse("mentions:inbox")).status_code == 403
    assert client.get(reverse("mentions:detail", args=[mention.pk])).status_code == 404
    assert client.get(reverse("mentions:escalations")).status_code == 403


def test_anonymous_users_are_sent_to_log_in(client, mention):
    response = client.get(reverse("mentions:inbox"))

    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_opening_a_mention_marks_it_read_and_shows_the_authors_profile(officer_client, mention):
    response = officer_client.get(reverse("mentions:detail", args=[mention.pk]))

    assert "Stone resident" in response.text and "Followers" in response.text
    mention.refresh_from_db()
    assert mention.status == MentionStatus.READ


def test_status_can_be_set_and_is_audited(officer_client, officer, mention):
    from audit.models import AuditEvent

    officer_client.post(reverse("mentions:status", args=[mention.pk]), {"status": "needs_reply"})

    mention.refresh_from_db()
    assert (mention.status, mention.status_changed_by) == (MentionStatus.NEEDS_REPLY, officer)
    event = AuditEvent.objects.get(action="mention.status")
    assert event.details["to_status"] == "needs_reply" and event.lpt_account == mention.account


def test_replied_cannot_be_set_by_hand(officer_client, mention):
    officer_client.post(reverse("mentions:status", args=[mention.pk]), {"status": "replied"})

    mention.refresh_from_db()
    assert mention.status == MentionStatus.UNREAD


def test_links_are_shown_but_not_clickable_until_revealed(officer_client, lpt):
    mention = make_mention(lpt, text="@StoneLPT look https://evil.example/x?a=1 <b>hi</b>")

    html = officer_client.get(reverse("mentions:inbox")).text

    assert "<details class=\"guarded-link\">" in html
    assert "<summary>link to <strong>evil.example</strong>" in html
    assert "&lt;b&gt;hi&lt;/b&gt;" in html  # the text is escaped
    assert html.index("<summary>") < html.index('href="https://evil.example/x?a=1"')
    assert 'rel="nofollow noopener noreferrer"' in html
    assert mention.pk


def test_calls_for_help_come_first_urgent_ones_on_top(officer_client, lpt):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    make_mention(lpt, text="@StoneLPT newest, routine", tweet_id="30", created_at=now)
    make_mention(lpt, text="@StoneLPT please report my bike", tweet_id="20",
                 call_for_help=True, created_at=now - timedelta(hours=1))
    make_mention(lpt, text="@StoneLPT help right now", tweet_id="10", call_for_help=True,
                 urgent=True, created_at=now - timedelta(hours=2))
    make_mention(lpt, text="@StoneLPT old call, answered", tweet_id="5", call_for_help=True,
                 urgent=True, status=MentionStatus.REPLIED, created_at=now - timedelta(hours=3))

    html = officer_client.get(reverse("mentions:inbox")).text

    order = [html.index(t) for t in ("help right now", "please report my bike",
                                     "newest, routine", "old call, answered")]
    assert order == sorted(order)


def test_filters_and_search(officer_client, lpt):
    make_mention(lpt, text="@StoneLPT about the fete", tweet_id="1", author_username="fete")
    make_mention(lpt, text="@StoneLPT my car was stolen", tweet_id="2", call_for_help=True)
    make_mention(lpt, text="@StoneLPT ignore me", tweet_id="3", status=MentionStatus.IGNORED)
    url = reverse("mentions:inbox")

    def texts(**query):
        html = officer_client.get(url, query).text
        return {m.text for m in Mention.objects.all() if m.text in html}

    assert texts(flag="call_for_help") == {"@StoneLPT my car was stolen"}
    assert texts(status="ignored") == {"@StoneLPT ignore me"}
    assert texts(status="open") == {"@StoneLPT about the fete", "@StoneLPT my car was stolen"}
    assert texts(q="@fete") == {"@StoneLPT about the fete"}
    assert texts(q="FETE", flag="none") == {"@StoneLPT about the fete"}


def test_htmx_filter_returns_the_table_fragment(officer_client, mention):
    response = officer_client.get(reverse("mentions:inbox"), {"q": "surgery"},
                                  HTTP_HX_REQUEST="true")

    assert response.text.lstrip().startswith('<section id="inbox-table"')
    assert mention.text in response.text


def test_fetch_now_queues_a_fetch_for_the_users_accounts(officer_client, lpt, other_lpt,
                                                         django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        response = officer_client.post(reverse("mentions:fetch-now"))

    assert response.status_code == 302
    assert len(callbacks) == 1  # only the officer's own LPT
