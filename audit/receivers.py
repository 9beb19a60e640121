"""Sign-ins and sign-outs into the audit log (Django's auth signals)."""

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from .audit import record
from .constants import AuditAction, AuditResult


@receiver(user_logged_in, dispatch_uid="audit.logged_in")
def logged_in(sender, request, user, **kwargs):
    record(AuditAction.LOGIN, request=request, user=user)


@receiver(user_logged_out, dispatch_uid="audit.logged_out")
def logged_out(sender, request, user, **kwargs):
    if user is not None:
        record(AuditAction.LOGOUT, request=request, user=user)


@receiver(user_login_failed, dispatch_uid="audit.login_failed")
def login_failed(sender, credentials, request=None, **kwargs):
    # The username as typed (never the password: Django already masks it in ``credentials``).
    username = str(credentials.get("username", ""))[:150]
    record(AuditAction.LOGIN_FAILED, request=request, username=username, result=AuditResult.FAILURE)
