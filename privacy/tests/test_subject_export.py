"""Data subject requests (AVG art. 15): a coordinator exports what the organisation holds about a pseudonym, and who
read it, as JSON and PDF — only from the organisation's own signals, logged in the audit log without the pseudonym.

The world is tests/roles.py: youth work owns the canary signal, whose poster is "CANARY-FULL-b21c alias" with the
account name "@CANARY-FULL-b21c"; it is shared with police (summary), enforcement (facts) and care (full)."""

import io
import json

import pytest
from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader
from rest_framework.test import APIClient

from audit.constants import AuditAction
from audit.models import AuditEvent
from interventions import services as case_services
from partners.visibility import get_signal_for_user, record_access
from privacy.selectors import SCHEMA, SCHEMA_VERSION, pseudonym_reference, subject_export
from signals import sharing
from signals.constants import AccessKind
from signals.models import Person, StepAnswer
from tests.factories import MembershipFactory, SignalFactory
from tests.roles import CANARY_FACTS, CANARY_FULL, CANARY_OWNER, build_world

pytestmark = pytest.mark.django_db

ALIAS = f"{CANARY_FULL} alias"
PAGE = "/privacy/inzage/"
JSON = "/privacy/inzage/json/"
PDF = "/privacy/inzage/pdf/"


@pytest.fixture
def world():
    world = build_world(aftercare=False)
    # Care (full level) reads the signal's page: one row in its access log.
    care = world.users["care_full"]
    record_access(care, [get_signal_for_user(care, world.objects["signal"].pk)], kind=AccessKind.PAGE)
    return world


def _client(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_login(user)
    return client


def _json(world, pseudonym: str = ALIAS, role: str = "coordinator") -> dict:
    response = _client(world.users[role]).post(JSON, {"pseudonym": pseudonym})
    assert response.status_code == 200
    return json.loads(response.content)


def _pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def _name(user) -> str:
    return user.get_full_name() or user.get_username()


def test_json_export_holds_the_signal_its_records_and_who_read_it(world):
    signal = world.objects["signal"]
    care = world.users["care_full"]
    response = _client(world.users["coordinator"]).post(JSON, {"pseudonym": ALIAS.lower()})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    assert CANARY_FULL.lower() not in response["Content-Disposition"].lower()
    data = json.loads(response.content)
    assert data["schema"] == SCHEMA
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["organisation"]["name"] == world.objects["youth"].name
    assert [row["id"] for row in data["signals"]] == [str(signal.pk)]
    row = data["signals"][0]
    # The signal's facts, as the owner reads them.
    assert CANARY_FACTS in row["message_text"]
    assert row["investigation_order_reference"] == CANARY_OWNER
    assert [person["alias"] for person in row["persons"] if person["is_subject"]] == [ALIAS]
    assert any(CANARY_OWNER in answer["text"] for answer in row["step_answers"])
    assert [decision["decision"]["code"] for decision in row["decisions"]] == ["no"]
    assert any(CANARY_OWNER in action["description"] for action in row["actions"])
    assert len(row["attachments"]) == 1
    assert row["attachments"][0]["size_bytes"] > 0
    assert "file" not in row["attachments"][0]
    assert len(row["comments"]) == 3
    # Every share, with whom, level, legal ground and when (the revoked and expired ones too).
    shares = {share["organisation"]["name"]: share for share in row["shares"]}
    assert shares[world.objects["care"].name]["level"]["code"] == "full"
    assert shares[world.objects["care"].name]["legal_ground"]["code"] == "covenant"
    assert shares[world.objects["care"].name]["shared_at"]
    assert len(shares) == 5
    # Who read it: the care worker, by name, with their organisation and level.
    [entry] = row["access_log"]
    assert entry["who"] == {"name": _name(care), "organisation": world.objects["care"].name}
    assert entry["level"]["code"] == "full"
    assert entry["kind"]["code"] == "page"
    # Who changed what, when: the signal's history, the youth worker named (a colleague of the coordinator).
    created = [item for item in row["history"] if item["record"] == "signal" and item["change"] == "created"]
    assert created
    assert all(item["at"] for item in row["history"])
    assert {item["record"] for item in row["history"]} >= {"signal", "person", "share", "comment"}
    # The case it is in, and the interventions on it and on its case.
    assert [case["id"] for case in data["cases"]] == [str(world.objects["case"].pk)]
    assert row["cases"] == [str(world.objects["case"].pk)]
    assert {item["id"] for item in row["interventions"]} == {
        str(world.objects["signal_intervention"].pk),
        str(world.objects["enforcement_intervention"].pk),
    }
    assert [item["id"] for item in data["cases"][0]["interventions"]] == [str(world.objects["case_intervention"].pk)]
    assert data["counts"]["signals"] == 1
    assert data["counts"]["access_log_entries"] == 1


def test_partner_professionals_are_named_by_organisation_outside_the_access_log(world):
    """Comments and history by a partner name the partner organisation, not its professional (source protection);
    only the access log, the coordinator's own page, names the reader."""
    care = world.users["care_full"]
    signal = get_signal_for_user(care, world.objects["signal"].pk)
    sharing.comment_create(signal=signal, acting_user=care, phase="beeldvorming", level="full", text="Wij kennen hem.")

    data = _json(world)
    row = data["signals"][0]
    [comment] = [comment for comment in row["comments"] if comment["text"] == "Wij kennen hem."]
    assert comment["author"] == {"name": None, "organisation": world.objects["care"].name}
    assert _name(care) not in json.dumps(row["comments"] + row["history"])
    colleague = world.users["member"]
    assert {"name": _name(colleague), "organisation": world.objects["youth"].name} in [
        item["who"] for item in row["history"]
    ]


@pytest.mark.parametrize("pseudonym", [f"@{CANARY_FULL}", CANARY_FULL.lower(), f"  {ALIAS.upper()}  "])
def test_the_pseudonym_matches_alias_or_account_name_exactly_in_any_case(world, pseudonym):
    data = _json(world, pseudonym)
    assert [row["id"] for row in data["signals"]] == [str(world.objects["signal"].pk)]


@pytest.mark.parametrize("pseudonym", ["CANARY-FULL", "alias", f"{ALIAS} x"])
def test_a_part_of_a_pseudonym_finds_nothing(world, pseudonym):
    assert _json(world, pseudonym)["signals"] == []


def test_signals_of_another_organisation_or_network_are_not_in_it(world):
    youth = world.objects["youth"]
    police = world.objects["police"]
    # The police own a signal about the same person and shared it with youth work at full level: the police answer
    # for it, so it is not in youth work's answer.
    police_member = world.users["police_summary"]
    shared = SignalFactory(owner_organisation=police, created_by=police_member, message_text="POLICE-OWNED")
    Person.objects.create(signal=shared, alias=ALIAS, role="poster")
    sharing.share_create(
        signal=shared,
        acting_user=police_member,
        organisation=youth,
        level="full",
        purpose="Samen duiden",
        legal_ground="covenant",
        justification="Nodig.",
    )
    assert get_signal_for_user(world.users["coordinator"], shared.pk).access_level == 3  # youth work reads it whole
    # Another network's youth work has a signal about someone of the same alias.
    other = world.objects["other_org"]
    elsewhere = SignalFactory(owner_organisation=other, message_text="OTHER-NETWORK")
    Person.objects.create(signal=elsewhere, alias=ALIAS, role="poster")
    # A second organisation of the same network, with its own signal about the alias.
    school_signal = SignalFactory(owner_organisation=world.objects["school"], message_text="SCHOOL-OWNED")
    Person.objects.create(signal=school_signal, alias=ALIAS, role="involved")

    data = _json(world)

    assert [row["id"] for row in data["signals"]] == [str(world.objects["signal"].pk)]
    body = json.dumps(data)
    assert "POLICE-OWNED" not in body
    assert "OTHER-NETWORK" not in body
    assert "SCHOOL-OWNED" not in body
    # The other network's coordinator finds their own, never youth work's.
    other_coordinator = MembershipFactory(organisation=other, coordinator=True).user
    theirs = json.loads(_client(other_coordinator).post(JSON, {"pseudonym": ALIAS}).content)
    assert [row["id"] for row in theirs["signals"]] == [str(elsewhere.pk)]
    assert CANARY_FACTS not in json.dumps(theirs)


@pytest.mark.parametrize("role", ["member", "police_summary", "care_full", "operator", "other_network"])
@pytest.mark.parametrize(("method", "path"), [("get", PAGE), ("post", PAGE), ("post", JSON), ("post", PDF)])
def test_only_a_coordinator_has_the_pages(world, role, method, path):
    response = getattr(_client(world.users[role]), method)(path, {"pseudonym": ALIAS})
    assert response.status_code == 404
    assert not AuditEvent.objects.filter(action=AuditAction.SUBJECT_EXPORT).exists()


def test_anonymous_is_sent_to_the_login_page(world):
    response = _client(None).post(JSON, {"pseudonym": ALIAS})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_pdf_holds_the_pseudonym_and_who_read_it(world):
    care = world.users["care_full"]
    response = _client(world.users["coordinator"]).post(PDF, {"pseudonym": ALIAS})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    text = _pdf_text(response.content)
    assert "".join(ALIAS.split()) in text
    assert "".join(_name(care).split()) in text
    assert world.objects["care"].name.replace(" ", "") in text
    assert CANARY_OWNER in text


def test_nothing_found_says_so_and_still_answers(world):
    client = _client(world.users["coordinator"])
    page = client.post(PAGE, {"pseudonym": "Niemand-bekend"})
    assert page.status_code == 200
    assert "Niets gevonden." in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    data = json.loads(client.post(JSON, {"pseudonym": "Niemand-bekend"}).content)
    assert data["signals"] == []
    assert data["counts"]["signals"] == 0
    assert "Nietsgevonden." in _pdf_text(client.post(PDF, {"pseudonym": "Niemand-bekend"}).content)


def test_the_result_page_counts_what_was_found(world):
    page = _client(world.users["coordinator"]).post(PAGE, {"pseudonym": ALIAS})
    content = page.content.decode()
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert 'action="/privacy/inzage/pdf/"' in content
    assert 'action="/privacy/inzage/json/"' in content
    # The pseudonym is posted with the downloads, never put in a URL.
    assert "?pseudonym" not in content
    assert CANARY_FACTS not in content  # counts only, no content on the page


@pytest.mark.parametrize("path", [PAGE, JSON, PDF])
@pytest.mark.parametrize(
    ("pseudonym", "message"),
    [("", "Typ het pseudoniem"), ("   ", "Typ het pseudoniem"), ("x" * 151, "hoogstens 150 tekens")],
)
def test_bad_input_gives_a_clear_message_and_keeps_it(world, path, pseudonym, message):
    response = _client(world.users["coordinator"]).post(path, {"pseudonym": pseudonym})
    content = response.content.decode()
    assert response.status_code == 400
    assert message in content
    if pseudonym.strip():
        assert f'value="{pseudonym}"' in content
    assert not AuditEvent.objects.filter(action=AuditAction.SUBJECT_EXPORT).exists()


def test_downloads_count_against_the_export_limit(world):
    """The downloads share the "exports" bucket of every PDF and export (partners/ratelimit.py): over it, 429."""
    config = {**settings.REST_FRAMEWORK}
    config["DEFAULT_THROTTLE_RATES"] = {**config["DEFAULT_THROTTLE_RATES"], "exports": "2/hour"}
    client = _client(world.users["coordinator"])
    with override_settings(REST_FRAMEWORK=config):
        assert client.post(JSON, {"pseudonym": ALIAS}).status_code == 200
        assert client.post(PDF, {"pseudonym": ALIAS}).status_code == 200
        response = client.post(JSON, {"pseudonym": ALIAS})
    assert response.status_code == 429
    assert response["Retry-After"]
    assert AuditEvent.objects.filter(action=AuditAction.SUBJECT_EXPORT).count() == 2


def test_the_form_page(world):
    response = _client(world.users["coordinator"]).get(PAGE)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert 'name="pseudonym"' in response.content.decode()


@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_each_download_is_one_audit_row_without_the_pseudonym(world, fmt):
    coordinator = world.users["coordinator"]
    response = _client(coordinator).post(f"/privacy/inzage/{fmt}/", {"pseudonym": ALIAS})
    assert response.status_code == 200

    [event] = AuditEvent.objects.filter(action=AuditAction.SUBJECT_EXPORT)
    assert event.detail == fmt
    assert event.object_type == "privacy.subject"
    assert event.object_id == pseudonym_reference(organisation_id=world.objects["youth"].pk, pseudonym=ALIAS)
    assert event.user_id == coordinator.pk
    assert event.organisation_id == world.objects["youth"].pk
    # No content in the audit log: not the pseudonym, nor any part of it, in any row.
    needle = Q()
    for field in ("username", "organisation_name", "object_type", "object_id", "detail"):
        needle |= Q(**{f"{field}__icontains": "canary"}) | Q(**{f"{field}__icontains": "alias"})
    assert not AuditEvent.objects.filter(needle).exists()
    # Not logged twice (as a plain export by the audit middleware).
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_the_audit_reference_is_keyed_per_organisation_and_ignores_case():
    first = pseudonym_reference(organisation_id="a", pseudonym="Jay")
    assert first == pseudonym_reference(organisation_id="a", pseudonym=" jAY ")
    assert first != pseudonym_reference(organisation_id="b", pseudonym="Jay")
    assert "jay" not in first and len(first) == 64


def _signals_about(world, alias: str, count: int) -> None:
    youth = world.objects["youth"]
    member = world.users["member"]
    for number in range(count):
        signal = SignalFactory(owner_organisation=youth, created_by=member)
        Person.objects.create(signal=signal, alias=alias, handle=f"@{alias}{number}", role="involved")
        sharing.share_create(
            signal=signal,
            acting_user=member,
            organisation=world.objects["care"],
            level="full",
            purpose="Samen duiden",
            legal_ground="covenant",
            justification="Nodig.",
        )
        care = world.users["care_full"]
        record_access(care, [get_signal_for_user(care, signal.pk)], kind=AccessKind.PAGE)
        # An intervention on the signal, and a changed record in its history (a revoked share).
        owner_view = get_signal_for_user(member, signal.pk)
        case_services.intervention_create(
            acting_user=member,
            signal=owner_view,
            title="Huisbezoek",
            goal="Contact houden.",
            target="poster",
            executing_organisation=youth,
        )
        sharing.share_revoke(share=signal.shares.get(), acting_user=member)


def test_a_fixed_number_of_queries_whatever_the_number_of_signals(world):
    coordinator = world.users["coordinator"]
    _signals_about(world, "Weinig", 1)
    _signals_about(world, "Veel", 6)
    client = _client(coordinator)

    with CaptureQueriesContext(connection) as one:
        response = client.post(JSON, {"pseudonym": "Weinig"})
    assert len(json.loads(response.content)["signals"]) == 1
    with CaptureQueriesContext(connection) as many:
        response = client.post(JSON, {"pseudonym": "Veel"})
    data = json.loads(response.content)
    assert len(data["signals"]) == 6
    assert data["counts"]["interventions"] == 6
    assert all(item["change"] == "changed" for row in data["signals"] for item in row["history"][-1:])
    assert len(many) == len(one)


def test_the_export_stays_within_a_query_budget(world, django_assert_max_num_queries):
    client = _client(world.users["coordinator"])
    with django_assert_max_num_queries(40):
        response = client.post(JSON, {"pseudonym": ALIAS})
    assert response.status_code == 200


def test_the_selector_refuses_a_member(world):
    with pytest.raises(ValueError):
        subject_export(user=world.users["member"], pseudonym=ALIAS)


def test_route_answers_read_in_words_not_codes(world):
    """A yes/no and a choice are answered in the reader's words; the JSON keeps the code beside them."""
    signal = world.objects["signal"]
    member = world.users["member"]
    StepAnswer.objects.create(signal=signal, step=1, question="plaatser_duidelijk", answer="yes", updated_by=member)
    StepAnswer.objects.create(
        signal=signal, step=1, question="openbaar_of_besloten", answer="closed", updated_by=member
    )

    answers = {answer["question"]: answer for answer in _json(world)["signals"][0]["step_answers"]}
    assert (answers["plaatser_duidelijk"]["answer"], answers["plaatser_duidelijk"]["answer_label"]) == ("yes", "Ja")
    assert (answers["openbaar_of_besloten"]["answer"], answers["openbaar_of_besloten"]["answer_label"]) == (
        "closed",
        "Besloten",
    )
    assert answers["emoji"]["answer_label"] == ""  # a text answer has no code

    text = _pdf_text(_client(world.users["coordinator"]).post(PDF, {"pseudonym": ALIAS}).content)
    # Each question is followed by its answer in words (the PDF's text is read without spaces).
    for code, label in (("plaatser_duidelijk", "Ja"), ("openbaar_of_besloten", "Besloten")):
        assert "".join(f"{answers[code]['question_text']}{label}".split()) in text, code
    assert "closed" not in text
