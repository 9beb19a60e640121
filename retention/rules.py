"""When something has passed its retention period (issue #9, AVG). One rule, used by the nightly purge and by the
page that shows what will be removed soon:

* a **closed signal** (``SignalStatus.CLOSED``; one "under watch" is not closed) is removed ``signal_months`` after
  its last change. A signal has no "closed at" field; closing it is a change of the signal (a new history record,
  ``updated_at``), so the latest of ``updated_at`` and its last history record is the day it was closed or later —
  never earlier.
* a **case** has no closed state (its phases go back and forth): it is removed ``case_months`` after its last
  activity — the latest of the case's own change, its phase changes, its interventions, aftercare tasks, rumours and
  its evaluation. A case with a finalised evaluation is kept at least until that evaluation expires (the evaluation
  belongs to the case: removing the case removes it).
* a **finalised evaluation** is removed ``evaluation_months`` after ``finalised_at``. An open one goes with its case.

The removal moment is ``reference + months`` in calendar months (``relativedelta``: 31 January + 1 month is
28/29 February). The database pre-selects with a few days' slack and the exact rule is applied here in Python, the
same on PostgreSQL and on the embedded SQLite demo."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from django.db.models import DateTimeField, F, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

KINDS = ("evaluation", "case", "signal")
# The database's pre-selection reaches this much further than a calendar month's shortest length could differ.
SLACK = dt.timedelta(days=4)


def removal_at(reference: dt.datetime, months: int) -> dt.datetime:
    return reference + relativedelta(months=months)


def _correlated_max(model, fk: str, field: str, fallback: str = "updated_at"):
    """``Max(field)`` over the rows of ``model`` whose ``fk`` is the outer row, or the outer row's ``fallback``."""
    rows = model.objects.filter(**{fk: OuterRef("pk")}).order_by().values(fk).annotate(latest=Max(field))
    return Coalesce(Subquery(rows.values("latest")[:1], output_field=DateTimeField()), F(fallback))


# --- the candidates of one network, each with the date its period counts from -------------------------------------


def signal_candidates(network_id):
    from signals.constants import SignalStatus
    from signals.models import Signal

    history = Signal.history.model
    return Signal.objects.filter(owner_organisation__network_id=network_id, status=SignalStatus.CLOSED).annotate(
        retention_reference=Greatest("updated_at", _correlated_max(history, "id", "history_date"))
    )


def case_candidates(network_id):
    from aftercare.models import AftercareTask, Evaluation, Rumour
    from interventions.models import Case, CasePhaseChange, Intervention

    history = Case.history.model
    return Case.objects.filter(network_id=network_id).annotate(
        retention_reference=Greatest(
            "updated_at",
            _correlated_max(history, "id", "history_date"),
            _correlated_max(CasePhaseChange, "case", "changed_at"),
            _correlated_max(Intervention, "case", "updated_at"),
            _correlated_max(AftercareTask, "case", "updated_at"),
            _correlated_max(Rumour, "case", "updated_at"),
            _correlated_max(Evaluation, "case", "updated_at"),
        ),
        evaluation_finalised_at=F("evaluation__finalised_at"),
    )


def evaluation_candidates(network_id):
    from aftercare.constants import EvaluationStatus
    from aftercare.models import Evaluation

    return Evaluation.objects.filter(
        network_id=network_id, status=EvaluationStatus.FINALISED, finalised_at__isnull=False
    ).annotate(retention_reference=F("finalised_at"))


CANDIDATES = {"signal": signal_candidates, "case": case_candidates, "evaluation": evaluation_candidates}


def due_removal(kind: str, row, policy) -> dt.datetime:
    """When ``row`` (annotated by its kind's candidates) is removed under ``policy``."""
    when = removal_at(row.retention_reference, policy.months(kind))
    if kind == "case" and row.evaluation_finalised_at is not None:
        when = max(when, removal_at(row.evaluation_finalised_at, policy.evaluation_months))
    return when


def due_by(kind: str, queryset, policy, until: dt.datetime):
    """The rows of ``queryset`` (a candidates queryset, possibly narrowed further) removed by ``until``, each with
    ``removal_at`` set, soonest first. The database reads only those whose reference lies a period before
    ``until`` (with slack); the exact rule is applied to those."""
    cutoff = until - relativedelta(months=policy.months(kind)) + SLACK
    rows = []
    for row in queryset.filter(retention_reference__lte=cutoff):
        row.removal_at = due_removal(kind, row, policy)
        if row.removal_at <= until:
            rows.append(row)
    rows.sort(key=lambda row: (row.removal_at, str(row.pk)))
    return rows


def expired(kind: str, network, policy, now: dt.datetime | None = None) -> list:
    """The primary keys of the network's ``kind`` objects whose removal moment has come."""
    now = now or timezone.now()
    queryset = CANDIDATES[kind](network.pk).only("pk")
    return [row.pk for row in due_by(kind, queryset, policy, now)]
