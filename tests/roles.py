"""The actors of the permission matrix and canary tests: one network with every kind of user, a second network,
and a platform operator. Each test gets fresh ones (function-scoped database)."""

import io
from dataclasses import dataclass, field

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from partners.visibility import AccessLevel, grant_signal_level
from signals import services as signal_services
from signals.models import Person, Signal, StepAnswer, StepDecision
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

CANARY_FACTS = "CANARY-FACTS-7f3a"  # in fields only owner/facts/full may read (message text, step 1-2 answers)
CANARY_FULL = "CANARY-FULL-b21c"  # in fields only owner/full may read (persons, handles)
CANARY_OWNER = "CANARY-OWNER-9d0e"  # in fields only the owner organisation may read (steps 3-5, police reference)


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
    Person.objects.create(signal=signal, alias=f"{CANARY_FULL} alias", role="poster", handle=f"@{CANARY_FULL}")
    StepAnswer.objects.create(
        signal=signal, step=1, question="emoji", text=f"{CANARY_FACTS} answer", updated_by=world.users["member"]
    )
    StepAnswer.objects.create(
        signal=signal, step=3, question="welke_partner", text=f"{CANARY_OWNER} answer", updated_by=world.users["member"]
    )
    StepDecision.objects.create(
        signal=signal, step=3, decision="no", reason=f"{CANARY_OWNER} decision", decided_by=world.users["member"]
    )
    Signal.objects.filter(pk=signal.pk).update(investigation_order_reference=CANARY_OWNER)
    grant_signal_level(signal=signal, organisation=police, level=AccessLevel.SUMMARY)
    action = signal_services.action_create(
        signal=signal,
        acting_user=world.users["member"],
        kind="opzoeken",
        executing_organisation=youth,
        description=f"{CANARY_OWNER} action",
    )
    attachment = signal_services.attachment_add(
        signal=signal, uploaded=_png(f"{CANARY_FULL}.png"), acting_user=world.users["member"]
    )
    world.objects = {
        "network": network,
        "youth": youth,
        "police": police,
        "other_org": other,
        "signal": signal,
        "action": action,  # a step-5 action on the canary signal
        "attachment": attachment,  # a screenshot of the canary signal
    }
    return world


def _png(name: str) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


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
