"""Where the rules engine's per-account configuration comes from."""

from moderation.rules import RulesContext, default_rules_context


def rules_context_for(account_handle: str | None) -> RulesContext:
    """The rules context for posts on `account_handle` (None: no particular account).

    For now the built-in defaults. A database-backed version should pass the admin's
    settings to default_rules_context(known_people=..., places=..., ...), which adds them to
    the built-in public names and places rather than replacing them.
    """
    return default_rules_context()
