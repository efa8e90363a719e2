from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import permissions
from accounts.permissions import require
from publishing.client import tweet_web_url

from . import selectors, services
from .checks import MAX_TWEET_LENGTH, check_text
from .forms import ApproveForm, DraftForm, LiveCheckForm, RejectForm
from .models import Draft
from .states import EDITABLE_STATES, IllegalTransition


def _visible_draft(request: HttpRequest, draft_id: int) -> Draft:
    try:
        draft = selectors.draft_for_display(draft_id=draft_id)
    except Draft.DoesNotExist:
        raise Http404("No such draft.") from None
    if not permissions.may_view_draft(request.user, draft):
        raise Http404("No such draft.")
    return draft


def _error_text(exc: ValidationError) -> str:
    return " ".join(exc.messages)


@login_required
@require_GET
def my_drafts(request: HttpRequest) -> HttpResponse:
    require(permissions.may_draft(request.user))
    drafts = selectors.drafts_by_author(author=request.user)
    return render(request, "moderation/my_drafts.html", {"drafts": drafts})


@login_required
@require_http_methods(["GET", "POST"])
def compose(request: HttpRequest, draft_id: int | None = None) -> HttpResponse:
    """Write a new draft or edit one; "save" keeps it, "submit" sends it to comms."""
    require(permissions.may_draft(request.user))
    draft = _visible_draft(request, draft_id) if draft_id else None
    if draft is not None:
        require(draft.author_id == request.user.pk, "Only the author can edit a draft.")
        if draft.state not in EDITABLE_STATES:
            messages.info(request, "This draft can no longer be edited.")
            return redirect("moderation:draft-detail", draft_id=draft.pk)

    if request.method == "POST":
        form = DraftForm(request.POST, user=request.user)
        if form.is_valid():
            try:
                draft = services.draft_save(
                    author=request.user,
                    lpt_account=form.cleaned_data["lpt_account"],
                    text=form.cleaned_data["text"],
                    draft=draft,
                )
                if "submit" in request.POST:
                    services.draft_submit(draft_id=draft.pk, actor=request.user)
                    messages.success(request, "Submitted for approval by corporate comms.")
                else:
                    messages.success(request, "Draft saved.")
                return redirect("moderation:draft-detail", draft_id=draft.pk)
            except ValidationError as exc:
                form.add_error(None, _error_text(exc))
    else:
        initial = {"text": draft.text, "lpt_account": draft.lpt_account_id} if draft else {}
        form = DraftForm(initial=initial, user=request.user)

    if not form.fields["lpt_account"].queryset.exists():
        messages.warning(request, "You are not a member of any LPT account yet; ask an admin.")
    text = form.data.get("text", "") if form.is_bound else form.initial.get("text", "")
    result = check_text(text) if text else None
    return render(
        request,
        "moderation/compose.html",
        {"form": form, "draft": draft, "result": result, "max_length": MAX_TWEET_LENGTH},
    )


@login_required
@require_POST
def live_check(request: HttpRequest) -> HttpResponse:
    """The composer's as-you-type check (htmx): character count and flags, nothing saved."""
    require(permissions.may_draft(request.user))
    form = LiveCheckForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    account = None
    if form.is_valid() and form.cleaned_data["lpt_account"]:
        account = (
            permissions.draftable_accounts(request.user)
            .filter(pk=form.cleaned_data["lpt_account"])
            .first()
        )
    result = check_text(text, account=account)
    return render(
        request,
        "moderation/compose.html#check-result",
        {"result": result, "max_length": MAX_TWEET_LENGTH, "text": text},
    )


@login_required
@require_GET
def draft_detail(request: HttpRequest, draft_id: int) -> HttpResponse:
    draft = _visible_draft(request, draft_id)
    events = draft.events.select_related("actor")
    tweet_url = tweet_web_url(draft.lpt_account.handle, draft.tweet_id) if draft.tweet_id else ""
    return render(
        request,
        "moderation/draft_detail.html",
        {"draft": draft, "events": events, "tweet_url": tweet_url},
    )


def _run_draft_action(request: HttpRequest, action, draft_id: int, success: str) -> HttpResponse:
    _visible_draft(request, draft_id)
    try:
        action(draft_id=draft_id, actor=request.user)
        messages.success(request, success)
    except (ValidationError, IllegalTransition) as exc:
        text = _error_text(exc) if isinstance(exc, ValidationError) else str(exc)
        messages.error(request, text)
    return redirect("moderation:draft-detail", draft_id=draft_id)


@login_required
@require_POST
def submit(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _run_draft_action(
        request, services.draft_submit, draft_id, "Submitted for approval by corporate comms."
    )


@login_required
@require_POST
def reopen(request: HttpRequest, draft_id: int) -> HttpResponse:
    return _run_draft_action(
        request, services.draft_reopen, draft_id, "The draft is open for editing again."
    )


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    require(permissions.may_review(request.user), "Only corporate comms can see the queue.")
    drafts = selectors.review_queue()
    return render(request, "moderation/queue.html", {"drafts": drafts})


def _queue_row_response(request, draft, *, error: str = "", approve_form=None, reject_form=None):
    if request.htmx:
        return render(
            request,
            "moderation/queue.html#queue-row",
            {
                "draft": draft,
                "error": error,
                "approve_form": approve_form,
                "reject_form": reject_form,
            },
        )
    if error:
        messages.error(request, f"Draft {draft.pk}: {error}")
    return redirect("moderation:queue")


@login_required
@require_POST
def approve(request: HttpRequest, draft_id: int) -> HttpResponse:
    require(permissions.may_review(request.user), "Only corporate comms can approve.")
    draft = _visible_draft(request, draft_id)
    form = ApproveForm(request.POST)
    if not form.is_valid():
        return _queue_row_response(request, draft, error="Check the form.", approve_form=form)
    try:
        draft = services.draft_approve(
            draft_id=draft.pk,
            actor=request.user,
            override_reason=form.cleaned_data["override_reason"],
        )
    except (ValidationError, services.AlreadyDecided) as exc:
        text = _error_text(exc) if isinstance(exc, ValidationError) else str(exc)
        draft.refresh_from_db()
        return _queue_row_response(request, draft, error=text, approve_form=form)
    if not request.htmx:
        messages.success(request, f"Approved draft {draft.pk}; it is queued for posting.")
    return _queue_row_response(request, draft)


@login_required
@require_POST
def reject(request: HttpRequest, draft_id: int) -> HttpResponse:
    require(permissions.may_review(request.user), "Only corporate comms can reject.")
    draft = _visible_draft(request, draft_id)
    form = RejectForm(request.POST)
    if not form.is_valid():
        return _queue_row_response(
            request, draft, error=" ".join(form.errors["reason"]), reject_form=form
        )
    try:
        draft = services.draft_reject(
            draft_id=draft.pk, actor=request.user, reason=form.cleaned_data["reason"]
        )
    except (ValidationError, services.AlreadyDecided) as exc:
        text = _error_text(exc) if isinstance(exc, ValidationError) else str(exc)
        draft.refresh_from_db()
        return _queue_row_response(request, draft, error=text, reject_form=form)
    if not request.htmx:
        messages.success(request, f"Rejected draft {draft.pk}; the officer has the reason.")
    return _queue_row_response(request, draft)
