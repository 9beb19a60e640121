"""Permission-matrix rows of the security audit log (see tests/matrix.py): an organisation's coordinators read
their own organisation's log; every other signed-in role gets 404."""

from tests.matrix_base import Endpoint, only

COORDINATORS = ["coordinator", "network_coordinator"]

HTML_AUDIT_ENDPOINTS = [
    Endpoint("beveiligingslog/", "get", "/beveiligingslog/", only(200, COORDINATORS)),
    Endpoint("beveiligingslog/", "get", "/beveiligingslog/?action=login&van=2026-01-01", only(200, COORDINATORS)),
    # An end before the start, or an event that does not exist, is an error on the filter form, not a 500.
    Endpoint("beveiligingslog/", "get", "/beveiligingslog/?van=2027-01-01&tot=2026-01-01", only(400, COORDINATORS)),
    Endpoint("beveiligingslog/", "get", "/beveiligingslog/?action=onzin", only(400, COORDINATORS)),
]
