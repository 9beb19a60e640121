"""Journey (issue #9): the strict Content-Security-Policy in a real browser. Chromium refuses inline code on our
pages; the pages themselves, htmx's swaps, the API documentation (Swagger UI) and the admin work under it without a
single violation (the ``page`` fixture fails a journey on any, tests/e2e/conftest.py)."""

import os
import re

import pytest
from playwright.sync_api import expect

from partners.demo import DEMO_OPERATOR_USERNAME
from signals.models import Signal

from .conftest import look

pytestmark = pytest.mark.e2e


def test_the_browser_refuses_inline_code_and_the_journeys_would_notice(page, live_server):
    page.goto(f"{live_server.url}/accounts/login/")
    # A script that an attacker would smuggle into the page does not run.
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.appendChild(script);
            document.body.setAttribute("style", "background: red");
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.injected === undefined")
    assert page.evaluate("() => getComputedStyle(document.body).backgroundColor") != "rgb(255, 0, 0)"
    # ...and the listener every journey has saw both refusals.
    assert any("refused script-src" in text for text in page.csp_violations), page.csp_violations
    assert any("refused style-src" in text for text in page.csp_violations), page.csp_violations
    page.csp_violations.clear()  # expected here: do not fail this test at teardown


def test_pages_htmx_api_docs_and_admin_work_under_the_policy(page, live_server, demo_data, login):
    folder = os.environ.get("CSP_SHOTS", "")  # a folder: screenshots to look at
    signal = Signal.objects.get(
        phenomenon__code="rivaliserende_jeugd", owner_organisation__name="Jongerenwerk Voorbeeld"
    )
    login("jongerenwerk1")
    for path in ("/", "/signalen/", f"/signalen/{signal.pk}/", "/meldingen/", "/risicokalender/"):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert "no-store" in response.headers["cache-control"]
    # htmx under the policy: the worklist's search swaps the list in without a page load.
    page.goto(f"{live_server.url}/signalen/")
    page.locator("input[name=q]").fill("rival")
    expect(page.locator("main")).to_contain_text(re.compile("rival", re.IGNORECASE))
    # The share page's preview is an htmx request with an indicator.
    page.goto(f"{live_server.url}/signalen/{signal.pk}/")
    page.get_by_role("link", name="Delen met partners").first.click()
    page.get_by_label("Politie basisteam Voorbeeld").check()
    page.get_by_label("Feitelijk (zonder personen)").check()
    page.get_by_role("button", name="Voorbeeld tonen").click()
    expect(page.locator("#share-preview")).to_contain_text("Politie basisteam Voorbeeld")
    look(page, folder, "delen")

    # Swagger UI loads its start script as a file and shows the API.
    page.goto(f"{live_server.url}/api/docs/")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Samen Duiden API")
    expect(page.locator(".opblock").first).to_be_visible()
    look(page, folder, "api-docs")

    # The operator's admin, with its own scripts, under the same policy.
    page.context.clear_cookies()
    login(DEMO_OPERATOR_USERNAME)
    page.goto(f"{live_server.url}/admin/")
    expect(page.locator("#site-name")).to_be_visible()
    page.goto(f"{live_server.url}/admin/partners/organisation/")
    expect(page.locator("#changelist")).to_be_visible()
    page.locator("#changelist a[href*='/change/']").first.click()
    expect(page.locator("#content-main form")).to_be_visible()
    # The group form's permission picker is built by the admin's scripts (SelectFilter2).
    page.goto(f"{live_server.url}/admin/auth/group/add/")
    expect(page.locator(".selector-available")).to_be_visible()
    look(page, folder, "admin")
    assert page.csp_violations == []
