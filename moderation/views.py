from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import permissions
from accounts.permissions import require
from accounts.selectors import draftable_accounts_cached
from publishing.client import tweet_web_url
from tweetdesk.ids import parse_id

from . import selectors, services
from .checks import MAX_TWEET_LENGTH, check_text
from .content_templates import CONTENT_TEMPLATES, suggest_hashtags, template_text
from .forms import DraftForm, LiveCheckForm, RetweetForm
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
                    requested_for=form.cleaned_data["requested_for"],
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
        form = DraftForm(initial=_compose_initial(request, draft), user=request.user)

    accounts = form.fields["lpt_account"].queryset
    if not accounts.exists():
        messages.warning(request, "You are not a member of any LPT account yet; ask an admin.")
    text = form.data.get("text", "") if form.is_bound else form.initial.get("text", "")
    account = _chosen_account(accounts, form["lpt_account"].value())
    return render(
        request,
        "moderation/compose.html",
        {"form": form, "draft": draft, "max_length": MAX_TWEET_LENGTH,
         "templates": CONTENT_TEMPLATES, **_check_context(text, account)},
    )


def _chosen_account(accounts, value):
    """The account picked in the form (or the first one offered), None when there is none."""
    account_id = parse_id(value)
    chosen = accounts.filter(pk=account_id).first() if account_id is not None else None
    return chosen or accounts.first()


def _compose_initial(request: HttpRequest, draft: Draft | None) -> dict:
    if draft is not None:
        return {"text": draft.text, "lpt_account": draft.lpt_account_id,
                "requested_for": draft.requested_for}
    initial = {}
    account_id = parse_id(request.GET.get("lpt_account"))
    if account_id is not None:
        initial["lpt_account"] = account_id
    template = request.GET.get("template", "")
    if template:
        accounts = permissions.draftable_accounts(request.user)
        account = _chosen_account(accounts, initial.get("lpt_account"))
        initial["text"] = template_text(template, account.area_names if account else [])
    return initial


def _check_context(text: str, account) -> dict:
    """What the composer shows beside the text: count, flags, preview, hashtags, incident."""
    from incidents.selectors import incident_for_display

    result = check_text(text, account=account) if text else None
    return {
        "result": result,
        "text": text,
        "account": account,
        "hashtags": suggest_hashtags(account.area_names, text) if account else [],
        "incident": incident_for_display(account) if account else None,
    }


@login_required
@require_POST
def live_check(request: HttpRequest) -> HttpResponse:
    """The composer's as-you-type check (htmx): character count and flags, nothing saved."""
    require(permissions.may_draft(request.user))
    form = LiveCheckForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    account = None
    if form.is_valid() and form.cleaned_data["lpt_account"]:
        account = next((candidate for candidate in draftable_accounts_cached(request.user)
                        if candidate.pk == form.cleaned_data["lpt_account"]), None)
    return render(
        request,
        "moderation/compose.html#check-result",
        {"max_length": MAX_TWEET_LENGTH, **_check_context(text, account)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def propose_retweet(request: HttpRequest) -> HttpResponse:
    """Propose retweeting a tweet (by link or id) on an LPT account; comms approve it."""
    require(permissions.may_draft(request.user))
    form = RetweetForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            draft = services.draft_propose_retweet(
                author=request.user,
                lpt_account=form.cleaned_data["lpt_account"],
                tweet_id=form.cleaned_data["tweet_id"],
                handle=form.cleaned_data["handle"],
                requested_for=form.cleaned_data["requested_for"],
            )
        except ValidationError as exc:
            form.add_error(None, _error_text(exc))
        else:
            messages.success(request, "Retweet proposed: it is waiting for approval by comms.")
            return redirect("moderation:draft-detail", draft_id=draft.pk)
    return render(request, "moderation/retweet.html", {"form": form})


@login_required
@require_GET
def draft_detail(request: HttpRequest, draft_id: int) -> HttpResponse:
    draft = _visible_draft(request, draft_id)
    events = draft.events.select_related("actor")
    revisions = draft.revisions.select_related("edited_by")
    tweet_url = tweet_web_url(draft.lpt_account.handle, draft.tweet_id) if draft.tweet_id else ""
    retweeted_url = (
        tweet_web_url(draft.retweet_of_handle or "i", draft.retweet_of_tweet_id)
        if draft.retweet_of_tweet_id else ""
    )
    return render(
        request,
        "moderation/draft_detail.html",
        {"draft": draft, "events": events, "revisions": revisions, "tweet_url": tweet_url,
         "retweeted_url": retweeted_url, "account": draft.lpt_account, "text": draft.text},
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
