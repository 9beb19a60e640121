"""factory_boy factories. They create through the services, so groups, permissions and history are real."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from partners import services
from partners.constants import MembershipRole, PartnerType
from partners.models import Membership, Network, Organisation
from signals.constants import SignalStatus
from signals.models import Phenomenon, Signal

PASSWORD = "correct-horse-battery-staple"


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    name = factory.Sequence(lambda n: f"Gemeente Test {n}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.network_create(name=kwargs["name"], acting_user=None)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    network = factory.SubFactory(NetworkFactory)
    name = factory.Sequence(lambda n: f"Organisatie {n}")
    partner_type = PartnerType.JONGERENWERK

    class Params:
        jongerenwerk = factory.Trait(partner_type=PartnerType.JONGERENWERK)
        politie = factory.Trait(partner_type=PartnerType.POLITIE)
        oov = factory.Trait(partner_type=PartnerType.GEMEENTE_OOV)
        school = factory.Trait(partner_type=PartnerType.SCHOOL)
        handhaving = factory.Trait(partner_type=PartnerType.HANDHAVING)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.organisation_create(acting_user=None, **kwargs)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.invalid")
    password = factory.django.Password(PASSWORD)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = MembershipRole.MEMBER

    class Params:
        coordinator = factory.Trait(role=MembershipRole.COORDINATOR)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.membership_create(acting_user=None, **kwargs)


def network_coordinator(network: Network) -> Membership:
    """An OOV coordinator made the network coordinator of ``network``."""
    membership = MembershipFactory(coordinator=True, organisation=OrganisationFactory(network=network, oov=True))
    services.network_set_coordinator(network=network, membership=membership, acting_user=None)
    membership.refresh_from_db()
    return membership


class SignalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signal

    owner_organisation = factory.SubFactory(OrganisationFactory)
    created_by = factory.LazyAttribute(lambda s: MembershipFactory(organisation=s.owner_organisation).user)
    sharing_summary = "Oproep tot confrontatie tussen twee groepen, openbaar verhaal."
    message_text = factory.Sequence(lambda n: f"Bericht {n}: wij zien jullie vanavond bij het plein")
    phenomenon = factory.LazyFunction(lambda: Phenomenon.objects.get(code="rivaliserende_jeugd"))
    platform = "snapchat"
    visibility = "public"
    received_via = "seen_myself"
    observed_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(hours=1))
    status = SignalStatus.OPEN

    class Params:
        draft = factory.Trait(status=SignalStatus.DRAFT)
        practice = factory.Trait(is_practice=True)
        acute = factory.Trait(is_acute=True, urgency="high")


def restore_reference_data() -> None:
    """The data migrations' reference data, back after an earlier transactional test emptied the tables.

    A transactional test (``transaction=True``, ``live_server``) starts with this, or with the parts it needs: the
    flush after each one empties every table, and post_migrate brings back only content types and permissions. No test
    uses ``serialized_rollback``: reloading the content types serialized when the database was made collides with the
    ones post_migrate made again (new ids) after a transactional test without it, so the outcome hung on test order."""
    from django.contrib.auth.models import Group, Permission

    from interventions.models import InterventionType
    from interventions.reference import ensure_intervention_types
    from partners.models import InformationPosition
    from partners.reference import ensure_information_positions, ensure_role_groups
    from signals.models import Phenomenon
    from signals.reference import ensure_phenomena

    ensure_role_groups(group_model=Group, permission_model=Permission)
    ensure_information_positions(position_model=InformationPosition)
    ensure_phenomena(phenomenon_model=Phenomenon)
    ensure_intervention_types(intervention_type_model=InterventionType)
