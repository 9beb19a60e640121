"""The security audit log: append-only in the database, the events it records, and who reads it."""

import datetime as dt
import uuid

import pytest
from django.db import DatabaseError, connection, transaction
from django.test import override_settings
from django.utils import timezone
from rest_framework.authtoken.models import Token

from audit.audit import record
from audit.constants import AuditAction, AuditResult
from audit.models import AppendOnlyError, AuditEvent
from partners import services as partner_services
from tests.factories import PASSWORD, MembershipFactory, OrganisationFactory
from tests.roles import CANARY_FACTS, CANARY_FULL, CANARY_OWNER, build_world

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()


def events(**filters):
    return list(AuditEvent.objects.filter(**filters).order_by("id"))


# --- append-only ---------------------------------------------------------------------------------------------


def test_the_database_refuses_to_change_or_remove_an_event(member):
    event = record(AuditAction.LOGIN, user=member)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(result=AuditResult.FAILURE)
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent")
    assert AuditEvent.objects.get(pk=event.pk).result == AuditResult.SUCCESS


def test_the_model_refuses_before_the_database_does(member):
    event = record(AuditAction.LOGIN, user=member)
    event.result = AuditResult.FAILURE
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()


def test_an_event_names_user_and_organisation_without_foreign_keys(member):
    event = record(AuditAction.EXPORT, user=member, obj=("signals.signal", "abc"), detail="application/pdf")
    assert event.user_id == member.pk
    assert event.username == member.username
    assert event.organisation_id == member.membership.organisation_id
    assert event.organisation_name == member.membership.organisation.name
    assert (event.object_type, event.object_id) == ("signals.signal", "abc")
    assert event.at.tzinfo is not None and event.at.utcoffset() == dt.timedelta(0)
    # The row outlives its user: nothing cascades, nothing is changed.
    user_id = member.pk
    member.membership.delete()
    member.delete()
    assert AuditEvent.objects.get(pk=event.pk).user_id == user_id


# --- what is recorded ----------------------------------------------------------------------------------------


def test_sign_in_and_a_failed_sign_in_are_recorded_with_the_address(client, member):
    response = client.post(
        "/accounts/login/", {"username": member.username, "password": "wrong-password"}, REMOTE_ADDR="203.0.113.7"
    )
    assert response.status_code == 200
    failed = events(action=AuditAction.LOGIN_FAILED)
    assert len(failed) == 1
    assert failed[0].username == member.username
    assert failed[0].result == AuditResult.FAILURE
    assert failed[0].ip == "203.0.113.7"
    # An attempt on an existing account is that account's event: its coordinators see it.
    assert (failed[0].user_id, failed[0].organisation_id) == (member.pk, member.membership.organisation_id)
    assert "wrong-password" not in str(AuditEvent.objects.values_list())

    response = client.post(
        "/accounts/login/", {"username": member.username, "password": PASSWORD}, REMOTE_ADDR="203.0.113.8"
    )
    assert response.status_code == 302
    [login] = events(action=AuditAction.LOGIN)
    assert (login.user_id, login.ip, login.result) == (member.pk, "203.0.113.8", AuditResult.SUCCESS)
    assert login.organisation_id == member.membership.organisation_id

    client.post("/accounts/logout/")
    assert len(events(action=AuditAction.LOGOUT, user_id=member.pk)) == 1

    client.post("/accounts/login/", {"username": "nobody-has-this", "password": "x"})
    unknown = AuditEvent.objects.filter(action=AuditAction.LOGIN_FAILED).latest("id")
    assert (unknown.username, unknown.user_id, unknown.organisation_id) == ("nobody-has-this", None, None)


def _rest_framework(**overrides):
    from django.conf import settings

    return override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, **overrides})


def test_the_client_address_is_the_one_the_trusted_proxy_saw(client, member):
    def failed_ip(**meta):
        client.post("/accounts/login/", {"username": member.username, "password": "wrong"}, **meta)
        return AuditEvent.objects.filter(action=AuditAction.LOGIN_FAILED).latest("id").ip

    spoofed = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "198.51.100.9"}
    # Without a proxy in front, a client cannot pick its address by sending the header.
    with _rest_framework(NUM_PROXIES=0):
        assert failed_ip(**spoofed) == "10.0.0.1"
    # Behind one proxy, the address that proxy added (the last one), not what the client put before it.
    with _rest_framework(NUM_PROXIES=1):
        assert failed_ip(**spoofed) == "198.51.100.9"
        assert failed_ip(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.10") == "198.51.100.10"
        assert failed_ip(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address") is None
        # django-axes counts failures under the same address.
        from axes.models import AccessAttempt

        assert AccessAttempt.objects.filter(ip_address="198.51.100.10").exists()


def test_token_creation_use_and_refusal_are_recorded(client, member):
    client.force_login(member)
    client.post("/accounts/profile/", {"token": "create"})
    assert len(events(action=AuditAction.TOKEN_CREATED, user_id=member.pk)) == 1
    key = Token.objects.get(user=member).key

    api = client.__class__()
    for _ in range(3):
        assert api.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 200
    # Once an hour per token, not once per request.
    [used] = events(action=AuditAction.TOKEN_USED, result=AuditResult.SUCCESS)
    assert used.user_id == member.pk
    assert key not in str(AuditEvent.objects.values_list())

    assert api.get("/api/v1/me/", HTTP_AUTHORIZATION="Token not-a-key").status_code == 401
    assert len(events(action=AuditAction.TOKEN_USED, result=AuditResult.FAILURE)) == 1

    client.post("/accounts/profile/", {"token": "revoke"})
    assert len(events(action=AuditAction.TOKEN_REVOKED, user_id=member.pk)) == 1


def test_a_refused_signal_is_a_denial_and_a_missing_one_is_not(client):
    world = build_world(aftercare=False)
    signal = world.objects["signal"]
    outsider = world.users["other_network"]
    client.force_login(outsider)
    assert client.get(f"/signalen/{signal.pk}/").status_code == 404
    [denied] = events(action=AuditAction.DENIED)
    assert (denied.object_type, denied.object_id) == ("signals.signal", str(signal.pk))
    assert (denied.user_id, denied.result) == (outsider.pk, AuditResult.DENIED)

    assert client.get(f"/signalen/{uuid.uuid4()}/").status_code == 404
    assert client.get("/signalen/not-a-uuid/").status_code == 404
    assert len(events(action=AuditAction.DENIED)) == 1


def test_a_signal_seen_below_the_level_a_page_needs_is_a_denial(client):
    world = build_world(aftercare=False)
    signal = world.objects["signal"]
    police = world.users["police_summary"]  # sees the signal at summary level only
    client.force_login(police)
    assert client.get(f"/signalen/{signal.pk}/").status_code == 200
    assert events(action=AuditAction.DENIED) == []
    assert client.get(f"/signalen/{signal.pk}/stap/3/").status_code == 404
    [denied] = events(action=AuditAction.DENIED)
    assert (denied.user_id, denied.object_id) == (police.pk, str(signal.pk))


def test_an_export_is_recorded_without_its_content(client):
    world = build_world(aftercare=False)
    member = world.users["member"]
    card = world.objects["card_adopted"]
    client.force_login(member)
    response = client.get(f"/afsprakenkaart/{card.pk}/pdf/")
    assert response.status_code == 200
    [export] = events(action=AuditAction.EXPORT)
    assert export.user_id == member.pk
    assert export.object_id == str(card.pk)
    assert export.detail == "application/pdf"

    response = client.get(f"/schermafbeeldingen/{world.objects['attachment'].pk}/")
    assert response.status_code == 200
    assert len(events(action=AuditAction.EXPORT)) == 2
    dump = str(AuditEvent.objects.values_list())
    for canary in (CANARY_FACTS, CANARY_FULL, CANARY_OWNER):
        assert canary not in dump


# --- who reads the log ---------------------------------------------------------------------------------------


def test_a_coordinator_reads_their_own_organisations_events_only(client, network):
    coordinator = MembershipFactory(coordinator=True, organisation=OrganisationFactory(network=network)).user
    colleague = MembershipFactory(organisation=coordinator.membership.organisation).user
    stranger = MembershipFactory(organisation=OrganisationFactory(network=network)).user
    record(AuditAction.LOGIN, user=colleague, detail="ours-1")
    record(AuditAction.LOGIN, user=stranger, detail="theirs-1")
    client.force_login(coordinator)
    response = client.get("/beveiligingslog/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "ours-1" in content
    assert "theirs-1" not in content

    client.force_login(colleague)
    assert client.get("/beveiligingslog/").status_code == 404


def test_the_log_filters_and_explains_bad_input(client, network):
    coordinator = MembershipFactory(coordinator=True, organisation=OrganisationFactory(network=network)).user
    colleague = MembershipFactory(organisation=coordinator.membership.organisation).user
    record(AuditAction.LOGIN, user=colleague, detail="a-login")
    record(AuditAction.EXPORT, user=colleague, detail="an-export")
    client.force_login(coordinator)
    content = client.get("/beveiligingslog/?action=export").content.decode()
    assert "an-export" in content and "a-login" not in content
    today = timezone.localdate()
    content = client.get(f"/beveiligingslog/?van={today + dt.timedelta(days=1)}").content.decode()
    assert "an-export" not in content

    response = client.get("/beveiligingslog/?van=2027-01-01&tot=2026-01-01", HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 400
    assert 'value="2027-01-01"' in response.content.decode()


def test_the_log_page_reads_a_constant_number_of_queries(client, network, django_assert_max_num_queries):
    coordinator = MembershipFactory(coordinator=True, organisation=OrganisationFactory(network=network)).user
    client.force_login(coordinator)
    client.get("/beveiligingslog/")
    for _ in range(60):
        record(AuditAction.LOGIN, user=coordinator)
    with django_assert_max_num_queries(8):
        assert client.get("/beveiligingslog/").status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get("/beveiligingslog/?page=2").status_code == 200


def test_a_deactivated_account_service_still_leaves_the_events(member):
    record(AuditAction.LOGIN, user=member)
    partner_services.user_set_language(user=member, language="en", acting_user=member)
    assert AuditEvent.objects.filter(user_id=member.pk).count() == 1


def test_the_profile_page_leads_coordinators_to_the_log(client, network):
    coordinator = MembershipFactory(coordinator=True, organisation=OrganisationFactory(network=network)).user
    colleague = MembershipFactory(organisation=coordinator.membership.organisation).user
    client.force_login(coordinator)
    assert 'href="/beveiligingslog/"' in client.get("/accounts/profile/").content.decode()
    client.force_login(colleague)
    assert 'href="/beveiligingslog/"' not in client.get("/accounts/profile/").content.decode()
