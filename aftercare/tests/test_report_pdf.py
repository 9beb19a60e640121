"""The evaluation report PDF (issue 7), made the way the worker makes it (``services.report_request`` then
``services.report_render``, here without a worker) and read back with pypdf, against the world of tests/roles.py: the
finalised evaluation of the aftercare case, with the canary signal shared with the police at summary level, with
enforcement at facts level and with care at full level, owned by youth work, whose internal evaluation holds
CANARY_INTERNAL.

What it pins down: a cover and six sections with "Vertrouwelijk" and "pagina N van M" on every page; each copy shows
the signals at its organisation's level and nothing above it; no internal evaluation and no person's name in any copy;
a copy made from sources that changed since (a share revoked) is made again and the old one is not served; a download
is logged; rendering fetches nothing; a large case renders."""

import io
import logging
import re
import socket
import time

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from aftercare import services
from aftercare.constants import EVALUATION_QUESTIONS, ReportStatus
from aftercare.models import EvaluationPart, EvaluationReport, ReportDownload
from interventions import services as case_services
from partners import visibility
from signals import sharing
from signals.models import AccessLogEntry, Share
from tests.factories import SignalFactory
from tests.roles import (
    CANARY_FACTS,
    CANARY_FULL,
    CANARY_INTERNAL,
    CANARY_OWNER,
    CANARY_STAFF,
    build_world,
)

pytestmark = pytest.mark.django_db

SECTIONS = (
    "1 Samenvatting en conclusies",
    "2 Verloop",
    "3 Signalen",
    "4 Interventies en uitkomsten",
    "5 Evaluatie per organisatie",
    "6 Afspraken en vervolg",
)
QUESTIONS_NL = (
    "Wat ging er goed?",
    "Wat ging er niet goed?",
    "Wat kan de volgende keer beter?",
    "Percipiëren partners en doelgroep de interventie anders?",
    "Welke afspraken moeten worden aangepast?",
)
# What each copy may and may not hold, by the reader's level on the canary signal (DOMAIN.md §4).
CANARIES = {
    "police_summary": (set(), {CANARY_FACTS, CANARY_FULL, CANARY_OWNER, CANARY_INTERNAL}),
    "enforcement_facts": ({CANARY_FACTS}, {CANARY_FULL, CANARY_OWNER, CANARY_INTERNAL}),
    "care_full": ({CANARY_FACTS, CANARY_FULL}, {CANARY_OWNER, CANARY_INTERNAL}),
    "member": ({CANARY_FACTS, CANARY_FULL}, {CANARY_INTERNAL}),
    "coordinator": ({CANARY_FACTS, CANARY_FULL}, {CANARY_INTERNAL}),
    # The OOV organisation takes part in the case, but the signal's share with it was revoked.
    "network_coordinator": (set(), {CANARY_FACTS, CANARY_FULL, CANARY_OWNER, CANARY_INTERNAL}),
}


@pytest.fixture
def world():
    return build_world()


def normalised(text: str) -> str:
    """pypdf breaks lines where the PDF did: compare with all whitespace as single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def pages_of(content: bytes) -> list[str]:
    return [normalised(page.extract_text() or "") for page in PdfReader(io.BytesIO(content)).pages]


def make(world, role) -> tuple[EvaluationReport, list[str]]:
    """The report of ``role``'s organisation, asked for and made as the worker would, read back per page."""
    evaluation = world.objects["evaluation"]
    report = services.report_request(evaluation=evaluation, acting_user=world.users[role])
    assert report.status in (ReportStatus.QUEUED, ReportStatus.READY)
    assert services.report_render(report.pk) == ReportStatus.READY
    report.refresh_from_db()
    with report.file.open("rb") as handle:
        content = handle.read()
    assert content.startswith(b"%PDF-")
    return report, pages_of(content)


def download(world, role):
    client = Client()
    client.force_login(world.users[role])
    return client.get(reverse("aftercare:report_download", args=[world.objects["evaluation"].pk]))


@pytest.mark.parametrize("role", ["police_summary", "member"])
def test_the_report_reads_back_with_a_cover_six_sections_and_a_footer_on_every_page(world, role):
    report, pages = make(world, role)
    assert len(pages) >= 2
    assert len(pages) == report.pages
    for number, page in enumerate(pages, start=1):
        assert "Vertrouwelijk" in page, number
        assert f"pagina {number} van {len(pages)}" in page, (number, page[-200:])
    whole = " ".join(pages)
    case = world.objects["aftercare_case"]
    reader = world.users[role].membership.organisation
    cover = pages[0]
    assert "Evaluatie" in cover and case.title in cover
    assert world.objects["network"].name in cover
    assert f"exemplaar voor {reader.name}" in cover
    assert f"Dit exemplaar is gemaakt voor {reader.name}" in cover
    for organisation in (world.objects["youth"], world.objects["police"], world.objects["enforcement"]):
        assert organisation.name in cover
    for heading in SECTIONS:
        assert heading in whole, heading
    assert "Het netwerk werkte goed samen; de terugkoppeling moet sneller." in whole
    assert "Terugkoppeling binnen twee dagen" in whole and "Contactenlijst sleutelfiguren bijwerken" in whole
    assert "Contactenlijst van sleutelfiguren in de gemeenschap" in whole and "Wordt opgezet" in whole
    assert "Herstelgesprek met de groep" in whole and "Banden herstellen na de crisis." in whole
    assert "Casus geopend in fase Nazorg" in whole  # the timeline


def test_each_submitted_part_is_in_the_report_and_the_missing_organisations_are_named(world):
    _report, pages = make(world, "care_full")
    whole = " ".join(pages)
    part_section = whole[whole.index("5 Evaluatie per organisatie", len(pages[0])) :]
    submitted = EvaluationPart.objects.filter(evaluation=world.objects["evaluation"], submitted_at__isnull=False)
    assert {part.organisation for part in submitted} == {world.objects["youth"], world.objects["police"]}
    for part in submitted:
        assert part.organisation.name in part_section
    for question in QUESTIONS_NL:
        assert part_section.count(question) == 2, question
    assert part_section.count("Snel contact tussen jongerenwerk en politie.") == 2
    missing = sorted(
        [
            world.objects["enforcement"].name,
            world.objects["care"].name,
            world.users["network_coordinator"].membership.organisation.name,
        ]
    )
    assert f"Geen deel ingediend: {', '.join(missing)}." in part_section


@pytest.mark.parametrize("role", list(CANARIES))
def test_each_copy_shows_the_signals_at_its_level_and_never_an_internal_evaluation(world, role):
    present, absent = CANARIES[role]
    _report, pages = make(world, role)
    whole = " ".join(pages)
    for canary in present:
        assert canary in whole, (role, canary)
    for canary in absent | {CANARY_STAFF}:
        assert canary not in whole, (role, canary)
    # Organisations, never people: no name of anyone of the network appears.
    for user in world.users.values():
        if user is not None and user.get_full_name():
            assert user.get_full_name() not in whole, (role, user)


def test_the_level_of_the_copy_is_on_its_cover(world):
    _report, pages = make(world, "enforcement_facts")
    assert "Signalen in dit exemplaar, per niveau: Feitelijk (1)." in pages[0]
    _report, pages = make(world, "network_coordinator")
    assert "Dit exemplaar bevat geen signalen" in pages[0]


def test_the_internal_evaluation_is_kept_and_still_never_printed(world):
    part = EvaluationPart.objects.get(evaluation=world.objects["evaluation"], organisation=world.objects["youth"])
    assert CANARY_INTERNAL in part.internal
    assert len(EVALUATION_QUESTIONS) == 5
    for role in ("member", "coordinator"):
        _report, pages = make(world, role)
        assert CANARY_INTERNAL not in " ".join(pages)


def test_a_revoked_share_makes_the_report_again_and_the_old_copy_is_not_served(world):
    evaluation = world.objects["evaluation"]
    enforcement = world.users["enforcement_facts"]
    report, pages = make(world, "enforcement_facts")
    assert CANARY_FACTS in " ".join(pages)
    made_from = report.fingerprint
    assert download(world, "enforcement_facts").status_code == 200

    share = Share.objects.get(signal=world.objects["signal"], organisation=world.objects["enforcement"])
    sharing.share_revoke(share=share, acting_user=world.users["member"])
    assert services.report_fingerprint(enforcement, evaluation) != made_from
    again = services.report_request(evaluation=evaluation, acting_user=enforcement)
    assert again.pk == report.pk and again.status == ReportStatus.QUEUED
    response = download(world, "enforcement_facts")
    assert response.status_code == 302
    assert response["Location"] == reverse("aftercare:report", args=[evaluation.pk])
    assert ReportDownload.objects.filter(report=report).count() == 1

    report, pages = make(world, "enforcement_facts")
    assert report.fingerprint != made_from
    whole = " ".join(pages)
    assert CANARY_FACTS not in whole
    assert "Dit exemplaar bevat geen signalen" in whole
    assert download(world, "enforcement_facts").status_code == 200


def test_asking_twice_queues_once_and_a_current_report_is_not_made_again(world):
    evaluation = world.objects["evaluation"]
    police = world.users["police_summary"]
    first = services.report_request(evaluation=evaluation, acting_user=police)
    second = services.report_request(evaluation=evaluation, acting_user=police)
    assert first.pk == second.pk and second.status == ReportStatus.QUEUED
    assert services.report_render(first.pk) == ReportStatus.READY
    made = EvaluationReport.objects.get(pk=first.pk)
    assert services.report_render(first.pk) == ReportStatus.READY
    assert EvaluationReport.objects.get(pk=first.pk).rendered_at == made.rendered_at
    assert services.report_request(evaluation=evaluation, acting_user=police).status == ReportStatus.READY


@pytest.mark.parametrize(
    ("role", "logged_level"),
    [("care_full", "full"), ("enforcement_facts", "facts"), ("police_summary", None), ("member", None)],
)
def test_a_download_is_logged_and_reads_above_summary_are_exports_in_the_access_log(world, role, logged_level):
    evaluation = world.objects["evaluation"]
    report, _pages = make(world, role)
    response = download(world, role)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store, private"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="evaluatie-nazorg-na-de-vechtpartij-bij-het-station.pdf"'
    )
    entry = ReportDownload.objects.get()
    assert (entry.report_id, entry.user_id, entry.via) == (report.pk, world.users[role].pk, "page")
    exports = AccessLogEntry.objects.filter(kind="export")
    if logged_level is None:
        assert not exports.exists()
    else:
        export = exports.get()
        assert export.signal_id == world.objects["signal"].pk
        assert export.level == logged_level
        assert export.user_id == world.users[role].pk
        assert export.object_id == str(evaluation.pk)


@pytest.mark.parametrize("role", ["school_none", "other_network", "operator"])
def test_nobody_outside_the_case_gets_a_copy(world, role):
    assert download(world, role).status_code == 404
    assert not EvaluationReport.objects.exists()


# --- no network access --------------------------------------------------------------------------------------------


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


def test_rendering_the_report_fetches_nothing(world, no_network, caplog):
    caplog.set_level(logging.WARNING, logger="weasyprint")
    report = services.report_request(evaluation=world.objects["evaluation"], acting_user=world.users["care_full"])
    assert services.report_render(report.pk) == ReportStatus.READY
    assert no_network == []
    # The template asks for nothing: the refusing fetcher was never called.
    assert "PDFs do not fetch resources" not in caplog.text


# --- a large case -------------------------------------------------------------------------------------------------


def test_a_report_with_fifty_signals_and_thirty_interventions_renders(world):
    member = world.users["member"]
    case = world.objects["aftercare_case"]
    youth = world.objects["youth"]
    signals = [
        SignalFactory(owner_organisation=youth, created_by=member, message_text=f"Bericht nummer {n} over het plein")
        for n in range(50)
    ]
    case_services.case_add_signals(
        case=case,
        acting_user=member,
        signals=visibility.signals_visible_to(member).filter(pk__in=[signal.pk for signal in signals]),
    )
    for n in range(30):
        case_services.intervention_create(
            acting_user=member,
            case=case,
            title=f"Interventie nummer {n}",
            goal="Rust brengen in de buurt en herhaling voorkomen. " * 3,
            target="group",
            executing_organisation=world.objects["police"],
        )
    started = time.monotonic()
    report, pages = make(world, "member")
    took = time.monotonic() - started
    whole = " ".join(pages)
    assert len(pages) == report.pages >= 8
    assert "Bericht nummer 49 over het plein" in whole and "Interventie nummer 29" in whole
    assert "51. " in whole and "31. " in whole  # every signal and every intervention numbered
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page and "Vertrouwelijk" in page
    assert took < 60, took
