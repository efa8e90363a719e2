"""People and areas edited elsewhere (users, LPT accounts) feed the rules context too."""


def refresh_rules_cache(update_fields=None, **kwargs) -> None:
    from .selectors import bump_ruleset_version

    if update_fields is not None and set(update_fields) <= {"last_login", "password"}:
        return  # a login or password change: no name or area changed

    bump_ruleset_version()
