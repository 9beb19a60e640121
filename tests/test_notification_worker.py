"""The notification e-mail really goes through Redis to a Celery worker: a share commits, the task queued on commit
is picked up by a worker (started here, as in tests/test_celery.py) that reads the committed rows and sends."""

import threading
import time
import uuid
from contextlib import contextmanager

import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task the worker's start-up check sends)
import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.contrib.auth.models import Group, Permission
from django.core import mail

from config.celery import app
from notifications.models import Notification, NotificationKind
from partners.reference import ensure_role_groups
from signals import sharing
from signals.models import Phenomenon
from signals.reference import ensure_phenomena
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory

SECRET = "GEHEIM-WERKER-6a1f"


@contextmanager
def private_queue():
    """Route this test's tasks through a queue of its own, so that a worker of another test run on the same Redis
    database cannot take them (and this worker takes no one else's). Celery caches the queues and the router on
    ``app.amqp``; they are dropped so that they are built again from the changed setting, before and after."""
    cached = ("queues", "default_queue", "router", "default_exchange", "send_task_message")

    def rebuild():
        for name in cached:
            app.amqp.__dict__.pop(name, None)

    previous = app.conf.task_default_queue
    name = f"samenduiden-test-{uuid.uuid4().hex}"
    app.conf.task_default_queue = name
    rebuild()
    try:
        yield name
    finally:
        app.conf.task_default_queue = previous
        rebuild()
        with app.connection_for_write() as connection:  # leave no queue or binding behind in Redis
            connection.default_channel.client.delete(name, f"_kombu.binding.{name}", f"_kombu.binding_permanent.{name}")


@pytest.mark.django_db(transaction=True)  # the worker reads what the test committed, over its own connection
def test_a_committed_share_is_emailed_by_a_worker():
    assert not app.conf.task_always_eager
    ensure_role_groups(group_model=Group, permission_model=Permission)
    ensure_phenomena(phenomenon_model=Phenomenon)
    network = OrganisationFactory().network
    youth = OrganisationFactory(network=network, jongerenwerk=True)
    police = OrganisationFactory(network=network, politie=True)
    owner = MembershipFactory(organisation=youth).user
    officer = MembershipFactory(organisation=police).user
    signal = SignalFactory(owner_organisation=youth, created_by=owner, message_text=f"{SECRET} vanavond")

    ran = []

    def record(sender=None, task=None, **kwargs):
        if task is not None and task.name.endswith("send_notification_emails"):
            ran.append((threading.current_thread() is threading.main_thread(), task.request.is_eager))

    task_postrun.connect(record, weak=False)
    try:
        with (
            private_queue(),
            start_worker(app, pool="solo", perform_ping_check=True, loglevel="WARNING", shutdown_timeout=10),
        ):
            sharing.share_create(
                signal=signal, acting_user=owner, organisation=police, purpose="Samen duiden", legal_ground="covenant"
            )
            notification = Notification.objects.get(recipient=officer)
            assert notification.kind == NotificationKind.SHARED
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                notification.refresh_from_db()
                if notification.emailed_at is not None:
                    break
                time.sleep(0.1)
    finally:
        task_postrun.disconnect(record)

    assert notification.emailed_at is not None, "no worker sent the e-mail within 20 s"
    assert ran == [(False, False)]  # in the worker's thread, not eagerly in the test
    [message] = mail.outbox  # the worker runs in this process: the locmem outbox is shared
    assert message.to == [officer.email]
    assert f"/meldingen/{notification.pk}/" in message.body
    assert SECRET not in message.body
