from django.contrib import admin

from accounts.admin_site import ReadOnlyAdmin

from .models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    """The trail is append-only: nobody edits or deletes it through the app."""

    list_display = ["created_at", "actor", "action", "draft", "from_state", "to_state"]
    list_filter = ["action"]
