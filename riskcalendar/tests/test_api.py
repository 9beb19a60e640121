"""The risk calendar API (shared/API.md, DOMAIN.md §9): who sees an entry and at what level (only the keeper reads
who else was told; a linked case only for those taking part in it), the filters on the windows, creating by the
OOV organisation with derived windows, changing and removing by the keeper only, bounded query counts."""

import datetime as dt
import uuid

import pytest
from rest_framework.test import APIClient

from interventions import services as case_services
from riskcalendar import services
from riskcalendar.models import RiskEvent, RiskEventReader, RiskWindow
from tests.factories import MembershipFactory, OrganisationFactory
from tests.roles import CANARY_RISK, ROLES, SEES_RISK_EVENT, build_world

pytestmark = pytest.mark.django_db

URL = "/api/v1/risk-events/"
EVENT_KEYS = {
    "id",
    "kind",
    "title",
    "start_date",
    "end_date",
    "area",
    "risk_level",
    "description",
    "days_before",
    "days_after",
    "keeper_organisation",
    "case",
    "organisations",
    "windows",
    "is_keeper",
    "created_at",
    "updated_at",
}
WINDOW_KEYS = {"id", "rule", "rule_label", "start_date", "end_date", "anchor_date"}
AUTHENTICATED = [r for r in ROLES if r != "anonymous"]
KEEPER = "network_coordinator"  # the OOV coordinator: its organisation keeps the world's entry


def as_user(user) -> APIClient:
    client = APIClient()
    client.force_login(user)  # a session, as in real use: the query counts include it
    return client


def org(user):
    return user.membership.organisation


def ids(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def detail(event) -> str:
    return f"{URL}{event.id}/"


def world_entries(world) -> set[str]:
    """The world's entries: both kept by the OOV organisation and read by youth work."""
    return {str(world.objects["risk_event"].id), str(world.objects["spare_risk_event"].id)}


@pytest.fixture
def world():
    return build_world()


@pytest.fixture
def keeper(world):
    return world.users[KEEPER]


def _entry(keeper, *, readers=(), **values) -> RiskEvent:
    fields = {
        "kind": "local_event",
        "title": "Kermis",
        "start_date": dt.date(2030, 6, 1),
        "area": "Centrum",
        "risk_level": "elevated",
        **values,
    }
    return services.risk_event_create(acting_user=keeper, organisations=list(readers), **fields)


# --- who sees an entry, and what of it ------------------------------------------------------------------------------


@pytest.mark.parametrize("role", AUTHENTICATED)
def test_an_entry_is_seen_by_the_keeper_and_its_readers_only(world, role):
    event = world.objects["risk_event"]
    client = as_user(world.users[role])
    listed = client.get(URL)
    response = client.get(detail(event))
    if role not in SEES_RISK_EVENT:
        assert ids(listed) == []
        assert response.status_code == 404
        assert CANARY_RISK not in listed.content.decode() + response.content.decode()
        return
    assert set(ids(listed)) == world_entries(world)
    data = response.json()
    row = next(row for row in listed.json()["results"] if row["id"] == str(event.id))
    assert set(data) == set(row) == EVENT_KEYS
    assert data == row
    assert data["keeper_organisation"] == {
        "id": str(org(world.users[KEEPER]).id),
        "name": org(world.users[KEEPER]).name,
        "partner_type": "gemeente_oov",
    }
    assert data["title"] == f"Steekincident {CANARY_RISK}" and data["kind"] == "incident"
    assert [w["rule"] for w in data["windows"]] == ["incident", "anniversary_1", "anniversary_2"]
    assert set(data["windows"][0]) == WINDOW_KEYS
    assert data["case"] is None
    if role == KEEPER:
        assert data["is_keeper"] is True
        assert data["organisations"] == [str(world.objects["youth"].id)]
    else:
        assert data["is_keeper"] is False
        assert data["organisations"] is None


def test_a_reader_does_not_learn_who_else_was_told_nor_who_wrote_it(world, keeper):
    police, youth = world.objects["police"], world.objects["youth"]
    event = _entry(keeper, readers=[youth, police])
    keeper_view = as_user(keeper).get(detail(event)).json()
    assert sorted(keeper_view["organisations"]) == sorted([str(youth.id), str(police.id)])
    body = as_user(world.users["member"]).get(detail(event)).content.decode()
    body += as_user(world.users["member"]).get(URL).content.decode()
    assert str(police.id) not in body and police.name not in body
    assert '"organisations":null' in body
    for text in (keeper.username, keeper.get_full_name(), str(keeper.id)):
        assert text not in body
        assert text not in as_user(keeper).get(detail(event)).content.decode()


def test_another_network_sees_nothing_and_is_seen_by_nobody_here(world):
    foreign_oov = OrganisationFactory(network=world.objects["other_org"].network, oov=True)
    stranger = MembershipFactory(organisation=foreign_oov).user
    foreign = _entry(stranger, readers=[world.objects["other_org"]], title="Elders")
    for role in AUTHENTICATED:
        client = as_user(world.users[role])
        expected = 200 if role == "other_network" else 404
        assert client.get(detail(foreign)).status_code == expected, role
        assert (str(foreign.id) in ids(client.get(URL))) is (role == "other_network"), role
    assert ids(as_user(stranger).get(URL)) == [str(foreign.id)]
    assert as_user(stranger).get(detail(world.objects["risk_event"])).status_code == 404
    assert as_user(world.users["member"]).get(f"{URL}not-a-uuid/").status_code == 404
    assert as_user(world.users["member"]).get(f"{URL}{uuid.uuid4()}/").status_code == 404


def test_anonymous_callers_are_refused(world):
    client = APIClient()
    assert client.get(URL).status_code == 401
    assert client.get(detail(world.objects["risk_event"])).status_code == 401
    assert client.post(URL, {}, format="json").status_code == 401


def test_the_linked_case_shows_only_to_those_taking_part_in_it(world, keeper):
    police, youth = world.objects["police"], world.objects["youth"]
    # A case of the OOV organisation with the police; youth work takes no part in it.
    case = case_services.case_create(acting_user=keeper, title="Spanningen Noord", organisations=[police])
    event = _entry(keeper, readers=[youth, police], kind="incident", case=case)
    seen = {
        KEEPER: str(case.id),
        "police_summary": str(case.id),
        "member": None,
        "coordinator": None,
    }
    for role, expected in seen.items():
        client = as_user(world.users[role])
        assert client.get(detail(event)).json()["case"] == expected, role
        row = next(r for r in client.get(URL).json()["results"] if r["id"] == str(event.id))
        assert row["case"] == expected, role
    assert str(case.id) not in as_user(world.users["member"]).get(URL).content.decode()


def test_the_list_is_newest_first(keeper, world):
    older = _entry(keeper, start_date=dt.date(2029, 1, 1))
    newer = _entry(keeper, start_date=dt.date(2031, 1, 1))
    same_day_later = _entry(keeper, start_date=dt.date(2031, 1, 1))
    spare, event = world.objects["spare_risk_event"], world.objects["risk_event"]
    assert spare.start_date > event.start_date
    assert ids(as_user(keeper).get(URL)) == [
        str(same_day_later.id),
        str(newer.id),
        str(older.id),
        str(spare.id),
        str(event.id),
    ]


# --- filters --------------------------------------------------------------------------------------------------------


def test_start_and_end_match_any_window_overlapping_the_period(keeper):
    # An incident on 10 March 2024: its windows are the day itself, 10 Jan - 17 Mar 2025 and 10 Jan - 17 Mar 2026.
    incident = _entry(keeper, kind="incident", start_date=dt.date(2024, 3, 10), title="Steekpartij")
    fair = _entry(keeper, start_date=dt.date(2025, 8, 20), end_date=dt.date(2025, 8, 25), title="Kermis")
    client = as_user(keeper)

    def found(query):
        return set(ids(client.get(f"{URL}?{query}"))) & {str(incident.id), str(fair.id)}

    # The second anniversary's run-up, far from the incident's own date.
    assert found("start=2026-02-01&end=2026-02-10") == {str(incident.id)}
    assert found("start=2026-03-17&end=2026-03-17") == {str(incident.id)}  # its last day is included
    assert found("start=2026-03-18&end=2026-12-31") == set()
    assert found("start=2024-03-10&end=2024-03-10") == {str(incident.id)}
    # Between the incident's windows, only the fair.
    assert found("start=2025-06-01&end=2025-08-20") == {str(fair.id)}
    assert found("start=2025-08-26&end=2025-12-31") == set()
    # One bound only.
    assert found("start=2025-08-01") == {str(incident.id), str(fair.id)}
    assert found("start=2026-01-01") == {str(incident.id)}
    assert found("end=2024-12-31") == {str(incident.id)}
    assert found("end=2024-03-09") == set()
    # Both bounds hold on one window: the fair's window ends before March 2026, the incident's second run-up
    # starts after August 2025, yet neither overlaps September 2025.
    assert found("start=2025-09-01&end=2025-09-30") == set()


def test_filters_by_area_in_any_case_kind_and_level(keeper):
    north = _entry(keeper, area="  Noord   Oost ", kind="kings_day", risk_level="high")
    centre = _entry(keeper, area="Centrum", kind="new_year", risk_level="low")
    client = as_user(keeper)
    assert north.area == "Noord Oost"
    assert ids(client.get(f"{URL}?area=noord%20oost")) == [str(north.id)]
    assert ids(client.get(f"{URL}?area=NOORD%20%20OOST")) == [str(north.id)]
    assert ids(client.get(f"{URL}?area=noord")) == []  # exact, not a search
    assert ids(client.get(f"{URL}?area=centrum")) == [str(centre.id)]
    assert ids(client.get(f"{URL}?kind=kings_day")) == [str(north.id)]
    assert ids(client.get(f"{URL}?kind=new_year&risk_level=low")) == [str(centre.id)]
    assert ids(client.get(f"{URL}?kind=new_year&risk_level=high")) == []
    assert len(ids(client.get(f"{URL}?risk_level=high"))) == 2  # and the world's incident


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("start=2024-02-30", "start"),
        ("end=tomorrow", "end"),
        ("start=99999-01-01", "start"),
        ("start=2025-03-01&end=2025-02-28", "end"),
        ("kind=war", "kind"),
        ("risk_level=extreme", "risk_level"),
        ("area=%00", "area"),
    ],
)
def test_bad_filter_values_answer_400_by_field(world, query, field):
    for role in (KEEPER, "member", "operator"):
        response = as_user(world.users[role]).get(f"{URL}?{query}")
        assert response.status_code == 400, (role, response.content)
        assert set(response.json()) == {field}


def test_start_after_end_says_so_as_for_an_entry(keeper):
    client = as_user(keeper)
    response = client.get(f"{URL}?start=2025-03-01&end=2025-02-28")
    entry = {"kind": "local_event", "title": "T", "area": "Noord", "risk_level": "low"}
    refused = client.post(URL, {**entry, "start_date": "2025-03-01", "end_date": "2025-02-28"}, format="json")
    assert response.json() == {"end": refused.json()["end_date"]}
    assert len(response.json()["end"]) == 1


# --- creating -------------------------------------------------------------------------------------------------------


def test_the_oov_organisation_creates_an_incident_with_three_windows(world, keeper):
    youth, police = world.objects["youth"], world.objects["police"]
    response = as_user(keeper).post(
        URL,
        {
            "kind": "incident",
            "title": "Steekincident bij het station",
            "start_date": "2024-02-29",
            "area": " Zuid ",
            "risk_level": "high",
            "description": "Twee groepen",
            "organisations": [str(youth.id), str(police.id), str(org(keeper).id)],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    data = response.json()
    assert set(data) == EVENT_KEYS
    assert data["is_keeper"] is True and data["area"] == "Zuid"
    assert data["end_date"] is None and data["case"] is None
    assert sorted(data["organisations"]) == sorted([str(youth.id), str(police.id)])  # the keeper needs no reading
    windows = [(w["rule"], w["start_date"], w["end_date"], w["anchor_date"]) for w in data["windows"]]
    assert windows == [
        ("incident", "2024-02-29", "2024-02-29", "2024-02-29"),
        ("anniversary_1", "2024-12-28", "2025-03-07", "2025-02-28"),
        ("anniversary_2", "2025-12-28", "2026-03-07", "2026-02-28"),
    ]
    assert all(w["rule_label"] for w in data["windows"])
    event = RiskEvent.objects.get(pk=data["id"])
    assert event.created_by == keeper and event.organisation == org(keeper)
    # The readers see it at once.
    assert as_user(world.users["police_summary"]).get(detail(event)).status_code == 200
    assert as_user(world.users["enforcement_facts"]).get(detail(event)).status_code == 404


def test_a_sentencing_and_a_release_get_their_windows(keeper):
    client = as_user(keeper)
    base = {"title": "Uitspraak", "area": "Noord", "risk_level": "elevated"}
    sentencing = client.post(
        URL,
        {**base, "kind": "sentencing", "start_date": "2030-05-10", "days_before": 3, "days_after": 10},
        format="json",
    ).json()
    assert [(w["start_date"], w["end_date"]) for w in sentencing["windows"]] == [("2030-05-07", "2030-05-20")]
    assert (sentencing["days_before"], sentencing["days_after"]) == (3, 10)
    release = client.post(URL, {**base, "kind": "release", "start_date": "2030-01-15"}, format="json").json()
    assert [(w["rule"], w["start_date"], w["end_date"]) for w in release["windows"]] == [
        ("release", "2030-01-15", "2030-07-14")
    ]


@pytest.mark.parametrize("role", ["member", "coordinator", "police_summary", "care_full", "other_network", "operator"])
def test_only_members_of_an_oov_organisation_create(world, role):
    body = {"kind": "new_year", "title": "Oud en nieuw", "start_date": "2030-12-31", "area": "Overal"}
    response = as_user(world.users[role]).post(URL, {**body, "risk_level": "high"}, format="json")
    assert response.status_code == 403
    assert set(map(str, RiskEvent.objects.values_list("pk", flat=True))) == world_entries(world)


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, {"kind", "title", "start_date", "area", "risk_level"}),
        ({"kind": "release", "end_date": "2030-06-02"}, {"end_date"}),
        ({"kind": "sentencing", "end_date": "2030-06-02"}, {"end_date"}),
        ({"end_date": "2030-05-31"}, {"end_date"}),
        ({"end_date": "2031-07-01"}, {"end_date"}),
        ({"kind": "war"}, {"kind"}),
        ({"risk_level": "extreme"}, {"risk_level"}),
        ({"title": "  ", "area": ""}, {"title", "area"}),
        ({"title": "x" * 201}, {"title"}),
        ({"start_date": "1899-01-01"}, {"start_date"}),
        ({"start_date": "2030-02-30"}, {"start_date"}),
        ({"days_before": 366, "days_after": -1}, {"days_before", "days_after"}),
        ({"organisations": ["x"]}, {"organisations"}),
        ({"case": "x"}, {"case"}),
        ({"title": "T\x00"}, {"title"}),
    ],
)
def test_validation_errors_answer_400_field_by_field(world, keeper, body, fields):
    valid = {"kind": "local_event", "title": "Kermis", "start_date": "2030-06-01", "area": "Centrum"}
    payload = body if body == {} else {**valid, "risk_level": "low", **body}
    response = as_user(keeper).post(URL, payload, format="json")
    assert response.status_code == 400, response.content
    assert set(response.json()) == fields
    assert set(map(str, RiskEvent.objects.values_list("pk", flat=True))) == world_entries(world)


def test_a_case_or_organisation_one_may_not_choose_answers_like_a_missing_one(world, keeper):
    client = as_user(keeper)
    base = {"kind": "incident", "title": "T", "start_date": "2030-06-01", "area": "Noord", "risk_level": "low"}
    # The world's case is youth work's: the OOV organisation takes no part in it.
    unseen = client.post(URL, {**base, "case": str(world.objects["case"].id)}, format="json")
    missing = client.post(URL, {**base, "case": str(uuid.uuid4())}, format="json")
    assert unseen.status_code == missing.status_code == 400
    assert unseen.json() == missing.json() and set(unseen.json()) == {"case"}
    foreign = client.post(URL, {**base, "organisations": [str(world.objects["other_org"].id)]}, format="json")
    unknown = client.post(URL, {**base, "organisations": [str(uuid.uuid4())]}, format="json")
    assert foreign.status_code == unknown.status_code == 400
    assert foreign.json() == unknown.json() and set(foreign.json()) == {"organisations"}
    assert set(map(str, RiskEvent.objects.values_list("pk", flat=True))) == world_entries(world)


# --- changing and removing ------------------------------------------------------------------------------------------


def test_moving_the_date_moves_the_windows_in_place(keeper):
    event = _entry(keeper, kind="incident", start_date=dt.date(2024, 3, 10))
    before = {w.rule: w.pk for w in event.windows.all()}
    response = as_user(keeper).patch(detail(event), {"start_date": "2024-05-01"}, format="json")
    assert response.status_code == 200, response.json()
    windows = response.json()["windows"]
    assert [(w["rule"], w["anchor_date"]) for w in windows] == [
        ("incident", "2024-05-01"),
        ("anniversary_1", "2025-05-01"),
        ("anniversary_2", "2026-05-01"),
    ]
    assert {w["rule"]: w["id"] for w in windows} == {rule: str(pk) for rule, pk in before.items()}
    assert response.json()["title"] == "Kermis"  # left out, left as it was
    # Another kind derives other windows.
    response = as_user(keeper).patch(detail(event), {"kind": "release"}, format="json")
    assert [(w["rule"], w["start_date"], w["end_date"]) for w in response.json()["windows"]] == [
        ("release", "2024-05-01", "2024-10-31")
    ]
    assert RiskWindow.objects.filter(event=event).count() == 1


def test_the_keeper_changes_who_sees_it(world, keeper):
    event = world.objects["risk_event"]
    police = world.objects["police"]
    response = as_user(keeper).patch(detail(event), {"organisations": [str(police.id)]}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["organisations"] == [str(police.id)]
    assert as_user(world.users["member"]).get(detail(event)).status_code == 404
    assert as_user(world.users["police_summary"]).get(detail(event)).json()["organisations"] is None


def test_the_keeper_patches_validated_by_the_services(world, keeper):
    event = world.objects["risk_event"]
    client = as_user(keeper)
    assert client.patch(detail(event), {"end_date": "2000-01-01"}, format="json").json().keys() == {"end_date"}
    assert client.patch(detail(event), {"kind": "release", "end_date": "2030-01-01"}, format="json").status_code == 400
    assert client.patch(detail(event), {"title": ""}, format="json").json().keys() == {"title"}
    case = client.patch(detail(event), {"case": str(world.objects["case"].id)}, format="json")
    assert case.status_code == 400 and set(case.json()) == {"case"}
    for body in ([], "text", {"organisations": "x"}, {"days_before": None}, {"kind": None}, {"start_date": 5}):
        assert client.patch(detail(event), body, format="json").status_code == 400, body
    assert RiskEvent.objects.get(pk=event.pk).title == event.title
    assert client.patch(detail(event), {}, format="json").status_code == 200
    assert RiskEvent.history.filter(id=event.pk).count() == 1  # an empty PATCH leaves no history


@pytest.mark.parametrize("role", AUTHENTICATED)
def test_only_the_keeper_changes_and_removes(world, role):
    event = world.objects["risk_event"]
    client = as_user(world.users[role])
    patched = client.patch(detail(event), {"title": "Anders"}, format="json")
    removed = client.delete(detail(event))
    if role == KEEPER:
        assert patched.status_code == 200 and patched.json()["title"] == "Anders"
        assert removed.status_code == 204
        assert client.get(detail(event)).status_code == 404
        assert ids(client.get(URL)) == [str(world.objects["spare_risk_event"].id)]
        assert not RiskWindow.objects.filter(event_id=event.pk).exists()
        assert not RiskEventReader.objects.filter(event_id=event.pk).exists()
        assert client.delete(detail(event)).status_code == 404
        return
    expected = 403 if role in SEES_RISK_EVENT else 404
    assert patched.status_code == removed.status_code == expected, role
    if expected == 403:
        assert set(patched.json()) == set(removed.json()) == {"detail"}
    assert RiskEvent.objects.get(pk=event.pk).title == event.title
    assert RiskWindow.objects.filter(event_id=event.pk).count() == 3


# --- query counts ---------------------------------------------------------------------------------------------------

LIST_MAX_QUERIES = 8


def _many(keeper, world, count: int, case) -> None:
    readers = [world.objects["youth"], world.objects["police"]]
    for n in range(count):
        _entry(
            keeper,
            readers=readers,
            kind=["incident", "release", "sentencing", "local_event"][n % 4],
            start_date=dt.date(2030, 1, 1) + dt.timedelta(days=n),
            case=case if n % 2 else None,
        )


@pytest.mark.parametrize("role", [KEEPER, "member", "police_summary"])
def test_list_query_counts_do_not_grow_with_the_rows(world, keeper, role, django_assert_max_num_queries):
    case = case_services.case_create(acting_user=keeper, title="Noord", organisations=[world.objects["police"]])
    client = as_user(world.users[role])
    # The police read only these; the keeper and youth work also the world's two entries.
    seen_of_the_world = 0 if role == "police_summary" else 2
    _many(keeper, world, 3 - seen_of_the_world, case)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        results = client.get(f"{URL}?start=2020-01-01").json()["results"]
    assert len(results) == 3
    _many(keeper, world, 27, case)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        results = client.get(f"{URL}?start=2020-01-01").json()["results"]
    assert len(results) == 30
    assert sum(len(row["windows"]) for row in results) > len(results)
    assert any(row["case"] for row in results) is (role != "member")
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        assert client.get(detail(RiskEvent.objects.order_by("created_at").last())).status_code == 200


# --- the canary -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [r for r in ROLES if r not in SEES_RISK_EVENT])
def test_the_entry_never_reaches_those_it_was_not_given_to(world, role):
    client = APIClient()
    if world.users[role] is not None:
        client.force_login(world.users[role])
    event = world.objects["risk_event"]
    for path in (URL, f"{URL}?area=noord%20{CANARY_RISK}", f"{URL}?kind=incident", detail(event)):
        assert CANARY_RISK not in client.get(path).content.decode(), (role, path)
    for response in (client.patch(detail(event), {}, format="json"), client.delete(detail(event))):
        assert CANARY_RISK not in response.content.decode()
    assert RiskEvent.objects.filter(pk=event.pk).exists()
