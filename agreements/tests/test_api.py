"""The afsprakenkaart API (shared/API.md, DOMAIN.md §7): every member of the network reads every version with every
column, nobody outside it (404) and nobody reads which person wrote or agreed; the coordinator starts the next
version; an organisation writes and agrees to its own column only; the PDF of adopted versions; bounded query
counts."""

import io
import uuid

import pytest
from django.utils import translation
from django.utils.translation import gettext
from rest_framework.test import APIClient

from agreements import services
from agreements.api.serializers import QUESTION_HELP
from agreements.constants import BASIC_AGREEMENT_KEYS, BASIC_AGREEMENTS, QUESTION_FIELDS, QUESTION_LABELS
from agreements.models import AgreementCard, CardColumn
from tests.roles import CANARY_AGREEMENT, CARD_COLUMNS, IN_NETWORK, ROLES

pytestmark = pytest.mark.django_db

URL = "/api/v1/agreement-cards/"
CARD_KEYS = {
    "id",
    "network",
    "version",
    "status",
    "based_on",
    "created_at",
    "submitted_at",
    "adopted_at",
    "columns",
    "basic_agreements",
}
COLUMN_KEYS = {"organisation", "answers", "agreed_at"}
AUTHENTICATED = [r for r in ROLES if r != "anonymous"]
COORDINATOR = "network_coordinator"
# The world's columns in the order of the routekaart: youth work, police, municipality (OOV), school, enforcement.
COLUMN_ORDER = ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving"]


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


def detail(card, suffix="") -> str:
    return f"{URL}{card.id}/{suffix}"


def answers(text: str) -> dict:
    return {field: f"{text} {field}" for field in QUESTION_FIELDS}


def column_of(card, organisation) -> CardColumn:
    return CardColumn.objects.get(card=card, organisation=organisation)


# --- reading ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", IN_NETWORK)
def test_the_network_reads_every_version_with_every_column(world, role, adopted, concept):
    client = as_user(world.users[role])
    listed = client.get(URL)
    assert ids(listed) == [str(concept.id), str(adopted.id)]  # newest first
    assert listed.json()["count"] == 2
    for card, row in zip([concept, adopted], listed.json()["results"], strict=True):
        data = client.get(detail(card)).json()
        assert data == row
        assert set(data) == CARD_KEYS
        assert data["network"] == {"id": str(world.objects["network"].id), "name": world.objects["network"].name}
        assert data["version"] == card.version
        assert [c["organisation"]["partner_type"] for c in data["columns"]] == COLUMN_ORDER
        assert all(set(c) == COLUMN_KEYS and set(c["answers"]) == set(QUESTION_FIELDS) for c in data["columns"])
        assert data["basic_agreements"] == [
            {"key": key, "title": said(world.users[role], title), "text": said(world.users[role], text)}
            for key, title, text in BASIC_AGREEMENTS
        ]
    version_2, version_1 = listed.json()["results"]
    assert (version_1["version"], version_1["status"], version_1["based_on"]) == (1, "vastgesteld", None)
    assert (version_2["version"], version_2["status"], version_2["based_on"]) == (2, "concept", str(adopted.id))
    assert version_1["adopted_at"] and version_1["submitted_at"] and version_2["adopted_at"] is None
    police = world.objects["police"]
    police_column = next(c for c in version_1["columns"] if c["organisation"]["id"] == str(police.id))
    assert police_column["organisation"] == {"id": str(police.id), "name": police.name, "partner_type": "politie"}
    assert police_column["answers"] == {field: f"Afspraak {police.name}: {field}" for field in QUESTION_FIELDS}
    assert police_column["agreed_at"] is not None
    # The draft started as a copy of the adopted answers, and nobody agreed to it yet.
    assert [c["answers"] for c in version_2["columns"]] == [c["answers"] for c in version_1["columns"]]
    assert all(c["agreed_at"] is None for c in version_2["columns"])
    # Care, an "other" partner, takes no part in the cards but reads them.
    assert str(world.objects["care"].id) not in listed.content.decode()


def test_nobody_reads_which_person_wrote_started_or_agreed(world, coordinator, concept, submit):
    member = world.users["member"]
    # Every kind of person on a card: started and adopted by the coordinator, written and agreed by members.
    submit(concept, coordinator, text="Versie twee")
    services.column_agree(acting_user=member, column=column_of(concept, org(member)), confirmed=BASIC_AGREEMENT_KEYS)
    people = [user for user in world.users.values() if user is not None]
    people.append(world.objects["other_coordinator"])
    for role in IN_NETWORK:
        client = as_user(world.users[role])
        bodies = [client.get(URL), client.get(detail(concept)), client.get(detail(world.objects["card_adopted"]))]
        body = "".join(response.content.decode() for response in bodies)
        assert "Versie twee" in body  # the answers are there ...
        for person in people:  # ... the people are not
            for text in (person.username, person.get_full_name(), str(person.pk), person.email):
                assert f'"{text}"' not in body, (role, text)
        for key in ("created_by", "adopted_by", "updated_by", "agreed_by", "user", "author"):
            assert f'"{key}"' not in body


def test_another_network_is_not_found_and_sees_nothing_here(world, adopted, concept):
    other_card = world.objects["other_card"]
    for role in IN_NETWORK:
        client = as_user(world.users[role])
        assert client.get(detail(other_card)).status_code == 404, role
        assert str(other_card.id) not in ids(client.get(URL))
    stranger = as_user(world.users["other_network"])
    assert ids(stranger.get(URL)) == [str(other_card.id)]
    assert stranger.get(detail(other_card)).status_code == 200
    for card in (adopted, concept):
        assert stranger.get(detail(card)).status_code == 404
    operator = as_user(world.users["operator"])
    assert ids(operator.get(URL)) == []
    assert operator.get(detail(adopted)).status_code == 404
    member = as_user(world.users["member"])
    assert member.get(f"{URL}{uuid.uuid4()}/").status_code == 404
    assert member.get(f"{URL}not-a-uuid/").status_code == 404


@pytest.mark.parametrize("role", [r for r in ROLES if r != "other_network"])
def test_the_other_networks_card_never_reaches_the_first_network(world, role):
    client = APIClient()
    if world.users[role] is not None:
        client.force_login(world.users[role])
    other_card = world.objects["other_card"]
    own = world.objects["card_adopted"]
    full = {"confirmed": list(BASIC_AGREEMENT_KEYS), **answers(CANARY_AGREEMENT)}
    responses = [
        client.get(URL),
        client.get(f"{URL}?status=vastgesteld"),
        client.get(detail(other_card)),
        client.get(detail(other_card, "pdf/")),
        client.get(detail(own, "pdf/")),
        client.put(detail(other_card, "answers/"), full, format="json"),
        client.put(detail(other_card, "answers/"), {**full, "organisation": str(world.objects["other_org"].id)}),
        client.post(detail(other_card, "approve/"), full, format="json"),
        client.post(URL, {}, format="json"),
    ]
    for response in responses:
        assert CANARY_AGREEMENT.encode() not in response.content, (role, response.request["PATH_INFO"])
        assert response.status_code != 200 or response.request["PATH_INFO"] in (URL, detail(own, "pdf/"))
    # Nothing was written on it either.
    assert not CardColumn.objects.filter(involve_partner=f"{CANARY_AGREEMENT} involve_partner").exists()


def test_anonymous_callers_are_refused(world, adopted):
    client = APIClient()
    assert client.get(URL).status_code == 401
    assert client.get(detail(adopted)).status_code == 401
    assert client.get(detail(adopted, "pdf/")).status_code == 401
    assert client.post(URL, {}, format="json").status_code == 401


def test_the_list_filters_by_status(world, adopted, concept):
    client = as_user(world.users["police_summary"])
    assert ids(client.get(f"{URL}?status=vastgesteld")) == [str(adopted.id)]
    assert ids(client.get(f"{URL}?status=concept")) == [str(concept.id)]
    assert ids(client.get(f"{URL}?status=ter_akkoord")) == []
    refused = client.get(f"{URL}?status=adopted")
    assert refused.status_code == 400 and set(refused.json()) == {"status"}


# --- starting a version -------------------------------------------------------------------------------------------


def test_the_coordinator_starts_the_next_version_once_the_last_is_adopted(world, coordinator, concept, adopt):
    client = as_user(coordinator)
    refused = client.post(URL, {}, format="json")
    assert refused.status_code == 400
    assert refused.json() == {
        "non_field_errors": [
            said(coordinator, "A version is already in the making: adopt it first, then start the next one.")
        ]
    }
    adopt(concept, coordinator, text="Tweede")
    response = client.post(URL, {}, format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert set(data) == CARD_KEYS
    assert (data["version"], data["status"], data["based_on"]) == (3, "concept", str(concept.id))
    assert [c["organisation"]["partner_type"] for c in data["columns"]] == COLUMN_ORDER
    police = world.objects["police"]
    police_column = next(c for c in data["columns"] if c["organisation"]["id"] == str(police.id))
    assert police_column["answers"] == answers("Tweede")  # a copy of version 2
    assert all(c["agreed_at"] is None for c in data["columns"])
    card = AgreementCard.objects.get(pk=data["id"])
    assert card.created_by == coordinator and card.network == world.objects["network"]
    assert ids(client.get(URL))[0] == data["id"]


def test_the_coordinator_chooses_who_takes_part(world, coordinator, concept, adopt):
    adopt(concept, coordinator)
    client = as_user(coordinator)
    youth, police, school = world.objects["youth"], world.objects["police"], world.objects["school"]
    oov, care = org(coordinator), world.objects["care"]
    foreign = client.post(URL, {"organisations": [str(world.objects["other_org"].id)]}, format="json")
    unknown = client.post(URL, {"organisations": [str(uuid.uuid4())]}, format="json")
    assert foreign.status_code == unknown.status_code == 400
    assert foreign.json() == unknown.json() and set(foreign.json()) == {"organisations"}
    too_few = client.post(URL, {"organisations": [str(youth.id)]}, format="json")
    assert too_few.status_code == 400 and set(too_few.json()) == {"organisations"}
    assert client.post(URL, {"organisations": "x"}, format="json").status_code == 400
    assert AgreementCard.objects.filter(network=world.objects["network"]).count() == 2
    chosen = [care, school, police, oov, youth, police]  # any order, repeats ignored
    response = client.post(URL, {"organisations": [str(o.id) for o in chosen]}, format="json")
    assert response.status_code == 201, response.content
    organisations = [c["organisation"]["id"] for c in response.json()["columns"]]
    assert organisations == [str(o.id) for o in (youth, police, oov, school, care)]
    # Care now has a column, and writes it.
    card = response.json()["id"]
    written = as_user(world.users["care_full"]).put(f"{URL}{card}/answers/", answers("Zorg"), format="json")
    assert written.status_code == 200, written.content


@pytest.mark.parametrize("role", [r for r in AUTHENTICATED if r != COORDINATOR])
def test_only_the_network_coordinator_starts_a_version(world, role, concept, adopt):
    adopt(concept, world.users[COORDINATOR])
    response = as_user(world.users[role]).post(URL, {}, format="json")
    assert response.status_code == 403
    assert response.json() == {"detail": said(world.users[role], "Only the network coordinator (regisseur) does this.")}
    assert AgreementCard.objects.filter(network=world.objects["network"]).count() == 2


# --- writing a column ---------------------------------------------------------------------------------------------


def test_an_organisation_writes_its_own_column_of_a_draft(world, concept):
    member = world.users["member"]
    body = {**answers("Jongerenwerk"), "intervene_at": "  Bij een oproep tot geweld.  ", "expect_intervene": ""}
    response = as_user(member).put(detail(concept, "answers/"), body, format="json")
    assert response.status_code == 200, response.content
    column = column_of(concept, org(member))
    assert column.answers() == {
        **answers("Jongerenwerk"),
        "intervene_at": "Bij een oproep tot geweld.",
        "expect_intervene": "",
    }
    assert column.updated_by == member and column.updated_at is not None
    youth_column = response.json()["columns"][0]
    assert youth_column["organisation"]["id"] == str(org(member).id)
    assert youth_column["answers"] == column.answers()
    assert set(response.json()) == CARD_KEYS
    # Naming the own organisation is the same; the coordinator of the youth-work team writes it too.
    again = as_user(world.users["coordinator"]).put(
        detail(concept, "answers/"), {**answers("Team"), "organisation": str(org(member).id)}, format="json"
    )
    assert again.status_code == 200, again.content
    assert column_of(concept, org(member)).answers() == answers("Team")


@pytest.mark.parametrize("role", [r for r in CARD_COLUMNS if r not in ("member", "coordinator")])
def test_another_organisations_column_is_refused(world, role, concept):
    youth = world.objects["youth"]
    before = column_of(concept, youth).answers()
    body = {**answers("Overgenomen"), "organisation": str(youth.id)}
    response = as_user(world.users[role]).put(detail(concept, "answers/"), body, format="json")
    assert response.status_code == 403
    message = said(world.users[role], "Only the members of %(organisation)s write its column.", organisation=youth.name)
    assert response.json() == {"detail": message}
    assert column_of(concept, youth).answers() == before
    # Their own column they write.
    own = as_user(world.users[role]).put(detail(concept, "answers/"), answers("Eigen"), format="json")
    assert own.status_code == 200, own.content
    assert column_of(concept, org(world.users[role])).answers() == answers("Eigen")


def test_an_organisation_without_a_column_is_refused(world, concept):
    care = as_user(world.users["care_full"])
    for body in ({}, answers("Zorg"), {**answers("Zorg"), "organisation": str(world.objects["care"].id)}):
        response = care.put(detail(concept, "answers/"), body, format="json")
        assert response.status_code == 403, body
        message = said(world.users["care_full"], "Your organisation has no column on this version of the card.")
        assert response.json() == {"detail": message}
    response = care.put(
        detail(concept, "answers/"), {**answers("Zorg"), "organisation": str(world.objects["youth"].id)}
    )
    assert response.status_code == 403
    assert not CardColumn.objects.filter(organisation=world.objects["care"]).exists()


def test_a_card_of_another_network_is_not_found_for_writing(world, concept):
    other_card = world.objects["other_card"]
    response = as_user(world.users["other_network"]).put(detail(concept, "answers/"), answers("X"), format="json")
    assert response.status_code == 404
    for role in ("member", COORDINATOR):
        response = as_user(world.users[role]).put(detail(other_card, "answers/"), answers("X"), format="json")
        assert response.status_code == 404
    assert (
        as_user(world.users["operator"]).put(detail(concept, "answers/"), answers("X"), format="json").status_code
        == 404
    )
    assert not CardColumn.objects.filter(involve_partner="X involve_partner").exists()


def test_an_adopted_version_or_one_awaiting_agreement_does_not_change(world, coordinator, adopted, concept, submit):
    member = as_user(world.users["member"])
    youth = world.objects["youth"]
    before = column_of(adopted, youth).answers()
    response = member.put(detail(adopted, "answers/"), answers("Later"), format="json")
    assert response.status_code == 400
    message = "This version is no longer a concept: ask the network coordinator to send it back to draft."
    assert response.json() == {"non_field_errors": [said(world.users["member"], message)]}
    assert column_of(adopted, youth).answers() == before
    submit(concept, coordinator)
    assert member.put(detail(concept, "answers/"), answers("Later"), format="json").status_code == 400
    assert column_of(concept, youth).answers() == answers("Nieuw")


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, set(QUESTION_FIELDS)),
        ({"involve_partner": "a", "intervene_at": "b"}, {"expect_involved", "expect_intervene"}),
        ({**answers("A"), "intervene_at": None}, {"intervene_at"}),
        ({**answers("A"), "expect_involved": "x" * 5001}, {"expect_involved"}),
        ({**answers("A"), "involve_partner": "nul\x00"}, {"involve_partner"}),
        ({**answers("A"), "organisation": "x"}, {"organisation"}),
        ({**answers("A"), "organisation": str(uuid.uuid4())}, {"organisation"}),
        ([], {"non_field_errors"}),
    ],
)
def test_validation_errors_name_the_fields(world, concept, body, fields):
    youth = world.objects["youth"]
    before = column_of(concept, youth).answers()
    response = as_user(world.users["member"]).put(detail(concept, "answers/"), body, format="json")
    assert response.status_code == 400, response.content
    assert set(response.json()) == fields
    assert column_of(concept, youth).answers() == before


def test_an_organisation_of_another_network_or_without_a_column_is_a_field_error(world, concept):
    client = as_user(world.users["member"])
    foreign = client.put(
        detail(concept, "answers/"), {**answers("A"), "organisation": str(world.objects["other_org"].id)}, format="json"
    )
    no_column = client.put(
        detail(concept, "answers/"), {**answers("A"), "organisation": str(world.objects["care"].id)}, format="json"
    )
    assert foreign.status_code == no_column.status_code == 400
    assert foreign.json() == no_column.json() and set(foreign.json()) == {"organisation"}


# --- the agreement ------------------------------------------------------------------------------------------------


def test_an_organisation_agrees_with_the_three_basic_agreements_confirmed(world, coordinator, concept, submit):
    submit(concept, coordinator)
    member = world.users["member"]
    client = as_user(member)
    missing_one = client.post(detail(concept, "approve/"), {"confirmed": ["communication", "content"]}, format="json")
    assert missing_one.status_code == 400
    message = said(member, "Confirm all three basic agreements to give your agreement.")
    assert missing_one.json() == {"confirmed": [message]}
    assert client.post(detail(concept, "approve/"), {}, format="json").status_code == 400
    unknown = client.post(detail(concept, "approve/"), {"confirmed": [*BASIC_AGREEMENT_KEYS, "x"]}, format="json")
    assert unknown.status_code == 400 and set(unknown.json()) == {"confirmed"}
    assert column_of(concept, org(member)).agreed_at is None
    response = client.post(detail(concept, "approve/"), {"confirmed": list(BASIC_AGREEMENT_KEYS)}, format="json")
    assert response.status_code == 200, response.content
    column = column_of(concept, org(member))
    assert column.agreed_at is not None and column.agreed_by == member
    agreed = {c["organisation"]["partner_type"]: c["agreed_at"] for c in response.json()["columns"]}
    assert agreed["jongerenwerk"] is not None
    assert [agreed[t] for t in COLUMN_ORDER[1:]] == [None] * 4
    # Again: nothing changes.
    again = as_user(world.users["coordinator"]).post(
        detail(concept, "approve/"), {"confirmed": list(BASIC_AGREEMENT_KEYS)}, format="json"
    )
    assert again.status_code == 200
    assert column_of(concept, org(member)).agreed_at == column.agreed_at
    assert column_of(concept, org(member)).agreed_by == member


def test_agreeing_needs_a_version_awaiting_agreement_and_a_column(world, adopted, concept):
    confirmed = {"confirmed": list(BASIC_AGREEMENT_KEYS)}
    member = as_user(world.users["member"])
    for card in (concept, adopted):
        response = member.post(detail(card, "approve/"), confirmed, format="json")
        assert response.status_code == 400
        message = said(world.users["member"], "This version is not awaiting agreement.")
        assert response.json() == {"non_field_errors": [message]}
    assert column_of(concept, world.objects["youth"]).agreed_at is None
    care = as_user(world.users["care_full"]).post(detail(concept, "approve/"), confirmed, format="json")
    assert care.status_code == 403
    assert as_user(world.users["other_network"]).post(detail(concept, "approve/"), confirmed).status_code == 404
    assert member.post(detail(world.objects["other_card"], "approve/"), confirmed).status_code == 404


# --- the PDF ------------------------------------------------------------------------------------------------------


def test_the_adopted_version_as_a_pdf(world, adopted, concept):
    from pypdf import PdfReader

    client = as_user(world.users["police_summary"])
    response = client.get(detail(adopted, "pdf/"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "afsprakenkaart-versie-1.pdf" in response["Content-Disposition"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert world.objects["police"].name in text
    # A client that asks for the PDF gets it; errors stay JSON whatever it asks for.
    asked = client.get(detail(adopted, "pdf/"), HTTP_ACCEPT="application/pdf")
    assert asked.status_code == 200 and asked.content.startswith(b"%PDF")
    draft = client.get(detail(concept, "pdf/"), HTTP_ACCEPT="application/pdf")
    assert draft.status_code == 404 and draft["Content-Type"] == "application/json"
    assert as_user(world.users["other_network"]).get(detail(adopted, "pdf/")).status_code == 404


# --- query counts ---------------------------------------------------------------------------------------------------

LIST_MAX_QUERIES = 6  # session, user, membership, count, the versions, their columns


def test_list_and_detail_query_counts_do_not_grow_with_the_versions(
    world, coordinator, concept, adopt, django_assert_max_num_queries
):
    client = as_user(world.users["member"])
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        assert len(ids(client.get(URL))) == 2
    card = concept
    for n in range(4):
        adopt(card, coordinator, text=f"Versie {n}")
        card = services.card_create(acting_user=coordinator)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        results = client.get(URL).json()["results"]
    assert [row["version"] for row in results] == [6, 5, 4, 3, 2, 1]
    assert all(len(row["columns"]) == len(COLUMN_ORDER) for row in results)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        assert client.get(detail(card)).status_code == 200


# --- the schema ---------------------------------------------------------------------------------------------------


def test_the_schema_describes_the_endpoints(world):
    client = as_user(world.users["member"])
    schema = client.get("/api/schema/").content.decode()
    for path in ("", "{id}/", "{id}/answers/", "{id}/approve/", "{id}/pdf/"):
        assert f"/api/v1/agreement-cards/{path}:" in schema
    assert "application/pdf" in schema
    # The questions in the schema are those of the card.
    assert set(QUESTION_HELP) == set(QUESTION_FIELDS)
    with translation.override("en"):
        assert {field: str(label) for field, label in QUESTION_LABELS.items()} == QUESTION_HELP
