from functools import cache

from .selectors import active_incidents_for_display


def critical_incidents(request):
    """The active critical incidents, for the banner on every page (from the shared cache).

    Lazy (templates call callables): an htmx fragment that shows no banner costs nothing.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"active_incidents": cache(active_incidents_for_display)}
