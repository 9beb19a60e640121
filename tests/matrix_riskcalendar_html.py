"""Permission-matrix rows of the risk calendar pages and the calendar feed (see tests/matrix.py).

The world's entry (tests/roles.py) is kept by the OOV organisation of ``network_coordinator`` and seen by youth work
(``member``, ``coordinator``); nobody else sees it. Only members of an OOV organisation add entries; only the keeping
organisation changes or removes one; everyone else gets 404, as for an entry that does not exist. The calendar views
answer every signed-in user, with what their organisation sees (nothing for an operator). The feed needs no session:
its key is the credential, so it answers the same to every caller, and 404 for a key that does not exist."""

from tests.matrix_base import ANON_HTML, Endpoint, expect, only
from tests.roles import SEES_RISK_EVENT

KEEPER = ["network_coordinator"]


def _event(world) -> str:
    return f"/risicokalender/{world.objects['risk_event'].pk}/"


HTML_RISK_ENDPOINTS = [
    Endpoint("risicokalender/", "get", "/risicokalender/", expect(200, anonymous=ANON_HTML)),
    Endpoint(
        "risicokalender/",
        "get",
        "/risicokalender/?maand=2027-02&kind=incident&level=high",
        expect(200, anonymous=ANON_HTML),
    ),
    # A month that is not one shows this month; a level that is not one is an error on the filter form.
    Endpoint("risicokalender/", "get", "/risicokalender/?maand=geen", expect(200, anonymous=ANON_HTML)),
    Endpoint("risicokalender/nu/", "get", "/risicokalender/nu/?level=onzin", expect(400, anonymous=ANON_HTML)),
    Endpoint("risicokalender/lijst/", "get", "/risicokalender/lijst/", expect(200, anonymous=ANON_HTML)),
    Endpoint(
        "risicokalender/lijst/",
        "get",
        "/risicokalender/lijst/?van=2026-01-01&tot=2028-12-31&kind=incident&page=2",
        expect(200, anonymous=ANON_HTML),
    ),
    # An end before the start is a clear error on the form, not an empty page or a 500.
    Endpoint(
        "risicokalender/lijst/",
        "get",
        "/risicokalender/lijst/?van=2027-01-01&tot=2026-01-01",
        expect(400, anonymous=ANON_HTML),
    ),
    Endpoint("risicokalender/nu/", "get", "/risicokalender/nu/", expect(200, anonymous=ANON_HTML)),
    Endpoint("risicokalender/nieuw/", "get", "/risicokalender/nieuw/?soort=release", only(200, KEEPER)),
    Endpoint("risicokalender/nieuw/", "post", "/risicokalender/nieuw/", only(400, KEEPER)),
    Endpoint("risicokalender/<uuid:pk>/", "get", _event, only(200, SEES_RISK_EVENT)),
    Endpoint("risicokalender/<uuid:pk>/bewerken/", "get", lambda w: f"{_event(w)}bewerken/", only(200, KEEPER)),
    Endpoint("risicokalender/<uuid:pk>/bewerken/", "post", lambda w: f"{_event(w)}bewerken/", only(400, KEEPER)),
    Endpoint("risicokalender/<uuid:pk>/verwijderen/", "get", lambda w: f"{_event(w)}verwijderen/", only(200, KEEPER)),
    Endpoint("calendar/<str:key>.ics", "get", lambda w: f"/calendar/{w.objects['feed_key']}.ics", expect(200)),
    Endpoint("calendar/<str:key>.ics", "get", "/calendar/geen-geldige-sleutel.ics", expect(404)),
    # Writes that change the world come last.
    Endpoint("risicokalender/<uuid:pk>/verwijderen/", "post", lambda w: f"{_event(w)}verwijderen/", only(302, KEEPER)),
]
