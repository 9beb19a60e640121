"""Sessions: a new key at sign-in, idle timeout, absolute lifetime, ending one's other sessions, deactivation; and
the password rules on the password change page."""

import time
from importlib import import_module

import pytest
import time_machine
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client, override_settings
from rest_framework.authtoken.models import Token

from accounts.models import UserSession
from accounts.tests.conftest import totp_code
from audit.constants import AuditAction
from audit.models import AuditEvent
from riskcalendar.models import CalendarFeedToken
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
PAGE = "/partners/rollen/"


def _anonymous_session(client) -> str:
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store["probe"] = "before sign-in"
    store.create()
    client.cookies[settings.SESSION_COOKIE_NAME] = store.session_key
    return store.session_key


def test_signing_in_gives_a_new_session_key(client, member):
    before = _anonymous_session(client)
    response = client.post(LOGIN, {"username": member.username, "password": PASSWORD})
    assert response.status_code == 302
    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after != before
    assert not Session.objects.filter(session_key=before).exists()
    assert UserSession.objects.get(user=member).session_key == after


def test_the_code_step_also_gives_a_new_session_key(client, member, device):
    before = _anonymous_session(client)
    client.post(LOGIN, {"username": member.username, "password": PASSWORD})
    between = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert client.post("/accounts/login/code/", {"code": totp_code(device)}).status_code == 302
    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert len({before, between, after}) == 3
    assert list(Session.objects.filter(session_key__in=[before, between]).values_list("pk", flat=True)) == []


@override_settings(SESSION_COOKIE_AGE=30 * 60)
def test_an_idle_session_ends_and_use_keeps_it_alive(client, member):
    start = time.time()
    with time_machine.travel(start, tick=False):
        client.force_login(member)
        assert client.get(PAGE).status_code == 200
    with time_machine.travel(start + 20 * 60, tick=False):
        assert client.get(PAGE).status_code == 200  # activity moves the expiry on
    with time_machine.travel(start + 45 * 60, tick=False):
        assert client.get(PAGE).status_code == 200  # 25 minutes after the last use
    with time_machine.travel(start + 76 * 60, tick=False):
        response = client.get(PAGE)
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)


@override_settings(SESSION_COOKIE_AGE=30 * 60)
def test_the_idle_timeout_does_not_write_the_session_on_every_request(client, member, django_assert_num_queries):
    client.force_login(member)
    client.get(PAGE)
    key = client.session.session_key
    expiry = Session.objects.get(session_key=key).expire_date
    client.get(PAGE)
    assert Session.objects.get(session_key=key).expire_date == expiry
    with time_machine.travel(time.time() + 90, tick=False):
        client.get(PAGE)
        assert Session.objects.get(session_key=key).expire_date > expiry


@override_settings(SAMEN_DUIDEN_SESSION_MAX_HOURS=10)
def test_a_session_ends_ten_hours_after_signing_in_however_active(client, member):
    start = time.time()
    with time_machine.travel(start, tick=False):
        client.force_login(member)
    for hours in (2, 4, 6, 8, 9.9):
        with time_machine.travel(start + hours * 3600, tick=False):
            assert client.get(PAGE).status_code == 200, hours
    with time_machine.travel(start + 10 * 3600 + 1, tick=False):
        response = client.get(PAGE)
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
    assert not UserSession.objects.filter(user=member).exists()
    assert AuditEvent.objects.filter(user_id=member.pk, action=AuditAction.LOGOUT).count() == 1


def test_log_out_my_other_sessions(member):
    phone, desk, laptop = Client(), Client(), Client()
    for client in (phone, desk, laptop):
        client.force_login(member)
    assert UserSession.objects.filter(user=member).count() == 3
    profile = desk.get("/accounts/profile/").content.decode()
    assert "this session" in profile or "deze sessie" in profile
    assert 'action="/accounts/sessies/afmelden/"' in profile

    response = desk.post("/accounts/sessies/afmelden/")
    assert response.status_code == 302
    assert desk.get(PAGE).status_code == 200
    assert phone.get(PAGE)["Location"].startswith(LOGIN)
    assert laptop.get(PAGE)["Location"].startswith(LOGIN)
    assert list(UserSession.objects.filter(user=member).values_list("session_key", flat=True)) == [
        desk.session.session_key
    ]
    assert Session.objects.filter(session_key=desk.session.session_key).exists()
    ended = AuditEvent.objects.get(user_id=member.pk, action=AuditAction.SESSIONS_ENDED)
    assert ended.detail == "user:2"
    assert desk.get("/accounts/sessies/afmelden/").status_code == 405


def test_signing_out_removes_the_session_row(client, member):
    client.force_login(member)
    assert UserSession.objects.filter(user=member).count() == 1
    client.post("/accounts/logout/")
    assert not UserSession.objects.filter(user=member).exists()


def test_deactivating_an_account_ends_its_sessions_and_tokens(member, colleague):
    from riskcalendar.services import feed_token_create

    first, second, bystander = Client(), Client(), Client()
    first.force_login(member)
    second.force_login(member)
    bystander.force_login(colleague)
    Token.objects.create(user=member)
    feed_token_create(user=member)
    keys = list(UserSession.objects.filter(user=member).values_list("session_key", flat=True))

    member.first_name = "Renamed"
    member.save()  # a save that does not deactivate changes nothing
    assert Session.objects.filter(session_key__in=keys).count() == 2

    member.is_active = False
    member.save()
    assert not Session.objects.filter(session_key__in=keys).exists()
    assert not UserSession.objects.filter(user=member).exists()
    assert not Token.objects.filter(user=member).exists()
    assert not CalendarFeedToken.objects.filter(user=member).exists()
    assert first.get(PAGE)["Location"].startswith(LOGIN)
    assert bystander.get(PAGE).status_code == 200
    deactivated = AuditEvent.objects.get(action=AuditAction.ACCOUNT_DEACTIVATED)
    assert deactivated.object_id == str(member.pk)
    assert AuditEvent.objects.get(action=AuditAction.SESSIONS_ENDED).detail == "deactivated:2"


def test_deactivating_in_the_admin_names_who_did_it(client, member):
    from tests.factories import UserFactory

    admin = UserFactory(is_staff=True, is_superuser=True)
    other = Client()
    other.force_login(member)
    client.force_login(admin)
    url = f"/admin/partners/user/{member.pk}/change/"
    page = client.get(url)
    form = page.context["adminform"].form
    data = {
        "username": member.username,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "email": member.email,
        "language": member.language,
        "date_joined_0": form["date_joined"].value().strftime("%Y-%m-%d"),
        "date_joined_1": form["date_joined"].value().strftime("%H:%M:%S"),
    }  # "is_active" left out: the box is unticked
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        data.update({management.add_prefix(name): management[name].value() for name in management.fields})
        for form_ in formset.forms:
            data[form_.add_prefix("id")] = form_.instance.pk
            data[form_.add_prefix(formset.fk.name)] = member.pk
    response = client.post(url, data)
    assert response.status_code == 302
    member.refresh_from_db()
    assert not member.is_active
    assert other.get(PAGE)["Location"].startswith(LOGIN)
    assert AuditEvent.objects.get(action=AuditAction.ACCOUNT_DEACTIVATED).user_id == admin.pk


# --- password -------------------------------------------------------------------------------------------------


def _change(client, new, old=PASSWORD):
    return client.post("/accounts/wachtwoord/", {"old_password": old, "new_password1": new, "new_password2": new})


def _error_codes(response):
    return [error.code for error in response.context["form"].errors.as_data().get("new_password2", [])]


def test_a_common_or_short_password_is_refused(client, member):
    client.force_login(member)
    assert client.get("/accounts/wachtwoord/").status_code == 200
    common = _change(client, "administrator")  # 13 characters, on Django's list of common passwords
    assert common.status_code == 200
    assert _error_codes(common) == ["password_too_common"]
    short = _change(client, "Kx9#vLq2!w")  # 10 characters, not common
    assert _error_codes(short) == ["password_too_short"]
    member.refresh_from_db()
    assert member.check_password(PASSWORD)
    assert not AuditEvent.objects.filter(action=AuditAction.PASSWORD_CHANGED).exists()


def test_changing_the_password_keeps_this_session_and_ends_the_others(client, member):
    other = Client()
    other.force_login(member)
    client.force_login(member)
    response = _change(client, "een lange zin van mezelf 2026")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/profile/"
    member.refresh_from_db()
    assert member.check_password("een lange zin van mezelf 2026")
    assert client.get(PAGE).status_code == 200
    assert other.get(PAGE)["Location"].startswith(LOGIN)
    assert AuditEvent.objects.filter(user_id=member.pk, action=AuditAction.PASSWORD_CHANGED).count() == 1
