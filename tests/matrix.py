"""Every URL of the product × every role: the expected status. Each new endpoint is added here; the matrix test
fails for a URL pattern that is missing (docs/authorization.md explains the rules)."""

from dataclasses import dataclass

from tests.roles import ROLES

ANON_HTML = 302  # to the login page
ANON_API = 401  # token authentication comes first, so DRF answers 401 with WWW-Authenticate: Token

ALL_AUTHENTICATED = [r for r in ROLES if r != "anonymous"]
NETWORK_MEMBERS = ["member", "coordinator", "police_summary", "school_none", "network_coordinator"]


def expect(default: int, anonymous: int | None = None, **overrides: int) -> dict[str, int]:
    table = dict.fromkeys(ROLES, default)
    if anonymous is not None:
        table["anonymous"] = anonymous
    table.update(overrides)
    return table


@dataclass(frozen=True)
class Endpoint:
    pattern: str  # the URL pattern's route, to check the matrix is complete
    method: str
    path: object  # str, or a function of the World giving the path
    expected: dict

    def resolve(self, world) -> str:
        return self.path(world) if callable(self.path) else self.path


ENDPOINTS = [
    Endpoint("", "get", "/", expect(200, anonymous=ANON_HTML)),
    Endpoint("accounts/login/", "get", "/accounts/login/", expect(302, anonymous=200)),
    Endpoint("accounts/logout/", "post", "/accounts/logout/", expect(200)),
    Endpoint("accounts/profile/", "get", "/accounts/profile/", expect(200, anonymous=ANON_HTML)),
    Endpoint("partners/rollen/", "get", "/partners/rollen/", expect(200, anonymous=ANON_HTML)),
    Endpoint("i18n/setlang/", "post", "/i18n/setlang/", expect(302)),
    Endpoint("api/v1/me/", "get", "/api/v1/me/", expect(200, anonymous=ANON_API)),
    Endpoint("api/v1/organisations/", "get", "/api/v1/organisations/", expect(200, anonymous=ANON_API)),
    Endpoint(
        "api/v1/organisations/<uuid:pk>/",
        "get",
        lambda w: f"/api/v1/organisations/{w.objects['police'].id}/",
        expect(200, anonymous=ANON_API, operator=404, other_network=404),
    ),
    Endpoint("api/schema/", "get", "/api/schema/", expect(200, anonymous=ANON_API)),
    Endpoint("api/docs/", "get", "/api/docs/", expect(200, anonymous=ANON_HTML)),
    Endpoint("admin/", "get", "/admin/", expect(302, operator=200)),
]

# URL patterns that are not ours to test here (Django admin's own views, static files).
IGNORED_PREFIXES = ("admin/", "static/", "media/")
