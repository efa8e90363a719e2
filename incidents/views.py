from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from accounts import permissions
from accounts.models import Force
from accounts.permissions import require

from . import selectors, services
from .forms import EndIncidentForm, SettleHeldForm, StartIncidentForm

ONLY_COMMS = "Only corporate comms or an admin can switch critical-incident mode."


@login_required
@require_GET
def incident_list(request: HttpRequest) -> HttpResponse:
    require(permissions.may_switch_incident_mode(request.user), ONLY_COMMS)
    return _render_list(request, StartIncidentForm())


def _render_list(request: HttpRequest, start_form) -> HttpResponse:
    incidents = list(selectors.incident_history()[:20])
    for incident in incidents:
        incident.held = list(selectors.held_drafts_for(incident))
    return render(
        request,
        "incidents/list.html",
        {"incidents": incidents, "start_form": start_form},
    )


@login_required
@require_POST
def incident_start(request: HttpRequest) -> HttpResponse:
    require(permissions.may_switch_incident_mode(request.user), ONLY_COMMS)
    form = StartIncidentForm(request.POST)
    if form.is_valid():
        account = form.cleaned_data["lpt_account"]
        force = account.force if account else Force.objects.order_by("pk").first()
        try:
            incident = services.incident_start(
                actor=request.user, reason=form.cleaned_data["reason"], force=force,
                lpt_account=account,
            )
        except ValidationError as exc:
            form.add_error(None, " ".join(exc.messages))
        else:
            messages.warning(request, f"Critical-incident mode is on for {incident.scope_label}.")
            return redirect("incidents:list")
    return _render_list(request, form)


@login_required
@require_POST
def incident_end(request: HttpRequest, incident_id: int) -> HttpResponse:
    require(permissions.may_switch_incident_mode(request.user), ONLY_COMMS)
    form = EndIncidentForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        incident = services.incident_end(incident_id=incident_id, actor=request.user,
                                         reason=reason)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            f"Critical-incident mode for {incident.scope_label} has ended. Held tweets stay held "
            "until you release or cancel them.",
        )
    return redirect("incidents:list")


@login_required
@require_POST
def incident_settle(request: HttpRequest, incident_id: int) -> HttpResponse:
    """Release or cancel every tweet an ended incident still holds."""
    require(permissions.may_switch_incident_mode(request.user), ONLY_COMMS)
    form = SettleHeldForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose to release or cancel the held tweets.")
        return redirect("incidents:list")
    release = form.cleaned_data["action"] == "release"
    try:
        done, not_done = services.incident_settle_held(
            incident_id=incident_id, actor=request.user, release=release,
            reason=form.cleaned_data["reason"],
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        verb = "Released" if release else "Cancelled"
        messages.success(request, f"{verb} {len(done)} held tweet{'s' if len(done) != 1 else ''}.")
        for draft_id, reason in not_done.items():
            messages.warning(request, f"Draft {draft_id}: {reason}")
    return redirect("incidents:list")
