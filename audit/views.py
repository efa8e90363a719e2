"""Browsing the audit trail: read-only, for corporate comms and admins."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from accounts import permissions
from accounts.permissions import require

from .filters import AuditFilter
from .models import AuditEvent

PAGE_SIZE = 100


@login_required
@require_GET
def trail(request: HttpRequest) -> HttpResponse:
    require(permissions.may_browse_audit(request.user),
            "Only corporate comms and admins can read the audit trail.")
    events = AuditEvent.objects.select_related("actor", "lpt_account", "draft")
    audit_filter = AuditFilter(request.GET, queryset=events)
    page = Paginator(audit_filter.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    template = "audit/trail.html#results" if request.htmx else "audit/trail.html"
    return render(request, template,
                  {"filter": audit_filter, "page": page, "query": query.urlencode()})
