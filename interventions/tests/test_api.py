"""The cases and interventions API (shared/API.md, DOMAIN.md §5-6): who sees a case, its signals (only at the level
each was shared, not counted when not shared) and its interventions; the lead's fields; the phase history;
intervention writes and status changes; the matrix and its filters; bounded query counts."""

import uuid

import pytest
from rest_framework.test import APIClient

from interventions import services
from interventions.models import Case, CasePhaseChange, Intervention, InterventionType
from partners.visibility import AccessLevel, get_signal_for_user, grant_signal_level
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory
from tests.roles import CANARY_FULL, ROLES, build_world

pytestmark = pytest.mark.django_db

CASE_KEYS = {
    "id",
    "title",
    "description",
    "phase",
    "lead_organisation",
    "organisations",
    "is_lead",
    "signal_count",
    "created_at",
    "updated_at",
}
CASE_DETAIL_KEYS = CASE_KEYS | {"signals", "phase_history"}
INTERVENTION_KEYS = {
    "id",
    "case",
    "signal",
    "intervention_type",
    "title",
    "phase",
    "executing_organisation",
    "executing_person",
    "created_by_organisation",
    "goal",
    "target",
    "planned_date",
    "status",
    "outcome",
    "effect",
    "created_at",
    "updated_at",
    "can_change",
}
TYPE_KEYS = {
    "code",
    "title",
    "description",
    "phase",
    "mode",
    "level",
    "partner_types",
    "targets",
    "source",
    "is_active",
}

# The level at which each participant of the world's case sees its (canary) signal; None: not at all.
CASE_SIGNAL_LEVEL = {
    "member": "owner",
    "coordinator": "owner",
    "police_summary": "summary",
    "enforcement_facts": "facts",
    "care_full": "full",
    "school_none": None,  # takes part in the case, but its share of the signal expired
}
NOT_PARTICIPATING = ["operator", "network_coordinator", "other_network"]


def as_user(user) -> APIClient:
    client = APIClient()
    client.force_login(user)  # a session, as in real use: the query counts include it
    return client


def org(user):
    return user.membership.organisation


def ids(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


@pytest.fixture
def world():
    return build_world(aftercare=False)  # these tests count the world's one case and its interventions


def _case_url(world, suffix=""):
    return f"/api/v1/cases/{world.objects['case'].id}/{suffix}"


def _intervention_url(intervention):
    return f"/api/v1/interventions/{intervention.id}/"


# --- cases: who sees them, and which of their signals -----------------------------------------------------------


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
def test_a_case_is_seen_by_its_participants_with_only_the_signals_they_may_see(world, role):
    client = as_user(world.users[role])
    case = world.objects["case"]
    listed = client.get("/api/v1/cases/")
    detail = client.get(_case_url(world))
    if role in NOT_PARTICIPATING:
        assert ids(listed) == []
        assert detail.status_code == 404
        return
    assert ids(listed) == [str(case.id)]
    row = listed.json()["results"][0]
    assert set(row) == CASE_KEYS
    data = detail.json()
    assert set(data) == CASE_DETAIL_KEYS
    level = CASE_SIGNAL_LEVEL[role]
    expected = [] if level is None else [{"id": str(world.objects["signal"].id), "access_level": level}]
    assert [{key: s[key] for key in ("id", "access_level")} for s in data["signals"]] == expected
    assert row["signal_count"] == data["signal_count"] == len(expected)
    assert data["is_lead"] is (role in ("member", "coordinator"))
    assert data["lead_organisation"]["id"] == str(world.objects["youth"].id)
    participants = {o["id"] for o in data["organisations"]}
    expected_participants = {world.objects[name].id for name in ("youth", "police", "enforcement", "care", "school")}
    assert participants == {str(pk) for pk in expected_participants}


def test_school_none_sees_the_case_but_not_a_trace_of_its_signal(world):
    """The school takes part, but the signal's share with it expired: no id, no count, nothing of the signal."""
    client = as_user(world.users["school_none"])
    body = client.get(_case_url(world)).content.decode() + client.get("/api/v1/cases/").content.decode()
    assert str(world.objects["signal"].id) not in body
    assert client.get(_case_url(world)).json()["signal_count"] == 0


def test_a_case_of_another_network_is_not_found(world, other_network):
    stranger = MembershipFactory(organisation=OrganisationFactory(network=other_network)).user
    foreign = services.case_create(acting_user=stranger, title="Elders")
    client = as_user(world.users["member"])
    assert client.get(f"/api/v1/cases/{foreign.id}/").status_code == 404
    assert client.patch(f"/api/v1/cases/{foreign.id}/", {"title": "x"}, format="json").status_code == 404
    assert str(foreign.id) not in ids(client.get("/api/v1/cases/"))
    assert client.get("/api/v1/cases/not-a-uuid/").status_code == 404


def test_phase_history_names_the_person_only_to_colleagues(world):
    member = world.users["member"]
    own = as_user(world.users["coordinator"]).get(_case_url(world)).json()["phase_history"]
    partner = as_user(world.users["police_summary"]).get(_case_url(world)).json()["phase_history"]
    assert len(own) == len(partner) == 1
    assert own[0]["from_phase"] == "" and own[0]["to_phase"] == "crisis"
    assert own[0]["organisation"]["id"] == str(world.objects["youth"].id)
    assert member.get_full_name() in own[0]["changed_by"]
    assert partner[0]["changed_by"] == world.objects["youth"].name
    assert member.get_full_name() not in str(partner) and member.username not in str(partner)


# --- cases: creating ----------------------------------------------------------------------------------------------


def test_create_a_case_with_participants_and_signals(world):
    client = as_user(world.users["care_full"])
    signal = world.objects["signal"]
    response = client.post(
        "/api/v1/cases/",
        {
            "title": "Spanningen rond het plein",
            "description": "Twee groepen",
            "phase": "vredestijd",
            "organisations": [str(world.objects["police"].id)],
            "signals": [str(signal.id)],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    data = response.json()
    assert set(data) == CASE_DETAIL_KEYS
    assert data["is_lead"] is True
    assert data["lead_organisation"]["id"] == str(world.objects["care"].id)
    assert {o["id"] for o in data["organisations"]} == {str(world.objects["care"].id), str(world.objects["police"].id)}
    assert data["signals"][0]["id"] == str(signal.id) and data["signals"][0]["access_level"] == "full"
    assert [(c["from_phase"], c["to_phase"]) for c in data["phase_history"]] == [("", "vredestijd")]
    # The police take part, and see the signal at their own level (summary): bundling shared nothing.
    police_view = as_user(world.users["police_summary"]).get(f"/api/v1/cases/{data['id']}/").json()
    assert police_view["signals"][0]["access_level"] == "summary"
    assert police_view["is_lead"] is False


def test_a_signal_one_may_not_see_is_refused_like_one_that_does_not_exist(world):
    client = as_user(world.users["school_none"])
    unseen = client.post("/api/v1/cases/", {"title": "T", "signals": [str(world.objects["signal"].id)]}, format="json")
    missing = client.post("/api/v1/cases/", {"title": "T", "signals": [str(uuid.uuid4())]}, format="json")
    assert unseen.status_code == missing.status_code == 400
    assert set(unseen.json()) == {"signals"}
    assert unseen.json() == missing.json()
    assert Case.objects.count() == 1  # only the world's


def test_create_refuses_organisations_of_another_network_and_bad_input(world):
    client = as_user(world.users["member"])
    foreign = client.post(
        "/api/v1/cases/", {"title": "T", "organisations": [str(world.objects["other_org"].id)]}, format="json"
    )
    assert foreign.status_code == 400 and set(foreign.json()) == {"organisations"}
    assert client.post("/api/v1/cases/", {"title": "  "}, format="json").json().keys() == {"title"}
    assert client.post("/api/v1/cases/", {"title": "T", "phase": "oorlog"}, format="json").status_code == 400
    assert client.post("/api/v1/cases/", {"title": "T", "signals": ["x"]}, format="json").status_code == 400
    assert client.post("/api/v1/cases/", ["not", "an", "object"], format="json").status_code == 400
    assert client.post("/api/v1/cases/", {"title": "T\x00"}, format="json").status_code == 400
    assert as_user(world.users["operator"]).post("/api/v1/cases/", {"title": "T"}, format="json").status_code == 403
    assert Case.objects.count() == 1


# --- cases: changing ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        {"title": "Nieuwe titel"},
        {"description": "x"},
        {"organisations": []},
        {"phase": "nazorg", "reason": "Rustig"},
        {"reason": "Zomaar"},
        {"title": "Nieuwe titel", "add_signals": []},
    ],
)
def test_only_the_lead_changes_the_leads_fields(world, body):
    for role in ("police_summary", "school_none"):
        response = as_user(world.users[role]).patch(_case_url(world), body, format="json")
        assert response.status_code == 403, (role, response.content)
    case = Case.objects.get(pk=world.objects["case"].pk)
    assert (case.title, case.phase) == ("Conflict tussen twee groepen in Centrum", "crisis")
    for role in NOT_PARTICIPATING:
        assert as_user(world.users[role]).patch(_case_url(world), body, format="json").status_code == 404


def test_the_lead_changes_title_and_participants(world):
    client = as_user(world.users["coordinator"])
    response = client.patch(
        _case_url(world),
        {"title": "Conflict Centrum-Noord", "organisations": [str(world.objects["police"].id)]},
        format="json",
    )
    assert response.status_code == 200, response.json()
    data = response.json()
    assert data["title"] == "Conflict Centrum-Noord"
    assert {o["id"] for o in data["organisations"]} == {str(world.objects["youth"].id), str(world.objects["police"].id)}
    # Whoever no longer takes part no longer sees the case.
    assert as_user(world.users["care_full"]).get(_case_url(world)).status_code == 404
    assert as_user(world.users["police_summary"]).get(_case_url(world)).status_code == 200


def test_an_organisation_carrying_out_an_open_intervention_cannot_be_taken_out(world):
    response = as_user(world.users["member"]).patch(
        _case_url(world), {"organisations": [str(world.objects["care"].id)]}, format="json"
    )
    assert response.status_code == 400 and set(response.json()) == {"organisations"}
    assert as_user(world.users["police_summary"]).get(_case_url(world)).status_code == 200


def test_the_phase_moves_back_and_forth_with_a_reason_kept_in_the_history(world):
    client = as_user(world.users["member"])
    assert client.patch(_case_url(world), {"phase": "nazorg"}, format="json").json().keys() == {"reason"}
    assert client.patch(_case_url(world), {"phase": "nazorg", "reason": " "}, format="json").status_code == 400
    assert client.patch(_case_url(world), {"phase": "crisis", "reason": "x"}, format="json").status_code == 400
    assert client.patch(_case_url(world), {"phase": "oorlog", "reason": "x"}, format="json").status_code == 400
    assert client.patch(_case_url(world), {"reason": "Alleen een reden"}, format="json").json().keys() == {"phase"}
    assert CasePhaseChange.objects.filter(case=world.objects["case"]).count() == 1

    response = client.patch(_case_url(world), {"phase": "nazorg", "reason": "Het is rustig."}, format="json")
    assert response.status_code == 200, response.json()
    again = client.patch(_case_url(world), {"phase": "crisis", "reason": "Nieuwe dreiging."}, format="json")
    assert again.status_code == 200
    data = client.get(_case_url(world)).json()
    assert data["phase"] == "crisis"
    moves = [(c["from_phase"], c["to_phase"], c["reason"]) for c in data["phase_history"]]
    assert moves[1:] == [("crisis", "nazorg", "Het is rustig."), ("nazorg", "crisis", "Nieuwe dreiging.")]
    # A participant reads the history, signed with the organisation.
    partner = as_user(world.users["enforcement_facts"]).get(_case_url(world)).json()["phase_history"]
    assert [c["reason"] for c in partner] == [c["reason"] for c in data["phase_history"]]
    assert {c["changed_by"] for c in partner} == {world.objects["youth"].name}


def test_a_failing_part_of_a_patch_changes_nothing(world):
    response = as_user(world.users["member"]).patch(
        _case_url(world), {"title": "Andere titel", "phase": "nazorg"}, format="json"
    )
    assert response.status_code == 400
    assert Case.objects.get(pk=world.objects["case"].pk).title == "Conflict tussen twee groepen in Centrum"


def test_a_participant_adds_its_signals_which_others_do_not_see_or_count(world):
    police = world.users["police_summary"]
    police_signal = SignalFactory(owner_organisation=org(police), created_by=police)
    client = as_user(police)
    response = client.patch(_case_url(world), {"add_signals": [str(police_signal.id)]}, format="json")
    assert response.status_code == 200, response.json()
    assert {(s["id"], s["access_level"]) for s in response.json()["signals"]} == {
        (str(world.objects["signal"].id), "summary"),
        (str(police_signal.id), "owner"),
    }
    assert response.json()["signal_count"] == 2
    # Youth work leads the case but was not given the police's signal: not listed, not counted.
    lead = as_user(world.users["member"])
    assert lead.get(_case_url(world)).json()["signal_count"] == 1
    assert lead.get("/api/v1/cases/").json()["results"][0]["signal_count"] == 1
    assert str(police_signal.id) not in lead.get(_case_url(world)).content.decode()
    # Once shared, it shows, at the level of the share.
    grant_signal_level(signal=police_signal, organisation=world.objects["youth"], level=AccessLevel.FACTS)
    levels = {s["id"]: s["access_level"] for s in lead.get(_case_url(world)).json()["signals"]}
    assert levels[str(police_signal.id)] == "facts"


def test_adding_a_signal_one_may_not_see_answers_like_a_missing_one(world):
    client = as_user(world.users["school_none"])
    unseen = client.patch(_case_url(world), {"add_signals": [str(world.objects["signal"].id)]}, format="json")
    missing = client.patch(_case_url(world), {"add_signals": [str(uuid.uuid4())]}, format="json")
    assert unseen.status_code == missing.status_code == 400
    assert unseen.json() == missing.json() and set(unseen.json()) == {"add_signals"}
    drafts = SignalFactory(owner_organisation=world.objects["school"], draft=True)
    draft = client.patch(_case_url(world), {"add_signals": [str(drafts.id)]}, format="json")
    assert draft.status_code == 400 and set(draft.json()) == {"add_signals"}


def test_case_list_filters(world):
    member = world.users["member"]
    services.case_create(acting_user=member, title="Vechtpartij bij het station", phase="nazorg")
    client = as_user(member)
    assert len(ids(client.get("/api/v1/cases/"))) == 2
    assert ids(client.get("/api/v1/cases/?phase=crisis")) == [str(world.objects["case"].id)]
    assert len(ids(client.get("/api/v1/cases/?phase=nazorg"))) == 1
    assert len(ids(client.get("/api/v1/cases/?q=STATION"))) == 1
    assert ids(client.get("/api/v1/cases/?q=niets-dergelijks")) == []
    bad = client.get("/api/v1/cases/?phase=oorlog")
    assert bad.status_code == 400 and set(bad.json()) == {"phase"}
    assert client.get("/api/v1/cases/?q=%00").status_code == 400


# --- interventions: who sees them ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
def test_interventions_are_seen_by_the_case_participants_and_on_a_signal_by_those_involved(world, role):
    on_case = str(world.objects["case_intervention"].id)
    on_signal = str(world.objects["signal_intervention"].id)
    by_enforcement = str(world.objects["enforcement_intervention"].id)
    expected = {
        "member": {on_case, on_signal, by_enforcement},
        "coordinator": {on_case, on_signal, by_enforcement},
        "police_summary": {on_case},
        "enforcement_facts": {on_case, by_enforcement},
        "care_full": {on_case},
        "school_none": {on_case},
    }.get(role, set())
    client = as_user(world.users[role])
    assert set(ids(client.get("/api/v1/interventions/"))) == expected
    for intervention_id in (on_case, on_signal, by_enforcement):
        status = client.get(f"/api/v1/interventions/{intervention_id}/").status_code
        assert status == (200 if intervention_id in expected else 404)


def test_intervention_shape_and_who_may_change_it(world):
    intervention = world.objects["case_intervention"]
    for role, can_change in [
        ("member", True),  # the lead, which also registered it
        ("police_summary", True),  # carries it out
        ("enforcement_facts", False),
        ("school_none", False),
    ]:
        data = as_user(world.users[role]).get(_intervention_url(intervention)).json()
        assert set(data) == INTERVENTION_KEYS
        assert data["can_change"] is can_change, role
        assert data["case"] == str(world.objects["case"].id) and data["signal"] is None
        assert data["executing_organisation"]["id"] == str(world.objects["police"].id)
        assert data["created_by_organisation"]["id"] == str(world.objects["youth"].id)
        assert data["phase"] == "crisis"  # the case's phase when it was registered


def test_the_executing_person_is_named_only_to_colleagues(world):
    police = world.users["police_summary"]
    colleague = MembershipFactory(organisation=org(police)).user
    response = as_user(police).patch(
        _intervention_url(world.objects["case_intervention"]), {"executing_person": str(colleague.id)}, format="json"
    )
    assert response.status_code == 200, response.json()
    assert colleague.get_full_name() in response.json()["executing_person"]
    for role in ("member", "care_full"):
        body = as_user(world.users[role]).get(_intervention_url(world.objects["case_intervention"])).content.decode()
        assert colleague.get_full_name() not in body and colleague.username not in body
        assert str(colleague.id) not in body
        listed = as_user(world.users[role]).get("/api/v1/interventions/").content.decode()
        assert colleague.get_full_name() not in listed
    data = as_user(world.users["member"]).get(_intervention_url(world.objects["case_intervention"])).json()
    assert data["executing_person"] == world.objects["police"].name


def test_a_person_of_another_organisation_cannot_be_picked(world):
    """Persons are picked within the caller's own organisation only: the youth worker (case lead) cannot name a
    police officer, also not one who exists (no hint either way)."""
    police_officer = world.users["police_summary"]
    client = as_user(world.users["member"])
    url = _intervention_url(world.objects["case_intervention"])
    other = client.patch(url, {"executing_person": str(police_officer.id)}, format="json")
    missing = client.patch(url, {"executing_person": str(uuid.uuid4())}, format="json")
    assert other.status_code == missing.status_code == 400
    assert other.json() == missing.json() and set(other.json()) == {"executing_person"}
    # A colleague, while another organisation carries it out: the service refuses (the person must belong to it).
    colleague = world.users["coordinator"]
    refused = client.patch(url, {"executing_person": str(colleague.id)}, format="json")
    assert refused.status_code == 400 and set(refused.json()) == {"executing_person"}
    assert Intervention.objects.get(pk=world.objects["case_intervention"].pk).executing_person is None


# --- interventions: creating --------------------------------------------------------------------------------------


def test_a_participant_registers_an_intervention_on_the_case_from_the_matrix(world):
    entry = InterventionType.objects.create(
        code="api-test-gesprek", title="Groepsgesprek", phase="crisis", mode="offline", level="meso", source="test"
    )
    police = world.users["police_summary"]
    response = as_user(police).post(
        "/api/v1/interventions/",
        {
            "case": str(world.objects["case"].id),
            "intervention_type": entry.code,
            "goal": "De groep aanspreken",
            "target": "group",
            "status": "planned",
            "planned_date": "2030-05-01",
            "executing_person": str(police.id),
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["title"] == "Groepsgesprek"
    assert data["intervention_type"] == {"code": entry.code, "title": "Groepsgesprek"}
    assert data["executing_organisation"]["id"] == str(world.objects["police"].id)  # the caller's, by default
    assert data["status"] == "planned" and data["planned_date"] == "2030-05-01"
    assert data["can_change"] is True
    # Every participant sees it; the person is named to the police only.
    lead_view = as_user(world.users["member"]).get(f"/api/v1/interventions/{data['id']}/").json()
    assert lead_view["executing_person"] == world.objects["police"].name
    assert lead_view["can_change"] is True  # the lead changes the case's interventions
    assert as_user(world.users["school_none"]).get(f"/api/v1/interventions/{data['id']}/").status_code == 200


def test_an_intervention_belongs_to_exactly_one_case_or_signal(world):
    client = as_user(world.users["member"])
    base = {"goal": "Doel", "target": "group", "title": "Iets"}
    neither = client.post("/api/v1/interventions/", base, format="json")
    both = client.post(
        "/api/v1/interventions/",
        {**base, "case": str(world.objects["case"].id), "signal": str(world.objects["signal"].id)},
        format="json",
    )
    assert neither.status_code == both.status_code == 400
    assert set(neither.json()) == set(both.json()) == {"non_field_errors"}
    assert Intervention.objects.count() == 3


def test_a_case_or_signal_one_may_not_see_answers_like_a_missing_one(world):
    client = as_user(world.users["network_coordinator"])  # no part in the case, the share of the signal revoked
    base = {"goal": "Doel", "target": "group", "title": "Iets"}
    for field, seen in (("case", world.objects["case"].id), ("signal", world.objects["signal"].id)):
        unseen = client.post("/api/v1/interventions/", {**base, field: str(seen)}, format="json")
        missing = client.post("/api/v1/interventions/", {**base, field: str(uuid.uuid4())}, format="json")
        assert unseen.status_code == missing.status_code == 400
        assert unseen.json() == missing.json() and set(unseen.json()) == {field}
    unknown_type = as_user(world.users["member"]).post(
        "/api/v1/interventions/",
        {**base, "case": str(world.objects["case"].id), "intervention_type": "bestaat-niet"},
        format="json",
    )
    assert unknown_type.status_code == 400 and set(unknown_type.json()) == {"intervention_type"}
    foreign = as_user(world.users["member"]).post(
        "/api/v1/interventions/",
        {**base, "case": str(world.objects["case"].id), "executing_organisation": str(world.objects["other_org"].id)},
        format="json",
    )
    assert foreign.status_code == 400 and set(foreign.json()) == {"executing_organisation"}
    assert as_user(world.users["operator"]).post("/api/v1/interventions/", base, format="json").status_code == 403
    assert Intervention.objects.count() == 3


def test_a_partner_plans_on_a_signal_without_learning_who_else_received_it(world):
    """A partner at summary level chooses its own organisation or the owner to carry it out; asking for any other
    organisation answers the same, whether or not that organisation may read the signal."""
    client = as_user(world.users["police_summary"])
    base = {"signal": str(world.objects["signal"].id), "goal": "Doel", "target": "poster", "title": "Aanspreken"}
    reads = client.post(
        "/api/v1/interventions/", {**base, "executing_organisation": str(world.objects["care"].id)}, format="json"
    )
    does_not_read = client.post(
        "/api/v1/interventions/", {**base, "executing_organisation": str(world.objects["school"].id)}, format="json"
    )
    assert reads.status_code == does_not_read.status_code == 400
    assert reads.json() == does_not_read.json()
    own = client.post("/api/v1/interventions/", base, format="json")
    assert own.status_code == 201, own.json()
    assert own.json()["executing_organisation"]["id"] == str(world.objects["police"].id)
    to_owner = client.post(
        "/api/v1/interventions/", {**base, "executing_organisation": str(world.objects["youth"].id)}, format="json"
    )
    assert to_owner.status_code == 201, to_owner.json()
    # The owner sees both; the police see the ones they registered, not the owner's own.
    assert {own.json()["id"], to_owner.json()["id"]} <= set(
        ids(as_user(world.users["member"]).get("/api/v1/interventions/"))
    )
    assert str(world.objects["signal_intervention"].id) not in ids(client.get("/api/v1/interventions/"))
    # The owner may hand one to any organisation that reads the signal.
    owner = as_user(world.users["member"]).post(
        "/api/v1/interventions/", {**base, "executing_organisation": str(world.objects["care"].id)}, format="json"
    )
    assert owner.status_code == 201, owner.json()


def test_texts_of_an_intervention_on_a_signal_leave_out_names_below_full_level(world):
    """As with step-5 actions: a partner below full level of the signal reads the texts without the names and
    handles of the signal's persons."""
    member = world.users["member"]
    intervention = services.intervention_create(
        acting_user=member,
        signal=get_signal_for_user(member, world.objects["signal"].pk),
        title="Gesprek",
        goal=f"Gesprek met {CANARY_FULL} alias over zijn berichten",
        target="poster",
        executing_organisation=world.objects["enforcement"],
    )
    facts = as_user(world.users["enforcement_facts"]).get(_intervention_url(intervention))
    assert facts.status_code == 200
    assert CANARY_FULL not in facts.content.decode()
    assert "over zijn berichten" in facts.json()["goal"]
    assert CANARY_FULL not in as_user(world.users["enforcement_facts"]).get("/api/v1/interventions/").content.decode()
    assert CANARY_FULL in as_user(member).get(_intervention_url(intervention)).json()["goal"]


# --- interventions: changing --------------------------------------------------------------------------------------


def test_status_changes(world):
    client = as_user(world.users["police_summary"])  # carries it out
    url = _intervention_url(world.objects["case_intervention"])
    no_date = client.patch(url, {"status": "planned"}, format="json")
    assert no_date.status_code == 400 and set(no_date.json()) == {"planned_date"}
    planned = client.patch(url, {"status": "planned", "planned_date": "2030-06-01"}, format="json")
    assert planned.status_code == 200, planned.json()
    assert (planned.json()["status"], planned.json()["planned_date"]) == ("planned", "2030-06-01")
    too_early = client.patch(url, {"effect": "Het werkte"}, format="json")
    assert too_early.status_code == 400 and set(too_early.json()) == {"effect"}
    done = client.patch(
        url, {"status": "done", "outcome": "Gesprek gevoerd", "effect": "De rust keerde terug"}, format="json"
    )
    assert done.status_code == 200, done.json()
    assert (done.json()["status"], done.json()["effect"]) == ("done", "De rust keerde terug")
    dropped = as_user(world.users["member"]).patch(url, {"status": "dropped", "effect": ""}, format="json")
    assert dropped.status_code == 200 and dropped.json()["status"] == "dropped"
    assert client.patch(url, {"status": "gestopt"}, format="json").status_code == 400
    assert client.patch(url, {"planned_date": "morgen"}, format="json").status_code == 400
    assert Intervention.history.filter(id=world.objects["case_intervention"].id).count() >= 4


def test_who_may_not_change_an_intervention(world):
    url = _intervention_url(world.objects["case_intervention"])
    for role in ("enforcement_facts", "care_full", "school_none"):  # see it, do not carry it out or lead
        assert as_user(world.users[role]).patch(url, {"status": "dropped"}, format="json").status_code == 403
    for role in NOT_PARTICIPATING:
        assert as_user(world.users[role]).patch(url, {"status": "dropped"}, format="json").status_code == 404
    for role in ("police_summary", "care_full", "network_coordinator"):
        signal_url = _intervention_url(world.objects["signal_intervention"])
        assert as_user(world.users[role]).patch(signal_url, {"status": "dropped"}, format="json").status_code == 404
    assert Intervention.objects.filter(status="dropped").count() == 0


def test_intervention_list_filters(world):
    member = world.users["member"]
    client = as_user(member)
    case_id = str(world.objects["case"].id)
    signal_id = str(world.objects["signal"].id)
    assert ids(client.get(f"/api/v1/interventions/?case={case_id}")) == [str(world.objects["case_intervention"].id)]
    assert set(ids(client.get(f"/api/v1/interventions/?signal={signal_id}"))) == {
        str(world.objects["signal_intervention"].id),
        str(world.objects["enforcement_intervention"].id),
    }
    assert len(ids(client.get("/api/v1/interventions/?status=proposed"))) == 3
    assert ids(client.get("/api/v1/interventions/?status=done")) == []
    assert ids(client.get("/api/v1/interventions/?phase=crisis")) == [str(world.objects["case_intervention"].id)]
    for bad in ("status=klaar", "phase=oorlog", "case=nope", "signal=123"):
        response = client.get(f"/api/v1/interventions/?{bad}")
        assert response.status_code == 400, bad
        assert set(response.json()) == {bad.split("=")[0]}
    # Another network's filter by our case finds nothing.
    assert ids(as_user(world.users["other_network"]).get(f"/api/v1/interventions/?case={case_id}")) == []


# --- the intervention matrix --------------------------------------------------------------------------------------


@pytest.fixture
def matrix_entries():
    """Entries of our own, found by a word no catalogue entry contains."""

    def entry(code, **values):
        defaults = {"title": f"Zqxwv {code}", "source": "test", "level": "meso"}
        return InterventionType.objects.create(code=code, **{**defaults, **values})

    return {
        "online_police": entry(
            "zqx-online-police", phase="crisis", mode="online", partner_types=["politie"], targets=["poster"]
        ),
        "offline_youth": entry(
            "zqx-offline-youth",
            phase="vredestijd",
            mode="offline",
            partner_types=["jongerenwerk", "school"],
            targets=["group", "parents"],
            description="Een activiteit met ouders",
        ),
        "both_all": entry(
            "zqx-both-all",
            phase="nazorg",
            mode="both",
            partner_types=["jongerenwerk", "politie", "gemeente_oov"],
            targets=["victim"],
        ),
        "inactive": entry(
            "zqx-inactive", phase="crisis", mode="online", partner_types=["politie"], targets=[], is_active=False
        ),
    }


def _codes(client, query=""):
    response = client.get(f"/api/v1/intervention-types/?q=zqxwv{query}")
    assert response.status_code == 200, response.content
    return {row["code"] for row in response.json()["results"]}


def test_the_matrix_filters(member, matrix_entries):
    client = as_user(member)
    assert _codes(client) == {"zqx-online-police", "zqx-offline-youth", "zqx-both-all"}  # active only
    assert _codes(client, "&phase=crisis") == {"zqx-online-police"}
    assert _codes(client, "&mode=online") == {"zqx-online-police"}
    assert _codes(client, "&mode=both") == {"zqx-both-all"}
    assert _codes(client, "&partner_type=politie") == {"zqx-online-police", "zqx-both-all"}
    assert _codes(client, "&partner_type=school") == {"zqx-offline-youth"}
    assert _codes(client, "&partner_type=handhaving") == set()
    assert _codes(client, "&target=parents") == {"zqx-offline-youth"}
    assert _codes(client, "&target=victim&partner_type=jongerenwerk") == {"zqx-both-all"}
    assert _codes(client, "&level=meso&phase=vredestijd") == {"zqx-offline-youth"}
    # q searches title and description.
    found = client.get("/api/v1/intervention-types/", {"q": "ACTIVITEIT MET OUDERS"}).json()["results"]
    assert [row["code"] for row in found] == ["zqx-offline-youth"]
    assert set(found[0]) == TYPE_KEYS
    assert found[0]["partner_types"] == ["jongerenwerk", "school"]


def test_the_matrix_answers_400_on_an_invalid_filter(member):
    client = as_user(member)
    for query in ("phase=oorlog", "mode=telepathie", "level=giga", "partner_type=brandweer", "target=iedereen"):
        response = client.get(f"/api/v1/intervention-types/?{query}")
        assert response.status_code == 400, query
        assert set(response.json()) == {query.split("=")[0]}


def test_a_matrix_entry_by_its_code(member, matrix_entries):
    client = as_user(member)
    data = client.get("/api/v1/intervention-types/zqx-both-all/").json()
    assert set(data) == TYPE_KEYS and data["mode"] == "both"
    assert client.get("/api/v1/intervention-types/zqx-inactive/").json()["is_active"] is False
    assert client.get("/api/v1/intervention-types/bestaat-niet/").status_code == 404


def test_the_seeded_matrix_is_listed_and_filterable_by_partner_type(member):
    """The catalogue shipped by the data migration: every phase has entries, and the partner-type filter (JSON list)
    works on the real data."""
    client = as_user(member)
    total = client.get("/api/v1/intervention-types/").json()["count"]
    assert total == InterventionType.objects.filter(is_active=True).count() > 0
    for phase in ("vredestijd", "crisis", "nazorg"):
        assert client.get(f"/api/v1/intervention-types/?phase={phase}").json()["count"] > 0
    police = client.get("/api/v1/intervention-types/?partner_type=politie").json()["count"]
    assert 0 < police <= total
    assert police == sum(1 for t in InterventionType.objects.filter(is_active=True) if "politie" in t.partner_types)


def test_the_matrix_is_reference_data_for_every_signed_in_user(member):
    from tests.factories import UserFactory

    operator = UserFactory(is_staff=True, is_superuser=True)
    assert as_user(operator).get("/api/v1/intervention-types/").status_code == 200
    assert APIClient().get("/api/v1/intervention-types/").status_code == 401


# --- query counts ---------------------------------------------------------------------------------------------


def _busy_cases(count, member, police):
    """``count`` cases led by youth work with the police taking part, each with signals of both (the police's not
    shared with youth work, the youth's shared with the police at a rotating level) and interventions on the case
    and on the signals."""
    levels = [AccessLevel.SUMMARY, AccessLevel.FACTS, AccessLevel.FULL]
    for index in range(count):
        own = SignalFactory(owner_organisation=org(member), created_by=member)
        grant_signal_level(signal=own, organisation=org(police), level=levels[index % 3])
        theirs = SignalFactory(owner_organisation=org(police), created_by=police)
        case = services.case_create(
            acting_user=member,
            title=f"Casus {index}",
            organisations=[org(police)],
            signals=[get_signal_for_user(member, own.pk)],
        )
        services.case_add_signals(case=case, acting_user=police, signals=[get_signal_for_user(police, theirs.pk)])
        services.case_change_phase(case=case, acting_user=member, phase="crisis", reason="Escalatie")
        services.intervention_create(
            acting_user=member,
            case=case,
            title="Gesprek",
            goal="Rust",
            target="group",
            executing_organisation=org(police),
            executing_person=police,
        )
        services.intervention_create(
            acting_user=member,
            signal=get_signal_for_user(member, own.pk),
            title="Huisbezoek",
            goal="Contact",
            target="poster",
            executing_organisation=org(police),
        )


LIST_MAX_QUERIES = 8
DETAIL_MAX_QUERIES = 8


@pytest.mark.parametrize("user_name", ["member", "police_member"])
def test_list_query_counts_do_not_grow_with_the_rows(member, police_member, user_name, django_assert_max_num_queries):
    user = {"member": member, "police_member": police_member}[user_name]
    client = as_user(user)
    _busy_cases(2, member, police_member)
    for path in ("/api/v1/cases/", "/api/v1/interventions/"):
        with django_assert_max_num_queries(LIST_MAX_QUERIES):
            assert client.get(path).status_code == 200
    _busy_cases(10, member, police_member)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        cases = client.get("/api/v1/cases/").json()["results"]
    assert len(cases) == 12
    assert {case["signal_count"] for case in cases} == {1 if user is member else 2}
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        interventions = client.get("/api/v1/interventions/").json()["results"]
    assert len(interventions) == 24
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        assert client.get("/api/v1/intervention-types/?partner_type=politie&q=e").status_code == 200


def test_detail_query_counts(member, police_member, django_assert_max_num_queries):
    _busy_cases(5, member, police_member)
    case = Case.objects.order_by("created_at").first()
    services.case_add_signals(
        case=case,
        acting_user=member,
        signals=[
            get_signal_for_user(member, SignalFactory(owner_organisation=org(member), created_by=member).pk)
            for _ in range(4)
        ],
    )
    for user in (member, police_member):
        client = as_user(user)
        with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
            data = client.get(f"/api/v1/cases/{case.id}/").json()
        assert len(data["phase_history"]) == 2
        for intervention in Intervention.objects.all()[:4]:
            with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
                assert client.get(_intervention_url(intervention)).status_code == 200


def test_nothing_answers_500_on_odd_input(world):
    client = as_user(world.users["member"])
    case_url = _case_url(world)
    url = _intervention_url(world.objects["case_intervention"])
    for body in ([], "text", {"organisations": "x"}, {"add_signals": [None]}, {"title": None}, {"phase": ["crisis"]}):
        assert client.patch(case_url, body, format="json").status_code == 400, body
    for body in ([], {"status": None}, {"executing_organisation": None}, {"goal": {"a": 1}}, {"planned_date": 5}):
        assert client.patch(url, body, format="json").status_code == 400, body
    odd = {"case": "x", "goal": "", "target": "group"}
    assert client.post("/api/v1/interventions/", odd, format="json").status_code == 400
    assert (
        client.post("/api/v1/interventions/", {"case": str(world.objects["case"].id)}, format="json").status_code == 400
    )
    assert client.get("/api/v1/intervention-types/?q=%00").status_code == 400
    assert client.get("/api/v1/interventions/?case=%00").status_code == 400
    assert client.patch(case_url, {"title": "x" * 500}, format="json").status_code == 400


def test_the_schema_describes_the_endpoints(member):
    client = APIClient()
    client.force_authenticate(member)
    schema = client.get("/api/schema/").content.decode()
    for path in ("/api/v1/cases/", "/api/v1/cases/{id}/", "/api/v1/intervention-types/{code}/"):
        assert f"{path}:" in schema
    assert "/api/v1/interventions/{id}/:" in schema
