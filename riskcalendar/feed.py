"""The calendar feed (/calendar/<key>.ics): the windows the key's owner may see now, as all-day events that Outlook,
Google Calendar and Apple Calendar import.

What a feed holds leaves the product (it lands in someone's calendar, maybe on a phone), so it carries only what
plans a day: the kind of moment, the area, the risk level, where the window comes from and a link. Not the
entry's description, not a linked case, no person."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .selectors import event_url

PAST_DAYS = 90  # windows that ended longer ago are left out of the feed
FEED_REFRESH = dt.timedelta(hours=6)


def summary(window) -> str:
    event = window.event
    return _("Risk %(level)s – %(area)s: %(kind)s") % {
        "level": event.get_risk_level_display(),
        "area": event.area,
        "kind": event.get_kind_display(),
    }


def source_line(window) -> str:
    """Where the window comes from, e.g. "Run-up to the first anniversary of 12 March 2026"."""
    from django.utils.formats import date_format

    return _("%(rule)s (from the date %(date)s)") % {
        "rule": window.get_rule_display(),
        "date": date_format(window.event.start_date, "j F Y"),
    }


def build_feed(windows, *, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Samen Duiden//Risicokalender//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add("refresh-interval", FEED_REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", FEED_REFRESH)
    stamp = timezone.now()
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0] or "samenduiden"
    for window in windows:
        item = Event()
        item.add("uid", f"{window.pk}@{host}")
        item.add("dtstamp", stamp)
        item.add("last-modified", window.event.updated_at)
        item.add("dtstart", window.start_date)  # a date: an all-day event, the same day in every time zone
        item.add("dtend", window.end_date + dt.timedelta(days=1))  # iCalendar's end date is exclusive
        item.add("summary", summary(window))
        item.add("description", f"{source_line(window)}\n{settings.SITE_URL}{event_url(window)}")
        item.add("url", f"{settings.SITE_URL}{event_url(window)}")
        item.add("categories", [window.event.get_kind_display()])
        item.add("transp", "TRANSPARENT")  # a risk window does not make anyone busy
        item.add("class", "CONFIDENTIAL")
        calendar.add_component(item)
    return calendar.to_ical()
