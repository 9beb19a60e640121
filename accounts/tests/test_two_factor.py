"""Two-factor authentication: the code step at sign-in, setup, backup codes, removal, and the REQUIRE setting."""

import re
import time

import pytest
import time_machine
from django.test import override_settings
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.authtoken.models import Token

from accounts.tests.conftest import BACKUP, totp_code
from audit.constants import AuditAction, AuditResult
from audit.models import AuditEvent
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
CODE = "/accounts/login/code/"
SETUP = "/accounts/tweestapsverificatie/"


def _password_step(client, user, next_url="/partners/rollen/"):
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD, "next": next_url})
    assert response.status_code == 302
    assert response["Location"].startswith(CODE)
    return response


def _actions(user, action):
    return AuditEvent.objects.filter(user_id=user.pk, action=action)


def test_a_user_with_a_device_is_signed_in_only_after_a_right_app_code(client, member, device):
    _password_step(client, member)
    # Between the steps nobody is signed in: pages still ask to log in.
    assert client.get("/partners/rollen/")["Location"].startswith(LOGIN)
    page = client.get(f"{CODE}?next=/partners/rollen/")
    assert page.status_code == 200
    assert b'autocomplete="one-time-code"' in page.content

    wrong = client.post(CODE, {"code": "000000" if totp_code(device) != "000000" else "111111"})
    assert wrong.status_code == 400
    assert _actions(member, AuditAction.OTP_FAILED).filter(result=AuditResult.FAILURE).count() == 1
    # Right away after a wrong code the device makes the user wait (django-otp's throttling).
    throttled = client.post(CODE, {"code": totp_code(device)})
    assert throttled.status_code == 400
    assert not _actions(member, AuditAction.LOGIN).exists()

    with time_machine.travel(time.time() + 5, tick=False):
        response = client.post(CODE, {"code": totp_code(device), "next": "/partners/rollen/"})
        assert response.status_code == 302
        assert response["Location"] == "/partners/rollen/"
        assert client.get("/partners/rollen/").status_code == 200
    assert _actions(member, AuditAction.LOGIN).count() == 1


def test_the_same_app_code_does_not_sign_in_twice(client, member, device):
    code = totp_code(device)
    _password_step(client, member)
    assert client.post(CODE, {"code": code}).status_code == 302
    client.logout()
    _password_step(client, member)
    assert client.post(CODE, {"code": code}).status_code == 400


def test_a_backup_code_works_once(client, member, device):
    _password_step(client, member)
    response = client.post(CODE, {"code": BACKUP[0].upper()[:4] + " " + BACKUP[0][4:]}, follow=True)
    assert response.status_code == 200
    assert response.wsgi_request.user.is_verified()
    assert StaticToken.objects.filter(device__user=member).count() == len(BACKUP) - 1
    client.logout()

    _password_step(client, member)
    assert client.post(CODE, {"code": BACKUP[0]}).status_code == 400
    assert client.get("/partners/rollen/")["Location"].startswith(LOGIN)


def test_the_code_step_expires_after_five_minutes(client, member, device):
    _password_step(client, member)
    with time_machine.travel(time.time() + 6 * 60, tick=False):
        response = client.post(CODE, {"code": totp_code(device)})
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert client.get("/partners/rollen/")["Location"].startswith(LOGIN)


def test_a_session_signed_in_without_the_code_is_sent_to_the_code_step(client, member, device):
    """force_login (or any sign-in that skipped the form) with a device: the code comes first, on every page."""
    client.force_login(member)
    response = client.get("/partners/rollen/")
    assert response.status_code == 302
    assert response["Location"] == f"{CODE}?next=/partners/rollen/"
    assert client.get("/api/v1/me/").status_code == 403
    assert client.post(CODE, {"code": totp_code(device), "next": "/partners/rollen/"}).status_code == 302
    assert client.get("/partners/rollen/").status_code == 200
    assert client.get("/api/v1/me/").status_code == 200


def _setup(client, user):
    page = client.get(SETUP)
    assert page.status_code == 200
    body = page.content.decode()
    assert "<svg" in body and 'role="img"' in body
    assert "<img" not in body and "style=" not in body  # nothing the strict CSP would block
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    secret = re.search(r'id="otp-secret">([A-Z2-7 ]+)<', body).group(1).replace(" ", "")
    import base64

    assert base64.b32decode(secret) == device.bin_key
    return device


def test_setting_up_two_factor_shows_backup_codes_once_and_verifies_the_session(client, member):
    client.force_login(member)
    device = _setup(client, member)
    assert client.post(SETUP, {"code": "12345"}).status_code == 400
    assert _actions(member, AuditAction.OTP_FAILED).count() == 1
    with time_machine.travel(time.time() + 5, tick=False):
        response = client.post(SETUP, {"code": totp_code(device)})
    assert response.status_code == 200
    codes = re.findall(r'<code class="app-token">([a-z0-9]+)</code>', response.content.decode())
    assert len(codes) == 10 and len(set(codes)) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert set(StaticToken.objects.filter(device__user=member).values_list("token", flat=True)) == set(codes)
    assert _actions(member, AuditAction.OTP_DEVICE_ADDED).count() == 1
    assert _actions(member, AuditAction.BACKUP_CODES).count() == 1
    # This session is verified; the setup page now says it is done.
    assert client.get("/partners/rollen/").status_code == 200
    assert client.get(SETUP)["Location"] == reverse("profile")
    # Next time: password, then code.
    client.logout()
    _password_step(client, member)
    with time_machine.travel(time.time() + 65, tick=False):
        assert client.post(CODE, {"code": totp_code(device)}).status_code == 302


@override_settings(SAMEN_DUIDEN_REQUIRE_2FA=True)
def test_when_required_a_user_without_a_device_sees_only_the_setup_page():
    from rest_framework.test import APIClient

    from tests.matrix import ENDPOINTS
    from tests.roles import build_world

    world = build_world()
    user = world.users["member"]
    client = APIClient()
    client.force_login(user)
    allowed = {"accounts/login/", "accounts/tweestapsverificatie/", "i18n/setlang/"}
    checked = 0
    for endpoint in ENDPOINTS:
        if endpoint.method != "get" or endpoint.pattern in allowed:
            continue
        path = endpoint.resolve(world)
        response = client.get(path)
        if path.startswith(("/api/v1/", "/api/schema/")):
            assert response.status_code == 403, path
        else:
            assert response.status_code == 302, path
            assert response["Location"].startswith(SETUP), path
        checked += 1
    assert checked > 40
    assert client.get(SETUP).status_code == 200
    assert client.post("/accounts/logout/").status_code == 200

    # An API token (made by a user who did set up 2FA) is not a session: the middleware leaves it alone.
    token = Token.objects.create(user=user)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api.get("/api/v1/me/").status_code == 200


@override_settings(SAMEN_DUIDEN_REQUIRE_2FA=True)
def test_when_required_a_user_sets_up_and_then_goes_where_they_wanted(client, member):
    client.force_login(member)
    response = client.get("/partners/rollen/")
    assert response["Location"] == f"{SETUP}?next=/partners/rollen/"
    device = _setup(client, member)
    response = client.post(SETUP, {"code": totp_code(device), "next": "/partners/rollen/"})
    assert response.status_code == 200
    assert b'href="/partners/rollen/"' in response.content
    assert client.get("/partners/rollen/").status_code == 200
    assert client.get("/api/v1/me/").status_code == 200


def test_new_backup_codes_need_the_password_or_a_code_and_replace_the_old(client, member, device):
    client.force_login(member)
    client.post(CODE, {"code": BACKUP[1]})
    url = "/accounts/tweestapsverificatie/reservecodes/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"secret": "not my password"}).status_code == 400
    with time_machine.travel(time.time() + 5, tick=False):
        response = client.post(url, {"secret": totp_code(device, at=time.time() + 30)})
    assert response.status_code == 200
    codes = re.findall(r'<code class="app-token">([a-z0-9]+)</code>', response.content.decode())
    assert len(codes) == 10
    assert not StaticToken.objects.filter(token=BACKUP[0]).exists()
    assert _actions(member, AuditAction.BACKUP_CODES).count() == 1


def test_removing_two_factor_needs_the_password_and_is_recorded(client, member, device):
    client.force_login(member)
    client.post(CODE, {"code": BACKUP[0]})
    url = "/accounts/tweestapsverificatie/verwijderen/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"secret": "wrong"}).status_code == 400
    assert TOTPDevice.objects.filter(user=member).exists()
    with time_machine.travel(time.time() + 5, tick=False):
        response = client.post(url, {"secret": PASSWORD})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not StaticDevice.objects.filter(user=member).exists()
    assert _actions(member, AuditAction.OTP_DEVICE_REMOVED).count() == 1
    assert client.get("/partners/rollen/").status_code == 200
    # Without a device, signing in is the password alone again.
    client.logout()
    response = client.post(LOGIN, {"username": member.username, "password": PASSWORD})
    assert response["Location"] == "/"


def test_the_profile_shows_the_two_factor_section(client, member, device):
    client.force_login(member)
    client.post(CODE, {"code": BACKUP[0]})
    body = client.get("/accounts/profile/").content.decode()
    assert 'id="two-factor-heading"' in body
    assert "/accounts/tweestapsverificatie/reservecodes/" in body
    assert "/accounts/tweestapsverificatie/verwijderen/" in body
    assert 'id="sessions-heading"' in body


def test_the_admin_login_is_ours(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(f"{LOGIN}?next=/admin/")


def test_an_administrator_removing_a_lost_device_is_recorded(client, member, device):
    """Someone lost phone and backup codes: an administrator deletes the device in django-otp's admin."""
    from tests.factories import UserFactory

    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    response = client.post(f"/admin/otp_totp/totpdevice/{device.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    [event] = AuditEvent.objects.filter(action=AuditAction.OTP_DEVICE_REMOVED)
    assert (event.user_id, event.object_id, event.detail) == (admin.pk, str(member.pk), "admin:totpdevice")
