"""A purged signal, case or evaluation leaves nothing behind but its tombstone (issue #9, AVG).

Each test builds the full world of the matrix and canary tests (tests/roles.py), lets one object pass its retention
period, runs the real nightly task, and then reads every column of every table of every model — auto-created
many-to-many tables and simple-history tables included — for the object's id (as UUID, text and hex) and for the
canary strings only it carried. Only the security audit log may still name the id: it holds exactly one tombstone
of the removal (and content-free events from before). No file of the object remains in MEDIA_ROOT."""

import datetime as dt
import os
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, models
from django.utils import timezone

from aftercare import services as aftercare_services
from aftercare.models import Evaluation, EvaluationReport
from audit.constants import AuditAction
from audit.models import AuditEvent
from interventions.models import Case
from partners import visibility
from retention.tasks import purge_expired
from riskcalendar.models import RiskEvent
from signals.constants import AccessKind
from signals.models import AccessLogEntry, Attachment, Signal
from tests.roles import CANARY_FACTS, CANARY_FULL, CANARY_INTERNAL, CANARY_OWNER, build_world

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.now() - dt.timedelta(days=20 * 365)
CANARY_CASE = "CANARY-CASE-61fa"


def _rows_naming(needles: list[str]) -> dict:
    """{table.column: count} of every column of every model's table whose text holds one of ``needles``."""
    found = {}
    tables = set()
    existing = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            table = model._meta.db_table
            if table in tables or not model._meta.managed or table not in existing:
                continue
            tables.add(table)
            for field in model._meta.concrete_fields:
                if isinstance(field, models.GeneratedField):
                    continue
                column = connection.ops.quote_name(field.column)
                where = " OR ".join([f"{column}::text LIKE %s"] * len(needles))
                cursor.execute(
                    f"SELECT count(*) FROM {connection.ops.quote_name(table)} WHERE {where}",  # noqa: S608
                    [f"%{needle}%" for needle in needles],
                )
                count = cursor.fetchone()[0]
                if count:
                    found[f"{table}.{field.column}"] = count
    return found


def _ids(pk) -> list[str]:
    return [str(pk), pk.hex]


def _files_naming(pk) -> list[str]:
    root = Path(settings.MEDIA_ROOT)
    return [str(path) for path in root.rglob("*") if str(pk) in str(path) or pk.hex in str(path)]


def _assert_gone(pk, canaries: list[str], label: str):
    found = _rows_naming([*_ids(pk), *canaries])
    assert set(found) <= {"audit_auditevent.object_id"}, found
    tombstones = AuditEvent.objects.filter(action=AuditAction.PURGED, object_id=str(pk))
    assert tombstones.count() == 1
    assert tombstones.get().object_type == label
    # The audit log never holds content, the tombstone included.
    assert not _rows_naming(canaries)
    assert _files_naming(pk) == []


def _render_report(evaluation, user) -> str:
    """The evaluation's PDF report for ``user``'s organisation, made here as the worker would (tests/
    test_report_worker.py runs the worker itself); answers its path on disk."""
    report = aftercare_services.report_request(evaluation=evaluation, acting_user=user)
    assert aftercare_services.report_render(report.pk) == "ready"
    report.refresh_from_db()
    path = report.file.path
    assert os.path.exists(path)
    return path


def test_nothing_of_a_purged_signal_remains(django_capture_on_commit_callbacks):
    world = build_world()
    signal = world.objects["signal"]
    member = world.users["member"]
    screenshot = Attachment.objects.get(signal=signal).file.path
    assert os.path.exists(screenshot)
    # The aftercare case's report printed the signal's texts: the PDF goes with the signal.
    pdf = _render_report(world.objects["evaluation"], member)
    # The canary signal is everywhere the world put it, also in tables the purge must find itself.
    care = world.users["care_full"]
    visibility.record_access(care, [visibility.get_signal_for_user(care, signal.pk)], kind=AccessKind.PAGE)
    before = _rows_naming(_ids(signal.pk))
    for table in (
        "signals_person",
        "signals_historicalsignal",
        "signals_share",
        "signals_comment",
        "signals_accesslogentry",
        "signals_signalgroupobjectpermission",
        "notifications_notification",
        "interventions_casesignal",
        "interventions_historicalintervention",
        "signals_historicalperson",
    ):
        assert any(key.startswith(f"{table}.") for key in before), table
    assert AccessLogEntry.objects.filter(signal=signal).exists()
    # Closed twenty years ago.
    Signal.objects.filter(pk=signal.pk).update(status="closed", updated_at=LONG_AGO)
    Signal.history.filter(id=signal.pk).update(history_date=LONG_AGO)

    with django_capture_on_commit_callbacks(execute=True):
        counts = purge_expired.apply().get()
    assert counts == {"evaluation": 0, "case": 0, "signal": 1}

    _assert_gone(signal.pk, [CANARY_FACTS, CANARY_FULL, CANARY_OWNER], "signals.signal")
    assert not os.path.exists(screenshot)
    assert not os.path.exists(pdf)
    # The cases and their evaluation stay, without the signal; the report is made again when asked.
    assert Case.objects.filter(pk=world.objects["case"].pk).exists()
    report = EvaluationReport.objects.get(evaluation=world.objects["evaluation"])
    assert not report.file
    # Idempotent: the next night removes nothing more and writes no second tombstone.
    with django_capture_on_commit_callbacks(execute=True):
        assert purge_expired.apply().get() == {"evaluation": 0, "case": 0, "signal": 0}
    assert AuditEvent.objects.filter(action=AuditAction.PURGED).count() == 1


def test_nothing_of_a_purged_case_remains(django_capture_on_commit_callbacks):
    world = build_world(aftercare=False)
    case = world.objects["case"]
    case.title = f"Conflict {CANARY_CASE}"
    case.save()
    # A risk-calendar entry linked to the case keeps its place in the calendar, without the link.
    risk_event = world.objects["risk_event"]
    risk_event.case = case
    risk_event.save()
    assert RiskEvent.history.filter(id=risk_event.pk, case_id=case.pk).exists()
    Case.objects.filter(pk=case.pk).update(updated_at=LONG_AGO)
    Case.history.filter(id=case.pk).update(history_date=LONG_AGO)
    case.phase_changes.update(changed_at=LONG_AGO)
    case.interventions.update(updated_at=LONG_AGO)
    assert _rows_naming([str(case.pk)])

    with django_capture_on_commit_callbacks(execute=True):
        counts = purge_expired.apply().get()
    assert counts == {"evaluation": 0, "case": 1, "signal": 0}

    _assert_gone(case.pk, [CANARY_CASE], "interventions.case")
    risk_event.refresh_from_db()
    assert risk_event.case_id is None
    # The signal of the case is the owner's, with its own retention: it stays.
    assert Signal.objects.filter(pk=world.objects["signal"].pk).exists()


def test_nothing_of_a_purged_evaluation_remains(django_capture_on_commit_callbacks):
    world = build_world()
    evaluation = world.objects["evaluation"]
    member = world.users["member"]
    pdf = _render_report(evaluation, member)
    report = EvaluationReport.objects.get(evaluation=evaluation)
    # The download is logged in the report's log and in the signal's access log (with the evaluation's id).
    care = world.users["care_full"]
    signals = [visibility.get_signal_for_user(care, world.objects["signal"].pk)]
    aftercare_services.report_downloaded(report=report, acting_user=care, signals=signals)
    assert AccessLogEntry.objects.filter(object_id=str(evaluation.pk)).exists()
    Evaluation.objects.filter(pk=evaluation.pk).update(finalised_at=LONG_AGO)

    with django_capture_on_commit_callbacks(execute=True):
        counts = purge_expired.apply().get()
    assert counts == {"evaluation": 1, "case": 0, "signal": 0}

    _assert_gone(evaluation.pk, [CANARY_INTERNAL], "aftercare.evaluation")
    assert not os.path.exists(pdf)
    # The case stays (its own activity is recent), and so does the access log entry: who read the signal, when.
    assert Case.objects.filter(pk=world.objects["aftercare_case"].pk).exists()
    assert AccessLogEntry.objects.filter(signal=world.objects["signal"], kind="export").exists()
