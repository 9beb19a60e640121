"""The aftercare reminder really runs from the beat schedule through Redis on a Celery worker: a beat scheduler built
from the project's CELERY_BEAT_SCHEDULE sends the due job "aftercare-reminders", a worker started here runs it
against the committed database, the reminder e-mails follow on the same worker, and ticking or running the job again
tells nobody twice (as tests/test_risk_alert_worker.py does for the risk calendar)."""

import datetime as dt
from collections import Counter

import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task the worker's start-up check sends)
import pytest
from celery.beat import Scheduler
from celery.contrib.testing.worker import start_worker
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone

from aftercare import services
from aftercare.models import AftercareTask
from config.celery import app
from interventions import services as case_services
from notifications.models import Notification, NotificationKind
from partners.reference import ensure_role_groups
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory
from tests.test_notification_worker import private_queue
from tests.test_risk_alert_worker import _wait_for

JOB = "aftercare-reminders"
TASK = "aftercare.tasks.send_aftercare_reminders"
CASE_TITLE = "Drillrapconflict tussen Noord en de Haven"


@pytest.mark.django_db(transaction=True)
def test_the_beat_job_reminds_an_organisation_of_a_due_task_once_through_a_worker():
    assert not app.conf.task_always_eager
    ensure_role_groups(group_model=Group, permission_model=Permission)
    network = NetworkFactory()
    youth_org = OrganisationFactory(network=network, jongerenwerk=True)
    youth, colleague = (MembershipFactory(organisation=youth_org).user for _ in range(2))
    police_org = OrganisationFactory(network=network, politie=True)
    police = MembershipFactory(organisation=police_org).user
    case = case_services.case_create(acting_user=youth, title=CASE_TITLE, phase="nazorg", organisations=[police_org])
    services.plan_create(case=case, acting_user=youth)
    # Youth work's "keep in contact online" is due today; every other task of the plan is due in two weeks.
    AftercareTask.objects.filter(case=case, code="online_contact").update(due_date=timezone.localdate())
    expected = Counter({youth.pk: 1, colleague.pk: 1})

    def reminders() -> Counter:
        return Counter(
            Notification.objects.filter(kind=NotificationKind.AFTERCARE_DUE).values_list("recipient_id", flat=True)
        )

    with (
        private_queue(),
        start_worker(app, pool="solo", perform_ping_check=True, loglevel="WARNING", shutdown_timeout=10),
    ):
        scheduler = Scheduler(app=app, lazy=False)
        assert scheduler.schedule[JOB].task == TASK
        # The job last ran two days ago, so this morning's 07:15 run is due whatever the hour of this test.
        scheduler.schedule[JOB].last_run_at = app.now() - dt.timedelta(days=2)
        scheduler.tick()
        assert _wait_for(lambda: reminders() == expected), "the worker did not remind within 20 s"
        assert _wait_for(lambda: len(mail.outbox) == len(expected)), "the reminder e-mails were not sent"
        # Beat ticks again (not due any more), and someone runs the job by hand: nobody is told twice.
        scheduler.tick()
        assert app.send_task(TASK).get(timeout=20) == 0

    assert reminders() == expected
    assert police.pk not in {n.recipient_id for n in Notification.objects.all()}
    assert set(Notification.objects.values_list("case_id", flat=True)) == {case.pk}
    assert sorted(message.to[0] for message in mail.outbox) == sorted([youth.email, colleague.email])
    for message in mail.outbox:  # content-free: the case is named on the page, never in the e-mail
        assert CASE_TITLE not in message.body and CASE_TITLE not in message.subject
    reminded = AftercareTask.objects.filter(case=case, reminded_on__isnull=False)
    assert list(reminded.values_list("code", "reminded_on")) == [("online_contact", timezone.localdate())]
