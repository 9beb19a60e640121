"""The sharing part of the signals API (shared/API.md, DOMAIN.md §4): shares, comments, double-checks, proposed
actions and the access log; redaction at facts level in steps, search and comments; nothing answers 500."""

import datetime as dt
import io

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image
from rest_framework.test import APIClient

from partners.visibility import AccessLevel, get_signal_for_user
from signals import services, sharing
from signals.models import AccessLogEntry, Action, Comment, Person, Share, StepAnswer
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory

pytestmark = pytest.mark.django_db

SHARE = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig voor de duiding."}
NAME = "Jongen Bravo"
HANDLE = "@bravo_010"
SHARE_KEYS = {
    "id",
    "organisation",
    "level",
    "purpose",
    "legal_ground",
    "justification",
    "expires_at",
    "created_at",
    "revoked_at",
    "state",
    "special_categories",
    "trust_relation_at_risk",
    "weighing_effectiveness",
    "weighing_alternatives",
    "weighing_proportionality",
}
COMMENT_KEYS = {"id", "parent", "organisation", "author", "phase", "level", "text", "created_at"}


def as_user(user) -> APIClient:
    client = APIClient()
    client.force_login(user)  # a session, as in real use: the query counts include it
    return client


def org(user):
    return user.membership.organisation


def png(name="screenshot.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def coordinator(member):
    return MembershipFactory(organisation=org(member), coordinator=True).user


@pytest.fixture
def facts_member(network):
    return MembershipFactory(organisation=OrganisationFactory(network=network, handhaving=True)).user


@pytest.fixture
def full_member(network):
    return MembershipFactory(organisation=OrganisationFactory(network=network, name="Wijkteam Noord")).user


@pytest.fixture
def stranger(other_network):
    return MembershipFactory(organisation=OrganisationFactory(network=other_network)).user


@pytest.fixture
def signal(member):
    """A signal of the member's organisation whose texts name a person and a handle."""
    signal = SignalFactory(
        owner_organisation=org(member),
        created_by=member,
        message_text=f"{NAME} schrijft: vanavond bij het plein, {HANDLE} komt ook",
        sharing_summary="Dreigende taal tussen twee groepen.",
        location_mentioned=f"het huis van {HANDLE}",
    )
    Person.objects.create(signal=signal, alias=NAME, role="poster", handle=HANDLE, age=16)
    StepAnswer.objects.create(signal=signal, step=1, question="emoji", text=f"Mes-emoji van {NAME}", updated_by=member)
    return signal


def share_with(signal, owner, user, level, **extra):
    return sharing.share_create(
        signal=signal, acting_user=owner, organisation=org(user), level=level, **{**SHARE, **extra}
    )


@pytest.fixture
def shared(signal, member, police_member, facts_member, full_member):
    """The signal shared with the police at summary, enforcement at facts and a care partner at full level."""
    share_with(signal, member, police_member, "summary")
    share_with(signal, member, facts_member, "facts")
    share_with(signal, member, full_member, "full")
    return signal


def url(signal, suffix=""):
    return f"/api/v1/signals/{signal.id}/{suffix}"


# --- shares ---------------------------------------------------------------------------------------------------


def test_the_owner_shares_lists_and_revokes(signal, member, police_member):
    client = as_user(member)
    police = org(police_member)
    response = client.post(
        url(signal, "shares/"),
        {"organisation": str(police.id), "level": "facts", **SHARE, "expires_at": "2099-01-01T12:00:00+01:00"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    share = response.json()
    assert set(share) == SHARE_KEYS
    assert share["organisation"] == {"id": str(police.id), "name": police.name, "partner_type": "politie"}
    assert (share["level"], share["state"], share["legal_ground"]) == ("facts", "active", "covenant")
    assert share["expires_at"].startswith("2099-01-01")
    partner = as_user(police_member)
    assert partner.get(url(signal)).json()["access_level"] == "facts"

    listed = client.get(url(signal, "shares/")).json()
    assert [s["id"] for s in listed["results"]] == [share["id"]]

    assert client.delete(url(signal, f"shares/{share['id']}/")).status_code == 204
    assert partner.get(url(signal)).status_code == 404
    assert partner.get(url(signal, "comments/")).status_code == 404
    assert partner.get("/api/v1/signals/").json()["results"] == []
    revoked = client.get(url(signal, "shares/")).json()["results"][0]
    assert revoked["state"] == "revoked" and revoked["revoked_at"] is not None
    # Ending what has ended is a validation error, not a 500.
    again = client.delete(url(signal, f"shares/{share['id']}/"))
    assert again.status_code == 400 and "non_field_errors" in again.json()


def test_a_new_share_replaces_the_one_before(signal, member, police_member):
    client = as_user(member)
    police = str(org(police_member).id)
    first = client.post(url(signal, "shares/"), {"organisation": police, **SHARE}, format="json").json()
    assert first["level"] == "summary"  # the default
    second = client.post(url(signal, "shares/"), {"organisation": police, **SHARE, "level": "full"}, format="json")
    assert second.status_code == 201
    states = {s["id"]: s["state"] for s in client.get(url(signal, "shares/")).json()["results"]}
    assert states == {first["id"]: "replaced", second.json()["id"]: "active"}
    assert as_user(police_member).get(url(signal)).json()["access_level"] == "full"


def test_share_validation_is_field_by_field(signal, member, police_member):
    client = as_user(member)
    police = str(org(police_member).id)

    def post(**data):
        return client.post(url(signal, "shares/"), {"organisation": police, **data}, format="json")

    response = post(level="facts", purpose="Samen duiden", legal_ground="covenant")
    assert response.status_code == 400
    assert list(response.json()) == ["justification"]
    response = post(level="full", purpose=" ", legal_ground="covenant", justification="x")
    assert list(response.json()) == ["purpose"]
    assert set(post().json()) == {"purpose", "legal_ground"}
    assert list(post(**SHARE, level="owner").json()) == ["level"]
    assert list(post(**{**SHARE, "legal_ground": "gut_feeling"}).json()) == ["legal_ground"]
    past = (timezone.now() - dt.timedelta(hours=1)).isoformat()
    assert list(post(**SHARE, expires_at=past).json()) == ["expires_at"]
    assert list(post(**SHARE, expires_at="morgen").json()) == ["expires_at"]
    assert not Share.objects.filter(signal=signal).exists()


def test_trust_relation_is_asked_for_a_message_received_in_confidence(member, police_member):
    signal = SignalFactory(owner_organisation=org(member), created_by=member, received_via="from_youth")
    client = as_user(member)
    data = {"organisation": str(org(police_member).id), **SHARE}
    assert list(client.post(url(signal, "shares/"), data, format="json").json()) == ["trust_relation_at_risk"]
    response = client.post(url(signal, "shares/"), {**data, "trust_relation_at_risk": True}, format="json")
    assert set(response.json()) == {"weighing_effectiveness", "weighing_alternatives", "weighing_proportionality"}
    weighing = {
        "weighing_effectiveness": "Alleen zo is de dreiging te duiden.",
        "weighing_alternatives": "Er is geen andere bron.",
        "weighing_proportionality": "Alleen het feitelijke bericht.",
    }
    response = client.post(url(signal, "shares/"), {**data, "trust_relation_at_risk": True, **weighing}, format="json")
    assert response.status_code == 201
    assert response.json()["trust_relation_at_risk"] is True
    assert response.json()["weighing_alternatives"] == "Er is geen andere bron."


@pytest.mark.parametrize(
    ("source", "legal_ground", "level", "allowed"),
    [
        ("closed", "covenant", "full", False),
        ("closed", "consent", "full", False),
        ("closed", "public_source", "full", False),
        ("closed", "vital_interest", "full", True),
        ("closed", "legal_duty", "full", True),
        ("closed", "covenant", "facts", True),
        ("public", "covenant", "full", True),
    ],
)
def test_special_categories_from_a_closed_source_go_out_at_full_only_in_danger_or_by_law(
    member, police_member, source, legal_ground, level, allowed
):
    signal = SignalFactory(owner_organisation=org(member), created_by=member, visibility=source)
    data = {
        "organisation": str(org(police_member).id),
        **SHARE,
        "legal_ground": legal_ground,
        "level": level,
        "special_categories": True,
    }
    response = as_user(member).post(url(signal, "shares/"), data, format="json")
    if allowed:
        assert response.status_code == 201, response.json()
        assert response.json()["special_categories"] is True
    else:
        assert response.status_code == 400
        assert list(response.json()) == ["level"]


def test_the_step_3_answer_on_special_categories_counts_without_the_field(member, police_member):
    signal = SignalFactory(owner_organisation=org(member), created_by=member, visibility="closed")
    StepAnswer.objects.create(
        signal=signal, step=3, question="bijzondere_persoonsgegevens", answer="yes", updated_by=member
    )
    data = {"organisation": str(org(police_member).id), **SHARE, "level": "full"}
    client = as_user(member)
    for body in (data, {**data, "special_categories": False}, {**data, "special_categories": None}):
        response = client.post(url(signal, "shares/"), body, format="json")
        assert response.status_code == 400 and list(response.json()) == ["level"]
    response = client.post(url(signal, "shares/"), {**data, "legal_ground": "vital_interest"}, format="json")
    assert response.status_code == 201 and response.json()["special_categories"] is True


def test_the_receiving_organisation_is_one_of_the_network(signal, member, stranger):
    client = as_user(member)
    for organisation in (
        "00000000-0000-0000-0000-000000000000",
        str(org(stranger).id),  # another network's: no hint that it exists
    ):
        response = client.post(url(signal, "shares/"), {"organisation": organisation, **SHARE}, format="json")
        assert response.status_code == 400
        assert list(response.json()) == ["organisation"]
    response = client.post(url(signal, "shares/"), {"organisation": str(org(member).id), **SHARE}, format="json")
    assert list(response.json()) == ["organisation"]  # its own: the service says so
    for garbage in ("police", 5, ["x"], {"id": "x"}, None):
        response = client.post(url(signal, "shares/"), {"organisation": garbage, **SHARE}, format="json")
        assert response.status_code == 400 and list(response.json()) == ["organisation"]


def test_shares_are_owner_information(shared, member, police_member, full_member, stranger, network):
    share = Share.objects.get(signal=shared, organisation=org(police_member))
    body = {"organisation": str(org(police_member).id), **SHARE}
    for partner in (police_member, full_member):
        client = as_user(partner)
        assert client.get(url(shared, "shares/")).status_code == 404
        assert client.post(url(shared, "shares/"), body, format="json").status_code == 403
        assert client.delete(url(shared, f"shares/{share.id}/")).status_code == 403
    client = as_user(stranger)
    assert client.get(url(shared, "shares/")).status_code == 404
    assert client.post(url(shared, "shares/"), body, format="json").status_code == 404
    assert client.delete(url(shared, f"shares/{share.id}/")).status_code == 404
    assert Share.objects.get(pk=share.pk).state == "active"
    # A share of another signal, a missing one and a malformed id: 404 for the owner as well.
    other = SignalFactory(owner_organisation=org(member), created_by=member)
    other_share = share_with(other, member, police_member, "summary")
    owner = as_user(member)
    assert owner.delete(url(shared, f"shares/{other_share.id}/")).status_code == 404
    assert owner.delete(url(shared, "shares/00000000-0000-0000-0000-000000000000/")).status_code == 404
    assert owner.delete(url(shared, "shares/nope/")).status_code == 404


def test_an_expired_share_stops_working_by_itself(signal, member, police_member):
    start = timezone.now()
    expires = start + dt.timedelta(hours=2)
    with time_machine.travel(start, tick=False):
        client = as_user(member)
        response = client.post(
            url(signal, "shares/"),
            {"organisation": str(org(police_member).id), **SHARE, "level": "facts", "expires_at": expires.isoformat()},
            format="json",
        )
        assert response.status_code == 201
        partner = as_user(police_member)
        assert partner.get(url(signal)).status_code == 200
    with time_machine.travel(expires - dt.timedelta(seconds=1), tick=False):
        assert partner.get(url(signal)).status_code == 200
    with time_machine.travel(expires + dt.timedelta(minutes=1), tick=False):
        assert partner.get(url(signal)).status_code == 404
        assert partner.get(url(signal, "steps/1/")).status_code == 404
        assert partner.get(url(signal, "comments/")).status_code == 404
        assert partner.get("/api/v1/signals/").json()["results"] == []
        assert client.get(url(signal, "shares/")).json()["results"][0]["state"] == "expired"
        sharing.end_expired_shares()
        assert client.get(url(signal, "shares/")).json()["results"][0]["state"] == "expired"


# --- comments -------------------------------------------------------------------------------------------------


@pytest.fixture
def thread(shared, member):
    """The owner's comments for readers at each level; the full one names the poster."""
    owner_view = get_signal_for_user(member, shared.pk)
    summary = sharing.comment_create(
        signal=owner_view, acting_user=member, phase="beeldvorming", level="summary", text="Graag jullie blik."
    )
    facts = sharing.comment_create(
        signal=owner_view,
        acting_user=member,
        phase="beeldvorming",
        level="facts",
        text=f"Let op {HANDLE}: hij noemt het plein.",
    )
    full = sharing.comment_create(
        signal=owner_view,
        acting_user=member,
        phase="oordeelsvorming",
        level="full",
        text=f"De plaatser is {NAME}.",
        parent=facts,
    )
    return {"summary": summary, "facts": facts, "full": full}


def test_each_reader_gets_the_comments_of_its_level(thread, shared, member, police_member, facts_member, full_member):
    def read(user):
        response = as_user(user).get(url(shared, "comments/"))
        assert response.status_code == 200
        return {c["id"]: c for c in response.json()["results"]}

    owner = read(member)
    assert list(owner) == [str(thread["full"].id), str(thread["facts"].id), str(thread["summary"].id)]  # newest first
    assert set(owner[str(thread["full"].id)]) == COMMENT_KEYS
    assert owner[str(thread["full"].id)]["parent"] == str(thread["facts"].id)
    assert list(read(police_member)) == [str(thread["summary"].id)]
    facts = read(facts_member)
    assert list(facts) == [str(thread["facts"].id), str(thread["summary"].id)]
    assert HANDLE not in facts[str(thread["facts"].id)]["text"]  # names and handles left out at facts level
    assert "het plein" in facts[str(thread["facts"].id)]["text"]
    full = read(full_member)
    assert len(full) == 3
    assert full[str(thread["full"].id)]["text"] == f"De plaatser is {NAME}."


def test_replies_and_levels(thread, shared, member, police_member, facts_member):
    partner = as_user(facts_member)
    response = partner.post(
        url(shared, "comments/"),
        {"text": "Wij herkennen de plek.", "phase": "beeldvorming", "parent": str(thread["facts"].id)},
        format="json",
    )
    assert response.status_code == 201, response.json()
    reply = response.json()
    assert set(reply) == COMMENT_KEYS
    assert (reply["parent"], reply["level"], reply["phase"]) == (str(thread["facts"].id), "facts", "beeldvorming")
    # A reply to the summary comment written for summary readers stays readable by them.
    response = partner.post(
        url(shared, "comments/"),
        {"text": "Eens.", "phase": "oordeelsvorming", "level": "summary", "parent": str(thread["summary"].id)},
        format="json",
    )
    assert response.json()["level"] == "summary"
    # A partner writes for its own level or below.
    response = partner.post(url(shared, "comments/"), {"text": "x", "phase": "beeldvorming", "level": "full"})
    assert response.status_code == 400 and list(response.json()) == ["level"]
    # A comment the caller cannot read, one of another signal, or none: the same answer, nothing given away.
    police = as_user(police_member)
    other_signal = SignalFactory(owner_organisation=org(member), created_by=member)
    other = Comment.objects.create(
        signal=other_signal, organisation=org(member), author=member, phase="beeldvorming", level="summary", text="x"
    )
    answers = set()
    for parent in (thread["facts"].id, thread["full"].id, other.id, "00000000-0000-0000-0000-000000000000"):
        response = police.post(
            url(shared, "comments/"), {"text": "Vraag", "phase": "beeldvorming", "parent": str(parent)}, format="json"
        )
        assert response.status_code == 400
        answers.add(str(response.json()))
    assert len(answers) == 1 and "parent" in answers.pop()
    # Defaults: a partner writes for its own level, the owner for partners who read the message.
    response = police.post(url(shared, "comments/"), {"text": "Wij kijken mee.", "phase": "besluitvorming"})
    assert response.json()["level"] == "summary"
    response = as_user(member).post(url(shared, "comments/"), {"text": "Dank.", "phase": "besluitvorming"})
    assert response.json()["level"] == "facts"


def test_comments_name_organisations_not_professionals(thread, shared, member, colleague, police_member):
    police = org(police_member)
    as_user(police_member).post(url(shared, "comments/"), {"text": "Bekend bij ons.", "phase": "beeldvorming"})
    member_name = member.get_full_name()
    officer_name = police_member.get_full_name()

    partner_view = as_user(police_member).get(url(shared, "comments/"))
    authors = {c["organisation"]["id"]: c["author"] for c in partner_view.json()["results"]}
    assert authors[str(org(member).id)] == org(member).name
    assert member_name.encode() not in partner_view.content and member.username.encode() not in partner_view.content
    assert officer_name in authors[str(police.id)]  # one's own colleagues are named

    owner_view = as_user(colleague).get(url(shared, "comments/"))
    authors = {c["organisation"]["id"]: c["author"] for c in owner_view.json()["results"]}
    assert member_name in authors[str(org(member).id)]
    assert authors[str(police.id)] == police.name
    assert officer_name.encode() not in owner_view.content


def test_comment_input_is_validated(shared, member, police_member):
    client = as_user(police_member)
    assert set(client.post(url(shared, "comments/"), {}, format="json").json()) == {"text", "phase"}
    assert list(client.post(url(shared, "comments/"), {"text": " ", "phase": "beeldvorming"}).json()) == ["text"]
    assert list(client.post(url(shared, "comments/"), {"text": "x", "phase": "chatten"}).json()) == ["phase"]
    long = {"text": "x" * 6000, "phase": "beeldvorming"}
    assert list(client.post(url(shared, "comments/"), long, format="json").json()) == ["text"]


# --- double-checks --------------------------------------------------------------------------------------------


def test_partners_from_facts_level_double_check_steps_1_and_2(shared, member, police_member, facts_member, full_member):
    enforcement = as_user(facts_member)
    response = enforcement.post(url(shared, "double-checks/"), {"step": 1, "agrees": True}, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["author"] == facts_member.get_full_name() + f" ({org(facts_member).name})"
    care = as_user(full_member)
    reading = {"step": 2, "agrees": False, "reading": "Wij lezen het als bravoure."}
    assert care.post(url(shared, "double-checks/"), reading, format="json").status_code == 201

    owner = as_user(member).get(url(shared, "double-checks/")).json()["results"]
    assert [(c["step"], c["agrees"], c["author"]) for c in owner] == [
        (2, False, org(full_member).name),
        (1, True, org(facts_member).name),
    ]
    assert [c["step"] for c in enforcement.get(url(shared, "double-checks/")).json()["results"]] == [1]

    assert list(care.post(url(shared, "double-checks/"), {"step": 3}, format="json").json()) == ["step"]
    assert list(care.post(url(shared, "double-checks/"), {"step": 1, "agrees": False}).json()) == ["reading"]
    response = as_user(member).post(url(shared, "double-checks/"), {"step": 1}, format="json")
    assert response.status_code == 400 and "non_field_errors" in response.json()
    police = as_user(police_member)
    assert police.post(url(shared, "double-checks/"), {"step": 1}, format="json").status_code == 403
    assert police.get(url(shared, "double-checks/")).status_code == 404


# --- proposed actions -----------------------------------------------------------------------------------------


def test_a_partner_proposes_an_action(shared, member, police_member, facts_member, stranger):
    own = services.action_create(
        signal=shared, acting_user=member, kind="opzoeken", executing_organisation=org(member), description="Eigen"
    )
    partner = as_user(facts_member)
    body = {
        "kind": "opzoeken",
        "executing_organisation": str(org(facts_member).id),
        "description": f"Langs bij {NAME}",
        "due_date": "2030-01-31",
    }
    response = partner.post(url(shared, "actions/"), body, format="json")
    assert response.status_code == 201, response.json()
    proposed = response.json()
    assert proposed["status"] == "proposed"
    assert proposed["proposed_by_organisation"]["id"] == str(org(facts_member).id)
    assert NAME not in proposed["description"]  # read back at facts level
    assert [a["id"] for a in partner.get(url(shared, "actions/")).json()["results"]] == [proposed["id"]]
    assert as_user(police_member).get(url(shared, "actions/")).json()["results"] == []
    owner = as_user(member).get(url(shared, "actions/")).json()["results"]
    assert {a["id"] for a in owner} == {proposed["id"], str(own.id)}
    assert next(a for a in owner if a["id"] == proposed["id"])["description"] == f"Langs bij {NAME}"
    # Changing an action stays the owner's.
    assert partner.patch(f"/api/v1/actions/{proposed['id']}/", {"status": "planned"}).status_code == 404
    # Field by field; an organisation of another network is not found.
    response = partner.post(url(shared, "actions/"), {**body, "executing_organisation": str(org(stranger).id)})
    assert list(response.json()) == ["executing_organisation"]
    assert list(partner.post(url(shared, "actions/"), {**body, "kind": "hacken"}).json()) == ["kind"]
    assert Action.objects.filter(signal=shared).count() == 2


# --- redaction at facts level ---------------------------------------------------------------------------------


def test_facts_level_reads_steps_and_texts_without_names(shared, facts_member, full_member):
    facts = as_user(facts_member)
    step = facts.get(url(shared, "steps/1/"))
    assert step.status_code == 200
    answered = next(q for q in step.json()["questions"] if q["code"] == "emoji")
    assert answered["answer"]["text"].startswith("Mes-emoji van ")
    assert NAME.encode() not in step.content and b"Bravo" not in step.content
    detail = facts.get(url(shared))
    for leaked in (NAME, HANDLE, "bravo_010"):
        assert leaked.encode() not in detail.content
    assert "het plein" in detail.json()["message_text"]
    assert detail.json()["location_mentioned"].startswith("het huis van ")

    full = as_user(full_member)
    assert NAME.encode() in full.get(url(shared, "steps/1/")).content
    assert HANDLE in full.get(url(shared)).json()["location_mentioned"]


def test_search_matches_only_what_the_level_reads(shared, member, police_member, facts_member, full_member):
    def found(user, q):
        return [s["id"] for s in as_user(user).get("/api/v1/signals/", {"q": q}).json()["results"]]

    me = [str(shared.id)]
    # The message text: from facts level, but never through a name or handle left out there.
    assert found(facts_member, "plein") == me
    assert found(police_member, "plein") == []
    for q in (NAME, "Bravo", "bravo_010", HANDLE, "Bravo schrijft", "bravo_010 komt"):
        assert found(facts_member, q) == [], q
        assert found(full_member, q) == me, q
        assert found(member, q) == me, q
    assert found(police_member, "twee groepen") == me  # the sharing summary is for every level


def test_shared_with_us_filter(shared, member, police_member):
    own = SignalFactory(owner_organisation=org(police_member), created_by=police_member)

    def ids(user, value):
        return {s["id"] for s in as_user(user).get("/api/v1/signals/", {"shared_with_us": value}).json()["results"]}

    assert ids(police_member, "true") == {str(shared.id)}
    assert ids(police_member, "false") == {str(own.id)}
    assert ids(member, "true") == set()
    rows = as_user(police_member).get("/api/v1/signals/", {"shared_with_us": "true"}).json()["results"]
    assert rows[0]["access_level"] == "summary"


# --- the access log -------------------------------------------------------------------------------------------


def test_reads_at_facts_and_full_and_downloads_are_logged(
    shared, member, coordinator, police_member, facts_member, full_member
):
    attachment = services.attachment_add(signal=shared, uploaded=png(), acting_user=member)
    as_user(police_member).get(url(shared))  # summary: nothing personal, not logged
    as_user(police_member).get("/api/v1/signals/")
    as_user(member).get(url(shared))  # the owner's own reads are in its history
    assert not AccessLogEntry.objects.exists()

    as_user(facts_member).get(url(shared))
    as_user(facts_member).get(url(shared, "steps/1/"))
    as_user(full_member).get("/api/v1/signals/")
    download = as_user(full_member).get(f"/api/v1/attachments/{attachment.id}/")
    assert download.status_code == 200
    as_user(member).get(f"/api/v1/attachments/{attachment.id}/")  # every download, also the owner's

    response = as_user(coordinator).get(url(shared, "access-log/"))
    assert response.status_code == 200
    entries = response.json()["results"]
    assert set(entries[0]) == {"id", "user", "organisation", "level", "kind", "object_id", "at"}
    assert [(e["organisation"]["id"], e["level"], e["kind"], e["object_id"]) for e in entries] == [
        (str(org(member).id), "owner", "screenshot", str(attachment.id)),
        (str(org(full_member).id), "full", "screenshot", str(attachment.id)),
        (str(org(full_member).id), "full", "api", ""),
        (str(org(facts_member).id), "facts", "api", ""),
        (str(org(facts_member).id), "facts", "api", ""),
    ]  # newest first
    assert entries[-1]["user"] == facts_member.get_full_name()
    # Only the owner organisation's coordinator reads it.
    for user in (member, police_member, facts_member, full_member):
        assert as_user(user).get(url(shared, "access-log/")).status_code == 404


def test_a_page_of_the_list_is_logged_with_one_insert(member, facts_member, django_assert_max_num_queries):
    signals = [SignalFactory(owner_organisation=org(member), created_by=member) for _ in range(5)]
    for signal in signals:
        share_with(signal, member, facts_member, "facts")
    client = as_user(facts_member)
    client.get("/api/v1/signals/")  # warm the session
    with django_assert_max_num_queries(9) as captured:
        assert len(client.get("/api/v1/signals/").json()["results"]) == 5
    inserts = [
        q["sql"] for q in captured.captured_queries if q["sql"].startswith('INSERT INTO "signals_accesslogentry"')
    ]
    assert len(inserts) == 1
    assert AccessLogEntry.objects.filter(user=facts_member).count() == 10


# --- query counts ---------------------------------------------------------------------------------------------

COMMENTS_MAX_QUERIES = 7  # session, user, membership, signal, persons (below full), count, page
ACCESS_LOG_MAX_QUERIES = 6  # session, user, membership, signal, count, page


def _comments(signal, member, partner, count):
    owner_view = get_signal_for_user(member, signal.pk)
    partner_view = get_signal_for_user(partner, signal.pk)
    for index in range(count):
        sharing.comment_create(
            signal=owner_view, acting_user=member, phase="beeldvorming", level="facts", text=f"Eigen {index}"
        )
        sharing.comment_create(signal=partner_view, acting_user=partner, phase="oordeelsvorming", text=f"P {index}")


@pytest.mark.parametrize("reader", ["member", "facts_member"])
def test_comments_query_count_does_not_grow(shared, member, facts_member, reader, django_assert_max_num_queries):
    client = as_user({"member": member, "facts_member": facts_member}[reader])
    _comments(shared, member, facts_member, 2)
    with django_assert_max_num_queries(COMMENTS_MAX_QUERIES):
        assert len(client.get(url(shared, "comments/")).json()["results"]) == 4
    _comments(shared, member, facts_member, 20)
    with django_assert_max_num_queries(COMMENTS_MAX_QUERIES):
        assert len(client.get(url(shared, "comments/")).json()["results"]) == 44


def test_access_log_query_count_does_not_grow(
    shared, coordinator, facts_member, network, django_assert_max_num_queries
):
    client = as_user(coordinator)
    readers = [facts_member] + [MembershipFactory(organisation=org(facts_member)).user for _ in range(2)]
    partner = as_user(facts_member)
    for _ in range(2):
        partner.get(url(shared))
    with django_assert_max_num_queries(ACCESS_LOG_MAX_QUERIES):
        assert len(client.get(url(shared, "access-log/")).json()["results"]) == 2
    for reader in readers:
        reader_client = as_user(reader)
        for _ in range(15):
            reader_client.get(url(shared))
    with django_assert_max_num_queries(ACCESS_LOG_MAX_QUERIES):
        assert len(client.get(url(shared, "access-log/")).json()["results"]) == 47


# --- no 500 on any input --------------------------------------------------------------------------------------


GARBAGE = [
    [],
    ["organisation"],
    "just a string",
    {"organisation": {"id": 1}},
    {"level": ["full"], "purpose": 5, "legal_ground": None},
    {"expires_at": "31-12-2099", "special_categories": "misschien", "trust_relation_at_risk": [1]},
    {"text": ["x"], "phase": 3, "level": "owner", "parent": "not-a-uuid"},
    {"text": "x\x00y", "phase": "beeldvorming", "parent": 12345678901234567890},
    {"step": "een", "agrees": "misschien", "reading": {"a": 1}},
    {"step": 99999999999999999999, "agrees": True},
    {"kind": None, "executing_organisation": "x", "due_date": "gisteren"},
    {"sharing_summary": "\x00", "message_text_for_partners": ["a"]},
]


@pytest.mark.parametrize("suffix", ["shares/", "comments/", "double-checks/", "actions/"])
@pytest.mark.parametrize("user_name", ["member", "facts_member"])
def test_garbage_never_answers_500(shared, member, facts_member, suffix, user_name):
    client = as_user({"member": member, "facts_member": facts_member}[user_name])
    for payload in GARBAGE:
        response = client.post(url(shared, suffix), payload, format="json")
        assert response.status_code in (400, 403), (payload, response.status_code)
    response = client.post(url(shared, suffix), b"{not json", content_type="application/json")
    assert response.status_code in (400, 403)


@pytest.mark.parametrize("suffix", ["shares/", "comments/", "double-checks/", "access-log/", "actions/"])
def test_malformed_and_missing_signals_answer_404(member, suffix):
    client = as_user(member)
    for signal_id in ("not-a-uuid", "00000000-0000-0000-0000-000000000000", "1"):
        assert client.get(f"/api/v1/signals/{signal_id}/{suffix}").status_code == 404
        if suffix != "access-log/":  # read only
            assert client.post(f"/api/v1/signals/{signal_id}/{suffix}", {}, format="json").status_code == 404


def test_anonymous_gets_401(shared):
    client = APIClient()
    share = Share.objects.filter(signal=shared).first()
    for method, path in (
        ("get", url(shared, "shares/")),
        ("post", url(shared, "shares/")),
        ("delete", url(shared, f"shares/{share.id}/")),
        ("get", url(shared, "comments/")),
        ("post", url(shared, "comments/")),
        ("get", url(shared, "access-log/")),
        ("get", url(shared, "double-checks/")),
    ):
        assert getattr(client, method)(path).status_code == 401


# --- the schema -----------------------------------------------------------------------------------------------


def test_the_schema_generates_without_warnings(tmp_path):
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    schema = target.read_text()
    for path in (
        "/api/v1/signals/{id}/shares/:",
        "/api/v1/signals/{id}/shares/{share_id}/:",
        "/api/v1/signals/{id}/comments/:",
        "/api/v1/signals/{id}/double-checks/:",
        "/api/v1/signals/{id}/access-log/:",
    ):
        assert path in schema


def test_access_level_is_on_every_signal_representation(shared, member, police_member, facts_member, full_member):
    expected = {member: "owner", police_member: "summary", facts_member: "facts", full_member: "full"}
    for user, level in expected.items():
        client = as_user(user)
        assert client.get(url(shared)).json()["access_level"] == level
        assert client.get("/api/v1/signals/").json()["results"][0]["access_level"] == level


@pytest.mark.parametrize(
    ("message", "persons", "partner_version"),
    [
        (
            f"{NAME} schrijft: vanavond bij het plein, {HANDLE} komt ook. Mail a@b.nl of bravo_010 of JONGEN BRAVO",
            [(NAME, HANDLE), ("Jo", "")],
            "",
        ),
        ("K.J. (de) Boss+ zegt: @k.j_boss* wacht [x] bij de brug|kade", [("K.J. (de) Boss+", "@k.j_boss*")], ""),
        ("Origineel met Rocco", [("Rocco", "@rocco")], "Versie voor partners: @rocco en Rocco bij het station"),
        ("Geen namen, wel @iemand_anders en café-Zuid", [], ""),
    ],
)
def test_facts_search_matches_exactly_the_text_facts_readers_get(
    member, facts_member, message, persons, partner_version
):
    """Every piece of the raw message is searched; the signal is found at facts level exactly when the piece is in
    the text that level reads, so no search can find out a name (or a part of one) that was left out."""
    from partners.visibility import get_signal_for_user, redact_signal, search_signals, signals_visible_to

    signal = SignalFactory(
        owner_organisation=org(member),
        created_by=member,
        message_text=message,
        message_text_for_partners=partner_version,
        sharing_summary="-",
    )
    for alias, handle in persons:
        Person.objects.create(signal=signal, alias=alias, handle=handle, role="involved")
    share_with(signal, member, facts_member, "facts")
    read = redact_signal(get_signal_for_user(facts_member, signal.pk), AccessLevel.FACTS).message_text.upper()
    visible = signals_visible_to(facts_member)
    pieces = {message[i : i + n] for n in (1, 2, 3, 5, 8) for i in range(len(message) - n + 1)}
    pieces |= {partner_version[i : i + 4] for i in range(len(partner_version) - 3)}
    for q in sorted(pieces):
        if not q.strip() or q.strip() == "-":
            continue
        expected = q.strip().upper() in read
        assert search_signals(visible, q).exists() == expected, (q, read)
