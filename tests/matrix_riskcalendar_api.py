"""The matrix rows of the risk calendar API (/api/v1/risk-events/).

The world's entry (tests/roles.py) is kept by the OOV organisation of ``network_coordinator`` and read by youth work
(``member``, ``coordinator``): SEES_RISK_EVENT. Only members of an OOV organisation create entries; the keeping
organisation alone changes and removes them. Seeing nothing answers 404; writing where one may only read answers 403.
Bodies are empty: a 400 shows the caller passed the permission check and reached validation; an empty PATCH changes
nothing and answers 200."""

from tests.matrix_base import ANON_API, Endpoint, expect
from tests.roles import SEES_RISK_EVENT

KEEPER = "network_coordinator"

# Every authenticated user; operators (no membership) and the other network see empty lists.
EVERYONE = expect(200, anonymous=ANON_API)
# A period that ends before it starts: a validation error of the filter, for everyone signed in.
BAD_FILTER = expect(400, anonymous=ANON_API)
# Creating: the OOV coordinator reaches validation (an empty body); every other member and the operator get 403.
OOV_WRITE_INVALID = expect(403, anonymous=ANON_API, **{KEEPER: 400})
# The entry: its keeper and its readers see it; everybody else gets 404, as for an entry that does not exist.
READERS = expect(404, anonymous=ANON_API, **dict.fromkeys(SEES_RISK_EVENT, 200))
# Changing it: the keeper; readers get 403.
KEEPER_WRITES = READERS | {role: 403 for role in SEES_RISK_EVENT if role != KEEPER}
KEEPER_REMOVES = KEEPER_WRITES | {KEEPER: 204}


def _entry(world):
    return f"/api/v1/risk-events/{world.objects['risk_event'].id}/"


def _spare_entry(world):
    # The world's second entry (kept by OOV, read by youth work like the first), so that removing it leaves the
    # world's entry to the rows that follow in tests/matrix.py (the risk calendar pages).
    return f"/api/v1/risk-events/{world.objects['spare_risk_event'].id}/"


API_RISK_ENDPOINTS = [
    Endpoint("api/v1/risk-events/", "get", "/api/v1/risk-events/", EVERYONE),
    Endpoint(
        "api/v1/risk-events/",
        "get",
        "/api/v1/risk-events/?start=2000-01-01&end=2100-12-31&area=noord&kind=incident&risk_level=high",
        EVERYONE,
    ),
    Endpoint("api/v1/risk-events/", "get", "/api/v1/risk-events/?start=2030-01-02&end=2030-01-01", BAD_FILTER),
    Endpoint("api/v1/risk-events/", "post", "/api/v1/risk-events/", OOV_WRITE_INVALID),
    Endpoint("api/v1/risk-events/<uuid:pk>/", "get", _entry, READERS),
    Endpoint("api/v1/risk-events/<uuid:pk>/", "patch", _entry, KEEPER_WRITES),
    # Last: it removes an entry (the spare one).
    Endpoint("api/v1/risk-events/<uuid:pk>/", "delete", _spare_entry, KEEPER_REMOVES),
]
