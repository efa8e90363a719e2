from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import Force, LptAccount, User


@admin.register(User)
class TweetDeskUserAdmin(UserAdmin):
    list_display = ["username", "full_name", "role", "mobile", "is_active"]
    list_filter = ["role", "is_active"]
    search_fields = ["username", "full_name", "email"]
    fieldsets = UserAdmin.fieldsets + (
        ("TweetDesk", {"fields": ("full_name", "mobile", "role")}),
    )
    add_fieldsets = UserAdmin.add_fieldsets + (
        ("TweetDesk", {"fields": ("full_name", "mobile", "role", "email")}),
    )


@admin.register(Force)
class ForceAdmin(admin.ModelAdmin):
    list_display = ["name", "handle"]


@admin.register(LptAccount)
class LptAccountAdmin(admin.ModelAdmin):
    # Credentials are deliberately not registered here: secrets never appear in the admin.
    list_display = ["name", "handle", "force", "is_active"]
    filter_horizontal = ["members"]
