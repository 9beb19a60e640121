"""Permission-matrix rows of the network overview (issue 11; see tests/matrix.py).

The overview is for coordinators: the youth-work team lead (``coordinator``) and the OOV network coordinator
(``network_coordinator``). Everyone else gets 404, as for a page that does not exist; the CSV of a chart answers the
same. A bad filter is a 400 with its message on the form (the CSV: the message as text), never a 500. The start page
("") is in tests/matrix.py."""

from tests.matrix_base import ANON_HTML, Endpoint, expect, only

COORDINATORS = ["coordinator", "network_coordinator"]

HTML_OVERVIEW_ENDPOINTS = [
    Endpoint("overzicht/", "get", "/overzicht/", only(200, COORDINATORS)),
    Endpoint("overzicht/", "get", "/overzicht/?weeks=52", only(200, COORDINATORS)),
    Endpoint("overzicht/", "get", "/overzicht/?van=2026-01-01&tot=2026-06-30", only(200, COORDINATORS)),
    Endpoint("overzicht/", "get", "/overzicht/?weeks=7&van=gisteren", only(400, COORDINATORS)),
    Endpoint("overzicht/", "get", "/overzicht/?van=2026-05-01&tot=2026-04-01", only(400, COORDINATORS)),
    Endpoint("overzicht/", "get", "/overzicht/?format=csv&chart=platforms", only(200, COORDINATORS)),
    Endpoint("overzicht/", "get", "/overzicht/?format=csv&chart=risico&weeks=4", only(200, COORDINATORS)),
    Endpoint("overzicht/", "get", "/overzicht/?format=csv&chart=platforms&weeks=x", only(400, COORDINATORS)),
    Endpoint("overzicht/", "get", "/overzicht/?format=csv&chart=geheim", expect(404, anonymous=ANON_HTML)),
]
