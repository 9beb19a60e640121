"""The risicokalender: who keeps and who sees entries, derived windows that move with their entry, the pages, and
the case timeline. Against the real database; pages through the test client."""

import datetime as dt
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.html import escape

from interventions import services as case_services
from partners import visibility
from riskcalendar import services
from riskcalendar.models import RiskEvent, RiskEventReader, RiskWindow

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def _rules(event) -> dict:
    return {w.rule: (w.start_date, w.end_date) for w in RiskWindow.objects.filter(event=event)}


# --- keeping and seeing -----------------------------------------------------------------------------------------


def test_only_oov_members_keep_the_calendar(calendar):
    for user in (calendar.youth, calendar.police, calendar.school):
        with pytest.raises(ValidationError):
            calendar.entry(acting_user=user)
    assert not RiskEvent.objects.exists()
    event = calendar.entry(organisations=[calendar.youth_org])
    assert event.organisation == calendar.oov.membership.organisation
    assert event.network == calendar.oov.membership.organisation.network


def test_an_entry_is_seen_by_its_keeper_and_the_organisations_chosen(calendar):
    event = calendar.entry(organisations=[calendar.youth_org])
    seeing = {"oov": True, "oov_colleague": True, "youth": True, "police": False, "school": False}
    for name, sees in seeing.items():
        user = getattr(calendar, name)
        assert visibility.risk_events_visible_to(user).filter(pk=event.pk).exists() is sees, name
        assert visibility.risk_windows_visible_to(user).filter(event=event).exists() is sees, name
    assert not visibility.risk_events_visible_to(calendar.other_network_oov).exists()
    keeper = visibility.get_risk_event_for_user(calendar.oov_colleague, event.pk)
    assert keeper.is_keeper
    assert not visibility.get_risk_event_for_user(calendar.youth, event.pk).is_keeper
    assert sorted(visibility.organisations_seeing_risk_event(event), key=str) == sorted(
        [event.organisation_id, calendar.youth_org.pk], key=str
    )


def test_readers_must_be_of_the_network_and_the_keeper_is_not_a_reader(calendar):
    other = calendar.other_network_oov.membership.organisation
    with pytest.raises(ValidationError) as error:
        calendar.entry(organisations=[other])
    assert "organisations" in error.value.message_dict
    event = calendar.entry(organisations=[calendar.oov.membership.organisation, calendar.police_org])
    assert list(RiskEventReader.objects.filter(event=event).values_list("organisation", flat=True)) == [
        calendar.police_org.pk
    ]


def test_bad_input_gets_a_message_per_field(calendar):
    with pytest.raises(ValidationError) as error:
        calendar.entry(
            kind="release",
            title=" ",
            area="",
            risk_level="extreme",
            end_date=TODAY() + dt.timedelta(days=40),
            days_before=400,
        )
    assert set(error.value.message_dict) == {"title", "area", "risk_level", "end_date", "days_before"}
    with pytest.raises(ValidationError) as error:
        calendar.entry(kind="local_event", end_date=TODAY())
    assert "end_date" in error.value.message_dict  # before the first day
    with pytest.raises(ValidationError) as error:
        calendar.entry(kind="unknown", start_date=dt.date(1980, 1, 1))
    assert set(error.value.message_dict) == {"kind", "start_date"}


def test_a_case_can_be_linked_only_by_a_participant(calendar):
    youth_case = case_services.case_create(acting_user=calendar.youth, title="Twee groepen")
    with pytest.raises(ValidationError) as error:
        calendar.entry(case=youth_case)
    assert "case" in error.value.message_dict
    oov_case = case_services.case_create(
        acting_user=calendar.oov, title="Twee groepen", organisations=[calendar.police_org]
    )
    event = calendar.entry(case=oov_case, organisations=[calendar.youth_org, calendar.police_org])
    assert event.case == oov_case


def test_areas_are_spelled_one_way(calendar):
    event = calendar.entry(area="  Centrum   Oost ")
    assert event.area == "Centrum Oost"


# --- windows move with their entry -------------------------------------------------------------------------------


def test_moving_the_date_moves_the_windows_in_place(calendar):
    event = calendar.entry(kind="incident", start_date=dt.date(2026, 3, 12))
    before = {w.rule: w.pk for w in event.windows.all()}
    RiskWindow.objects.filter(event=event, rule="anniversary_1").update(alerted_for=dt.date(2027, 1, 12))
    services.risk_event_update(event=event, acting_user=calendar.oov_colleague, start_date=dt.date(2026, 4, 30))
    assert _rules(event) == {
        "incident": (dt.date(2026, 4, 30), dt.date(2026, 4, 30)),
        "anniversary_1": (dt.date(2027, 2, 28), dt.date(2027, 5, 7)),
        "anniversary_2": (dt.date(2028, 2, 29), dt.date(2028, 5, 7)),
    }
    assert {w.rule: w.pk for w in event.windows.all()} == before  # the same items, moved
    # The alert went out for the old start; the new start will be alerted again.
    assert RiskWindow.objects.get(event=event, rule="anniversary_1").alerted_for == dt.date(2027, 1, 12)


def test_changing_the_kind_replaces_the_windows(calendar):
    event = calendar.entry(kind="incident", start_date=dt.date(2026, 3, 12))
    services.risk_event_update(event=event, acting_user=calendar.oov, kind="release")
    assert _rules(event) == {"release": (dt.date(2026, 3, 12), dt.date(2026, 9, 11))}
    services.risk_event_update(event=event, acting_user=calendar.oov, kind="sentencing", days_before=2, days_after=5)
    assert _rules(event) == {"sentencing": (dt.date(2026, 3, 10), dt.date(2026, 3, 17))}


def test_only_the_keeping_organisation_changes_or_removes_an_entry(calendar):
    event = calendar.entry(organisations=[calendar.youth_org])
    for user in (calendar.youth, calendar.other_network_oov):
        with pytest.raises(ValidationError):
            services.risk_event_update(event=event, acting_user=user, title="Anders")
        with pytest.raises(ValidationError):
            services.risk_event_delete(event=event, acting_user=user)
    services.risk_event_update(event=event, acting_user=calendar.oov, organisations=[calendar.police_org])
    assert not visibility.risk_events_visible_to(calendar.youth).exists()
    assert visibility.risk_events_visible_to(calendar.police).exists()
    event_id = event.pk
    services.risk_event_delete(event=event, acting_user=calendar.oov_colleague)
    assert not RiskEvent.objects.exists()
    assert not RiskWindow.objects.exists()
    # The history keeps who added, changed and removed it.
    assert [h.history_type for h in RiskEvent.history.filter(id=event_id).order_by("history_date")] == ["+", "~", "-"]
    assert RiskEvent.history.filter(id=event_id, history_type="-").get().history_user == calendar.oov_colleague


# --- pages ----------------------------------------------------------------------------------------------------


def test_the_form_keeps_what_was_typed_and_says_what_is_wrong(client, calendar):
    client.force_login(calendar.oov)
    data = {
        "kind": "release",
        "title": "Vrijlating in Noord",
        "start_date": "2026-12-01",
        "end_date": "2026-12-05",
        "area": "Noord",
        "risk_level": "elevated",
        "days_before": "7",
        "days_after": "28",
        "organisations": [str(calendar.police_org.pk)],
    }
    response = client.post("/risicokalender/nieuw/", data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Vrijlating in Noord" in body
    assert "één dag" in body  # the release has no last day
    [ticked] = re.findall(r'<input type="checkbox" name="organisations"[^>]*checked[^>]*>', body)
    assert str(calendar.police_org.pk) in ticked
    assert not RiskEvent.objects.exists()
    response = client.post("/risicokalender/nieuw/", {**data, "end_date": "", "start_date": "31-02-2026"})
    assert response.status_code == 400
    assert not RiskEvent.objects.exists()
    response = client.post("/risicokalender/nieuw/", {**data, "end_date": ""})
    event = RiskEvent.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/risicokalender/{event.pk}/"
    assert _rules(event) == {"release": (dt.date(2026, 12, 1), dt.date(2027, 5, 31))}


def test_the_entry_page_shows_the_windows_and_tells_readers_nothing_about_other_readers(client, calendar):
    event = calendar.entry(kind="incident", start_date=dt.date(2026, 3, 12), organisations=[calendar.youth_org])
    client.force_login(calendar.oov)
    body = client.get(f"/risicokalender/{event.pk}/").content.decode()
    assert "12 januari 2027" in body and "19 maart 2027" in body  # the first anniversary's window
    assert "Jongerenwerk" in body  # the keeper sees who sees it
    assert f"/risicokalender/{event.pk}/bewerken/" in body
    client.force_login(calendar.youth)
    body = client.get(f"/risicokalender/{event.pk}/").content.decode()
    assert "12 januari 2027" in body
    assert f"/risicokalender/{event.pk}/bewerken/" not in body
    assert escape(calendar.oov.get_full_name()) not in body  # no professional of another organisation
    assert client.get(f"/risicokalender/{event.pk}/bewerken/").status_code == 404
    client.force_login(calendar.police)
    assert client.get(f"/risicokalender/{event.pk}/").status_code == 404


def test_the_month_shows_each_window_where_it_starts_and_the_level_of_each_day(client, calendar):
    calendar.entry(
        kind="incident",
        title="Steekpartij",
        start_date=dt.date(2026, 3, 12),
        risk_level="high",
        organisations=[calendar.youth_org],
    )
    calendar.entry(
        kind="release", title="Ontslag uit de inrichting", start_date=dt.date(2027, 1, 20), risk_level="elevated"
    )
    client.force_login(calendar.youth)
    response = client.get("/risicokalender/?maand=2027-01")
    weeks = response.context["weeks"]
    days = {day.date: day for week in weeks for day in week}
    assert days[dt.date(2027, 1, 12)].level == "high"
    assert [w.rule for w in days[dt.date(2027, 1, 12)].starting] == ["anniversary_1"]
    assert days[dt.date(2027, 1, 11)].level == ""
    assert not any(day.starting for day in days.values() if day.date != dt.date(2027, 1, 12))
    assert "Ontslag uit de inrichting" not in response.content.decode()  # kept for the OOV organisation only
    client.force_login(calendar.oov)
    response = client.get("/risicokalender/?maand=2027-01&level=elevated")
    assert [row["window"].rule for row in response.context["rows"]] == ["release"]


def test_the_list_filters_by_period_area_kind_and_level(client, calendar):
    calendar.entry(title="Kermis Zuid", area="Zuid", start_date=dt.date(2027, 5, 1))
    calendar.entry(title="Kermis Noord", area="Noord", start_date=dt.date(2027, 6, 1), risk_level="high")
    client.force_login(calendar.oov)

    def titles(query):
        response = client.get(f"/risicokalender/lijst/?{query}")
        return [row["event"].title for row in response.context["rows"]]

    assert titles("van=2027-04-01&tot=2027-07-01") == ["Kermis Zuid", "Kermis Noord"]
    assert titles("van=2027-04-01&tot=2027-05-15") == ["Kermis Zuid"]
    # Areas are chosen from the list, as spelled; another is an error on the form and filters nothing.
    assert client.get("/risicokalender/lijst/?van=2027-04-01&tot=2027-07-01&area=noord").status_code == 400
    assert titles("van=2027-04-01&tot=2027-07-01&area=Noord") == ["Kermis Noord"]
    assert titles("van=2027-04-01&tot=2027-07-01&level=high") == ["Kermis Noord"]
    assert titles("van=2027-04-01&tot=2027-07-01&kind=release") == []
    response = client.get("/risicokalender/lijst/?van=2027-07-01&tot=2027-04-01")
    assert response.status_code == 400
    assert "niet vóór" in response.content.decode() or "voor het begin" in response.content.decode()


def test_now_gives_the_highest_level_per_area_today_and_what_comes(client, calendar):
    today = TODAY()
    calendar.entry(title="Kermis", area="Zuid", start_date=today - dt.timedelta(days=1), end_date=today)
    calendar.entry(title="Uitspraak", kind="sentencing", area="Zuid", start_date=today + dt.timedelta(days=3))
    calendar.entry(title="Vrijlating", kind="release", area="Noord", start_date=today + dt.timedelta(days=20))
    calendar.entry(title="Later", area="West", start_date=today + dt.timedelta(days=40))
    client.force_login(calendar.oov)
    areas = client.get("/risicokalender/nu/").context["areas"]
    # Zuid: the sentencing window started four days ago (7 days before the announcement), and the fair runs.
    assert [(row.area, row.level) for row in areas] == [("Zuid", "low"), ("Noord", "")]
    assert sorted(w.event.title for w in areas[0].current) == ["Kermis", "Uitspraak"]
    assert [w.event.title for w in areas[1].upcoming] == ["Vrijlating"]


def test_the_case_timeline_holds_the_windows_its_reader_sees(client, calendar):
    case = case_services.case_create(
        acting_user=calendar.oov, title="Twee groepen", organisations=[calendar.police_org, calendar.youth_org]
    )
    calendar.entry(kind="incident", title="Steekpartij", start_date=dt.date(2026, 3, 12), case=case)
    client.force_login(calendar.oov)
    timeline = client.get(f"/casussen/{case.pk}/").context["timeline"]
    assert [e.title for e in timeline if e.kind == "risk"] == ["Risicokalender: Steekpartij"] * 3
    client.force_login(calendar.police)  # takes part in the case, does not see the entry
    timeline = client.get(f"/casussen/{case.pk}/").context["timeline"]
    assert [e for e in timeline if e.kind == "risk"] == []


def test_a_linked_case_is_shown_only_to_its_participants(client, calendar):
    case = case_services.case_create(acting_user=calendar.oov, title="Casus Centrum", organisations=[])
    event = calendar.entry(case=case, organisations=[calendar.youth_org])
    client.force_login(calendar.oov)
    assert "Casus Centrum" in client.get(f"/risicokalender/{event.pk}/").content.decode()
    client.force_login(calendar.youth)
    for url in (f"/risicokalender/{event.pk}/", f"/risicokalender/?maand={event.start_date:%Y-%m}"):
        assert "Casus Centrum" not in client.get(url).content.decode()


@pytest.mark.parametrize("url", ["/risicokalender/", "/risicokalender/lijst/", "/risicokalender/nu/"])
def test_calendar_views_take_the_same_number_of_queries_for_many_entries(
    client, calendar, url, django_assert_max_num_queries
):
    case = case_services.case_create(acting_user=calendar.oov, title="Casus", organisations=[calendar.youth_org])
    client.force_login(calendar.youth)
    today = TODAY()

    def add(count):
        for n in range(count):
            calendar.entry(
                kind=["incident", "release", "sentencing", "local_event"][n % 4],
                title=f"Moment {n}",
                start_date=today - dt.timedelta(days=330) + dt.timedelta(days=n * 3),
                case=case if n % 2 else None,
                organisations=[calendar.youth_org],
            )

    add(2)
    client.get(url)  # warm the session
    with django_assert_max_num_queries(12) as small:
        client.get(url)
    add(30)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)


def test_an_entry_stays_editable_when_its_keeper_left_the_linked_case(calendar):
    oov_org = calendar.oov.membership.organisation
    case = case_services.case_create(acting_user=calendar.youth, title="Twee groepen", organisations=[oov_org])
    event = calendar.entry(case=case)
    case_services.case_update(case=case, acting_user=calendar.youth, organisations=[])
    services.risk_event_update(event=event, acting_user=calendar.oov, title="Jubileum")
    event.refresh_from_db()
    assert (event.title, event.case) == ("Jubileum", case)
    other = calendar.entry()
    with pytest.raises(ValidationError) as error:
        services.risk_event_update(event=other, acting_user=calendar.oov, case=case)  # chosen now: checked
    assert "case" in error.value.message_dict


def test_the_entry_page_takes_the_same_number_of_queries_however_long_its_history(
    client, calendar, django_assert_max_num_queries
):
    case = case_services.case_create(acting_user=calendar.oov, title="Casus", organisations=[calendar.youth_org])
    event = calendar.entry(kind="incident", case=case, organisations=[calendar.youth_org, calendar.police_org])
    client.force_login(calendar.oov)
    url = f"/risicokalender/{event.pk}/"
    client.get(url)
    with django_assert_max_num_queries(15) as small:
        client.get(url)
    for n in range(25):
        services.risk_event_update(event=event, acting_user=calendar.oov, title=f"Moment {n}", area=f"Wijk {n}")
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert len(response.context["history"]) == 20
    assert set(response.context["history"][0]["changed"]) == {"titel", "gebied"}
