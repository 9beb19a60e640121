"""Reads of the start page and the network overview. Everything is asked through partners/visibility.py; the
overview's numbers are aggregated in the database (GROUP BY), a fixed handful of queries whatever the number of
signals, and never a loop over signal rows in Python.

Signals are counted as two disjoint sets: the ones the user's organisation owns (``visibility.own_signals``) and the
ones partners shared with it (``visibility.signals_shared_with``, which leaves out our own). Together they are exactly
``visibility.signals_visible_to``, each asked along its own index. Practice signals are never counted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import connection
from django.db.models import (
    Aggregate,
    Case,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Lower, TruncWeek
from django.utils import timezone

from interventions.constants import InterventionStatus, Phase
from partners import visibility
from riskcalendar import selectors as risk_selectors
from riskcalendar.constants import LEVEL_RANK, RiskLevel
from signals.constants import ActionStatus, Platform
from signals.models import Action, Phenomenon, Share
from signals.selectors import ACUTE_FIRST_ORDERING, actions_due, signals_awaiting_my_review

START_PAGE_ROWS = 10  # items per list on the start page
NEW_SHARE_DAYS = 14  # a share is "new" on the start page for two weeks
ACTIONS_DUE_DAYS = 7  # actions due within a week (and every overdue one)
STRIP_WEEKS = 8  # the risk strip of the overview: this week and the seven after
OPEN_ACTION_STATUSES = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


# --- who may see the overview ---------------------------------------------------------------------------------


def can_see_network_overview(user) -> bool:
    """Coordinators: the team lead of an organisation (Membership role coordinator) and the network coordinator
    (regisseur). They see the numbers of what their own organisation may see, nothing more."""
    membership = visibility.membership_of(user)
    return membership is not None and (membership.is_coordinator or membership.is_network_coordinator)


# --- my start page ---------------------------------------------------------------------------------------------


def start_page(user, today: dt.date | None = None) -> dict:
    """What waits for the user, the cases of their organisation and the risk windows of the coming four weeks: one
    query per list, each cut to a few rows."""
    today = today or timezone.localdate()
    membership = visibility.membership_of(user)
    if membership is None:
        return {}
    since = timezone.now() - dt.timedelta(days=NEW_SHARE_DAYS)
    now = timezone.now()
    recent_share = Share.objects.filter(
        signal_id=OuterRef("pk"),
        organisation_id=membership.organisation_id,
        revoked_at__isnull=True,
        created_at__gte=since,
    ).filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
    new_shares = list(
        visibility.signals_shared_with(user)
        .filter(Exists(recent_share), is_practice=False)
        .annotate(shared_at=Subquery(recent_share.order_by("-created_at").values("created_at")[:1]))
        .select_related("phenomenon")
        .order_by(*ACUTE_FIRST_ORDERING)[:START_PAGE_ROWS]
    )
    acute_own = list(
        visibility.own_signals(user)
        .filter(acute_open=True, is_practice=False)
        .select_related("phenomenon")
        .order_by(*ACUTE_FIRST_ORDERING)[:START_PAGE_ROWS]
    )
    acute_shared = list(
        visibility.signals_shared_with(user)
        .filter(acute_open=True, is_practice=False)
        .select_related("phenomenon")
        .order_by(*ACUTE_FIRST_ORDERING)[:START_PAGE_ROWS]
    )
    acute = sorted(acute_own + acute_shared, key=lambda signal: signal.created_at, reverse=True)[:START_PAGE_ROWS]
    due = list(
        actions_due(user=user).filter(
            due_date__isnull=False, due_date__lte=today + dt.timedelta(days=ACTIONS_DUE_DAYS)
        )[:START_PAGE_ROWS]
    )
    start, end = risk_selectors.coming_four_weeks(today)
    return {
        "awaiting_review": list(signals_awaiting_my_review(user=user).select_related("phenomenon")[:START_PAGE_ROWS]),
        "actions_due": due,
        "new_shares": new_shares,
        "acute": acute,
        "cases": list(visibility.cases_visible_to(user).order_by("-updated_at")[:START_PAGE_ROWS]),
        "risk_windows": list(risk_selectors.windows_for(user, start=start, end=end)[: START_PAGE_ROWS * 2]),
        "risk_until": end,
        "today": today,
    }


# --- the network overview ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """The days counted, both included, and the weeks (Mondays) they fall in."""

    start: dt.date
    end: dt.date

    @property
    def weeks(self) -> list[dt.date]:
        monday = self.start - dt.timedelta(days=self.start.weekday())
        weeks = []
        while monday <= self.end:
            weeks.append(monday)
            monday += dt.timedelta(days=7)
        return weeks

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """The period as aware datetimes, [start 00:00, the day after the end 00:00) in local time."""
        zone = timezone.get_current_timezone()
        start = dt.datetime.combine(self.start, dt.time.min, tzinfo=zone)
        end = dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
        return start, end


def last_weeks(weeks: int, today: dt.date) -> Period:
    """The last ``weeks`` weeks: from the Monday ``weeks - 1`` weeks before this week's, until today."""
    monday = today - dt.timedelta(days=today.weekday())
    return Period(start=monday - dt.timedelta(weeks=weeks - 1), end=today)


def _counted_signals(user, period: Period):
    """The two disjoint sets of signals the user's organisation may see, logged in ``period``, practice left out."""
    start, end = period.bounds()
    window = {"created_at__gte": start, "created_at__lt": end, "is_practice": False}
    return visibility.own_signals(user).filter(**window), visibility.signals_shared_with(user).filter(**window)


def signal_counts(user, period: Period) -> dict[tuple, int]:
    """{(week Monday, phenomenon id, platform): count} of the signals the user's organisation may see. Two GROUP BY
    queries (own and shared with us), whose few result rows are added up."""
    counts: dict[tuple, int] = {}
    for signals in _counted_signals(user, period):
        rows = (
            signals.order_by()
            .annotate(week=TruncWeek("created_at"))
            .values("week", "phenomenon_id", "platform")
            .annotate(count=Count("pk"))
            .values_list("week", "phenomenon_id", "platform", "count")
        )
        for week, phenomenon_id, platform, count in rows:
            key = (_as_date(week), phenomenon_id, platform or "")
            counts[key] = counts.get(key, 0) + count
    return counts


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def series(counts: dict[tuple, int], weeks: list[dt.date], index: int) -> dict[object, list[int]]:
    """Per category (``index`` 1: phenomenon id, 2: platform) the counts per week, in the order of ``weeks``."""
    position = {week: number for number, week in enumerate(weeks)}
    result: dict[object, list[int]] = {}
    for key, count in counts.items():
        row = result.setdefault(key[index], [0] * len(weeks))
        if key[0] in position:
            row[position[key[0]]] += count
    return result


def weekly_totals(counts: dict[tuple, int], weeks: list[dt.date]) -> list[int]:
    totals = dict.fromkeys(weeks, 0)
    for key, count in counts.items():
        if key[0] in totals:
            totals[key[0]] += count
    return [totals[week] for week in weeks]


def phenomenon_names() -> dict:
    """{id: name} of the online phenomena (reference data, a few dozen rows)."""
    return dict(Phenomenon.objects.order_by("position", "name").values_list("id", "name"))


def platform_names() -> dict:
    return {value: str(label) for value, label in Platform.choices}


class Median(Aggregate):
    function = "PERCENTILE_CONT"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


SPEED_BUCKETS = (("hour", dt.timedelta(hours=1)), ("day", dt.timedelta(days=1)), ("week", dt.timedelta(days=7)))


def sharing_speed(user, period: Period) -> dict:
    """Of the signals the user's organisation logged in ``period``: how many it shared with a partner (shares are
    seen by their owner only, so only our own signals), and how soon after logging the first share was made: one
    aggregate query."""
    own, _shared = _counted_signals(user, period)
    delay = ExpressionWrapper(F("first_share") - F("created_at"), output_field=DurationField())
    aggregates = {
        "total": Count("pk"),
        "shared": Count("pk", filter=Q(first_share__isnull=False)),
    }
    previous = None
    for name, limit in SPEED_BUCKETS:
        condition = Q(first_share__isnull=False, delay__lte=limit)
        if previous is not None:
            condition &= Q(delay__gt=previous)
        aggregates[name] = Count("pk", filter=condition)
        previous = limit
    aggregates["later"] = Count("pk", filter=Q(first_share__isnull=False, delay__gt=previous))
    if connection.vendor == "postgresql":
        aggregates["median_seconds"] = Median(
            _epoch(F("delay")), filter=Q(first_share__isnull=False), output_field=FloatField()
        )
    # The first share per signal as a grouped join (one pass over the shares), not a correlated subquery: PostgreSQL
    # would flatten that into the outer count and run it once per filter (5 s on the benchmark's largest reader).
    result = (
        own.order_by().annotate(first_share=Min("shares__created_at")).annotate(delay=delay).aggregate(**aggregates)
    )
    result.setdefault("median_seconds", None)
    result["not_shared"] = result["total"] - result["shared"]
    return result


def _epoch(expression):
    from django.db.models import Func

    return Func(expression, template="EXTRACT(EPOCH FROM %(expressions)s)", output_field=FloatField())


def cases_per_phase(user) -> dict[str, int]:
    """The cases the user's organisation takes part in, per phase (now)."""
    rows = visibility.cases_visible_to(user).order_by().values("phase").annotate(count=Count("pk"))
    counts = dict.fromkeys(Phase.values, 0)
    counts.update({row["phase"]: row["count"] for row in rows})
    return counts


def interventions_per_phase_and_status(user) -> dict[str, dict[str, int]]:
    """{phase: {status: count}} of the interventions the user may see (now)."""
    rows = (
        visibility.interventions_visible_to(user)
        .order_by()
        .values("phase", "status")
        .annotate(count=Count("pk"))
        .values_list("phase", "status", "count")
    )
    table = {phase: dict.fromkeys(InterventionStatus.values, 0) for phase in Phase.values}
    for phase, status, count in rows:
        if phase in table and status in table[phase]:
            table[phase][status] += count
    return table


def open_actions(user, today: dt.date) -> list[dict]:
    """Per executing organisation: the open actions (planned or in progress) the user's organisation sees, how many
    are overdue and how many are due within a week; one GROUP BY."""
    soon = today + dt.timedelta(days=ACTIONS_DUE_DAYS)
    rows = (
        Action.objects.filter(
            visibility.actions_visible_q(user), status__in=OPEN_ACTION_STATUSES, signal__is_practice=False
        )
        .order_by()
        .values("executing_organisation__name")
        .annotate(
            open=Count("pk"),
            overdue=Count("pk", filter=Q(due_date__lt=today)),
            due_soon=Count("pk", filter=Q(due_date__gte=today, due_date__lte=soon)),
        )
        .order_by("-overdue", "-open", "executing_organisation__name")
    )
    return [
        {
            "organisation": row["executing_organisation__name"],
            **{key: row[key] for key in ("open", "overdue", "due_soon")},
        }
        for row in rows
    ]


def risk_strip(user, today: dt.date, *, area: str = "", weeks: int = STRIP_WEEKS) -> tuple[list[dt.date], list[dict]]:
    """The highest risk level per area in each of the coming ``weeks`` weeks (this one first), of the windows the
    user's organisation sees: one GROUP BY over the windows, one conditional maximum per week."""
    monday = today - dt.timedelta(days=today.weekday())
    mondays = [monday + dt.timedelta(weeks=number) for number in range(weeks)]
    last = mondays[-1] + dt.timedelta(days=6)
    rank = Case(
        *[When(event__risk_level=level, then=Value(LEVEL_RANK[level])) for level in RiskLevel.values],
        default=Value(0),
        output_field=IntegerField(),
    )
    per_week = {
        f"w{number}": Max(
            rank,
            filter=Q(start_date__lte=week + dt.timedelta(days=6), end_date__gte=week),
        )
        for number, week in enumerate(mondays)
    }
    rows = (
        risk_selectors.windows_for(user, start=monday, end=last, area=area)
        .order_by()
        .values(area_key=Lower("event__area"))
        .annotate(area=Min("event__area"), **per_week)
        .order_by("area_key")
    )
    levels_by_rank = {value: key for key, value in LEVEL_RANK.items()}
    strip = [
        {
            "area": row["area"],
            "levels": [str(levels_by_rank.get(row[f"w{number}"] or 0, "")) for number in range(weeks)],
        }
        for row in rows
    ]
    return mondays, strip
