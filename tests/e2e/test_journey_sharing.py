"""Journey (issue 4): the youth worker shares the rivalry example with the police at facts level, the police officer
finds it under "Gedeeld met ons" without the persons, comments, and the youth worker answers in the thread."""

import re

import pytest
from playwright.sync_api import expect

from signals.models import Share, Signal

from .conftest import PHONE_VIEWPORT, screenshot

pytestmark = pytest.mark.e2e

PERSON = "Jongen A"  # the poster of the demo rivalry signal: only readers at full level may see him


def _log_out(page):
    page.locator("header form[action$='/accounts/logout/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))


def test_youth_worker_shares_with_the_police_who_comment(page, live_server, demo_data, login, request):
    signal = Signal.objects.get(
        phenomenon__code="rivaliserende_jeugd", owner_organisation__name="Jongerenwerk Voorbeeld"
    )
    assert signal.persons.filter(alias=PERSON).exists()
    detail = f"{live_server.url}/signalen/{signal.pk}/"

    # The youth worker opens the example and shares it at facts level, after looking at the preview.
    login("jongerenwerk1")
    page.goto(detail)
    page.get_by_role("link", name="Delen met partners").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delen met partners")
    page.get_by_label("Politie basisteam Voorbeeld").check()
    page.get_by_label("Feitelijk (zonder personen)").check()
    page.get_by_label("Doel: wat wilt u met delen bereiken?").fill(
        "Samen inschatten of de rivaliteit naar de straat gaat."
    )
    page.get_by_label("Openbare bron").check()
    page.get_by_label("Onderbouwing").fill("De politie moet de woorden zelf lezen om de dreiging te duiden.")
    page.get_by_role("button", name="Voorbeeld tonen").click()
    preview = page.locator(".app-preview, [data-preview], #share-preview").first
    expect(preview).to_contain_text("Politie basisteam Voorbeeld")
    expect(preview).not_to_contain_text(PERSON)
    screenshot(page, request, "1-delen-met-voorbeeld")
    page.get_by_role("button", name="Delen", exact=True).click()
    expect(page.get_by_text(re.compile("Gedeeld met Politie basisteam Voorbeeld"))).to_be_visible()
    share = Share.objects.get(signal=signal, organisation__name="Politie basisteam Voorbeeld")
    assert (share.level, share.legal_ground, share.revoked_at) == ("facts", "public_source", None)
    screenshot(page, request, "2-gedeeld")
    _log_out(page)

    # The police officer gets a notification and finds the signal under "Gedeeld met ons", without the persons.
    login("politie1")
    expect(page.locator("header .app-bell__count")).to_be_visible()
    page.get_by_role("navigation").get_by_role("link", name="Gedeeld met ons").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Gedeeld met ons")
    row_link = page.locator(f"a[href='/signalen/{signal.pk}/']").first
    expect(row_link).to_be_visible()
    screenshot(page, request, "3-gedeeld-met-ons")
    row_link.click()
    expect(page.locator("main")).to_contain_text("Feitelijk")
    expect(page.locator("main")).not_to_contain_text(PERSON)
    comment = "Wij zien deze groep ook in de wijk. Weten jullie of er een afspraak is om te vechten?"
    page.get_by_label("Uw reactie").first.fill(comment)
    page.get_by_role("button", name="Reactie plaatsen").first.click()
    expect(page.locator("main")).to_contain_text(comment)
    screenshot(page, request, "4-politie-reageert")
    page.set_viewport_size(PHONE_VIEWPORT)
    screenshot(page, request, "5-politie-telefoon")
    _log_out(page)

    # The youth worker is notified and answers in the thread.
    page.set_viewport_size({"width": 1280, "height": 800})
    login("jongerenwerk1")
    page.goto(f"{live_server.url}/meldingen/")
    expect(page.locator("main")).to_contain_text("Politie basisteam Voorbeeld")
    page.goto(detail)
    police_comment = page.locator(".app-comment__body", has_text=comment).first
    police_comment.locator("summary").click()
    answer = "Nee, maar ze spreken vanavond af bij het pleintje. Wij gaan erheen om het gesprek aan te gaan."
    police_comment.get_by_label("Uw reactie").fill(answer)
    police_comment.get_by_role("button", name="Reactie plaatsen").click()
    expect(page.locator("main")).to_contain_text(answer)
    screenshot(page, request, "6-jongerenwerk-antwoordt")
    _log_out(page)

    # The police officer reads the answer in the thread.
    login("politie1")
    page.goto(detail)
    expect(page.locator(".app-comment", has_text=comment).first).to_contain_text(answer)
    expect(page.locator("main")).not_to_contain_text(PERSON)
    screenshot(page, request, "7-politie-leest-antwoord")
