"""Removing one signal, case or evaluation everywhere it lives (issue #9, AVG), in one transaction:

1. the rows: the object and everything Django's deletion collector finds hanging from it (``on_delete`` CASCADE:
   persons, answers, decisions, comments, shares, the access log, screenshots, actions, notifications, the direct
   foreign-key permission rows, case links, interventions, an evaluation's parts and reports, ...); references
   with SET_NULL (a risk-calendar entry linked to a removed case, an internal staff report) are emptied — the entry
   and the report belong to their own organisation's records;
2. the history: every simple-history record of every removed row (also the "deleted" record the removal itself
   writes), and in the history of surviving rows every reference to a removed row is emptied;
3. generic references: admin log entries and generic object permissions of any removed row;
4. derived copies: the evaluation reports (PDF) that were made with a removed signal's texts are dropped, to be made
   again without it when someone asks; the id of a removed evaluation in a signal's access log is blanked;
5. one content-free tombstone per removed signal, case or evaluation in the security audit log;
6. after the commit: the files of the removed rows (screenshots, PDFs) and the signal's media folder.

A failure rolls the whole object back: nothing is half removed, and the next night tries again."""

from __future__ import annotations

import logging
import shutil
from collections import defaultdict
from pathlib import Path

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import models, router, transaction
from django.db.models.deletion import Collector

from audit.audit import record
from audit.constants import AuditAction

logger = logging.getLogger(__name__)

# The objects that have a retention period: each removed one leaves a tombstone in the audit log.
TOMBSTONE_MODELS = ("signals.signal", "interventions.case", "aftercare.evaluation")


def _historical_models() -> dict:
    """{original model: [its historical models]} for every model tracked by simple-history."""
    found = defaultdict(list)
    for model in apps.get_models():
        original = getattr(model, "instance_type", None)
        if original is not None and hasattr(model, "history_id"):
            found[original._meta.concrete_model].append(model)
    return found


def _file_fields(model) -> list:
    return [field for field in model._meta.concrete_fields if isinstance(field, models.FileField)]


class _Removal:
    """What one purge removes: {model: set of pks}, and the files to remove after the commit."""

    def __init__(self):
        self.rows = defaultdict(set)
        self.files = set()  # (storage, name)
        self.folders = set()  # media folders (relative) to remove whole after the commit

    def add_files(self, model, instances):
        for field in _file_fields(model):
            for instance in instances:
                value = getattr(instance, field.attname) if not isinstance(instance, dict) else instance[field.attname]
                name = value.name if hasattr(value, "name") else value
                if name:
                    self.files.add((field.storage, name))


def _collect(collector: Collector, removal: _Removal) -> dict:
    """Fill ``removal`` from the collector before it deletes; answer the tombstone objects found."""
    tombstones = {}
    for model, instances in collector.data.items():
        removal.rows[model._meta.concrete_model].update(instance.pk for instance in instances)
        removal.add_files(model, instances)
        if model._meta.label_lower in TOMBSTONE_MODELS:
            for instance in instances:
                tombstones[(model._meta.label_lower, instance.pk)] = instance
    for queryset in collector.fast_deletes:
        model = queryset.model._meta.concrete_model
        fields = [field.attname for field in _file_fields(model)]
        for row in queryset.values("pk", *fields):
            removal.rows[model].add(row["pk"])
            if fields:
                removal.add_files(model, [row])
    return tombstones


def _remove_history(removal: _Removal) -> None:
    historical = _historical_models()
    removed_models = set(removal.rows)
    for model, pks in removal.rows.items():
        for history in historical.get(model, []):
            rows = history.objects.filter(**{f"{model._meta.pk.attname}__in": list(pks)})
            removal.add_files(history, list(rows.only(*[f.attname for f in _file_fields(history)], "history_id")))
            rows.delete()
    # Surviving rows whose history once pointed at a removed row (a risk-calendar entry linked to a removed case).
    for histories in historical.values():
        for history in histories:
            for field in history._meta.concrete_fields:
                if not field.is_relation or field.related_model is None:
                    continue
                target = field.related_model._meta.concrete_model
                if target not in removed_models or field.name == "history_user":
                    continue
                rows = history.objects.filter(**{f"{field.attname}__in": list(removal.rows[target])})
                if field.null:
                    rows.update(**{field.attname: None})
                else:
                    rows.delete()


def _remove_generic(removal: _Removal) -> None:
    """Rows that name a removed row by content type and id: admin log entries, generic object permissions."""
    generic = [(LogEntry, "content_type", "object_id")]
    for model in apps.get_models():
        for field in model._meta.private_fields:
            if isinstance(field, GenericForeignKey):
                generic.append((model, field.ct_field, field.fk_field))
    for model, pks in removal.rows.items():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=True)
        ids = [str(pk) for pk in pks]
        for holder, ct_field, fk_field in generic:
            holder.objects.filter(**{ct_field: content_type, f"{fk_field}__in": ids}).delete()


def _drop_reports_with_signal(signal) -> list:
    """The evaluation reports of the cases the signal was in were made with its texts: their PDFs go, and the next
    reader gets a report made without it (``aftercare.services.report_request`` asks for a new one)."""
    from aftercare.constants import ReportStatus
    from aftercare.models import EvaluationReport

    reports = EvaluationReport.objects.filter(evaluation__case__signal_links__signal_id=signal.pk).exclude(file="")
    files = [(report.file.storage, report.file.name) for report in reports]
    EvaluationReport.objects.filter(pk__in=[report.pk for report in reports]).update(
        file="", fingerprint="", pages=None, rendered_at=None, status=ReportStatus.FAILED
    )
    return files


def _tombstone(label: str, pk, instance, detail: str) -> None:
    organisation = None
    if label == "signals.signal":
        organisation = instance.owner_organisation
    elif label == "interventions.case":
        organisation = instance.lead_organisation
    elif label == "aftercare.evaluation":
        organisation = instance.case.lead_organisation
    record(AuditAction.PURGED, obj=(label, pk), organisation=organisation, detail=detail)


def _remove_files(files, folders) -> None:
    for storage, name in files:
        try:
            storage.delete(name)
        except Exception:  # a file already gone, or a disk error: the rows are gone; log and go on
            logger.exception("retention: could not remove file %s", name)
    for folder in folders:
        if isinstance(default_storage, FileSystemStorage):
            path = Path(default_storage.path(folder))
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)


def purge(model, pk, *, detail: str) -> bool:
    """Remove the ``model`` object ``pk`` everywhere it lives (see the module). Idempotent: an object that is gone
    already answers False and removes nothing."""
    from aftercare.models import Evaluation
    from signals.models import AccessLogEntry, Signal

    using = router.db_for_write(model)
    with transaction.atomic(using=using):
        instance = model.objects.select_for_update(of=("self",)).filter(pk=pk).first()
        if instance is None:
            return False
        pk = instance.pk  # the object's own type (a UUID), also when ``pk`` came as text
        removal = _Removal()
        if model is Signal:
            removal.files.update(_drop_reports_with_signal(instance))
            removal.folders.add(f"signals/{instance.pk}")
        if model is Evaluation:
            # "Write your part" and "finalised" point at the case: without the evaluation they point at nothing.
            from notifications.models import Notification, NotificationKind

            kinds = [NotificationKind.EVALUATION_STARTED, NotificationKind.EVALUATION_FINALISED]
            Notification.objects.filter(case_id=instance.case_id, kind__in=kinds).delete()
        collector = Collector(using=using, origin=instance)
        collector.collect([instance])
        tombstones = _collect(collector, removal)
        # Fetch what the tombstones name before the rows go.
        for (label, _pk), obj in tombstones.items():
            if label == "signals.signal":
                obj.owner_organisation  # noqa: B018
            elif label == "interventions.case":
                obj.lead_organisation  # noqa: B018
            elif label == "aftercare.evaluation":
                obj.case.lead_organisation  # noqa: B018
        collector.delete()
        _remove_history(removal)
        _remove_generic(removal)
        evaluation_ids = [str(pk) for pk in removal.rows.get(Evaluation, ())]
        if evaluation_ids:
            # A signal's access log says its texts went into this evaluation's report: who and when stay.
            AccessLogEntry.objects.filter(object_id__in=evaluation_ids).update(object_id="")
        primary = (model._meta.label_lower, pk)
        for (label, object_pk), obj in tombstones.items():
            note = detail if (label, object_pk) == primary else f"{detail} with {primary[0]}"
            _tombstone(label, object_pk, obj, note)
        files, folders = set(removal.files), set(removal.folders)
        transaction.on_commit(lambda: _remove_files(files, folders), using=using)
    return True
