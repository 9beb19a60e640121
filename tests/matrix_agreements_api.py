"""The matrix rows of the agreements-card API (/api/v1/agreement-cards/).

The world's network (tests/roles.py) has version 1 of its card adopted (``card_adopted``) and version 2 a draft
(``card_concept``); every organisation of the network has a column except care (an "other" partner): CARD_COLUMNS.
Every member of the network reads every version (IN_NETWORK); the operator and the other network get 404, as for a
card that does not exist. Only the network coordinator starts a version; an organisation's own members write its
column and give its agreement; a member of the network without a column gets 403.

Bodies are empty, so no row changes the world: a 400 shows the caller passed the permission check and reached
validation. Starting a version answers the coordinator 400 (version 2 is still in the making); an empty PUT of the
answers misses all four; an agreement on a draft is refused because the draft is not awaiting agreement."""

from tests.matrix_base import ANON_API, Endpoint, expect
from tests.roles import CARD_COLUMNS, IN_NETWORK

COORDINATOR = "network_coordinator"

# Every signed-in user; the operator and the other network see their own (empty, or the other network's) list.
EVERYONE = expect(200, anonymous=ANON_API)
# A status that does not exist: a validation error of the filter, for everyone signed in.
BAD_FILTER = expect(400, anonymous=ANON_API)
# Starting a version: the coordinator reaches the service (a version is open: 400); anybody else 403.
COORDINATOR_WRITE_INVALID = expect(403, anonymous=ANON_API, **{COORDINATOR: 400})
# A version of the network: read by its members; 404 for everybody else.
NETWORK_READS = expect(404, anonymous=ANON_API, **dict.fromkeys(IN_NETWORK, 200))
# Writing a column or agreeing: organisations with a column reach validation (400); care, without one, gets 403.
COLUMN_WRITE_INVALID = NETWORK_READS | dict.fromkeys(IN_NETWORK, 403) | dict.fromkeys(CARD_COLUMNS, 400)
# Only adopted versions have a PDF.
NO_PDF = expect(404, anonymous=ANON_API)


def _adopted(world, suffix=""):
    return f"/api/v1/agreement-cards/{world.objects['card_adopted'].id}/{suffix}"


def _concept(world, suffix=""):
    return f"/api/v1/agreement-cards/{world.objects['card_concept'].id}/{suffix}"


API_AGREEMENT_ENDPOINTS = [
    Endpoint("api/v1/agreement-cards/", "get", "/api/v1/agreement-cards/", EVERYONE),
    Endpoint("api/v1/agreement-cards/", "get", "/api/v1/agreement-cards/?status=vastgesteld", EVERYONE),
    Endpoint("api/v1/agreement-cards/", "get", "/api/v1/agreement-cards/?status=signed", BAD_FILTER),
    Endpoint("api/v1/agreement-cards/", "post", "/api/v1/agreement-cards/", COORDINATOR_WRITE_INVALID),
    Endpoint("api/v1/agreement-cards/<uuid:pk>/", "get", _adopted, NETWORK_READS),
    Endpoint("api/v1/agreement-cards/<uuid:pk>/", "get", _concept, NETWORK_READS),
    Endpoint(
        "api/v1/agreement-cards/<uuid:pk>/answers/", "put", lambda w: _concept(w, "answers/"), COLUMN_WRITE_INVALID
    ),
    Endpoint(
        "api/v1/agreement-cards/<uuid:pk>/approve/", "post", lambda w: _concept(w, "approve/"), COLUMN_WRITE_INVALID
    ),
    Endpoint("api/v1/agreement-cards/<uuid:pk>/pdf/", "get", lambda w: _adopted(w, "pdf/"), NETWORK_READS),
    Endpoint("api/v1/agreement-cards/<uuid:pk>/pdf/", "get", lambda w: _concept(w, "pdf/"), NO_PDF),
]
