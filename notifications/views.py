from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from . import selectors, services


@login_required
@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    notifications = selectors.notifications_for(user=request.user)[:100]
    return render(request, "notifications/list.html", {"notifications": notifications})


@login_required
@require_GET
def notification_count(request: HttpRequest) -> HttpResponse:
    """The header's unread count, polled by htmx.

    It sits in a live region that stays on the page: a changed count is swapped into it and
    announced; an unchanged one answers 204, which htmx leaves alone, so nothing is re-announced.
    """
    count = selectors.unread_count(user=request.user)
    if request.GET.get("shown") == str(count):
        return HttpResponse(status=204)
    return render(request, "base.html#notification-count", {"unread_notifications": count})


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    services.notifications_mark_read(user=request.user)
    return redirect("notifications:list")
