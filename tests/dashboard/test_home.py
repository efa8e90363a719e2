from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from audit.services import audit_record
from dashboard import selectors
from mentions.models import MentionFeed, MentionStatus
from moderation.states import DraftState
from tests.factories import DraftFactory, UserFactory
from tests.mentions.helpers import make_mention

NAME_FLAG = {"rule": "names", "severity": "block", "message": "A name", "excerpt": "Amy"}
TONE_FLAG = {"rule": "tone", "severity": "warn", "message": "Tone", "excerpt": "lol"}


def _home(client) -> str:
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(reverse("home"))
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
def test_officer_home_shows_drafts_by_state_recent_posts_and_unread_mentions(
    officer_client, officer, lpt, other_lpt
):
    now = timezone.now()
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.DRAFT)
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.SUBMITTED, submitted_at=now)
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.SUBMITTED, submitted_at=now)
    DraftFactory(lpt_account=lpt, state=DraftState.POSTED, tweet_id="501", posted_at=now,
                 text="Speedwatch in Stone this morning")
    DraftFactory(lpt_account=other_lpt, state=DraftState.POSTED, tweet_id="502", posted_at=now,
                 text="Not my team's post")
    make_mention(lpt, text="@StoneLPT someone is breaking into my car now", call_for_help=True,
                 urgent=True)
    make_mention(lpt, status=MentionStatus.READ)

    page = _home(officer_client)

    assert "My drafts by state. Draft: 1 drafts; Awaiting approval: 2 drafts." in page
    assert "Speedwatch in Stone this morning" in page
    assert "Not my team&#x27;s post" not in page and "Not my team's post" not in page
    assert '<span class="number">1</span> unread' in page
    assert "1 call for help" in page and "(urgent call for help)" in page
    assert "Approval queue" not in page.split("<main")[1]


@pytest.mark.django_db
def test_comms_home_shows_queue_age_flags_weekly_posts_and_problems(comms_client, officer, lpt):
    now = timezone.now()
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.SUBMITTED,
                 submitted_at=now - timedelta(hours=3), flags=[NAME_FLAG, NAME_FLAG, TONE_FLAG])
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.SUBMITTED,
                 submitted_at=now - timedelta(minutes=5), flags=[NAME_FLAG])
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.REJECTED,
                 submitted_at=now - timedelta(days=40), flags=[TONE_FLAG])
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.POSTED, tweet_id="9",
                 posted_at=now)
    DraftFactory(author=officer, lpt_account=lpt, state=DraftState.FAILED,
                 failure_reason="X refused the tweet (403): duplicate content")

    page = _home(comms_client)

    assert '<span class="number">2</span> waiting' in page
    assert "Oldest waiting for 3" in page
    # A rule counts once per draft; flags older than 30 days are left out.
    assert "Drafts flagged by rule, last 30 days. names: 2 drafts; tone: 1 drafts." in page
    assert f"<th scope=\"row\">@{lpt.handle}</th>" in page
    assert '<span class="number">1</span> failed or missed' in page
    assert "duplicate content" in page
    assert "Accounts whose credentials fail" not in page


@pytest.mark.django_db
def test_weekly_posts_are_counted_per_account_and_uk_week(lpt, other_lpt, officer):
    now = timezone.now()
    for days_ago in (0, 0, 7):
        DraftFactory(author=officer, lpt_account=lpt, state=DraftState.POSTED,
                     tweet_id=f"{days_ago}-{DraftFactory._meta.model.objects.count()}",
                     posted_at=now - timedelta(days=days_ago))
    weekly = selectors.posts_per_lpt_per_week(now=now, weeks=3)
    rows = {account.handle: counts for account, counts in weekly.rows}
    assert rows[lpt.handle] == [0, 1, 2]
    assert rows[other_lpt.handle] == [0, 0, 0]
    assert all(monday.weekday() == 0 for monday in weekly.weeks)


@pytest.mark.django_db
def test_admin_home_lists_failing_credentials_users_without_mobile_and_lockouts(
    client, admin_user, lpt, other_lpt
):
    now = timezone.now()
    audit_record(action="credentials.verified", actor=admin_user, lpt_account=lpt,
                 details={"ok": True, "username": lpt.handle, "error": ""})
    audit_record(action="credentials.verified", actor=admin_user, lpt_account=lpt,
                 details={"ok": False, "username": "", "error": "X refused these credentials"})
    MentionFeed.objects.create(account=other_lpt, last_error="401 Unauthorized",
                               last_fetched_at=now)
    User.objects.filter(pk=UserFactory(full_name="Nomobile Person").pk).update(mobile="")
    client.force_login(admin_user)

    page = _home(client)

    assert "X refused these credentials" in page
    assert "401 Unauthorized" in page
    assert "Nomobile Person" in page
    assert "Login lockouts" in page
    assert '<span class="number">0</span> waiting' in page  # admins work the queue too


@pytest.mark.django_db
def test_admin_home_counts_every_user_without_a_mobile_and_links_to_them(client, admin_user,
                                                                        monkeypatch):
    from dashboard import views

    people = [UserFactory(full_name=f"Nomobile {n}") for n in range(3)]
    User.objects.filter(pk__in=[person.pk for person in people]).update(mobile="")
    client.force_login(admin_user)
    monkeypatch.setattr(views, "USERS_LISTED", 2)
    page = _home(client)
    assert "3 active users without one" in page
    assert page.count('href="/manage/users/') >= 2 and "The first 2 are listed" in page


@pytest.mark.django_db
def test_a_later_successful_verification_clears_the_problem(admin_user, lpt):
    audit_record(action="credentials.verified", actor=admin_user, lpt_account=lpt,
                 details={"ok": False, "error": "refused"})
    audit_record(action="credentials.verified", actor=admin_user, lpt_account=lpt,
                 details={"ok": True, "error": ""})
    assert selectors.credential_problems(now=timezone.now()) == []


@pytest.mark.django_db
def test_home_pages_use_few_queries_whatever_the_data(
    client, comms, officer, lpt, django_assert_max_num_queries
):
    now = timezone.now()
    for n in range(30):
        DraftFactory(author=officer, lpt_account=lpt, state=DraftState.POSTED, tweet_id=str(n),
                     posted_at=now - timedelta(days=n), flags=[TONE_FLAG])
        make_mention(lpt)
    for user in (comms, officer):
        client.force_login(user)
        with django_assert_max_num_queries(16):
            _home(client)


@pytest.mark.django_db
def test_flags_by_rule_is_kept_a_minute_in_a_shared_cache(shared_cache, officer, lpt):
    now = timezone.now()
    DraftFactory(author=officer, lpt_account=lpt, submitted_at=now, flags=[NAME_FLAG])
    assert selectors.flags_by_rule(now=now) == [("names", 1)]

    DraftFactory(author=officer, lpt_account=lpt, submitted_at=now, flags=[TONE_FLAG])

    assert selectors.flags_by_rule(now=now) == [("names", 1)]
    assert selectors.flags_by_rule(now=now, days=7) == [("names", 1), ("tone", 1)]
