"""The nightly retention job (CELERY_BEAT_SCHEDULE "retention-purge", 02:30 Amsterdam time)."""

import logging

from celery import shared_task
from django.utils import timezone

from . import services

logger = logging.getLogger(__name__)


@shared_task(name="retention.tasks.purge_expired")
def purge_expired() -> dict:
    """Remove every signal, case and evaluation whose retention period has passed, network by network, one object
    per transaction. Idempotent: running it again removes nothing more. Answers the counts per kind."""
    counts = services.purge_expired(now=timezone.now())
    logger.info("retention: removed %s", counts)
    return counts
