"""Journey (issue 8): the OOV coordinator records an incident (shared with youth work) and a release (shared with the
police only) in the risk calendar, the kind chosen by keyboard; a form with an error keeps what was typed; the month
view shows the incident's derived windows, on a desk and on a phone. The youth worker sees the incident and never the
release; the police officer sees the release and never the incident.

Many strings of the risk calendar are not translated yet: elements are found by what was typed (titles, areas), by
Dutch text that is already in the catalogue, or by hrefs, names and CSS classes, never by English labels."""

import datetime as dt
import re

import pytest
from dateutil.relativedelta import relativedelta
from django.utils import timezone
from playwright.sync_api import expect

from partners.models import Organisation
from riskcalendar.models import RiskEvent

from .conftest import DESKTOP_VIEWPORT, PHONE_VIEWPORT, screenshot

pytestmark = pytest.mark.e2e

INCIDENT = "Schietincident bij de sporthal"
INCIDENT_AREA = "Oost"
INCIDENT_TEXT = "Na het schietincident worden online nog steeds beelden van de sporthal gedeeld."
RELEASE = "Vrijlating na detentie (zaak sporthal)"
RELEASE_AREA = "West"

OOV = "Gemeente Voorbeeld, Openbare Orde en Veiligheid"
POLICE = "Politie basisteam Voorbeeld"
YOUTH_WORK = "Jongerenwerk Voorbeeld"

CALENDAR = "/risicokalender/"
ENTRY_URL = re.compile(r"/risicokalender/[0-9a-f-]{36}/$")


def _log_out(page):
    page.locator("header form[action$='/accounts/logout/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))


def _nav(page, name):
    page.locator("nav.app-nav").get_by_role("link", name=name, exact=True).click()


def _tab(page, href):
    """One of the calendar's views (month, list, now per area) from the tabs under the title."""
    page.locator(f"ul.app-tabs a.app-tabs__link[href='{href}']").click()
    page.wait_for_url(re.compile(rf"{re.escape(href)}(\?.*)?$"))
    expect(page.locator(f"ul.app-tabs a[href='{href}']")).to_have_attribute("aria-current", "page")


def _no_horizontal_overflow(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at phone width"


def _day(page, date: dt.date):
    return page.locator(f"table.app-month td.app-month__day:has(time[datetime='{date.isoformat()}'])")


def _month(date: dt.date) -> str:
    return date.strftime("%Y-%m")


def _submit(page):
    page.locator("main form.app-form button[type=submit]").click()


def test_coordinator_records_an_incident_and_a_release_and_partners_see_what_is_shared(
    page, live_server, demo_data, login, request
):
    today = timezone.localdate()
    # An incident eight months ago: its first anniversary's run-up starts in two months (after the run-up of the demo
    # incident has ended, and within the list's default three months), the second a year later.
    incident_day = today.replace(day=15) - relativedelta(months=8)
    first_anniversary = incident_day + relativedelta(years=1)
    second_anniversary = incident_day + relativedelta(years=2)
    run_up_1 = first_anniversary - relativedelta(months=2)
    run_up_2 = second_anniversary - relativedelta(months=2)
    release_day = today - dt.timedelta(days=10)
    youth_work = Organisation.objects.get(name=YOUTH_WORK)
    police = Organisation.objects.get(name=POLICE)

    # 1. The OOV coordinator opens the risk calendar from the main navigation and starts a new entry.
    login("oov-coordinator")
    _nav(page, "Risicokalender")
    page.wait_for_url(re.compile(rf"{CALENDAR}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Risicokalender")
    expect(page.locator("ul.app-tabs a[href='/risicokalender/']")).to_have_attribute("aria-current", "page")
    page.locator("main a[href='/risicokalender/nieuw/']").click()
    page.wait_for_url(re.compile(r"/risicokalender/nieuw/$"))
    form = page.locator("main form.app-form")
    expect(form).to_be_visible()

    # The kind by keyboard: Tab from the back link to the first radio, Space ticks it, Tab goes on to the title.
    incident_radio = form.locator("input[name=kind][value=incident]")
    title = form.locator("input[name=title]")
    page.locator(f"main a[href='{CALENDAR}']").first.focus()
    page.keyboard.press("Tab")
    expect(incident_radio).to_be_focused()
    page.keyboard.press("Space")
    expect(incident_radio).to_be_checked()
    page.keyboard.press("Tab")
    expect(title).to_be_focused()
    page.keyboard.type(INCIDENT)
    form.locator("input[name=start_date]").fill(incident_day.isoformat())
    form.locator("input[name=area]").fill(INCIDENT_AREA)
    form.locator("input[name=risk_level][value=high]").check()
    form.locator("textarea[name=description]").fill(INCIDENT_TEXT)
    form.get_by_role("checkbox", name=re.compile(rf"^{re.escape(YOUTH_WORK)}")).check()
    expect(form.get_by_role("checkbox", name=re.compile(rf"^{re.escape(POLICE)}"))).not_to_be_checked()
    _submit(page)
    page.wait_for_url(ENTRY_URL)

    incident = RiskEvent.objects.get(title=INCIDENT)
    assert (incident.kind, incident.start_date, incident.area, incident.risk_level) == (
        "incident",
        incident_day,
        INCIDENT_AREA,
        "high",
    )
    assert incident.organisation.name == OOV
    assert list(incident.organisations.all()) == [youth_work]
    assert sorted((w.rule, w.start_date, w.end_date) for w in incident.windows.all()) == [
        ("anniversary_1", run_up_1, first_anniversary + dt.timedelta(days=7)),
        ("anniversary_2", run_up_2, second_anniversary + dt.timedelta(days=7)),
        ("incident", incident_day, incident_day),
    ]

    # 2. The entry page: the day itself and the two run-ups, each with a link to its month; who sees it.
    assert page.url.endswith(f"/risicokalender/{incident.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(INCIDENT)
    main = page.locator("main")
    expect(main.locator(".app-risk--high").first).to_be_visible()
    expect(main).to_contain_text(INCIDENT_AREA)
    expect(main).to_contain_text(INCIDENT_TEXT)
    expect(main).to_contain_text(YOUTH_WORK)
    windows = page.locator("ol.app-windows > li.app-window")
    expect(windows).to_have_count(3)
    for index, start in enumerate((incident_day, run_up_1, run_up_2)):
        expect(windows.nth(index).locator("time")).to_have_attribute("datetime", start.isoformat())
        expect(windows.nth(index).locator(f"a[href='{CALENDAR}?maand={_month(start)}']")).to_be_visible()
    screenshot(page, request, "01-incident-vastgelegd")
    page.set_viewport_size(PHONE_VIEWPORT)
    _no_horizontal_overflow(page)
    screenshot(page, request, "01-incident-vastgelegd-telefoon")
    page.set_viewport_size(DESKTOP_VIEWPORT)

    # 3. A release, seen by the police only. With a last day it is refused, and nothing typed is lost.
    _nav(page, "Risicokalender")
    page.locator("main a[href='/risicokalender/nieuw/']").click()
    form = page.locator("main form.app-form")
    release_radio = form.locator("input[name=kind][value=release]")
    form.locator("input[name=kind][value=incident]").focus()
    page.keyboard.press("ArrowDown")  # the announcement of a sentence
    page.keyboard.press("ArrowDown")  # the release
    expect(release_radio).to_be_checked()
    expect(release_radio).to_be_focused()
    form.locator("input[name=title]").fill(RELEASE)
    form.locator("input[name=start_date]").fill(release_day.isoformat())
    form.locator("input[name=end_date]").fill((release_day + dt.timedelta(days=3)).isoformat())
    form.locator("input[name=area]").fill(RELEASE_AREA)
    form.locator("input[name=risk_level][value=elevated]").check()
    form.get_by_role("checkbox", name=re.compile(rf"^{re.escape(POLICE)}")).check()
    _submit(page)
    expect(page.locator("#id_end_date-error")).to_be_visible()
    expect(form.locator("input[name=end_date]")).to_have_attribute("aria-invalid", "true")
    assert not RiskEvent.objects.filter(title=RELEASE).exists()
    expect(form.locator("input[name=title]")).to_have_value(RELEASE)
    expect(form.locator("input[name=start_date]")).to_have_value(release_day.isoformat())
    expect(form.locator("input[name=area]")).to_have_value(RELEASE_AREA)
    expect(release_radio).to_be_checked()
    expect(form.locator("input[name=risk_level][value=elevated]")).to_be_checked()
    expect(form.get_by_role("checkbox", name=re.compile(rf"^{re.escape(POLICE)}"))).to_be_checked()
    expect(form.get_by_role("checkbox", name=re.compile(rf"^{re.escape(YOUTH_WORK)}"))).not_to_be_checked()
    screenshot(page, request, "02-vrijlating-met-fout")
    page.set_viewport_size(PHONE_VIEWPORT)
    _no_horizontal_overflow(page)
    screenshot(page, request, "02-vrijlating-met-fout-telefoon")
    page.set_viewport_size(DESKTOP_VIEWPORT)
    form.locator("input[name=end_date]").fill("")
    _submit(page)
    page.wait_for_url(ENTRY_URL)

    release = RiskEvent.objects.get(title=RELEASE)
    assert (release.kind, release.start_date, release.end_date) == ("release", release_day, None)
    assert list(release.organisations.all()) == [police]
    release_window = release.windows.get()
    assert (release_window.rule, release_window.start_date) == ("release", release_day)
    assert release_window.end_date == release_day + relativedelta(months=6) - dt.timedelta(days=1)
    expect(page.get_by_role("heading", level=1)).to_have_text(RELEASE)
    expect(page.locator("ol.app-windows > li.app-window")).to_have_count(1)
    expect(page.locator("li.app-window--running")).to_have_count(1)  # running today
    screenshot(page, request, "03-vrijlating-vastgelegd")

    # 4. The list of the coming months holds both; from there to the incident and on to its first run-up's month.
    _nav(page, "Risicokalender")
    _tab(page, "/risicokalender/lijst/")
    table = page.locator("table.app-risk-table")
    expect(table.get_by_role("link", name=INCIDENT).first).to_be_visible()
    expect(table.get_by_role("link", name=RELEASE).first).to_be_visible()
    screenshot(page, request, "04-lijst")
    table.get_by_role("link", name=INCIDENT).first.click()
    page.wait_for_url(re.compile(rf"/risicokalender/{incident.pk}/$"))
    page.locator(f"ol.app-windows a[href='{CALENDAR}?maand={_month(run_up_1)}']").click()
    page.wait_for_url(re.compile(rf"\?maand={_month(run_up_1)}$"))
    expect(page.locator("#month-heading")).to_contain_text(str(run_up_1.year))
    start_cell = _day(page, run_up_1)
    expect(start_cell).to_have_class(re.compile(r"\bapp-month__day--high\b"))
    expect(start_cell.get_by_role("link", name=INCIDENT)).to_be_visible()
    expect(start_cell.locator(".app-month__item--high")).to_have_count(1)
    # The day before the run-up is only as high as the release (and the demo entries) make it.
    expect(_day(page, run_up_1 - dt.timedelta(days=1)).get_by_role("link", name=INCIDENT)).to_have_count(0)
    expect(page.locator("table.app-risk-table").get_by_role("link", name=INCIDENT).first).to_be_visible()
    # Seven equal columns on a desk.
    widths = (
        page.locator("table.app-month tbody tr")
        .first.locator("td")
        .evaluate_all("cells => cells.map(cell => Math.round(cell.getBoundingClientRect().width))")
    )
    assert len(widths) == 7 and max(widths) - min(widths) <= 1, widths
    screenshot(page, request, "05-maand-bureau")

    page.set_viewport_size(PHONE_VIEWPORT)
    _no_horizontal_overflow(page)
    expect(page.locator("table.app-month thead")).not_to_be_in_viewport()
    expect(start_cell).to_be_visible()
    expect(start_cell.locator(".app-month__weekday")).to_be_visible()
    expect(start_cell.get_by_role("link", name=INCIDENT)).to_be_visible()
    screenshot(page, request, "06-maand-telefoon")
    page.set_viewport_size(DESKTOP_VIEWPORT)

    # Printed: the month without navigation, tabs, filters or the links to other months.
    page.emulate_media(media="print")
    expect(page.locator("nav.app-nav")).to_be_hidden()
    expect(page.locator("ul.app-tabs")).to_be_hidden()
    expect(page.locator("form.app-filters")).to_be_hidden()
    expect(page.locator(".app-month-nav a[rel=next]")).to_be_hidden()
    expect(page.locator("#month-heading")).to_be_visible()
    expect(start_cell.get_by_role("link", name=INCIDENT)).to_be_visible()
    screenshot(page, request, "07-maand-afdruk")
    page.emulate_media(media="screen")

    # 5. Now per area: the release runs today in its area.
    _tab(page, "/risicokalender/nu/")
    west = page.locator("ul.app-areas > li.app-area", has=page.get_by_role("heading", name=re.compile(RELEASE_AREA)))
    expect(west).to_have_class(re.compile(r"\bapp-area--elevated\b"))
    expect(west.get_by_role("link", name=RELEASE)).to_be_visible()
    expect(west.locator("h3 .app-risk--elevated")).to_be_visible()
    screenshot(page, request, "08-nu-per-wijk")
    page.set_viewport_size(PHONE_VIEWPORT)
    _no_horizontal_overflow(page)
    screenshot(page, request, "09-nu-per-wijk-telefoon")
    page.set_viewport_size(DESKTOP_VIEWPORT)
    _log_out(page)

    # 6. The youth worker sees the incident (shared with youth work), never the release.
    login("jongerenwerk1")
    _nav(page, "Risicokalender")
    expect(page.locator("main a[href='/risicokalender/nieuw/']")).to_have_count(0)  # only OOV keeps the calendar
    _tab(page, "/risicokalender/lijst/")
    table = page.locator("table.app-risk-table")
    expect(table.get_by_role("link", name=INCIDENT).first).to_be_visible()
    expect(page.locator("main")).not_to_contain_text(RELEASE)
    expect(page.locator(f"a[href*='{release.pk}']")).to_have_count(0)
    page.set_viewport_size(PHONE_VIEWPORT)
    _no_horizontal_overflow(page)
    screenshot(page, request, "11-jongerenwerk-lijst-telefoon")
    page.set_viewport_size(DESKTOP_VIEWPORT)
    table.get_by_role("link", name=INCIDENT).first.click()
    page.wait_for_url(re.compile(rf"/risicokalender/{incident.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(INCIDENT)
    expect(page.locator("ol.app-windows > li.app-window")).to_have_count(3)
    expect(page.locator(f"main a[href='/risicokalender/{incident.pk}/bewerken/']")).to_have_count(0)
    # On a phone, the month of the second run-up lists only the days that matter: none before the run-up starts.
    page.locator(f"ol.app-windows a[href='{CALENDAR}?maand={_month(run_up_2)}']").click()
    page.wait_for_url(re.compile(rf"\?maand={_month(run_up_2)}$"))
    page.set_viewport_size(PHONE_VIEWPORT)
    _no_horizontal_overflow(page)
    expect(_day(page, run_up_2)).to_be_visible()
    expect(_day(page, run_up_2).get_by_role("link", name=INCIDENT)).to_be_visible()
    quiet = page.locator("td.app-month__day--quiet:not(.app-month__day--today)")
    assert quiet.count() > 0
    expect(quiet.first).to_be_hidden()
    expect(page.locator("main")).not_to_contain_text(RELEASE)
    screenshot(page, request, "12-jongerenwerk-maand-telefoon")
    page.set_viewport_size(DESKTOP_VIEWPORT)
    response = page.goto(f"{live_server.url}/risicokalender/{release.pk}/")
    assert response.status == 404
    expect(page.locator(".app-error-code")).to_have_text("Fout 404")
    assert RELEASE not in page.content()
    _log_out(page)

    # 7. The police officer sees the release (shared with the police), never the incident.
    login("politie1")
    _nav(page, "Risicokalender")
    _tab(page, "/risicokalender/lijst/")
    table = page.locator("table.app-risk-table")
    expect(table.get_by_role("link", name=RELEASE).first).to_be_visible()
    expect(page.locator("main")).not_to_contain_text(INCIDENT)
    table.get_by_role("link", name=RELEASE).first.click()
    page.wait_for_url(re.compile(rf"/risicokalender/{release.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(RELEASE)
    response = page.goto(f"{live_server.url}/risicokalender/{incident.pk}/")
    assert response.status == 404
