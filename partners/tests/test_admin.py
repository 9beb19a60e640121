"""The admin administers through the services, and no admin page answers 500."""

import pytest
from django.urls import reverse

from partners.models import Membership, Network, Organisation
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize("model", ["user", "network", "organisation", "membership", "informationposition"])
def test_admin_pages_load(operator_client, model, member):
    assert operator_client.get(reverse(f"admin:partners_{model}_changelist")).status_code == 200
    assert operator_client.get(reverse(f"admin:partners_{model}_add")).status_code == 200


def test_signal_content_is_not_in_the_admin(operator_client):
    """Platform staff administer but never read case content (DOMAIN.md §1)."""
    response = operator_client.get("/admin/signals/signal/")
    assert response.status_code == 404


def test_admin_creates_an_organisation_with_its_group(operator_client, network):
    response = operator_client.post(
        reverse("admin:partners_organisation_add"),
        {"network": network.pk, "name": "Jongerenwerk Zuid", "partner_type": "jongerenwerk"},
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Jongerenwerk Zuid")
    assert organisation.group.name == f"organisation:{organisation.pk}"


def test_admin_membership_goes_through_the_service(operator_client, network):
    user = UserFactory()
    organisation = OrganisationFactory(network=network, politie=True)
    response = operator_client.post(
        reverse("admin:partners_membership_add"),
        {"user": user.pk, "organisation": organisation.pk, "role": "coordinator"},
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user=user)
    assert organisation.group in user.groups.all()
    assert user.has_perm("partners.manage_organisation_members")
    assert membership.history.get().history_type == "+"


def test_admin_refuses_a_police_network_coordinator(operator_client, network):
    police = MembershipFactory(organisation=OrganisationFactory(network=network, politie=True), coordinator=True)
    response = operator_client.post(
        reverse("admin:partners_network_change", args=[network.pk]),
        {"name": network.name, "coordinator": police.pk},
        follow=True,
    )
    assert response.status_code == 200
    network = Network.objects.get(pk=network.pk)
    assert network.coordinator is None
    assert "openbare orde" in response.content.decode().lower()


def test_admin_renames_a_network_and_sets_its_coordinator(operator_client, network):
    oov = MembershipFactory(organisation=OrganisationFactory(network=network, oov=True), coordinator=True)
    response = operator_client.post(
        reverse("admin:partners_network_change", args=[network.pk]),
        {"name": "Gemeente Nieuwe Naam", "coordinator": oov.pk},
    )
    assert response.status_code == 302
    network = Network.objects.get(pk=network.pk)
    assert network.name == "Gemeente Nieuwe Naam"
    assert network.coordinator == oov
