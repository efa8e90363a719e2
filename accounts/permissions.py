"""The one place that decides what each role may do.

Views and services call these; the `require_*` helpers raise PermissionDenied before any write.
"""

from django.core.exceptions import PermissionDenied

from .models import LptAccount, Role, User


def may_draft(user: User) -> bool:
    return user.is_authenticated and user.is_active and user.role in (Role.OFFICER, Role.COMMS)


def may_draft_for(user: User, account: LptAccount) -> bool:
    """Officers draft for their own LPTs; comms may post "from the centre" on any account."""
    if not may_draft(user) or not account.is_active:
        return False
    if user.role == Role.COMMS:
        return True
    return account.members.filter(pk=user.pk).exists()


def may_review(user: User) -> bool:
    """Work the approval queue: corporate communications and admins."""
    return user.is_authenticated and user.is_active and user.role in (Role.COMMS, Role.ADMIN)


def may_view_draft(user: User, draft) -> bool:
    return draft.author_id == user.pk or may_review(user)


def may_decide_on(user: User, draft) -> bool:
    """Approve or reject. Four-eyes: nobody decides on their own draft, whatever their role."""
    return may_review(user) and draft.author_id != user.pk


def may_administer(user: User) -> bool:
    return user.is_authenticated and user.is_active and user.role == Role.ADMIN


def draftable_accounts(user: User):
    """The LPT accounts this user may draft for."""
    accounts = LptAccount.objects.filter(is_active=True).select_related("force")
    if not may_draft(user):
        return accounts.none()
    if user.role == Role.COMMS:
        return accounts
    return accounts.filter(members=user)


def require(allowed: bool, message: str = "You do not have permission to do that.") -> None:
    if not allowed:
        raise PermissionDenied(message)


def may_switch_incident_mode(user: User) -> bool:
    """Critical-incident mode: corporate comms and admins."""
    return may_review(user)


def may_browse_audit(user: User) -> bool:
    """Read (never change) the audit trail: corporate comms and admins."""
    return may_review(user)
