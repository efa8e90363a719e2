"""Whether a user has a confirmed second factor: asked by every request of a signed-in user who
has not yet passed one, so it is kept in the shared cache and forgotten when a device changes."""

from django_otp import device_classes, user_has_device

from tweetdesk.shared_cache import forget, remember

# Enrolling or removing a device forgets the answer at once; the timeout is a backstop.
HAS_DEVICE_SECONDS = 300


def _key(user_id: int) -> str:
    return f"accounts:has-confirmed-device:{user_id}"


def has_confirmed_device(user) -> bool:
    return remember(_key(user.pk), lambda: user_has_device(user, confirmed=True),
                    HAS_DEVICE_SECONDS)


def forget_device_answer(instance, **kwargs) -> None:
    forget(_key(instance.user_id))


def connect_device_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    for model in device_classes():
        post_save.connect(forget_device_answer, sender=model, dispatch_uid=f"2fa-{model}")
        post_delete.connect(forget_device_answer, sender=model, dispatch_uid=f"2fa-d-{model}")
