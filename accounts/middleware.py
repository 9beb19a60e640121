"""Session limits and two-factor authentication before anything else (docs/security.md, "Authentication")."""

import time
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from . import services
from .models import UserSession

# Move the session's expiry on at most this often: one write a minute instead of one per request.
TOUCH_SECONDS = 60


class SessionLimitsMiddleware:
    """The idle timeout is Django's own session expiry (SESSION_COOKIE_AGE), moved on while the user is active; the
    absolute lifetime (SAMEN_DUIDEN_SESSION_MAX_HOURS) counts from the sign-in and ends the session whatever
    happens."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        login_at = session.get(services.LOGIN_AT) if session is not None else None
        if login_at is not None:
            now = int(time.time())
            max_seconds = settings.SAMEN_DUIDEN_SESSION_MAX_HOURS * 60 * 60
            if max_seconds and now - login_at >= max_seconds:
                logout(request)
                messages.info(
                    request,
                    _("You were signed in for %(hours)d hours: sign in again to go on.")
                    % {"hours": settings.SAMEN_DUIDEN_SESSION_MAX_HOURS},
                )
            elif now - session.get(services.SEEN_AT, 0) >= TOUCH_SECONDS:
                session[services.SEEN_AT] = now  # saving the session moves its expiry on
                if session.session_key:
                    UserSession.objects.filter(session_key=session.session_key).update(last_seen=timezone.now())
        return self.get_response(request)


# Machine answers (JSON) rather than a redirect; the API docs page is a page for people.
API_PREFIXES = ("/api/v1/", "/api/schema/")

# Pages a signed-in user without a verified second step may still open.
EXEMPT_VIEWS = {"login", "logout", "set_language", "accounts:login_code", "accounts:otp_setup"}


class TwoFactorMiddleware:
    """A session user who has a device but has not entered a code, or who has no device while the setting
    SAMEN_DUIDEN_REQUIRE_2FA asks for one, sees only the code step or the setup page. API calls with a token are not
    session calls and are not affected; a session call to the API answers 403."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        match = request.resolver_match
        if match is not None and match.view_name in EXEMPT_VIEWS:
            return None
        has_device = request.session.get(services.HAS_DEVICE, False)
        if not (has_device or settings.SAMEN_DUIDEN_REQUIRE_2FA) or user.is_verified():
            return None
        if request.path.startswith(API_PREFIXES):
            return JsonResponse(
                {"detail": _("Two-factor authentication is needed first: sign in with your code in the browser.")},
                status=403,
            )
        target = reverse("accounts:login_code" if has_device else "accounts:otp_setup")
        return redirect(f"{target}?next={quote(request.get_full_path())}")
