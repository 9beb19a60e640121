"""Permission-matrix rows of the data subject request (AVG art. 15, privacy/urls.py): the form, the result page and
the two downloads are for an organisation's coordinator (team lead) only — in the world youth work's coordinator and
the OOV coordinator, who is the network coordinator. Everybody else, the platform operator too, gets 404; anonymous
the login page.

Bodies are empty: the form that fails validation shows the page again with its message (400), the downloads too."""

from tests.matrix_base import Endpoint, only

COORDINATORS = ["coordinator", "network_coordinator"]

HTML_PRIVACY_ENDPOINTS = [
    Endpoint("privacy/inzage/", "get", "/privacy/inzage/", only(200, COORDINATORS)),
    Endpoint("privacy/inzage/", "post", "/privacy/inzage/", only(400, COORDINATORS)),
    Endpoint("privacy/inzage/json/", "get", "/privacy/inzage/json/", only(405, COORDINATORS)),
    Endpoint("privacy/inzage/json/", "post", "/privacy/inzage/json/", only(400, COORDINATORS)),
    Endpoint("privacy/inzage/pdf/", "get", "/privacy/inzage/pdf/", only(405, COORDINATORS)),
    Endpoint("privacy/inzage/pdf/", "post", "/privacy/inzage/pdf/", only(400, COORDINATORS)),
]
