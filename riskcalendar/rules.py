"""The windows the product derives from an entry of the risicokalender (seed 001 Vredestijd, seed 003 H3).

- an incident: emotions peak from about two months before the "jubileumdata" in the first and second year after
  it, so each of the two anniversaries gets a window from two months before until just after it;
- a release from prison: the first six months;
- the announcement of a sentence or prosecution demand: a window around the announcement, of a length chosen per
  entry;
- anything else (a local event, King's Day, New Year's Eve, school holidays): its own date or period.

All dates are calendar days in Europe/Amsterdam, end dates included. An anniversary of 29 February falls on
28 February in a year without one (``relativedelta``), and a window "two months before" a day that month lacks
starts on that month's last day. Pure functions: no database, so the rules are tested on their own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from .constants import ANNIVERSARY_DAYS_AFTER, SENTENCING_DAYS_AFTER, SENTENCING_DAYS_BEFORE, RiskKind, WindowRule

ANNIVERSARY_RUN_UP = relativedelta(months=2)
RELEASE_WINDOW = relativedelta(months=6)


@dataclass(frozen=True)
class WindowSpec:
    rule: str
    start: dt.date
    end: dt.date  # included
    anchor: dt.date  # the date of the entry it comes from (an anniversary: the anniversary itself)


def anniversary(date: dt.date, years: int) -> dt.date:
    return date + relativedelta(years=years)


def derive_windows(
    *,
    kind: str,
    start_date: dt.date,
    end_date: dt.date | None = None,
    days_before: int | None = None,
    days_after: int | None = None,
) -> list[WindowSpec]:
    """The calendar items of an entry, in date order."""
    end_date = end_date or start_date
    if kind == RiskKind.INCIDENT:
        after = dt.timedelta(days=ANNIVERSARY_DAYS_AFTER)
        windows = [WindowSpec(WindowRule.INCIDENT, start_date, end_date, start_date)]
        for years, rule in ((1, WindowRule.ANNIVERSARY_1), (2, WindowRule.ANNIVERSARY_2)):
            day = anniversary(start_date, years)
            windows.append(WindowSpec(rule, day - ANNIVERSARY_RUN_UP, day + after, day))
        return windows
    if kind == RiskKind.RELEASE:
        return [
            WindowSpec(WindowRule.RELEASE, start_date, start_date + RELEASE_WINDOW - dt.timedelta(days=1), start_date)
        ]
    if kind == RiskKind.SENTENCING:
        before = SENTENCING_DAYS_BEFORE if days_before is None else days_before
        after = SENTENCING_DAYS_AFTER if days_after is None else days_after
        return [
            WindowSpec(
                WindowRule.SENTENCING,
                start_date - dt.timedelta(days=before),
                start_date + dt.timedelta(days=after),
                start_date,
            )
        ]
    return [WindowSpec(WindowRule.PERIOD, start_date, end_date, start_date)]
