from django.db.models import Q, QuerySet

from accounts.models import Force, LptAccount
from moderation.models import Draft
from moderation.states import DraftState
from tweetdesk.shared_cache import remember

from .models import CriticalIncident

ACTIVE_INCIDENTS_KEY = "incidents:active"
# Saving or deleting an incident forgets the cached list at once (incidents.signals); the timeout
# only bounds the damage of a change made behind the ORM's back.
ACTIVE_INCIDENTS_SECONDS = 60


def active_incidents() -> QuerySet[CriticalIncident]:
    return CriticalIncident.objects.filter(ended_at__isnull=True).select_related(
        "force", "lpt_account", "started_by"
    )


def active_incident_for(account: LptAccount) -> CriticalIncident | None:
    """The critical incident covering this account, force-wide or its own; None when none."""
    return (
        active_incidents()
        .filter(Q(lpt_account=account) | Q(lpt_account__isnull=True, force_id=account.force_id))
        .order_by("lpt_account_id")  # force-wide (NULL sorts last) only when no LPT incident
        .first()
    )


def active_incidents_for_display() -> list[CriticalIncident]:
    """The active incidents for banners and the composer, from the shared cache when there is one.

    Decisions (submitting, approving, posting) ask the database: `active_incident_for`.
    """
    return remember(ACTIVE_INCIDENTS_KEY, lambda: list(active_incidents()),
                    ACTIVE_INCIDENTS_SECONDS)


def incident_for_display(account: LptAccount) -> CriticalIncident | None:
    """As `active_incident_for`, from `active_incidents_for_display`."""
    covering = [
        incident for incident in active_incidents_for_display()
        if incident.lpt_account_id == account.pk
        or (incident.lpt_account_id is None and incident.force_id == account.force_id)
    ]
    return min(covering, key=lambda incident: incident.lpt_account_id is None, default=None)


def trusted_retweet_handles(force: Force) -> frozenset[str]:
    """The force's account and its LPT commanders' accounts, case-folded, without the @."""
    commanders = LptAccount.objects.filter(force=force).exclude(commander_handle="")
    return frozenset(
        handle.casefold()
        for handle in [force.handle, *commanders.values_list("commander_handle", flat=True)]
    )


def incident_history() -> QuerySet[CriticalIncident]:
    return CriticalIncident.objects.select_related(
        "force", "lpt_account", "started_by", "ended_by"
    )


def held_drafts_for(incident: CriticalIncident):
    """The drafts still held in an incident's scope, oldest due first."""
    scope = Q(lpt_account__force=incident.force)
    if incident.lpt_account_id:
        scope = Q(lpt_account=incident.lpt_account_id)
    return (
        Draft.objects.filter(scope, state=DraftState.HELD)
        .select_related("lpt_account", "author", "decided_by")
        .order_by("scheduled_for", "id")
    )
