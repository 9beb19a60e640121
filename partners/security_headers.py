"""Response headers that keep case data out of caches and browsers' reach (issue #9).

Runs after WhiteNoise in MIDDLEWARE, so static files (served by WhiteNoise before this point) keep their long cache
lifetime; everything else passes here. The security headers Django itself sets (HSTS, nosniff, Referrer-Policy,
X-Frame-Options, Cross-Origin-Opener-Policy) come from SecurityMiddleware and XFrameOptionsMiddleware, the
Content-Security-Policy from django-csp.
"""

from django.conf import settings

API_PREFIX = "/api/"


def holds_case_data(request, response) -> bool:
    """Every response to a signed-in user, every API response (also a 401 or a schema) and every response a view
    already marked private (the calendar feed, whose key is its credential)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    if request.path_info.startswith(API_PREFIX):
        return True
    return "private" in response.get("Cache-Control", "") or "no-store" in response.get("Cache-Control", "")


class SecurityHeadersMiddleware:
    """``Cache-Control: no-store, private`` on responses that may hold case data (no copy on disk in the browser, a
    shared computer's back button or a proxy), and the Permissions-Policy header on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if holds_case_data(request, response):
            # Replaces whatever a view set (max-age, no-cache): no-store says it all.
            response.headers["Cache-Control"] = "no-store, private"
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy:
            response.headers.setdefault("Permissions-Policy", policy)
        return response
