"""Abuse limits on the Redis cache (issue #9): the API's throttles and the same limit for plain Django views.

A fixed window per caller and scope, counted with one atomic ``incr`` on the shared cache (Redis in production and
tests; every gunicorn worker counts in the same place). The rates are read from ``REST_FRAMEWORK
["DEFAULT_THROTTLE_RATES"]`` on every request, so the environment sets them (config/settings/base.py) and a test can
change them with ``override_settings``. Login is limited elsewhere (django-axes).

- ``user``: every API request of a signed-in caller (token or session), per user.
- ``anon``: API requests that reach the throttles without a user, per address.
- ``exports``: PDFs, downloads and exports, per user, in the API (``throttle_scope = "exports"``) and in the HTML
  views (``@rate_limited("exports")``), one bucket for both.
- ``token_failures``: wrong API tokens per address (``FailureLimit``, partners/authentication.py); DRF checks
  credentials before its throttles, so the ``anon`` limit never sees them.
"""

import hashlib
import math
import time
from functools import wraps

from django.core.cache import cache
from django.shortcuts import render
from rest_framework import exceptions, throttling
from rest_framework.settings import api_settings

from audit.audit import client_ip

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str | None) -> tuple[int, int] | None:
    """``"60/hour"`` → ``(60, 3600)``; None or empty: no limit."""
    if not rate:
        return None
    number, period = rate.split("/")
    return int(number), PERIODS[period.strip()[0]]


def rate_for(scope: str) -> tuple[int, int] | None:
    return parse_rate(api_settings.DEFAULT_THROTTLE_RATES.get(scope))


def _window_key(scope: str, ident: str, period: int, now: float) -> str:
    # Hashed: a feed key (a credential) is not kept in the cache, and any text makes a valid cache key.
    digest = hashlib.sha256(ident.encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}:{period}:{int(now // period)}"


def _retry_after(period: int, now: float) -> int:
    """Seconds until the current window ends."""
    return max(1, math.ceil((int(now // period) + 1) * period - now))


def _count(key: str, period: int) -> int:
    """One more in the window's counter; the count so far. add() is atomic (SET NX): the first request of a window
    creates the counter with its lifetime, the others increment it."""
    if cache.add(key, 1, timeout=period + 1):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=period + 1)
        return 1


class WindowThrottle(throttling.BaseThrottle):
    """A fixed-window counter: at most N requests per period and caller. ``scope`` names the rate."""

    scope: str = ""

    def __init__(self, scope: str | None = None):
        if scope:
            self.scope = scope
        self.retry_after: int | None = None

    def ident(self, request, view) -> str | None:
        """Who is counted; None: this throttle does not apply."""
        raise NotImplementedError

    def allow_request(self, request, view) -> bool:
        rate = rate_for(self.scope)
        ident = self.ident(request, view)
        if rate is None or ident is None:
            return True
        limit, period = rate
        now = time.time()
        if _count(_window_key(self.scope, ident, period, now), period) > limit:
            self.retry_after = _retry_after(period, now)
            return False
        return True

    def wait(self):
        return self.retry_after


class UserRateThrottle(WindowThrottle):
    scope = "user"

    def ident(self, request, view):
        user = getattr(request, "user", None)
        return str(user.pk) if user is not None and user.is_authenticated else None


class AnonRateThrottle(WindowThrottle):
    scope = "anon"

    def ident(self, request, view):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return None
        return client_ip(request) or "unknown"


def caller(request) -> str:
    """The signed-in user, or else the address."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return str(user.pk)
    return f"addr-{client_ip(request) or 'unknown'}"


class ScopedRateThrottle(WindowThrottle):
    """The view's ``throttle_scope`` (e.g. ``"exports"``), per user (per address without one). No scope: no limit."""

    def allow_request(self, request, view):
        self.scope = getattr(view, "throttle_scope", "") or ""
        if not self.scope:
            return True
        return super().allow_request(request, view)

    def ident(self, request, view):
        return caller(request)


class _ViewThrottle(WindowThrottle):
    def __init__(self, scope: str, ident: str):
        super().__init__(scope)
        self._ident = ident

    def ident(self, request, view):
        return self._ident


class FailureLimit:
    """Failed attempts per address (wrong API tokens): over the limit, the address is refused before its next
    attempt is checked at all, so a guess that happens to be right is refused too. Rate scope ``token_failures``."""

    def __init__(self, request, scope: str = "token_failures"):
        self.rate = rate_for(scope)
        self.now = time.time()
        if self.rate is not None:
            address = client_ip(request) or "unknown"
            self.key = _window_key(scope, address, self.rate[1], self.now)

    def check(self) -> None:
        """Raise DRF's 429 when the address has used up its failures in this window."""
        if self.rate is not None and (cache.get(self.key) or 0) >= self.rate[0]:
            raise exceptions.Throttled(wait=_retry_after(self.rate[1], self.now))

    def add(self) -> None:
        if self.rate is not None:
            _count(self.key, self.rate[1])


def check_scope(request, scope: str) -> None:
    """Count one request of ``scope`` in an API view where only some answers are exports (the evaluation report:
    polling while it is made is free, the PDF counts). Over the limit: DRF's 429."""
    throttle = _ViewThrottle(scope, caller(request))
    if not throttle.allow_request(request, None):
        raise exceptions.Throttled(wait=throttle.wait())


def rate_limited(scope: str, *, key=None):
    """The same limit for a plain Django view: over it, a 429 page in the user's language with Retry-After.
    ``key(request, **kwargs)`` names who is counted when that is not the caller (the calendar feed: its key)."""

    def decorator(view_func):
        @wraps(view_func)
        def wrapped(request, *args, **kwargs):
            ident = key(request, **kwargs) if key is not None else caller(request)
            throttle = _ViewThrottle(scope, ident)
            if not throttle.allow_request(request, view_func):
                wait = throttle.wait()
                response = render(request, "429.html", {"minutes": math.ceil(wait / 60)}, status=429)
                response["Retry-After"] = str(wait)
                return response
            return view_func(request, *args, **kwargs)

        return wrapped

    return decorator
