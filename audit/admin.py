"""The audit log in the admin: read-only for the platform's operators (the database refuses changes anyway)."""

from django.contrib import admin

from .models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["at", "username", "organisation_name", "action", "result", "object_type", "object_id", "ip"]
    list_filter = ["action", "result"]
    search_fields = ["username", "organisation_name", "object_id", "ip"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
