"""Canary: what aftercare keeps inside never reaches anybody below it (DOMAIN.md §8, ADR 0010).

* CANARY_STAFF, in the youth worker's internal report of a burdening incident, reaches only the reporter and their
  organisation's coordinator (READS_STAFF_REPORT): in no other role's page, list, case page, API answer, bell or
  notification — and in no e-mail at all (notifications say only that there is a report).
* CANARY_INTERNAL, in youth work's internal evaluation of the aftercare case, reaches only the members of youth work:
  in no page or API answer of anybody else, and in no report PDF at all, not even youth work's own copy.
* The report PDF of each organisation shows the case's canary signal at the organisation's own level or not at all:
  CANARY_FACTS, CANARY_FULL and CANARY_OWNER never below their level (tests/roles.py CANARY_LEVEL). The rule is "never
  below the level", not "always at it": the report prints the message text (from facts on, names left out at facts);
  it prints no owner-only field today (steps 3-5, the police reference), so CANARY_OWNER is in no copy — were one
  printed, only an owner's copy could carry it. The guards below show what the reports do print.

Text is extracted from the PDFs with pypdf and searched with the whitespace taken out, so that a marker broken over
two lines still counts."""

import io

import pytest
from django.core import mail
from django.utils.html import escape
from rest_framework.test import APIClient

from aftercare import services
from aftercare.models import EvaluationReport
from interventions import services as case_services
from notifications.selectors import notifications_for, render_notifications
from partners.visibility import AccessLevel
from tests.matrix import ENDPOINTS
from tests.roles import (
    CANARY_FACTS,
    CANARY_FULL,
    CANARY_INTERNAL,
    CANARY_LEVEL,
    CANARY_OWNER,
    CANARY_STAFF,
    IN_AFTERCARE_CASE,
    READS_STAFF_REPORT,
    ROLES,
    build_world,
)

pytestmark = pytest.mark.django_db

YOUTH = ["member", "coordinator"]  # the members of youth work: they read its internal evaluation
NOT_READING_STAFF_REPORT = [role for role in ROLES if role not in READS_STAFF_REPORT]
NOT_YOUTH = [role for role in ROLES if role not in YOUTH]
# Each marker of the canary signal and the lowest level that may read it.
MARKERS = {CANARY_FACTS: AccessLevel.FACTS, CANARY_FULL: AccessLevel.FULL, CANARY_OWNER: AccessLevel.OWNER}


def _client(world, role) -> APIClient:
    client = APIClient()
    if world.users[role] is not None:
        client.force_login(world.users[role])
    return client


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def _shows(body: bytes, marker: str) -> bool:
    return marker.encode() in body or escape(marker).encode() in body


def _searching(text: str) -> str:
    """A query that finds ``text`` but is not ``text`` (a search box echoes the query back)."""
    return text[:-2]


def _with_query(path: str, q: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}q={q}"


def _places(world) -> list[tuple[str, str]]:
    """Every GET of the permission matrix, and the places around aftercare where a text could also surface: the start
    page, the bell, the aftercare case's pages and API, the lists of cases and evaluations, searched too."""
    case = world.objects["aftercare_case"].pk
    evaluation = world.objects["evaluation"].pk
    places = [(endpoint.pattern, endpoint.resolve(world)) for endpoint in ENDPOINTS if endpoint.method == "get"]
    places += [
        ("start page", "/"),
        ("notifications", "/meldingen/"),
        ("case page", f"/casussen/{case}/"),
        ("case signals", f"/casussen/{case}/signalen/"),
        ("case action plan", f"/casussen/{case}/actieplan/"),
        ("case plan", f"/casussen/{case}/nazorg/"),
        ("case API", f"/api/v1/cases/{case}/"),
        ("support", "/ondersteuning/"),
        ("staff report", f"/ondersteuning/{world.objects['staff_report'].pk}/"),
        ("evaluations", "/evaluaties/"),
        ("evaluation", f"/evaluaties/{evaluation}/"),
        ("evaluation part", f"/evaluaties/{evaluation}/ons-deel/"),
        ("report page", f"/evaluaties/{evaluation}/rapport/"),
        ("evaluations API", "/api/v1/evaluations/"),
        ("evaluation API", f"/api/v1/evaluations/{evaluation}/"),
    ]
    for marker in (CANARY_STAFF, CANARY_INTERNAL):
        for path in ("/casussen/", "/api/v1/cases/", "/evaluaties/", "/ondersteuning/", "/api/v1/evaluations/"):
            places.append((f"{path} searched", _with_query(path, _searching(marker))))
    return places


def _rendered_notifications(user) -> str:
    return "\n".join(item["sentence"] for item in render_notifications(user, notifications_for(user)))


def _emails_text() -> list[str]:
    texts = []
    for message in mail.outbox:
        text = f"{message.subject}\n{message.body}"
        for content, _mimetype in getattr(message, "alternatives", []):
            text += f"\n{content}"
        texts.append(text)
    return texts


@pytest.fixture
def world_with_mail(eager_celery, django_capture_on_commit_callbacks):
    """The world, with the e-mails of its notifications sent (the staff report to the youth coordinator, the
    evaluation started and finalised to the participants)."""
    with django_capture_on_commit_callbacks(execute=True):
        return build_world()


# --- the internal report of a burdening incident ------------------------------------------------------------------


@pytest.mark.parametrize("role", NOT_READING_STAFF_REPORT)
def test_a_staff_report_reaches_only_its_reporter_and_their_coordinator(role, world_with_mail):
    world = world_with_mail
    client = _client(world, role)
    for pattern, path in _places(world):
        assert not _shows(_body(client.get(path)), CANARY_STAFF), f"{pattern} ({path}) shows the staff report to {role}"
    if world.users[role] is not None:
        assert CANARY_STAFF not in _rendered_notifications(world.users[role])


def test_no_email_carries_a_staff_report_or_an_internal_evaluation(world_with_mail):
    texts = _emails_text()
    assert texts  # guard: e-mails were sent
    for text in texts:
        assert CANARY_STAFF not in text and CANARY_INTERNAL not in text


def test_staff_canary_guard_the_readers_read_it_and_the_coordinator_was_told(world_with_mail):
    """Guard against a canary that cannot fail: the reporter and the coordinator read the marked report, the
    coordinator's list shows the report, and the coordinator was told (bell and e-mail) without its content."""
    world = world_with_mail
    path = f"/ondersteuning/{world.objects['staff_report'].pk}/"
    for role in READS_STAFF_REPORT:
        response = _client(world, role).get(path)
        assert response.status_code == 200
        assert _shows(_body(response), CANARY_STAFF), role
    coordinator = world.users["coordinator"]
    assert "staff_report" in set(notifications_for(coordinator).values_list("kind", flat=True))
    assert any(coordinator.email in message.to for message in mail.outbox)
    assert _client(world, "coordinator").get("/meldingen/").status_code == 200


# --- the internal evaluation --------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", NOT_YOUTH)
def test_an_internal_evaluation_never_leaves_its_organisation(role, world_with_mail):
    world = world_with_mail
    client = _client(world, role)
    for pattern, path in _places(world):
        body = _body(client.get(path))
        assert not _shows(body, CANARY_INTERNAL), f"{pattern} ({path}) shows youth work's internal evaluation to {role}"
    if world.users[role] is not None:
        assert CANARY_INTERNAL not in _rendered_notifications(world.users[role])


@pytest.fixture
def open_evaluation_with_internal(world_with_mail):
    """A second case in aftercare (youth work leads; police, enforcement and OOV take part) whose evaluation is open:
    youth work submitted its part with the internal evaluation marked."""
    world = world_with_mail
    coordinator = world.users["network_coordinator"]
    case = case_services.case_create(
        acting_user=world.users["member"],
        title="Nazorg na de ruzie op het plein",
        phase="nazorg",
        organisations=[world.objects["police"], world.objects["enforcement"], coordinator.membership.organisation],
    )
    evaluation = services.evaluation_start(case=case, acting_user=coordinator)
    services.part_save(
        evaluation=evaluation,
        acting_user=world.users["member"],
        submit=True,
        went_well="Snel contact.",
        went_badly="Laat.",
        do_better="Eerder.",
        internal=f"Wij deden het zelf {CANARY_INTERNAL}",
    )
    return world, evaluation


@pytest.mark.parametrize("role", NOT_YOUTH)
def test_an_internal_evaluation_stays_inside_while_the_parts_are_written(role, open_evaluation_with_internal):
    """While an evaluation is open the partners read the submitted part of youth work beside their own (the part page
    and the evaluation page): never its internal evaluation."""
    world, evaluation = open_evaluation_with_internal
    client = _client(world, role)
    for path in (
        f"/evaluaties/{evaluation.pk}/",
        f"/evaluaties/{evaluation.pk}/ons-deel/",
        "/evaluaties/",
        f"/api/v1/evaluations/{evaluation.pk}/",
        "/api/v1/evaluations/",
        f"/casussen/{evaluation.case_id}/",
        "/meldingen/",
    ):
        assert not _shows(_body(client.get(path)), CANARY_INTERNAL), f"{path} for {role}"


def test_internal_canary_guard_youth_work_reads_it_and_the_partners_read_the_part(open_evaluation_with_internal):
    world, evaluation = open_evaluation_with_internal
    for role in YOUTH:
        client = _client(world, role)
        for path in (f"/evaluaties/{evaluation.pk}/ons-deel/", f"/api/v1/evaluations/{evaluation.pk}/"):
            assert _shows(_body(client.get(path)), CANARY_INTERNAL), f"{path} for {role}"
        assert _shows(_body(client.get(f"/evaluaties/{world.objects['evaluation'].pk}/")), CANARY_INTERNAL)
    police = _client(world, "police_summary")
    assert b"Snel contact." in _body(police.get(f"/evaluaties/{evaluation.pk}/ons-deel/"))
    assert b"Snel contact." in _body(police.get(f"/api/v1/evaluations/{evaluation.pk}/"))


# --- the report PDFs ----------------------------------------------------------------------------------------------


def _pdf_text(content: bytes) -> str:
    """The PDF's text without any whitespace: a marker broken over two lines is found whole."""
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return "".join(text.split())


def _report_over_the_api(world, role) -> bytes:
    """The role's report as the API gives it: asked for (202), made synchronously, then downloaded (the PDF)."""
    client = _client(world, role)
    path = f"/api/v1/evaluations/{world.objects['evaluation'].pk}/report/"
    assert client.get(path).status_code == 202
    organisation = world.users[role].membership.organisation
    report = EvaluationReport.objects.get(evaluation=world.objects["evaluation"], organisation=organisation)
    assert services.report_render(report.pk) == "ready"
    response = client.get(path)
    assert response.status_code == 200, response.content
    return _body(response)


def _report_made_by_the_service(world, role) -> bytes:
    report = services.report_request(evaluation=world.objects["evaluation"], acting_user=world.users[role])
    assert services.report_render(report.pk) == "ready"
    report.refresh_from_db()
    with report.file.open("rb") as handle:
        return handle.read()


def _report_as_downloaded_from_the_page(world, role) -> bytes:
    response = _client(world, role).get(f"/evaluaties/{world.objects['evaluation'].pk}/rapport/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return _body(response)


@pytest.mark.parametrize("role", IN_AFTERCARE_CASE)
def test_a_report_shows_the_signal_never_above_the_readers_level_and_no_internal_evaluation(role):
    world = build_world()
    level = CANARY_LEVEL[role]
    # The API first, while there is no report yet (it answers 202 until it is made); then the same copy.
    for made in (_report_over_the_api, _report_made_by_the_service, _report_as_downloaded_from_the_page):
        content = made(world, role)
        assert content.startswith(b"%PDF")
        text = _pdf_text(content)
        assert world.objects["aftercare_case"].title.replace(" ", "") in text  # the text was read
        assert CANARY_INTERNAL not in text, f"{made.__name__}: the report of {role} prints an internal evaluation"
        assert CANARY_STAFF not in text, f"{made.__name__}: the report of {role} prints a staff report"
        leaks = [marker for marker, needed in MARKERS.items() if level < needed and marker in text]
        assert not leaks, f"{made.__name__}: the report of {role} ({level.code}) prints {leaks}"


def test_report_canary_guard_each_level_prints_what_it_reads():
    """Guard against a report canary that cannot fail: the message text is printed from facts level on, the poster's
    name from full level on (left out at facts), and youth work's answers (not its internal evaluation) are in
    every report."""
    world = build_world()
    texts = {role: _pdf_text(_report_made_by_the_service(world, role)) for role in IN_AFTERCARE_CASE}
    answer = "Snelcontacttussenjongerenwerkenpolitie."  # the submitted answers (tests/roles.py), without spaces
    for role, text in texts.items():
        assert answer in text, role
    for role in ("member", "coordinator", "care_full"):
        assert CANARY_FACTS in texts[role] and CANARY_FULL in texts[role], role
    assert CANARY_FACTS in texts["enforcement_facts"]
    assert CANARY_FULL not in texts["enforcement_facts"]
    for role in ("police_summary", "network_coordinator"):
        assert CANARY_FACTS not in texts[role], role
