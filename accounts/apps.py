from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    name = "accounts"
    default = True


class TweetDeskAdminConfig(admin_apps.AdminConfig):
    """The Django admin, on a site whose access `accounts.permissions` decides."""

    default = False
    default_site = "accounts.admin_site.TweetDeskAdminSite"
