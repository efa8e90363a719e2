"""Reads for the management pages. None of them loads a credential's secret values."""

from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet

from audit.models import AuditEvent

from .models import Force, LptAccount, LptCredentials, User


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
