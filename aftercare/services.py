"""Writes of aftercare and evaluation (DOMAIN.md §8).

Who sees what is the visibility core's (``partners.visibility``); callers fetch the case, report or evaluation for
the acting user first (404 otherwise). These services decide who may *change* what:

* the aftercare plan and the misinformation log of a case: every organisation taking part in the case;
* an internal report of a burdening incident: written by a professional, followed up by a coordinator (team lead)
  of the same organisation;
* an evaluation: started, concluded and finalised by the network coordinator (regisseur) whose organisation takes
  part in the case; each participating organisation writes its own part.

Refusals of who-may raise ``PermissionDenied`` (the views answer 403: the caller sees the thing); bad input raises
``ValidationError`` with a message per field."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from interventions.constants import Phase
from interventions.models import Case, CaseParticipant
from notifications.models import NotificationKind
from notifications.services import notify_organisations
from partners import visibility
from partners.constants import PartnerType
from partners.models import Organisation, User

from .constants import (
    AFTERCARE_TASKS,
    CLOSED_TASK_STATUSES,
    DEBUNK_RULE_CODES,
    EVALUATION_FIELDS,
    PROCEDURE_CODES,
    STRESSOR_CODES,
    TEXT_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    EvaluationStatus,
    FollowUp,
    IncidentKind,
    ProcedureStatus,
    ReportStatus,
    RumourStatus,
    StaffReportStatus,
    TaskStatus,
)
from .models import AftercareTask, Evaluation, EvaluationPart, EvaluationReport, ReportDownload, Rumour, StaffReport

logger = logging.getLogger(__name__)

# The partner type that usually carries each handvat (seed 001): suggested when the plan is made, changeable.
SUGGESTED_PARTNER = {
    "perceptions": None,  # the lead organisation
    "online_contact": PartnerType.JONGERENWERK,
    "positive": PartnerType.JONGERENWERK,
    "normalise": PartnerType.JONGERENWERK,
    "community": PartnerType.GEMEENTE_OOV,
    "communication_plan": PartnerType.GEMEENTE_OOV,
    "future": PartnerType.JONGERENWERK,
    "tip_giver": PartnerType.POLITIE,
}
FIRST_DUE_DAYS = 14
REMIND_AGAIN_DAYS = 7
# Minimum answers of an organisation's part before it can be submitted.
REQUIRED_PART_FIELDS = ("went_well", "went_badly", "do_better")
# A report being made longer than this is asked for again (a worker died while making it).
REPORT_STALE_AFTER = dt.timedelta(minutes=10)


def _membership(user: User):
    membership = visibility.membership_of(user)
    if membership is None:
        raise PermissionDenied(_("You are not a member of an organisation."))
    return membership


def _participant(case: Case, user: User) -> Organisation:
    membership = _membership(user)
    if not CaseParticipant.objects.filter(case_id=case.pk, organisation_id=membership.organisation_id).exists():
        raise PermissionDenied(_("Your organisation does not take part in this case."))
    return membership.organisation


def _text(errors: dict, field: str, value, *, required: bool = False, message: str = "", limit=TEXT_MAX_LENGTH):
    value = (value or "").strip()
    if required and not value:
        errors.setdefault(field, []).append(message or _("This field is required."))
    elif len(value) > limit:
        errors.setdefault(field, []).append(_("Keep this under %(count)d characters.") % {"count": limit})
    return value


def _codes(errors: dict, field: str, values, allowed: Iterable[str]) -> list[str]:
    values = list(dict.fromkeys(values or []))
    allowed = list(allowed)
    if any(value not in allowed for value in values):
        errors.setdefault(field, []).append(_("Choose from the list."))
        return []
    return [code for code in allowed if code in values]  # in the order of the list


def _choice(errors: dict, field: str, value, choices) -> str:
    if value not in choices.values:
        errors.setdefault(field, []).append(_("Choose from the list."))
    return value


def _case_organisation(errors: dict, case: Case, organisation, field: str = "organisation"):
    """``organisation`` (or None) when it takes part in ``case``."""
    if organisation is None:
        return None
    if not CaseParticipant.objects.filter(case_id=case.pk, organisation_id=organisation.pk).exists():
        errors.setdefault(field, []).append(_("Choose an organisation that takes part in the case."))
        return None
    return organisation


def _save(instance, user: User, **kwargs) -> None:
    instance._history_user = user
    instance.save(**kwargs)


# --- the aftercare plan ---------------------------------------------------------------------------------------


@transaction.atomic
def plan_create(*, case: Case, acting_user: User) -> int:
    """Make the aftercare plan of a case in aftercare from the handvatten of seed 001: one task per handvat not yet
    in the plan, suggested to the participating organisation of the usual partner type (the lead otherwise), due in
    two weeks. Answers how many tasks were added (0 when the plan was complete)."""
    _participant(case, acting_user)
    if case.phase != Phase.NAZORG:
        raise ValidationError(_("Move the case to the aftercare phase first: the plan belongs to aftercare."))
    existing = set(AftercareTask.objects.filter(case_id=case.pk).values_list("code", flat=True))
    participants = list(
        Organisation.objects.filter(case_participations__case_id=case.pk).order_by("name").only("pk", "partner_type")
    )
    by_type = {}
    for organisation in participants:
        by_type.setdefault(organisation.partner_type, organisation)
    due = timezone.localdate() + dt.timedelta(days=FIRST_DUE_DAYS)
    added = 0
    for position, (code, title, text, _point) in enumerate(AFTERCARE_TASKS):
        if code in existing:
            continue
        partner_type = SUGGESTED_PARTNER.get(code)
        organisation = by_type.get(partner_type) if partner_type else None
        task = AftercareTask(
            case=case,
            code=code,
            title=str(title),
            description=str(text),
            organisation_id=organisation.pk if organisation else case.lead_organisation_id,
            due_date=due,
            position=position,
            created_by=acting_user,
        )
        _save(task, acting_user)
        added += 1
    return added


@transaction.atomic
def task_add(
    *, case: Case, acting_user: User, title: str, description: str = "", organisation=None, due_date=None
) -> AftercareTask:
    """A task of the plan that no handvat names."""
    _participant(case, acting_user)
    errors: dict = {}
    title = _text(errors, "title", title, required=True, message=_("Say what has to be done."), limit=TITLE_MAX_LENGTH)
    description = _text(errors, "description", description)
    organisation = _case_organisation(errors, case, organisation)
    if errors:
        raise ValidationError(errors)
    last = AftercareTask.objects.filter(case_id=case.pk).order_by("-position").values_list("position", flat=True)
    task = AftercareTask(
        case=case,
        title=title,
        description=description,
        organisation=organisation,
        due_date=due_date,
        position=(last.first() or 0) + 1,
        created_by=acting_user,
    )
    _save(task, acting_user)
    return task


@transaction.atomic
def task_update(
    *, task: AftercareTask, acting_user: User, organisation=None, due_date=None, status: str, note: str = ""
) -> AftercareTask:
    """Assign a task to a participating organisation, set its due date, status and note."""
    _participant(task.case, acting_user)
    errors: dict = {}
    organisation = _case_organisation(errors, task.case, organisation)
    status = _choice(errors, "status", status, TaskStatus)
    note = _text(errors, "note", note)
    if errors:
        raise ValidationError(errors)
    if due_date != task.due_date or (organisation.pk if organisation else None) != task.organisation_id:
        task.reminded_on = None  # a new due date or another organisation: remind again when it is due
    task.organisation = organisation
    task.due_date = due_date
    task.status = status
    task.note = note
    _save(task, acting_user)
    return task


def due_tasks(today: dt.date):
    """Open tasks due by ``today`` whose organisation still takes part in the case, not reminded in the past week."""
    from django.db.models import Exists, OuterRef, Q

    taking_part = CaseParticipant.objects.filter(
        case_id=OuterRef("case_id"), organisation_id=OuterRef("organisation_id")
    )
    return AftercareTask.objects.filter(
        Q(reminded_on__isnull=True) | Q(reminded_on__lte=today - dt.timedelta(days=REMIND_AGAIN_DAYS)),
        Exists(taking_part),
        due_date__lte=today,
        organisation__isnull=False,
    ).exclude(status__in=CLOSED_TASK_STATUSES)


def send_due_reminders(today: dt.date | None = None) -> int:
    """Tell the members of each organisation that aftercare tasks of a case are due (again a week later while they
    stay open): one notification per organisation and case, however many of its tasks fall due together. The tasks
    are locked and marked in one transaction, so running the job twice reminds nobody twice. Answers the number of
    tasks reminded."""
    today = today or timezone.localdate()
    reminded = 0
    groups = list(
        due_tasks(today).order_by("case_id", "organisation_id").values_list("case_id", "organisation_id").distinct()
    )
    for case_id, organisation_id in groups:
        with transaction.atomic():
            task_ids = list(
                due_tasks(today)
                .filter(case_id=case_id, organisation_id=organisation_id)
                .select_for_update(skip_locked=True)
                .values_list("pk", flat=True)
            )
            if not task_ids:
                continue
            notify_organisations(
                kind=NotificationKind.AFTERCARE_DUE,
                organisation_ids=[organisation_id],
                case=Case.objects.get(pk=case_id),
            )
            AftercareTask.objects.filter(pk__in=task_ids).update(reminded_on=today)
            reminded += len(task_ids)
    return reminded


# --- support for own staff ------------------------------------------------------------------------------------


def _check_staff_report(errors: dict, *, occurred_on, kind, description, stressors, wishes):
    if occurred_on is None:
        errors.setdefault("occurred_on", []).append(_("Give the date it happened."))
    elif occurred_on > timezone.localdate():
        errors.setdefault("occurred_on", []).append(_("The date cannot be in the future."))
    kind = _choice(errors, "kind", kind, IncidentKind)
    description = _text(
        errors, "description", description, required=True, message=_("Describe what happened, in your own words.")
    )
    stressors = _codes(errors, "stressors", stressors, STRESSOR_CODES)
    wishes = _codes(errors, "wishes", wishes, FollowUp.values)
    return kind, description, stressors, wishes


@transaction.atomic
def staff_report_create(
    *, acting_user: User, occurred_on, kind: str, description: str, stressors=(), wishes=(), case=None
) -> StaffReport:
    """A professional reports a burdening online incident inside their own organisation; its coordinators are told
    (by bell and a content-free e-mail)."""
    membership = _membership(acting_user)
    errors: dict = {}
    kind, description, stressors, wishes = _check_staff_report(
        errors, occurred_on=occurred_on, kind=kind, description=description, stressors=stressors, wishes=wishes
    )
    if case is not None and not visibility.cases_visible_to(acting_user).filter(pk=case.pk).exists():
        errors.setdefault("case", []).append(_("Choose a case your organisation takes part in."))
    if errors:
        raise ValidationError(errors)
    report = StaffReport(
        organisation=membership.organisation,
        reporter=acting_user,
        case=case,
        occurred_on=occurred_on,
        kind=kind,
        description=description,
        stressors=stressors,
        wishes=wishes,
    )
    _save(report, acting_user)
    from notifications.services import notify_users

    coordinators = membership.organisation.memberships.filter(role="coordinator").exclude(user_id=acting_user.pk)
    notify_users(kind=NotificationKind.STAFF_REPORT, user_ids=coordinators.values_list("user_id", flat=True))
    return report


@transaction.atomic
def staff_report_follow_up(
    *, report: StaffReport, acting_user: User, status: str, follow_up=(), follow_up_note: str = ""
) -> StaffReport:
    """A coordinator of the reporter's organisation records the follow-up offered and agreed."""
    membership = _membership(acting_user)
    if not membership.is_coordinator or membership.organisation_id != report.organisation_id:
        raise PermissionDenied(_("A coordinator of your organisation follows up internal reports."))
    errors: dict = {}
    status = _choice(errors, "status", status, StaffReportStatus)
    follow_up = _codes(errors, "follow_up", follow_up, FollowUp.values)
    follow_up_note = _text(errors, "follow_up_note", follow_up_note)
    if errors:
        raise ValidationError(errors)
    report.status = status
    report.follow_up = follow_up
    report.follow_up_note = follow_up_note
    report.followed_up_by = acting_user
    _save(report, acting_user)
    return report


# --- the misinformation log -------------------------------------------------------------------------------------

RUMOUR_TEXTS = ("rumour", "facts", "counter_message")


def _check_rumour(errors: dict, case: Case, data: dict) -> dict:
    clean = {
        "rumour": _text(
            errors, "rumour", data.get("rumour"), required=True, message=_("Write down the rumour as it goes round.")
        ),
        "facts": _text(errors, "facts", data.get("facts")),
        "counter_message": _text(errors, "counter_message", data.get("counter_message")),
        "where": _text(errors, "where", data.get("where"), limit=200),
        "messenger": _text(errors, "messenger", data.get("messenger"), limit=200),
        "carried_by": _case_organisation(errors, case, data.get("carried_by"), "carried_by"),
        "rules": _codes(errors, "rules", data.get("rules"), DEBUNK_RULE_CODES),
        "status": _choice(errors, "status", data.get("status") or RumourStatus.SPOTTED, RumourStatus),
    }
    if clean["status"] == RumourStatus.COUNTERED and not clean["counter_message"]:
        errors.setdefault("counter_message", []).append(_("Write the counter-message that went out."))
    return clean


@transaction.atomic
def rumour_create(*, case: Case, acting_user: User, **data) -> Rumour:
    organisation = _participant(case, acting_user)
    errors: dict = {}
    clean = _check_rumour(errors, case, data)
    if errors:
        raise ValidationError(errors)
    rumour = Rumour(case=case, created_by=acting_user, created_by_organisation=organisation, **clean)
    _save(rumour, acting_user)
    return rumour


@transaction.atomic
def rumour_update(rumour: Rumour, /, *, acting_user: User, **data) -> Rumour:
    """Change an entry of the log (any participant). The entry is passed by position: its text is the ``rumour``
    keyword, as in ``rumour_create`` (``rumour_update(entry, acting_user=user, rumour=..., facts=...)``)."""
    _participant(rumour.case, acting_user)
    errors: dict = {}
    clean = _check_rumour(errors, rumour.case, data)
    if errors:
        raise ValidationError(errors)
    for name, value in clean.items():
        setattr(rumour, name, value)
    _save(rumour, acting_user)
    return rumour


# --- evaluation -----------------------------------------------------------------------------------------------


def _coordinator(evaluation_or_case, user: User):
    membership = _membership(user)
    network_id = evaluation_or_case.network_id
    if not membership.is_network_coordinator or membership.organisation.network_id != network_id:
        raise PermissionDenied(_("Only the network coordinator (regisseur) does this."))
    return membership


def _check_period(errors: dict, start, end):
    if start and end and end < start:
        errors.setdefault("period_end", []).append(_("The end of the period lies before its start."))


@transaction.atomic
def evaluation_start(*, case: Case, acting_user: User, period_start=None, period_end=None) -> Evaluation:
    """The network coordinator starts the network-wide evaluation of a case their organisation takes part in: one
    part per participating organisation, each told to write it."""
    membership = _coordinator(case, acting_user)
    _participant(case, acting_user)
    errors: dict = {}
    _check_period(errors, period_start, period_end)
    if errors:
        raise ValidationError(errors)
    if period_start is None:
        period_start = timezone.localtime(case.created_at).date()
    try:
        with transaction.atomic():
            evaluation = Evaluation(
                case=case,
                network_id=case.network_id,
                started_by=acting_user,
                period_start=period_start,
                period_end=period_end,
            )
            _save(evaluation, acting_user)
    except IntegrityError as exc:
        raise ValidationError(_("This case is already being evaluated.")) from exc
    organisation_ids = list(CaseParticipant.objects.filter(case_id=case.pk).values_list("organisation_id", flat=True))
    for organisation_id in organisation_ids:
        _save(EvaluationPart(evaluation=evaluation, organisation_id=organisation_id), acting_user)
    notify_organisations(
        kind=NotificationKind.EVALUATION_STARTED,
        organisation_ids=[pk for pk in organisation_ids if pk != membership.organisation_id],
        case=case,
    )
    return evaluation


def _open(evaluation: Evaluation) -> None:
    if not evaluation.is_open:
        raise ValidationError(_("The evaluation is finalised: it no longer changes."))


@transaction.atomic
def part_save(*, evaluation: Evaluation, acting_user: User, submit: bool = False, **answers) -> EvaluationPart:
    """An organisation writes its part (any member of it); ``submit`` shows it to the partners. A submitted part can
    be improved until the evaluation is finalised."""
    organisation = _participant(evaluation.case, acting_user)
    evaluation = Evaluation.objects.select_for_update().get(pk=evaluation.pk)
    _open(evaluation)
    errors: dict = {}
    clean = {name: _text(errors, name, answers.get(name)) for name in (*EVALUATION_FIELDS, "internal")}
    # A submitted part is read by the partners: improving it must not empty the answers it was submitted with.
    submitted = EvaluationPart.objects.filter(
        evaluation_id=evaluation.pk, organisation_id=organisation.pk, submitted_at__isnull=False
    ).exists()
    if submit or submitted:
        for name in REQUIRED_PART_FIELDS:
            if not clean[name] and name not in errors:
                errors[name] = [_("Answer this question before you submit your part.")]
    if errors:
        raise ValidationError(errors)
    part, _created = EvaluationPart.objects.select_for_update().get_or_create(
        evaluation=evaluation, organisation=organisation
    )
    for name, value in clean.items():
        setattr(part, name, value)
    part.updated_by = acting_user
    if submit and part.submitted_at is None:
        part.submitted_at = timezone.now()
        part.submitted_by = acting_user
    _save(part, acting_user)
    return part


@transaction.atomic
def evaluation_update(
    *,
    evaluation: Evaluation,
    acting_user: User,
    conclusions: str = "",
    follow_ups: str = "",
    procedures: dict | None = None,
    period_start=None,
    period_end=None,
) -> Evaluation:
    """The coordinator writes the network's conclusions, the agreed follow-ups and the state of the procedures."""
    _coordinator(evaluation, acting_user)
    evaluation = Evaluation.objects.select_for_update().get(pk=evaluation.pk)
    _open(evaluation)
    errors: dict = {}
    conclusions = _text(errors, "conclusions", conclusions)
    follow_ups = _text(errors, "follow_ups", follow_ups)
    _check_period(errors, period_start, period_end)
    clean_procedures = {}
    for code, entry in (procedures or {}).items():
        if code not in PROCEDURE_CODES or not isinstance(entry, dict):
            errors.setdefault("procedures", []).append(_("Choose from the list."))
            break
        status = entry.get("status") or ""
        if status and status not in ProcedureStatus.values:
            errors.setdefault(f"procedure_{code}", []).append(_("Choose from the list."))
        note = _text(errors, f"procedure_{code}_note", entry.get("note"), limit=1000)
        clean_procedures[code] = {"status": status, "note": note}
    if errors:
        raise ValidationError(errors)
    evaluation.conclusions = conclusions
    evaluation.follow_ups = follow_ups
    evaluation.procedures = clean_procedures
    evaluation.period_start = period_start
    evaluation.period_end = period_end
    _save(evaluation, acting_user)
    return evaluation


def missing_parts(evaluation: Evaluation) -> list[str]:
    """The names of the participating organisations whose part is not submitted."""
    participating = Organisation.objects.filter(case_participations__case_id=evaluation.case_id)
    submitted = EvaluationPart.objects.filter(evaluation_id=evaluation.pk, submitted_at__isnull=False)
    missing = participating.exclude(pk__in=submitted.values("organisation_id")).order_by("name")
    return list(missing.values_list("name", flat=True))


@transaction.atomic
def evaluation_finalise(*, evaluation: Evaluation, acting_user: User, without_missing: bool = False) -> Evaluation:
    """The coordinator finalises: refused, naming who, while a part is missing — unless the coordinator chooses to
    finalise without them. The conclusions are required. The participants are told the report can be read."""
    membership = _coordinator(evaluation, acting_user)
    evaluation = Evaluation.objects.select_for_update().select_related("case").get(pk=evaluation.pk)
    _open(evaluation)
    errors: dict = {}
    missing = missing_parts(evaluation)
    if missing and not without_missing:
        errors["without_missing"] = [
            _("Not every organisation submitted its part yet: %(names)s. Wait, or finalise without them.")
            % {"names": ", ".join(missing)}
        ]
    if not evaluation.conclusions.strip():
        errors["conclusions"] = [_("Write the conclusions of the network before you finalise.")]
    if errors:
        raise ValidationError(errors)
    evaluation.status = EvaluationStatus.FINALISED
    evaluation.finalised_by = acting_user
    evaluation.finalised_at = timezone.now()
    if evaluation.period_end is None:
        evaluation.period_end = timezone.localdate()
    _save(evaluation, acting_user)
    participants = CaseParticipant.objects.filter(case_id=evaluation.case_id)
    organisation_ids = participants.values_list("organisation_id", flat=True)
    notify_organisations(
        kind=NotificationKind.EVALUATION_FINALISED,
        organisation_ids=[pk for pk in organisation_ids if pk != membership.organisation_id],
        case=evaluation.case,
    )
    return evaluation


def lesson_to_card(*, evaluation: Evaluation, acting_user: User, text: str, question: str = ""):
    """Carry a lesson of the evaluation into the version of the afsprakenkaart in the making, as a conclusion each
    organisation can take into its column (agreements.services.card_note_add)."""
    from agreements import services as agreement_services
    from agreements.models import AgreementCard

    _coordinator(evaluation, acting_user)
    card = AgreementCard.objects.filter(network_id=evaluation.network_id).order_by("-version").first()
    if card is None or not card.is_open:
        raise ValidationError(_("Start the next version of the afsprakenkaart first; then carry the lessons into it."))
    source = _("Evaluation: %(case)s") % {"case": evaluation.case.title}
    return agreement_services.card_note_add(
        acting_user=acting_user, card=card, text=text, question=question, source=source
    )


# --- the report -----------------------------------------------------------------------------------------------


def report_fingerprint(user: User, evaluation: Evaluation) -> str:
    """What the report for ``user``'s organisation is made from, as a hash: the case's signals the organisation may
    see with their level and last change, the interventions, the parts, the aftercare tasks and the misinformation
    log (the report lists both), the evaluation and the case. Any change — a share given or revoked, a text edited, a
    task done — gives another fingerprint. Six small queries."""
    from django.db.models import Max

    case = evaluation.case
    signals = sorted(
        (str(pk), int(level), updated.isoformat())
        for pk, level, updated in visibility.case_signals_visible_to(user, case).values_list(
            "pk", "access_level", "updated_at"
        )
    )
    interventions = sorted(
        (str(pk), updated.isoformat())
        for pk, updated in visibility.interventions_visible_to(user).filter(case=case).values_list("pk", "updated_at")
    )
    parts = sorted(
        (str(pk), updated.isoformat())
        for pk, updated in EvaluationPart.objects.filter(evaluation_id=evaluation.pk).values_list("pk", "updated_at")
    )
    tasks = sorted(
        (str(pk), updated.isoformat())
        for pk, updated in visibility.aftercare_tasks_of(user, case).values_list("pk", "updated_at")
    )
    rumours = sorted(
        (str(pk), updated.isoformat())
        for pk, updated in visibility.rumours_of(user, case).values_list("pk", "updated_at")
    )
    last_phase = case.phase_changes.aggregate(last=Max("changed_at"))["last"]
    material = {
        "evaluation": evaluation.updated_at.isoformat(),
        "case": case.updated_at.isoformat(),
        "phase": last_phase.isoformat() if last_phase else "",
        "signals": signals,
        "interventions": interventions,
        "parts": parts,
        "tasks": tasks,
        "rumours": rumours,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def report_request(*, evaluation: Evaluation, acting_user: User) -> EvaluationReport:
    """The report of a finalised evaluation for the user's organisation: when a current one is ready, that one;
    otherwise it is (re)queued, made by a Celery worker after commit. Idempotent: asking again while it is being
    made queues nothing more."""
    membership = _membership(acting_user)
    if evaluation.is_open:
        raise ValidationError(_("The report is made once the evaluation is finalised."))
    current = report_fingerprint(acting_user, evaluation)
    with transaction.atomic():
        report, _created = EvaluationReport.objects.select_for_update().get_or_create(
            evaluation=evaluation,
            organisation_id=membership.organisation_id,
            defaults={"requested_by": acting_user},
        )
        if report.status == ReportStatus.READY and report.fingerprint == current and report.file:
            return report
        in_progress = report.status in (ReportStatus.QUEUED, ReportStatus.RENDERING)
        if in_progress and not _created and timezone.now() - report.requested_at < REPORT_STALE_AFTER:
            return report
        report.status = ReportStatus.QUEUED
        report.requested_by = acting_user
        report.save()
        from .tasks import render_evaluation_report

        report_id = str(report.pk)
        transaction.on_commit(lambda: render_evaluation_report.delay(report_id))
    return report


def report_downloaded(*, report: EvaluationReport, acting_user: User, signals, via: str = "page") -> None:
    """Log a download: in the report's log, and as an export in the access log of each signal read above summary."""
    from signals.constants import AccessKind

    membership = _membership(acting_user)
    ReportDownload.objects.create(report=report, user=acting_user, organisation_id=membership.organisation_id, via=via)
    visibility.record_access(acting_user, signals, kind=AccessKind.EXPORT, object_id=str(report.evaluation_id))


def report_render(report_id) -> str:
    """Make one organisation's report (the Celery task's work). Idempotent: a report that is ready and current is
    left alone; one whose requester no longer belongs to its organisation fails (the next reader asks again). The
    row is locked only to read and to write the state, not while WeasyPrint works. Answers the resulting status."""
    from django.core.files.base import ContentFile

    from partners.pdf import render_pdf_with_pages

    from .selectors import report_context

    with transaction.atomic():
        report = (
            EvaluationReport.objects.select_for_update(of=("self",))
            .select_related("evaluation__case", "evaluation__network", "requested_by")
            .filter(pk=report_id)
            .first()
        )
        if report is None:
            return "gone"
        user = report.requested_by
        evaluation = report.evaluation
        membership = visibility.membership_of(user)
        if membership is None or membership.organisation_id != report.organisation_id or evaluation.is_open:
            report.status = ReportStatus.FAILED
            report.save(update_fields=["status"])
            return ReportStatus.FAILED
        fingerprint = report_fingerprint(user, evaluation)
        if report.status == ReportStatus.READY and report.fingerprint == fingerprint and report.file:
            return ReportStatus.READY
        report.status = ReportStatus.RENDERING
        report.save(update_fields=["status"])
    try:
        # One copy serves every member of the organisation: it is made in the site's language (Dutch), whether a
        # worker makes it or, in the demo without Redis, the request of a member who reads the site in English.
        with translation.override(settings.LANGUAGE_CODE):
            pdf, pages = render_pdf_with_pages("aftercare/report_pdf.html", report_context(user, evaluation))
    except Exception:
        logger.exception("evaluation report %s could not be made", report_id)
        EvaluationReport.objects.filter(pk=report_id).update(status=ReportStatus.FAILED)
        return ReportStatus.FAILED
    with transaction.atomic():
        report = EvaluationReport.objects.select_for_update().filter(pk=report_id).first()
        if report is None:
            return "gone"
        old = report.file.name if report.file else ""
        report.file.save(f"{evaluation.pk}-{report.organisation_id}.pdf", ContentFile(pdf), save=False)
        report.status = ReportStatus.READY
        report.fingerprint = fingerprint
        report.pages = pages
        report.rendered_at = timezone.now()
        report.save()
        if old and old != report.file.name:
            storage = report.file.storage
            transaction.on_commit(lambda: storage.delete(old))
    return ReportStatus.READY
