"""The window rules of the risicokalender (seed 001 Vredestijd, seed 003 H3): pure date arithmetic in calendar days
of Europe/Amsterdam, end dates included."""

import datetime as dt

import pytest

from riskcalendar.constants import ANNIVERSARY_DAYS_AFTER, RiskKind, WindowRule
from riskcalendar.rules import derive_windows

D = dt.date


def _windows(**kwargs) -> dict:
    return {spec.rule: (spec.start, spec.end, spec.anchor) for spec in derive_windows(**kwargs)}


def test_an_incident_yields_its_day_and_the_run_up_to_both_anniversaries():
    windows = _windows(kind=RiskKind.INCIDENT, start_date=D(2026, 3, 12))
    assert windows == {
        WindowRule.INCIDENT: (D(2026, 3, 12), D(2026, 3, 12), D(2026, 3, 12)),
        WindowRule.ANNIVERSARY_1: (D(2027, 1, 12), D(2027, 3, 19), D(2027, 3, 12)),
        WindowRule.ANNIVERSARY_2: (D(2028, 1, 12), D(2028, 3, 19), D(2028, 3, 12)),
    }
    assert ANNIVERSARY_DAYS_AFTER == 7


def test_an_incident_on_29_february_has_its_anniversaries_on_28_february():
    windows = _windows(kind=RiskKind.INCIDENT, start_date=D(2028, 2, 29))
    assert windows[WindowRule.ANNIVERSARY_1] == (D(2028, 12, 28), D(2029, 3, 7), D(2029, 2, 28))
    assert windows[WindowRule.ANNIVERSARY_2] == (D(2029, 12, 28), D(2030, 3, 7), D(2030, 2, 28))


def test_an_anniversary_in_a_leap_year_counts_29_february():
    # 1 March 2027: the run-up to 1 March 2028 starts on 1 January and runs through 29 February.
    windows = _windows(kind=RiskKind.INCIDENT, start_date=D(2027, 3, 1))
    assert windows[WindowRule.ANNIVERSARY_1] == (D(2028, 1, 1), D(2028, 3, 8), D(2028, 3, 1))
    # 25 February 2027: a week after 25 February 2028 is 3 March, counting the leap day.
    windows = _windows(kind=RiskKind.INCIDENT, start_date=D(2027, 2, 25))
    assert windows[WindowRule.ANNIVERSARY_1] == (D(2027, 12, 25), D(2028, 3, 3), D(2028, 2, 25))


def test_two_months_before_a_day_that_month_lacks_is_its_last_day():
    windows = _windows(kind=RiskKind.INCIDENT, start_date=D(2026, 4, 30))
    assert windows[WindowRule.ANNIVERSARY_1][0] == D(2027, 2, 28)
    assert windows[WindowRule.ANNIVERSARY_2][0] == D(2028, 2, 29)  # 2028 is a leap year


def test_an_incident_over_several_days_marks_them_all_and_counts_anniversaries_from_the_first():
    windows = _windows(kind=RiskKind.INCIDENT, start_date=D(2026, 12, 31), end_date=D(2027, 1, 1))
    assert windows[WindowRule.INCIDENT] == (D(2026, 12, 31), D(2027, 1, 1), D(2026, 12, 31))
    assert windows[WindowRule.ANNIVERSARY_1] == (D(2027, 10, 31), D(2028, 1, 7), D(2027, 12, 31))


@pytest.mark.parametrize(
    ("release", "last_day"),
    [
        (D(2026, 3, 1), D(2026, 8, 31)),
        (D(2026, 8, 31), D(2027, 2, 27)),  # 28 February is the six-month mark: the window ends the day before
        (D(2027, 9, 1), D(2028, 2, 29)),  # across a leap day
        (D(2026, 10, 25), D(2027, 4, 24)),  # released on the night the clocks go back: calendar days all the same
    ],
)
def test_a_release_yields_the_first_six_months(release, last_day):
    assert _windows(kind=RiskKind.RELEASE, start_date=release) == {WindowRule.RELEASE: (release, last_day, release)}


def test_a_sentencing_window_is_around_the_announcement_with_its_own_length():
    announcement = D(2027, 3, 28)  # the day the clocks go forward
    assert _windows(kind=RiskKind.SENTENCING, start_date=announcement) == {
        WindowRule.SENTENCING: (D(2027, 3, 21), D(2027, 4, 25), announcement)
    }
    assert _windows(kind=RiskKind.SENTENCING, start_date=announcement, days_before=0, days_after=3) == {
        WindowRule.SENTENCING: (announcement, D(2027, 3, 31), announcement)
    }


@pytest.mark.parametrize(
    "kind", [RiskKind.LOCAL_EVENT, RiskKind.KINGS_DAY, RiskKind.NEW_YEAR, RiskKind.SCHOOL_HOLIDAY, RiskKind.OTHER]
)
def test_other_moments_are_their_own_date_or_period(kind):
    assert _windows(kind=kind, start_date=D(2026, 4, 27)) == {
        WindowRule.PERIOD: (D(2026, 4, 27), D(2026, 4, 27), D(2026, 4, 27))
    }
    assert _windows(kind=kind, start_date=D(2026, 12, 31), end_date=D(2027, 1, 1)) == {
        WindowRule.PERIOD: (D(2026, 12, 31), D(2027, 1, 1), D(2026, 12, 31))
    }
