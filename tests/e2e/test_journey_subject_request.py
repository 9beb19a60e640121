"""Journey (issue 9, data subject request): the youth-work team lead opens "Inzageverzoek beantwoorden" from their
profile, submits the form empty with the keyboard and gets a clear message, types the pseudonym of a young person in
one of their signals, sees what was found and downloads the answer as PDF and JSON; a pseudonym nobody uses gives
"Niets gevonden". The page fits a phone without scrolling sideways.

Set SUBJECT_SHOTS=/some/folder to save full-page screenshots on a desk and on a phone (``conftest.look``)."""

import io
import json
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from .conftest import PHONE_VIEWPORT, look

pytestmark = pytest.mark.e2e

SHOTS = os.environ.get("SUBJECT_SHOTS", "")


def _no_sideways_scroll(page):
    page.set_viewport_size(PHONE_VIEWPORT)
    page.wait_for_timeout(100)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    page.set_viewport_size({"width": 1280, "height": 800})
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at phone width"


def test_a_team_lead_answers_a_data_subject_request(page, live_server, demo_data, login):
    login("jongerenwerk-coordinator")
    page.goto(f"{live_server.url}/accounts/profile/")
    page.get_by_role("link", name="Inzageverzoek beantwoorden").click()
    page.wait_for_url(re.compile(r"/privacy/inzage/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Inzageverzoek")
    look(page, SHOTS, "01-inzageverzoek")

    field = page.get_by_label("Pseudoniem")
    field.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#form-errors")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Typ het pseudoniem waarover het verzoek gaat.")
    look(page, SHOTS, "02-inzageverzoek-leeg")

    page.get_by_label("Pseudoniem").fill("jongen a")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Resultaat voor “jongen a”")).to_be_visible()
    expect(page.locator("main")).to_contain_text("één signaal")
    # The pseudonym stays out of the address bar.
    assert "jongen" not in page.url.lower()
    _no_sideways_scroll(page)
    look(page, SHOTS, "03-inzageverzoek-gevonden")

    with page.expect_download() as info:
        page.get_by_role("button", name="Downloaden als PDF").click()
    pdf = Path(info.value.path()).read_bytes()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Jongen A" in text
    with page.expect_download() as info:
        page.get_by_role("button", name="Downloaden als JSON").click()
    data = json.loads(Path(info.value.path()).read_text())
    assert data["counts"]["signals"] == 1
    assert [person["alias"] for person in data["persons"]] == ["Jongen A"]
    if SHOTS:
        Path(SHOTS, "inzageverzoek.pdf").write_bytes(pdf)

    page.get_by_label("Pseudoniem").fill("Niemand bekend")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("main")).to_contain_text("Niets gevonden.")
    look(page, SHOTS, "04-inzageverzoek-niets-gevonden")
