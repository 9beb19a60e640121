"""Writing the security audit log: ``record(...)`` from anywhere. One insert, no content (audit/models.py)."""

from __future__ import annotations

import ipaddress

from django.core.cache import cache

from .constants import AuditAction, AuditResult
from .models import AuditEvent


def current_request():
    """The request being handled in this thread, as simple-history's middleware keeps it (None in a Celery task)."""
    from simple_history.models import HistoricalRecords

    return getattr(HistoricalRecords.context, "request", None)


def client_ip(request) -> str | None:
    """The client's address, decided in one place for the audit log, the rate limits (DRF's ``NUM_PROXIES``: the
    address the nearest trusted proxy put in X-Forwarded-For, else REMOTE_ADDR) and django-axes
    (``AXES_CLIENT_IP_CALLABLE``). Something that is not an address gives None rather than a made-up value."""
    if request is None:
        return None
    from rest_framework.throttling import BaseThrottle

    candidate = BaseThrottle().get_ident(getattr(request, "_request", request)) or ""
    try:
        return str(ipaddress.ip_address(candidate.strip()))
    except ValueError:
        return None


def _object_fields(obj) -> tuple[str, str]:
    if obj is None:
        return "", ""
    if isinstance(obj, tuple):
        return str(obj[0])[:64], str(obj[1])[:64]
    return obj._meta.label_lower, str(obj.pk)


def record(
    action: AuditAction | str,
    *,
    request=None,
    user=None,
    username: str = "",
    organisation=None,
    obj=None,
    result: AuditResult | str = AuditResult.SUCCESS,
    detail: str = "",
) -> AuditEvent:
    """Insert one audit event. ``user`` defaults to the request's signed-in user; ``organisation`` to that user's
    organisation; ``obj`` is a model instance or a ``(type, id)`` pair. ``detail`` is a short code-like fact (a
    format, a count), never text a user typed."""
    from partners.visibility import membership_of

    if request is None:
        request = current_request()
    # A DRF request authenticates when its ``user`` is read: read the Django request's (session) user instead, so
    # that recording from inside an authenticator does not authenticate again.
    request = getattr(request, "_request", request)
    if user is None and request is not None:
        candidate = getattr(request, "user", None)
        if candidate is not None and candidate.is_authenticated:
            user = candidate
    if user is None and username:
        # A failed sign-in or a lockout of an existing account is that account's event: its organisation's
        # coordinators see attempts on their colleagues' accounts. A username nobody has stays only a username.
        from partners.authentication import MEMBERSHIP
        from partners.models import User

        user = User._default_manager.select_related(MEMBERSHIP).filter(username=username).first()
    if organisation is None and user is not None:
        membership = membership_of(user)
        organisation = membership.organisation if membership is not None else None
    object_type, object_id = _object_fields(obj)
    return AuditEvent.objects.create(
        user_id=user.pk if user is not None else None,
        username=(user.get_username() if user is not None else username)[:150],
        organisation_id=organisation.pk if organisation is not None else None,
        organisation_name=organisation.name[:200] if organisation is not None else "",
        action=action,
        result=result,
        object_type=object_type,
        object_id=object_id,
        ip=client_ip(request),
        detail=detail[:200],
    )


def record_once_per(seconds: int, key: str, action, **kwargs) -> AuditEvent | None:
    """``record`` at most once per ``seconds`` for ``key`` (an API token's use is logged hourly, not per request)."""
    if not cache.add(f"audit:once:{key}", 1, timeout=seconds):
        return None
    return record(action, **kwargs)
