"""Writing retention: the network coordinator's policy, and the purge of everything that expired."""

from __future__ import annotations

import datetime as dt
import logging

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from partners import visibility

from . import rules
from .models import RetentionPolicy
from .purge import purge

logger = logging.getLogger(__name__)

BATCH_SIZE = 100


def policy_save(*, acting_user, signal_months: int, case_months: int, evaluation_months: int) -> RetentionPolicy:
    """The network coordinator sets the retention periods of their own network."""
    if not visibility.can_coordinate_network(acting_user):
        raise ValidationError(_("Only the network coordinator sets the retention periods."))
    network = visibility.membership_of(acting_user).organisation.network
    with transaction.atomic():
        policy = RetentionPolicy.for_network(network)
        policy.signal_months = signal_months
        policy.case_months = case_months
        policy.evaluation_months = evaluation_months
        policy.updated_by = acting_user
        policy.full_clean()
        policy.save()
    return policy


def _model(kind: str):
    from aftercare.models import Evaluation
    from interventions.models import Case
    from signals.models import Signal

    return {"signal": Signal, "case": Case, "evaluation": Evaluation}[kind]


def purge_expired(*, now: dt.datetime, batch_size: int = BATCH_SIZE) -> dict:
    """Every network's expired evaluations, then cases, then signals, in batches of ids, one transaction each. An
    object that fails is logged and left whole for the next night; the others go on."""
    from partners.models import Network

    counts = dict.fromkeys(rules.KINDS, 0)
    for network in Network.objects.order_by("pk"):
        policy = RetentionPolicy.for_network(network)
        for kind in rules.KINDS:
            model = _model(kind)
            detail = f"retention={policy.months(kind)}m"
            ids = rules.expired(kind, network, policy, now)
            for start in range(0, len(ids), batch_size):
                for pk in ids[start : start + batch_size]:
                    try:
                        if purge(model, pk, detail=detail):
                            counts[kind] += 1
                    except Exception:
                        logger.exception("retention: %s %s could not be removed", kind, pk)
    return counts
