"""Canary: the afsprakenkaart of another network never reaches the first network (pages, API, notifications,
e-mails, the route's steps 3 and 4), and a practice answer written in the writing round reaches only its author; once
the discussion is open every participant reads it, labelled by organisation, not by the author's name."""

import pytest
from django.core import mail
from django.utils.html import escape
from rest_framework.test import APIClient

from agreements import services as agreement_services
from tests.matrix_agreements_api import API_AGREEMENT_ENDPOINTS
from tests.matrix_agreements_html import HTML_AGREEMENT_ENDPOINTS
from tests.roles import CANARY_AGREEMENT, CANARY_PRACTICE, IN_NETWORK, ROLES, build_world

pytestmark = pytest.mark.django_db

FIRST_NETWORK = [role for role in ROLES if role != "other_network"]  # anonymous and the operator too: they read less
AUTHOR = "member"  # wrote the practice answer with CANARY_PRACTICE (tests/roles.py)
NOT_THE_AUTHOR = [role for role in ROLES if role != AUTHOR]
SESSION_PAGE = "afsprakenkaart/oefensessies/<uuid:pk>/"


def _client(world, role) -> APIClient:
    client = APIClient()
    if world.users[role] is not None:
        client.force_login(world.users[role])
    return client


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def _agreement_gets(world) -> list[tuple[str, str]]:
    """Every GET of the agreements pages and API in the matrix, as (pattern, path)."""
    endpoints = HTML_AGREEMENT_ENDPOINTS + API_AGREEMENT_ENDPOINTS
    return [(e.pattern, e.resolve(world)) for e in endpoints if e.method == "get"]


def _other_places(world) -> list[tuple[str, str]]:
    """Where a card's text could also surface: the start page, the bell, the route's steps 3 and 4 (which show what
    the network agreed), and the API of the other network's card asked for directly."""
    signal = world.objects["signal"].pk
    other_card = world.objects["other_card"].pk
    return [
        ("start page", "/"),
        ("notifications", "/meldingen/"),
        ("step 3", f"/signalen/{signal}/stap/3/"),
        ("step 4", f"/signalen/{signal}/stap/4/"),
        ("API list", "/api/v1/agreement-cards/"),
        ("API list, adopted", "/api/v1/agreement-cards/?status=vastgesteld"),
        ("API detail of the other card", f"/api/v1/agreement-cards/{other_card}/"),
        ("page of the other card", f"/afsprakenkaart/{other_card}/"),
        ("comparison with the other card", f"/afsprakenkaart/vergelijken/?van={other_card}"),
    ]


def _mentions(body: bytes, text: str) -> bool:
    return text.encode() in body or escape(text).encode() in body


# --- another network's card -------------------------------------------------------------------------------------


@pytest.fixture
def world_with_mail(eager_celery, django_capture_on_commit_callbacks):
    """The world, with the e-mails of its notifications (the invitations to the cards' columns, the other network's
    akkoord and adoption) sent."""
    with django_capture_on_commit_callbacks(execute=True):
        return build_world()


@pytest.mark.parametrize("role", FIRST_NETWORK)
def test_another_networks_card_never_reaches_the_first_network(role, world_with_mail):
    world = world_with_mail
    client = _client(world, role)
    marker = CANARY_AGREEMENT.encode()
    for pattern, path in [*_agreement_gets(world), *_other_places(world)]:
        assert marker not in _body(client.get(path)), f"{pattern} ({path}) shows the other network's card to {role}"
    user = world.users[role]
    if user is None:
        return
    for message in mail.outbox:
        if user.email in message.to:
            assert CANARY_AGREEMENT not in f"{message.subject}\n{message.body}", f"an e-mail to {role}"
            for content, _mimetype in getattr(message, "alternatives", []):
                assert CANARY_AGREEMENT not in str(content), f"an HTML e-mail to {role}"


def test_other_network_card_guard_its_own_network_reads_it(world_with_mail):
    """Guard against a canary that cannot fail: the other network reads the marked card where the first network
    was looked for it, the first network reads its own card on the route's step 3, and e-mails were sent."""
    world = world_with_mail
    other = _client(world, "other_network")
    other_card = world.objects["other_card"].pk
    for path in [
        "/afsprakenkaart/",
        f"/afsprakenkaart/{other_card}/",
        f"/api/v1/agreement-cards/{other_card}/",
    ]:
        response = other.get(path)
        assert response.status_code == 200, path
        assert CANARY_AGREEMENT.encode() in _body(response), path
    step = _client(world, "member").get(f"/signalen/{world.objects['signal'].pk}/stap/3/")
    assert step.status_code == 200
    assert b"Afspraak " in _body(step)  # the first network's adopted card (tests/roles.py) shows on the route
    first_network_emails = {world.users[role].email for role in IN_NETWORK}
    assert any(first_network_emails & set(message.to) for message in mail.outbox)  # invited to version 2


# --- a practice answer in the writing round ----------------------------------------------------------------------


@pytest.mark.parametrize("role", NOT_THE_AUTHOR)
def test_a_practice_answer_reaches_only_its_author_while_writing(role):
    world = build_world()
    client = _client(world, role)
    marker = CANARY_PRACTICE.encode()
    for pattern, path in [*_agreement_gets(world), ("start page", "/"), ("notifications", "/meldingen/")]:
        assert marker not in _body(client.get(path)), f"{pattern} ({path}) shows the youth worker's answer to {role}"


def test_practice_answer_guard_the_author_reads_it():
    world = build_world()
    session = world.objects["practice_session"].pk
    response = _client(world, AUTHOR).get(f"/afsprakenkaart/oefensessies/{session}/")
    assert response.status_code == 200
    assert CANARY_PRACTICE.encode() in _body(response)


def _discussing(world) -> str:
    agreement_services.session_advance(
        acting_user=world.users["network_coordinator"], session=world.objects["practice_session"]
    )
    return f"/afsprakenkaart/oefensessies/{world.objects['practice_session'].pk}/"


@pytest.mark.parametrize("role", IN_NETWORK)
def test_after_the_writing_round_every_participant_reads_the_answer(role):
    world = build_world()
    response = _client(world, role).get(_discussing(world))
    assert response.status_code == 200
    assert CANARY_PRACTICE.encode() in _body(response)


@pytest.mark.parametrize("role", [r for r in IN_NETWORK if r not in ("member", "coordinator")])
def test_partners_see_the_organisation_not_the_author(role):
    """Source protection: users of other organisations read the answer labelled by organisation, never the name of
    the professional who wrote it."""
    world = build_world()
    path = _discussing(world)
    name = world.users[AUTHOR].get_full_name()
    assert name.strip()
    body = _body(_client(world, role).get(path))
    assert CANARY_PRACTICE.encode() in body  # the page does show the answer
    assert world.objects["youth"].name.encode() in body or escape(world.objects["youth"].name).encode() in body
    assert not _mentions(body, name), f"the session page names the author to {role}"


def test_author_name_guard_the_page_would_show_a_name():
    """Guard: the author's own session page carries their name (in the header), so the check above would find it."""
    world = build_world()
    path = _discussing(world)
    body = _body(_client(world, AUTHOR).get(path))
    assert _mentions(body, world.users[AUTHOR].get_full_name())
