"""Reads of aftercare and evaluation, for pages, the API and the report. Everything goes through the visibility
core (``partners.visibility``): a signal appears at the reader's organisation's level or not at all."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from interventions.models import Case, CaseParticipant
from interventions.selectors import case_timeline, signal_headline
from partners import visibility
from partners.models import Organisation, User
from partners.visibility import AccessLevel

from .constants import (
    CLOSED_TASK_STATUSES,
    EVALUATION_QUESTIONS,
    PROCEDURES,
    ProcedureStatus,
)
from .models import Evaluation, EvaluationPart


def participants_of(case: Case) -> list[Organisation]:
    return [
        participant.organisation
        for participant in CaseParticipant.objects.filter(case_id=case.pk)
        .select_related("organisation")
        .order_by("organisation__name")
    ]


def plan_progress(tasks) -> dict:
    tasks = list(tasks)
    today = timezone.localdate()
    closed = [task for task in tasks if task.status in CLOSED_TASK_STATUSES]
    overdue = [
        task for task in tasks if task.status not in CLOSED_TASK_STATUSES and task.due_date and task.due_date < today
    ]
    return {"total": len(tasks), "closed": len(closed), "overdue": len(overdue)}


@dataclass
class PartRow:
    part: EvaluationPart
    answers: list  # (label, text)
    internal: str
    own: bool


def part_rows(user: User, evaluation: Evaluation, *, submitted_only: bool = False) -> list[PartRow]:
    """The parts the user may read, own organisation first, each with the answers to the fixed questions."""
    membership = visibility.membership_of(user)
    own_id = membership.organisation_id if membership else None
    parts = visibility.evaluation_parts_visible_to(user, evaluation)
    if submitted_only:
        parts = parts.filter(submitted_at__isnull=False)
    rows = [
        PartRow(
            part=part,
            answers=[(label, getattr(part, field)) for field, label in EVALUATION_QUESTIONS],
            internal=visibility.part_internal_text(user, part),
            own=part.organisation_id == own_id,
        )
        for part in parts
    ]
    return sorted(rows, key=lambda row: (not row.own, row.part.organisation.name))


def part_status(evaluation: Evaluation) -> list[dict]:
    """Per participating organisation: whether its part is submitted (names and dates only, no answers)."""
    submitted = dict(
        EvaluationPart.objects.filter(evaluation_id=evaluation.pk, submitted_at__isnull=False).values_list(
            "organisation_id", "submitted_at"
        )
    )
    return [
        {"organisation": organisation, "submitted_at": submitted.get(organisation.pk)}
        for organisation in participants_of(evaluation.case)
    ]


def procedure_rows(evaluation: Evaluation) -> list[dict]:
    labels = dict(ProcedureStatus.choices)
    rows = []
    for code, label in PROCEDURES:
        entry = (evaluation.procedures or {}).get(code) or {}
        status = entry.get("status") or ""
        rows.append(
            {
                "code": code,
                "label": label,
                "status": status,
                "status_label": labels.get(status, ""),
                "note": entry.get("note", ""),
            }
        )
    return rows


def report_of(user: User, evaluation: Evaluation):
    """The report of ``evaluation`` made for the user's organisation (any state), or None. Reading it does not ask
    for a new one (``services.report_request`` does)."""
    from .models import EvaluationReport

    membership = visibility.membership_of(user)
    if membership is None:
        return None
    reports = EvaluationReport.objects.filter(evaluation_id=evaluation.pk, organisation_id=membership.organisation_id)
    return reports.first()


def evaluation_counts(user: User, evaluations) -> dict:
    """Submitted parts per evaluation, in one query (for lists)."""
    rows = (
        EvaluationPart.objects.filter(evaluation__in=[e.pk for e in evaluations])
        .values("evaluation_id")
        .annotate(submitted=Count("pk", filter=Q(submitted_at__isnull=False)), total=Count("pk"))
    )
    return {row["evaluation_id"]: row for row in rows}


@dataclass
class ReportSignal:
    headline: str
    level: AccessLevel
    level_name: str
    owner: str
    platform: str
    message: str  # at facts level and above, as the reader may read it; empty at summary level


def report_signals(user: User, case: Case) -> tuple[list[ReportSignal], list]:
    """The case's signals the reader's organisation may see, each at its level: the headline (summary level) for
    everyone, the message text from facts level on (names left out at facts)."""
    from signals.constants import Platform
    from signals.partner_views import LEVEL_NAMES

    signals = list(
        visibility.case_signals_visible_to(user, case)
        .select_related("phenomenon")
        .order_by("observed_at", "created_at")
    )
    visibility.prefetch_for_redaction(signals)
    platforms = dict(Platform.choices)
    rows = []
    for signal in signals:
        level = AccessLevel(signal.access_level)
        redacted = visibility.redact_signal(signal, level)
        rows.append(
            ReportSignal(
                headline=signal_headline(signal),
                level=level,
                level_name=str(LEVEL_NAMES.get(level, _("Own signal"))),
                owner=signal.owner_organisation.name,
                platform=str(platforms.get(signal.platform, "")),
                message=(redacted.message_text or "") if level >= AccessLevel.FACTS else "",
            )
        )
    return rows, signals


def report_context(user: User, evaluation: Evaluation) -> dict:
    """Everything the report of ``evaluation`` shows, as ``user``'s organisation may see it. No person is named:
    organisations only (the report goes outside the organisation, to the mayor)."""
    case = evaluation.case
    membership = visibility.membership_of(user)
    rows, signals = report_signals(user, case)
    interventions = list(
        visibility.interventions_visible_to(user).filter(case=case).order_by("planned_date", "created_at")
    )
    intervention_rows = [
        {"intervention": intervention, "texts": visibility.intervention_texts(intervention, None)}
        for intervention in interventions
    ]
    timeline = case_timeline(user, case, signals=signals, interventions=interventions, name_people=False)
    # The report tells the story from the start.
    timeline = [event for event in reversed(timeline) if event.kind != "risk" or event.at <= timezone.now()]
    tasks = list(visibility.aftercare_tasks_of(user, case))
    return {
        "evaluation": evaluation,
        "case": case,
        "network": evaluation.network,
        "reader": membership.organisation,
        "participants": participants_of(case),
        "timeline": timeline,
        "signal_rows": rows,
        "intervention_rows": intervention_rows,
        # The internal evaluations stay inside each organisation: never in a report, not even its own organisation's.
        "parts": [
            PartRow(part=row.part, answers=row.answers, internal="", own=row.own)
            for row in part_rows(user, evaluation, submitted_only=True)
        ],
        "missing": [row["organisation"].name for row in part_status(evaluation) if not row["submitted_at"]],
        "procedures": procedure_rows(evaluation),
        "follow_ups": evaluation.follow_up_lines(),
        "tasks": tasks,
        "rumour_count": visibility.rumours_of(user, case).count(),
        "printed_at": timezone.now(),
    }
