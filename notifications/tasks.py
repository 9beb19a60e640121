"""Notification e-mails, sent by a Celery worker after the notifying transaction committed.

An e-mail carries no content of the signal at all — not even at summary level: only what happened, which
organisation did it, and a link. Whoever follows the link meets the visibility core."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import AGREEMENT_KINDS, CASE_KINDS, Notification, NotificationKind
from .texts import notification_sentence, notification_subject

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_notification_emails(notification_ids: list[str]) -> int:
    """Send the e-mail of each notification once (idempotent: a sent one is marked and skipped)."""
    sent = 0
    for notification_id in notification_ids:
        with transaction.atomic():
            notification = (
                Notification.objects.select_for_update(of=("self",))
                .select_related("recipient", "actor_organisation")
                .filter(pk=notification_id, emailed_at__isnull=True)
                .first()
            )
            if notification is None:
                continue
            recipient = notification.recipient
            if not recipient.is_active or not recipient.email:
                notification.emailed_at = timezone.now()
                notification.save(update_fields=["emailed_at"])
                continue
            with translation.override(getattr(recipient, "language", None) or settings.LANGUAGE_CODE):
                context = {
                    "sentence": notification_sentence(notification),
                    "link": f"{settings.SITE_URL}/meldingen/{notification.pk}/",
                    "recipient": recipient,
                    "about_risk": notification.kind in (NotificationKind.RISK_WINDOW, NotificationKind.RISK_DIGEST),
                    "about_agreements": notification.kind in AGREEMENT_KINDS,
                    "about_case": notification.kind in CASE_KINDS,
                    "about_staff": notification.kind == NotificationKind.STAFF_REPORT,
                }
                body = render_to_string("notifications/email.txt", context)
                subject = notification_subject(notification)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient.email])
            notification.emailed_at = timezone.now()
            notification.save(update_fields=["emailed_at"])
            sent += 1
    return sent
