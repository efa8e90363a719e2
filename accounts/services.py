"""Everything that changes the force, its LPT accounts, their credentials and the users.

Each function checks permission first, then writes in one transaction together with its audit
record. Secrets never go into the audit trail, logs or exceptions: only the names of the fields.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

import requests
import tweepy
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.views.decorators.debug import sensitive_variables
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.services import audit_record

from . import permissions
from .fields import EncryptedTextField
from .models import Force, LptAccount, LptCredentials, Role, User

logger = logging.getLogger(__name__)

CREDENTIAL_FIELDS = (
    "consumer_key",
    "consumer_secret",
    "access_token",
    "access_token_secret",
    "web_password",
)


# --- The force and its LPT accounts -----------------------------------------------------------


def force_save(*, actor: User, force: Force | None = None, name: str, handle: str) -> Force:
    """Create the force or change its name and handle."""
    permissions.require(permissions.may_manage_accounts(actor), "Only administrators may do that.")
    created = force is None
    # Re-read: a ModelForm has already written the form's values onto the instance passed in.
    force = Force() if created else Force.objects.get(pk=force.pk)
    force.name, force.handle = name, handle
    force.full_clean()
    with transaction.atomic():
        force.save()
        audit_record(
            action="force.created" if created else "force.changed",
            actor=actor,
            details={"force_id": force.pk, "name": name, "handle": handle},
        )
    return force


def lpt_account_save(
    *,
    actor: User,
    account: LptAccount | None = None,
    force: Force,
    name: str,
    handle: str,
    area: str,
    commander_handle: str,
    members: Iterable[User],
    is_active: bool = True,
) -> LptAccount:
    """Create an LPT account or change its details and members."""
    permissions.require(permissions.may_manage_accounts(actor), "Only administrators may do that.")
    created = account is None
    account = LptAccount() if created else LptAccount.objects.get(pk=account.pk)
    before = {} if created else _account_snapshot(account)
    account.force, account.name, account.handle = force, name, handle
    account.area, account.commander_handle, account.is_active = area, commander_handle, is_active
    account.full_clean()
    with transaction.atomic():
        account.save()
        account.members.set(members)
        after = _account_snapshot(account)
        changed = sorted(key for key in after if before.get(key) != after[key])
        audit_record(
            action="account.created" if created else "account.changed",
            actor=actor,
            lpt_account=account,
            details={"changed": changed, "members": after["members"]},
        )
    return account


def _account_snapshot(account: LptAccount) -> dict:
    return {
        "force": account.force_id,
        "name": account.name,
        "handle": account.handle,
        "area": account.area,
        "commander_handle": account.commander_handle,
        "is_active": account.is_active,
        "members": sorted(account.members.values_list("username", flat=True))
        if account.pk
        else [],
    }


# --- Credentials ----------------------------------------------------------------------------


@sensitive_variables("values", "credentials")
def credentials_set(*, actor: User, account: LptAccount, values: dict[str, str]) -> None:
    """Store new credentials for an account; fields absent from `values` keep their value."""
    permissions.require(permissions.may_see_credentials(actor), "Only administrators may do that.")
    unknown = set(values) - set(CREDENTIAL_FIELDS)
    if unknown:
        raise ValueError(f"Not credential fields: {sorted(unknown)}")
    with transaction.atomic():
        credentials = (
            LptCredentials.objects.select_for_update().filter(account=account).first()
        )
        created = credentials is None
        if created:
            missing = [name for name in CREDENTIAL_FIELDS[:4] if not values.get(name)]
            if missing:
                raise ValidationError("The X API needs all four keys and tokens.")
            credentials = LptCredentials(account=account)
        for name, value in values.items():
            setattr(credentials, name, value)
        credentials.save()
        audit_record(
            action="credentials.set" if created else "credentials.changed",
            actor=actor,
            lpt_account=account,
            details={"fields": sorted(values)},
        )


@sensitive_variables("secret", "credentials")
def credentials_reveal(*, actor: User, account: LptAccount, field: str, reason: str) -> str:
    """Return one stored secret to an administrator, recording who, when and why."""
    permissions.require(permissions.may_see_credentials(actor), "Only administrators may do that.")
    if field not in CREDENTIAL_FIELDS:
        raise ValidationError("Choose which credential to reveal.")
    reason = reason.strip()
    if len(reason) < 10:
        raise ValidationError("Give the reason (at least 10 characters); it is audited.")
    with transaction.atomic():
        credentials = LptCredentials.objects.filter(account=account).first()
        if credentials is None:
            raise ValidationError("This account has no credentials stored yet.")
        secret = getattr(credentials, field)
        audit_record(
            action="credentials.revealed",
            actor=actor,
            lpt_account=account,
            reason=reason,
            details={"field": field},
        )
    return secret


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    username: str = ""
    name: str = ""
    user_id: str = ""
    error: str = ""


def credentials_verify(*, actor: User, account: LptAccount) -> VerifyResult:
    """Ask the X API who these credentials authenticate as (GET /2/users/me)."""
    from publishing.client import client_for  # publishing depends on accounts, not back

    permissions.require(permissions.may_see_credentials(actor), "Only administrators may do that.")
    if not LptCredentials.objects.filter(account=account).exists():
        result = VerifyResult(ok=False, error="This account has no credentials stored yet.")
    else:
        result = _ask_x_who_this_is(client_for(account))
    with transaction.atomic():
        audit_record(
            action="credentials.verified",
            actor=actor,
            lpt_account=account,
            details={"ok": result.ok, "username": result.username, "error": result.error},
        )
    return result


def _ask_x_who_this_is(client: tweepy.Client) -> VerifyResult:
    try:
        response = client.get_me(user_auth=True)
    except tweepy.Unauthorized:
        return VerifyResult(ok=False, error="X refused these credentials (401 Unauthorized).")
    except tweepy.Forbidden:
        return VerifyResult(ok=False, error="X refused access for this app (403 Forbidden).")
    except tweepy.TooManyRequests:
        return VerifyResult(ok=False, error="X is rate-limiting this account; try again later.")
    except tweepy.HTTPException as exc:
        status = exc.response.status_code if exc.response is not None else "?"
        return VerifyResult(ok=False, error=f"The X API answered with an error ({status}).")
    except (requests.RequestException, tweepy.TweepyException) as exc:
        logger.warning("Verifying credentials: X API unreachable (%s)", type(exc).__name__)
        return VerifyResult(ok=False, error="The X API could not be reached; try again later.")
    user = response.data
    return VerifyResult(ok=True, username=user.username, name=user.name, user_id=str(user.id))


def encryption_keys_rotate() -> int:
    """Re-encrypt every encrypted value with the newest key (the first of ENCRYPTION_KEYS).

    Returns the number of rows rewritten. Afterwards the older keys can be removed.
    """
    rows = 0
    with transaction.atomic():
        for model in apps.get_models():
            fields = [
                field.attname
                for field in model._meta.concrete_fields
                if isinstance(field, EncryptedTextField)
            ]
            if not fields:
                continue
            manager = model._base_manager
            for values in manager.select_for_update().values("pk", *fields):
                pk = values.pop("pk")
                # Read decrypts with whichever key matches; update() encrypts with the newest.
                manager.filter(pk=pk).update(**values)
                rows += 1
        audit_record(action="credentials.keys_rotated", details={"rows": rows})
    return rows


# --- Users ------------------------------------------------------------------------------------


def _sync_staff_flags(user: User) -> None:
    # The Django admin relies on these; who may use it is still decided by permissions.py.
    user.is_staff = user.is_superuser = user.role == Role.ADMIN


@sensitive_variables("password")
def user_create(
    *,
    actor: User,
    username: str,
    full_name: str,
    email: str,
    mobile,
    role: str,
    lpt_accounts: Iterable[LptAccount],
    password: str,
) -> User:
    """Create a user with a password that passed Django's validators."""
    permissions.require(permissions.may_manage_users(actor), "Only administrators may do that.")
    user = User(username=username, full_name=full_name, email=email, mobile=mobile, role=role)
    _sync_staff_flags(user)
    user.set_password(password)
    user.full_clean()
    with transaction.atomic():
        user.save()
        user.lpt_accounts.set(lpt_accounts)
        audit_record(
            action="user.created",
            actor=actor,
            details={"user_id": user.pk, "username": user.username, "role": role,
                     "lpt_accounts": sorted(a.handle for a in user.lpt_accounts.all())},
        )
    return user


def user_update(
    *,
    actor: User,
    user: User,
    username: str,
    full_name: str,
    email: str,
    mobile,
    role: str,
    lpt_accounts: Iterable[LptAccount],
) -> User:
    """Change a user's details, role and LPT memberships."""
    permissions.require(permissions.may_manage_users(actor), "Only administrators may do that.")
    user = User.objects.get(pk=user.pk)  # not the instance a ModelForm has already changed
    if user.pk == actor.pk and role != user.role:
        raise ValidationError("You cannot change your own role; ask another administrator.")
    previous_role = user.role
    before = {f: str(getattr(user, f)) for f in ("username", "full_name", "email", "mobile")}
    before_lpts = set(user.lpt_accounts.values_list("handle", flat=True))
    user.username, user.full_name, user.email = username, full_name, email
    user.mobile, user.role = mobile, role
    _sync_staff_flags(user)
    user.full_clean()
    with transaction.atomic():
        user.save()
        user.lpt_accounts.set(lpt_accounts)
        after_lpts = set(user.lpt_accounts.values_list("handle", flat=True))
        changed = [f for f, value in before.items() if str(getattr(user, f)) != value]
        details = {"user_id": user.pk, "username": user.username, "changed": changed}
        if previous_role != role:
            details["role"] = {"from": previous_role, "to": role}
        if before_lpts != after_lpts:
            details["lpt_accounts"] = {"added": sorted(after_lpts - before_lpts),
                                       "removed": sorted(before_lpts - after_lpts)}
        audit_record(action="user.changed", actor=actor, details=details)
    return user


def user_set_active(*, actor: User, user: User, active: bool) -> User:
    """Deactivate (cannot log in; drafts and history stay) or reactivate a user."""
    permissions.require(permissions.may_manage_users(actor), "Only administrators may do that.")
    if user.pk == actor.pk and not active:
        raise ValidationError("You cannot deactivate your own account.")
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if user.is_active == active:
            return user
        user.is_active = active
        user.save(update_fields=["is_active"])
        audit_record(
            action="user.reactivated" if active else "user.deactivated",
            actor=actor,
            details={"user_id": user.pk, "username": user.username},
        )
    return user


@sensitive_variables("password")
def user_set_password(*, actor: User, user: User, password: str) -> None:
    """An administrator sets a new password for a user (validated by the form)."""
    permissions.require(permissions.may_manage_users(actor), "Only administrators may do that.")
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        audit_record(
            action="user.password_set",
            actor=actor,
            details={"user_id": user.pk, "username": user.username},
        )


def user_changed_own_password(*, user: User) -> None:
    """Record that a user changed their own password (Django's form already saved it)."""
    audit_record(action="user.password_changed", actor=user, details={"user_id": user.pk})


# --- Two-factor (TOTP) -----------------------------------------------------------------------


def two_factor_pending_device(*, user: User) -> TOTPDevice:
    """The unconfirmed authenticator being set up for this user (created on first need)."""
    permissions.require(permissions.may_use_two_factor(user), "Two-factor is for comms and admins.")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


def two_factor_confirm(*, user: User, token: str) -> TOTPDevice | None:
    """Confirm the pending authenticator with a first code; None if the code is wrong."""
    permissions.require(permissions.may_use_two_factor(user), "Two-factor is for comms and admins.")
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=False).first()
        if device is None or not device.verify_token(token):
            return None
        TOTPDevice.objects.filter(user=user, confirmed=True).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit_record(action="user.two_factor_enabled", actor=user, details={"user_id": user.pk})
    return device


def two_factor_remove(*, actor: User, user: User) -> None:
    """Remove a user's authenticators: themselves (unless required) or an administrator."""
    own = actor.pk == user.pk
    permissions.require(
        not permissions.two_factor_required(user)
        if own
        else permissions.may_manage_users(actor),
        "Two-factor is required for your role.",
    )
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        audit_record(action="user.two_factor_removed", actor=actor, details={"user_id": user.pk})
