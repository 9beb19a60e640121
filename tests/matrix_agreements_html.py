"""Permission-matrix rows of the afsprakenkaart, practice-session and covenant pages (see tests/matrix.py).

The world's network (tests/roles.py) has version 1 of its card adopted (``card_adopted``) and version 2 a draft
(``card_concept``); every organisation of the network has a column except care (an "other" partner): CARD_COLUMNS.
Every member of the network reads every version, the practice session (every organisation takes part) and the
covenant (IN_NETWORK); the operator and the other network get 404 for anything of the first network, as for a thing
that does not exist. The overview, the comparison, the session list and the covenant page answer every signed-in user
with what their own network has (nothing for the operator). Only the network coordinator starts a version or a
session, moves a version or session on and keeps the covenant; anybody else gets 404. An organisation's column is
written by its own members only: the other organisations of the network see the card, so they get 403.

Bodies are empty. The forms of the pages that also answer GET are built from ``request.POST or None``, so an empty
POST shows the (unbound) form again: 200, not 400. The coordinator's transitions redirect back to the card (302)
whether the service accepted or refused; they are posted where the service refuses, so that the world stays as it
is (putting the draft forward would succeed: it is posted on the adopted version instead). Opening the discussion of
the practice session changes the world, so it comes last."""

from tests.matrix_base import ANON_HTML, Endpoint, expect, only
from tests.roles import CARD_COLUMNS, IN_NETWORK

COORDINATOR = ["network_coordinator"]
YOUTH = ["member", "coordinator"]  # the members of the organisation whose column is written below
# Every signed-in user: their own network's (the operator: none).
EVERYONE = expect(200, anonymous=ANON_HTML)
# A thing of the first network: its members read it; 404 for everybody else.
NETWORK_READS = only(200, IN_NETWORK)
# The youth column of the draft: youth work writes it; the other organisations of the network read the card (403).
YOUTH_COLUMN = only(403, IN_NETWORK) | dict.fromkeys(YOUTH, 200)
# The akkoord on a version that is not awaiting agreement: organisations with a column reach the service, which
# refuses (400); care, without a column, gets 403.
AGREE_REFUSED = only(403, IN_NETWORK) | dict.fromkeys(CARD_COLUMNS, 400)


def _card(world, name: str = "card_concept", suffix: str = "") -> str:
    return f"/afsprakenkaart/{world.objects[name].pk}/{suffix}"


def _adopted(world, suffix: str = "") -> str:
    return _card(world, "card_adopted", suffix)


def _column(world, card: str, organisation: str) -> str:
    return _card(world, card, f"kolom/{world.objects[organisation].pk}/")


def _session(world, suffix: str = "") -> str:
    return f"/afsprakenkaart/oefensessies/{world.objects['practice_session'].pk}/{suffix}"


def _answer(world) -> str:
    return _session(world, f"voorbeeld/{world.objects['practice_example'].pk}/")


def _compare(world, old: str, new: str | None = None) -> str:
    path = f"/afsprakenkaart/vergelijken/?van={world.objects[old].pk}"
    return f"{path}&met={world.objects[new].pk}" if new else path


HTML_AGREEMENT_ENDPOINTS = [
    Endpoint("afsprakenkaart/", "get", "/afsprakenkaart/", EVERYONE),
    # A version is in the making (version 2): starting another sends the coordinator to it.
    Endpoint("afsprakenkaart/nieuw/", "get", "/afsprakenkaart/nieuw/", only(302, COORDINATOR)),
    Endpoint("afsprakenkaart/nieuw/", "post", "/afsprakenkaart/nieuw/", only(302, COORDINATOR)),
    # Without a choice: the last two versions of the user's own network (none, or one, is not an error).
    Endpoint("afsprakenkaart/vergelijken/", "get", "/afsprakenkaart/vergelijken/", EVERYONE),
    Endpoint(
        "afsprakenkaart/vergelijken/",
        "get",
        lambda w: _compare(w, "card_adopted", "card_concept"),
        expect(400, anonymous=ANON_HTML, **dict.fromkeys(IN_NETWORK, 200)),
    ),
    # A version of another network is not one to choose: an error on the page, not its content.
    Endpoint(
        "afsprakenkaart/vergelijken/",
        "get",
        lambda w: _compare(w, "other_card"),
        expect(400, anonymous=ANON_HTML, other_network=200),
    ),
    Endpoint(
        "afsprakenkaart/vergelijken/", "get", "/afsprakenkaart/vergelijken/?van=geen", expect(400, anonymous=ANON_HTML)
    ),
    Endpoint("afsprakenkaart/<uuid:pk>/", "get", _adopted, NETWORK_READS),
    Endpoint("afsprakenkaart/<uuid:pk>/", "get", _card, NETWORK_READS),
    Endpoint("afsprakenkaart/<uuid:pk>/", "get", lambda w: _card(w, "other_card"), only(200, ["other_network"])),
    Endpoint(
        "afsprakenkaart/<uuid:pk>/kolom/<uuid:organisation_pk>/",
        "get",
        lambda w: _column(w, "card_concept", "youth"),
        YOUTH_COLUMN,
    ),
    # An empty form is a column with nothing in it: saved, back to the card.
    Endpoint(
        "afsprakenkaart/<uuid:pk>/kolom/<uuid:organisation_pk>/",
        "post",
        lambda w: _column(w, "card_concept", "youth"),
        YOUTH_COLUMN | dict.fromkeys(YOUTH, 302),
    ),
    # Care has no column on the card: there is no such page.
    Endpoint(
        "afsprakenkaart/<uuid:pk>/kolom/<uuid:organisation_pk>/",
        "get",
        lambda w: _column(w, "card_concept", "care"),
        only(404, []),
    ),
    # An adopted version is no longer written: youth work is sent back to the card.
    Endpoint(
        "afsprakenkaart/<uuid:pk>/kolom/<uuid:organisation_pk>/",
        "get",
        lambda w: _column(w, "card_adopted", "youth"),
        only(403, IN_NETWORK) | dict.fromkeys(YOUTH, 302),
    ),
    Endpoint("afsprakenkaart/<uuid:pk>/akkoord/", "post", lambda w: _card(w, suffix="akkoord/"), AGREE_REFUSED),
    Endpoint("afsprakenkaart/<uuid:pk>/akkoord/", "post", lambda w: _adopted(w, "akkoord/"), AGREE_REFUSED),
    # The transitions, where the service refuses (the card stays as it is): back to the card for the coordinator.
    Endpoint(
        "afsprakenkaart/<uuid:pk>/ter-akkoord/", "post", lambda w: _adopted(w, "ter-akkoord/"), only(302, COORDINATOR)
    ),
    Endpoint(
        "afsprakenkaart/<uuid:pk>/terug-naar-concept/",
        "post",
        lambda w: _card(w, suffix="terug-naar-concept/"),
        only(302, COORDINATOR),
    ),
    Endpoint(
        "afsprakenkaart/<uuid:pk>/vaststellen/",
        "post",
        lambda w: _card(w, suffix="vaststellen/"),
        only(302, COORDINATOR),
    ),
    Endpoint("afsprakenkaart/<uuid:pk>/pdf/", "get", lambda w: _adopted(w, "pdf/"), NETWORK_READS),
    # Only an adopted version has a PDF.
    Endpoint("afsprakenkaart/<uuid:pk>/pdf/", "get", lambda w: _card(w, suffix="pdf/"), only(404, [])),
    Endpoint(
        "afsprakenkaart/<uuid:pk>/pdf/", "get", lambda w: _card(w, "other_card", "pdf/"), only(200, ["other_network"])
    ),
    Endpoint("afsprakenkaart/oefensessies/", "get", "/afsprakenkaart/oefensessies/", EVERYONE),
    Endpoint(
        "afsprakenkaart/oefensessies/nieuw/", "get", "/afsprakenkaart/oefensessies/nieuw/", only(200, COORDINATOR)
    ),
    Endpoint(
        "afsprakenkaart/oefensessies/nieuw/", "post", "/afsprakenkaart/oefensessies/nieuw/", only(400, COORDINATOR)
    ),
    Endpoint("afsprakenkaart/oefensessies/<uuid:pk>/", "get", _session, NETWORK_READS),
    # An empty answer: every participant reaches the service, which asks for at least one answer.
    Endpoint(
        "afsprakenkaart/oefensessies/<uuid:pk>/voorbeeld/<int:phenomenon_pk>/",
        "post",
        _answer,
        only(400, IN_NETWORK),
    ),
    # An example that is not part of the session.
    Endpoint(
        "afsprakenkaart/oefensessies/<uuid:pk>/voorbeeld/<int:phenomenon_pk>/",
        "post",
        lambda w: _session(w, "voorbeeld/999999999/"),
        only(404, []),
    ),
    # Conclusions while the session is still writing: refused by the service.
    Endpoint(
        "afsprakenkaart/oefensessies/<uuid:pk>/conclusies/",
        "post",
        lambda w: _session(w, "conclusies/"),
        only(400, COORDINATOR),
    ),
    Endpoint("convenant/", "get", "/convenant/", EVERYONE),
    Endpoint("convenant/bewerken/", "get", "/convenant/bewerken/", only(200, COORDINATOR)),
    # Every field of the record is optional: an empty form is saved (and empties the record's texts).
    Endpoint("convenant/bewerken/", "post", "/convenant/bewerken/", only(302, COORDINATOR)),
    # The network's document; the other network has none.
    Endpoint("convenant/document/", "get", "/convenant/document/", NETWORK_READS),
    # No file: the form asks for one.
    Endpoint("convenant/document/uploaden/", "post", "/convenant/document/uploaden/", only(400, COORDINATOR)),
    # Writes that change the world come last: the coordinator opens the discussion of the practice session.
    Endpoint(
        "afsprakenkaart/oefensessies/<uuid:pk>/verder/",
        "post",
        lambda w: _session(w, "verder/"),
        only(302, COORDINATOR),
    ),
]
