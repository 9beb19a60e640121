"""The words of the risk calendar (DOMAIN.md §9, seed 001 Vredestijd and 003 H3)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RiskKind(models.TextChoices):
    """What an entry of the risicokalender is about: moments known from the past, the present and what is coming —
    not from monitoring people (seed 003 H3)."""

    INCIDENT = "incident", _("Incident (anniversary dates)")
    SENTENCING = "sentencing", _("Announcement of a sentence or prosecution demand")
    RELEASE = "release", _("Release from prison")
    LOCAL_EVENT = "local_event", _("Local event (such as the fair)")
    KINGS_DAY = "kings_day", _("King's Day")
    NEW_YEAR = "new_year", _("New Year's Eve")
    SCHOOL_HOLIDAY = "school_holiday", _("School holidays")
    OTHER = "other", _("Other")


class RiskLevel(models.TextChoices):
    LOW = "low", _("low")
    ELEVATED = "elevated", _("elevated")
    HIGH = "high", _("high")


# Highest first: the order in which a day's or an area's level is decided.
LEVEL_RANK = {RiskLevel.LOW: 1, RiskLevel.ELEVATED: 2, RiskLevel.HIGH: 3}


class WindowRule(models.TextChoices):
    """Where a calendar item comes from: the entry's own date or period, or a window derived from it."""

    PERIOD = "period", _("The date or period itself")
    INCIDENT = "incident", _("Day of the incident")
    ANNIVERSARY_1 = "anniversary_1", _("Run-up to the first anniversary")
    ANNIVERSARY_2 = "anniversary_2", _("Run-up to the second anniversary")
    RELEASE = "release", _("First six months after release")
    SENTENCING = "sentencing", _("Around the announcement")


# The windows' lengths (riskcalendar/rules.py). Stored windows are recomputed when their entry changes, so these are
# constants of the product, not settings that would leave old windows behind.
ANNIVERSARY_DAYS_AFTER = 7  # "until just after" each anniversary
SENTENCING_DAYS_BEFORE = 7  # the default window around an announcement; each entry may set its own
SENTENCING_DAYS_AFTER = 28
