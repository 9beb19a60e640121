"""Sign-in security: sessions, two-factor devices and backup codes. Every change is recorded in the audit log."""

from __future__ import annotations

import datetime as dt
import time
from importlib import import_module

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.audit import record
from audit.constants import AuditAction, AuditResult

from .models import UserSession

# Session keys (all under one prefix, so a reader sees they belong together).
LOGIN_AT = "sd_login_at"  # when the user signed in (epoch seconds): the absolute lifetime counts from here
SEEN_AT = "sd_seen_at"  # when the session's expiry was last moved on (idle timeout)
HAS_DEVICE = "sd_has_device"  # the user had two-factor authentication when this session signed in
PENDING = "sd_pending"  # password step passed, code step to come: {"user": id, "backend": path, "at": epoch}

BACKUP_CODE_COUNT = 10
PENDING_SECONDS = 5 * 60


def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def device_label(user_agent: str) -> str:
    """A short, recognisable name for the browser and system of a session (no version numbers, no full string)."""
    ua = user_agent or ""
    browser = next(
        (
            name
            for marker, name in (
                ("Edg/", "Edge"),
                ("Firefox/", "Firefox"),
                ("Chrome/", "Chrome"),
                ("Chromium/", "Chromium"),
                ("Safari/", "Safari"),
            )
            if marker in ua
        ),
        "",
    )
    system = next(
        (
            name
            for marker, name in (
                ("Android", "Android"),
                ("iPhone", "iOS"),
                ("iPad", "iPadOS"),
                ("Windows", "Windows"),
                ("Mac OS X", "macOS"),
                ("Linux", "Linux"),
            )
            if marker in ua
        ),
        "",
    )
    return " / ".join(part for part in (browser, system) if part)[:100]


def session_started(request, user) -> None:
    """At sign-in (after Django cycled the session key): remember when, whether the user has a device, and the row
    that lets the user end this session from another one."""
    now = int(time.time())
    session = request.session
    session[LOGIN_AT] = now
    session[SEEN_AT] = now
    session[HAS_DEVICE] = has_confirmed_device(user)
    if session.session_key is None:
        session.save()
    idle_limit = timezone.now() - dt.timedelta(seconds=settings.SESSION_COOKIE_AGE)
    UserSession.objects.filter(user=user, last_seen__lt=idle_limit).delete()  # ended by the idle timeout
    UserSession.objects.update_or_create(
        session_key=session.session_key,
        defaults={
            "user": user,
            "created_at": timezone.now(),
            "last_seen": timezone.now(),
            "device": device_label(request.META.get("HTTP_USER_AGENT", "")),
        },
    )


def session_ended(request) -> None:
    key = request.session.session_key
    if key:
        UserSession.objects.filter(session_key=key).delete()


def end_sessions(user, *, keep_key: str | None = None) -> int:
    """End every session of ``user`` except the one with ``keep_key``; returns how many were ended."""
    rows = UserSession.objects.filter(user=user)
    if keep_key:
        rows = rows.exclude(session_key=keep_key)
    keys = list(rows.values_list("session_key", flat=True))
    store = _session_store()
    for key in keys:
        store().delete(key)
    UserSession.objects.filter(session_key__in=keys).delete()
    return len(keys)


def end_other_sessions(request, *, reason: str = "user") -> int:
    count = end_sessions(request.user, keep_key=request.session.session_key)
    record(AuditAction.SESSIONS_ENDED, request=request, obj=request.user, detail=f"{reason}:{count}")
    return count


def account_deactivated(user, *, request=None) -> None:
    """Everything that signs the user in ends: sessions, the API token and the calendar feed address."""
    from rest_framework.authtoken.models import Token

    from riskcalendar.models import CalendarFeedToken

    sessions = end_sessions(user)
    tokens, _rows = Token.objects.filter(user=user).delete()
    feeds, _rows = CalendarFeedToken.objects.filter(user=user).delete()
    record(AuditAction.ACCOUNT_DEACTIVATED, request=request, obj=user, detail=f"tokens:{tokens} feeds:{feeds}")
    record(AuditAction.SESSIONS_ENDED, request=request, obj=user, detail=f"deactivated:{sessions}")


# --- two-factor authentication --------------------------------------------------------------------------------


def has_confirmed_device(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def totp_device_for_setup(user) -> TOTPDevice:
    """The unconfirmed device whose key the setup page shows (the same one until it is confirmed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="app", confirmed=False)
    return device


def normalise_code(value: str) -> str:
    return "".join((value or "").split()).replace("-", "").lower()


def verify_code(user, code: str, *, confirmed: bool = True):
    """The device that accepts ``code`` (an app code or an unused backup code), or None. Wrong codes slow the device
    down (django-otp's throttling doubles the wait after each failure)."""
    code = normalise_code(code)
    if not code:
        return None
    for model in (TOTPDevice, StaticDevice):
        for device in model.objects.filter(user=user, confirmed=confirmed):
            if device.verify_token(code):
                return device
    return None


def throttled_seconds(user) -> int:
    """How long the user must wait before another code is tried (0: not throttled)."""
    wait = 0
    now = timezone.now()
    for model in (TOTPDevice, StaticDevice):
        for device in model.objects.filter(user=user, confirmed=True):
            allowed, data = device.verify_is_allowed()
            if not allowed and data and data.get("locked_until"):
                wait = max(wait, int((data["locked_until"] - now).total_seconds()) + 1)
    return wait


def code_failed(request, user) -> None:
    record(AuditAction.OTP_FAILED, request=request, user=user, result=AuditResult.FAILURE)


def _make_backup_codes(user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="backup", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def totp_confirm(request, device: TOTPDevice) -> list[str]:
    """The user entered a right code from their new app: the device counts, backup codes are made (shown once), this
    session is verified and the user's other sessions end."""
    user = request.user
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = _make_backup_codes(user)
    otp_login(request, device)
    request.session[HAS_DEVICE] = True
    record(AuditAction.OTP_DEVICE_ADDED, request=request, obj=device)
    record(AuditAction.BACKUP_CODES, request=request, obj=user, detail=f"count:{len(codes)}")
    end_other_sessions(request, reason="otp_added")
    return codes


@transaction.atomic
def backup_codes_renew(request) -> list[str]:
    codes = _make_backup_codes(request.user)
    record(AuditAction.BACKUP_CODES, request=request, obj=request.user, detail=f"count:{len(codes)}")
    return codes


@transaction.atomic
def two_factor_remove(request) -> None:
    user = request.user
    removed, _rows = TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    request.session.pop(DEVICE_ID_SESSION_KEY, None)
    request.session[HAS_DEVICE] = False
    record(AuditAction.OTP_DEVICE_REMOVED, request=request, obj=user, detail=f"devices:{removed}")
    end_other_sessions(request, reason="otp_removed")


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
