"""Writes of the risicokalender (DOMAIN.md §9): entries, their derived windows, calendar feed tokens, and the alerts
and weekly digests the Celery beat jobs send.

Who sees an entry is the visibility core's (``partners.visibility``). These services check who may *change* what:
members of an OOV organisation keep entries of their network; the keeping organisation alone changes them. Every
change recomputes the entry's windows (riskcalendar/rules.py) in place."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.models import NotificationKind
from notifications.services import notify_organisations
from partners import visibility
from partners.models import Organisation, User

from . import rules
from .constants import SENTENCING_DAYS_AFTER, SENTENCING_DAYS_BEFORE, RiskKind, RiskLevel
from .models import (
    MAX_WINDOW_DAYS,
    CalendarFeedToken,
    RiskDigest,
    RiskEvent,
    RiskEventReader,
    RiskWindow,
    hash_feed_key,
)
from .selectors import coming_four_weeks

TITLE_MAX_LENGTH = 200
AREA_MAX_LENGTH = 100
TEXT_MAX_LENGTH = 10_000
# One day: an announcement and a release are a date, not a period.
SINGLE_DAY_KINDS = {RiskKind.SENTENCING, RiskKind.RELEASE}
# What a keeper writes; everything else of an entry is the product's.
EVENT_FIELDS = (
    "kind",
    "title",
    "start_date",
    "end_date",
    "area",
    "risk_level",
    "description",
    "case",
    "days_before",
    "days_after",
)
# Dates the calendar accepts: the incident's second anniversary and a release's six months must stay in range.
EARLIEST = dt.date(1990, 1, 1)
LATEST = dt.date(2100, 12, 31)


def _keeper_organisation(user: User) -> Organisation:
    if not visibility.can_keep_risk_calendar(user):
        raise ValidationError(_("Only the municipality's public-order organisation keeps the risk calendar."))
    return visibility.membership_of(user).organisation


def normalise_area(area: str) -> str:
    """One spelling per area, so that filters and the "now" view group it: spaces collapsed."""
    return re.sub(r"\s+", " ", area or "").strip()


def _clean(
    errors: dict,
    *,
    acting_user: User,
    network_id,
    keeper_id,
    kind,
    title,
    start_date,
    end_date,
    area,
    risk_level,
    description,
    case,
    organisations,
    days_before,
    days_after,
    check_case: bool = True,
) -> dict:
    title = (title or "").strip()
    if not title:
        errors.setdefault("title", []).append(_("Name the moment, for example 'Anniversary of the stabbing'."))
    elif len(title) > TITLE_MAX_LENGTH:
        errors.setdefault("title", []).append(
            _("Keep the title under %(count)d characters.") % {"count": TITLE_MAX_LENGTH}
        )
    if kind not in RiskKind.values:
        errors.setdefault("kind", []).append(_("Choose what kind of moment this is."))
    if risk_level not in RiskLevel.values:
        errors.setdefault("risk_level", []).append(_("Choose a risk level: low, elevated or high."))
    area = normalise_area(area)
    if not area:
        errors.setdefault("area", []).append(_("Name the area (wijk) it concerns."))
    elif len(area) > AREA_MAX_LENGTH:
        errors.setdefault("area", []).append(
            _("Keep the area under %(count)d characters.") % {"count": AREA_MAX_LENGTH}
        )
    description = (description or "").strip()
    if len(description) > TEXT_MAX_LENGTH:
        errors.setdefault("description", []).append(
            _("Keep this under %(count)d characters.") % {"count": TEXT_MAX_LENGTH}
        )
    if not isinstance(start_date, dt.date):
        errors.setdefault("start_date", []).append(_("Give the date."))
    elif not EARLIEST <= start_date <= LATEST:
        errors.setdefault("start_date", []).append(_("Give a date between 1990 and 2100."))
    if end_date is not None and isinstance(start_date, dt.date):
        if kind in SINGLE_DAY_KINDS:
            errors.setdefault("end_date", []).append(
                _("An announcement or a release is one day: leave the last day empty.")
            )
        elif end_date < start_date:
            errors.setdefault("end_date", []).append(_("The last day cannot be before the first day."))
        elif (end_date - start_date).days > MAX_WINDOW_DAYS:
            errors.setdefault("end_date", []).append(_("A period lasts at most a year."))
        elif end_date == start_date:
            end_date = None
    for field, value in (("days_before", days_before), ("days_after", days_after)):
        if not isinstance(value, int) or not 0 <= value <= MAX_WINDOW_DAYS:
            errors.setdefault(field, []).append(
                _("Give a number of days from 0 to %(count)d.") % {"count": MAX_WINDOW_DAYS}
            )
    # A case is checked when it is chosen: a case linked earlier stays linked when the keeper leaves it.
    if (
        check_case
        and case is not None
        and (case.network_id != network_id or not visibility.cases_visible_to(acting_user).filter(pk=case.pk).exists())
    ):
        errors.setdefault("case", []).append(_("Choose a case your organisation takes part in."))
    readers = list(dict.fromkeys(organisations))
    if any(organisation.network_id != network_id for organisation in readers):
        errors.setdefault("organisations", []).append(_("Choose organisations of your network."))
    readers = [organisation for organisation in readers if organisation.pk != keeper_id]
    return {
        "kind": kind,
        "title": title,
        "start_date": start_date,
        "end_date": end_date,
        "area": area,
        "risk_level": risk_level,
        "description": description,
        "case": case,
        "days_before": days_before,
        "days_after": days_after,
        "readers": readers,
    }


@transaction.atomic
def risk_event_create(
    *,
    acting_user: User,
    kind: str,
    title: str,
    start_date: dt.date,
    area: str,
    risk_level: str,
    end_date: dt.date | None = None,
    description: str = "",
    case=None,
    organisations: Iterable[Organisation] = (),
    days_before: int | None = None,
    days_after: int | None = None,
) -> RiskEvent:
    """A new entry kept by the user's OOV organisation, seen by ``organisations`` of the network; its windows are
    derived at once."""
    keeper = _keeper_organisation(acting_user)
    errors: dict[str, list[str]] = {}
    values = _clean(
        errors,
        acting_user=acting_user,
        network_id=keeper.network_id,
        keeper_id=keeper.pk,
        kind=kind,
        title=title,
        start_date=start_date,
        end_date=end_date,
        area=area,
        risk_level=risk_level,
        description=description,
        case=case,
        organisations=organisations,
        days_before=SENTENCING_DAYS_BEFORE if days_before is None else days_before,
        days_after=SENTENCING_DAYS_AFTER if days_after is None else days_after,
    )
    if errors:
        raise ValidationError(errors)
    readers = values.pop("readers")
    event = RiskEvent(network_id=keeper.network_id, organisation=keeper, created_by=acting_user, **values)
    event._history_user = acting_user
    event.save()
    _set_readers(event, readers, acting_user)
    sync_windows(event)
    return event


@transaction.atomic
def risk_event_update(*, event: RiskEvent, acting_user: User, **changes) -> RiskEvent:
    """Change an entry (its keeping organisation only); moving its date moves its windows. Fields left out of
    ``changes`` stay as they are; ``organisations`` replaces the readers."""
    keeper = _keeper_organisation(acting_user)
    if keeper.pk != event.organisation_id:
        raise ValidationError(_("Only the organisation that keeps this entry can change it."))
    # Two colleagues saving at once: the second waits for the first and changes what the first left.
    RiskEvent.objects.select_for_update().filter(pk=event.pk).first()
    event.refresh_from_db(fields=list(EVENT_FIELDS))
    unknown = set(changes) - {*EVENT_FIELDS, "organisations"}
    if unknown:
        raise TypeError(f"unknown fields {sorted(unknown)}")
    current = {field: getattr(event, field) for field in EVENT_FIELDS}
    current["organisations"] = list(event.organisations.all())
    current.update(changes)
    errors: dict[str, list[str]] = {}
    values = _clean(
        errors,
        acting_user=acting_user,
        network_id=event.network_id,
        keeper_id=keeper.pk,
        check_case="case" in changes and getattr(changes["case"], "pk", None) != event.case_id,
        **current,
    )
    if errors:
        raise ValidationError(errors)
    readers = values.pop("readers")
    for field, value in values.items():
        setattr(event, field, value)
    event._history_user = acting_user
    event.save(update_fields=[*EVENT_FIELDS, "updated_at"])
    if "organisations" in changes:
        _set_readers(event, readers, acting_user)
    sync_windows(event)
    return event


@transaction.atomic
def risk_event_delete(*, event: RiskEvent, acting_user: User) -> None:
    """Remove an entry with its windows (its keeping organisation only); the history keeps that it was removed."""
    keeper = _keeper_organisation(acting_user)
    if keeper.pk != event.organisation_id:
        raise ValidationError(_("Only the organisation that keeps this entry can remove it."))
    event._history_user = acting_user
    for reader in RiskEventReader.objects.filter(event=event):
        reader._history_user = acting_user
        reader.delete()
    event.delete()


def _set_readers(event: RiskEvent, readers: list[Organisation], acting_user: User) -> None:
    wanted = {organisation.pk for organisation in readers}
    for reader in RiskEventReader.objects.filter(event=event).exclude(organisation_id__in=wanted):
        reader._history_user = acting_user
        reader.delete()
    present = set(RiskEventReader.objects.filter(event=event).values_list("organisation_id", flat=True))
    for organisation in readers:
        if organisation.pk not in present:
            record = RiskEventReader(event=event, organisation=organisation)
            record._history_user = acting_user
            record.save()


def sync_windows(event: RiskEvent) -> list[RiskWindow]:
    """Make the stored windows of ``event`` what the rules derive: changed in place (an alert already sent for a
    window's start stays sent unless the start moves), created or removed as the kind asks."""
    specs = rules.derive_windows(
        kind=event.kind,
        start_date=event.start_date,
        end_date=event.end_date,
        days_before=event.days_before,
        days_after=event.days_after,
    )
    existing = {window.rule: window for window in RiskWindow.objects.filter(event=event)}
    RiskWindow.objects.filter(event=event).exclude(rule__in=[spec.rule for spec in specs]).delete()
    windows = []
    for spec in specs:
        window = existing.get(spec.rule)
        if window is None:
            window = RiskWindow.objects.create(
                event=event, rule=spec.rule, start_date=spec.start, end_date=spec.end, anchor_date=spec.anchor
            )
        else:
            # Only the dates: ``alerted_for`` is the alert job's, which may have just claimed this window.
            window.start_date, window.end_date, window.anchor_date = spec.start, spec.end, spec.anchor
            window.save(update_fields=["start_date", "end_date", "anchor_date"])
        windows.append(window)
    return windows


# --- the calendar feed ----------------------------------------------------------------------------------------


@transaction.atomic
def feed_token_create(*, user: User) -> str:
    """A new secret for the user's calendar feed (an earlier one stops working). Answers the key: shown once."""
    if visibility.membership_of(user) is None:
        raise ValidationError(_("You are not a member of an organisation."))
    key = secrets.token_urlsafe(32)
    CalendarFeedToken.objects.filter(user=user).delete()
    CalendarFeedToken.objects.create(user=user, key_hash=hash_feed_key(key))
    return key


def feed_token_revoke(*, user: User) -> int:
    deleted, _rows = CalendarFeedToken.objects.filter(user=user).delete()
    return deleted


def feed_user(key: str) -> User | None:
    """The active user whose feed ``key`` opens, or None (unknown, revoked, or an account switched off)."""
    if not key or len(key) > 100:
        return None
    token = CalendarFeedToken.objects.select_related("user").filter(key_hash=hash_feed_key(key)).first()
    if token is None or not token.user.is_active:
        return None
    CalendarFeedToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


# --- alerts -----------------------------------------------------------------------------------------------------


def send_window_alerts(today: dt.date | None = None) -> int:
    """Alert the organisations that see an entry when one of its windows has started (and has not ended): in-app and
    by e-mail, once per window start. A window is claimed with a conditional update inside the transaction that
    notifies, so two runs at the same time alert it once. Answers the number of windows alerted."""
    today = today or timezone.localdate()
    due = RiskWindow.objects.filter(start_date__lte=today, end_date__gte=today).filter(
        Q(alerted_for__isnull=True) | ~Q(alerted_for=F("start_date"))
    )
    alerted = 0
    for window in due.select_related("event").order_by("start_date"):
        with transaction.atomic():
            claimed = (
                RiskWindow.objects.filter(pk=window.pk, start_date=window.start_date)
                .filter(Q(alerted_for__isnull=True) | ~Q(alerted_for=window.start_date))
                .update(alerted_for=window.start_date)
            )
            if not claimed:
                continue
            notify_organisations(
                kind=NotificationKind.RISK_WINDOW,
                organisation_ids=visibility.organisations_seeing_risk_event(window.event),
                risk_window=window,
            )
            alerted += 1
    return alerted


def send_weekly_digests(today: dt.date | None = None) -> int:
    """Tell every organisation that sees windows in the coming four weeks about them, once per week (a digest row
    per organisation and week is the claim). Answers the number of organisations told."""
    today = today or timezone.localdate()
    week_start = today - dt.timedelta(days=today.weekday())
    today, until = coming_four_weeks(today)
    told = 0
    for organisation in Organisation.objects.filter(memberships__user__is_active=True).distinct():
        count = (
            visibility.risk_windows_visible_to_organisation(organisation)
            .filter(start_date__lte=until, end_date__gte=today)
            .count()
        )
        if not count:
            continue
        with transaction.atomic():
            _digest, created = RiskDigest.objects.get_or_create(
                organisation=organisation, week_start=week_start, defaults={"window_count": count}
            )
            if not created:
                continue
            notify_organisations(kind=NotificationKind.RISK_DIGEST, organisation_ids=[organisation.pk])
            told += 1
    return told
