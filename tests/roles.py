"""The actors of the permission matrix and canary tests: one network with every kind of user, a second network,
and a platform operator. Each test gets fresh ones (function-scoped database)."""

from dataclasses import dataclass, field

from partners.visibility import AccessLevel, grant_signal_level
from tests.factories import (
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    SignalFactory,
    UserFactory,
    network_coordinator,
)

ROLES = [
    "anonymous",
    "operator",  # platform staff: administers, reads no case content
    "member",  # youth worker, owner organisation of the canary signal
    "coordinator",  # team lead of the same youth-work organisation
    "police_summary",  # police member; the signal is shared with police at summary level
    "school_none",  # school member; nothing shared with the school
    "network_coordinator",  # OOV coordinator, regisseur of the network
    "other_network",  # youth worker of another network
]

CANARY_FACTS = "CANARY-FACTS-7f3a"  # a string in a field only owner/facts/full may read


@dataclass
class World:
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)


def build_world() -> World:
    world = World()
    network = NetworkFactory()
    youth = OrganisationFactory(network=network, jongerenwerk=True)
    police = OrganisationFactory(network=network, politie=True)
    school = OrganisationFactory(network=network, school=True)
    other = OrganisationFactory(network=NetworkFactory(), jongerenwerk=True)
    world.users = {
        "anonymous": None,
        "operator": UserFactory(is_staff=True, is_superuser=True),
        "member": MembershipFactory(organisation=youth).user,
        "coordinator": MembershipFactory(organisation=youth, coordinator=True).user,
        "police_summary": MembershipFactory(organisation=police).user,
        "school_none": MembershipFactory(organisation=school).user,
        "network_coordinator": network_coordinator(network).user,
        "other_network": MembershipFactory(organisation=other).user,
    }
    signal = SignalFactory(
        owner_organisation=youth,
        created_by=world.users["member"],
        message_text=f"{CANARY_FACTS} wij pakken jullie vanavond",
        sharing_summary="Dreigende taal tussen twee groepen (samenvatting zonder persoonsgegevens).",
    )
    grant_signal_level(signal=signal, organisation=police, level=AccessLevel.SUMMARY)
    world.objects = {
        "network": network,
        "youth": youth,
        "police": police,
        "other_org": other,
        "signal": signal,
    }
    return world


# The access level each role has on the canary signal.
CANARY_LEVEL = {
    "anonymous": AccessLevel.NONE,
    "operator": AccessLevel.NONE,
    "member": AccessLevel.OWNER,
    "coordinator": AccessLevel.OWNER,
    "police_summary": AccessLevel.SUMMARY,
    "school_none": AccessLevel.NONE,
    "network_coordinator": AccessLevel.NONE,
    "other_network": AccessLevel.NONE,
}
