"""The Django admin shows the accounts' data read-only: changes go through /manage/, whose
services validate them and write the audit trail. Credentials are deliberately not registered."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .admin_site import ReadOnlyAdmin
from .models import Force, LptAccount, User


@admin.register(User)
class TweetDeskUserAdmin(ReadOnlyAdmin, UserAdmin):
    list_display = ["username", "full_name", "role", "mobile", "is_active"]
    list_filter = ["role", "is_active"]
    search_fields = ["username", "full_name", "email"]
    # No password hash, not even its summary.
    fieldsets = (
        (None, {"fields": ("username", "full_name", "email", "mobile", "role")}),
        ("Status", {"fields": ("is_active", "last_login", "date_joined")}),
    )


@admin.register(Force)
class ForceAdmin(ReadOnlyAdmin):
    list_display = ["name", "handle"]


@admin.register(LptAccount)
class LptAccountAdmin(ReadOnlyAdmin):
    list_display = ["name", "handle", "force", "is_active"]
    filter_horizontal = ["members"]
