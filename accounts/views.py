from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET

from . import permissions


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """Send each role to the page where its work is."""
    if permissions.may_review(request.user):
        return redirect("moderation:queue")
    return redirect("moderation:my-drafts")
