"""Writes for signals and their route (DOMAIN.md §3, seed 002). Every write takes the ``acting_user``, validates,
saves with history and leaves the authorisation of the *object* to the caller's selector (``get_signal_for_user``
with ``min_level=OWNER``); the rules that depend on who acts are checked here."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from partners import visibility
from partners.constants import PartnerType
from partners.models import Organisation, User

from . import route
from .constants import (
    ActionStatus,
    Decision,
    PersonRole,
    Platform,
    ReceivedVia,
    SignalStatus,
    SourceVisibility,
    Urgency,
)
from .models import (
    Action,
    Attachment,
    MonitoringWarning,
    Person,
    Phenomenon,
    Review,
    Signal,
    SignalFollow,
    StepAnswer,
    StepDecision,
)

# Seed 004: the municipality must not monitor people systematically. Several signals of one OOV organisation about
# the same alias within this period raise a warning that is shown and recorded.
MONITORING_WINDOW = dt.timedelta(days=28)
MONITORING_THRESHOLD = 3  # this signal and at least two others

INTAKE_FIELDS = (
    "phenomenon",
    "platform",
    "visibility",
    "observed_at",
    "received_via",
    "message_text",
    "sharing_summary",
    "reach_followers",
    "reach_views",
    "reach_likes",
    "reach_reposts",
    "reach_comments",
    "location_mentioned",
    "time_mentioned",
    "investigation_order_reference",
    "urgency",
)
REQUIRED_FOR_SUBMIT = ("phenomenon", "platform", "visibility", "observed_at", "received_via", "message_text")


def _membership(user: User):
    membership = visibility.membership_of(user)
    if membership is None:
        raise ValidationError(_("You are not a member of an organisation."))
    return membership


def _validate_intake(*, organisation: Organisation, data: dict, persons: list[dict], submit: bool) -> dict:
    errors: dict[str, list[str]] = {}

    def error(field, message):
        errors.setdefault(field, []).append(message)

    if data.get("platform") and data["platform"] not in Platform.values:
        error("platform", _("Choose a platform from the list."))
    if data.get("visibility") and data["visibility"] not in SourceVisibility.values:
        error("visibility", _("Choose public or closed."))
    if data.get("received_via") and data["received_via"] not in ReceivedVia.values:
        error("received_via", _("Choose how the message reached you."))
    if data.get("urgency") and data["urgency"] not in Urgency.values:
        error("urgency", _("Choose an urgency from the list."))
    phenomenon = data.get("phenomenon")
    if phenomenon is not None and not isinstance(phenomenon, Phenomenon):
        error("phenomenon", _("Choose an online phenomenon from the list."))
    observed_at = data.get("observed_at")
    if observed_at is not None:
        if timezone.is_naive(observed_at):
            error("observed_at", _("Give the time with its time zone."))
        elif observed_at > timezone.now() + dt.timedelta(minutes=5):
            error("observed_at", _("The moment you saw the message cannot be in the future."))
    for field in ("reach_followers", "reach_views", "reach_likes", "reach_reposts", "reach_comments"):
        value = data.get(field)
        if value is not None and (not isinstance(value, int) or value < 0):
            error(field, _("Give a whole number of zero or more."))
    if submit:
        for field in REQUIRED_FOR_SUBMIT:
            if not data.get(field):
                error(field, _("This field is required to log the message."))
    # Seed 004 / 002: police may use closed sources only under an opsporingsbevel of the OM.
    if (
        organisation.partner_type == PartnerType.POLITIE
        and data.get("visibility") == SourceVisibility.CLOSED
        and not (data.get("investigation_order_reference") or "").strip()
    ):
        error(
            "investigation_order_reference",
            _("A closed source may be used by the police only under an investigation order: give its reference."),
        )
    for index, person in enumerate(persons):
        if not (person.get("alias") or "").strip():
            error(f"persons.{index}.alias", _("Give a pseudonym (alias) for this person."))
        if person.get("role") not in PersonRole.values:
            error(f"persons.{index}.role", _("Choose the person's role."))
        age = person.get("age")
        if age is not None and (not isinstance(age, int) or not 0 <= age <= 120):
            error(f"persons.{index}.age", _("Give an age between 0 and 120."))
    if errors:
        raise ValidationError(errors)
    return data


def _monitoring_warnings(*, signal: Signal, acting_user: User) -> list[MonitoringWarning]:
    organisation = signal.owner_organisation
    if organisation.partner_type != PartnerType.GEMEENTE_OOV or signal.is_practice:
        return []
    since = timezone.now() - MONITORING_WINDOW
    warnings = []
    for alias in {p.alias.strip().lower() for p in signal.persons.all() if p.alias.strip()}:
        count = (
            Signal.objects.filter(
                owner_organisation=organisation,
                is_practice=False,
                created_at__gte=since,
                persons__alias__iexact=alias,
            )
            .distinct()
            .count()
        )
        if count >= MONITORING_THRESHOLD:
            warnings.append(
                MonitoringWarning.objects.create(
                    organisation=organisation, signal=signal, alias=alias, signal_count=count, shown_to=acting_user
                )
            )
    return warnings


def _replace_persons(*, signal: Signal, persons: list[dict], acting_user: User) -> None:
    for person in signal.persons.all():
        person._history_user = acting_user
        person.delete()
    for person in persons:
        obj = Person(
            signal=signal,
            alias=person["alias"].strip(),
            role=person["role"],
            age=person.get("age"),
            handle=(person.get("handle") or "").strip(),
            known_how=(person.get("known_how") or "").strip(),
        )
        obj._history_user = acting_user
        obj.save()


@transaction.atomic
def signal_create(
    *, acting_user: User, data: dict, persons: list[dict] | None = None, submit: bool = True, is_practice: bool = False
) -> tuple[Signal, list[MonitoringWarning]]:
    """Log a concerning message (startpunt, 002). ``submit=False`` keeps it as a draft: nothing required yet, so
    nothing typed is lost. Returns the signal and any systematic-monitoring warnings that were shown."""
    membership = _membership(acting_user)
    persons = persons or []
    data = _validate_intake(organisation=membership.organisation, data=data, persons=persons, submit=submit)
    signal = Signal(
        owner_organisation=membership.organisation,
        created_by=acting_user,
        status=SignalStatus.OPEN if submit else SignalStatus.DRAFT,
        is_practice=is_practice,
        **{field: data[field] for field in INTAKE_FIELDS if data.get(field) not in (None, "")},
    )
    signal._history_user = acting_user
    signal.save()
    _replace_persons(signal=signal, persons=persons, acting_user=acting_user)
    SignalFollow.objects.get_or_create(user=acting_user, signal=signal)
    return signal, _monitoring_warnings(signal=signal, acting_user=acting_user) if submit else []


@transaction.atomic
def signal_update(
    *, signal: Signal, acting_user: User, data: dict, persons: list[dict] | None = None, submit: bool | None = None
) -> tuple[Signal, list[MonitoringWarning]]:
    """Change the intake of a signal; ``submit=True`` turns a draft into an open signal."""
    signal = Signal.objects.select_for_update().select_related("owner_organisation").get(pk=signal.pk)
    becomes_open = submit is True and signal.status == SignalStatus.DRAFT
    must_be_complete = becomes_open or signal.status != SignalStatus.DRAFT
    merged = {field: getattr(signal, field) for field in INTAKE_FIELDS} | data
    _validate_intake(
        organisation=signal.owner_organisation,
        data=merged,
        persons=persons if persons is not None else [],
        submit=must_be_complete,
    )
    changed = []
    for field in INTAKE_FIELDS:
        if field in data:
            value = data[field]
            if value is None and signal._meta.get_field(field).get_internal_type() in ("CharField", "TextField"):
                value = ""
            setattr(signal, field, value)
            changed.append(field)
    if becomes_open:
        signal.status = SignalStatus.OPEN
        changed.append("status")
    signal._history_user = acting_user
    signal.save(update_fields=[*changed, "updated_at"])
    if persons is not None:
        _replace_persons(signal=signal, persons=persons, acting_user=acting_user)
    warnings = _monitoring_warnings(signal=signal, acting_user=acting_user) if becomes_open or persons else []
    return signal, warnings


@transaction.atomic
def step_save(
    *,
    signal: Signal,
    number: int,
    answers: dict[str, dict],
    acting_user: User,
    decision: str | None = None,
    reason: str = "",
    watch: bool = False,
) -> Signal:
    """Save the answers of one route step (per question: answer and free text) and, at steps 3 and 4, the JA/NEE
    decision, following the branches of 002: 3 → 4 either way; 4 yes → 5; 4 no → closed with a reason (or under
    watch). A yes on the acute question of step 3 marks the signal acute (act at once)."""
    if number not in route.STEP_NUMBERS:
        raise ValidationError({"step": _("There is no such step.")})
    signal = Signal.objects.select_for_update().get(pk=signal.pk)
    if signal.status == SignalStatus.DRAFT:
        raise ValidationError(_("Log the message first; then walk the route."))
    if signal.status == SignalStatus.CLOSED:
        raise ValidationError(_("This signal is closed. Reopen it to change the route."))
    known = route.questions(number)
    errors: dict[str, list[str]] = {}
    for code, value in answers.items():
        question = known.get(code)
        if question is None:
            errors.setdefault(code, []).append(_("Unknown question."))
        elif (value.get("answer") or "") not in route.valid_answers(question):
            errors.setdefault(code, []).append(_("Choose one of the answers."))
    has_decision = number in route.DECISION_STEPS
    if decision is not None and not has_decision:
        errors.setdefault("decision", []).append(_("This step has no decision."))
    if decision is not None and decision not in Decision.values:
        errors.setdefault("decision", []).append(_("Choose yes or no."))
    if number == 4 and decision == Decision.NO and not reason.strip():
        errors.setdefault("reason", []).append(_("Give the reason for not intervening."))
    if errors:
        raise ValidationError(errors)

    for code, value in answers.items():
        # One history record per change, carrying who made it (get_or_create would add an anonymous one).
        answer = StepAnswer.objects.filter(signal=signal, step=number, question=code).first() or StepAnswer(
            signal=signal, step=number, question=code
        )
        answer.answer = value.get("answer") or ""
        answer.text = (value.get("text") or "").strip()
        answer.updated_by = acting_user
        answer._history_user = acting_user
        answer.save()

    changed = []
    acute = route.flagged_question("acute")
    if acute and acute[0] == number and acute[1] in answers:
        is_acute = answers[acute[1]].get("answer") == "yes"
        if is_acute != signal.is_acute:
            signal.is_acute = is_acute
            changed.append("is_acute")
            if is_acute:
                signal.urgency = Urgency.HIGH
                signal.acute_handled_at = None  # acute again: back at the top until handled again
                changed += ["urgency", "acute_handled_at"]
    if decision is not None:
        record = StepDecision.objects.filter(signal=signal, step=number).first() or StepDecision(
            signal=signal, step=number
        )
        record.decision = decision
        record.reason = reason.strip()
        record.decided_by = acting_user
        record._history_user = acting_user
        record.save()
        target = route.next_step(number, decision)
        if target == "closed":
            signal.status = SignalStatus.WATCH if watch else SignalStatus.CLOSED
            signal.closed_reason = reason.strip()
            changed += ["status", "closed_reason"]
        else:
            signal.step = max(signal.step, int(target))
            changed.append("step")
    elif not has_decision and number < 5:
        signal.step = max(signal.step, number + 1)
        changed.append("step")
    if changed:
        signal._history_user = acting_user
        signal.save(update_fields=[*set(changed), "updated_at"])
    if "is_acute" in changed and signal.is_acute:
        from .sharing import notify_acute

        notify_acute(signal=signal)
    if number in route.REVIEW_STEPS:
        _request_review(signal=signal, acting_user=acting_user)
    return signal


def _request_review(*, signal: Signal, acting_user: User) -> None:
    """Four eyes: the first time steps 1-2 hold answers and nobody reviewed them, the colleagues are asked."""
    from notifications.models import Notification, NotificationKind
    from notifications.services import notify

    if signal.reviews.exists():
        return
    if Notification.objects.filter(signal=signal, kind=NotificationKind.REVIEW_REQUESTED).exists():
        return
    notify(
        kind=NotificationKind.REVIEW_REQUESTED,
        signal=signal,
        actor_organisation=signal.owner_organisation,
        organisation_ids=[signal.owner_organisation_id],
        exclude_user=acting_user,
        min_level=visibility.AccessLevel.OWNER,
    )


def _notify_assigned(*, action: Action, acting_user: User) -> None:
    """An action for another organisation than the one acting: its members are told (if they see the signal)."""
    from notifications.models import NotificationKind
    from notifications.services import notify

    acting = visibility.membership_of(acting_user)
    if acting is None or action.executing_organisation_id == acting.organisation_id:
        return
    notify(
        kind=NotificationKind.ACTION_ASSIGNED,
        signal=action.signal,
        actor_organisation=acting.organisation,
        organisation_ids=[action.executing_organisation_id],
    )


def signal_reopen(*, signal: Signal, acting_user: User) -> Signal:
    signal = Signal.objects.get(pk=signal.pk)
    if signal.status not in (SignalStatus.CLOSED, SignalStatus.WATCH):
        raise ValidationError(_("Only a closed signal or one under watch can be reopened."))
    signal.status = SignalStatus.OPEN
    signal._history_user = acting_user
    signal.save(update_fields=["status", "updated_at"])
    return signal


def review_create(*, signal: Signal, reviewer: User, agrees: bool, different_reading: str = "") -> Review:
    """Four eyes on steps 1-2: another member of the owner organisation. Their different reading is kept."""
    membership = _membership(reviewer)
    if membership.organisation_id != signal.owner_organisation_id:
        raise ValidationError(_("Only a colleague of the owner organisation can review."))
    answered_by = set(
        StepAnswer.objects.filter(signal=signal, step__in=route.REVIEW_STEPS).values_list("updated_by", flat=True)
    )
    if reviewer.pk == signal.created_by_id or reviewer.pk in answered_by:
        raise ValidationError(_("A review is done by another colleague than the one who logged or answered."))
    if not StepAnswer.objects.filter(signal=signal, step__in=route.REVIEW_STEPS).exists():
        raise ValidationError(_("There is nothing to review yet: answer steps 1 and 2 first."))
    if not agrees and not different_reading.strip():
        raise ValidationError({"different_reading": _("Write down your different reading.")})
    review = Review(signal=signal, reviewer=reviewer, agrees=agrees, different_reading=different_reading.strip())
    review._history_user = reviewer
    review.save()
    return review


def reviews_complete(signal: Signal) -> bool:
    """Steps 1 and 2 count as complete only after a colleague reviewed them."""
    return signal.reviews.exists()


def _validate_action(*, signal: Signal, kind: str, organisation: Organisation, status: str):
    errors = {}
    if kind not in route.ACTION_CODES:
        errors["kind"] = [_("Choose an action from the list.")]
    if organisation.network_id != signal.owner_organisation.network_id:
        errors["executing_organisation"] = [_("Choose an organisation of your network.")]
    if status not in ActionStatus.values:
        errors["status"] = [_("Choose a status from the list.")]
    if errors:
        raise ValidationError(errors)


def action_create(
    *,
    signal: Signal,
    acting_user: User,
    kind: str,
    executing_organisation: Organisation,
    executing_person: str = "",
    due_date: dt.date | None = None,
    description: str = "",
    status: str = ActionStatus.PLANNED,
) -> Action:
    """A step-5 action: who executes it, when, and its status (002 step 5)."""
    _validate_action(signal=signal, kind=kind, organisation=executing_organisation, status=status)
    action = Action(
        signal=signal,
        kind=kind,
        executing_organisation=executing_organisation,
        executing_person=executing_person.strip(),
        due_date=due_date,
        description=description.strip(),
        status=status,
        created_by=acting_user,
    )
    action._history_user = acting_user
    action.save()
    _notify_assigned(action=action, acting_user=acting_user)
    return action


def action_update(*, action: Action, acting_user: User, **changes) -> Action:
    """Change an action; the evaluation note belongs to a done action ("vergeet niet de acties te evalueren")."""
    allowed = {"kind", "executing_organisation", "executing_person", "due_date", "description", "status", "evaluation"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(_("Unknown fields: %(fields)s") % {"fields": ", ".join(sorted(unknown))})
    previous_organisation_id = action.executing_organisation_id
    for field, value in changes.items():
        setattr(action, field, value.strip() if isinstance(value, str) else value)
    _validate_action(
        signal=action.signal, kind=action.kind, organisation=action.executing_organisation, status=action.status
    )
    if action.evaluation and action.status != ActionStatus.DONE:
        raise ValidationError({"evaluation": _("Evaluate an action once it is done.")})
    action._history_user = acting_user
    action.save(update_fields=[*changes, "updated_at"])
    if "executing_organisation" in changes and action.executing_organisation_id != previous_organisation_id:
        _notify_assigned(action=action, acting_user=acting_user)
    return action


def attachment_add(*, signal: Signal, uploaded, acting_user: User) -> Attachment:
    """Store a screenshot: only real PNG/JPEG/WebP, re-encoded without metadata; the original's SHA-256 is kept."""
    from django.core.files.base import ContentFile

    from .uploads import UploadRejected, sanitise_screenshot

    try:
        image = sanitise_screenshot(uploaded)
    except UploadRejected as exc:
        raise ValidationError({"file": [str(exc)]}) from exc
    attachment = Attachment(
        signal=signal,
        content_type=image.content_type,
        extension=image.extension.lstrip("."),
        original_name=(getattr(uploaded, "name", "") or "")[:255],
        original_sha256=image.original_sha256,
        sanitised_sha256=image.sanitised_sha256,
        original_size=image.original_size,
        width=image.width,
        height=image.height,
        uploaded_by=acting_user,
    )
    attachment.file.save(f"{attachment.id}{image.extension}", ContentFile(image.content), save=False)
    attachment._history_user = acting_user
    attachment.save()
    return attachment
