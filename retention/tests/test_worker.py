"""The nightly purge really runs from the beat schedule through Redis on a Celery worker: a beat scheduler built from
the project's CELERY_BEAT_SCHEDULE sends the due job "retention-purge", a worker started here removes the expired
signal (and its screenshot on disk) from the committed database and leaves one tombstone; running the job again
removes nothing more (the pattern of tests/test_aftercare_reminder_worker.py)."""

import datetime as dt
import os

import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task the worker's start-up check sends)
import pytest
from celery.beat import Scheduler
from celery.contrib.testing.worker import start_worker
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from audit.constants import AuditAction
from audit.models import AuditEvent
from config.celery import app
from partners.reference import ensure_role_groups
from retention.tests.helpers import closed_signal
from signals import services as signal_services
from signals.models import Phenomenon, Signal
from signals.reference import ensure_phenomena
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory
from tests.roles import _png
from tests.test_notification_worker import private_queue
from tests.test_risk_alert_worker import _wait_for

JOB = "retention-purge"
TASK = "retention.tasks.purge_expired"


@pytest.mark.django_db(transaction=True)
def test_the_beat_job_purges_an_expired_signal_once_through_a_worker():
    assert not app.conf.task_always_eager
    ensure_role_groups(group_model=Group, permission_model=Permission)
    ensure_phenomena(phenomenon_model=Phenomenon)
    organisation = OrganisationFactory(jongerenwerk=True)
    member = MembershipFactory(organisation=organisation).user
    expired = closed_signal(timezone.now() - dt.timedelta(days=800), owner_organisation=organisation, created_by=member)
    attachment = signal_services.attachment_add(signal=expired, uploaded=_png("bewijs.png"), acting_user=member)
    Signal.objects.filter(pk=expired.pk).update(updated_at=timezone.now() - dt.timedelta(days=800))
    screenshot = attachment.file.path
    kept = SignalFactory(owner_organisation=organisation, created_by=member)

    with (
        private_queue(),
        start_worker(app, pool="solo", perform_ping_check=True, loglevel="WARNING", shutdown_timeout=10),
    ):
        scheduler = Scheduler(app=app, lazy=False)
        assert scheduler.schedule[JOB].task == TASK
        # The job last ran two days ago, so tonight's 02:30 run is due whatever the hour of this test.
        scheduler.schedule[JOB].last_run_at = app.now() - dt.timedelta(days=2)
        scheduler.tick()
        assert _wait_for(lambda: not Signal.objects.filter(pk=expired.pk).exists()), "not purged within 20 s"
        assert _wait_for(lambda: not os.path.exists(screenshot)), "the screenshot stayed on disk"
        scheduler.tick()  # not due any more
        assert app.send_task(TASK).get(timeout=30) == {"evaluation": 0, "case": 0, "signal": 0}

    assert Signal.objects.filter(pk=kept.pk).exists()
    tombstones = AuditEvent.objects.filter(action=AuditAction.PURGED)
    assert list(tombstones.values_list("object_type", "object_id", "organisation_id", "detail")) == [
        ("signals.signal", str(expired.pk), organisation.pk, "retention=12m")
    ]
