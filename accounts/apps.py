from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    name = "accounts"
    default = True

    def ready(self):
        from .two_factor import connect_device_signals

        connect_device_signals()


class TweetDeskAdminConfig(admin_apps.AdminConfig):
    """The Django admin, on a site whose access `accounts.permissions` decides."""

    default = False
    default_site = "accounts.admin_site.TweetDeskAdminSite"
