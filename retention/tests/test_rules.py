"""The retention rule: what expires when, at the boundaries, under each network's own policy."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from aftercare.models import Evaluation
from audit.constants import AuditAction
from audit.models import AuditEvent
from interventions import services as case_services
from retention import rules, services
from retention.models import RetentionPolicy
from retention.purge import purge
from retention.tests.helpers import age_case, closed_signal
from signals.models import Signal
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory, SignalFactory, network_coordinator

pytestmark = pytest.mark.django_db

UTC = dt.UTC


def _at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def _expired(kind, network, now):
    return set(rules.expired(kind, network, RetentionPolicy.for_network(network), now))


def test_a_network_without_a_policy_keeps_the_defaults(settings):
    network = NetworkFactory()
    policy = RetentionPolicy.for_network(network)
    assert policy.is_default
    assert (policy.signal_months, policy.case_months, policy.evaluation_months) == (12, 24, 60)
    settings.RETENTION_DEFAULT_MONTHS = {"signal": 6, "case": 18, "evaluation": 36}
    assert RetentionPolicy.for_network(network).months("signal") == 6


def test_a_closed_signal_expires_exactly_its_period_after_its_last_change():
    closed = _at(2025, 3, 10, 14, 0)
    organisation = OrganisationFactory()
    signal = closed_signal(closed, owner_organisation=organisation)
    network = organisation.network
    assert _expired("signal", network, _at(2026, 3, 10, 13, 59, 59)) == set()
    assert _expired("signal", network, _at(2026, 3, 10, 14, 0)) == {signal.pk}
    # A later change (a history record after closing) moves the date.
    Signal.history.filter(id=signal.pk).order_by("-history_date").update(history_date=_at(2025, 6, 1))
    assert _expired("signal", network, _at(2026, 3, 10, 14, 0)) == set()
    assert _expired("signal", network, _at(2026, 6, 1)) == {signal.pk}


def test_calendar_months_at_the_end_of_a_month():
    organisation = OrganisationFactory()
    RetentionPolicy.objects.create(network=organisation.network, signal_months=1, case_months=1, evaluation_months=1)
    signal = closed_signal(_at(2027, 1, 31, 12, 0), owner_organisation=organisation)
    assert rules.removal_at(_at(2027, 1, 31, 12, 0), 1) == _at(2027, 2, 28, 12, 0)
    assert _expired("signal", organisation.network, _at(2027, 2, 28, 11, 59)) == set()
    assert _expired("signal", organisation.network, _at(2027, 2, 28, 12, 0)) == {signal.pk}


@pytest.mark.parametrize("status", ["draft", "open", "watch"])
def test_a_signal_that_is_not_closed_never_expires(status):
    organisation = OrganisationFactory()
    signal = closed_signal(_at(2000, 1, 1), owner_organisation=organisation)
    Signal.objects.filter(pk=signal.pk).update(status=status)
    assert _expired("signal", organisation.network, timezone.now()) == set()


def test_each_network_has_its_own_periods():
    strict, lenient = OrganisationFactory(), OrganisationFactory()
    RetentionPolicy.objects.create(network=strict.network, signal_months=3, case_months=24, evaluation_months=60)
    closed = timezone.now() - dt.timedelta(days=183)
    mine = closed_signal(closed, owner_organisation=strict)
    theirs = closed_signal(closed, owner_organisation=lenient)
    assert _expired("signal", strict.network, timezone.now()) == {mine.pk}
    assert _expired("signal", lenient.network, timezone.now()) == set()
    counts = services.purge_expired(now=timezone.now())
    assert counts["signal"] == 1
    assert not Signal.objects.filter(pk=mine.pk).exists()
    assert Signal.objects.filter(pk=theirs.pk).exists()


def _case(network):
    youth = OrganisationFactory(network=network, jongerenwerk=True)
    member = MembershipFactory(organisation=youth).user
    case = case_services.case_create(acting_user=member, title="Ruzie op het plein", phase="crisis", organisations=[])
    return case, member


def test_a_case_expires_its_period_after_its_last_activity():
    network = NetworkFactory()
    case, member = _case(network)
    age_case(case, _at(2024, 1, 15))
    assert _expired("case", network, _at(2026, 1, 15)) == {case.pk}
    assert _expired("case", network, _at(2026, 1, 14)) == set()
    # An intervention changed later is activity on the case.
    youth = member.membership.organisation
    case_services.intervention_create(
        acting_user=member, case=case, title="Gesprek", goal="Rust", target="group", executing_organisation=youth
    )
    case.interventions.update(updated_at=_at(2024, 6, 1))
    assert _expired("case", network, _at(2026, 1, 15)) == set()
    assert _expired("case", network, _at(2026, 6, 1)) == {case.pk}


def test_a_case_waits_for_its_finalised_evaluation_and_the_evaluation_expires_first():
    network = NetworkFactory()
    coordinator = network_coordinator(network).user
    case, _member = _case(network)
    evaluation = Evaluation.objects.create(
        case=case, network=network, started_by=coordinator, status="finalised", finalised_at=_at(2024, 1, 1)
    )
    age_case(case, _at(2024, 1, 1))
    # The case's own 24 months passed in 2026; the evaluation's 60 months pass in 2029.
    assert _expired("case", network, _at(2027, 1, 1)) == set()
    assert _expired("evaluation", network, _at(2028, 12, 31)) == set()
    assert _expired("evaluation", network, _at(2029, 1, 1)) == {evaluation.pk}
    assert _expired("case", network, _at(2029, 1, 1)) == {case.pk}
    # The nightly job removes the evaluation, then the case: two tombstones.
    counts = services.purge_expired(now=_at(2029, 1, 1))
    assert counts == {"evaluation": 1, "case": 1, "signal": 0}


def test_an_open_evaluation_does_not_expire_on_its_own():
    network = NetworkFactory()
    coordinator = network_coordinator(network).user
    case, _member = _case(network)
    Evaluation.objects.create(case=case, network=network, started_by=coordinator)
    assert _expired("evaluation", network, _at(2100, 1, 1)) == set()


@pytest.mark.parametrize("months", [0, 121])
def test_a_policy_keeps_its_periods_between_1_and_120_months(months):
    network = NetworkFactory()
    coordinator = network_coordinator(network).user
    with pytest.raises(ValidationError):
        services.policy_save(acting_user=coordinator, signal_months=months, case_months=24, evaluation_months=60)
    assert not RetentionPolicy.objects.exists()
    # The database holds the same bounds.
    with pytest.raises(IntegrityError), transaction.atomic():
        RetentionPolicy.objects.create(network=network, signal_months=months, case_months=24, evaluation_months=60)


def test_only_the_network_coordinator_sets_the_policy():
    network = NetworkFactory()
    network_coordinator(network)
    team_lead = MembershipFactory(organisation=OrganisationFactory(network=network), coordinator=True).user
    with pytest.raises(ValidationError):
        services.policy_save(acting_user=team_lead, signal_months=6, case_months=24, evaluation_months=60)
    assert not RetentionPolicy.objects.exists()


def test_purging_twice_removes_once():
    organisation = OrganisationFactory()
    signal = closed_signal(_at(2020, 1, 1), owner_organisation=organisation)
    SignalFactory(owner_organisation=organisation)  # open: stays
    assert services.purge_expired(now=timezone.now())["signal"] == 1
    assert services.purge_expired(now=timezone.now())["signal"] == 0
    assert purge(Signal, signal.pk, detail="retention=12m") is False
    assert Signal.objects.count() == 1
    assert AuditEvent.objects.filter(action=AuditAction.PURGED, object_id=str(signal.pk)).count() == 1
