"""Reading the inbox: querysets with their joins, ordered with calls for help first."""

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When

from accounts import permissions
from accounts.models import User
from accounts.selectors import unshown_person_fields
from moderation.models import Draft

from .models import OPEN_STATUSES, Escalation, EscalationStatus, Mention, ReferralTemplate


def inbox_mentions(*, user: User) -> QuerySet[Mention]:
    """The mentions of every inbox the user may read: open urgent calls for help first, then
    other open calls for help, then newest first."""
    open_escalation = Escalation.objects.filter(
        account=OuterRef("account"), thread_id=OuterRef("thread_key"),
        status=EscalationStatus.OPEN,
    )
    return (
        Mention.objects.filter(account__in=permissions.inbox_accounts(user))
        .select_related("account")
        .annotate(
            priority=Case(
                When(Q(urgent=True, status__in=OPEN_STATUSES), then=Value(2)),
                When(Q(call_for_help=True, status__in=OPEN_STATUSES), then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
            thread_key=Case(
                When(conversation_id="", then="tweet_id"), default="conversation_id"
            ),
        )
        .annotate(escalated=Exists(open_escalation))
        .order_by("-priority", "-created_at", "-id")
    )


def mention_for_display(*, mention_id: int) -> Mention:
    return (
        Mention.objects.select_related("account__force", "status_changed_by")
        .defer(*unshown_person_fields("status_changed_by"))
        .get(pk=mention_id)
    )


def thread_mentions(*, mention: Mention) -> QuerySet[Mention]:
    """The other stored mentions of the same conversation, oldest first."""
    return (
        Mention.objects.filter(account=mention.account)
        .filter(Q(conversation_id=mention.thread_id) | Q(tweet_id=mention.thread_id))
        .exclude(pk=mention.pk)
        .order_by("created_at", "id")
    )


def reply_drafts(*, mention: Mention) -> QuerySet[Draft]:
    return Draft.objects.filter(
        lpt_account=mention.account, in_reply_to_tweet_id=mention.tweet_id
    ).select_related("author").defer(*unshown_person_fields("author")).order_by("created_at")


def escalations_for_thread(*, mention: Mention) -> QuerySet[Escalation]:
    return Escalation.objects.filter(
        account=mention.account, thread_id=mention.thread_id
    ).select_related("raised_by", "closed_by").defer(
        *unshown_person_fields("raised_by", "closed_by")
    )


def visible_escalations(*, user: User) -> QuerySet[Escalation]:
    return (
        Escalation.objects.filter(account__in=permissions.inbox_accounts(user))
        .select_related("account", "mention", "raised_by", "closed_by")
        .defer(*unshown_person_fields("raised_by", "closed_by"))
    )


def referral_templates(*, urgent: bool = False) -> list[ReferralTemplate]:
    """The approved referral wording; for an urgent call for help, the 999 ones first."""
    templates = list(ReferralTemplate.objects.filter(is_active=True))
    if urgent:
        templates.sort(key=lambda t: t.kind != "emergency")
    return templates
