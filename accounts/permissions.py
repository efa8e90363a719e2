"""The one place that decides what each role may do.

Views and services call these; the `require_*` helpers raise PermissionDenied before any write.
"""

from django.conf import settings
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


def may_manage_accounts(user: User) -> bool:
    """The force, its LPT accounts, their members and credentials: admins only."""
    return may_administer(user)


def may_manage_users(user: User) -> bool:
    """Create, change and deactivate users; set roles and LPT memberships: admins only."""
    return may_administer(user)


def may_see_credentials(user: User) -> bool:
    """Set, reveal (with a reason, audited) and verify an account's credentials: admins only."""
    return may_administer(user)


def may_use_two_factor(user: User) -> bool:
    """TOTP two-factor is offered to comms and admins (they reach every account)."""
    return user.is_authenticated and user.is_active and user.role in (Role.COMMS, Role.ADMIN)


def two_factor_required(user: User) -> bool:
    """Admins must use two-factor where the settings require it (production)."""
    return may_administer(user) and settings.TWO_FACTOR_REQUIRED_FOR_ADMINS


def may_change_own_password(user: User) -> bool:
    return user.is_authenticated and user.is_active


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
