from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import RetentionPolicy


@admin.register(RetentionPolicy)
class RetentionPolicyAdmin(SimpleHistoryAdmin):
    list_display = ["network", "signal_months", "case_months", "evaluation_months", "updated_at"]
    search_fields = ["network__name"]
    autocomplete_fields = ["network"]
    readonly_fields = ["updated_by", "updated_at"]

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)
