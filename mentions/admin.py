from django.contrib import admin

from accounts.admin_site import ReadOnlyAdmin

from .models import Escalation, Mention, MentionFeed, ReferralTemplate, Supervisor


@admin.register(ReferralTemplate)
class ReferralTemplateAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "is_active", "position"]
    list_editable = ["is_active", "position"]


@admin.register(Supervisor)
class SupervisorAdmin(admin.ModelAdmin):
    list_display = ["user", "rank", "account"]
    list_filter = ["rank", "account"]
    autocomplete_fields = ["user"]


@admin.register(Mention)
class MentionAdmin(ReadOnlyAdmin):
    list_display = ["tweet_id", "account", "author_username", "status", "call_for_help",
                    "urgent", "created_at"]
    list_filter = ["account", "status", "call_for_help", "urgent"]
    search_fields = ["text", "author_username"]


@admin.register(Escalation)
class EscalationAdmin(ReadOnlyAdmin):
    list_display = ["account", "status", "raised_by", "raised_at", "closed_by", "closed_at"]
    list_filter = ["status", "account"]


@admin.register(MentionFeed)
class MentionFeedAdmin(ReadOnlyAdmin):
    list_display = ["account", "x_user_id", "since_id", "last_fetched_at", "next_fetch_after",
                    "last_error"]
