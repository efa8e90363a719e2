"""Comms' "Posting problems" page (failed and missed drafts) and deleting a tweet from X."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import permissions
from accounts.permissions import require
from moderation.models import Draft

from . import selectors, services
from .client import tweet_web_url
from .forms import CancelForm, DeleteFromXForm, RescheduleForm


def _require_comms(request: HttpRequest) -> None:
    require(permissions.may_review(request.user), "Only corporate comms can act on posting.")


def _problems_response(request: HttpRequest, *, error: str = "", status: int = 200):
    """The whole page, or only its table for htmx, after an action."""
    drafts = selectors.posting_problems()
    template = "publishing/problems.html"
    if request.htmx:
        template += "#problems-table"
    context = {"drafts": drafts, "error": error, "reschedule_form": RescheduleForm()}
    return render(request, template, context, status=status)


@login_required
@require_GET
def problems(request: HttpRequest) -> HttpResponse:
    _require_comms(request)
    return _problems_response(request)


def _act(request: HttpRequest, action, success: str, **arguments) -> HttpResponse:
    _require_comms(request)
    try:
        action(actor=request.user, **arguments)
    except (ValidationError, Draft.DoesNotExist) as exc:
        text = " ".join(exc.messages) if isinstance(exc, ValidationError) else "No such draft."
        if not request.htmx:
            messages.error(request, text)
            return redirect("publishing:problems")
        return _problems_response(request, error=text)
    if not request.htmx:
        messages.success(request, success)
        return redirect("publishing:problems")
    return _problems_response(request)


@login_required
@require_POST
def retry(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _act(request, services.draft_retry_post, f"Draft {draft_id} is queued again.",
                draft_id=draft_id)


@login_required
@require_POST
def post_now(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _act(request, services.draft_post_now, f"Draft {draft_id} is being posted now.",
                draft_id=draft_id)


@login_required
@require_POST
def reschedule(request: HttpRequest, draft_id: int) -> HttpResponse:
    _require_comms(request)
    form = RescheduleForm(request.POST)
    if not form.is_valid():
        error = " ".join(e for errors in form.errors.values() for e in errors)
        if not request.htmx:
            messages.error(request, f"Draft {draft_id}: {error}")
            return redirect("publishing:problems")
        return _problems_response(request, error=f"Draft {draft_id}: {error}")
    when = form.cleaned_data["when"]
    return _act(request, services.draft_reschedule,
                f"Draft {draft_id} is rescheduled for {when:%H:%M on %d %b}.",
                draft_id=draft_id, when=when)


@login_required
@require_POST
def cancel(request: HttpRequest, draft_id: int) -> HttpResponse:
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    return _act(request, services.draft_cancel_post, f"Draft {draft_id} is cancelled.",
                draft_id=draft_id, reason=reason)


@login_required
@require_http_methods(["GET", "POST"])
def delete_from_x(request: HttpRequest, draft_id: int) -> HttpResponse:
    """Confirm, with a reason, and delete a posted tweet from X."""
    _require_comms(request)
    try:
        draft = selectors.posted_draft(draft_id=draft_id)
    except Draft.DoesNotExist:
        raise Http404("No posted draft with that id.") from None
    form = DeleteFromXForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.draft_delete_from_x(
                draft_id=draft.pk, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except (ValidationError, services.DeleteFailed) as exc:
            text = " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            form.add_error(None, text)
        else:
            messages.success(request, "The tweet was deleted from X.")
            return redirect("moderation:draft-detail", draft_id=draft.pk)
    tweet_url = tweet_web_url(draft.lpt_account.handle, draft.tweet_id)
    return render(
        request, "publishing/delete.html", {"draft": draft, "form": form, "tweet_url": tweet_url}
    )
