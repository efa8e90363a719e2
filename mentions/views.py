"""The mentions inbox: list, one mention with its thread, reply, status, escalation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import permissions
from accounts.permissions import require
from moderation.checks import MAX_TWEET_LENGTH, check_text
from publishing.client import tweet_web_url
from tweetdesk.ids import parse_id

from . import selectors, services
from .filters import InboxFilter
from .forms import CloseEscalationForm, EscalateForm, ReplyForm, StatusForm
from .models import EscalationStatus, Mention, ReferralTemplate

INBOX_PAGE_SIZE = 50


def _visible_mention(request: HttpRequest, mention_id: int) -> Mention:
    try:
        mention = selectors.mention_for_display(mention_id=mention_id)
    except Mention.DoesNotExist:
        raise Http404("No such mention.") from None
    if not permissions.may_view_inbox(request.user, mention.account):
        raise Http404("No such mention.")
    return mention


def _errors(exc: ValidationError) -> str:
    return " ".join(exc.messages)


@login_required
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    """Mentions of the user's LPTs, calls for help first; filter and search (htmx swaps)."""
    accounts = permissions.inbox_accounts(request.user)
    require(accounts.exists(), "The mentions inbox is for LPT officers and corporate comms.")
    inbox_filter = InboxFilter(
        request.GET, queryset=selectors.inbox_mentions(user=request.user), accounts=accounts
    )
    page = Paginator(inbox_filter.qs, INBOX_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"filter": inbox_filter, "page": page, "mentions": page.object_list,
               "query": query.urlencode()}
    template = "mentions/inbox.html#inbox-table" if request.htmx else "mentions/inbox.html"
    return render(request, template, context)


@login_required
@require_POST
def fetch_now(request: HttpRequest) -> HttpResponse:
    """Check the user's LPTs for new mentions now instead of waiting for the next beat."""
    from .tasks import fetch_account_mentions

    account_ids = list(permissions.inbox_accounts(request.user).values_list("pk", flat=True))
    require(bool(account_ids))
    for account_id in account_ids:
        transaction.on_commit(lambda pk=account_id: fetch_account_mentions.delay(pk))
    messages.info(request, "Checking for new mentions: reload the inbox in a moment.")
    return redirect("mentions:inbox")


@login_required
@require_GET
def detail(request: HttpRequest, mention_id: int) -> HttpResponse:
    mention = _visible_mention(request, mention_id)
    services.mention_mark_read(mention=mention, actor=request.user)
    account = mention.account
    return render(request, "mentions/detail.html", {
        "mention": mention,
        "thread": selectors.thread_mentions(mention=mention),
        "replies": selectors.reply_drafts(mention=mention),
        "escalations": selectors.escalations_for_thread(mention=mention),
        "status_form": StatusForm(initial={"status": mention.status}),
        "escalate_form": EscalateForm(),
        "may_reply": permissions.may_reply_to_mention(request.user, account),
        "may_close": permissions.may_close_escalation(request.user, account),
        "tweet_url": tweet_web_url(mention.author_username or "i", mention.tweet_id),
    })


@login_required
@require_POST
def set_status(request: HttpRequest, mention_id: int) -> HttpResponse:
    mention = _visible_mention(request, mention_id)
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            services.mention_set_status(mention_id=mention.pk, actor=request.user,
                                        status=form.cleaned_data["status"])
            messages.success(request, "Status changed.")
        except ValidationError as exc:
            messages.error(request, _errors(exc))
    else:
        messages.error(request, "Choose a status.")
    return redirect("mentions:detail", mention_id=mention.pk)


def _reply_start(mention: Mention, template_id: str) -> str:
    prefix = f"@{mention.author_username} " if mention.author_username else ""
    template_pk = parse_id(template_id)
    if template_pk is not None:
        chosen = ReferralTemplate.objects.filter(pk=template_pk, is_active=True).first()
        if chosen is not None:
            return prefix + chosen.text
    return prefix


@login_required
@require_http_methods(["GET", "POST"])
def reply(request: HttpRequest, mention_id: int) -> HttpResponse:
    """Write a reply; it goes through the rules and the comms queue, then X links it."""
    mention = _visible_mention(request, mention_id)
    require(permissions.may_reply_to_mention(request.user, mention.account),
            "You can only reply on your own LPT accounts.")
    if request.method == "POST":
        form = ReplyForm(request.POST)
        if form.is_valid():
            try:
                draft = services.mention_reply(mention_id=mention.pk, author=request.user,
                                               text=form.cleaned_data["text"])
            except ValidationError as exc:
                form.add_error(None, _errors(exc))
            else:
                messages.success(request, "Reply sent to corporate comms for approval.")
                return redirect("moderation:draft-detail", draft_id=draft.pk)
    else:
        form = ReplyForm(initial={"text": _reply_start(mention, request.GET.get("template", ""))})
    text = form.data.get("text", "") if form.is_bound else form.initial["text"]
    return render(request, "mentions/reply.html", {
        "mention": mention,
        "form": form,
        "referrals": selectors.referral_templates(urgent=mention.urgent),
        "account": mention.account,
        "text": text,
        "result": check_text(text, account=mention.account) if text.strip() else None,
        "max_length": MAX_TWEET_LENGTH,
    })


@login_required
@require_POST
def escalate(request: HttpRequest, mention_id: int) -> HttpResponse:
    mention = _visible_mention(request, mention_id)
    form = EscalateForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("reason", [])))
        return redirect("mentions:detail", mention_id=mention.pk)
    try:
        services.escalation_open(mention_id=mention.pk, actor=request.user,
                                 reason=form.cleaned_data["reason"])
        messages.success(request, "Escalated: the LPT's supervisors and corporate comms have "
                                  "been told.")
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    return redirect("mentions:detail", mention_id=mention.pk)


@login_required
@require_POST
def reclassify(request: HttpRequest, mention_id: int) -> HttpResponse:
    mention = _visible_mention(request, mention_id)
    mention = services.mention_reclassify(mention_id=mention.pk, actor=request.user)
    messages.info(request, "Checked again: " + (
        "urgent call for help." if mention.urgent else
        "call for help." if mention.call_for_help else "not a call for help."
    ))
    return redirect("mentions:detail", mention_id=mention.pk)


@login_required
@require_GET
def escalations(request: HttpRequest) -> HttpResponse:
    require(permissions.inbox_accounts(request.user).exists())
    showing = request.GET.get("status", EscalationStatus.OPEN)
    if showing not in EscalationStatus.values:
        showing = EscalationStatus.OPEN
    rows = selectors.visible_escalations(user=request.user).filter(status=showing)
    page = Paginator(rows, INBOX_PAGE_SIZE).get_page(request.GET.get("page"))
    closable = {
        escalation.pk for escalation in page.object_list
        if permissions.may_close_escalation(request.user, escalation.account)
    }
    return render(request, "mentions/escalations.html", {
        "page": page, "escalations": page.object_list, "showing": showing, "closable": closable,
        "query": f"status={showing}", "close_form": CloseEscalationForm(),
    })


@login_required
@require_POST
def close_escalation(request: HttpRequest, escalation_id: int) -> HttpResponse:
    escalation = (
        selectors.visible_escalations(user=request.user).filter(pk=escalation_id).first()
    )
    if escalation is None:
        raise Http404("No such escalation.")
    form = CloseEscalationForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        services.escalation_close(escalation_id=escalation.pk, actor=request.user, note=note)
        messages.success(request, "Escalation closed.")
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    if request.POST.get("next") == "mention":
        return redirect("mentions:detail", mention_id=escalation.mention_id)
    return redirect("mentions:escalations")
