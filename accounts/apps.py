from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    name = "accounts"
    default = True

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .backends import forget_user
        from .models import User
        from .two_factor import connect_device_signals

        post_save.connect(forget_user, sender=User, dispatch_uid="accounts-user-saved")
        post_delete.connect(forget_user, sender=User, dispatch_uid="accounts-user-deleted")
        connect_device_signals()


class TweetDeskAdminConfig(admin_apps.AdminConfig):
    """The Django admin, on a site whose access `accounts.permissions` decides."""

    default = False
    default_site = "accounts.admin_site.TweetDeskAdminSite"
