"""The risk calendar's alert really runs from the beat schedule through Redis on a Celery worker: a beat scheduler
built from the project's CELERY_BEAT_SCHEDULE sends the due job, a worker started here runs it against the committed
database, the alert e-mails follow on the same worker, and running the job again tells nobody twice."""

import datetime as dt
import time

import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task the worker's start-up check sends)
import pytest
from celery.beat import Scheduler
from celery.contrib.testing.worker import start_worker
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone

from config.celery import app
from notifications.models import Notification, NotificationKind
from partners.reference import ensure_role_groups
from riskcalendar import services
from riskcalendar.models import RiskWindow
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory
from tests.test_notification_worker import private_queue

JOB = "risk-window-alerts"


def _wait_for(predicate, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.django_db(transaction=True)
def test_the_beat_job_alerts_a_starting_window_once_through_a_worker():
    assert not app.conf.task_always_eager
    ensure_role_groups(group_model=Group, permission_model=Permission)
    network = NetworkFactory()
    oov = MembershipFactory(organisation=OrganisationFactory(network=network, oov=True)).user
    youth_org = OrganisationFactory(network=network, jongerenwerk=True)
    youth = MembershipFactory(organisation=youth_org).user
    police = MembershipFactory(organisation=OrganisationFactory(network=network, politie=True)).user
    event = services.risk_event_create(
        acting_user=oov,
        kind="local_event",
        title="Kermis",
        start_date=timezone.localdate(),
        area="Zuid",
        risk_level="elevated",
        organisations=[youth_org],
    )
    expected = {oov.pk, youth.pk}

    def alerts():
        return list(Notification.objects.filter(kind=NotificationKind.RISK_WINDOW))

    with (
        private_queue(),
        start_worker(app, pool="solo", perform_ping_check=True, loglevel="WARNING", shutdown_timeout=10),
    ):
        scheduler = Scheduler(app=app, lazy=False)
        assert scheduler.schedule[JOB].task == "riskcalendar.tasks.send_risk_window_alerts"
        # The job last ran two days ago, so this morning's 07:00 run is due whatever the hour of this test.
        scheduler.schedule[JOB].last_run_at = app.now() - dt.timedelta(days=2)
        scheduler.tick()
        assert _wait_for(lambda: len(alerts()) == len(expected)), "the worker did not alert within 20 s"
        assert _wait_for(lambda: len(mail.outbox) == len(expected)), "the alert e-mails were not sent"
        # Beat ticks again (not due any more), and someone runs the job by hand: nobody is told twice.
        scheduler.tick()
        app.send_task("riskcalendar.tasks.send_risk_window_alerts").get(timeout=20)

    assert len(alerts()) == len(expected)
    assert {n.recipient_id for n in alerts()} == expected
    assert police.pk not in {n.recipient_id for n in Notification.objects.all()}
    assert sorted(message.to[0] for message in mail.outbox) == sorted([oov.email, youth.email])
    assert RiskWindow.objects.get(event=event).alerted_for == timezone.localdate()
