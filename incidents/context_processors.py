from functools import cache

from .selectors import active_incidents


def critical_incidents(request):
    """The active critical incidents, for the banner on every page (one query).

    Lazy (templates call callables): an htmx fragment that shows no banner costs no query.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"active_incidents": cache(lambda: list(active_incidents()))}
