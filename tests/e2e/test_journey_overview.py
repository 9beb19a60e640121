"""Journey (issue 11): a youth worker opens their start page and sees what waits for them, with no way to the
network overview; the youth-work team lead and the OOV network coordinator open the network overview from the main
navigation, read a chart's numbers as a table by keyboard, change the period, get a clear message for a period
that ends before it starts, and download a chart's numbers as CSV. Every page fits a phone without scrolling sideways.

Set OVERVIEW_SHOTS=/some/folder to save full-page screenshots of both pages on a desk and on a phone
(``conftest.look``)."""

import csv
import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from partners.models import Membership, Organisation
from signals import sharing
from signals.models import Phenomenon, Signal
from tests.factories import SignalFactory

from .conftest import PHONE_VIEWPORT, look

pytestmark = pytest.mark.e2e

SHOTS = os.environ.get("OVERVIEW_SHOTS", "")
YOUTH_WORK = "Jongerenwerk Voorbeeld"
OOV = "Gemeente Voorbeeld, Openbare Orde en Veiligheid"
SHARE = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig voor de duiding."}


def _log_out(page):
    page.locator("header form[action$='/accounts/logout/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))


def _no_horizontal_overflow(page):
    page.set_viewport_size(PHONE_VIEWPORT)
    page.wait_for_timeout(100)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    page.set_viewport_size({"width": 1280, "height": 800})
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at phone width"


def _spread_over_weeks():
    """The demo's signals were all logged just now: spread them, and forty more of youth work (a quarter shared with
    the OOV), over the last twelve weeks, so the charts have weeks to show."""
    youth = Organisation.objects.get(name=YOUTH_WORK)
    oov = Organisation.objects.get(name=OOV)
    author = Membership.objects.filter(organisation=youth).select_related("user").first().user
    phenomena = list(Phenomenon.objects.order_by("position")[:5])
    platforms = ["instagram", "tiktok", "snapchat", "telegram", "whatsapp", "x"]
    now = timezone.now()
    for number in range(40):
        signal = SignalFactory(
            owner_organisation=youth,
            created_by=author,
            phenomenon=phenomena[number % len(phenomena)],
            platform=platforms[(number * 7) % len(platforms)],
        )
        if number % 4 == 0:
            sharing.share_create(signal=signal, acting_user=author, organisation=oov, level="summary", **SHARE)
    for number, pk in enumerate(Signal.objects.order_by("pk").values_list("pk", flat=True)):
        Signal.objects.filter(pk=pk).update(created_at=now - dt.timedelta(days=(number * 5) % 84, hours=number % 7))


def test_start_page_and_network_overview(page, live_server, demo_data, login):
    _spread_over_weeks()

    # A youth worker: what waits for them; no network overview in the navigation, and none behind its address.
    login("jongerenwerk1")
    expect(page.get_by_role("heading", level=2, name="Wat wacht op mij")).to_be_visible()
    for heading in ("Acute signalen", "Wacht op uw meekijken", "Nieuw bij ons"):
        expect(page.get_by_role("heading", level=3, name=re.compile(heading))).to_be_visible()
    expect(page.get_by_role("heading", name="Casussen van mijn organisatie")).to_be_visible()
    expect(page.get_by_role("heading", name="Risicokalender: de komende vier weken")).to_be_visible()
    expect(page.locator("nav.app-nav").get_by_role("link", name="Netwerkoverzicht")).to_have_count(0)
    _no_horizontal_overflow(page)
    look(page, SHOTS, "01-startpagina-jongerenwerker")
    assert page.goto(f"{live_server.url}/overzicht/").status == 404
    page.goto(f"{live_server.url}/")
    _log_out(page)

    # The youth-work team lead: the overview from the navigation, with their organisation's signals.
    login("jongerenwerk-coordinator")
    look(page, SHOTS, "02-startpagina-teamleider")
    page.locator("nav.app-nav").get_by_role("link", name="Netwerkoverzicht", exact=True).click()
    page.wait_for_url(re.compile(r"/overzicht/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Netwerkoverzicht")
    expect(page.locator("nav.app-nav a[aria-current='page']")).to_have_text("Netwerkoverzicht")
    assert page.locator("svg.app-chart").count() >= 6
    week_chart = page.locator("section#signalen-per-week")
    expect(week_chart.locator("svg.app-chart")).to_be_visible()

    # The numbers of a chart as a table, opened with the keyboard.
    summary = week_chart.locator("details summary")
    summary.focus()
    page.keyboard.press("Enter")
    table = week_chart.locator("details table")
    expect(table).to_be_visible()
    counted = sum(int(cell) for cell in table.locator("tbody td").all_inner_texts())
    assert counted == Signal.objects.filter(owner_organisation__name=YOUTH_WORK, is_practice=False).count() + (
        Signal.objects.filter(shares__organisation__name=YOUTH_WORK, shares__revoked_at__isnull=True)
        .exclude(owner_organisation__name=YOUTH_WORK)
        .filter(created_at__gte=timezone.now() - dt.timedelta(weeks=13), is_practice=False)
        .distinct()
        .count()
    )
    _no_horizontal_overflow(page)
    look(page, SHOTS, "03-netwerkoverzicht-teamleider")

    # A longer period, chosen from the list.
    page.locator("select[name=weeks]").select_option("52")
    page.locator("form.app-overview-filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"weeks=52"))
    expect(page.locator("select[name=weeks]")).to_have_value("52")

    # A period that ends before it starts: a clear message at the field, the overview still there.
    page.locator("input[name=van]").fill("2026-05-01")
    page.locator("input[name=tot]").fill("2026-04-01")
    page.locator("form.app-overview-filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"tot=2026-04-01"))
    expect(page.locator("#form-errors")).to_be_visible()
    expect(page.locator("#id_tot-error")).to_contain_text("Het einde van de periode kan niet vóór het begin liggen.")
    assert page.locator("svg.app-chart").count() >= 6
    look(page, SHOTS, "04-netwerkoverzicht-foute-periode")
    _log_out(page)

    # The OOV network coordinator: only what was shared with the OOV is counted; the CSV says the same.
    login("oov-coordinator")
    page.locator("nav.app-nav").get_by_role("link", name="Netwerkoverzicht", exact=True).click()
    page.wait_for_url(re.compile(r"/overzicht/$"))
    platforms = page.locator("section#platforms")
    with page.expect_download() as download_info:
        platforms.get_by_role("link", name=re.compile("downloaden als CSV")).click()
    download = download_info.value
    assert download.suggested_filename.startswith("netwerkoverzicht-platforms-")
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert rows[0][0] == "platform" and rows[0][-1] == "total"
    shared_with_oov = (
        Signal.objects.filter(shares__organisation__name=OOV, shares__revoked_at__isnull=True)
        .exclude(owner_organisation__name=OOV)
        .filter(created_at__gte=timezone.now() - dt.timedelta(weeks=13), is_practice=False)
        .distinct()
        .count()
    )
    own = Signal.objects.filter(
        owner_organisation__name=OOV, is_practice=False, created_at__gte=timezone.now() - dt.timedelta(weeks=13)
    ).count()
    assert sum(int(row[-1]) for row in rows[1:]) == shared_with_oov + own
    _no_horizontal_overflow(page)
    look(page, SHOTS, "05-netwerkoverzicht-regisseur")
