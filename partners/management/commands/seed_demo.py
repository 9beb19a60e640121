from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from aftercare.demo import seed_demo_aftercare
from agreements.demo import seed_demo_agreements
from interventions.demo import seed_demo_cases
from interventions.models import InterventionType
from interventions.reference import ensure_intervention_types
from partners import services
from partners.constants import PartnerType
from partners.demo import DEMO_NETWORKS, DEMO_OPERATOR_USERNAME, DEMO_PASSWORD, demo_accounts
from partners.models import InformationPosition, Membership, Network, Organisation, User
from partners.reference import ensure_information_positions, ensure_role_groups
from riskcalendar.demo import seed_demo_risk_calendar
from signals.demo import seed_demo_signals
from signals.models import Phenomenon
from signals.reference import ensure_phenomena


class Command(BaseCommand):
    help = "Create the demo networks, organisations and accounts (idempotent). Demo only."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Also run when DEBUG is off.")

    @transaction.atomic
    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("seed_demo creates accounts with a public password; refusing without DEBUG or --force")
        # Normally made by the migrations; again here for a database that was flushed (e.g. by browser tests).
        ensure_role_groups(group_model=Group, permission_model=Permission)
        ensure_information_positions(position_model=InformationPosition)
        ensure_phenomena(phenomenon_model=Phenomenon)
        ensure_intervention_types(intervention_type_model=InterventionType)
        created = 0
        for network_name, organisations in DEMO_NETWORKS.items():
            network = Network.objects.filter(name=network_name).first() or services.network_create(
                name=network_name, acting_user=None
            )
            for org_name, partner_type, *_rest in organisations:
                if not Organisation.objects.filter(network=network, name=org_name).exists():
                    services.organisation_create(
                        network=network, name=org_name, partner_type=partner_type, acting_user=None
                    )
        for network_name, org_name, username, full_name, role in demo_accounts():
            organisation = Organisation.objects.get(network__name=network_name, name=org_name)
            user = User.objects.filter(username=username).first()
            if user is None:
                first_name, _, last_name = full_name.partition(" ")
                user = User.objects.create_user(
                    username=username,
                    password=DEMO_PASSWORD,
                    first_name=first_name,
                    last_name=last_name,
                    email=f"{username}@demo.samenduiden.invalid",
                )
                created += 1
            if not Membership.objects.filter(user=user).exists():
                services.membership_create(user=user, organisation=organisation, role=role, acting_user=None)
        for network in Network.objects.filter(name__in=DEMO_NETWORKS):
            if network.coordinator_id is None:
                coordinator = Membership.objects.select_related("organisation__network", "user").get(
                    organisation__network=network,
                    organisation__partner_type=PartnerType.GEMEENTE_OOV,
                    user__username__endswith="oov-coordinator",
                )
                services.network_set_coordinator(network=network, membership=coordinator, acting_user=None)
        if not User.objects.filter(username=DEMO_OPERATOR_USERNAME).exists():
            User.objects.create_superuser(
                username=DEMO_OPERATOR_USERNAME,
                password=DEMO_PASSWORD,
                email=f"{DEMO_OPERATOR_USERNAME}@demo.samenduiden.invalid",
                first_name="Platform",
                last_name="Beheer",
            )
            created += 1
        demo_network = Network.objects.get(name="Gemeente Voorbeeld")
        signals = seed_demo_signals(demo_network)
        cases = seed_demo_cases(demo_network)
        risks = seed_demo_risk_calendar(demo_network)
        cards = seed_demo_agreements(demo_network)
        # After the cases: seed_demo_cases adds nothing to a network that already has a case.
        seed_demo_aftercare(demo_network)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready ({created} accounts, {signals} signals, {cases} cases, {risks} risk-calendar "
                f"entries and {cards} versions of the agreements card created)."
            )
        )
