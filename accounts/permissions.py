"""The one place that decides what each role may do.

Views and services call these; the `require_*` helpers raise PermissionDenied before any write.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q

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


def may_switch_incident_mode(user: User) -> bool:
    """Critical-incident mode: corporate comms and admins."""
    return may_review(user)


def may_browse_audit(user: User) -> bool:
    """Read (never change) the audit trail: corporate comms and admins."""
    return may_review(user)


# --- Mentions inbox (mentions app) ---------------------------------------------------------


def is_supervisor_of(user: User, account: LptAccount) -> bool:
    """A sergeant or inspector named as supervising the LPT (mentions.Supervisor)."""
    return user.is_authenticated and account.supervisors.filter(user_id=user.pk).exists()


def may_view_inbox(user: User, account: LptAccount) -> bool:
    """Read an LPT's mentions: its officers and supervisors, and corporate comms."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.role == Role.COMMS:
        return True
    if user.role != Role.OFFICER:
        return False
    return account.members.filter(pk=user.pk).exists() or is_supervisor_of(user, account)


def inbox_accounts(user: User):
    """The LPT accounts whose mentions this user may read."""
    accounts = LptAccount.objects.select_related("force")
    if not (user.is_authenticated and user.is_active):
        return accounts.none()
    if user.role == Role.COMMS:
        return accounts
    if user.role != Role.OFFICER:
        return accounts.none()
    return accounts.filter(
        pk__in=LptAccount.objects.filter(Q(members=user) | Q(supervisors__user=user)).values("pk")
    )


def may_reply_to_mention(user: User, account: LptAccount) -> bool:
    """Draft a reply: whoever reads the inbox and may draft for the account."""
    return may_view_inbox(user, account) and may_draft_for(user, account)


def may_escalate(user: User, account: LptAccount) -> bool:
    """Raise "issue developing": anyone who can read the LPT's inbox."""
    return may_view_inbox(user, account)


def may_close_escalation(user: User, account: LptAccount) -> bool:
    """Close an escalation: corporate comms or the LPT's supervisors."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.role == Role.COMMS or is_supervisor_of(user, account)
