"""Celery runs on the real Redis broker in tests: a worker started here answers a task queued by the app."""

from celery.contrib.testing.tasks import ping
from celery.contrib.testing.worker import start_worker
from django.conf import settings

from config.celery import app


def test_tasks_go_through_redis_to_a_real_worker():
    assert settings.CELERY_BROKER_URL.startswith("redis://")
    assert not app.conf.task_always_eager
    with start_worker(app, pool="solo", perform_ping_check=True, loglevel="WARNING", shutdown_timeout=10):
        assert ping.delay().get(timeout=10) == "pong"
