"""The risk calendar's beat jobs (config/settings/base.py CELERY_BEAT_SCHEDULE): the daily alert of windows that
start, and the weekly digest of the coming four weeks. Both may run twice without telling anyone twice."""

from celery import shared_task

from . import services


@shared_task(acks_late=True)
def send_risk_window_alerts() -> int:
    return services.send_window_alerts()


@shared_task(acks_late=True)
def send_risk_digests() -> int:
    return services.send_weekly_digests()
