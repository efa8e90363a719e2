"""Corporate comms' side: the approval queue, decisions, bulk approval and the schedule."""

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from accounts import permissions
from accounts.permissions import require

from . import selectors, services
from .filters import QueueFilter
from .forms import (
    ApproveForm,
    BulkApproveForm,
    CancelForm,
    EditApproveForm,
    RejectForm,
    RescheduleForm,
    ReturnForm,
)
from .states import IllegalTransition
from .views import _error_text, _visible_draft

QUEUE_PAGE_SIZE = 50
DECISION_ERRORS = (ValidationError, services.AlreadyDecided, IllegalTransition)


def _message(exc: Exception) -> str:
    return _error_text(exc) if isinstance(exc, ValidationError) else str(exc)


def _say(template: str, draft) -> str:
    return template.format(pk=draft.pk, state=draft.get_state_display().lower())


def _queue_context(query: QueryDict, page_number) -> dict:
    queue_filter = QueueFilter(query, queryset=selectors.queue_drafts())
    page = Paginator(queue_filter.qs, QUEUE_PAGE_SIZE).get_page(page_number)
    filters = query.copy()
    filters.pop("page", None)
    return {
        "filter": queue_filter,
        "page": page,
        "drafts": page.object_list,
        "counts": selectors.queue_counts(),
        "query": filters.urlencode(),
        "showing": queue_filter.form.cleaned_data.get("state") or "waiting"
        if queue_filter.form.is_valid() else "waiting",
    }


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    """Drafts across all LPTs, newest first, filtered; htmx filter changes swap the table."""
    require(permissions.may_review(request.user), "Only corporate comms can see the queue.")
    context = _queue_context(request.GET, request.GET.get("page"))
    template = "moderation/queue.html"
    if request.htmx and not request.htmx.boosted:
        template += "#queue-table"
    return render(request, template, context)


def _row(request, draft, *, error: str = "", form=None, success: str = "",
         template: str = "moderation/queue.html#queue-row", back: str = "moderation:queue"):
    """The htmx answer to an action on one draft (its row), or a redirect without JavaScript."""
    if request.htmx:
        return render(request, template, {"draft": draft, "error": error, "form": form,
                                          "success": success})
    if error:
        messages.error(request, f"Draft {draft.pk}: {error}")
    elif success:
        messages.success(request, success)
    return redirect(back)


def _decide(request: HttpRequest, draft_id: int, form_class, action: Callable, success: str):
    require(permissions.may_review(request.user), "Only corporate comms can do that.")
    draft = _visible_draft(request, draft_id)
    form = form_class(request.POST)
    if not form.is_valid():
        errors = [e for field_errors in form.errors.values() for e in field_errors]
        return _row(request, draft, error=" ".join(errors), form=form)
    try:
        draft = action(draft, form.cleaned_data)
    except DECISION_ERRORS as exc:
        draft.refresh_from_db()
        return _row(request, draft, error=_message(exc), form=form)
    return _row(request, draft, success=_say(success, draft))


def _approval(data: dict) -> dict:
    return {
        "override_reason": data["override_reason"],
        "acknowledged": data["acknowledged"],
        "when": data["when"],
        "post_at": data["post_at"],
        "expected_revision": data["revision"],
    }


@login_required
@require_POST
def approve(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _decide(
        request, draft_id, ApproveForm,
        lambda draft, data: _approve_or_edit(request, draft, data),
        "Approved draft {pk}; it is {state}.",
    )


def _approve_or_edit(request: HttpRequest, draft, data: dict):
    """The approve form carries the text: changed, it is an edit-and-approve."""
    if data["text"].strip() and data["text"].strip() != draft.text:
        return services.draft_edit_and_approve(
            draft_id=draft.pk, actor=request.user, text=data["text"], **_approval(data)
        )
    return services.draft_approve(draft_id=draft.pk, actor=request.user, **_approval(data))


@login_required
@require_POST
def edit_and_approve(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _decide(
        request, draft_id, EditApproveForm,
        lambda draft, data: services.draft_edit_and_approve(
            draft_id=draft.pk, actor=request.user, text=data["text"], **_approval(data)
        ),
        "Edited and approved draft {pk}; the officer is told what changed.",
    )


@login_required
@require_POST
def reject(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _decide(
        request, draft_id, RejectForm,
        lambda draft, data: services.draft_reject(
            draft_id=draft.pk, actor=request.user, reason=data["reason"]
        ),
        "Rejected draft {pk}; the officer has the reason.",
    )


@login_required
@require_POST
def return_to_officer(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _decide(
        request, draft_id, ReturnForm,
        lambda draft, data: services.draft_return(
            draft_id=draft.pk, actor=request.user, comment=data["comment"]
        ),
        "Returned draft {pk} to the officer with your comment.",
    )


@login_required
@require_POST
def bulk_approve(request: HttpRequest) -> HttpResponse:
    """Approve the ticked drafts that carry no flags; say which were skipped and why."""
    require(permissions.may_review(request.user), "Only corporate comms can approve.")
    form = BulkApproveForm(request.POST)
    result = services.BulkResult()
    if form.is_valid():
        result = services.drafts_bulk_approve(
            draft_ids=form.cleaned_data["drafts"], actor=request.user
        )
        query = QueryDict(form.cleaned_data["query"])
        approved = len(result.approved)
        summary = f"Approved {approved} draft{'s' if approved != 1 else ''}."
    else:
        query = QueryDict()
        summary = " ".join(form.errors.get("drafts", ["Tick the drafts to approve."]))
    if not request.htmx:
        messages.info(request, summary)
        for draft_id, reason in result.skipped.items():
            messages.warning(request, f"Draft {draft_id} not approved: {reason}")
        return redirect(f"{reverse('moderation:queue')}?{query.urlencode()}")
    context = _queue_context(query, 1)
    context.update(bulk_summary=summary, bulk_skipped=result.skipped)
    return render(request, "moderation/queue.html#queue-table", context)


# --- Scheduled, held and missed drafts ------------------------------------------------------


@login_required
@require_GET
def scheduled(request: HttpRequest) -> HttpResponse:
    require(permissions.may_review(request.user), "Only corporate comms can see the schedule.")
    return render(request, "moderation/scheduled.html", {"drafts": selectors.scheduled_drafts()})


def _schedule_action(request, draft_id: int, form_class, action: Callable, success: str):
    require(permissions.may_review(request.user), "Only corporate comms can change schedules.")
    draft = _visible_draft(request, draft_id)
    form = form_class(request.POST) if form_class else None
    error = ""
    if form is not None and not form.is_valid():
        error = " ".join(e for field_errors in form.errors.values() for e in field_errors)
    else:
        try:
            draft = action(draft, form.cleaned_data if form else {})
        except DECISION_ERRORS as exc:
            draft.refresh_from_db()
            error = _message(exc)
    return _row(request, draft, error=error, form=form,
                success="" if error else _say(success, draft),
                template="moderation/scheduled.html#scheduled-row", back="moderation:scheduled")


@login_required
@require_POST
def reschedule(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _schedule_action(
        request, draft_id, RescheduleForm,
        lambda draft, data: services.draft_reschedule(
            draft_id=draft.pk, actor=request.user, post_at=data["post_at"]
        ),
        "Draft {pk} is rescheduled.",
    )


@login_required
@require_POST
def post_now(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _schedule_action(
        request, draft_id, None,
        lambda draft, data: services.draft_post_now(draft_id=draft.pk, actor=request.user),
        "Draft {pk} is queued for posting now.",
    )


@login_required
@require_POST
def release(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _schedule_action(
        request, draft_id, None,
        lambda draft, data: services.draft_release(draft_id=draft.pk, actor=request.user),
        "Draft {pk} is released: {state}.",
    )


@login_required
@require_POST
def cancel(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _schedule_action(
        request, draft_id, CancelForm,
        lambda draft, data: services.draft_cancel(
            draft_id=draft.pk, actor=request.user, reason=data["reason"]
        ),
        "Draft {pk} is cancelled; it will not be posted.",
    )
