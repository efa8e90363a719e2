"""Reads for the management pages. None of them loads a credential's secret values."""

from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet

from audit.models import AuditEvent
from tweetdesk.shared_cache import remember, version

from . import permissions
from .models import Force, LptAccount, LptCredentials, User

DRAFTABLE_VERSION_KEY = "accounts:draftable-version"
DRAFTABLE_SECONDS = 300


def draftable_accounts_cached(user: User) -> list[LptAccount]:
    """`permissions.draftable_accounts`, from the shared cache: the composer's live check asks on
    every pause in typing. Saving or deleting an account or force, or changing who belongs to
    an account, retires every cached list at once (apps.py); a user's role is in the key."""
    key = f"accounts:draftable:{version(DRAFTABLE_VERSION_KEY)}:{user.pk}:{user.role}"
    return remember(key, lambda: list(permissions.draftable_accounts(user)), DRAFTABLE_SECONDS)


def unshown_person_fields(*relations: str) -> list[str]:
    """For `.defer()`: what pages that name related people never show of them. Loading a
    mobile number parses it, which costs more than the rest of the row."""
    return [f"{relation}__{field}" for relation in relations for field in ("mobile", "password")]


def lpt_accounts_for_management() -> QuerySet[LptAccount]:
    return (
        LptAccount.objects.select_related("force")
        .prefetch_related(Prefetch("members", queryset=User.objects.order_by("full_name")))
        .annotate(
            has_credentials=Exists(LptCredentials.objects.filter(account=OuterRef("pk")))
        )
        .order_by("force__name", "name")
    )


def lpt_account_for_management(*, account_id: int) -> LptAccount:
    return lpt_accounts_for_management().get(pk=account_id)


def credentials_updated_at(*, account: LptAccount):
    """When the credentials were last set (None when there are none); never the secrets."""
    return (
        LptCredentials.objects.filter(account=account)
        .values_list("updated_at", flat=True)
        .first()
    )


def forces_for_management() -> QuerySet[Force]:
    return Force.objects.annotate(account_count=Count("lpt_accounts")).order_by("name")


def users_for_management() -> QuerySet[User]:
    return User.objects.prefetch_related(
        Prefetch("lpt_accounts", queryset=LptAccount.objects.order_by("name"))
    ).order_by("-is_active", "full_name", "username")


def credential_events(*, account: LptAccount, limit: int = 10) -> list[AuditEvent]:
    """The latest credential events of an account (set, changed, revealed, verified)."""
    return list(
        AuditEvent.objects.filter(lpt_account=account, action__startswith="credentials.")
        .select_related("actor")
        .order_by("-created_at", "-id")[:limit]
    )
