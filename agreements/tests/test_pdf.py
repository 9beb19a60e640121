"""The adopted afsprakenkaart as a PDF (issue 5): read back with pypdf, it holds the network, the version, the four
questions, every column's answers, the basisafspraken and a page footer; only adopted versions of the user's own
network are served; and rendering never fetches anything over the network."""

import io
import logging
import re
import socket

import pytest
from django.test import override_settings
from django.urls import reverse
from pypdf import PdfReader

from agreements.constants import QUESTION_FIELDS
from agreements.models import CardColumn
from partners.pdf import ResourceRefused, render_pdf
from tests.roles import CANARY_AGREEMENT, IN_NETWORK

pytestmark = pytest.mark.django_db

QUESTIONS_NL = (
    "In welke situatie betrek jij een partner bij online zorgwekkende berichten?",
    "In welke situatie verwacht jij dat een partner jou betrekt bij online zorgwekkende berichten?",
    "Bij welk (online) signaal grijp jij in?",
    "Bij welk (online) signaal verwacht je dat de andere betrokken partners ingrijpen?",
)
BASIC_AGREEMENTS_NL = ("Onderlinge communicatie", "Transparantie richting jongeren", "Samen content brengen")


def pdf_url(card) -> str:
    return reverse("agreements:pdf", args=[card.pk])


def normalised(text: str) -> str:
    """pypdf breaks lines where the PDF did (narrow table cells): compare with all whitespace as single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def pages_of(content: bytes) -> list[str]:
    return [normalised(page.extract_text() or "") for page in PdfReader(io.BytesIO(content)).pages]


def download(client, user, card):
    client.force_login(user)
    return client.get(pdf_url(card))


@pytest.mark.parametrize("role", ["police_summary", "member", "network_coordinator"])
def test_the_adopted_card_reads_back_with_everything_on_it(client, world, adopted, role):
    response = download(client, world.users[role], adopted)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="afsprakenkaart-versie-1.pdf"'
    assert response.content.startswith(b"%PDF-")
    pages = pages_of(response.content)
    assert len(pages) >= 1
    whole = " ".join(pages)
    network = world.objects["network"]
    assert f"Afsprakenkaart – {network.name}" in whole
    assert "Versie 1" in whole and "versie 1" in whole
    assert "vastgesteld op" in whole
    for question in QUESTIONS_NL:
        assert question in whole, question
    columns = list(CardColumn.objects.filter(card=adopted).select_related("organisation"))
    assert len(columns) == 5
    for column in columns:
        assert column.organisation.name in whole
        for name in QUESTION_FIELDS:
            assert f"Afspraak {column.organisation.name}: {name}" in whole, (column.organisation.name, name)
    assert "De drie basisafspraken" in whole
    for title in BASIC_AGREEMENTS_NL:
        assert title in whole, title
    assert "Wie gaf wanneer akkoord" in whole
    assert CANARY_AGREEMENT not in whole


def test_every_page_has_its_number_in_the_footer(client, world, adopted):
    # Long answers, so that the card runs over more than one page.
    long = " ".join(["Een lange afspraak over wanneer wij de partners betrekken."] * 40)
    CardColumn.objects.filter(card=adopted).update(involve_partner=long, intervene_at=long)
    pages = pages_of(download(client, world.users["member"], adopted).content)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page, (number, page[-200:])


def test_a_version_that_is_not_adopted_has_no_pdf(client, world, coordinator, concept, submit):
    assert download(client, world.users["member"], concept).status_code == 404
    submit(concept, coordinator)
    assert download(client, coordinator, concept).status_code == 404


@pytest.mark.parametrize("role", [*IN_NETWORK, "operator"])
def test_the_other_networks_card_never_reaches_the_first_network(client, world, adopted, role):
    user = world.users[role]
    other_card = world.objects["other_card"]
    assert download(client, user, other_card).status_code == 404
    own = download(client, user, adopted)
    if role == "operator":
        assert own.status_code == 404
        return
    assert own.status_code == 200
    assert CANARY_AGREEMENT not in " ".join(pages_of(own.content))


def test_the_other_network_reads_its_own_card_with_the_canary(client, world, adopted):
    # The counterpart of the test above: the canary is found in a PDF when it is there.
    user = world.users["other_network"]
    own = download(client, user, world.objects["other_card"])
    assert own.status_code == 200
    assert CANARY_AGREEMENT in " ".join(pages_of(own.content))
    assert download(client, user, adopted).status_code == 404


# --- no network access --------------------------------------------------------------------------------------------

FETCHING_TEMPLATE = """<!DOCTYPE html>
<html><head><link rel="stylesheet" href="http://example.invalid/x.css"></head>
<body><p>Zonder internet</p><img src="http://example.invalid/x.png" alt=""></body></html>
"""


@pytest.fixture
def fetching_template(tmp_path, settings):
    (tmp_path / "fetching.html").write_text(FETCHING_TEMPLATE)
    templates = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    with override_settings(TEMPLATES=templates):
        yield "fetching.html"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to resolve a name or open a connection is recorded (and fails)."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def refusals(caplog, raised) -> str:
    """Everything said about the fetches: WeasyPrint's log, and the chain of an exception that escaped."""
    said = [record.getMessage() for record in caplog.records]
    while raised is not None:
        said.append(f"{type(raised).__name__}: {raised}")
        raised = raised.__cause__ or raised.__context__
    return "\n".join(said)


def test_rendering_fetches_nothing_and_the_refusing_fetcher_is_asked(fetching_template, no_network, caplog):
    caplog.set_level(logging.WARNING, logger="weasyprint")
    raised = None
    try:
        render_pdf(fetching_template, {})
    except Exception as exc:
        raised = exc
    assert no_network == []
    said = refusals(caplog, raised)
    # The refusal is the product's own fetcher, by its own words: not a DNS or connection error.
    assert f"{ResourceRefused.__name__}: PDFs do not fetch resources: http://example.invalid/" in said, said


def test_a_refused_resource_is_left_out_and_the_pdf_still_renders(fetching_template, no_network, caplog):
    caplog.set_level(logging.WARNING, logger="weasyprint")
    content = render_pdf(fetching_template, {})
    assert content.startswith(b"%PDF-")
    assert "Zonder internet" in " ".join(pages_of(content))
    assert "PDFs do not fetch resources: http://example.invalid/x.png" in refusals(caplog, None)
    assert no_network == []
