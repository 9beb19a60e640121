"""Celery tasks of aftercare: the daily reminder of aftercare tasks that are due (config/settings/base.py
CELERY_BEAT_SCHEDULE) and the making of an evaluation report, queued on commit by ``services.report_request``. Both
may run twice without doing anything twice."""

from celery import shared_task

from . import services


@shared_task(acks_late=True)
def send_aftercare_reminders() -> int:
    return services.send_due_reminders()


@shared_task(acks_late=True)
def render_evaluation_report(report_id: str) -> str:
    return str(services.report_render(report_id))
