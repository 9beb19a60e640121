"""The rules of the afsprakenkaart, the practice sessions and the covenant as agreements/services.py carries them
(issue 5, DOMAIN.md §7): who writes which column, when a version may move on, that an adopted version never changes,
who is told, and what the covenant accepts. Messages are asserted in Dutch, as the professionals read them."""

import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from PIL import Image

from agreements import services
from agreements.constants import BASIC_AGREEMENT_KEYS, QUESTION_FIELDS, CardStatus, SessionStatus
from agreements.models import AgreementCard, CardColumn, CardNote, Covenant, CovenantTask, PracticeAnswer
from agreements.tests.conftest import answers, column_of
from notifications.models import Notification, NotificationKind
from partners.models import Membership
from tests.roles import CANARY_PRACTICE, CARD_COLUMNS, IN_NETWORK

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% een ander convenant\n%%EOF\n"


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl"):
        yield


def messages(exc_info) -> str:
    return " ".join(exc_info.value.messages)


def org(user):
    return Membership.objects.select_related("organisation").get(user=user).organisation


def column_values(card) -> list[dict]:
    """Everything stored of the columns of ``card``, as the database holds it."""
    return list(CardColumn.objects.filter(card=card).order_by("organisation__name").values())


def history_rows(card) -> int:
    return CardColumn.history.filter(card_id=card.pk).count() + AgreementCard.history.filter(id=card.pk).count()


# --- writing a column -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["member", "coordinator"])
def test_the_organisations_own_members_write_its_column(world, concept, role):
    user = world.users[role]
    youth = world.objects["youth"]
    services.column_update(acting_user=user, column=column_of(concept, youth), **answers("Jongerenwerk"))
    column = column_of(concept, youth)
    assert column.answers() == answers("Jongerenwerk")
    assert column.updated_by == user and column.updated_at is not None
    # Nobody else's column moved.
    police = column_of(concept, world.objects["police"])
    assert police.answers()["involve_partner"] == f"Afspraak {police.organisation.name}: involve_partner"


@pytest.mark.parametrize(
    "role", ["police_summary", "enforcement_facts", "school_none", "care_full", "network_coordinator", "other_network"]
)
def test_no_one_outside_the_organisation_writes_its_column(world, concept, role):
    youth = world.objects["youth"]
    before = column_values(concept)
    with pytest.raises(PermissionDenied) as refused:
        services.column_update(acting_user=world.users[role], column=column_of(concept, youth), **answers("Over"))
    assert str(refused.value) == f"Alleen de leden van {youth.name} schrijven de kolom van die organisatie."
    assert column_values(concept) == before


def test_a_user_without_organisation_writes_no_column(world, concept):
    before = column_values(concept)
    with pytest.raises(PermissionDenied):
        services.column_update(
            acting_user=world.users["operator"], column=column_of(concept, world.objects["youth"]), **answers("X")
        )
    assert column_values(concept) == before


def test_a_column_changes_only_while_the_version_is_a_concept(world, coordinator, adopted, concept, submit):
    member = world.users["member"]
    youth = world.objects["youth"]
    adopted_before = column_values(adopted)
    with pytest.raises(ValidationError) as refused:
        services.column_update(acting_user=member, column=column_of(adopted, youth), **answers("Later"))
    assert messages(refused) == (
        "Deze versie is geen concept meer: vraag de netwerkregisseur haar terug te zetten naar concept."
    )
    assert column_values(adopted) == adopted_before
    submit(concept, coordinator, text="Ter akkoord")
    with pytest.raises(ValidationError):
        services.column_update(acting_user=member, column=column_of(concept, youth), **answers("Later"))
    assert column_of(concept, youth).answers() == answers("Ter akkoord")


def test_an_answer_longer_than_5000_characters_is_refused(world, concept):
    youth = world.objects["youth"]
    before = column_values(concept)
    with pytest.raises(ValidationError) as refused:
        services.column_update(
            acting_user=world.users["member"],
            column=column_of(concept, youth),
            involve_partner="x" * 5001,
            intervene_at="Kort",
        )
    assert refused.value.message_dict == {"involve_partner": ["Houd dit onder de 5000 tekens."]}
    assert column_values(concept) == before
    services.column_update(acting_user=world.users["member"], column=column_of(concept, youth), intervene_at="x" * 5000)
    assert column_of(concept, youth).intervene_at == "x" * 5000


# --- putting forward, agreeing, adopting ----------------------------------------------------------------------


def test_a_version_is_put_forward_only_when_every_column_is_complete(world, coordinator, concept):
    police = world.objects["police"]
    school = world.objects["school"]
    services.column_update(
        acting_user=world.users["police_summary"], column=column_of(concept, police), intervene_at=""
    )
    services.column_update(
        acting_user=world.users["school_none"], column=column_of(concept, school), expect_involved=" "
    )
    with pytest.raises(ValidationError) as refused:
        services.card_submit(acting_user=coordinator, card=concept)
    names = ", ".join(sorted([police.name, school.name]))
    assert messages(refused) == f"Nog niet elke kolom is volledig: {names}."
    assert world.objects["youth"].name not in messages(refused)
    concept.refresh_from_db()
    assert concept.status == CardStatus.CONCEPT and concept.submitted_at is None
    services.column_update(
        acting_user=world.users["police_summary"], column=column_of(concept, police), intervene_at="a"
    )
    services.column_update(
        acting_user=world.users["school_none"], column=column_of(concept, school), expect_involved="b"
    )
    services.card_submit(acting_user=coordinator, card=concept)
    concept.refresh_from_db()
    assert concept.status == CardStatus.TER_AKKOORD and concept.submitted_at is not None


@pytest.mark.parametrize("left_out", BASIC_AGREEMENT_KEYS)
def test_the_akkoord_needs_all_three_basic_agreements(world, coordinator, concept, submit, left_out):
    submit(concept, coordinator)
    youth = world.objects["youth"]
    confirmed = [key for key in BASIC_AGREEMENT_KEYS if key != left_out]
    for attempt in (confirmed, [], None, [*confirmed, "iets anders"]):
        with pytest.raises(ValidationError) as refused:
            services.column_agree(
                acting_user=world.users["member"], column=column_of(concept, youth), confirmed=attempt
            )
        assert refused.value.message_dict == {
            "confirmed": ["Bevestig alle drie de basisafspraken om akkoord te geven."]
        }
        column = column_of(concept, youth)
        assert column.agreed_at is None and column.agreed_by is None
    services.column_agree(
        acting_user=world.users["member"], column=column_of(concept, youth), confirmed=BASIC_AGREEMENT_KEYS
    )
    column = column_of(concept, youth)
    assert column.agreed_at is not None and column.agreed_by == world.users["member"]


def test_an_organisation_agrees_only_for_itself_and_only_to_a_version_awaiting_agreement(world, coordinator, concept):
    youth = world.objects["youth"]
    with pytest.raises(ValidationError) as refused:
        services.column_agree(
            acting_user=world.users["member"], column=column_of(concept, youth), confirmed=BASIC_AGREEMENT_KEYS
        )
    assert messages(refused) == "Deze versie ligt niet ter akkoord."
    services.card_submit(acting_user=coordinator, card=concept)
    with pytest.raises(PermissionDenied):
        services.column_agree(
            acting_user=world.users["police_summary"], column=column_of(concept, youth), confirmed=BASIC_AGREEMENT_KEYS
        )
    assert column_of(concept, youth).agreed_at is None


def test_adopting_is_refused_while_an_akkoord_is_missing(world, coordinator, concept, submit, agree_all):
    police, school = world.objects["police"], world.objects["school"]
    submit(concept, coordinator)
    agree_all(concept, but=[police, school])
    with pytest.raises(ValidationError) as refused:
        services.card_adopt(acting_user=coordinator, card=concept)
    assert (
        messages(refused) == f"Nog niet elke organisatie gaf akkoord: {', '.join(sorted([police.name, school.name]))}."
    )
    assert world.objects["youth"].name not in messages(refused)
    concept.refresh_from_db()
    assert concept.status == CardStatus.TER_AKKOORD and concept.adopted_at is None and concept.adopted_by is None
    agree_all(concept)  # the others agree now (an akkoord given twice stays the first)
    services.card_adopt(acting_user=coordinator, card=concept)
    concept.refresh_from_db()
    assert concept.status == CardStatus.VASTGESTELD
    assert concept.adopted_by == coordinator and concept.adopted_at is not None


def test_a_concept_is_not_adopted_directly(world, coordinator, concept, fill):
    fill(concept)
    with pytest.raises(ValidationError) as refused:
        services.card_adopt(acting_user=coordinator, card=concept)
    assert messages(refused) == "Alleen een versie die ter akkoord ligt, kan worden vastgesteld."
    concept.refresh_from_db()
    assert concept.status == CardStatus.CONCEPT


def test_sending_back_to_draft_lets_every_akkoord_lapse(world, coordinator, concept, submit, agree_all):
    submit(concept, coordinator)
    agree_all(concept, but=[world.objects["police"]])
    assert CardColumn.objects.filter(card=concept, agreed_at__isnull=False).count() == 4
    services.card_reopen(acting_user=coordinator, card=concept)
    concept.refresh_from_db()
    assert concept.status == CardStatus.CONCEPT and concept.submitted_at is None
    assert list(CardColumn.objects.filter(card=concept).values_list("agreed_at", "agreed_by")) == [(None, None)] * 5
    # Writable again; put forward again, the old akkoorden do not count.
    services.column_update(
        acting_user=world.users["member"], column=column_of(concept, world.objects["youth"]), intervene_at="Anders"
    )
    services.card_submit(acting_user=coordinator, card=concept)
    with pytest.raises(ValidationError):
        services.card_adopt(acting_user=coordinator, card=concept)
    with pytest.raises(ValidationError):
        services.card_reopen(acting_user=coordinator, card=world.objects["card_adopted"])


# --- versions ---------------------------------------------------------------------------------------------------


def test_a_new_version_copies_the_last_one_and_leaves_it_unchanged(world, coordinator, adopted, concept, adopt):
    version_2 = adopt(concept, coordinator, text="Tweede")
    old_columns, old_card = column_values(version_2), AgreementCard.objects.filter(pk=version_2.pk).values().get()
    first_columns = column_values(adopted)
    old_history = history_rows(version_2)
    version_3 = services.card_create(acting_user=coordinator)
    assert (version_3.version, version_3.status, version_3.based_on_id) == (3, CardStatus.CONCEPT, version_2.pk)
    copies = CardColumn.objects.filter(card=version_3)
    assert {c.organisation_id: c.answers() for c in copies} == {
        c["organisation_id"]: {field: c[field] for field in QUESTION_FIELDS} for c in old_columns
    }
    assert all(c.agreed_at is None and c.agreed_by_id is None for c in copies)
    # The new version is written, put forward, agreed, sent back and written again ...
    youth, police = world.objects["youth"], world.objects["police"]
    services.column_update(acting_user=world.users["member"], column=column_of(version_3, youth), **answers("Derde"))
    services.card_submit(acting_user=coordinator, card=version_3)
    services.column_agree(
        acting_user=world.users["police_summary"], column=column_of(version_3, police), confirmed=BASIC_AGREEMENT_KEYS
    )
    services.card_reopen(acting_user=coordinator, card=version_3)
    services.column_update(
        acting_user=world.users["police_summary"], column=column_of(version_3, police), **answers("P")
    )
    # ... and the versions before it did not move: not a value, not a history row.
    assert column_values(version_2) == old_columns
    assert AgreementCard.objects.filter(pk=version_2.pk).values().get() == old_card
    assert history_rows(version_2) == old_history
    assert column_values(adopted) == first_columns
    assert column_of(version_3, youth).answers() == answers("Derde")


def test_only_one_version_is_in_the_making_per_network(world, coordinator, concept, adopt):
    network = world.objects["network"]
    with pytest.raises(ValidationError) as refused:
        services.card_create(acting_user=coordinator)
    assert messages(refused) == (
        "Er is al een versie in voorbereiding: stel die eerst vast en begin dan aan de volgende."
    )
    assert AgreementCard.objects.filter(network=network).count() == 2
    adopt(concept, coordinator)
    services.card_create(acting_user=coordinator)
    with pytest.raises(ValidationError):
        services.card_create(acting_user=coordinator)
    assert list(AgreementCard.objects.filter(network=network).values_list("version", "status")) == [
        (3, CardStatus.CONCEPT),
        (2, CardStatus.VASTGESTELD),
        (1, CardStatus.VASTGESTELD),
    ]
    # The other network is not held up by ours.
    other = world.objects["other_coordinator"]
    assert services.card_create(acting_user=other).version == 2


@pytest.mark.parametrize("role", [r for r in IN_NETWORK if r != "network_coordinator"] + ["other_network"])
def test_only_the_network_coordinator_starts_puts_forward_sends_back_and_adopts(
    world, coordinator, concept, adopted, fill, agree_all, role
):
    user = world.users[role]
    network = world.objects["network"]
    fill(concept)
    with pytest.raises(PermissionDenied) as refused:
        services.card_submit(acting_user=user, card=concept)
    assert str(refused.value) == "Alleen de netwerkregisseur doet dit."
    services.card_submit(acting_user=coordinator, card=concept)
    agree_all(concept)
    with pytest.raises(PermissionDenied):
        services.card_reopen(acting_user=user, card=concept)
    with pytest.raises(PermissionDenied):
        services.card_adopt(acting_user=user, card=concept)
    concept.refresh_from_db()
    assert concept.status == CardStatus.TER_AKKOORD
    services.card_adopt(acting_user=coordinator, card=concept)
    with pytest.raises(PermissionDenied):
        services.card_create(acting_user=user)
    assert AgreementCard.objects.filter(network=network).count() == 2


def test_the_operator_does_not_run_a_card(world, concept):
    for service in (services.card_submit, services.card_reopen, services.card_adopt):
        with pytest.raises(PermissionDenied):
            service(acting_user=world.users["operator"], card=concept)
    with pytest.raises(PermissionDenied):
        services.card_create(acting_user=world.users["operator"])


@pytest.mark.parametrize("service", ["card_submit", "card_note_add", "session_advance"])
def test_another_networks_coordinator_does_not_touch_our_card_or_session(world, concept, fill, service):
    other = world.objects["other_coordinator"]
    session = world.objects["practice_session"]
    fill(concept)
    calls = {
        "card_submit": lambda: services.card_submit(acting_user=other, card=concept),
        "card_note_add": lambda: services.card_note_add(acting_user=other, card=concept, text="Van elders"),
        "session_advance": lambda: services.session_advance(acting_user=other, session=session),
    }
    with pytest.raises((PermissionDenied, ValidationError)):
        calls[service]()
    concept.refresh_from_db()
    session.refresh_from_db()
    assert concept.status == CardStatus.CONCEPT
    assert session.status == SessionStatus.WRITING
    assert not CardNote.objects.exists()


@pytest.mark.parametrize("partner", ["youth", "police", "oov"])
def test_the_core_partners_cannot_be_left_out(world, coordinator, concept, adopt, partner):
    adopt(concept, coordinator)
    network = world.objects["network"]
    everyone = {
        "youth": world.objects["youth"],
        "police": world.objects["police"],
        "oov": org(coordinator),
        "school": world.objects["school"],
    }
    chosen = [o for key, o in everyone.items() if key != partner]
    with pytest.raises(ValidationError) as refused:
        services.card_create(acting_user=coordinator, organisations=chosen)
    left_out = {"youth": "jongerenwerk", "police": "politie", "oov": "gemeente (openbare orde en veiligheid)"}[partner]
    assert refused.value.message_dict == {
        "organisations": [f"Jongerenwerk, politie en gemeente doen altijd mee; voeg toe: {left_out}."]
    }
    assert AgreementCard.objects.filter(network=network).count() == 2
    # The three core partners with a partner by choice (care, an "other" partner) is fine.
    card = services.card_create(acting_user=coordinator, organisations=[*everyone.values(), world.objects["care"]])
    assert set(card.columns.values_list("organisation_id", flat=True)) == {
        o.pk for o in [*everyone.values(), world.objects["care"]]
    }


def test_organisations_of_another_network_are_refused(world, coordinator, concept, adopt):
    adopt(concept, coordinator)
    network = world.objects["network"]
    chosen = [world.objects["youth"], world.objects["police"], org(coordinator), world.objects["other_org"]]
    with pytest.raises(ValidationError) as refused:
        services.card_create(acting_user=coordinator, organisations=chosen)
    assert refused.value.message_dict == {"organisations": ["Kies organisaties uit uw eigen netwerk."]}
    assert AgreementCard.objects.filter(network=network).count() == 2
    assert not CardColumn.objects.filter(organisation=world.objects["other_org"], card__network=network).exists()


# --- notifications ----------------------------------------------------------------------------------------------


def test_starting_a_version_invites_the_participating_organisations_but_not_the_coordinators(
    world, coordinator, concept, adopt
):
    adopt(concept, coordinator)
    Notification.objects.all().delete()
    card = services.card_create(acting_user=coordinator)
    invited = Notification.objects.filter(kind=NotificationKind.AGREEMENT_INVITED)
    assert set(invited.values_list("agreement_card_id", flat=True)) == {card.pk}
    # Every member of the organisations with a column, except the coordinator's own (OOV) organisation; care has no
    # column; nobody of the other network.
    expected = {world.users[role].pk for role in CARD_COLUMNS if role != "network_coordinator"}
    assert set(invited.values_list("recipient_id", flat=True)) == expected
    assert invited.count() == len(expected)
    assert Notification.objects.exclude(kind=NotificationKind.AGREEMENT_INVITED).count() == 0


def test_notifications_stay_within_the_network(world, coordinator, adopted):
    first = {u.pk for role, u in world.users.items() if role in IN_NETWORK}
    others = {world.users["other_network"].pk, world.objects["other_coordinator"].pk}
    other_card = world.objects["other_card"]
    about_other = set(Notification.objects.filter(agreement_card=other_card).values_list("recipient_id", flat=True))
    assert about_other == {world.users["other_network"].pk}  # invited, asked to agree, told it was adopted
    about_ours = set(
        Notification.objects.filter(agreement_card__network=world.objects["network"]).values_list(
            "recipient_id", flat=True
        )
    )
    assert about_ours and about_ours <= first and not about_ours & others


def test_putting_forward_and_adopting_tell_the_organisations_with_a_column(world, coordinator, concept, submit):
    Notification.objects.all().delete()
    submit(concept, coordinator)
    told = set(
        Notification.objects.filter(kind=NotificationKind.AGREEMENT_SUBMITTED, agreement_card=concept).values_list(
            "recipient_id", flat=True
        )
    )
    assert told == {world.users[role].pk for role in CARD_COLUMNS if role != "network_coordinator"}


# --- practice sessions ------------------------------------------------------------------------------------------


def test_answers_are_written_only_during_the_writing_round(world, coordinator):
    session = world.objects["practice_session"]
    example = world.objects["practice_example"]
    police = world.users["police_summary"]
    services.practice_answer_save(acting_user=police, session=session, phenomenon=example, involve="Direct bellen")
    services.practice_answer_save(acting_user=police, session=session, phenomenon=example, involve="Eerst duiden")
    answer = PracticeAnswer.objects.get(session=session, author=police)
    assert (answer.involve, answer.organisation) == ("Eerst duiden", world.objects["police"])
    with pytest.raises(ValidationError) as refused:
        services.practice_answer_save(acting_user=police, session=session, phenomenon=example)
    assert messages(refused) == "Schrijf minstens een van de vier antwoorden op."
    services.session_advance(acting_user=coordinator, session=session)
    with pytest.raises(ValidationError) as refused:
        services.practice_answer_save(acting_user=police, session=session, phenomenon=example, involve="Te laat")
    assert messages(refused) == "De schrijfronde van deze sessie is voorbij."
    assert PracticeAnswer.objects.get(session=session, author=police).involve == "Eerst duiden"
    member_answer = PracticeAnswer.objects.get(session=session, author=world.users["member"])
    assert CANARY_PRACTICE in member_answer.interpretation


def test_only_participating_organisations_write_in_a_session(world, coordinator):
    from signals.models import Phenomenon

    example = Phenomenon.objects.exclude(example="").order_by("position").first()
    session = services.session_create(
        acting_user=coordinator,
        title="Alleen de kern",
        phenomena=[example],
        organisations=[world.objects["youth"], world.objects["police"], org(coordinator)],
    )
    with pytest.raises(PermissionDenied):
        services.practice_answer_save(
            acting_user=world.users["school_none"], session=session, phenomenon=example, involve="School"
        )
    with pytest.raises(PermissionDenied):
        services.practice_answer_save(
            acting_user=world.users["other_network"], session=session, phenomenon=example, involve="Elders"
        )
    other_example = Phenomenon.objects.exclude(example="").exclude(pk=example.pk).first()
    with pytest.raises(ValidationError):
        services.practice_answer_save(
            acting_user=world.users["member"], session=session, phenomenon=other_example, involve="Niet gekozen"
        )
    assert not PracticeAnswer.objects.filter(session=session).exists()


def test_the_coordinator_moves_a_session_from_writing_to_discussing_to_closed(world, coordinator):
    session = world.objects["practice_session"]
    for role in ("member", "coordinator", "police_summary", "other_network"):
        with pytest.raises(PermissionDenied):
            services.session_advance(acting_user=world.users[role], session=session)
    session.refresh_from_db()
    assert session.status == SessionStatus.WRITING
    assert services.session_advance(acting_user=coordinator, session=session).status == SessionStatus.DISCUSSING
    assert services.session_advance(acting_user=coordinator, session=session).status == SessionStatus.CLOSED
    with pytest.raises(ValidationError) as refused:
        services.session_advance(acting_user=coordinator, session=session)
    assert messages(refused) == "Deze sessie is gesloten."
    session.refresh_from_db()
    assert session.status == SessionStatus.CLOSED


def test_conclusions_go_onto_the_version_in_the_making(world, coordinator, concept):
    session = world.objects["practice_session"]
    conclusions = {"involve_partner": "Bij een wapen altijd de politie bellen.", "intervene_at": "  "}
    with pytest.raises(ValidationError) as refused:
        services.session_carry_conclusions(acting_user=coordinator, session=session, conclusions=conclusions)
    assert messages(refused) == "Open eerst de bespreking: daaruit volgen de conclusies."
    assert not CardNote.objects.exists()
    session = services.session_advance(acting_user=coordinator, session=session)
    with pytest.raises(PermissionDenied):
        services.session_carry_conclusions(acting_user=world.users["member"], session=session, conclusions=conclusions)
    with pytest.raises(ValidationError) as refused:
        services.session_carry_conclusions(acting_user=coordinator, session=session, conclusions={})
    assert messages(refused) == "Schrijf voor minstens één vraag een conclusie op."
    notes = services.session_carry_conclusions(acting_user=coordinator, session=session, conclusions=conclusions)
    assert [(n.card_id, n.question, n.text, n.session_id) for n in notes] == [
        (concept.pk, "involve_partner", "Bij een wapen altijd de politie bellen.", session.pk)
    ]
    # The source is the session itself (shown in the reader's language), not a text frozen in one language.
    assert notes[0].source == ""
    assert notes[0].created_by == coordinator
    assert CardNote.objects.filter(card=concept).count() == 1


def test_conclusions_need_a_version_in_the_making(world, coordinator, concept, adopt):
    session = services.session_advance(acting_user=coordinator, session=world.objects["practice_session"])
    adopt(concept, coordinator)
    with pytest.raises(ValidationError) as refused:
        services.session_carry_conclusions(
            acting_user=coordinator, session=session, conclusions={"intervene_at": "Eerder ingrijpen."}
        )
    assert messages(refused) == "Er is geen versie in voorbereiding: begin eerst aan de volgende versie van de kaart."
    assert not CardNote.objects.exists()
    # Closed sessions still hand over their conclusions once a new version is started.
    session = services.session_advance(acting_user=coordinator, session=session)
    card = services.card_create(acting_user=coordinator)
    [note] = services.session_carry_conclusions(
        acting_user=coordinator, session=session, conclusions={"intervene_at": "Eerder ingrijpen."}
    )
    assert note.card_id == card.pk


def test_an_adopted_version_takes_no_notes(world, coordinator, adopted):
    with pytest.raises(ValidationError) as refused:
        services.card_note_add(acting_user=coordinator, card=adopted, text="Achteraf")
    assert messages(refused) == "Een vastgestelde versie verandert niet: begin eerst aan de volgende versie."
    assert not CardNote.objects.exists()


# --- the covenant -----------------------------------------------------------------------------------------------


def covenant_of(world) -> Covenant:
    return Covenant.objects.get(network=world.objects["network"])


def test_a_dpia_cannot_be_done_in_the_future(world, coordinator):
    before = covenant_of(world).dpia_done_on
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        services.covenant_update(acting_user=coordinator, dpia_done_on=tomorrow, dpia_reference="DPIA-NIEUW")
    assert refused.value.message_dict == {"dpia_done_on": ["De DPIA kan niet in de toekomst zijn uitgevoerd."]}
    covenant = covenant_of(world)
    assert (covenant.dpia_done_on, covenant.dpia_reference) == (before, "DPIA-2026-014")
    services.covenant_update(acting_user=coordinator, dpia_done_on=timezone.localdate(), dpia_reference="DPIA-NIEUW")
    covenant = covenant_of(world)
    assert (covenant.dpia_done_on, covenant.dpia_reference) == (timezone.localdate(), "DPIA-NIEUW")


def test_a_dpia_reference_needs_its_date(world, coordinator):
    with pytest.raises(ValidationError) as refused:
        services.covenant_update(acting_user=coordinator, dpia_reference="DPIA-ZONDER-DATUM")
    assert refused.value.message_dict == {"dpia_done_on": ["Geef de datum waarop de DPIA is uitgevoerd."]}
    assert covenant_of(world).dpia_reference == "DPIA-2026-014"


def test_the_coordinator_records_the_task_division_of_the_own_network_only(world, coordinator):
    police = world.objects["police"]
    with pytest.raises(ValidationError) as refused:
        services.covenant_update(acting_user=coordinator, tasks={world.objects["other_org"].pk: "Elders"})
    assert refused.value.message_dict == {"tasks": ["Kies organisaties uit uw eigen netwerk."]}
    assert not CovenantTask.objects.exists()
    services.covenant_update(acting_user=coordinator, coordinator_name="Regisseur", tasks={police.pk: " Handhaven "})
    assert CovenantTask.objects.get(covenant=covenant_of(world), organisation=police).tasks == "Handhaven"
    for role in ("member", "coordinator", "police_summary", "other_network", "operator"):
        with pytest.raises(PermissionDenied):
            services.covenant_update(acting_user=world.users[role], coordinator_name="Iemand anders")
    assert covenant_of(world).coordinator_name == "Regisseur"


def _png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (_png_bytes(), "Upload het convenant als pdf-bestand."),
        (b"", "Het bestand is leeg."),
        (b"Dit is geen PDF %PDF-1.4", "Upload het convenant als pdf-bestand."),
    ],
)
def test_the_covenant_document_must_be_a_pdf(world, coordinator, content, message):
    before = covenant_of(world)
    uploaded = SimpleUploadedFile("convenant.pdf", content, content_type="application/pdf")
    with pytest.raises(ValidationError) as refused:
        services.covenant_document_set(acting_user=coordinator, uploaded=uploaded)
    assert refused.value.message_dict == {"document": [message]}
    after = covenant_of(world)
    assert (after.document.name, after.document_uploaded_at) == (before.document.name, before.document_uploaded_at)
    assert after.document.storage.exists(after.document.name)


def test_only_the_coordinator_uploads_the_covenant(world):
    before = covenant_of(world).document.name
    for role in ("member", "police_summary", "other_network"):
        with pytest.raises(PermissionDenied):
            services.covenant_document_set(
                acting_user=world.users[role], uploaded=SimpleUploadedFile("c.pdf", PDF, content_type="application/pdf")
            )
    assert covenant_of(world).document.name == before


def test_a_new_covenant_document_replaces_the_old_file_after_commit(
    world, coordinator, django_capture_on_commit_callbacks
):
    old = covenant_of(world)
    storage, old_name = old.document.storage, old.document.name
    assert storage.exists(old_name)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.covenant_document_set(
            acting_user=coordinator, uploaded=SimpleUploadedFile("getekend.pdf", PDF, content_type="application/pdf")
        )
    # Until the transaction commits, the old file is still there (a rollback would still need it).
    assert storage.exists(old_name)
    first = covenant_of(world).document.name
    assert first != old_name and storage.exists(first)
    for callback in callbacks:
        callback()
    assert not storage.exists(old_name)
    # Replaced once more, committed at once: the previous upload goes, the new one stays.
    with django_capture_on_commit_callbacks(execute=True):
        services.covenant_document_set(
            acting_user=coordinator, uploaded=SimpleUploadedFile("getekend-2.pdf", PDF, content_type="application/pdf")
        )
    new = covenant_of(world)
    assert new.document.name not in (old_name, first)
    assert new.document_name == "getekend-2.pdf"
    with new.document.open("rb") as stored:
        assert stored.read() == PDF
    assert not storage.exists(first)
