"""Journey: a youth worker sets up two-factor authentication, signs in again with a code, and a mistyped password
locks an account. Everything by keyboard where a professional would use it.

The code is computed in the test from the device's key, as the authenticator app does. Set AUTH_SHOTS=/some/folder
to save screenshots of the pages (desk and phone, ``conftest.look``).

Dutch UI texts this module relies on: "Tweestapsverificatie" (profile heading and the setup link), "Vul uw code in"
(the code step's heading), "Inloggen is tijdelijk geblokkeerd" (the lockout page's heading).
"""

import os
import re
import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from partners.demo import DEMO_PASSWORD

from .conftest import look

pytestmark = pytest.mark.e2e

SHOTS = os.environ.get("AUTH_SHOTS", "")
USER = "jongerenwerk1"


def _code(device, *, steps_ahead=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def test_set_up_two_factor_and_sign_in_with_a_code(page, live_server, demo_data, login):
    login(USER)
    page.goto(f"{live_server.url}/accounts/profile/")
    section = page.locator("section", has=page.get_by_role("heading", name="Tweestapsverificatie", exact=True))
    expect(section).to_be_visible()
    look(page, SHOTS, "01-profiel-zonder-2fa")
    section.get_by_role("link", name=re.compile("instellen", re.IGNORECASE)).click()
    page.wait_for_url("**/accounts/tweestapsverificatie/")
    expect(page.locator("main svg[role=img]")).to_be_visible()
    look(page, SHOTS, "02-instellen")

    device = TOTPDevice.objects.get(user__username=USER, confirmed=False)
    field = page.locator("input[name=code]")
    field.focus()
    page.keyboard.type(_code(device))
    page.keyboard.press("Enter")
    codes = page.locator("main ul code")
    expect(codes).to_have_count(10)
    look(page, SHOTS, "03-reservecodes")
    page.locator("main a.utrecht-button-link").click()
    page.wait_for_url(f"{live_server.url}/")

    page.locator("header form[action$='/accounts/logout/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))

    # Sign in again: password, then the code step, all by keyboard.
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("input[name=username]").fill(USER)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/accounts/login/code/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Vul uw code in")
    code_field = page.locator("input[name=code]")
    expect(code_field).to_be_focused()
    page.keyboard.type("000000" if _code(device, steps_ahead=1) != "000000" else "111111")
    page.keyboard.press("Enter")
    expect(page.locator("main .utrecht-form-field__error-message")).to_be_visible()
    look(page, SHOTS, "04-code-fout")
    page.wait_for_timeout(2500)  # django-otp makes a device wait after a wrong code
    device.refresh_from_db()
    page.locator("input[name=code]").fill(_code(device, steps_ahead=1))  # the setup used this step's code
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/")
    expect(page.locator("header")).to_contain_text("Sanne de Vries")

    page.goto(f"{live_server.url}/accounts/profile/")
    expect(page.get_by_text(re.compile(r"10 ongebruikte reservecodes"))).to_be_visible()
    page.locator("#two-factor-heading").scroll_into_view_if_needed()
    look(page, SHOTS, "05-profiel-met-2fa")


def test_a_mistyped_password_five_times_shows_the_lockout_page(page, live_server, demo_data):
    page.goto(f"{live_server.url}/accounts/login/")
    for attempt in range(5):
        page.locator("input[name=username]").fill(USER)
        page.locator("input[name=password]").fill(f"fout-{attempt}")
        page.keyboard.press("Enter")
        page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inloggen is tijdelijk geblokkeerd")
    expect(page.get_by_text(re.compile(r"30 minuten"))).to_be_visible()
    look(page, SHOTS, "06-geblokkeerd")
    page.get_by_role("link", name=re.compile("inlogpagina", re.IGNORECASE)).click()
    page.wait_for_url("**/accounts/login/")
