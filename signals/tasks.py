"""Periodic work of the signals app (Celery beat, config/settings/base.py)."""

from celery import shared_task

from . import sharing


@shared_task
def end_expired_shares() -> int:
    return sharing.end_expired_shares()
