"""The Django admin site, guarded by `accounts.permissions` like every other page.

Anonymous visitors go to TweetDesk's own login (throttled by django-axes, followed by two-factor);
signed-in users who may not administer get 403 instead of Django's second login form.
"""

from functools import update_wrapper

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from . import permissions


class TweetDeskAdminSite(admin.AdminSite):
    site_header = "TweetDesk administration"
    site_title = "TweetDesk administration"

    def has_permission(self, request) -> bool:
        return permissions.may_administer(request.user)

    def admin_view(self, view, cacheable=False):
        admin_view = super().admin_view(view, cacheable)

        def guarded(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            permissions.require(
                permissions.may_administer(request.user), "Only administrators may do that."
            )
            return admin_view(request, *args, **kwargs)

        return update_wrapper(guarded, admin_view)

    def login(self, request, extra_context=None):
        # One login form for the whole site: the one with throttling and two-factor.
        return redirect_to_login(request.GET.get("next") or reverse("admin:index"))


class ReadOnlyAdmin(admin.ModelAdmin):
    """A model shown in the admin but changed only through the app, whose services validate the
    change and write the audit trail (or, for the trail itself, never changed at all)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
