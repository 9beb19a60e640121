"""Sign-in, sign-out, deactivation and lockout: the session bookkeeping and the audit log."""

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from simple_history.models import HistoricalRecords

from audit.audit import record
from audit.constants import AuditAction, AuditResult

from . import services

User = get_user_model()


@receiver(user_logged_in, dispatch_uid="accounts.logged_in")
def logged_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        services.session_started(request, user)


@receiver(user_logged_out, dispatch_uid="accounts.logged_out")
def logged_out(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        services.session_ended(request)


@receiver(pre_save, sender=User, dispatch_uid="accounts.user_pre_save")
def notice_deactivation(sender, instance, raw=False, **kwargs):
    """Wherever ``is_active`` is switched off (admin, shell, a service): remember it for post_save."""
    instance._sd_deactivated = bool(
        not raw
        and not instance.is_active
        and not instance._state.adding
        and User._default_manager.filter(pk=instance.pk, is_active=True).exists()
    )


@receiver(post_save, sender=User, dispatch_uid="accounts.user_post_save")
def end_access_of_deactivated(sender, instance, created, raw=False, **kwargs):
    if getattr(instance, "_sd_deactivated", False):
        instance._sd_deactivated = False
        # The request that deactivated the account (the admin's), for who did it; None from a shell or a task.
        request = getattr(HistoricalRecords.context, "request", None)
        services.account_deactivated(instance, request=request)


@receiver(user_locked_out, dispatch_uid="accounts.locked_out")
def locked_out(sender, request, username, ip_address, **kwargs):
    # A fresh lock counts the failures; later attempts during the lock are refused without counting.
    fresh = getattr(request, "axes_failures_since_start", None) is not None
    record(
        AuditAction.LOCKOUT,
        request=request,
        username=str(username or "")[:150],
        result=AuditResult.DENIED,
        detail="locked" if fresh else "refused_while_locked",
    )
