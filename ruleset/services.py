"""Changes to the rules configuration: admins only, each one audited, caches refreshed."""

import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accounts import permissions
from accounts.models import LptAccount, User
from audit.services import audit_record

from .models import AllowedLinkHost, KnownPerson, PlaceName, RuleSetting
from .selectors import bump_ruleset_version

_HOST = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def _require_admin(actor: User) -> None:
    permissions.require(
        permissions.may_administer(actor), "Only admins can change the rules configuration."
    )


def _changed(*, actor: User, action: str, lpt_account=None, **details) -> None:
    audit_record(action=action, actor=actor, lpt_account=lpt_account, details=details)
    bump_ruleset_version()


def _clean_name(value: str, what: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValidationError(f"Give the {what}.")
    return value


@transaction.atomic
def known_person_add(*, actor: User, name: str, note: str = "") -> KnownPerson:
    _require_admin(actor)
    name = _clean_name(name, "person's name")
    if KnownPerson.objects.filter(name__iexact=name).exists():
        raise ValidationError(f"{name} is already on the known people list.")
    person = KnownPerson.objects.create(name=name, note=note.strip(), added_by=actor)
    _changed(actor=actor, action="ruleset.known_person_added", name=name, note=person.note)
    return person


@transaction.atomic
def place_add(*, actor: User, name: str, kind: str = PlaceName.Kind.TOWN) -> PlaceName:
    _require_admin(actor)
    name = _clean_name(name, "place name")
    if PlaceName.objects.filter(name__iexact=name).exists():
        raise ValidationError(f"{name} is already in the place gazetteer.")
    place = PlaceName.objects.create(name=name, kind=kind, added_by=actor)
    _changed(actor=actor, action="ruleset.place_added", name=name, kind=kind)
    return place


def normalise_host(value: str) -> str:
    host = value.strip().lower()
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", host).split("/")[0].split(":")[0]
    host = host.removeprefix("*.").strip(".")
    if not _HOST.match(host):
        raise ValidationError(f"“{value.strip()}” is not a host name like example.org.uk.")
    return host


@transaction.atomic
def link_host_add(*, actor: User, host: str, note: str = "") -> AllowedLinkHost:
    _require_admin(actor)
    host = normalise_host(host)
    try:
        with transaction.atomic():
            allowed = AllowedLinkHost.objects.create(host=host, note=note.strip(), added_by=actor)
    except IntegrityError:
        raise ValidationError(f"{host} is already allowed.") from None
    _changed(actor=actor, action="ruleset.link_host_added", host=host, note=allowed.note)
    return allowed


REMOVABLE_KINDS = {
    "known_person": (KnownPerson, "name"),
    "place": (PlaceName, "name"),
    "link_host": (AllowedLinkHost, "host"),
}


@transaction.atomic
def entry_remove(*, actor: User, kind: str, entry_id: int) -> None:
    """Remove a known person, place or allowed host."""
    _require_admin(actor)
    model, label_field = REMOVABLE_KINDS[kind]
    entry = model.objects.select_for_update().filter(pk=entry_id).first()
    if entry is None:
        raise ValidationError("That entry no longer exists.")
    label = getattr(entry, label_field)
    entry.delete()
    _changed(actor=actor, action=f"ruleset.{kind}_removed", **{label_field: label})


@transaction.atomic
def rule_setting_set(
    *, actor: User, rule: str, severity: str, enabled: bool, lpt_account: LptAccount | None = None
) -> RuleSetting:
    """Set a rule's severity and on/off state, force-wide or for one account."""
    _require_admin(actor)
    setting, _ = RuleSetting.objects.select_for_update().get_or_create(
        rule=rule, lpt_account=lpt_account, defaults={"severity": severity, "enabled": enabled}
    )
    before = {"severity": setting.severity, "enabled": setting.enabled}
    setting.severity = severity
    setting.enabled = enabled
    setting.full_clean()
    setting.save()
    _changed(
        actor=actor,
        action="ruleset.rule_setting_changed",
        lpt_account=lpt_account,
        rule=rule,
        scope=lpt_account.handle if lpt_account else "force",
        before=before,
        after={"severity": severity, "enabled": enabled},
    )
    return setting


@transaction.atomic
def rule_setting_reset(*, actor: User, rule: str, lpt_account: LptAccount) -> None:
    """Drop an account's own setting so the force-wide one applies again."""
    _require_admin(actor)
    deleted, _ = RuleSetting.objects.filter(rule=rule, lpt_account=lpt_account).delete()
    if deleted:
        _changed(
            actor=actor, action="ruleset.rule_setting_reset", lpt_account=lpt_account,
            rule=rule, scope=lpt_account.handle,
        )
