from functools import cache

from .selectors import unread_count


def notification_count(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    # Lazy (templates call callables): fragments that don't show the count cost no query.
    return {"unread_notifications": cache(lambda: unread_count(user=user))}
