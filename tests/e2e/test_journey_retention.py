"""Journey (issue 9, retention): the youth-work team lead opens "What will be removed soon" from their profile and
sees their organisation's closed signal and the case it leads that go within a month, with the date; the OOV network
coordinator changes the network's retention periods, gets a clear message for 0 months, and saves 6 months. The
page fits a phone without scrolling sideways.

Set RETENTION_SHOTS=/some/folder to save full-page screenshots on a desk and on a phone (``conftest.look``)."""

import datetime as dt
import os
import re

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format
from playwright.sync_api import expect

from interventions.models import Case
from retention import rules
from retention.models import RetentionPolicy
from retention.tests.helpers import age_case
from signals.models import Signal

from .conftest import PHONE_VIEWPORT, look

pytestmark = pytest.mark.e2e

SHOTS = os.environ.get("RETENTION_SHOTS", "")
YOUTH_WORK = "Jongerenwerk Voorbeeld"


def _log_out(page):
    page.locator("header form[action$='/accounts/logout/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))


def test_coordinators_see_what_goes_soon_and_the_regisseur_sets_the_periods(page, live_server, demo_data, login):
    signal = Signal.objects.filter(owner_organisation__name=YOUTH_WORK).order_by("created_at").first()
    closed = timezone.now() - dt.timedelta(days=355)
    Signal.objects.filter(pk=signal.pk).update(status="closed", updated_at=closed)
    Signal.history.filter(id=signal.pk).update(history_date=closed)
    case = Case.objects.filter(lead_organisation__name=YOUTH_WORK).first()
    if case is not None:
        age_case(case, timezone.now() - dt.timedelta(days=24 * 30 + 40))  # overdue: goes tonight

    login("jongerenwerk-coordinator")
    page.goto(f"{live_server.url}/accounts/profile/")
    page.get_by_role("link", name="Wat wordt binnenkort verwijderd").click()
    page.wait_for_url(re.compile(r"/bewaartermijnen/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Wat wordt binnenkort verwijderd")
    expect(page.get_by_role("heading", name="1 afgesloten signaal")).to_be_visible()
    row = page.locator("tr", has=page.locator(f'a[href="/signalen/{signal.pk}/"]'))
    removal = rules.removal_at(Signal.objects.get(pk=signal.pk).updated_at, 12)
    expect(row.locator("time")).to_have_attribute("datetime", removal.astimezone(dt.UTC).isoformat())
    with translation.override("nl"):
        day = date_format(timezone.localtime(removal), "j F Y")
    expect(row.locator("time")).to_have_text(day)
    if case is not None:
        case_row = page.locator("tr", has=page.locator(f'a[href="/casussen/{case.pk}/"]'))
        expect(case_row.locator("time")).to_have_text("Vannacht")
    # Only the network coordinator changes the periods.
    assert page.get_by_role("link", name="Bewaartermijnen wijzigen").count() == 0
    page.set_viewport_size(PHONE_VIEWPORT)
    page.wait_for_timeout(100)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    page.set_viewport_size({"width": 1280, "height": 800})
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at phone width"
    look(page, SHOTS, "01-binnenkort-verwijderd-teamleider")
    _log_out(page)

    login("oov-coordinator")
    page.goto(f"{live_server.url}/bewaartermijnen/")
    page.get_by_role("link", name="Bewaartermijnen wijzigen").click()
    page.wait_for_url(re.compile(r"/bewaartermijnen/wijzigen/$"))
    field = page.get_by_label("afgesloten signalen (maanden)")
    field.fill("0")
    page.keyboard.press("Enter")
    expect(page.locator("#form-errors")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Bewaar minstens 1 maand.")
    look(page, SHOTS, "02-bewaartermijnen-fout")
    page.get_by_label("afgesloten signalen (maanden)").fill("6")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r"/bewaartermijnen/$"))
    expect(page.locator("main")).to_contain_text("De bewaartermijnen zijn opgeslagen.")
    expect(page.locator("main")).to_contain_text("6 maanden na de laatste wijziging")
    look(page, SHOTS, "03-binnenkort-verwijderd-regisseur")
    assert RetentionPolicy.objects.get().signal_months == 6
