"""The afsprakenkaart pages as the professionals use them (Dutch UI, Django test client): the card in force, writing
a column (own organisation only: others 403, other networks 404), the akkoord and the adoption, comparing versions,
the practice session (own answers only until the discussion, then side by side per organisation), what the route's
steps 3 and 4 show, the covenant and its document, and query counts that do not grow with the card."""

import re
import uuid
from dataclasses import dataclass, field

import pytest
from django.urls import reverse
from django.utils.html import escape

from agreements import services
from agreements.constants import BASIC_AGREEMENT_KEYS, QUESTION_FIELDS, CardStatus, SessionStatus
from agreements.models import AgreementCard, CardColumn, Covenant
from agreements.tests.conftest import answers, author, column_of
from notifications.models import Notification, NotificationKind
from partners.constants import PartnerType
from partners.models import Membership
from signals.models import Phenomenon
from tests.factories import (
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    SignalFactory,
    network_coordinator,
)
from tests.roles import CANARY_AGREEMENT, CANARY_PRACTICE, IN_NETWORK

pytestmark = pytest.mark.django_db

# The four questions as the Dutch UI asks them (seed 002).
QUESTIONS_NL = {
    "involve_partner": "In welke situatie betrek jij een partner bij online zorgwekkende berichten?",
    "expect_involved": "In welke situatie verwacht jij dat een partner jou betrekt bij online zorgwekkende berichten?",
    "intervene_at": "Bij welk (online) signaal grijp jij in?",
    "expect_intervene": "Bij welk (online) signaal verwacht je dat de andere betrokken partners ingrijpen?",
}
OUTSIDE = ["other_network", "operator"]


def logged_in(client, user):
    client.force_login(user)
    return client


def text(response) -> str:
    return response.content.decode()


def overview_url():
    return reverse("agreements:overview")


def card_url(card):
    return reverse("agreements:card", args=[card.pk])


def column_url(card, organisation):
    return reverse("agreements:column", args=[card.pk, organisation.pk])


def compare_url(old, new):
    return f"{reverse('agreements:compare')}?van={old}&met={new}"


def session_url(session):
    return reverse("agreements:session", args=[session.pk])


def checkbox(html: str, value: str) -> str:
    [tag] = re.findall(rf'<input[^>]*name="confirmed"[^>]*value="{value}"[^>]*>', html)
    return tag


def adopted_answer(organisation, field_name):
    return f"Afspraak {organisation.name}: {field_name}"


def card_organisations(card):
    return [c.organisation for c in CardColumn.objects.filter(card=card).select_related("organisation")]


# --- the overview and the card ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", IN_NETWORK)
def test_the_overview_shows_the_card_in_force_with_every_column(client, world, adopted, concept, role):
    # The version in the making says something else: the overview's table is the adopted version's.
    youth = world.objects["youth"]
    services.column_update(
        acting_user=world.users["member"], column=column_of(concept, youth), involve_partner="CONCEPTTEKST"
    )
    body = text(logged_in(client, world.users[role]).get(overview_url()))
    assert "De geldende kaart" in body
    assert "Versie 1, vastgesteld op" in body
    assert "Versie 2 in voorbereiding" in body
    organisations = card_organisations(adopted)
    assert len(organisations) == 5
    for organisation in organisations:
        assert organisation.name in body
        for name in QUESTION_FIELDS:
            assert adopted_answer(organisation, name) in body, (organisation.name, name)
    for question in QUESTIONS_NL.values():
        assert question in body
    assert "CONCEPTTEKST" not in body
    assert CANARY_AGREEMENT not in body
    assert reverse("agreements:pdf", args=[adopted.pk]) in body


@pytest.mark.parametrize("role", OUTSIDE)
def test_outside_the_network_the_overview_shows_no_card(client, world, role):
    response = logged_in(client, world.users[role]).get(overview_url())
    body = text(response)
    if role == "other_network":
        assert CANARY_AGREEMENT in body  # their own network's card (the check below can see a card)
    else:
        assert "Uw netwerk heeft nog geen afsprakenkaart vastgesteld." in body
    for organisation in card_organisations(world.objects["card_adopted"]):
        assert adopted_answer(organisation, "involve_partner") not in body


def test_a_participant_is_asked_to_write_the_column_of_a_concept(client, world, adopted, concept):
    youth = world.objects["youth"]
    body = text(logged_in(client, world.users["member"]).get(card_url(concept)))
    assert "Uw kolom schrijven" in body
    assert f"Uw organisatie: {youth.name}" in body
    assert column_url(concept, youth) in body
    # Not on the adopted version, and not for care, which has no column.
    assert "Uw kolom schrijven" not in text(client.get(card_url(adopted)))
    care = text(logged_in(client, world.users["care_full"]).get(card_url(concept)))
    assert "Uw kolom schrijven" not in care and reverse("agreements:column", args=[concept.pk, youth.pk]) not in care


@pytest.mark.parametrize("role", OUTSIDE)
def test_a_card_of_another_network_is_not_found(client, world, adopted, concept, role):
    logged_in(client, world.users[role])
    for card in (adopted, concept):
        for url in (card_url(card), reverse("agreements:pdf", args=[card.pk])):
            assert client.get(url).status_code == 404, url
    logged_in(client, world.users["member"])
    other = world.objects["other_card"]
    assert client.get(card_url(other)).status_code == 404
    assert client.get(reverse("agreements:card", args=[uuid.uuid4()])).status_code == 404


# --- writing a column -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("member", 200),
        ("coordinator", 200),
        ("police_summary", 403),
        ("enforcement_facts", 403),
        ("school_none", 403),
        ("care_full", 403),
        ("network_coordinator", 403),
        ("other_network", 404),
        ("operator", 404),
    ],
)
def test_only_the_organisations_own_members_open_and_save_its_column(client, world, concept, role, status):
    youth = world.objects["youth"]
    url = column_url(concept, youth)
    before = column_of(concept, youth).answers()
    logged_in(client, world.users[role])
    assert client.get(url).status_code == status
    response = client.post(url, answers(f"Geschreven door {role}"))
    if status == 200:
        assert response.status_code == 302
        assert response["Location"] == f"{card_url(concept)}#kolom-{youth.pk}"
        assert column_of(concept, youth).answers() == answers(f"Geschreven door {role}")
    else:
        assert response.status_code == status
        assert column_of(concept, youth).answers() == before


def test_anonymous_is_sent_to_log_in(client, world, concept):
    url = column_url(concept, world.objects["youth"])
    login = reverse("login")
    for response in (client.get(url), client.post(url, answers("Anoniem")), client.get(card_url(concept))):
        assert response.status_code == 302
        assert response["Location"].startswith(login)
    assert column_of(concept, world.objects["youth"]).answers() != answers("Anoniem")


def test_an_organisation_without_a_column_on_the_card_is_not_found(client, world, concept):
    logged_in(client, world.users["care_full"])
    assert client.get(column_url(concept, world.objects["care"])).status_code == 404
    assert client.get(column_url(concept, world.objects["other_org"])).status_code == 404


def test_a_column_of_an_adopted_version_is_not_edited(client, world, adopted):
    youth = world.objects["youth"]
    before = column_of(adopted, youth).answers()
    response = logged_in(client, world.users["member"]).post(column_url(adopted, youth), answers("Later"), follow=True)
    assert response.redirect_chain == [(card_url(adopted), 302)]
    assert "Deze versie is geen concept meer" in text(response)
    assert column_of(adopted, youth).answers() == before


def test_an_overlong_answer_is_refused_and_what_was_typed_stays(client, world, concept):
    youth = world.objects["youth"]
    before = column_of(concept, youth).answers()
    typed = {
        "involve_partner": "Bij een oproep tot geweld <direct> & meteen.",
        "expect_involved": "y" * 5001,
        "intervene_at": "Als een video rondgaat.",
        "expect_intervene": "",
    }
    response = logged_in(client, world.users["member"]).post(column_url(concept, youth), typed)
    assert response.status_code == 400
    body = text(response)
    assert escape(typed["involve_partner"]) in body
    assert "y" * 5001 in body
    assert typed["intervene_at"] in body
    assert "5000" in body and "tekens" in body  # the Dutch length message
    assert column_of(concept, youth).answers() == before


# --- agreeing and adopting ------------------------------------------------------------------------------------


def test_the_akkoord_without_every_basic_agreement_is_refused_and_keeps_the_ticks(
    client, world, coordinator, concept, submit
):
    submit(concept, coordinator)
    youth = world.objects["youth"]
    client = logged_in(client, world.users["member"])
    page = text(client.get(card_url(concept)))
    assert "Akkoord geven namens" in page
    response = client.post(reverse("agreements:agree", args=[concept.pk]), {"confirmed": ["communication", "content"]})
    assert response.status_code == 400
    body = text(response)
    assert "Bevestig alle drie de basisafspraken om akkoord te geven." in body
    assert "checked" in checkbox(body, "communication")
    assert "checked" in checkbox(body, "content")
    assert "checked" not in checkbox(body, "transparency")
    assert column_of(concept, youth).agreed_at is None
    response = client.post(reverse("agreements:agree", args=[concept.pk]), {"confirmed": list(BASIC_AGREEMENT_KEYS)})
    assert response.status_code == 302
    assert column_of(concept, youth).agreed_by == world.users["member"]


def test_care_without_a_column_cannot_agree(client, world, coordinator, concept, submit):
    submit(concept, coordinator)
    response = logged_in(client, world.users["care_full"]).post(
        reverse("agreements:agree", args=[concept.pk]), {"confirmed": list(BASIC_AGREEMENT_KEYS)}
    )
    assert response.status_code == 403
    response = logged_in(client, world.users["other_network"]).post(
        reverse("agreements:agree", args=[concept.pk]), {"confirmed": list(BASIC_AGREEMENT_KEYS)}
    )
    assert response.status_code == 404
    assert not CardColumn.objects.filter(card=concept, agreed_at__isnull=False).exists()


def test_adopting_while_an_akkoord_is_missing_shows_who_and_changes_nothing(
    client, world, coordinator, concept, submit, agree_all
):
    police = world.objects["police"]
    submit(concept, coordinator)
    agree_all(concept, but=[police])
    response = logged_in(client, coordinator).post(reverse("agreements:adopt", args=[concept.pk]), follow=True)
    assert response.redirect_chain == [(card_url(concept), 302)]
    assert f"Nog niet elke organisatie gaf akkoord: {police.name}." in text(response)
    concept.refresh_from_db()
    assert concept.status == CardStatus.TER_AKKOORD and concept.adopted_at is None
    agree_all(concept)
    response = client.post(reverse("agreements:adopt", args=[concept.pk]), follow=True)
    concept.refresh_from_db()
    assert concept.status == CardStatus.VASTGESTELD


@pytest.mark.parametrize("role", ["member", "coordinator", "police_summary", "other_network"])
def test_only_the_network_coordinator_reaches_the_transitions(client, world, concept, fill, role):
    fill(concept)
    logged_in(client, world.users[role])
    for name in ("submit", "reopen", "adopt"):
        assert client.post(reverse(f"agreements:{name}", args=[concept.pk])).status_code == 404
    assert client.get(reverse("agreements:card_create")).status_code == 404
    concept.refresh_from_db()
    assert concept.status == CardStatus.CONCEPT


# --- notifications ----------------------------------------------------------------------------------------------


def test_opening_an_invitation_leads_to_the_card(client, world, concept):
    police = world.users["police_summary"]
    notification = Notification.objects.get(
        recipient=police, kind=NotificationKind.AGREEMENT_INVITED, agreement_card=concept
    )
    response = logged_in(client, police).get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302
    assert response["Location"] == card_url(concept)
    notification.refresh_from_db()
    assert notification.read_at is not None
    listed = text(client.get(reverse("notifications:list")))
    assert "De netwerkregisseur is een nieuwe versie van de afsprakenkaart begonnen" in listed
    # Someone else's notification is not theirs to open.
    other = Notification.objects.filter(recipient=world.users["other_network"]).first()
    assert client.get(reverse("notifications:open", args=[other.pk])).status_code == 404


# --- comparing versions ------------------------------------------------------------------------------------------


def test_the_comparison_marks_the_changed_answers(client, world, adopted, concept):
    youth, police = world.objects["youth"], world.objects["police"]
    services.column_update(
        acting_user=world.users["member"],
        column=column_of(concept, youth),
        involve_partner=f"Afspraak {youth.name}: altijd bellen",
    )
    client = logged_in(client, world.users["school_none"])
    response = client.get(compare_url(adopted.pk, concept.pk))
    assert response.status_code == 200
    body = text(response)
    assert body.count("app-compare--changed") == 1
    assert "1 antwoord gewijzigd." in body
    assert "<del>involve_partner</del>" in body and "<ins>altijd bellen</ins>" in body
    assert "Versie 1 en versie 2" in body
    # A second change; the order of the choice does not matter.
    services.column_update(
        acting_user=world.users["police_summary"], column=column_of(concept, police), intervene_at="Nieuw ingrijpen"
    )
    body = text(client.get(compare_url(concept.pk, adopted.pk)))
    assert body.count("app-compare--changed") == 2
    assert "2 antwoorden gewijzigd." in body
    # Rewritten entirely: the new answer, and the old one struck through.
    assert "Nieuw ingrijpen" in body
    assert re.search(rf"<del>[^<]*{re.escape(police.name)}: intervene_at</del>", body)
    # Without a choice: the last two versions.
    assert "2 antwoorden gewijzigd." in text(client.get(reverse("agreements:compare")))


def test_the_comparison_escapes_what_was_written(client, world, adopted, concept):
    services.column_update(
        acting_user=world.users["member"],
        column=column_of(concept, world.objects["youth"]),
        intervene_at="<script>alert(1)</script>",
    )
    body = text(logged_in(client, world.users["member"]).get(compare_url(adopted.pk, concept.pk)))
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


@pytest.mark.parametrize("bad", ["geen-uuid", str(uuid.uuid4()), "other_card", "' OR 1=1 --"])
def test_a_bad_version_choice_answers_400_with_a_message(client, world, concept, bad):
    if bad == "other_card":
        bad = str(world.objects["other_card"].pk)
    client = logged_in(client, world.users["member"])
    for url in (compare_url(bad, concept.pk), compare_url(concept.pk, bad)):
        response = client.get(url)
        assert response.status_code == 400
        body = text(response)
        assert "Kies twee versies van de kaart van uw netwerk." in body
        assert CANARY_AGREEMENT not in body
        assert "app-compare--changed" not in body


# --- practice sessions ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", IN_NETWORK)
def test_while_writing_each_professional_sees_only_their_own_answer(client, world, role):
    session = world.objects["practice_session"]
    response = logged_in(client, world.users[role]).get(session_url(session))
    assert response.status_code == 200
    body = text(response)
    assert "Niemand anders ziet uw antwoorden tot de netwerkregisseur de bespreking opent." in body
    if role == "member":
        assert CANARY_PRACTICE in body  # its author reads it back in the form
    else:
        assert CANARY_PRACTICE not in body, role


@pytest.mark.parametrize("role", OUTSIDE)
def test_a_session_of_another_network_is_not_found(client, world, role):
    session = world.objects["practice_session"]
    example = world.objects["practice_example"]
    logged_in(client, world.users[role])
    assert client.get(session_url(session)).status_code == 404
    answer = client.post(
        reverse("agreements:session_answer", args=[session.pk, example.pk]), {f"ex-{example.pk}-involve": "X"}
    )
    assert answer.status_code == 404


def test_a_participant_writes_an_answer_on_the_page(client, world):
    session = world.objects["practice_session"]
    example = world.objects["practice_example"]
    police = world.users["police_summary"]
    url = reverse("agreements:session_answer", args=[session.pk, example.pk])
    response = logged_in(client, police).post(url, {f"ex-{example.pk}-involve": "Politie: eerst duiden"})
    assert response.status_code == 302
    assert "Politie: eerst duiden" in text(client.get(session_url(session)))
    assert "Politie: eerst duiden" not in text(logged_in(client, world.users["member"]).get(session_url(session)))


@pytest.mark.parametrize("role", IN_NETWORK)
def test_in_the_discussion_everyone_sees_the_answers_side_by_side_by_organisation(client, world, coordinator, role):
    session = world.objects["practice_session"]
    services.session_advance(acting_user=coordinator, session=session)
    member = world.users["member"]
    youth = world.objects["youth"]
    response = logged_in(client, world.users[role]).get(session_url(session))
    body = text(response)
    assert CANARY_PRACTICE in body
    # In the youth-work cell of the table, labelled by the organisation.
    assert re.search(rf'data-label="{re.escape(youth.name)}">\s*<p[^>]*>[^<]*{CANARY_PRACTICE}', body)
    assert f"Antwoorden per partner: {world.objects['practice_example'].name}" in body
    if role != "member":  # the page names the logged-in user themselves
        for name in (member.get_full_name(), member.username, member.last_name):
            assert name not in body, (role, name)


def test_the_coordinator_opens_the_discussion_on_the_page(client, world, coordinator):
    session = world.objects["practice_session"]
    assert (
        logged_in(client, world.users["member"])
        .post(reverse("agreements:session_advance", args=[session.pk]))
        .status_code
        == 404
    )
    session.refresh_from_db()
    assert session.status == SessionStatus.WRITING
    response = logged_in(client, coordinator).post(
        reverse("agreements:session_advance", args=[session.pk]), follow=True
    )
    assert "De bespreking is geopend: iedereen ziet nu de antwoorden naast elkaar." in text(response)
    assert CANARY_PRACTICE in text(response)
    session.refresh_from_db()
    assert session.status == SessionStatus.DISCUSSING


# --- route steps 3 and 4 ----------------------------------------------------------------------------------------


def step_url(signal, number):
    return reverse("signals:step", args=[signal.pk, number])


@pytest.mark.parametrize(
    ("number", "shown", "hidden"),
    [
        (3, ("involve_partner", "expect_involved"), ("intervene_at", "expect_intervene")),
        (4, ("intervene_at", "expect_intervene"), ("involve_partner", "expect_involved")),
    ],
)
def test_route_steps_3_and_4_show_what_the_network_agreed(client, world, adopted, concept, number, shown, hidden):
    # The version in the making says something else: the route shows the card in force.
    youth = world.objects["youth"]
    services.column_update(
        acting_user=world.users["member"], column=column_of(concept, youth), **answers("CONCEPTTEKST")
    )
    signal = world.objects["signal"]
    response = logged_in(client, world.users["member"]).get(step_url(signal, number))
    assert response.status_code == 200
    body = text(response)
    assert "Wat uw netwerk afsprak (afsprakenkaart, versie 1)" in body
    assert f"{youth.name} (uw organisatie)" in body
    for organisation in card_organisations(adopted):
        for name in shown:
            assert adopted_answer(organisation, name) in body, (organisation.name, name)
        for name in hidden:
            assert adopted_answer(organisation, name) not in body, (organisation.name, name)
    for name in shown:
        assert QUESTIONS_NL[name] in body
    assert "CONCEPTTEKST" not in body
    assert card_url(adopted) in body


@pytest.mark.parametrize("number", [1, 2])
def test_the_other_steps_do_not_show_the_agreements(client, world, adopted, number):
    body = text(logged_in(client, world.users["member"]).get(step_url(world.objects["signal"], number)))
    assert "Wat uw netwerk afsprak" not in body
    assert adopted_answer(world.objects["youth"], "involve_partner") not in body


def test_without_an_adopted_card_the_steps_show_nothing_agreed(client, db, fill):
    # A network whose first version is still a concept: nothing is in force yet.
    network = NetworkFactory()
    youth = OrganisationFactory(network=network, jongerenwerk=True)
    MembershipFactory(organisation=OrganisationFactory(network=network, politie=True))
    coordinator = network_coordinator(network).user
    youth_user = MembershipFactory(organisation=youth).user
    fill(services.card_create(acting_user=coordinator), text="CONCEPTTEKST")
    signal = SignalFactory(owner_organisation=youth, created_by=youth_user)
    for number in (3, 4):
        response = logged_in(client, youth_user).get(step_url(signal, number))
        assert response.status_code == 200
        assert "Wat uw netwerk afsprak" not in text(response)
        assert "CONCEPTTEKST" not in text(response)


# --- the covenant ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", IN_NETWORK)
def test_the_network_reads_the_covenant_and_downloads_its_document(client, world, role):
    logged_in(client, world.users[role])
    body = text(client.get(reverse("agreements:covenant")))
    assert "DPIA-2026-014" in body
    assert "Uitgevoerd op" in body
    assert "Bij dreiging met wapens schalen we op naar de driehoek." in body
    assert reverse("agreements:covenant_document") in body
    response = client.get(reverse("agreements:covenant_document"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == b"%PDF-1.4\n% convenant\n%%EOF\n"


@pytest.mark.parametrize("role", OUTSIDE)
def test_outside_the_network_there_is_no_covenant_and_no_document(client, world, role):
    logged_in(client, world.users[role])
    body = text(client.get(reverse("agreements:covenant")))
    assert "DPIA-2026-014" not in body
    assert "Het convenant is nog niet vastgelegd." in body
    assert client.get(reverse("agreements:covenant_document")).status_code == 404


def test_anonymous_does_not_download_the_covenant(client, world):
    response = client.get(reverse("agreements:covenant_document"))
    assert response.status_code == 302


def test_the_covenant_form_refuses_a_dpia_in_the_future(client, world, coordinator):
    response = logged_in(client, coordinator).post(
        reverse("agreements:covenant_edit"), {"dpia_done_on": "01-01-2999", "dpia_reference": "DPIA-X"}
    )
    assert response.status_code == 400
    assert "De DPIA kan niet in de toekomst zijn uitgevoerd." in text(response)
    assert Covenant.objects.get(network=world.objects["network"]).dpia_reference == "DPIA-2026-014"


def test_the_covenant_upload_refuses_a_png(client, world, coordinator):
    from django.core.files.uploadedfile import SimpleUploadedFile

    before = Covenant.objects.get(network=world.objects["network"]).document.name
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    response = logged_in(client, coordinator).post(
        reverse("agreements:covenant_upload"),
        {"document": SimpleUploadedFile("convenant.pdf", png, content_type="application/pdf")},
    )
    assert response.status_code == 400
    assert "Upload het convenant als pdf-bestand." in text(response)
    assert Covenant.objects.get(network=world.objects["network"]).document.name == before


# --- query counts ------------------------------------------------------------------------------------------------

MAX_QUERIES = 30  # an absolute ceiling; the real check is that the count does not grow


@dataclass
class Small:
    """A network of three organisations, each with one member: versions 1 and 2 adopted, 3 in the making; a
    practice session with one answer, in discussion."""

    network: object
    coordinator: object
    youth_user: object
    organisations: list = field(default_factory=list)


@pytest.fixture
def small(db, adopt) -> Small:
    network = NetworkFactory()
    youth = OrganisationFactory(network=network, jongerenwerk=True)
    police = OrganisationFactory(network=network, politie=True)
    coordinator = network_coordinator(network).user
    youth_user = MembershipFactory(organisation=youth).user
    MembershipFactory(organisation=police)
    adopt(services.card_create(acting_user=coordinator), coordinator, text="Een")
    adopt(services.card_create(acting_user=coordinator), coordinator, text="Twee")
    services.card_create(acting_user=coordinator)
    example = Phenomenon.objects.exclude(example="").order_by("position").first()
    session = services.session_create(acting_user=coordinator, title="Klein", phenomena=[example])
    services.practice_answer_save(acting_user=youth_user, session=session, phenomenon=example, involve="Bellen")
    services.session_advance(acting_user=coordinator, session=session)
    return Small(network=network, coordinator=coordinator, youth_user=youth_user, organisations=[youth, police])


def pages(small: Small, user) -> dict:
    cards = list(AgreementCard.objects.filter(network=small.network).order_by("-version"))
    newest, previous = cards[0], cards[1]
    session = small.network.practice_sessions.order_by("-created_at").first()
    youth = small.organisations[0]
    return {
        "overview": overview_url(),
        "card": card_url(newest),
        "adopted card": card_url(previous),
        "compare": compare_url(previous.pk, newest.pk),
        "session": session_url(session),
        "column": column_url(newest, youth) if user == small.youth_user else None,
        "sessions": reverse("agreements:sessions"),
        "covenant": reverse("agreements:covenant"),
    }


def count_queries(client, user, urls, django_assert_max_num_queries) -> dict:
    counts = {}
    client.force_login(user)
    for name, url in urls.items():
        if url is None:
            continue
        assert client.get(url).status_code == 200, name  # warm up (session, content types)
        with django_assert_max_num_queries(MAX_QUERIES) as captured:
            response = client.get(url)
        assert response.status_code == 200, name
        counts[name] = len(captured.captured_queries)
    return counts


def grow(small: Small, adopt):
    """Three more organisations with two members each, two more versions with a column for every organisation, and a
    second session with two examples and many answers."""
    coordinator = small.coordinator
    network = small.network
    for partner_type in (PartnerType.SCHOOL, PartnerType.HANDHAVING, PartnerType.OTHER):
        organisation = OrganisationFactory(network=network, partner_type=partner_type)
        MembershipFactory(organisation=organisation)
        MembershipFactory(organisation=organisation)
    everyone = list(network.organisations.all())
    assert len(everyone) == 6
    in_making = AgreementCard.objects.get(network=network, status=CardStatus.CONCEPT)
    adopt(in_making, coordinator, text="Drie")
    adopt(services.card_create(acting_user=coordinator, organisations=everyone), coordinator, text="Vier")
    newest = services.card_create(acting_user=coordinator, organisations=everyone)
    for column in newest.columns.select_related("organisation")[:3]:
        services.column_update(acting_user=author(column.organisation), column=column, **answers("Vijf"))
    examples = list(Phenomenon.objects.exclude(example="").order_by("position")[:2])
    session = services.session_create(
        acting_user=coordinator, title="Groot", phenomena=examples, organisations=everyone
    )
    written = 0
    for membership in Membership.objects.filter(organisation__network=network).select_related("user"):
        for example in examples:
            services.practice_answer_save(
                acting_user=membership.user,
                session=session,
                phenomenon=example,
                interpretation=f"Duiding {written}",
                involve=f"Betrekken {written}",
            )
            written += 1
    assert written >= 10
    session = services.session_advance(acting_user=coordinator, session=session)
    services.session_carry_conclusions(
        acting_user=coordinator,
        session=session,
        conclusions={name: f"Conclusie {name}" for name in QUESTION_FIELDS},
    )
    assert newest.columns.count() == 6


@pytest.mark.parametrize("who", ["participant", "network_coordinator"])
def test_query_counts_do_not_grow_with_organisations_columns_and_answers(
    client, small, adopt, django_assert_max_num_queries, who
):
    user = small.youth_user if who == "participant" else small.coordinator
    before = count_queries(client, user, pages(small, user), django_assert_max_num_queries)
    grow(small, adopt)
    urls = pages(small, user)
    after = count_queries(client, user, urls, django_assert_max_num_queries)
    # What was measured is the grown network: six columns, many answers side by side, notes on the card.
    body = text(client.get(urls["card"]))
    assert "Vijf involve_partner" in body and body.count('id="kolom-') == 6
    assert "Conclusie intervene_at" in body
    assert text(client.get(urls["compare"])).count("app-compare--changed") == 12
    assert text(client.get(urls["session"])).count("Duiding ") >= 10
    for name, count in before.items():
        assert after[name] <= count, (name, before, after)
