"""Fixtures for the Playwright browser journeys (``pytest -m e2e``).

Chromium comes from Debian (``apt-get install chromium``; ``make test`` installs it), never from
``playwright install``. When it is missing the tests fail loudly instead of being skipped.
Screenshots go to ``test-results/<test name>/`` (git-ignored): ``final.png`` after every test, plus the
ones a test takes with :func:`screenshot`.
"""

import os
import re
import warnings
from pathlib import Path

# Playwright's sync API runs an event loop in the test thread; Django would then refuse ORM calls there.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

import pytest
from django.core.management import call_command
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from partners.demo import DEMO_PASSWORD

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
DESKTOP_VIEWPORT = {"width": 1280, "height": 800}
PHONE_VIEWPORT = {"width": 390, "height": 844}


def _results_dir(request) -> Path:
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name).strip("_")
    path = Path(request.config.rootpath) / "test-results" / name
    path.mkdir(parents=True, exist_ok=True)
    return path


LOOK_DESK = {"width": 1280, "height": 900}


def look(page, folder: str, name: str, *, settle_ms: int = 150) -> None:
    """With ``folder`` set (a journey's ``*_SHOTS`` environment variable): full-page screenshots of the page on a desk
    (``<name>-bureau.png``) and on a phone (``<name>-telefoon.png``), to look at by hand; then back to the desk."""
    if not folder:
        return
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for suffix, viewport in (("bureau", LOOK_DESK), ("telefoon", PHONE_VIEWPORT)):
        page.set_viewport_size(viewport)
        page.wait_for_timeout(settle_ms)
        page.screenshot(path=str(target / f"{name}-{suffix}.png"), full_page=True)
    page.set_viewport_size(DESKTOP_VIEWPORT)


def screenshot(page, request, name: str) -> Path:
    """Save a full-page screenshot as test-results/<test name>/<name>.png and return its path."""
    path = _results_dir(request) / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture(scope="session")
def browser():
    executable = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(executable).is_file():
        pytest.fail(
            f"Chromium not found at {executable}: install it with `apt-get install -y chromium` (make test does) "
            "or point CHROMIUM_PATH at it. Do not use `playwright install`.",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# Reports every Content-Security-Policy violation of the page on the console (Playwright's init scripts run outside
# the page's policy). One is Playwright's own, not the app's: for a screenshot it hides the text caret with an inline
# style on the focused field, which htmx then copies when it swaps that field (its settle step).
CSP_REPORTER = """
document.addEventListener("securitypolicyviolation", (event) => {
  const target = event.target && event.target.getAttribute ? event.target : null;
  if (target && target.getAttribute("style") === "caret-color: transparent !important;") {
    return;
  }
  const where = `${event.sourceFile}:${event.lineNumber}`;
  const element = target && target.outerHTML ? target.outerHTML.slice(0, 160) : "";
  const blocked = event.blockedURI || "inline";
  console.error(`CSP violation: refused ${event.violatedDirective} ${blocked} at ${where} ${element}`);
});
"""


def _is_csp_violation(message) -> bool:
    return message.type == "error" and message.text.startswith("CSP violation:")


@pytest.fixture
def page(browser, request):
    """A fresh browser context per test (Dutch, desktop size); saves final.png on teardown. A journey during which
    the browser refused something under the Content-Security-Policy fails (``page.csp_violations`` lists them)."""
    context = browser.new_context(locale="nl-NL", viewport=DESKTOP_VIEWPORT)
    context.set_default_timeout(10_000)
    context.add_init_script(CSP_REPORTER)
    page = context.new_page()
    page.csp_violations = []
    page.on("console", lambda message: page.csp_violations.append(message.text) if _is_csp_violation(message) else None)
    yield page
    try:
        page.screenshot(path=str(_results_dir(request) / "final.png"), full_page=True)
    except PlaywrightError as exc:  # a failing screenshot must not hide the test's own result
        warnings.warn(f"final screenshot failed: {exc}", stacklevel=1)
    finally:
        context.close()
    if page.csp_violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(page.csp_violations), pytrace=False)


@pytest.fixture
def demo_data(live_server):
    """The demo networks and accounts (partners/demo.py) in the live server's database.

    live_server runs transactional tests, which empty the tables afterwards (content types and permissions come
    back through post_migrate). ``seed_demo`` puts back the reference data of the data migrations (role groups,
    information positions, phenomena) itself. No serialized rollback: reloading serialized content types collides
    with the ones post_migrate recreated after another transactional test.
    """
    call_command("seed_demo", force=True)


@pytest.fixture
def login(page, live_server):
    """Return ``log_in(username, password=DEMO_PASSWORD)``: log in through the form and wait for the start page."""

    def log_in(username: str, password: str = DEMO_PASSWORD):
        page.goto(f"{live_server.url}/accounts/login/")
        page.locator("input[name=username]").fill(username)
        page.locator("input[name=password]").fill(password)
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(f"{live_server.url}/")
        return page

    return log_in
