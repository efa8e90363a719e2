"""Building the rules engine's context from the database, cached per process.

The engine is pure Python and must stay fast (the composer checks as officers type), so the
context is built once and reused until an admin changes the configuration: every change bumps
a version number in Django's cache, which each process compares before reusing its copy.
"""

import threading

from django.db import DatabaseError

from accounts.models import LptAccount, User
from moderation.rules import DEFAULT_ALLOWED_HOSTS, RulesContext, default_rules_context
from tweetdesk.shared_cache import move_on, version

from .models import AllowedLinkHost, KnownPerson, PlaceName, RuleSetting

VERSION_KEY = "ruleset:version"
_lock = threading.Lock()
_contexts: dict[tuple[int, str | None], RulesContext] = {}


def ruleset_version() -> int:
    return version(VERSION_KEY)


def bump_ruleset_version() -> None:
    """Now for this process, and again at commit for everyone (a context rebuilt by another
    process before the commit would otherwise keep the old configuration)."""
    move_on(VERSION_KEY)


def _area_places() -> list[str]:
    places = []
    for area in LptAccount.objects.values_list("area", flat=True):
        places.extend(line.strip() for line in area.splitlines() if line.strip())
    return places


def _severities_for(account_handle: str | None) -> tuple[dict[str, str], set[str]]:
    settings = RuleSetting.objects.filter(lpt_account=None)
    if account_handle:
        settings = settings | RuleSetting.objects.filter(lpt_account__handle=account_handle)
    severities, disabled = {}, set()
    # Force-wide first, then the account's own settings on top.
    for setting in sorted(settings, key=lambda s: s.lpt_account_id is not None):
        severities[setting.rule] = setting.severity
        if setting.enabled:
            disabled.discard(setting.rule)
        else:
            disabled.add(setting.rule)
    return severities, disabled


def build_rules_context(account_handle: str | None) -> RulesContext:
    """The context for posts on `account_handle` (None: no particular account), uncached."""
    severities, disabled = _severities_for(account_handle)
    return default_rules_context(
        known_people=KnownPerson.objects.values_list("name", flat=True),
        system_users=User.objects.filter(is_active=True).values_list("full_name", flat=True),
        places=[*PlaceName.objects.values_list("name", flat=True), *_area_places()],
        allowed_link_hosts=[
            *DEFAULT_ALLOWED_HOSTS,
            *AllowedLinkHost.objects.values_list("host", flat=True),
        ],
        severity_overrides=severities,
        disabled_rules=disabled,
    )


def rules_context_for(account_handle: str | None) -> RulesContext:
    """The cached context for `account_handle`; built-in defaults if the database is not ready."""
    try:
        version = ruleset_version()
        key = (version, account_handle)
        context = _contexts.get(key)
        if context is None:
            context = build_rules_context(account_handle)
            with _lock:
                if any(cached_version != version for cached_version, _ in _contexts):
                    _contexts.clear()
                _contexts[key] = context
        return context
    except DatabaseError:
        # A fresh checkout without migrations (e.g. `checktweets` right after install).
        return default_rules_context()
