"""Reads of notifications, rendered at the reader's level now (through the visibility core)."""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from partners import visibility
from partners.models import User

from .models import Notification
from .texts import notification_sentence

# Where a user loaded with ``with_unread_count`` carries its count (partners/authentication.py loads the user of a
# browser session so).
UNREAD_ATTR = "unread_notification_count"


def with_unread_count(users: QuerySet[User]) -> QuerySet[User]:
    """``users`` with their unread count, as a subquery of the same query (the partial index on unread rows)."""
    unread = (
        Notification.objects.filter(recipient=OuterRef("pk"), read_at__isnull=True)
        .order_by()
        .values("recipient")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return users.annotate(**{UNREAD_ATTR: Coalesce(Subquery(unread, output_field=IntegerField()), 0)})


def unread_count(user: User) -> int:
    """The number on the bell: carried by the user when it was loaded with it, counted otherwise."""
    carried = getattr(user, UNREAD_ATTR, None)
    if carried is not None:
        return carried
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def notifications_for(user: User) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user).select_related("actor_organisation").order_by("-created_at")


def get_notification_for_user(user: User, notification_id) -> Notification:
    from django.core.exceptions import ValidationError
    from django.http import Http404

    try:
        return notifications_for(user).get(pk=notification_id)
    except (Notification.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def render_notifications(user: User, notifications) -> list[dict]:
    """Each notification with its sentence and, when the reader still sees the signal, the signal at summary
    level (phenomenon, platform), or the risk window with its entry: at most four queries for a whole page."""
    notifications = list(notifications)
    window_ids = {n.risk_window_id for n in notifications if n.risk_window_id}
    windows = (
        {w.pk: w for w in visibility.risk_windows_visible_to(user).filter(pk__in=window_ids)} if window_ids else {}
    )
    card_ids = {n.agreement_card_id for n in notifications if n.agreement_card_id}
    cards = (
        set(visibility.agreement_cards_visible_to(user).filter(pk__in=card_ids).values_list("pk", flat=True))
        if card_ids
        else set()
    )
    case_ids = {n.case_id for n in notifications if n.case_id}
    cases = visibility.visible_case_ids(user, case_ids) if case_ids else set()
    signal_ids = {n.signal_id for n in notifications if n.signal_id}
    visible = {
        signal.pk: visibility.redact_signal(signal, min(signal.access_level, visibility.AccessLevel.SUMMARY))
        for signal in (
            visibility.signals_visible_to(user).filter(pk__in=signal_ids).select_related("phenomenon")
            if signal_ids
            else []
        )
    }
    return [
        {
            "notification": n,
            "sentence": notification_sentence(n),
            "signal": visible.get(n.signal_id),
            "risk_window": windows.get(n.risk_window_id),
            "gone": (bool(n.signal_id) and n.signal_id not in visible)
            or (bool(n.risk_window_id) and n.risk_window_id not in windows)
            or (bool(n.agreement_card_id) and n.agreement_card_id not in cards)
            or (bool(n.case_id) and n.case_id not in cases),
        }
        for n in notifications
    ]
