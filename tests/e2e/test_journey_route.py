"""Journey (issue 3): the demo youth worker logs the Snapchat example of "rivaliserende jeugd", walks steps 1-2,
a colleague looks along, and steps 3-5 end with a planned direct message."""

import re

import pytest
from playwright.sync_api import expect

from signals.models import Phenomenon

from .conftest import screenshot

pytestmark = pytest.mark.e2e


def _log_out(page):
    page.locator("header form[action$='/accounts/logout/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))


def test_youth_worker_walks_the_route_with_a_colleague(page, live_server, demo_data, login, request):
    example = Phenomenon.objects.get(code="rivaliserende_jeugd").example
    login("jongerenwerk1")
    page.get_by_role("navigation").get_by_role("link", name="Signalen", exact=True).click()
    page.get_by_role("link", name="Bericht vastleggen").click()

    # Startpunt: the facts of the message.
    page.get_by_label("Online fenomeen").select_option("rivaliserende_jeugd")
    page.get_by_label("Platform").select_option("snapchat")
    page.get_by_label("Openbaar (open bron)").check()
    page.get_by_label("Zelf gezien").check()
    page.get_by_label("Berichttekst of feitelijke beschrijving").fill(example[:500])
    page.get_by_label("Alias (schuilnaam)").fill("Jongen A")
    page.get_by_label("Leeftijd").fill("17")
    expect(page.locator("#draft-status")).to_contain_text("Concept opgeslagen", timeout=10_000)
    screenshot(page, request, "1-startpunt")
    page.get_by_role("button", name="Bericht vastleggen").click()
    expect(page.get_by_text("Het bericht is vastgelegd.")).to_be_visible()
    detail_url = page.url

    # Step 1: facts only.
    page.get_by_role("link", name=re.compile("Bericht duiden")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stap 1: Bericht duiden")
    page.locator("fieldset", has_text="Is dit bericht openbaar of besloten?").get_by_label("Openbaar").check()
    page.get_by_label("Wat betekenen eventuele emoji's?").fill("Drie messen: dreiging richting de andere groep")
    screenshot(page, request, "2-stap-1")
    page.get_by_role("button", name="Opslaan en verder").click()

    # Step 2: context.
    expect(page.get_by_role("heading", level=1)).to_have_text("Stap 2: Contextinformatie")
    screenshot(page, request, "3-stap-2")
    page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Stap 3")
    _log_out(page)

    # A colleague looks along and reads it differently.
    login("jongerenwerk2")
    page.goto(detail_url)
    review = page.locator("#meekijken")
    review.get_by_label("Nee, ik duid het anders").check()
    review.get_by_label("Uw duiding").fill("Messen-emoji's zijn hier drill-taal, geen concreet plan.")
    screenshot(page, request, "4-meekijken")
    review.get_by_role("button", name="Mijn reactie opslaan").click()
    expect(page.get_by_text("Bedankt voor het meekijken.")).to_be_visible()
    expect(page.locator("#meekijken")).to_contain_text("drill-taal")
    _log_out(page)

    # Steps 3-5 by the youth worker.
    login("jongerenwerk1")
    page.goto(detail_url + "stap/3/")
    page.locator(".app-decision").get_by_label("Nee").check()
    screenshot(page, request, "5-stap-3")
    page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Stap 4")
    page.get_by_label("Wat is het doel van de interventie?").fill("Contact houden en de-escaleren")
    page.locator(".app-decision").get_by_label("Ja").check()
    screenshot(page, request, "6-stap-4")
    page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Stap 5")
    page.get_by_label("Actie").select_option("direct_message")
    page.get_by_label("Uitvoerende persoon").fill("Sanne")
    page.get_by_label("Uiterste datum").fill("2026-12-01")
    page.get_by_role("button", name="Actie plannen").click()
    expect(page.get_by_text("De actie is gepland.")).to_be_visible()
    expect(page.locator(".app-panel").first).to_contain_text("Direct Message")
    screenshot(page, request, "7-stap-5")
