"""Alerts when a window starts, the weekly digest, and the calendar feed: who is told, once, in Amsterdam's days; what
the feed holds (read back with the ``icalendar`` library) and that a revoked key answers 404."""

import datetime as dt
import zoneinfo

import pytest
import time_machine
from django.core import mail
from icalendar import Calendar

from notifications.models import Notification, NotificationKind
from notifications.selectors import render_notifications
from riskcalendar import services
from riskcalendar.models import CalendarFeedToken, RiskDigest, RiskWindow
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
SECRET_TITLE = "GEHEIM-TITEL-5b2e"
SECRET_TEXT = "GEHEIM-BESCHRIJVING-a41f"


def _recipients(kind=NotificationKind.RISK_WINDOW) -> set:
    return set(Notification.objects.filter(kind=kind).values_list("recipient__username", flat=True))


def _members(*organisations) -> set:
    return {m.user.username for o in organisations for m in o.memberships.select_related("user")}


# --- alerts when a window starts -----------------------------------------------------------------------------------


def test_a_starting_window_alerts_the_organisations_that_see_it_once(
    calendar, eager_celery, django_capture_on_commit_callbacks
):
    event = calendar.entry(
        kind="release",
        title=SECRET_TITLE,
        description=SECRET_TEXT,
        start_date=dt.date(2027, 2, 1),
        organisations=[calendar.youth_org],
    )
    keeper = event.organisation
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_window_alerts(dt.date(2027, 1, 31)) == 0  # not started yet
        assert services.send_window_alerts(dt.date(2027, 2, 1)) == 1
        assert services.send_window_alerts(dt.date(2027, 2, 1)) == 0  # the same day again
        assert services.send_window_alerts(dt.date(2027, 2, 2)) == 0  # and the next
    assert _recipients() == _members(keeper, calendar.youth_org)
    assert len(mail.outbox) == len(_members(keeper, calendar.youth_org))
    for message in mail.outbox:
        assert SECRET_TITLE not in message.body and SECRET_TEXT not in message.body
        assert "/meldingen/" in message.body
    # In the bell the reader sees the window with its entry, at its own sight now.
    [item] = render_notifications(calendar.youth, Notification.objects.filter(recipient=calendar.youth))
    assert item["risk_window"].event.title == SECRET_TITLE and not item["gone"]


def test_a_window_moved_to_a_later_start_is_alerted_again(calendar):
    event = calendar.entry(kind="release", start_date=dt.date(2027, 2, 1))
    assert services.send_window_alerts(dt.date(2027, 2, 1)) == 1
    services.risk_event_update(event=event, acting_user=calendar.oov, start_date=dt.date(2027, 3, 1))
    assert services.send_window_alerts(dt.date(2027, 2, 15)) == 0
    assert services.send_window_alerts(dt.date(2027, 3, 1)) == 1
    assert RiskWindow.objects.get(event=event).alerted_for == dt.date(2027, 3, 1)


def test_a_window_entered_while_it_runs_is_alerted_the_next_morning_and_an_ended_one_never(calendar):
    calendar.entry(kind="release", start_date=dt.date(2027, 1, 1))
    calendar.entry(kind="local_event", start_date=dt.date(2026, 12, 1))
    assert services.send_window_alerts(dt.date(2027, 2, 10)) == 1  # the release runs until 30 June


def test_a_reader_taken_off_is_not_alerted_and_no_longer_reads_the_alert(calendar):
    event = calendar.entry(kind="release", start_date=dt.date(2027, 2, 1), organisations=[calendar.youth_org])
    services.risk_event_update(event=event, acting_user=calendar.oov, organisations=[calendar.police_org])
    services.send_window_alerts(dt.date(2027, 2, 1))
    assert calendar.youth.username not in _recipients()
    assert calendar.police.username in _recipients()
    services.risk_event_update(event=event, acting_user=calendar.oov, organisations=[])
    [item] = render_notifications(calendar.police, Notification.objects.filter(recipient=calendar.police))
    assert item["gone"] and item["risk_window"] is None


def test_today_is_the_day_in_amsterdam_across_daylight_saving_time(calendar):
    # 28 March 2027 is the night the clocks go forward. At 23:30 UTC on the 27th it is already 00:30 on the 28th
    # in Amsterdam (CET, UTC+1); at 22:30 UTC it is still the 27th.
    calendar.entry(kind="local_event", start_date=dt.date(2027, 3, 28))
    with time_machine.travel(dt.datetime(2027, 3, 27, 22, 30, tzinfo=dt.UTC), tick=False):
        assert services.send_window_alerts() == 0
    with time_machine.travel(dt.datetime(2027, 3, 27, 23, 30, tzinfo=dt.UTC), tick=False):
        assert services.send_window_alerts() == 1
    # Summer time (UTC+2): 22:30 UTC on 30 October 2027 is 00:30 on the 31st, the night the clocks go back.
    calendar.entry(kind="local_event", start_date=dt.date(2027, 10, 31))
    with time_machine.travel(dt.datetime(2027, 10, 30, 21, 30, tzinfo=dt.UTC), tick=False):
        assert services.send_window_alerts() == 0
    with time_machine.travel(dt.datetime(2027, 10, 30, 22, 30, tzinfo=dt.UTC), tick=False):
        assert services.send_window_alerts() == 1


def test_the_beat_jobs_run_at_seven_in_amsterdam_in_winter_and_in_summer():
    from django.conf import settings

    from config.celery import app

    schedule = settings.CELERY_BEAT_SCHEDULE["risk-window-alerts"]
    assert schedule["task"] == "riskcalendar.tasks.send_risk_window_alerts"
    assert app.conf.timezone == "Europe/Amsterdam"
    crontab = schedule["schedule"]
    crontab.app = app
    # As beat does: after the last run, look every quarter of an hour whether the job is due.
    for last_run, expected_utc in (
        (dt.datetime(2027, 3, 27, 7, 0, tzinfo=AMSTERDAM), dt.datetime(2027, 3, 28, 5, 0, tzinfo=dt.UTC)),  # to CEST
        (dt.datetime(2027, 10, 30, 7, 0, tzinfo=AMSTERDAM), dt.datetime(2027, 10, 31, 6, 0, tzinfo=dt.UTC)),  # to CET
    ):
        instant = last_run.astimezone(dt.UTC)
        while True:
            instant += dt.timedelta(minutes=15)
            with time_machine.travel(instant, tick=False):
                if crontab.is_due(last_run).is_due:
                    break
        assert instant == expected_utc
    digest = settings.CELERY_BEAT_SCHEDULE["risk-weekly-digest"]
    assert digest["task"] == "riskcalendar.tasks.send_risk_digests"
    assert digest["schedule"].day_of_week == {1}  # Mondays


# --- the weekly digest ---------------------------------------------------------------------------------------------


def test_the_weekly_digest_goes_once_a_week_to_organisations_with_windows_coming(
    calendar, eager_celery, django_capture_on_commit_callbacks
):
    monday = dt.date(2027, 2, 1)
    calendar.entry(title=SECRET_TITLE, start_date=monday + dt.timedelta(days=20), organisations=[calendar.youth_org])
    calendar.entry(start_date=monday + dt.timedelta(days=40), organisations=[calendar.police_org])  # too far ahead
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_weekly_digests(monday) == 2  # the keeper and youth work
        assert services.send_weekly_digests(monday + dt.timedelta(days=2)) == 0  # the same week
    keeper = calendar.oov.membership.organisation
    assert _recipients(NotificationKind.RISK_DIGEST) == _members(keeper, calendar.youth_org)
    assert set(RiskDigest.objects.values_list("organisation", "week_start")) == {
        (keeper.pk, monday),
        (calendar.youth_org.pk, monday),
    }
    assert all(SECRET_TITLE not in message.body for message in mail.outbox)
    assert services.send_weekly_digests(monday + dt.timedelta(days=7)) == 2  # next week again


def test_opening_a_digest_shows_the_coming_four_weeks(client, calendar):
    calendar.entry(start_date=dt.date(2027, 2, 10), organisations=[calendar.youth_org])
    services.send_weekly_digests(dt.date(2027, 2, 1))
    notification = Notification.objects.get(recipient=calendar.youth)
    with time_machine.travel(dt.datetime(2027, 2, 1, 9, tzinfo=AMSTERDAM)):
        client.force_login(calendar.youth)
        Notification.objects.filter(pk=notification.pk).update(created_at=dt.datetime(2027, 2, 1, 7, tzinfo=AMSTERDAM))
        response = client.get(f"/meldingen/{notification.pk}/")
    assert response["Location"] == "/risicokalender/lijst/?van=2027-02-01&tot=2027-02-28"


# --- the calendar feed ---------------------------------------------------------------------------------------------


def _feed(client, key) -> Calendar:
    response = client.get(f"/calendar/{key}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Cache-Control"] == "no-store, private"
    return Calendar.from_ical(response.content)


def test_the_feed_holds_the_windows_its_owner_may_see_as_all_day_events(client, calendar):
    with time_machine.travel(dt.datetime(2027, 1, 15, 12, tzinfo=AMSTERDAM)):
        incident = calendar.entry(
            kind="incident",
            title=SECRET_TITLE,
            description=SECRET_TEXT,
            area="Centrum",
            risk_level="high",
            start_date=dt.date(2026, 3, 12),
            organisations=[calendar.youth_org],
        )
        calendar.entry(kind="release", title="Alleen politie", start_date=dt.date(2027, 2, 1))
        key = services.feed_token_create(user=calendar.youth)
        feed = _feed(client, key)
    events = feed.walk("VEVENT")
    # The incident day lies more than 90 days back; the two anniversaries' windows are in, the OOV-only release not.
    assert [(e.decoded("dtstart"), e.decoded("dtend")) for e in events] == [
        (dt.date(2027, 1, 12), dt.date(2027, 3, 20)),  # the end is exclusive: the window runs through 19 March
        (dt.date(2028, 1, 12), dt.date(2028, 3, 20)),
    ]
    assert str(events[0]["summary"]) == "Risico hoog – Centrum: Incident (jubileumdata)"
    assert "Aanloop naar de eerste jubileumdatum" in str(events[0]["description"])
    assert f"/risicokalender/{incident.pk}/" in str(events[0]["url"])
    assert len({str(e["uid"]) for e in events}) == 2
    body = feed.to_ical().decode()
    assert SECRET_TITLE not in body and SECRET_TEXT not in body
    assert str(feed["x-wr-timezone"]) == "Europe/Amsterdam"


def test_a_revoked_or_replaced_key_answers_404_and_nothing_else(client, calendar):
    calendar.entry(organisations=[calendar.youth_org])
    first = services.feed_token_create(user=calendar.youth)
    assert client.get(f"/calendar/{first}.ics").status_code == 200
    second = services.feed_token_create(user=calendar.youth)
    response = client.get(f"/calendar/{first}.ics")
    assert response.status_code == 404 and b"VCALENDAR" not in response.content
    assert client.get(f"/calendar/{second}.ics").status_code == 200
    services.feed_token_revoke(user=calendar.youth)
    assert client.get(f"/calendar/{second}.ics").status_code == 404
    assert not CalendarFeedToken.objects.exists()


def test_the_key_is_stored_only_as_a_hash_and_a_switched_off_account_gets_nothing(client, calendar):
    key = services.feed_token_create(user=calendar.youth)
    assert not CalendarFeedToken.objects.filter(key_hash=key).exists()
    assert CalendarFeedToken.objects.get(user=calendar.youth).key_hash != key
    calendar.youth.is_active = False
    calendar.youth.save()
    assert client.get(f"/calendar/{key}.ics").status_code == 404


def test_the_profile_page_makes_and_revokes_the_feed_address(client, calendar):
    client.force_login(calendar.youth)
    response = client.post("/accounts/profile/", {"feed": "create"})
    assert response.status_code == 200
    url = response.context["new_feed_url"]
    assert url.startswith("http://testserver/calendar/") and url.endswith(".ics")
    assert url in response.content.decode()
    assert client.get(url.removeprefix("http://testserver")).status_code == 200
    page = client.get("/accounts/profile/").content.decode()
    assert url not in page  # shown once
    client.post("/accounts/profile/", {"feed": "revoke"})
    assert client.get(url.removeprefix("http://testserver")).status_code == 404


def test_a_user_without_an_organisation_gets_no_feed_address(client):
    operator = MembershipFactory().user
    operator.membership.delete()
    client.force_login(operator)
    assert not client.get("/accounts/profile/").context["has_feed"]
    client.post("/accounts/profile/", {"feed": "create"})
    assert not CalendarFeedToken.objects.exists()
