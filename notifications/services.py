"""Telling people: one notification per recipient, its e-mail queued on commit (DOMAIN.md §4).

Callers pass the organisations to tell; this module tells only those of them that may read the signal at the
needed level right now (``visibility.organisations_reading``), so nobody is notified about what they cannot see."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from partners import visibility
from partners.models import Membership, User
from partners.visibility import AccessLevel

from .models import Notification, NotificationKind


def notify(
    *,
    kind: str,
    signal,
    actor_organisation=None,
    organisation_ids: Iterable | None = None,
    user_ids: Iterable | None = None,
    exclude_user: User | None = None,
    min_level: AccessLevel = AccessLevel.SUMMARY,
) -> list[Notification]:
    """Notify the active members of ``organisation_ids`` and/or the users ``user_ids`` about ``signal``; anyone
    whose organisation cannot read the signal at ``min_level`` is left out. E-mails go after commit."""
    if kind not in NotificationKind.values:
        raise ValueError(f"unknown notification kind {kind!r}")
    readable = set(visibility.organisations_reading(signal, min_level))
    memberships = Membership.objects.filter(user__is_active=True, organisation_id__in=readable)
    wanted = None
    if organisation_ids is not None:
        wanted = memberships.filter(organisation_id__in=[o for o in organisation_ids if o in readable])
    if user_ids is not None:
        by_user = memberships.filter(user_id__in=list(user_ids))
        wanted = by_user if wanted is None else (wanted | by_user)
    if wanted is None:
        return []
    recipients = set(wanted.values_list("user_id", flat=True))
    if exclude_user is not None:
        recipients.discard(exclude_user.pk)
    notifications = Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=user_id,
                kind=kind,
                signal_id=signal.pk,
                actor_organisation_id=getattr(actor_organisation, "pk", None),
            )
            for user_id in sorted(recipients, key=str)
        ]
    )
    _email_after_commit(notifications)
    return notifications


def notify_organisations(
    *, kind: str, organisation_ids: Iterable, risk_window=None, agreement_card=None, case=None
) -> list[Notification]:
    """Notify the active members of ``organisation_ids`` of something that is not a signal (the risk calendar, the
    afsprakenkaart, a case's aftercare or evaluation). The caller decides who may know (partners/visibility.py);
    e-mails go after commit."""
    recipients = Membership.objects.filter(user__is_active=True, organisation_id__in=list(organisation_ids))
    return notify_users(
        kind=kind,
        user_ids=recipients.values_list("user_id", flat=True),
        risk_window=risk_window,
        agreement_card=agreement_card,
        case=case,
    )


def notify_users(
    *, kind: str, user_ids: Iterable, risk_window=None, agreement_card=None, case=None
) -> list[Notification]:
    """Notify the active users ``user_ids`` (chosen by the caller through the visibility core) of something that is
    not a signal. E-mails go after commit."""
    if kind not in NotificationKind.values:
        raise ValueError(f"unknown notification kind {kind!r}")
    recipients = Membership.objects.filter(user__is_active=True, user_id__in=list(user_ids))
    notifications = Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=user_id, kind=kind, risk_window=risk_window, agreement_card=agreement_card, case=case
            )
            for user_id in sorted(recipients.values_list("user_id", flat=True), key=str)
        ]
    )
    _email_after_commit(notifications)
    return notifications


def _email_after_commit(notifications: list[Notification]) -> None:
    ids = [str(n.pk) for n in notifications]
    if ids:
        from .tasks import send_notification_emails

        transaction.on_commit(lambda: send_notification_emails.delay(ids))


def mark_read(*, user: User, notification_ids: Iterable | None = None) -> int:
    """Mark the user's notifications read (all of them when no ids are given); answers how many changed."""
    from .selectors import UNREAD_ATTR

    queryset = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_ids is not None:
        queryset = queryset.filter(pk__in=list(notification_ids))
    changed = queryset.update(read_at=timezone.now())
    if changed and hasattr(user, UNREAD_ATTR):
        delattr(user, UNREAD_ATTR)  # the count the user was loaded with is no longer the number on the bell
    return changed
