"""Writes of the afsprakenkaart, the practice sessions and the covenant (DOMAIN.md §7).

Who sees what is the visibility core's (``partners.visibility``). These services decide who may *change* what:

* the network coordinator (regisseur) starts a version, puts it forward for agreement, sends it back, adopts it, runs
  the practice sessions and keeps the covenant record;
* an organisation's own members write its column and give its akkoord, confirming the three basisafspraken. A member
  of another organisation of the network is refused (``PermissionDenied``: they see the card, so 403 says more than
  404 would hide); the views answer 404 for anything outside the network.

An adopted (vastgesteld) version never changes. Transitions lock the card row, so that an akkoord and the adoption
cannot cross."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.models import NotificationKind
from notifications.services import notify_organisations
from partners import visibility
from partners.models import Organisation, User

from .constants import (
    ANSWER_MAX_LENGTH,
    BASIC_AGREEMENT_KEYS,
    CORE_PARTNERS,
    PARTNER_ORDER,
    PRACTICE_FIELD_NAMES,
    QUESTION_FIELDS,
    CardStatus,
    SessionStatus,
)
from .models import AgreementCard, CardColumn, CardNote, Covenant, CovenantTask, PracticeAnswer, PracticeSession

TITLE_MAX_LENGTH = 200
SHORT_MAX_LENGTH = 200
COVENANT_MAX_BYTES = 20 * 1024 * 1024
COVENANT_TEXT_FIELDS = (
    "coordinator_name",
    "coordinator_contact",
    "scale_up",
    "dpia_reference",
    "dpo_name",
    "dpo_contact",
)


def _network_coordinator(user: User, network_id=None):
    """The user's membership when they coordinate the network (``network_id``: of that card or session)."""
    membership = visibility.membership_of(user)
    if not visibility.can_coordinate_network(user) or (
        network_id is not None and membership.organisation.network_id != network_id
    ):
        raise PermissionDenied(_("Only the network coordinator (regisseur) does this."))
    return membership


def column_order(organisation: Organisation) -> tuple:
    return (PARTNER_ORDER.get(organisation.partner_type, 99), organisation.name)


def default_participants(network_id) -> list[Organisation]:
    """The organisations a new card or practice session starts with: every organisation of the network of the
    partner types of the routekaart (jongerenwerk, politie, gemeente, school, handhaving); other partners are added
    by choice."""
    organisations = Organisation.objects.filter(network_id=network_id).exclude(partner_type="other")
    return sorted(organisations, key=column_order)


def _check_participants(network_id, organisations: Iterable[Organisation] | None) -> list[Organisation]:
    if organisations is None:
        return default_participants(network_id)
    chosen = list({organisation.pk: organisation for organisation in organisations}.values())
    if any(organisation.network_id != network_id for organisation in chosen):
        raise ValidationError({"organisations": [_("Choose organisations of your own network.")]})
    present = set(Organisation.objects.filter(network_id=network_id).values_list("partner_type", flat=True))
    missing = [partner for partner in CORE_PARTNERS if partner in present]
    missing = [partner for partner in missing if partner not in {o.partner_type for o in chosen}]
    if missing:
        from partners.constants import PartnerType

        names = ", ".join(str(PartnerType(partner).label).lower() for partner in missing)
        raise ValidationError(
            {
                "organisations": [
                    _("Youth work, police and municipality always take part; add: %(names)s.") % {"names": names}
                ]
            }
        )
    return sorted(chosen, key=column_order)


def _clean_answers(answers: dict) -> dict:
    errors = {}
    cleaned = {}
    for field in QUESTION_FIELDS:
        if field not in answers:
            continue
        value = answers[field]
        if value is not None and not isinstance(value, str):
            errors[field] = [_("Write the answer as text.")]
            continue
        value = (value or "").strip()
        if len(value) > ANSWER_MAX_LENGTH:
            errors[field] = [_("Keep this under %(count)d characters.") % {"count": ANSWER_MAX_LENGTH}]
        cleaned[field] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


# --- the card ------------------------------------------------------------------------------------------------


@transaction.atomic
def card_create(*, acting_user: User, organisations: Iterable[Organisation] | None = None) -> AgreementCard:
    """Start the next version: a concept with a column per participating organisation, filled with what the last
    version said. The participants are told to fill in their column."""
    membership = _network_coordinator(acting_user)
    network = membership.organisation.network
    cards = AgreementCard.objects.select_for_update().filter(network=network)
    if cards.exclude(status=CardStatus.VASTGESTELD).exists():
        raise ValidationError(_("A version is already in the making: adopt it first, then start the next one."))
    last = cards.order_by("-version").first()
    if organisations is None and last is not None:
        # The next version keeps who took part in the last one (a partner added then stays).
        organisations = Organisation.objects.filter(pk__in=last.columns.values("organisation_id"))
    participants = _check_participants(network.pk, organisations)
    version = (cards.aggregate(last=Max("version"))["last"] or 0) + 1
    card = AgreementCard(network=network, version=version, based_on=last, created_by=acting_user)
    card._history_user = acting_user
    try:
        with transaction.atomic():
            card.save()
    except IntegrityError as exc:  # another coordinator's request started one at the same moment
        raise ValidationError(
            _("A version is already in the making: adopt it first, then start the next one.")
        ) from exc
    previous = {column.organisation_id: column for column in last.columns.all()} if last else {}
    CardColumn.objects.bulk_create(
        [
            CardColumn(
                card=card,
                organisation=organisation,
                **(previous[organisation.pk].answers() if organisation.pk in previous else {}),
            )
            for organisation in participants
        ]
    )
    notify_organisations(
        kind=NotificationKind.AGREEMENT_INVITED,
        organisation_ids=[o.pk for o in participants if o.pk != membership.organisation_id],
        agreement_card=card,
    )
    return card


def _locked(card: AgreementCard) -> AgreementCard:
    return AgreementCard.objects.select_for_update().get(pk=card.pk)


def own_column(*, user: User, card: AgreementCard) -> CardColumn | None:
    """The column of the user's organisation on ``card`` (None when it does not take part)."""
    membership = visibility.membership_of(user)
    if membership is None:
        return None
    return card.columns.filter(organisation_id=membership.organisation_id).first()


def _check_own(user: User, column: CardColumn) -> None:
    membership = visibility.membership_of(user)
    if membership is None or membership.organisation_id != column.organisation_id:
        raise PermissionDenied(
            _("Only the members of %(organisation)s write its column.") % {"organisation": column.organisation.name}
        )


@transaction.atomic
def column_update(*, acting_user: User, column: CardColumn, **answers) -> CardColumn:
    """The organisation's own answers, while the version is a concept."""
    _check_own(acting_user, column)
    card = _locked(column.card)
    if card.status != CardStatus.CONCEPT:
        raise ValidationError(
            _("This version is no longer a concept: ask the network coordinator to send it back to draft.")
        )
    cleaned = _clean_answers(answers)
    column = CardColumn.objects.select_related("organisation", "card").get(pk=column.pk)
    for field, value in cleaned.items():
        setattr(column, field, value)
    column.updated_at = timezone.now()
    column.updated_by = acting_user
    column._history_user = acting_user
    column.save(update_fields=[*cleaned, "updated_at", "updated_by"])
    return column


@transaction.atomic
def card_submit(*, acting_user: User, card: AgreementCard) -> AgreementCard:
    """Put the concept forward for agreement (ter akkoord), once every column answered all four questions."""
    _network_coordinator(acting_user, card.network_id)
    card = _locked(card)
    if card.status != CardStatus.CONCEPT:
        raise ValidationError(_("Only a draft can be put forward for agreement."))
    incomplete = [
        c.organisation.name for c in card.columns.select_related("organisation") if c.filled < len(QUESTION_FIELDS)
    ]
    if incomplete:
        raise ValidationError(
            _("Not every column is complete yet: %(organisations)s.") % {"organisations": ", ".join(sorted(incomplete))}
        )
    card.status = CardStatus.TER_AKKOORD
    card.submitted_at = timezone.now()
    card._history_user = acting_user
    card.save(update_fields=["status", "submitted_at"])
    membership = visibility.membership_of(acting_user)
    notify_organisations(
        kind=NotificationKind.AGREEMENT_SUBMITTED,
        organisation_ids=[
            c.organisation_id for c in card.columns.all() if c.organisation_id != membership.organisation_id
        ],
        agreement_card=card,
    )
    return card


@transaction.atomic
def card_reopen(*, acting_user: User, card: AgreementCard) -> AgreementCard:
    """Send a version that is awaiting agreement back to draft: every akkoord given so far lapses."""
    _network_coordinator(acting_user, card.network_id)
    card = _locked(card)
    if card.status != CardStatus.TER_AKKOORD:
        raise ValidationError(_("Only a version awaiting agreement can be sent back to draft."))
    for column in card.columns.exclude(agreed_at=None):
        column.agreed_at = None
        column.agreed_by = None
        column._history_user = acting_user
        column.save(update_fields=["agreed_at", "agreed_by"])
    card.status = CardStatus.CONCEPT
    card.submitted_at = None
    card._history_user = acting_user
    card.save(update_fields=["status", "submitted_at"])
    return card


@transaction.atomic
def column_agree(*, acting_user: User, column: CardColumn, confirmed: Iterable[str]) -> CardColumn:
    """The organisation's akkoord on the whole version, with the three basisafspraken confirmed."""
    _check_own(acting_user, column)
    card = _locked(column.card)
    if card.status != CardStatus.TER_AKKOORD:
        raise ValidationError(_("This version is not awaiting agreement."))
    missing = [key for key in BASIC_AGREEMENT_KEYS if key not in set(confirmed or ())]
    if missing:
        raise ValidationError({"confirmed": [_("Confirm all three basic agreements to give your agreement.")]})
    column = CardColumn.objects.select_for_update().get(pk=column.pk)
    if column.agreed_at is None:
        column.agreed_at = timezone.now()
        column.agreed_by = acting_user
        column._history_user = acting_user
        column.save(update_fields=["agreed_at", "agreed_by"])
    return column


@transaction.atomic
def card_adopt(*, acting_user: User, card: AgreementCard) -> AgreementCard:
    """Adopt (vaststellen) the version: refused while any participating organisation has not agreed."""
    membership = _network_coordinator(acting_user, card.network_id)
    card = _locked(card)
    if card.status != CardStatus.TER_AKKOORD:
        raise ValidationError(_("Only a version awaiting agreement can be adopted."))
    waiting = sorted(c.organisation.name for c in card.columns.select_related("organisation") if c.agreed_at is None)
    if waiting:
        raise ValidationError(
            _("Not every organisation has agreed yet: %(organisations)s.") % {"organisations": ", ".join(waiting)}
        )
    card.status = CardStatus.VASTGESTELD
    card.adopted_at = timezone.now()
    card.adopted_by = acting_user
    card._history_user = acting_user
    card.save(update_fields=["status", "adopted_at", "adopted_by"])
    notify_organisations(
        kind=NotificationKind.AGREEMENT_ADOPTED,
        organisation_ids=[
            c.organisation_id for c in card.columns.all() if c.organisation_id != membership.organisation_id
        ],
        agreement_card=card,
    )
    return card


def card_note_add(
    *, acting_user: User, card: AgreementCard, text: str, question: str = "", session=None, source: str = ""
) -> CardNote:
    """Carry a conclusion into a version in the making (step 5); each organisation adopts it in its own column."""
    _network_coordinator(acting_user, card.network_id)
    if not card.is_open:
        raise ValidationError(_("An adopted version does not change: start the next version first."))
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": [_("Write the conclusion.")]})
    if len(text) > ANSWER_MAX_LENGTH:
        raise ValidationError({"text": [_("Keep this under %(count)d characters.") % {"count": ANSWER_MAX_LENGTH}]})
    if question and question not in QUESTION_FIELDS:
        raise ValidationError({"question": [_("Choose one of the four questions.")]})
    return CardNote.objects.create(
        card=card, question=question, text=text, session=session, source=source[:200], created_by=acting_user
    )


# --- practice sessions ---------------------------------------------------------------------------------------


@transaction.atomic
def session_create(*, acting_user: User, title: str, phenomena, organisations=None) -> PracticeSession:
    membership = _network_coordinator(acting_user)
    network_id = membership.organisation.network_id
    errors = {}
    title = (title or "").strip()
    if not title:
        errors["title"] = [_("Name the session, for example 'Preparation afsprakenkaart, spring'.")]
    elif len(title) > TITLE_MAX_LENGTH:
        errors["title"] = [_("Keep the title under %(count)d characters.") % {"count": TITLE_MAX_LENGTH}]
    phenomena = list(phenomena or [])
    if not phenomena:
        errors["phenomena"] = [_("Choose at least one example message.")]
    try:
        participants = _check_participants(network_id, organisations)
    except ValidationError as exc:
        errors.update(exc.message_dict)
    if errors:
        raise ValidationError(errors)
    session = PracticeSession.objects.create(network_id=network_id, title=title, created_by=acting_user)
    session.phenomena.set(phenomena)
    session.organisations.set(participants)
    return session


def _check_session_participant(user: User, session: PracticeSession):
    membership = visibility.membership_of(user)
    if membership is None or not session.organisations.filter(pk=membership.organisation_id).exists():
        raise PermissionDenied(_("Your organisation does not take part in this session."))
    return membership


@transaction.atomic
def practice_answer_save(*, acting_user: User, session: PracticeSession, phenomenon, **fields) -> PracticeAnswer:
    """What the professional would do for one example (steps 2 and 3); while the session is open for writing."""
    membership = _check_session_participant(acting_user, session)
    session = PracticeSession.objects.select_for_update().get(pk=session.pk)
    if session.status != SessionStatus.WRITING:
        raise ValidationError(_("The writing round of this session is over."))
    if not session.phenomena.filter(pk=phenomenon.pk).exists():
        raise ValidationError(_("This example is not part of the session."))
    values = {}
    errors = {}
    for field in PRACTICE_FIELD_NAMES:
        value = (fields.get(field) or "").strip()
        if len(value) > ANSWER_MAX_LENGTH:
            errors[field] = [_("Keep this under %(count)d characters.") % {"count": ANSWER_MAX_LENGTH}]
        values[field] = value
    if errors:
        raise ValidationError(errors)
    if not any(values.values()):
        raise ValidationError(_("Write down at least one of the four answers."))
    answer, _created = PracticeAnswer.objects.update_or_create(
        session=session,
        phenomenon=phenomenon,
        author=acting_user,
        defaults={**values, "organisation_id": membership.organisation_id},
    )
    return answer


NEXT_SESSION_STATUS = {SessionStatus.WRITING: SessionStatus.DISCUSSING, SessionStatus.DISCUSSING: SessionStatus.CLOSED}


@transaction.atomic
def session_advance(*, acting_user: User, session: PracticeSession) -> PracticeSession:
    """From writing to discussing (everyone sees the answers side by side), from discussing to closed."""
    _network_coordinator(acting_user, session.network_id)
    session = PracticeSession.objects.select_for_update().get(pk=session.pk)
    if session.status not in NEXT_SESSION_STATUS:
        raise ValidationError(_("This session is closed."))
    session.status = NEXT_SESSION_STATUS[session.status]
    session.save(update_fields=["status"])
    return session


@transaction.atomic
def session_carry_conclusions(*, acting_user: User, session: PracticeSession, conclusions: dict) -> list[CardNote]:
    """Step 5: the conclusions of the discussion, per question of the card, onto the version in the making."""
    _network_coordinator(acting_user, session.network_id)
    if session.status == SessionStatus.WRITING:
        raise ValidationError(_("Open the discussion first: conclusions follow from it."))
    card = (
        AgreementCard.objects.select_for_update()
        .filter(network_id=session.network_id)
        .exclude(status=CardStatus.VASTGESTELD)
        .first()
    )
    if card is None:
        raise ValidationError(_("There is no version in the making: start the next version of the card first."))
    texts = {question: (conclusions.get(question) or "").strip() for question in QUESTION_FIELDS}
    if not any(texts.values()):
        raise ValidationError(_("Write a conclusion for at least one question."))
    return [
        card_note_add(acting_user=acting_user, card=card, text=text, question=question, session=session)
        for question, text in texts.items()
        if text
    ]


# --- the covenant --------------------------------------------------------------------------------------------


@transaction.atomic
def covenant_update(*, acting_user: User, dpia_done_on=None, tasks: dict | None = None, **fields) -> Covenant:
    """The covenant record of the coordinator's network: its texts, the DPIA and the task division per partner."""
    membership = _network_coordinator(acting_user)
    network = membership.organisation.network
    errors = {}
    values = {}
    for field in COVENANT_TEXT_FIELDS:
        value = (fields.get(field) or "").strip()
        limit = ANSWER_MAX_LENGTH if field == "scale_up" else SHORT_MAX_LENGTH
        if len(value) > limit:
            errors[field] = [_("Keep this under %(count)d characters.") % {"count": limit}]
        values[field] = value
    if dpia_done_on is not None and dpia_done_on > timezone.localdate():
        errors["dpia_done_on"] = [_("The DPIA cannot have been done in the future.")]
    if values["dpia_reference"] and dpia_done_on is None:
        errors["dpia_done_on"] = [_("Give the date the DPIA was done.")]
    organisations = {o.pk: o for o in Organisation.objects.filter(network=network)}
    tasks = {key: (value or "").strip() for key, value in (tasks or {}).items()}
    for key, value in tasks.items():
        if key not in organisations:
            errors["tasks"] = [_("Choose organisations of your own network.")]
        elif len(value) > ANSWER_MAX_LENGTH:
            errors[f"tasks_{key}"] = [_("Keep this under %(count)d characters.") % {"count": ANSWER_MAX_LENGTH}]
    if errors:
        raise ValidationError(errors)
    covenant = Covenant.objects.select_for_update().filter(network=network).first() or Covenant(network=network)
    for field, value in values.items():
        setattr(covenant, field, value)
    covenant.dpia_done_on = dpia_done_on
    covenant.updated_by = acting_user
    covenant._history_user = acting_user
    covenant.save()
    for organisation_id, text in tasks.items():
        task, _created = CovenantTask.objects.get_or_create(covenant=covenant, organisation_id=organisation_id)
        if task.tasks != text:
            task.tasks = text
            task._history_user = acting_user
            task.save()
    return covenant


def _check_pdf(uploaded) -> bytes:
    """Only a real PDF of a sensible size: identified by its content, not by its name or claimed type."""
    data = uploaded.read(COVENANT_MAX_BYTES + 1)
    if not data:
        raise ValidationError({"document": [_("The file is empty.")]})
    if len(data) > COVENANT_MAX_BYTES:
        raise ValidationError({"document": [_("The file is larger than 20 MB.")]})
    if not data.lstrip()[:5] == b"%PDF-":
        raise ValidationError({"document": [_("Upload the covenant as a PDF file.")]})
    return data


@transaction.atomic
def covenant_document_set(*, acting_user: User, uploaded) -> Covenant:
    """Store (or replace) the signed covenant document; the previous file is removed from storage after commit."""
    from django.core.files.base import ContentFile

    membership = _network_coordinator(acting_user)
    data = _check_pdf(uploaded)
    network = membership.organisation.network
    covenant = Covenant.objects.select_for_update().filter(network=network).first() or Covenant(network=network)
    old = covenant.document.name if covenant.document else ""
    covenant.document.save("covenant.pdf", ContentFile(data), save=False)
    covenant.document_name = (getattr(uploaded, "name", "") or "convenant.pdf")[:255]
    covenant.document_uploaded_at = timezone.now()
    covenant.updated_by = acting_user
    covenant._history_user = acting_user
    covenant.save()
    if old:
        storage = covenant.document.storage
        transaction.on_commit(lambda: storage.delete(old))
    return covenant
