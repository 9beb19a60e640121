"""Journey: a youth worker looks up the partners and their roles in her network, then logs out.

Dutch UI texts this module relies on (from the nl catalogue): "Partners en rollen" (navigation link and
page heading), the partner types "Jongerenwerk" and "Politie" (headings on that page), a logged-out page
heading with "uitgelogd"/"afgemeld" (or the login page's "Inloggen"/"Aanmelden"), and a skip link reading
"Naar (de) (hoofd)inhoud". The logout button is found by its form, not by its text.
"""

import re

import pytest
from playwright.sync_api import expect

from .conftest import PHONE_VIEWPORT, screenshot

pytestmark = pytest.mark.e2e

YOUTH_WORKER = "jongerenwerk1"
YOUTH_WORKER_NAME = "Sanne de Vries"
YOUTH_WORKER_ORGANISATION = "Jongerenwerk Voorbeeld"
OWN_NETWORK_ORGANISATIONS = ["Jongerenwerk Voorbeeld", "Politie basisteam Voorbeeld", "Voorbeeldcollege"]
OTHER_NETWORK_ORGANISATIONS = ["Jongerenwerk Anderstad", "Gemeente Anderstad, Openbare Orde en Veiligheid"]
PARTNER_TYPES = ["Jongerenwerk", "Politie"]
NAV_LINK = "Partners en rollen"
LOGGED_OUT_HEADING = re.compile(r"uitgelogd", re.IGNORECASE)
SKIP_LINK_TEXT = re.compile(r"naar (de )?(hoofd)?inhoud", re.IGNORECASE)


def _no_horizontal_scroll(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"


def _open_partners_and_roles(page):
    nav = page.get_by_role("navigation")
    link = nav.get_by_role("link", name=NAV_LINK, exact=True)
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url("**/partners/rollen/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(NAV_LINK)
    expect(nav.get_by_role("link", name=NAV_LINK, exact=True)).to_have_attribute("aria-current", "page")


def _check_partners_page(page):
    main = page.locator("main")
    for partner_type in PARTNER_TYPES:
        expect(main.get_by_role("heading", name=partner_type, exact=True)).to_be_visible()
    for organisation in OWN_NETWORK_ORGANISATIONS:
        expect(main.get_by_text(organisation, exact=True)).to_be_visible()
    for organisation in OTHER_NETWORK_ORGANISATIONS:
        expect(page.get_by_text(organisation)).to_have_count(0)
    # The aspects fold open: the police's sources name the opsporingsbevel for closed sources (seed 004).
    police = main.locator("section", has=page.get_by_role("heading", name="Politie", exact=True))
    sources = police.locator("details", has=page.locator("summary", has_text="Bronnen"))
    expect(sources.get_by_text("opsporingsbevel").first).not_to_be_visible()
    sources.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(sources.get_by_text("opsporingsbevel").first).to_be_visible()


def _log_out_and_check(page, live_server):
    logout_button = page.locator("header form[action$='/accounts/logout/'] button[type=submit]")
    expect(logout_button).to_be_visible()
    logout_button.click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(LOGGED_OUT_HEADING)
    expect(page.get_by_text(YOUTH_WORKER_NAME)).to_have_count(0)
    expect(page.locator("form[action$='/accounts/logout/']")).to_have_count(0)
    expect(page.get_by_role("navigation")).to_have_count(0)
    # The session is really gone: the partners page now asks to log in.
    page.goto(f"{live_server.url}/partners/rollen/")
    page.wait_for_url(re.compile(r"/accounts/login/\?next="))
    expect(page.locator("input[name=username]")).to_be_visible()


def test_youth_worker_sees_partners_and_roles_of_own_network(page, live_server, demo_data, login, request):
    login(YOUTH_WORKER)
    header = page.locator("header")
    expect(header).to_contain_text(YOUTH_WORKER_NAME)
    expect(header).to_contain_text(YOUTH_WORKER_ORGANISATION)

    _open_partners_and_roles(page)
    _check_partners_page(page)
    _no_horizontal_scroll(page)
    screenshot(page, request, "partners-en-rollen")

    _log_out_and_check(page, live_server)
    screenshot(page, request, "uitgelogd")


def test_partners_and_roles_on_a_phone(page, live_server, demo_data, login, request):
    page.set_viewport_size(PHONE_VIEWPORT)
    login(YOUTH_WORKER)
    _no_horizontal_scroll(page)
    screenshot(page, request, "start")

    # The navigation link is on screen without scrolling sideways, and large enough to tap.
    link = page.get_by_role("navigation").get_by_role("link", name=NAV_LINK, exact=True)
    expect(link).to_be_in_viewport()
    box = link.bounding_box()
    assert box is not None
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE_VIEWPORT["width"], box
    assert box["height"] >= 24, f"navigation link too small to tap: {box}"

    _open_partners_and_roles(page)
    _check_partners_page(page)
    _no_horizontal_scroll(page)
    screenshot(page, request, "partners-en-rollen")

    _log_out_and_check(page, live_server)


def test_skip_link_is_first_tab_stop_and_visible(page, live_server, request):
    page.goto(f"{live_server.url}/accounts/login/")
    expect(page.locator("input[name=username]")).to_be_visible()
    page.keyboard.press("Tab")

    skip_link = page.locator("a[href='#main']").first
    expect(skip_link).to_be_focused()
    expect(skip_link).to_have_text(SKIP_LINK_TEXT)
    box = skip_link.bounding_box()
    viewport = page.viewport_size
    assert box is not None and box["width"] > 0 and box["height"] > 0, box
    assert box["x"] >= 0 and box["y"] >= 0, box
    assert box["x"] + box["width"] <= viewport["width"] and box["y"] + box["height"] <= viewport["height"], box
    screenshot(page, request, "skip-link-focused")

    # Following it moves focus to the main content.
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
