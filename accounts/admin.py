"""The admin: lifting a lockout (recorded in the audit log), and the admin's own login through ours (with 2FA)."""

from axes.admin import AccessAttemptAdmin
from axes.models import AccessAttempt
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from audit.audit import record
from audit.constants import AuditAction

User = get_user_model()


def _record_unlock(request, attempt: AccessAttempt) -> None:
    user = User._default_manager.filter(username=attempt.username).first() if attempt.username else None
    record(
        AuditAction.UNLOCK,
        request=request,
        obj=user if user is not None else ("axes.accessattempt", attempt.pk),
        detail=f"failures:{attempt.failures_since_start}",
    )


if admin.site.is_registered(AccessAttempt):
    admin.site.unregister(AccessAttempt)


@admin.register(AccessAttempt)
class UnlockingAccessAttemptAdmin(AccessAttemptAdmin):
    """django-axes' list of failed sign-ins; removing a row lifts its lock. Both ways are recorded."""

    actions = ["unlock"]

    @admin.action(description=_("Lift the lock of the selected sign-in attempts"), permissions=["delete"])
    def unlock(self, request, queryset):
        count = queryset.count()
        self.delete_queryset(request, queryset)
        self.message_user(request, _("Locks lifted: %(count)d.") % {"count": count})

    def delete_model(self, request, obj):
        _record_unlock(request, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for attempt in queryset:
            _record_unlock(request, attempt)
        super().delete_queryset(request, queryset)


def admin_login(request, extra_context=None):
    """The admin has no login form of its own: everyone signs in on /accounts/login/, with the second step."""
    if request.user.is_authenticated:
        raise PermissionDenied
    return redirect_to_login(request.GET.get("next") or "/admin/")


admin.site.login = admin_login
