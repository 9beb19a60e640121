"""Every URL of the product × every role: the expected status. Each new endpoint is added here (or in the
module's own matrix file below); the matrix test fails for a URL pattern that is missing (docs/authorization.md)."""

from tests.matrix_accounts_html import HTML_ACCOUNT_ENDPOINTS
from tests.matrix_aftercare_api import API_AFTERCARE_ENDPOINTS
from tests.matrix_aftercare_html import HTML_AFTERCARE_ENDPOINTS
from tests.matrix_agreements_api import API_AGREEMENT_ENDPOINTS
from tests.matrix_agreements_html import HTML_AGREEMENT_ENDPOINTS
from tests.matrix_audit_html import HTML_AUDIT_ENDPOINTS
from tests.matrix_base import ANON_API, ANON_HTML, Endpoint, expect
from tests.matrix_interventions_api import API_INTERVENTION_ENDPOINTS
from tests.matrix_interventions_html import HTML_INTERVENTION_ENDPOINTS
from tests.matrix_overview_html import HTML_OVERVIEW_ENDPOINTS
from tests.matrix_privacy_html import HTML_PRIVACY_ENDPOINTS
from tests.matrix_retention_html import HTML_RETENTION_ENDPOINTS
from tests.matrix_riskcalendar_api import API_RISK_ENDPOINTS
from tests.matrix_riskcalendar_html import HTML_RISK_ENDPOINTS
from tests.matrix_signals_api import API_SIGNAL_ENDPOINTS
from tests.matrix_signals_html import HTML_SIGNAL_ENDPOINTS

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


def _police_notification(world):
    """A notification of the police member (the share at summary level told them); only they may open it."""
    from notifications.models import Notification

    return Notification.objects.filter(recipient=world.users["police_summary"]).first()


ENDPOINTS += [
    Endpoint("meldingen/", "get", "/meldingen/", expect(200, anonymous=ANON_HTML)),
    Endpoint("meldingen/gelezen/", "post", "/meldingen/gelezen/", expect(302)),
    Endpoint(
        "meldingen/<uuid:pk>/",
        "get",
        lambda w: f"/meldingen/{_police_notification(w).pk}/",
        expect(404, anonymous=ANON_HTML, police_summary=302),
    ),
]

ENDPOINTS += API_SIGNAL_ENDPOINTS + HTML_SIGNAL_ENDPOINTS
ENDPOINTS += API_INTERVENTION_ENDPOINTS + HTML_INTERVENTION_ENDPOINTS
ENDPOINTS += API_RISK_ENDPOINTS + HTML_RISK_ENDPOINTS
ENDPOINTS += API_AGREEMENT_ENDPOINTS + HTML_AGREEMENT_ENDPOINTS
ENDPOINTS += API_AFTERCARE_ENDPOINTS + HTML_AFTERCARE_ENDPOINTS
ENDPOINTS += HTML_OVERVIEW_ENDPOINTS
ENDPOINTS += HTML_ACCOUNT_ENDPOINTS
ENDPOINTS += HTML_AUDIT_ENDPOINTS
ENDPOINTS += HTML_RETENTION_ENDPOINTS
ENDPOINTS += HTML_PRIVACY_ENDPOINTS

# URL patterns that are not ours to test here (Django admin's own views, static files).
IGNORED_PREFIXES = ("admin/", "static/", "media/")
