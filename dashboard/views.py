from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts import permissions

from . import selectors
from .charts import bar_chart

USERS_LISTED = 50


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """Each role's home page: what needs doing and how things stand, at a glance."""
    user = request.user
    now = timezone.now()
    context = {"now": now}
    if permissions.may_review(user):
        context.update(_reviewer_panels(now))
    else:
        context.update(_officer_panels(user))
    if permissions.may_administer(user):
        context.update(_admin_panels(now))
    return render(request, "dashboard/home.html", context)


def _officer_panels(user) -> dict:
    by_state = selectors.drafts_by_state(author=user)
    return {
        "officer": True,
        "drafts_chart": bar_chart("My drafts by state", by_state, unit="drafts"),
        "recent_posts": selectors.recent_posts_of_my_lpts(user=user),
        "unread": selectors.unread_mentions(user=user) if permissions.may_draft(user) else None,
    }


def _reviewer_panels(now) -> dict:
    problem_count, problems = selectors.posting_problems()
    flags = selectors.flags_by_rule(now=now)
    return {
        "reviewer": True,
        "queue": selectors.queue_summary(now=now),
        "flags_chart": bar_chart("Drafts flagged by rule, last 30 days", flags, unit="drafts"),
        "weekly": selectors.posts_per_lpt_per_week(now=now),
        "problem_count": problem_count,
        "problems": problems,
    }


def _users_without_mobile() -> dict:
    listed = list(selectors.users_without_mobile()[:USERS_LISTED])
    # Counted by the database only when the list is full.
    count = len(listed) if len(listed) < USERS_LISTED else selectors.users_without_mobile().count()
    return {"users_without_mobile": listed, "users_without_mobile_count": count}


def _admin_panels(now) -> dict:
    return {
        "administrator": True,
        "credential_problems": selectors.credential_problems(now=now),
        **_users_without_mobile(),
        "lockouts": selectors.lockouts(now=now),
    }
