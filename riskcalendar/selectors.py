"""Reads of the risicokalender, always through the visibility core: the windows a user may see, laid out as a month,
a list, the current level per area, the case timeline and the calendar feed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.urls import reverse

from partners import visibility

from .constants import LEVEL_RANK
from .models import RiskWindow


def coming_four_weeks(today: dt.date) -> tuple[dt.date, dt.date]:
    """Today and the last day of "the coming four weeks" (28 days, today included): for "now", the digest and
    the list a digest opens."""
    return today, today + dt.timedelta(days=27)


def areas_visible_to(user) -> list[str]:
    """The areas of the entries the user sees, for the filters and the form's suggestions."""
    return list(visibility.risk_events_visible_to(user).order_by("area").values_list("area", flat=True).distinct())


def windows_for(
    user,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    area: str = "",
    kind: str = "",
    level: str = "",
) -> QuerySet[RiskWindow]:
    """The windows the user sees that overlap [start, end] (either may be open), filtered, in date order."""
    windows = visibility.risk_windows_visible_to(user)
    if start:
        windows = windows.filter(end_date__gte=start)
    if end:
        windows = windows.filter(start_date__lte=end)
    if area:
        windows = windows.filter(event__area__iexact=area)
    if kind:
        windows = windows.filter(event__kind=kind)
    if level:
        windows = windows.filter(event__risk_level=level)
    return windows.order_by("start_date", "end_date", "event__title", "pk")


def highest_level(windows) -> str:
    levels = [window.event.risk_level for window in windows]
    return max(levels, key=lambda level: LEVEL_RANK[level]) if levels else ""


def sort_by_level(windows) -> list[RiskWindow]:
    return sorted(windows, key=lambda window: (-LEVEL_RANK[window.event.risk_level], window.start_date))


@dataclass
class Day:
    date: dt.date
    in_month: bool
    is_today: bool
    level: str = ""
    starting: list = field(default_factory=list)  # windows that start this day (or run on from before the grid)
    running: int = 0  # windows covering the day without starting on it


def month_grid(windows: list[RiskWindow], month: dt.date, today: dt.date) -> list[list[Day]]:
    """The month as weeks of Monday to Sunday. Each day has the highest level of the windows covering it, the
    windows that start on it (on the first day shown: also those running on from before) and how many others run."""
    first, last = grid_bounds(month)
    weeks, week = [], []
    day = first
    while day <= last:
        covering = [window for window in windows if window.start_date <= day <= window.end_date]
        starting = [w for w in covering if w.start_date == day or (day == first and w.start_date < first)]
        week.append(
            Day(
                date=day,
                in_month=day.month == month.month,
                is_today=day == today,
                level=highest_level(covering),
                starting=sort_by_level(starting),
                running=len(covering) - len(starting),
            )
        )
        if len(week) == 7:
            weeks.append(week)
            week = []
        day += dt.timedelta(days=1)
    return weeks


def month_end(month: dt.date) -> dt.date:
    """The last day of ``month``'s month."""
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def grid_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday before the month's first day and the Sunday after its last: the days a month view shows."""
    first = month - dt.timedelta(days=month.weekday())
    last = month_end(month)
    return first, last + dt.timedelta(days=6 - last.weekday())


@dataclass
class AreaNow:
    area: str
    level: str = ""
    current: list = field(default_factory=list)
    upcoming: list = field(default_factory=list)

    @property
    def rank(self) -> int:
        return LEVEL_RANK.get(self.level, 0)


def levels_now(user, today: dt.date, *, kind: str = "", level: str = "") -> list[AreaNow]:
    """Per area: the highest level of the windows covering today, those windows, and the windows starting in the
    coming four weeks. Areas with the highest level first."""
    start, end = coming_four_weeks(today)
    windows = windows_for(user, start=start, end=end, kind=kind, level=level)
    areas: dict[str, AreaNow] = {}
    for window in windows:
        row = areas.setdefault(window.event.area.casefold(), AreaNow(area=window.event.area))
        if window.start_date <= today:
            row.current.append(window)
        else:
            row.upcoming.append(window)
    for row in areas.values():
        row.level = highest_level(row.current)
        row.current = sort_by_level(row.current)
    return sorted(areas.values(), key=lambda row: (-row.rank, row.area.casefold()))


def linked_cases(user, windows) -> dict:
    """Case id → case, for the cases linked to ``windows`` that the user takes part in (one query, none without)."""
    ids = {window.event.case_id for window in windows if window.event.case_id}
    if not ids:
        return {}
    return {case.pk: case for case in visibility.cases_visible_to(user).filter(pk__in=ids)}


def case_windows(user, case) -> list[RiskWindow]:
    """The windows of entries linked to ``case`` that the user sees: for the case timeline."""
    return list(visibility.risk_windows_visible_to(user).filter(event__case=case).order_by("start_date"))


def event_url(window: RiskWindow) -> str:
    return reverse("riskcalendar:event", args=[window.event_id])
