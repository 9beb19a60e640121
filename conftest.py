import pytest

from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory


@pytest.fixture
def network():
    return NetworkFactory()


@pytest.fixture
def other_network():
    return NetworkFactory()


@pytest.fixture
def member(network):
    """A youth worker of a youth-work organisation in ``network``."""
    return MembershipFactory(organisation=OrganisationFactory(network=network, jongerenwerk=True)).user


@pytest.fixture
def colleague(member):
    return MembershipFactory(organisation=member.membership.organisation).user


@pytest.fixture
def police_member(network):
    return MembershipFactory(organisation=OrganisationFactory(network=network, politie=True)).user
