"""The visibility core: networks never see each other, and a signal is seen at exactly its share level."""

import uuid

import pytest
from django.db import connection
from django.http import Http404
from guardian.models import GroupObjectPermission, UserObjectPermission

from partners import visibility
from partners.visibility import AccessLevel
from signals.models import SignalGroupObjectPermission
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_organisations_only_of_own_network(member, network, other_network):
    own = OrganisationFactory(network=network, politie=True)
    foreign = OrganisationFactory(network=other_network, politie=True)
    visible = set(visibility.organisations_visible_to(member))
    assert own in visible
    assert member.membership.organisation in visible
    assert foreign not in visible
    with pytest.raises(Http404):
        visibility.get_organisation_for_user(member, foreign.pk)
    assert visibility.get_organisation_for_user(member, own.pk) == own


@pytest.mark.parametrize("bad_id", ["not-a-uuid", str(uuid.uuid4()), ""])
def test_unknown_or_malformed_organisation_is_404(member, bad_id):
    with pytest.raises(Http404):
        visibility.get_organisation_for_user(member, bad_id)


def test_members_only_of_own_organisation(member, colleague, police_member, other_network):
    foreigner = MembershipFactory(organisation=OrganisationFactory(network=other_network)).user
    visible_users = {m.user for m in visibility.memberships_visible_to(member)}
    assert visible_users == {member, colleague}
    assert police_member not in visible_users
    assert foreigner not in visible_users


def test_user_without_membership_sees_nothing(network):
    OrganisationFactory(network=network)
    SignalFactory(owner_organisation__network=network)
    operator = UserFactory(is_staff=True, is_superuser=True)
    assert not visibility.organisations_visible_to(operator).exists()
    assert not visibility.memberships_visible_to(operator).exists()
    assert not visibility.signals_visible_to(operator).exists()


def test_inactive_user_sees_nothing(member):
    SignalFactory(owner_organisation=member.membership.organisation)
    member.is_active = False
    assert not visibility.signals_visible_to(member).exists()


def test_signal_owner_sees_own_organisations_signals_only(member, colleague, police_member):
    own = SignalFactory(owner_organisation=member.membership.organisation)
    theirs = SignalFactory(owner_organisation=police_member.membership.organisation)
    assert list(visibility.signals_visible_to(colleague)) == [own]
    assert visibility.signal_access_level(colleague, own) == AccessLevel.OWNER
    assert visibility.signal_access_level(member, theirs) == AccessLevel.NONE
    with pytest.raises(Http404):
        visibility.get_signal_for_user(member, theirs.pk)


@pytest.mark.parametrize("level", [AccessLevel.SUMMARY, AccessLevel.FACTS, AccessLevel.FULL])
def test_share_gives_exactly_its_level(member, police_member, level):
    signal = SignalFactory(owner_organisation=member.membership.organisation)
    visibility.grant_signal_level(signal=signal, organisation=police_member.membership.organisation, level=level)
    fetched = visibility.get_signal_for_user(police_member, signal.pk)
    assert fetched.access_level == level
    assert visibility.signal_access_level(police_member, signal) == level
    # Asking for more than the share gives: not found, exactly like a signal that does not exist.
    if level < AccessLevel.FULL:
        with pytest.raises(Http404):
            visibility.get_signal_for_user(police_member, signal.pk, min_level=AccessLevel(level + 1))


def test_regrant_replaces_level_and_revoke_removes(member, police_member):
    signal = SignalFactory(owner_organisation=member.membership.organisation)
    police = police_member.membership.organisation
    visibility.grant_signal_level(signal=signal, organisation=police, level=AccessLevel.FULL)
    visibility.grant_signal_level(signal=signal, organisation=police, level=AccessLevel.SUMMARY)
    assert visibility.signal_access_level(police_member, signal) == AccessLevel.SUMMARY
    assert SignalGroupObjectPermission.objects.filter(content_object=signal).count() == 1
    visibility.revoke_signal(signal=signal, organisation=police)
    assert visibility.signal_access_level(police_member, signal) == AccessLevel.NONE


def test_share_reaches_only_the_receiving_organisation(member, police_member, network):
    school_member = MembershipFactory(organisation=OrganisationFactory(network=network, school=True)).user
    signal = SignalFactory(owner_organisation=member.membership.organisation)
    visibility.grant_signal_level(
        signal=signal, organisation=police_member.membership.organisation, level=AccessLevel.FULL
    )
    assert visibility.signal_access_level(school_member, signal) == AccessLevel.NONE


def test_no_share_across_networks(member, other_network):
    signal = SignalFactory(owner_organisation=member.membership.organisation)
    with pytest.raises(ValueError, match="own network"):
        visibility.grant_signal_level(
            signal=signal, organisation=OrganisationFactory(network=other_network), level=AccessLevel.SUMMARY
        )


def test_permissions_use_direct_foreign_key_tables_only(member, police_member):
    signal = SignalFactory(owner_organisation=member.membership.organisation)
    visibility.grant_signal_level(
        signal=signal, organisation=police_member.membership.organisation, level=AccessLevel.FACTS
    )
    assert SignalGroupObjectPermission.objects.filter(content_object=signal).exists()
    assert not GroupObjectPermission.objects.exists()
    assert not UserObjectPermission.objects.exists()


def test_redaction_copies_only_the_fields_of_the_level(member):
    signal = SignalFactory(owner_organisation=member.membership.organisation, message_text="CANARY-FACTS")
    summary = visibility.redact_signal(signal, AccessLevel.SUMMARY)
    assert summary.message_text is None
    assert not summary.has("message_text")
    assert "CANARY-FACTS" not in repr(summary._values)
    assert visibility.redact_signal(signal, AccessLevel.FACTS).message_text == "CANARY-FACTS"
    assert visibility.redact_signal(signal, AccessLevel.NONE)._values == {}


def test_signal_list_query_count_is_constant(member, police_member, django_assert_max_num_queries):
    police = police_member.membership.organisation
    for _ in range(3):
        signal = SignalFactory(owner_organisation=member.membership.organisation)
        visibility.grant_signal_level(signal=signal, organisation=police, level=AccessLevel.FACTS)
    police_member = type(police_member).objects.get(pk=police_member.pk)
    with django_assert_max_num_queries(2):  # membership + the list
        small = [
            (s.pk, s.access_level, s.owner_organisation.name) for s in visibility.signals_visible_to(police_member)
        ]
    for _ in range(20):
        signal = SignalFactory(owner_organisation=member.membership.organisation)
        visibility.grant_signal_level(signal=signal, organisation=police, level=AccessLevel.SUMMARY)
    police_member = type(police_member).objects.get(pk=police_member.pk)
    with django_assert_max_num_queries(2):
        large = [
            (s.pk, s.access_level, s.owner_organisation.name) for s in visibility.signals_visible_to(police_member)
        ]
    assert len(small) == 3
    assert len(large) == 23


def test_signal_list_uses_exists_over_the_permission_index(member, police_member):
    signal = SignalFactory(owner_organisation=member.membership.organisation)
    visibility.grant_signal_level(
        signal=signal, organisation=police_member.membership.organisation, level=AccessLevel.FACTS
    )
    sql, params = visibility.signals_visible_to(police_member).query.sql_with_params()
    assert "EXISTS" in sql.upper()
    assert SignalGroupObjectPermission._meta.db_table in sql
    assert "guardian_groupobjectpermission" not in sql
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET enable_seqscan = on")
    # With sequential scans discouraged, a usable index must be found for the permission rows.
    assert "signals_signalgroupobjectpermission" in plan
    assert "Seq Scan on signals_signalgroupobjectpermission" not in plan
