from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    name = "accounts"
    default = True

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from .backends import forget_user
        from .models import Force, LptAccount, User
        from .two_factor import connect_device_signals

        post_save.connect(forget_user, sender=User, dispatch_uid="accounts-user-saved")
        post_delete.connect(forget_user, sender=User, dispatch_uid="accounts-user-deleted")
        for model in (Force, LptAccount):
            post_save.connect(_retire_draftable, sender=model, dispatch_uid=f"draftable-{model}")
            post_delete.connect(_retire_draftable, sender=model,
                                dispatch_uid=f"draftable-d-{model}")
        m2m_changed.connect(_retire_draftable, sender=LptAccount.members.through,
                            dispatch_uid="draftable-members")
        connect_device_signals()


def _retire_draftable(**kwargs) -> None:
    from tweetdesk.shared_cache import move_on

    from .selectors import DRAFTABLE_VERSION_KEY

    move_on(DRAFTABLE_VERSION_KEY)


class TweetDeskAdminConfig(admin_apps.AdminConfig):
    """The Django admin, on a site whose access `accounts.permissions` decides."""

    default = False
    default_site = "accounts.admin_site.TweetDeskAdminSite"
