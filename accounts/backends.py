"""Signing in with Django's ModelBackend, with the signed-in user read from the shared cache."""

from django.contrib.auth.backends import ModelBackend

from tweetdesk.shared_cache import forget, remember

# Saving or deleting a user forgets the cached copy at once (signals in apps.py); the timeout is
# a backstop for writes that bypass save().
USER_SECONDS = 300


def _key(user_id) -> str:
    return f"accounts:user:{user_id}"


class CachedModelBackend(ModelBackend):
    """Every request of a signed-in user loads the user; from the shared cache that costs a
    fraction of a query. Deactivating, changing a role or a password saves the user, which
    forgets the copy, so the next request sees the change."""

    def get_user(self, user_id):
        return remember(_key(user_id), lambda: super(CachedModelBackend, self).get_user(user_id),
                        USER_SECONDS)


def forget_user(instance, **kwargs) -> None:
    forget(_key(instance.pk))
