import pytest
from django.core.exceptions import ValidationError

from partners import services
from partners.constants import MembershipRole
from partners.models import Membership, Organisation
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory, UserFactory, network_coordinator

pytestmark = pytest.mark.django_db


def test_organisation_gets_its_own_group_and_history(network):
    operator = UserFactory(is_superuser=True)
    organisation = services.organisation_create(
        network=network, name="Jongerenwerk Noord", partner_type="jongerenwerk", acting_user=operator
    )
    assert organisation.group.name == f"organisation:{organisation.id}"
    record = organisation.history.get()
    assert record.history_type == "+"
    assert record.history_user == operator


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": "  ", "partner_type": "politie"}, "name"),
        ({"name": "X", "partner_type": "brandweer"}, "partner_type"),
    ],
)
def test_organisation_create_rejects_bad_input(network, kwargs, field):
    with pytest.raises(ValidationError) as exc:
        services.organisation_create(network=network, acting_user=None, **kwargs)
    assert field in exc.value.message_dict
    assert not Organisation.objects.exists()


def test_organisation_name_unique_per_network_only(network, other_network):
    services.organisation_create(network=network, name="Politie", partner_type="politie", acting_user=None)
    services.organisation_create(network=other_network, name="Politie", partner_type="politie", acting_user=None)
    with pytest.raises(ValidationError):
        services.organisation_create(network=network, name="Politie", partner_type="politie", acting_user=None)


def test_member_and_coordinator_permissions_come_from_role_groups(network):
    organisation = OrganisationFactory(network=network)
    member = MembershipFactory(organisation=organisation).user
    coordinator = MembershipFactory(organisation=organisation, coordinator=True).user
    assert member.has_perm("partners.view_network_partners")
    assert not member.has_perm("partners.manage_organisation_members")
    assert coordinator.has_perm("partners.manage_organisation_members")
    assert coordinator.has_perm("partners.view_organisation_audit_log")
    assert not coordinator.has_perm("partners.coordinate_network")
    assert organisation.group in member.groups.all()


def test_a_user_belongs_to_one_organisation(member, network):
    with pytest.raises(ValidationError):
        services.membership_create(
            user=member, organisation=OrganisationFactory(network=network), role="member", acting_user=None
        )
    assert Membership.objects.filter(user=member).count() == 1


def test_role_change_updates_permissions_and_history(member):
    membership = member.membership
    services.membership_set_role(membership=membership, role=MembershipRole.COORDINATOR, acting_user=None)
    member = type(member).objects.get(pk=member.pk)
    assert member.has_perm("partners.manage_organisation_members")
    assert [h.role for h in membership.history.order_by("history_date")] == ["member", "coordinator"]


def test_network_coordinator_is_an_oov_coordinator(network, other_network):
    coordinator = network_coordinator(network)
    assert coordinator.is_network_coordinator
    assert coordinator.user.has_perm("partners.coordinate_network")

    police_coordinator = MembershipFactory(
        organisation=OrganisationFactory(network=network, politie=True), coordinator=True
    )
    oov_member = MembershipFactory(organisation=coordinator.organisation)
    foreign_oov = MembershipFactory(organisation=OrganisationFactory(network=other_network, oov=True), coordinator=True)
    for wrong in (police_coordinator, oov_member, foreign_oov):
        with pytest.raises(ValidationError):
            services.network_set_coordinator(network=network, membership=wrong, acting_user=None)
    network.refresh_from_db()
    assert network.coordinator == coordinator


def test_handing_over_network_coordination_moves_the_permission(network):
    first = network_coordinator(network)
    second = MembershipFactory(organisation=first.organisation, coordinator=True)
    services.network_set_coordinator(network=network, membership=second, acting_user=None)
    first_user = type(first.user).objects.get(pk=first.user.pk)
    second_user = type(second.user).objects.get(pk=second.user.pk)
    assert not first_user.has_perm("partners.coordinate_network")
    assert second_user.has_perm("partners.coordinate_network")
    with pytest.raises(ValidationError):
        services.membership_set_role(membership=second, role=MembershipRole.MEMBER, acting_user=None)


def test_language_is_validated(member):
    with pytest.raises(ValidationError):
        services.user_set_language(user=member, language="de", acting_user=member)
    services.user_set_language(user=member, language="en", acting_user=member)
    member.refresh_from_db()
    assert member.language == "en"


def test_network_names_are_unique():
    NetworkFactory(name="Gemeente Een")
    with pytest.raises(ValidationError):
        services.network_create(name="Gemeente Een", acting_user=None)
