"""The evaluations API (shared/API.md, DOMAIN.md §8, ADR 0010): the organisations taking part in a case read its
evaluation, nobody else (404) and nobody reads which person wrote anything; each organisation reads the others'
parts once submitted and only its own internal evaluation; the network coordinator starts, concludes and finalises;
the report answers 202 while it is being made, then the PDF (the download logged); bounded query counts.

The world is tests/roles.py: the aftercare case (youth work leads; police, enforcement, care and the OOV
coordinator's organisation take part; the school does not) with a finalised evaluation whose youth-work part holds
CANARY_INTERNAL in its internal evaluation. Tests that write use a second case in aftercare with an open
evaluation (``open_evaluation``)."""

import datetime as dt
import io
import uuid

import pytest
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext
from rest_framework.test import APIClient

from aftercare import services
from aftercare.constants import EVALUATION_FIELDS, ReportStatus
from aftercare.models import Evaluation, EvaluationPart, EvaluationReport, ReportDownload
from interventions import services as case_services
from notifications.models import Notification, NotificationKind
from signals.constants import AccessKind
from signals.models import AccessLogEntry
from tests.roles import CANARY_FACTS, CANARY_FULL, CANARY_INTERNAL, IN_AFTERCARE_CASE, ROLES, build_world

pytestmark = pytest.mark.django_db

URL = "/api/v1/evaluations/"
COORDINATOR = "network_coordinator"
AUTHENTICATED = [r for r in ROLES if r != "anonymous"]
NOT_PARTICIPATING = [r for r in AUTHENTICATED if r not in IN_AFTERCARE_CASE]
YOUTH = ["member", "coordinator"]
EVALUATION_KEYS = {
    "id",
    "case",
    "network",
    "status",
    "period_start",
    "period_end",
    "started_at",
    "finalised_at",
    "conclusions",
    "follow_ups",
    "procedures",
    "participants",
    "parts",
    "can_coordinate",
}
PART_KEYS = {"organisation", "is_own", *EVALUATION_FIELDS, "submitted_at"}
ANSWERS = {
    "went_well": "Binnen een uur contact met de groep.",
    "went_badly": "De school hoorde het te laat.",
    "do_better": "Eerder een gezamenlijke boodschap.",
}


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def coordinator(world):
    return world.users[COORDINATOR]


@pytest.fixture
def open_evaluation(world, coordinator) -> Evaluation:
    """A second case in aftercare, led by youth work, with the police, enforcement and OOV taking part (not care,
    not the school); its evaluation just started: every part still empty."""
    case = case_services.case_create(
        acting_user=world.users["member"],
        title="Nazorg na de ruzie op het plein",
        phase="nazorg",
        organisations=[world.objects["police"], world.objects["enforcement"], org(coordinator)],
    )
    return services.evaluation_start(case=case, acting_user=coordinator)


def said(user, text, **params) -> str:
    """A sentence of the product as ``user`` reads it, in their language (the catalogue may translate it)."""
    with translation.override(user.language):
        message = gettext(str(text))
    return message % params if params else message


def as_user(user) -> APIClient:
    client = APIClient()
    client.force_login(user)  # a session, as in real use: the query counts include it
    return client


def org(user):
    return user.membership.organisation


def ids(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def detail(evaluation, suffix="") -> str:
    return f"{URL}{evaluation.id}/{suffix}"


def part_of(evaluation, user) -> EvaluationPart:
    return EvaluationPart.objects.get(evaluation=evaluation, organisation=org(user))


# --- reading ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", AUTHENTICATED)
def test_an_evaluation_is_seen_by_the_organisations_taking_part_in_its_case(world, role):
    client = as_user(world.users[role])
    evaluation = world.objects["evaluation"]
    listed = client.get(URL)
    if role in NOT_PARTICIPATING:
        assert ids(listed) == []
        assert client.get(detail(evaluation)).status_code == 404
        assert client.get(detail(evaluation, "report/")).status_code == 404
        assert client.patch(detail(evaluation), {}, format="json").status_code == 404
        return
    assert ids(listed) == [str(evaluation.id)]
    data = client.get(detail(evaluation)).json()
    assert data == listed.json()["results"][0]
    assert set(data) == EVALUATION_KEYS


def test_the_detail_fields(world):
    evaluation = world.objects["evaluation"]
    data = as_user(world.users["enforcement_facts"]).get(detail(evaluation)).json()
    case = world.objects["aftercare_case"]
    network = world.objects["network"]
    assert data["id"] == str(evaluation.id)
    assert data["case"] == {"id": str(case.id), "title": case.title}
    assert data["network"] == {"id": str(network.id), "name": network.name}
    assert data["status"] == "finalised"
    assert data["finalised_at"] and data["started_at"] and data["period_end"]
    assert data["conclusions"] == "Het netwerk werkte goed samen; de terugkoppeling moet sneller."
    assert data["follow_ups"] == ["Terugkoppeling binnen twee dagen", "Contactenlijst sleutelfiguren bijwerken"]
    assert data["procedures"] == {
        "contact_list": {"status": "in_progress", "note": ""},
        "communication_plan": {"status": "", "note": ""},
        "advisory_board": {"status": "", "note": ""},
    }
    # Every participating organisation, by name, with whether it submitted (youth work and the police did).
    submitted = {row["id"]: row["submitted"] for row in data["participants"]}
    youth, police = world.objects["youth"], world.objects["police"]
    oov = org(world.users[COORDINATOR])
    expected = {youth: True, police: True, world.objects["enforcement"]: False, world.objects["care"]: False}
    expected[oov] = False
    assert submitted == {str(o.id): flag for o, flag in expected.items()}
    names = [row["name"] for row in data["participants"]]
    assert names == sorted(names)
    assert data["participants"][0].keys() == {"id", "name", "partner_type", "submitted"}
    # Enforcement has not submitted: it reads its own (empty) part first, then the submitted parts of the others.
    parts = data["parts"]
    assert [p["organisation"]["id"] for p in parts] == [
        str(world.objects["enforcement"].id),
        *sorted(
            [str(youth.id), str(police.id)], key=lambda pk: {str(youth.id): youth, str(police.id): police}[pk].name
        ),
    ]
    own, *others = parts
    assert set(own) == PART_KEYS | {"internal"} and own["is_own"] and own["submitted_at"] is None
    assert all(set(p) == PART_KEYS and not p["is_own"] and p["submitted_at"] for p in others)
    assert {p["went_well"] for p in others} == {"Snel contact tussen jongerenwerk en politie."}
    assert data["can_coordinate"] is False
    assert as_user(world.users[COORDINATOR]).get(detail(evaluation)).json()["can_coordinate"] is True


@pytest.mark.parametrize("role", IN_AFTERCARE_CASE)
def test_the_internal_evaluation_is_read_inside_its_organisation_only(world, role):
    evaluation = world.objects["evaluation"]
    client = as_user(world.users[role])
    bodies = [
        client.get(URL).content,
        client.get(detail(evaluation)).content,
        client.get(f"{URL}?status=finalised").content,
    ]
    youth_part = next(
        p
        for p in client.get(detail(evaluation)).json()["parts"]
        if p["organisation"]["id"] == str(world.objects["youth"].id)
    )
    if role in YOUTH:
        assert youth_part["internal"] == f"Onze eigen rol {CANARY_INTERNAL}"
        assert youth_part["is_own"]
    else:
        assert "internal" not in youth_part
        assert all(CANARY_INTERNAL.encode() not in body for body in bodies)


def test_a_draft_part_is_read_by_its_own_organisation_only(world, open_evaluation):
    member = world.users["member"]
    body = {"own_part": {**ANSWERS, "internal": f"Intern {CANARY_INTERNAL}"}}
    assert as_user(member).patch(detail(open_evaluation), body, format="json").status_code == 200
    youth_id = str(world.objects["youth"].id)
    for role in ("coordinator", "police_summary", "enforcement_facts", COORDINATOR):
        data = as_user(world.users[role]).get(detail(open_evaluation)).json()
        has_youth_part = any(p["organisation"]["id"] == youth_id for p in data["parts"])
        assert has_youth_part is (role == "coordinator")
        if role != "coordinator":
            assert ANSWERS["went_well"] not in str(data) and CANARY_INTERNAL not in str(data)
    # Care does not take part in this case: not found.
    assert as_user(world.users["care_full"]).get(detail(open_evaluation)).status_code == 404


def test_nobody_reads_which_person_started_wrote_or_finalised(world):
    evaluation = world.objects["evaluation"]
    people = [user for user in world.users.values() if user is not None]
    for role in IN_AFTERCARE_CASE:
        client = as_user(world.users[role])
        body = client.get(URL).content.decode() + client.get(detail(evaluation)).content.decode()
        for person in people:
            for text in (person.username, person.get_full_name(), str(person.pk), person.email):
                assert f'"{text}"' not in body, (role, text)
        for key in ("started_by", "finalised_by", "submitted_by", "updated_by", "user", "author", "requested_by"):
            assert f'"{key}"' not in body


def test_another_network_unknown_and_malformed_ids_are_not_found(world):
    evaluation = world.objects["evaluation"]
    stranger = as_user(world.users["other_network"])
    for method, path in (
        ("get", detail(evaluation)),
        ("patch", detail(evaluation)),
        ("get", detail(evaluation, "report/")),
    ):
        assert getattr(stranger, method)(path, {}, format="json").status_code == 404
    member = as_user(world.users["member"])
    assert member.get(f"{URL}{uuid.uuid4()}/").status_code == 404
    assert member.get(f"{URL}{uuid.uuid4()}/report/").status_code == 404
    assert member.get(f"{URL}not-a-uuid/").status_code == 404


def test_anonymous_callers_are_refused(world):
    client = APIClient()
    evaluation = world.objects["evaluation"]
    assert client.get(URL).status_code == 401
    assert client.post(URL, {}, format="json").status_code == 401
    assert client.get(detail(evaluation)).status_code == 401
    assert client.patch(detail(evaluation), {}, format="json").status_code == 401
    assert client.get(detail(evaluation, "report/")).status_code == 401


def test_the_list_filters(world, open_evaluation):
    client = as_user(world.users["police_summary"])
    finalised, opened = str(world.objects["evaluation"].id), str(open_evaluation.id)
    assert ids(client.get(URL)) == [opened, finalised]  # newest first
    assert ids(client.get(f"{URL}?status=finalised")) == [finalised]
    assert ids(client.get(f"{URL}?status=open")) == [opened]
    assert ids(client.get(f"{URL}?case={open_evaluation.case_id}")) == [opened]
    assert ids(client.get(f"{URL}?case={world.objects['case'].id}")) == []
    for bad in ("?status=closed", "?case=x"):
        assert client.get(f"{URL}{bad}").status_code == 400


# --- starting an evaluation ---------------------------------------------------------------------------------------


def _case_in_aftercare(world, *organisations, title="Nazorg na de schietpartij"):
    return case_services.case_create(
        acting_user=world.users["member"], title=title, phase="nazorg", organisations=list(organisations)
    )


@pytest.mark.parametrize("role", [r for r in AUTHENTICATED if r != COORDINATOR])
def test_only_the_network_coordinator_starts_an_evaluation(world, coordinator, role):
    case = _case_in_aftercare(world, world.objects["police"], org(coordinator))
    response = as_user(world.users[role]).post(URL, {"case": str(case.id)}, format="json")
    assert response.status_code == 403
    assert response.json() == {"detail": said(world.users[role], "Only the network coordinator (regisseur) does this.")}
    assert not Evaluation.objects.filter(case=case).exists()


def test_the_coordinator_starts_the_evaluation_of_a_case_their_organisation_takes_part_in(world, coordinator):
    police = world.objects["police"]
    case = _case_in_aftercare(world, police, org(coordinator))
    client = as_user(coordinator)
    response = client.post(URL, {"case": str(case.id), "period_start": "2026-01-05"}, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert set(data) == EVALUATION_KEYS
    assert (data["status"], data["period_start"], data["period_end"]) == ("open", "2026-01-05", None)
    assert data["case"] == {"id": str(case.id), "title": case.title}
    assert all(row["submitted"] is False for row in data["participants"])
    assert len(data["participants"]) == 3
    # Its own (empty) part only: the others are still being written.
    assert [p["organisation"]["id"] for p in data["parts"]] == [str(org(coordinator).id)]
    evaluation = Evaluation.objects.get(pk=data["id"])
    assert evaluation.started_by == coordinator and evaluation.case == case
    assert EvaluationPart.objects.filter(evaluation=evaluation).count() == 3
    told = Notification.objects.filter(kind=NotificationKind.EVALUATION_STARTED, case=case)
    assert told.filter(recipient=world.users["police_summary"]).exists()
    assert ids(client.get(URL))[0] == data["id"]
    # Again: the case is already being evaluated.
    again = client.post(URL, {"case": str(case.id)}, format="json")
    assert again.status_code == 400
    assert again.json() == {"case": [said(coordinator, "This case is already being evaluated.")]}


def test_a_case_the_coordinator_does_not_take_part_in_is_a_field_error(world, coordinator):
    client = as_user(coordinator)
    unseen = client.post(URL, {"case": str(world.objects["case"].id)}, format="json")  # OOV does not take part
    missing = client.post(URL, {"case": str(uuid.uuid4())}, format="json")
    assert unseen.status_code == missing.status_code == 400
    assert (
        unseen.json()
        == missing.json()
        == {"case": [said(coordinator, "Choose a case your organisation takes part in.")]}
    )
    assert not Evaluation.objects.filter(case=world.objects["case"]).exists()
    # The coordinator of another network: a case of this network is one it cannot see either.
    other = world.objects["other_coordinator"]
    foreign = as_user(other).post(URL, {"case": str(world.objects["aftercare_case"].id)}, format="json")
    assert foreign.status_code == 400
    assert foreign.json() == {"case": [said(other, "Choose a case your organisation takes part in.")]}


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, {"case"}),
        ({"case": "x"}, {"case"}),
        ({"case": None}, {"case"}),
        ({"case": "CASE", "period_start": "gisteren"}, {"period_start"}),
        ({"case": "CASE", "period_start": "2026-03-01", "period_end": "2026-02-01"}, {"period_end"}),
        ([], {"non_field_errors"}),
    ],
)
def test_starting_validation_errors_name_the_fields(world, coordinator, body, fields):
    case = _case_in_aftercare(world, org(coordinator))
    if isinstance(body, dict) and body.get("case") == "CASE":
        body = {**body, "case": str(case.id)}
    response = as_user(coordinator).post(URL, body, format="json")
    assert response.status_code == 400, response.content
    assert set(response.json()) == fields
    assert not Evaluation.objects.filter(case=case).exists()


# --- writing: an organisation's part ------------------------------------------------------------------------------


def test_an_organisation_writes_and_submits_its_own_part(world, open_evaluation):
    member, colleague = world.users["member"], world.users["coordinator"]
    client = as_user(member)
    draft = client.patch(
        detail(open_evaluation), {"own_part": {"went_well": "  Snel contact.  ", "internal": "Intern"}}, format="json"
    )
    assert draft.status_code == 200, draft.content
    part = part_of(open_evaluation, member)
    assert (part.went_well, part.internal, part.submitted_at) == ("Snel contact.", "Intern", None)
    own = draft.json()["parts"][0]
    assert own["is_own"] and own["went_well"] == "Snel contact." and own["internal"] == "Intern"
    # Left-out answers keep what they were; the colleague of the same organisation goes on with it.
    more = as_user(colleague).patch(
        detail(open_evaluation), {"own_part": {"went_badly": "Laat", "do_better": "Eerder"}}, format="json"
    )
    assert more.status_code == 200, more.content
    part.refresh_from_db()
    assert (part.went_well, part.went_badly, part.do_better, part.internal) == (
        "Snel contact.",
        "Laat",
        "Eerder",
        "Intern",
    )
    submitted = client.patch(detail(open_evaluation), {"own_part": {"submit": True}}, format="json")
    assert submitted.status_code == 200, submitted.content
    part.refresh_from_db()
    assert part.submitted_at is not None and part.submitted_by == member
    assert submitted.json()["parts"][0]["submitted_at"] is not None
    youth = str(world.objects["youth"].id)
    assert {row["id"]: row["submitted"] for row in submitted.json()["participants"]}[youth] is True
    # The partners read it now, without the internal evaluation.
    police_view = as_user(world.users["police_summary"]).get(detail(open_evaluation)).json()
    youth_part = next(p for p in police_view["parts"] if p["organisation"]["id"] == youth)
    assert youth_part["went_well"] == "Snel contact." and "internal" not in youth_part
    # Improving a submitted part keeps it submitted.
    client.patch(detail(open_evaluation), {"own_part": {"went_well": "Heel snel contact."}}, format="json")
    part.refresh_from_db()
    assert part.went_well == "Heel snel contact." and part.submitted_at is not None


def test_submitting_needs_the_first_three_answers(world, open_evaluation):
    member = world.users["member"]
    response = as_user(member).patch(
        detail(open_evaluation), {"own_part": {"went_well": "Goed", "submit": True}}, format="json"
    )
    assert response.status_code == 400
    message = said(member, "Answer this question before you submit your part.")
    assert response.json() == {"own_part": {"went_badly": [message], "do_better": [message]}}
    part = part_of(open_evaluation, member)
    assert part.submitted_at is None and part.went_well == ""  # all or nothing


def test_the_coordinators_fields_are_refused_to_the_other_participants(world, open_evaluation):
    before = Evaluation.objects.get(pk=open_evaluation.pk)
    for role in ("member", "coordinator", "police_summary", "enforcement_facts"):
        user = world.users[role]
        for body in (
            {"conclusions": "Overgenomen"},
            {"follow_ups": ["X"]},
            {"procedures": {}},
            {"period_end": None},
            {"status": "finalised", "without_missing": True},
            {"own_part": ANSWERS, "conclusions": "Overgenomen"},
        ):
            response = as_user(user).patch(detail(open_evaluation), body, format="json")
            assert response.status_code == 403, (role, body)
            assert response.json() == {"detail": said(user, "Only the network coordinator (regisseur) does this.")}
    after = Evaluation.objects.get(pk=open_evaluation.pk)
    assert (after.conclusions, after.follow_ups, after.status) == (before.conclusions, before.follow_ups, "open")
    assert part_of(open_evaluation, world.users["member"]).went_well == ""


def test_the_coordinator_concludes(world, coordinator, open_evaluation):
    client = as_user(coordinator)
    END = (open_evaluation.period_start + dt.timedelta(days=30)).isoformat()
    body = {
        "conclusions": "Goed samengewerkt.",
        "follow_ups": ["Contactenlijst bijwerken", "  ", " Terugkoppeling binnen twee dagen "],
        "procedures": {"contact_list": {"status": "in_place"}, "advisory_board": {"note": "Nog te vormen"}},
        "period_end": END,
    }
    response = client.patch(detail(open_evaluation), body, format="json")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["conclusions"] == "Goed samengewerkt."
    assert data["follow_ups"] == ["Contactenlijst bijwerken", "Terugkoppeling binnen twee dagen"]
    assert data["procedures"] == {
        "contact_list": {"status": "in_place", "note": ""},
        "communication_plan": {"status": "", "note": ""},
        "advisory_board": {"status": "", "note": "Nog te vormen"},
    }
    assert data["period_end"] == END and data["period_start"] == open_evaluation.period_start.isoformat()
    # Follow-ups as a text; a procedure changed keeps the others; other fields keep what they were.
    again = client.patch(
        detail(open_evaluation),
        {"follow_ups": "Een\nTwee", "procedures": {"contact_list": {"note": "Bij de wijkagent"}}},
        format="json",
    )
    assert again.status_code == 200, again.content
    data = again.json()
    assert data["follow_ups"] == ["Een", "Twee"]
    assert data["procedures"]["contact_list"] == {"status": "in_place", "note": "Bij de wijkagent"}
    assert data["procedures"]["advisory_board"] == {"status": "", "note": "Nog te vormen"}
    assert (data["conclusions"], data["period_end"]) == ("Goed samengewerkt.", END)
    # The coordinator's organisation takes part: it writes its own part like any other.
    own = client.patch(detail(open_evaluation), {"own_part": ANSWERS}, format="json")
    assert own.status_code == 200 and part_of(open_evaluation, coordinator).went_well == ANSWERS["went_well"]


def test_finalising_is_refused_while_parts_are_missing_unless_the_coordinator_chooses(
    world, coordinator, open_evaluation
):
    client = as_user(coordinator)
    without_conclusions = client.patch(detail(open_evaluation), {"status": "finalised"}, format="json")
    assert without_conclusions.status_code == 400
    assert set(without_conclusions.json()) == {"without_missing", "conclusions"}
    as_user(world.users["member"]).patch(
        detail(open_evaluation), {"own_part": {**ANSWERS, "submit": True}}, format="json"
    )
    # All or nothing: the conclusions written with a refused finalising are not kept.
    refused = client.patch(detail(open_evaluation), {"conclusions": "Klaar.", "status": "finalised"}, format="json")
    assert refused.status_code == 400
    missing = sorted(o.name for o in (world.objects["police"], world.objects["enforcement"], org(coordinator)))
    message = said(
        coordinator,
        "Not every organisation submitted its part yet: %(names)s. Wait, or finalise without them.",
        names=", ".join(missing),
    )
    assert refused.json() == {"without_missing": [message]}
    assert Evaluation.objects.get(pk=open_evaluation.pk).conclusions == ""
    done = client.patch(
        detail(open_evaluation),
        {"conclusions": "Klaar.", "status": "finalised", "without_missing": True},
        format="json",
    )
    assert done.status_code == 200, done.content
    assert (done.json()["status"], done.json()["conclusions"]) == ("finalised", "Klaar.")
    evaluation = Evaluation.objects.get(pk=open_evaluation.pk)
    assert evaluation.status == "finalised" and evaluation.finalised_by == coordinator
    told = Notification.objects.filter(kind=NotificationKind.EVALUATION_FINALISED, case=evaluation.case)
    assert told.filter(recipient=world.users["member"]).exists()


def test_a_finalised_evaluation_no_longer_changes(world, coordinator):
    evaluation = world.objects["evaluation"]
    before = Evaluation.objects.get(pk=evaluation.pk)
    parts_before = list(EvaluationPart.objects.filter(evaluation=evaluation).values())
    for user, body in (
        (world.users["member"], {"own_part": {"went_well": "Later"}}),
        (world.users["enforcement_facts"], {"own_part": {**ANSWERS, "submit": True}}),
        (coordinator, {"conclusions": "Later"}),
        (coordinator, {"status": "finalised", "without_missing": True}),
    ):
        response = as_user(user).patch(detail(evaluation), body, format="json")
        assert response.status_code == 400, body
        assert response.json() == {
            "non_field_errors": [said(user, "The evaluation is finalised: it no longer changes.")]
        }
    assert as_user(coordinator).patch(detail(evaluation), {"status": "open"}, format="json").status_code == 400
    # An empty body changes nothing, and says so with the evaluation.
    assert as_user(world.users["member"]).patch(detail(evaluation), {}, format="json").status_code == 200
    after = Evaluation.objects.get(pk=evaluation.pk)
    assert (after.conclusions, after.status, after.updated_at) == (before.conclusions, before.status, before.updated_at)
    assert list(EvaluationPart.objects.filter(evaluation=evaluation).values()) == parts_before


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({"own_part": "goed"}, {"own_part"}),
        ({"own_part": {"went_well": None}}, {"own_part"}),
        ({"own_part": {"went_well": "x" * 5001}}, {"own_part"}),
        ({"own_part": {"internal": "nul\x00"}}, {"own_part"}),
        ({"own_part": {"submit": "misschien"}}, {"own_part"}),
        ({"conclusions": 5}, None),  # a number is read as text
        ({"follow_ups": 5}, {"follow_ups"}),
        ({"follow_ups": ["a", 5]}, {"follow_ups"}),
        ({"follow_ups": ["nul\x00"]}, {"follow_ups"}),
        ({"procedures": {"contact_list": {"status": "klaar"}}}, {"procedures"}),
        ({"procedures": {"contact_list": {"note": "x" * 1001}}}, {"procedures"}),
        ({"procedures": []}, {"procedures"}),
        ({"period_start": "gisteren"}, {"period_start"}),
        ({"period_start": "2026-06-01", "period_end": "2026-05-01"}, {"period_end"}),
        ({"status": "open"}, {"status"}),
        ({"status": "closed"}, {"status"}),
        ({"without_missing": "x", "status": "finalised"}, {"without_missing"}),
        ([], {"non_field_errors"}),
    ],
)
def test_validation_errors_name_the_fields(world, coordinator, open_evaluation, body, errors):
    response = as_user(coordinator).patch(detail(open_evaluation), body, format="json")
    if errors is None:
        assert response.status_code == 200, response.content
        return
    assert response.status_code == 400, response.content
    assert set(response.json()) == errors
    evaluation = Evaluation.objects.get(pk=open_evaluation.pk)
    assert (evaluation.status, evaluation.follow_ups, evaluation.procedures) == ("open", "", {})


def test_service_errors_of_the_procedures_are_nested_under_procedures():
    """The serializer checks the same as the service, so this is the defence behind it: the service's keys as the
    API's nested ``procedures`` object."""
    from aftercare.api.views import _procedure_key
    from signals.api.errors import drf_validation_error

    assert _procedure_key("procedure_contact_list") == "procedures.contact_list.status"
    assert _procedure_key("procedure_contact_list_note") == "procedures.contact_list.note"
    assert _procedure_key("conclusions") == "conclusions"
    error = DjangoValidationError({"procedure_advisory_board_note": ["Te lang."], "period_end": ["Eerder."]})
    assert drf_validation_error(error, _procedure_key).detail == {
        "procedures": {"advisory_board": {"note": ["Te lang."]}},
        "period_end": ["Eerder."],
    }


def test_texts_are_measured_without_the_spaces_around_them(world, coordinator, open_evaluation):
    client = as_user(coordinator)
    fits = client.patch(detail(open_evaluation), {"conclusions": "  " + "x" * 5000 + "  "}, format="json")
    assert fits.status_code == 200
    too_long = client.patch(detail(open_evaluation), {"conclusions": "x" * 5001}, format="json")
    assert too_long.status_code == 400 and set(too_long.json()) == {"conclusions"}


# --- the report ---------------------------------------------------------------------------------------------------


def _report(world, role) -> EvaluationReport:
    return EvaluationReport.objects.get(evaluation=world.objects["evaluation"], organisation=org(world.users[role]))


def _pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_an_open_evaluation_has_no_report(world, open_evaluation):
    member = world.users["member"]
    response = as_user(member).get(detail(open_evaluation, "report/"))
    assert response.status_code == 409
    assert response.json() == {"detail": said(member, "The report is made once the evaluation is finalised.")}
    assert not EvaluationReport.objects.filter(evaluation=open_evaluation).exists()


def test_the_report_is_made_then_downloaded_and_logged(world):
    enforcement = world.users["enforcement_facts"]
    client = as_user(enforcement)
    path = detail(world.objects["evaluation"], "report/")
    queued = client.get(path)
    assert queued.status_code == 202
    assert queued.json() == {"status": "queued", "retry_after": 2}
    assert queued["Retry-After"] == "2"
    report = _report(world, "enforcement_facts")
    assert report.status == ReportStatus.QUEUED and report.requested_by == enforcement
    # Asking again while it is queued changes nothing.
    assert client.get(path).status_code == 202
    assert EvaluationReport.objects.filter(evaluation=world.objects["evaluation"]).count() == 1
    assert services.report_render(report.pk) == ReportStatus.READY
    response = client.get(path, HTTP_ACCEPT="application/pdf")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    assert content.startswith(b"%PDF")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;") and ".pdf" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    text = _pdf_text(content)
    assert world.objects["aftercare_case"].title in text
    assert CANARY_FACTS in text and CANARY_FULL not in text and CANARY_INTERNAL not in text  # enforcement: facts
    download = ReportDownload.objects.get(report=report)
    assert (download.user, download.organisation, download.via) == (enforcement, org(enforcement), "api")
    # Read above summary level: an export in the signal's access log.
    logged = AccessLogEntry.objects.filter(signal=world.objects["signal"], kind=AccessKind.EXPORT, user=enforcement)
    assert logged.count() == 1 and logged.get().object_id == str(world.objects["evaluation"].id)


def test_each_organisation_has_its_own_report(world):
    evaluation = world.objects["evaluation"]
    for role in ("member", "police_summary"):
        assert as_user(world.users[role]).get(detail(evaluation, "report/")).status_code == 202
        services.report_render(_report(world, role).pk)
    member = as_user(world.users["member"]).get(detail(evaluation, "report/"))
    police = as_user(world.users["police_summary"]).get(detail(evaluation, "report/"))
    member_text = _pdf_text(b"".join(member.streaming_content))
    police_text = _pdf_text(b"".join(police.streaming_content))
    assert CANARY_FACTS in member_text and CANARY_FACTS not in police_text
    assert CANARY_INTERNAL not in member_text  # not even in its own organisation's copy
    # The police read at summary level: nothing logged in the access log for them.
    assert not AccessLogEntry.objects.filter(user=world.users["police_summary"], kind=AccessKind.EXPORT).exists()


def test_a_failed_or_outdated_report_is_made_again(world):
    member = world.users["member"]
    client = as_user(member)
    path = detail(world.objects["evaluation"], "report/")
    client.get(path)
    report = _report(world, "member")
    EvaluationReport.objects.filter(pk=report.pk).update(status=ReportStatus.FAILED)
    again = client.get(path)
    assert again.status_code == 202 and again.json()["status"] == "queued"
    assert _report(world, "member").status == ReportStatus.QUEUED
    services.report_render(report.pk)
    assert client.get(path).status_code == 200
    # A source changed (a text of a part edited): the old file is not served; it is made again.
    EvaluationPart.objects.filter(evaluation=world.objects["evaluation"], organisation=org(member)).update(
        went_well="Anders"
    )
    part = EvaluationPart.objects.get(evaluation=world.objects["evaluation"], organisation=org(member))
    part.save()  # a new updated_at
    assert client.get(path).status_code == 202
    # A ready report whose file went missing is made again, not a 500.
    services.report_render(report.pk)
    report.refresh_from_db()
    report.file.storage.delete(report.file.name)
    missing = client.get(path)
    assert missing.status_code == 202 and _report(world, "member").status == ReportStatus.QUEUED
    assert ReportDownload.objects.filter(report=report).count() == 1  # only the one real download


def test_rendering_status_is_reported(world):
    client = as_user(world.users["member"])
    path = detail(world.objects["evaluation"], "report/")
    client.get(path)
    EvaluationReport.objects.filter(pk=_report(world, "member").pk).update(status=ReportStatus.RENDERING)
    response = client.get(path)
    assert response.status_code == 202 and response.json() == {"status": "rendering", "retry_after": 2}


# --- query counts ---------------------------------------------------------------------------------------------------

LIST_MAX_QUERIES = 7  # session, user, membership, count, the evaluations, their participants, the parts


def test_the_list_query_count_does_not_grow_with_the_evaluations(world, coordinator, django_assert_max_num_queries):
    client = as_user(world.users["member"])
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        assert len(ids(client.get(URL))) == 1
    police, enforcement = world.objects["police"], world.objects["enforcement"]
    for n in range(5):
        case = _case_in_aftercare(world, police, enforcement, org(coordinator), title=f"Nazorg {n}")
        evaluation = services.evaluation_start(case=case, acting_user=coordinator)
        services.part_save(evaluation=evaluation, acting_user=world.users["police_summary"], submit=True, **ANSWERS)
        services.part_save(evaluation=evaluation, acting_user=world.users["member"], **ANSWERS)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        results = client.get(URL).json()["results"]
    assert len(results) == 6
    assert all(len(row["parts"]) == 2 and len(row["participants"]) >= 4 for row in results)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        assert client.get(detail(world.objects["evaluation"])).status_code == 200


# --- the schema ---------------------------------------------------------------------------------------------------


def test_the_schema_describes_the_endpoints(tmp_path):
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    schema = target.read_text()
    for path in ("", "{id}/", "{id}/report/"):
        assert f"/api/v1/evaluations/{path}:" in schema
    assert "application/pdf" in schema and "'202':" in schema and "'409':" in schema
