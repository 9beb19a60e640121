"""The signals API (shared/API.md): shapes per access level, writes through the services, 400 field by field,
404 for what one may not see and 403 for writing where one may only read, bounded query counts."""

import datetime as dt
import io

import pytest
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from rest_framework import serializers
from rest_framework.test import APIClient

from partners.visibility import AccessLevel, grant_signal_level
from signals import services
from signals.api.errors import drf_validation_error
from signals.constants import SignalStatus
from signals.models import Action, Person, Phenomenon, Signal, StepAnswer
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory

pytestmark = pytest.mark.django_db

SUMMARY_KEYS = {
    "id",
    "owner_organisation",
    "access_level",
    "phenomenon",
    "platform",
    "visibility",
    "observed_at",
    "sharing_summary",
    "reach",
    "step",
    "status",
    "is_acute",
    "urgency",
    "created_at",
    "updated_at",
}
FACTS_KEYS = SUMMARY_KEYS | {"message_text", "received_via", "location_mentioned", "time_mentioned"}
FULL_KEYS = FACTS_KEYS | {"persons", "attachments"}
OWNER_KEYS = FULL_KEYS | {"investigation_order_reference", "closed_reason", "is_practice"}
KEYS_AT = {
    AccessLevel.SUMMARY: SUMMARY_KEYS,
    AccessLevel.FACTS: FACTS_KEYS,
    AccessLevel.FULL: FULL_KEYS,
    AccessLevel.OWNER: OWNER_KEYS,
}


@pytest.fixture
def api():
    return APIClient()


def as_user(user) -> APIClient:
    client = APIClient()
    client.force_login(user)  # a session, as in real use: the query counts include it
    return client


def org(user):
    return user.membership.organisation


def png(name="screenshot.png", size=(16, 9)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, "blue").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def body(**overrides) -> dict:
    data = {
        "phenomenon": "rivaliserende_jeugd",
        "platform": "snapchat",
        "visibility": "public",
        "observed_at": (timezone.now() - dt.timedelta(minutes=30)).isoformat(),
        "received_via": "seen_myself",
        "message_text": "Openbaar verhaal: 'vanavond zien we jullie bij het plein'",
        "sharing_summary": "Oproep tot confrontatie, openbaar verhaal.",
        "reach": {"followers": 1200, "views": 350, "likes": None, "reposts": 3, "comments": 12},
        "persons": [{"alias": "Jongen A", "role": "poster", "age": 17, "known_how": "bekend", "handle": "@a"}],
        "location_mentioned": "het plein",
        "time_mentioned": "vanavond",
    }
    data.update(overrides)
    return data


@pytest.fixture
def shared(member, police_member):
    """A signal of the member's organisation with a person, a screenshot and answers in steps 1 and 3."""
    signal = SignalFactory(
        owner_organisation=org(member),
        created_by=member,
        message_text="GEHEIME-TEKST dreiging",
        sharing_summary="Samenvatting zonder namen",
        location_mentioned="het plein",
    )
    Person.objects.create(signal=signal, alias="Jongen B", role="poster", handle="@jongen_b", age=16)
    StepAnswer.objects.create(signal=signal, step=1, question="emoji", text="Mes-emoji", updated_by=member)
    StepAnswer.objects.create(signal=signal, step=3, question="doel_partner_betrekken", text="x", updated_by=member)
    services.attachment_add(signal=signal, uploaded=png(), acting_user=member)
    return signal


def share(signal, user, level):
    grant_signal_level(signal=signal, organisation=org(user), level=level)


# --- create ---------------------------------------------------------------------------------------------------


def test_create_logs_an_open_signal_and_answers_the_owner_representation(member):
    response = as_user(member).post("/api/v1/signals/", body(), format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    assert set(data) == OWNER_KEYS | {"warnings"}
    assert data["access_level"] == "owner"
    assert data["status"] == "open"
    assert data["step"] == 1
    assert data["phenomenon"] == "rivaliserende_jeugd"
    assert data["reach"] == {"followers": 1200, "views": 350, "likes": None, "reposts": 3, "comments": 12}
    assert data["persons"] == [
        {"alias": "Jongen A", "role": "poster", "age": 17, "known_how": "bekend", "handle": "@a"}
    ]
    assert data["owner_organisation"] == {
        "id": str(org(member).id),
        "name": org(member).name,
        "partner_type": "jongerenwerk",
    }
    assert data["warnings"] == []
    signal = Signal.objects.get(pk=data["id"])
    assert signal.owner_organisation == org(member)
    assert signal.created_by == member
    assert signal.reach_followers == 1200


def test_create_answers_400_field_by_field_for_the_services_rules(member):
    response = as_user(member).post("/api/v1/signals/", {"message_text": "alleen tekst"}, format="json")
    assert response.status_code == 400
    errors = response.json()
    assert {"phenomenon", "platform", "visibility", "observed_at", "received_via"} <= set(errors)
    assert all(isinstance(messages, list) and messages for messages in errors.values())
    assert not Signal.objects.exists()


def test_create_answers_400_for_nested_persons_and_bad_values(member):
    client = as_user(member)
    response = client.post("/api/v1/signals/", body(persons=[{"alias": "  ", "role": "poster"}]), format="json")
    assert response.status_code == 400
    assert set(response.json()["persons"]["0"]) == {"alias"}
    response = client.post(
        "/api/v1/signals/",
        body(platform="myspace", phenomenon="nope", persons=[{"alias": "A", "role": "boss", "age": 300}]),
        format="json",
    )
    assert response.status_code == 400
    errors = response.json()
    assert {"platform", "phenomenon", "persons"} <= set(errors)
    assert set(errors["persons"]["0"]) == {"role", "age"}


@pytest.mark.parametrize(
    "payload",
    [
        [],
        "text",
        {"observed_at": "gisteren"},
        {"reach": {"views": -1}},
        {"reach": "veel"},
        {"persons": "Jongen A"},
        {"persons": [None]},
        {"observed_at": (timezone.now() + dt.timedelta(days=2)).isoformat()},
        {"phenomenon": "\x00"},
        {"phenomenon": ["rivaliserende_jeugd"]},
        {"message_text": "nul\x00byte"},
    ],
)
def test_create_never_answers_500(member, payload):
    response = as_user(member).post("/api/v1/signals/", payload, format="json")
    assert response.status_code == 400


def test_create_a_draft_needs_nothing(member):
    response = as_user(member).post("/api/v1/signals/", {"draft": True, "message_text": "half"}, format="json")
    assert response.status_code == 201
    assert response.json()["status"] == "draft"
    response = as_user(member).post("/api/v1/signals/", {"submit": False}, format="json")
    assert response.status_code == 201
    assert Signal.objects.filter(status=SignalStatus.DRAFT).count() == 2


def test_police_use_a_closed_source_only_under_an_investigation_order(police_member):
    client = as_user(police_member)
    response = client.post("/api/v1/signals/", body(visibility="closed"), format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["investigation_order_reference"]
    response = client.post(
        "/api/v1/signals/", body(visibility="closed", investigation_order_reference="OM-2025-17"), format="json"
    )
    assert response.status_code == 201
    assert response.json()["investigation_order_reference"] == "OM-2025-17"


def test_create_warns_oov_about_systematic_monitoring(network):
    oov = MembershipFactory(organisation=OrganisationFactory(network=network, oov=True)).user
    client = as_user(oov)
    person = [{"alias": "Rapper K", "role": "poster"}]
    for _ in range(2):
        assert client.post("/api/v1/signals/", body(persons=person), format="json").json()["warnings"] == []
    response = client.post("/api/v1/signals/", body(persons=person), format="json")
    assert response.status_code == 201
    assert response.json()["warnings"] == [{"alias": "rapper k", "count": 3}]


def test_a_user_without_membership_cannot_log(api):
    from tests.factories import UserFactory

    api.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert api.post("/api/v1/signals/", body(), format="json").status_code == 403
    assert api.get("/api/v1/signals/").json()["results"] == []


def test_anonymous_gets_401(api, shared):
    assert api.get("/api/v1/signals/").status_code == 401
    assert api.get(f"/api/v1/signals/{shared.id}/").status_code == 401


# --- reading at every level -----------------------------------------------------------------------------------


@pytest.mark.parametrize("level", [AccessLevel.SUMMARY, AccessLevel.FACTS, AccessLevel.FULL])
def test_a_partner_reads_exactly_the_fields_of_the_share_level(shared, police_member, level):
    share(shared, police_member, level)
    client = as_user(police_member)
    detail = client.get(f"/api/v1/signals/{shared.id}/").json()
    listed = client.get("/api/v1/signals/").json()["results"]
    assert [row["id"] for row in listed] == [str(shared.id)]
    for data in (detail, listed[0]):
        assert set(data) == KEYS_AT[level]
        assert data["access_level"] == level.code
    body_text = str(detail) + str(listed)
    assert ("GEHEIME-TEKST" in body_text) is (level >= AccessLevel.FACTS)
    assert ("@jongen_b" in body_text) is (level >= AccessLevel.FULL)
    if level == AccessLevel.FULL:
        assert detail["persons"][0]["handle"] == "@jongen_b"
        assert detail["attachments"][0]["download"] == f"/api/v1/attachments/{shared.attachments.get().id}/"


def test_the_owner_reads_everything(shared, member, colleague):
    for user in (member, colleague):
        data = as_user(user).get(f"/api/v1/signals/{shared.id}/").json()
        assert set(data) == OWNER_KEYS
        assert data["access_level"] == "owner"
        assert data["message_text"] == "GEHEIME-TEKST dreiging"
        assert data["is_practice"] is False


def test_missing_forbidden_and_malformed_ids_answer_404(shared, police_member, other_network):
    stranger = MembershipFactory(organisation=OrganisationFactory(network=other_network)).user
    assert as_user(police_member).get(f"/api/v1/signals/{shared.id}/").status_code == 404  # not shared
    assert as_user(stranger).get(f"/api/v1/signals/{shared.id}/").status_code == 404
    owner = as_user(shared.created_by)
    assert owner.get("/api/v1/signals/00000000-0000-0000-0000-000000000000/").status_code == 404
    assert owner.get("/api/v1/signals/not-a-uuid/").status_code == 404


def test_list_is_newest_first_and_only_what_the_caller_may_see(member, police_member, network, other_network):
    old = SignalFactory(owner_organisation=org(member), created_by=member)
    Signal.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=3))
    new = SignalFactory(owner_organisation=org(member), created_by=member)
    SignalFactory(owner_organisation=OrganisationFactory(network=network))  # not shared
    SignalFactory(owner_organisation=OrganisationFactory(network=other_network))
    ids = [row["id"] for row in as_user(member).get("/api/v1/signals/").json()["results"]]
    assert ids == [str(new.id), str(old.id)]
    assert as_user(police_member).get("/api/v1/signals/").json()["results"] == []


def test_a_closed_signal_shows_step_closed(member):
    signal = SignalFactory(owner_organisation=org(member), created_by=member, status=SignalStatus.CLOSED, step=4)
    data = as_user(member).get(f"/api/v1/signals/{signal.id}/").json()
    assert (data["step"], data["status"]) == ("closed", "closed")


def test_list_filters(member):
    client = as_user(member)
    a = SignalFactory(owner_organisation=org(member), created_by=member, platform="tiktok", urgency="high")
    b = SignalFactory(
        owner_organisation=org(member),
        created_by=member,
        phenomenon=Phenomenon.objects.exclude(code="rivaliserende_jeugd").first(),
        step=3,
    )
    c = SignalFactory(owner_organisation=org(member), created_by=member, status=SignalStatus.CLOSED, step=4)
    practice = SignalFactory(owner_organisation=org(member), created_by=member, practice=True)

    def ids(query):
        response = client.get(f"/api/v1/signals/?{query}")
        assert response.status_code == 200, response.json()
        return {row["id"] for row in response.json()["results"]}

    assert ids("") == {str(a.id), str(b.id), str(c.id)}
    assert ids("practice=1") == {str(a.id), str(b.id), str(c.id), str(practice.id)}
    assert ids("platform=tiktok") == {str(a.id)}
    assert ids("urgency=high") == {str(a.id)}
    assert ids(f"phenomenon={b.phenomenon.code}") == {str(b.id)}
    assert ids("step=3") == {str(b.id)}
    assert ids("step=closed") == ids("status=closed") == {str(c.id)}
    assert ids("step=1") == {str(a.id)}
    assert client.get("/api/v1/signals/?step=9").status_code == 400
    assert client.get("/api/v1/signals/?q=%00").status_code in (200, 400)
    assert client.get("/api/v1/signals/?phenomenon=%00").status_code in (200, 400)
    assert client.get("/api/v1/signals/?page=999").status_code == 404
    assert client.get("/api/v1/signals/?platform=myspace").status_code == 400


@pytest.mark.parametrize(
    ("level", "finds_text"),
    [(AccessLevel.SUMMARY, False), (AccessLevel.FACTS, True), (AccessLevel.FULL, True)],
)
def test_search_never_reveals_text_above_the_callers_level(shared, police_member, level, finds_text):
    share(shared, police_member, level)
    client = as_user(police_member)
    found = client.get("/api/v1/signals/?q=geheime-tekst").json()["results"]
    assert [row["id"] for row in found] == ([str(shared.id)] if finds_text else [])
    # The sharing summary is readable at every level, so it is searched at every level.
    assert len(client.get("/api/v1/signals/?q=zonder namen").json()["results"]) == 1


def test_the_owner_searches_its_own_text(shared, member):
    assert len(as_user(member).get("/api/v1/signals/?q=GEHEIME").json()["results"]) == 1


# --- update ---------------------------------------------------------------------------------------------------


def test_patch_by_the_owner_goes_through_the_service(shared, colleague):
    response = as_user(colleague).patch(
        f"/api/v1/signals/{shared.id}/",
        {"message_text": "Nieuwe tekst", "reach": {"views": 999}, "persons": []},
        format="json",
    )
    assert response.status_code == 200, response.json()
    data = response.json()
    assert data["message_text"] == "Nieuwe tekst"
    assert data["reach"]["views"] == 999
    assert data["persons"] == []
    assert data["warnings"] == []
    shared.refresh_from_db()
    assert shared.history.first().history_user == colleague


def test_patch_validates_field_by_field(shared, member):
    client = as_user(member)
    response = client.patch(f"/api/v1/signals/{shared.id}/", {"message_text": ""}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["message_text"]
    response = client.patch(f"/api/v1/signals/{shared.id}/", {"visibility": "half"}, format="json")
    assert response.status_code == 400


def test_patch_submits_a_draft(member):
    signal, _ = services.signal_create(acting_user=member, data={"message_text": "half"}, submit=False)
    client = as_user(member)
    response = client.patch(f"/api/v1/signals/{signal.id}/", {"submit": True}, format="json")
    assert response.status_code == 400
    assert "platform" in response.json()
    payload = body(submit=True)
    response = client.patch(f"/api/v1/signals/{signal.id}/", payload, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "open"


@pytest.mark.parametrize("level", [AccessLevel.SUMMARY, AccessLevel.FULL])
def test_patch_by_a_partner_who_can_read_is_403_otherwise_404(shared, police_member, level):
    client = as_user(police_member)
    assert client.patch(f"/api/v1/signals/{shared.id}/", {}, format="json").status_code == 404
    share(shared, police_member, level)
    assert client.patch(f"/api/v1/signals/{shared.id}/", {"message_text": "x"}, format="json").status_code == 403
    shared.refresh_from_db()
    assert shared.message_text == "GEHEIME-TEKST dreiging"


# --- route steps ----------------------------------------------------------------------------------------------


def test_get_a_step_with_its_questions_and_answers(shared, member):
    data = as_user(member).get(f"/api/v1/signals/{shared.id}/steps/1/").json()
    assert data["number"] == 1
    assert data["decision"] is None
    by_code = {q["code"]: q for q in data["questions"]}
    assert by_code["emoji"]["answer"] == {"answer": "", "text": "Mes-emoji"}
    assert by_code["emoji"]["answer_kind"] == "text"
    assert by_code["straattaal"]["answer"] is None
    assert {"code": "closed", "label": "Besloten"} in by_code["openbaar_of_besloten"]["choices"]
    step3 = as_user(member).get(f"/api/v1/signals/{shared.id}/steps/3/").json()
    assert step3["decision"]["decision"] is None
    assert [c["code"] for c in step3["decision"]["choices"]] == ["yes", "no"]


@pytest.mark.parametrize(
    ("level", "readable"),
    [
        (AccessLevel.SUMMARY, set()),
        (AccessLevel.FACTS, {1, 2}),
        (AccessLevel.FULL, {1, 2}),
    ],
)
def test_a_partner_reads_only_the_steps_of_the_level(shared, police_member, level, readable):
    share(shared, police_member, level)
    client = as_user(police_member)
    for number in range(1, 6):
        response = client.get(f"/api/v1/signals/{shared.id}/steps/{number}/")
        assert response.status_code == (200 if number in readable else 404)


def test_no_such_step_is_404(shared, member):
    client = as_user(member)
    for number in (0, 6, 99):
        assert client.get(f"/api/v1/signals/{shared.id}/steps/{number}/").status_code == 404
        assert client.put(f"/api/v1/signals/{shared.id}/steps/{number}/", {}, format="json").status_code == 404


def test_put_steps_follows_the_branches(member):
    signal = SignalFactory(owner_organisation=org(member), created_by=member)
    client = as_user(member)

    def put(number, payload):
        return client.put(f"/api/v1/signals/{signal.id}/steps/{number}/", payload, format="json")

    response = put(1, {"answers": {"emoji": {"text": "Mes"}, "plaatser_duidelijk": {"answer": "yes"}}})
    assert response.status_code == 200, response.json()
    assert response.json()["signal"]["step"] == 2
    by_code = {q["code"]: q["answer"] for q in response.json()["questions"]}
    assert by_code["plaatser_duidelijk"] == {"answer": "yes", "text": ""}
    assert put(2, {"answers": {"strafbaar": {"answer": "unknown"}}}).json()["signal"]["step"] == 3
    response = put(3, {"answers": {"ernstige_feiten": {"answer": "yes"}}, "decision": "yes"})
    assert response.status_code == 200
    assert response.json()["signal"] == {"step": 4, "status": "open", "is_acute": True, "urgency": "high"}
    assert response.json()["decision"]["decision"] == "yes"
    response = put(4, {"decision": "no"})
    assert response.status_code == 400
    assert list(response.json()) == ["reason"]
    response = put(4, {"decision": "no", "reason": "Grap onder vrienden", "watch": True})
    assert response.json()["signal"]["status"] == "watch"
    services.signal_reopen(signal=signal, acting_user=member)
    response = put(4, {"decision": "yes"})
    assert response.json()["signal"]["step"] == 5
    response = put(4, {"decision": "no", "reason": "Toch niet"})
    assert response.json()["signal"]["step"] == "closed"
    assert client.get(f"/api/v1/signals/{signal.id}/").json()["step"] == "closed"
    response = put(5, {})
    assert response.status_code == 400
    assert "non_field_errors" in response.json()


def test_put_steps_answers_400_field_by_field(member):
    signal = SignalFactory(owner_organisation=org(member), created_by=member)
    url = f"/api/v1/signals/{signal.id}/steps/1/"
    client = as_user(member)
    response = client.put(
        url, {"answers": {"nope": {"answer": ""}, "plaatser_duidelijk": {"answer": "misschien"}}}, format="json"
    )
    assert response.status_code == 400
    assert set(response.json()["answers"]) == {"nope", "plaatser_duidelijk"}
    response = client.put(url, {"decision": "yes"}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["decision"]
    assert client.put(url, {"answers": "ja"}, format="json").status_code == 400
    assert client.put(url, {"decision": "misschien"}, format="json").status_code == 400
    assert not StepAnswer.objects.filter(signal=signal).exists()


def test_put_steps_by_a_partner_is_403(shared, police_member):
    share(shared, police_member, AccessLevel.FULL)
    response = as_user(police_member).put(
        f"/api/v1/signals/{shared.id}/steps/1/", {"answers": {"emoji": {"text": "x"}}}, format="json"
    )
    assert response.status_code == 403


# --- reviews --------------------------------------------------------------------------------------------------


def test_colleague_review(shared, member, colleague, police_member):
    url = f"/api/v1/signals/{shared.id}/reviews/"
    assert as_user(member).post(url, {}, format="json").status_code == 400  # logged and answered it
    response = as_user(colleague).post(url, {"agrees": False}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["different_reading"]
    response = as_user(colleague).post(url, {"agrees": False, "different_reading": "Drill-tekst"}, format="json")
    assert response.status_code == 201
    assert response.json()["reviewer"] == colleague.get_full_name()
    listed = as_user(member).get(url).json()["results"]
    assert [(r["reviewer"], r["agrees"], r["different_reading"]) for r in listed] == [
        (colleague.get_full_name(), False, "Drill-tekst")
    ]
    # A partner does not know who reviewed, and cannot review.
    assert as_user(police_member).get(url).status_code == 404
    assert as_user(police_member).post(url, {}, format="json").status_code == 404
    share(shared, police_member, AccessLevel.FULL)
    assert as_user(police_member).get(url).status_code == 404
    assert as_user(police_member).post(url, {}, format="json").status_code == 403


# --- actions --------------------------------------------------------------------------------------------------


def test_actions(shared, member, police_member, other_network):
    client = as_user(member)
    url = f"/api/v1/signals/{shared.id}/actions/"
    police = org(police_member)
    response = client.post(
        url,
        {"kind": "opzoeken", "executing_organisation": str(police.id), "due_date": "2030-01-31"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    action = response.json()
    assert action["executing_organisation"]["id"] == str(police.id)
    assert (action["status"], action["due_date"], action["signal"]) == ("planned", "2030-01-31", str(shared.id))
    assert [a["id"] for a in client.get(url).json()["results"]] == [action["id"]]

    foreign = OrganisationFactory(network=other_network)
    response = client.post(url, {"kind": "opzoeken", "executing_organisation": str(foreign.id)}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["executing_organisation"]
    response = client.post(url, {"kind": "hacken", "executing_organisation": str(police.id)}, format="json")
    assert list(response.json()) == ["kind"]

    detail = f"/api/v1/actions/{action['id']}/"
    response = client.patch(detail, {"evaluation": "Goed gesprek"}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["evaluation"]
    response = client.patch(detail, {"status": "done", "evaluation": "Goed gesprek"}, format="json")
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["evaluation"]) == ("done", "Goed gesprek")
    response = client.patch(detail, {"executing_organisation": str(foreign.id)}, format="json")
    assert response.status_code == 400
    assert client.patch("/api/v1/actions/00000000-0000-0000-0000-000000000000/", {}).status_code == 404

    # A partner reads the actions it is to carry out and proposes one (tests in test_api_sharing.py); changing
    # one stays the owner's (404).
    share(shared, police_member, AccessLevel.FULL)
    partner = as_user(police_member)
    assert [a["id"] for a in partner.get(url).json()["results"]] == [action["id"]]
    assert partner.patch(detail, {"status": "dropped"}, format="json").status_code == 404
    assert Action.objects.get().status == "done"


# --- history --------------------------------------------------------------------------------------------------


def test_history_is_merged_and_for_the_owner_only(member, colleague, police_member, django_assert_max_num_queries):
    client = as_user(member)
    signal_id = client.post("/api/v1/signals/", body(), format="json").json()["id"]
    as_user(colleague).patch(f"/api/v1/signals/{signal_id}/", {"message_text": "Andere tekst"}, format="json")
    client.put(f"/api/v1/signals/{signal_id}/steps/1/", {"answers": {"emoji": {"text": "Mes"}}}, format="json")
    client.post(f"/api/v1/signals/{signal_id}/attachments/", {"file": png()}, format="multipart")

    with django_assert_max_num_queries(12):
        response = client.get(f"/api/v1/signals/{signal_id}/history/")
    assert response.status_code == 200
    entries = response.json()["results"]
    assert entries == sorted(entries, key=lambda e: e["at"], reverse=True)
    summary = [(e["record"], e["change"]) for e in entries]
    assert summary.count(("signal", "+")) == 1
    assert {("person", "+"), ("stepanswer", "+"), ("attachment", "+")} <= set(summary)
    change = next(e for e in entries if e["change"] == "~" and "message_text" in e["changed_fields"])
    assert change["record"] == "signal"
    assert change["who"] == colleague.get_full_name()
    assert change["what"] == str(Signal._meta.verbose_name)
    assert "updated_at" not in change["changed_fields"]
    assert "Andere tekst" not in response.content.decode()  # names of fields, never values

    share(Signal.objects.get(pk=signal_id), police_member, AccessLevel.FULL)
    assert as_user(police_member).get(f"/api/v1/signals/{signal_id}/history/").status_code == 404


# --- attachments ----------------------------------------------------------------------------------------------


def test_upload_and_download_a_screenshot(shared, member, police_member):
    client = as_user(member)
    response = client.post(f"/api/v1/signals/{shared.id}/attachments/", {"file": png(size=(20, 10))})
    assert response.status_code == 201, response.json()
    data = response.json()
    assert (data["content_type"], data["width"], data["height"]) == ("image/png", 20, 10)
    download = client.get(data["download"])
    assert download.status_code == 200
    assert download["Content-Type"] == "image/png"
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download["Cache-Control"] == "no-store, private"
    assert b"".join(download.streaming_content).startswith(b"\x89PNG")

    partner = as_user(police_member)
    assert partner.get(data["download"]).status_code == 404
    share(shared, police_member, AccessLevel.FACTS)
    assert partner.get(data["download"]).status_code == 404
    share(shared, police_member, AccessLevel.FULL)
    assert partner.get(data["download"]).status_code == 200
    assert partner.post(f"/api/v1/signals/{shared.id}/attachments/", {"file": png()}).status_code == 403


def test_a_php_file_renamed_png_is_refused(shared, member):
    php = SimpleUploadedFile("shell.png", b"<?php system($_GET['c']); ?>", content_type="image/png")
    response = as_user(member).post(f"/api/v1/signals/{shared.id}/attachments/", {"file": php})
    assert response.status_code == 400
    assert list(response.json()) == ["file"]
    assert shared.attachments.count() == 1
    response = as_user(member).post(f"/api/v1/signals/{shared.id}/attachments/", {})
    assert response.status_code == 400
    assert list(response.json()) == ["file"]


def test_download_of_a_missing_or_foreign_attachment_is_404(shared, other_network):
    stranger = MembershipFactory(organisation=OrganisationFactory(network=other_network)).user
    attachment = shared.attachments.get()
    assert as_user(stranger).get(f"/api/v1/attachments/{attachment.id}/").status_code == 404
    assert (
        as_user(shared.created_by).get("/api/v1/attachments/00000000-0000-0000-0000-000000000000/").status_code == 404
    )


# --- phenomena ------------------------------------------------------------------------------------------------


def test_phenomena(member):
    data = as_user(member).get("/api/v1/phenomena/").json()
    codes = [row["code"] for row in data["results"]]
    assert "rivaliserende_jeugd" in codes
    assert len(codes) == Phenomenon.objects.count()
    assert set(data["results"][0]) == {"code", "name", "description", "example"}


# --- query counts ---------------------------------------------------------------------------------------------


def _signals(count, owner, police):
    """``count`` signals of ``owner``, each with a person and a screenshot, shared with ``police`` at a rotating
    level, so every branch of the list runs."""
    levels = [AccessLevel.SUMMARY, AccessLevel.FACTS, AccessLevel.FULL]
    for index in range(count):
        signal = SignalFactory(owner_organisation=org(owner), created_by=owner)
        Person.objects.create(signal=signal, alias=f"Jongen {index}", role="poster", handle=f"@j{index}")
        services.attachment_add(signal=signal, uploaded=png(), acting_user=owner)
        share(signal, police, levels[index % 3])


LIST_MAX_QUERIES = 8
DETAIL_MAX_QUERIES = 8


@pytest.mark.parametrize("user_name", ["member", "police_member"])
def test_list_query_count_does_not_grow_with_the_rows(member, police_member, user_name, django_assert_max_num_queries):
    user = {"member": member, "police_member": police_member}[user_name]
    client = as_user(user)
    _signals(3, member, police_member)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        assert len(client.get("/api/v1/signals/?practice=1").json()["results"]) == 3
    _signals(30, member, police_member)
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        assert len(client.get("/api/v1/signals/").json()["results"]) == 33
    # A search: the police read the text of the 22 signals shared at facts or full only.
    with django_assert_max_num_queries(LIST_MAX_QUERIES):
        found = client.get("/api/v1/signals/?q=Bericht").json()["results"]
    assert len(found) == (33 if user is member else 22)


def test_detail_query_count(member, police_member, django_assert_max_num_queries):
    _signals(3, member, police_member)
    signal = Signal.objects.filter(is_practice=False).first()
    share(signal, police_member, AccessLevel.FULL)
    for user in (member, police_member):
        client = as_user(user)
        with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
            assert client.get(f"/api/v1/signals/{signal.id}/").status_code == 200
        with django_assert_max_num_queries(DETAIL_MAX_QUERIES):
            assert client.get(f"/api/v1/signals/{signal.id}/steps/1/").status_code == 200


# --- the error helper -----------------------------------------------------------------------------------------


def test_service_errors_become_drf_errors():
    nested = drf_validation_error(DjangoValidationError({"persons.0.alias": ["a"], "__all__": ["b"], "x": ["c"]}))
    assert isinstance(nested, serializers.ValidationError)
    assert nested.detail == {"persons": {"0": {"alias": ["a"]}}, "non_field_errors": ["b"], "x": ["c"]}
    plain = drf_validation_error(DjangoValidationError("Niet toegestaan"))
    assert plain.detail == {"non_field_errors": ["Niet toegestaan"]}
