"""Reading retention for the page "what will be removed soon": what the asking coordinator may see of it.

* The network coordinator (regisseur) sees the network's policy, and the signals, cases and evaluations that will
  be removed within a month *as far as they may see them anyway*: through ``partners.visibility`` (signals shared
  with or owned by their organisation, cases it takes part in, their evaluations).
* An organisation's coordinator (team lead) sees the policy, the organisation's own signals, and the cases it leads
  with their evaluations.
* Nobody else sees the page (404). Each row names only what the reader's lists already show: a date, the
  organisation, a case's title."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from partners import visibility

from . import rules
from .models import RetentionPolicy

HORIZON = relativedelta(months=1)


def can_see_preview(user) -> bool:
    membership = visibility.membership_of(user)
    return membership is not None and (membership.is_coordinator or membership.is_network_coordinator)


def preview(user, now: dt.datetime | None = None) -> dict:
    """The policy of the user's network and what of it the user may see goes within a month, soonest first."""
    now = now or timezone.now()
    until = now + HORIZON
    membership = visibility.membership_of(user)
    network = membership.organisation.network
    policy = RetentionPolicy.for_network(network)
    is_network_coordinator = membership.is_network_coordinator
    if is_network_coordinator:
        signals = rules.signal_candidates(network.pk).filter(pk__in=visibility.signals_visible_to(user).values("pk"))
        cases = visibility.cases_visible_to(user)
    else:
        signals = rules.signal_candidates(network.pk).filter(owner_organisation_id=membership.organisation_id)
        cases = visibility.cases_visible_to(user).filter(is_lead=True)
    case_ids = cases.values("pk")
    signals = signals.select_related("owner_organisation").only(
        "pk", "created_at", "updated_at", "owner_organisation__name"
    )
    cases = rules.case_candidates(network.pk).filter(pk__in=case_ids).select_related("lead_organisation")
    cases = cases.only("pk", "title", "updated_at", "lead_organisation__name")
    evaluations = rules.evaluation_candidates(network.pk).filter(case_id__in=case_ids).select_related("case")
    evaluations = evaluations.only("pk", "finalised_at", "case__id", "case__title")
    return {
        "policy": policy,
        "until": until,
        "now": now,
        "is_network_coordinator": is_network_coordinator,
        "signals": rules.due_by("signal", signals, policy, until),
        "cases": rules.due_by("case", cases, policy, until),
        "evaluations": rules.due_by("evaluation", evaluations, policy, until),
    }
