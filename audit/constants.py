from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.TextChoices):
    LOGIN = "login", _("signed in")
    LOGIN_FAILED = "login_failed", _("sign-in failed")
    LOGOUT = "logout", _("signed out")
    LOCKOUT = "lockout", _("account locked after failed sign-ins")
    UNLOCK = "unlock", _("lock lifted")
    OTP_FAILED = "otp_failed", _("wrong verification code")
    OTP_DEVICE_ADDED = "otp_device_added", _("two-factor authentication set up")
    OTP_DEVICE_REMOVED = "otp_device_removed", _("two-factor authentication removed")
    BACKUP_CODES = "backup_codes", _("backup codes made")
    SESSIONS_ENDED = "sessions_ended", _("other sessions ended")
    ACCOUNT_DEACTIVATED = "account_deactivated", _("account deactivated")
    PASSWORD_CHANGED = "password_changed", _("password changed")
    TOKEN_CREATED = "token_created", _("API token made")
    TOKEN_USED = "token_used", _("API token used")
    TOKEN_REVOKED = "token_revoked", _("API token revoked")
    DENIED = "denied", _("access refused")
    RATE_LIMITED = "rate_limited", _("too many requests")
    EXPORT = "export", _("export or download")
    SUBJECT_EXPORT = "subject_export", _("data subject export")
    PURGED = "purged", _("removed after its retention period")


class AuditResult(models.TextChoices):
    SUCCESS = "success", _("succeeded")
    FAILURE = "failure", _("failed")
    DENIED = "denied", _("refused")
