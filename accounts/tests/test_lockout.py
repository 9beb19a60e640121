"""Lockout after repeated failed sign-ins (django-axes): per username and address, a clear page, an admin unlock."""

import datetime as dt

import pytest
import time_machine
from axes.models import AccessAttempt
from django.utils import timezone

from audit.constants import AuditAction, AuditResult
from audit.models import AuditEvent
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"


def _try(client, user, password, address="127.0.0.1"):
    return client.post(LOGIN, {"username": user.username, "password": password}, REMOTE_ADDR=address)


def _lock(client, user):
    for attempt in range(1, 6):
        response = _try(client, user, f"wrong-{attempt}")
        assert response.status_code == (429 if attempt == 5 else 200), attempt
    return response


def test_five_failures_lock_the_username_from_that_address_with_a_clear_page(client, member):
    response = _lock(client, member)
    body = response.content.decode()
    assert "accounts/locked_out.html" in [template.name for template in response.templates]
    assert "30" in body  # the minutes to wait
    assert 'href="/accounts/login/"' in body
    # Even the right password is refused from here while the lock lasts.
    locked = _try(client, member, PASSWORD)
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    # The same username from another address, and another username from this address, are not locked.
    assert _try(client, member, PASSWORD, address="10.0.0.2").status_code == 302
    client.logout()
    other = UserFactory()
    assert _try(client, other, PASSWORD).status_code == 302

    lockouts = AuditEvent.objects.filter(action=AuditAction.LOCKOUT, username=member.username)
    assert list(lockouts.values_list("detail", flat=True).order_by("id")) == ["locked", "refused_while_locked"]
    assert {event.result for event in lockouts} == {AuditResult.DENIED}
    assert {str(event.ip) for event in lockouts} == {"127.0.0.1"}


def test_the_lock_ends_after_the_cool_off_time(client, member):
    _lock(client, member)
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=29), tick=False):
        assert _try(client, member, PASSWORD).status_code == 429
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=31), tick=False):
        assert _try(client, member, PASSWORD).status_code == 302


def test_an_administrator_lifts_the_lock_in_the_admin_and_it_is_recorded(client, member):
    _lock(client, member)
    admin = UserFactory(is_staff=True, is_superuser=True)
    staff = client.__class__()
    staff.force_login(admin)
    attempt = AccessAttempt.objects.get(username=member.username)
    listing = staff.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert member.username in listing.content.decode()
    response = staff.post(
        "/admin/axes/accessattempt/", {"action": "unlock", "_selected_action": [attempt.pk]}, follow=True
    )
    assert response.status_code == 200
    assert not AccessAttempt.objects.filter(username=member.username).exists()
    unlock = AuditEvent.objects.get(action=AuditAction.UNLOCK)
    assert unlock.user_id == admin.pk
    assert unlock.object_id == str(member.pk)
    assert _try(client, member, PASSWORD).status_code == 302


def test_a_successful_sign_in_clears_earlier_failures(client, member):
    for attempt in range(4):
        _try(client, member, f"wrong-{attempt}")
    assert _try(client, member, PASSWORD).status_code == 302
    client.logout()
    for attempt in range(4):
        assert _try(client, member, f"again-{attempt}").status_code == 200
    assert _try(client, member, PASSWORD).status_code == 302
