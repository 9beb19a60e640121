"""Building things that passed (or nearly passed) their retention period."""

import datetime as dt

from aftercare.models import Evaluation
from interventions.models import Case
from signals.models import Signal
from tests.factories import SignalFactory


def closed_signal(at: dt.datetime, **kwargs) -> Signal:
    """A signal closed at ``at``: its last change and its last history record are then."""
    signal = SignalFactory(status="closed", **kwargs)
    Signal.objects.filter(pk=signal.pk).update(updated_at=at)
    Signal.history.filter(id=signal.pk).update(history_date=at)
    return signal


def age_case(case: Case, at: dt.datetime) -> None:
    """Every activity on ``case`` happened at ``at``."""
    Case.objects.filter(pk=case.pk).update(updated_at=at)
    Case.history.filter(id=case.pk).update(history_date=at)
    case.phase_changes.update(changed_at=at)
    case.interventions.update(updated_at=at)
    case.aftercare_tasks.update(updated_at=at)
    case.rumours.update(updated_at=at)
    Evaluation.objects.filter(case=case).update(updated_at=at)
