"""Sign-in, sign-out, deactivation and lockout: the session bookkeeping and the audit log."""

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from simple_history.models import HistoricalRecords

from audit.audit import current_request, record
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


@receiver(post_delete, sender=TOTPDevice, dispatch_uid="accounts.totp_deleted")
@receiver(post_delete, sender=StaticDevice, dispatch_uid="accounts.static_deleted")
def device_deleted_in_the_admin(sender, instance, **kwargs):
    """An administrator removes the device of someone who lost their phone (django-otp's admin): recorded with the
    administrator as the actor. Removals on the profile page are recorded by ``services`` with the reason."""
    request = current_request()
    match = getattr(request, "resolver_match", None)
    if match is None or match.namespace != "admin":
        return
    record(
        AuditAction.OTP_DEVICE_REMOVED,
        request=request,
        obj=instance.user,
        detail=f"admin:{sender._meta.model_name}",
    )
