"""Permission-matrix rows of retention (see tests/matrix.py): the coordinators (the youth-work team lead and the
network coordinator) see what will be removed soon; only the network coordinator sets the periods. Every other
signed-in role gets 404."""

from tests.matrix_base import Endpoint, only

COORDINATORS = ["coordinator", "network_coordinator"]
NETWORK_COORDINATOR = ["network_coordinator"]

HTML_RETENTION_ENDPOINTS = [
    Endpoint("bewaartermijnen/", "get", "/bewaartermijnen/", only(200, COORDINATORS)),
    Endpoint("bewaartermijnen/wijzigen/", "get", "/bewaartermijnen/wijzigen/", only(200, NETWORK_COORDINATOR)),
    # Nothing posted is an error on the form (400), not a 500; for anybody else the page does not exist.
    Endpoint("bewaartermijnen/wijzigen/", "post", "/bewaartermijnen/wijzigen/", only(400, NETWORK_COORDINATOR)),
]
