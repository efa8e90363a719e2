"""Where the rules engine's per-account configuration comes from: the `ruleset` app."""

from moderation.rules import RulesContext


def rules_context_for(account_handle: str | None) -> RulesContext:
    """The rules context for posts on `account_handle` (None: no particular account).

    The built-in defaults plus what admins configured (known people, places, link hosts, rule
    severities), cached per process until the configuration changes.
    """
    from ruleset.selectors import rules_context_for as configured_context

    return configured_context(account_handle)
