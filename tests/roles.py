"""The actors of the permission matrix and canary tests: one network with every kind of user, a second network,
and a platform operator. Each test gets fresh ones (function-scoped database)."""

import datetime as dt
import io
from dataclasses import dataclass, field

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from partners.constants import PartnerType
from partners.visibility import AccessLevel, get_signal_for_user
from signals import services as signal_services
from signals import sharing
from signals.models import Person, Share, Signal, SignalGroupObjectPermission, StepAnswer, StepDecision
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
    "enforcement_facts",  # municipal enforcement member; shared at facts level
    "care_full",  # member of a care partner (wijkteam); shared at full level
    "school_none",  # school member; the school's share at full level has expired
    "network_coordinator",  # OOV coordinator, regisseur of the network; the OOV share at full level was revoked
    "other_network",  # youth worker of another network
]

CANARY_FACTS = "CANARY-FACTS-7f3a"  # in fields only owner/facts/full may read (message text, step 1-2 answers)
CANARY_FULL = "CANARY-FULL-b21c"  # in fields only owner/full may read (persons, handles)
CANARY_OWNER = "CANARY-OWNER-9d0e"  # in fields only the owner organisation may read (steps 3-5, police reference)
# In every text of a risk-calendar entry kept by the OOV organisation and shown to youth work only.
CANARY_RISK = "CANARY-RISK-4e8a"
# The roles whose organisation sees that entry (the keeper, and youth work).
SEES_RISK_EVENT = ["member", "coordinator", "network_coordinator"]
# In the agreements card of the *other* network: never reaches anyone of the first network.
CANARY_AGREEMENT = "CANARY-AGREEMENT-5c71"
# In the youth worker's answer in a practice session that is still in its writing round: only its author reads it.
CANARY_PRACTICE = "CANARY-PRACTICE-0a96"
# In the youth worker's internal report of a burdening incident: read by them and their organisation's coordinator.
CANARY_STAFF = "CANARY-STAFF-31d7"
# In youth work's internal evaluation of the aftercare case: read inside youth work only, never in a report.
CANARY_INTERNAL = "CANARY-INTERNAL-e6b2"
# Who reads the internal report (the reporter and the youth-work coordinator).
READS_STAFF_REPORT = ["member", "coordinator"]
# The organisations taking part in the aftercare case (youth work leads; school does not take part): they see its
# plan, misinformation log and evaluation.
IN_AFTERCARE_CASE = ["member", "coordinator", "police_summary", "enforcement_facts", "care_full", "network_coordinator"]
# The roles of the network whose organisation has a column on the world's cards (care, an "other" partner, has none).
CARD_COLUMNS = ["member", "coordinator", "police_summary", "enforcement_facts", "school_none", "network_coordinator"]
# Every role of the first network: they read its cards, practice sessions (all organisations take part) and covenant.
IN_NETWORK = [*CARD_COLUMNS, "care_full"]


@dataclass
class World:
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)


def build_world(*, aftercare: bool = True) -> World:
    """The world of the matrix and canary tests. ``aftercare=False`` leaves out the aftercare case, its plan,
    evaluation and the internal report (tests that count the world's cases, interventions or notifications)."""
    world = World()
    network = NetworkFactory()
    youth = OrganisationFactory(network=network, jongerenwerk=True)
    police = OrganisationFactory(network=network, politie=True)
    school = OrganisationFactory(network=network, school=True)
    enforcement = OrganisationFactory(network=network, handhaving=True)
    care = OrganisationFactory(network=network, partner_type=PartnerType.OTHER, name="Wijkteam Centrum")
    other = OrganisationFactory(network=NetworkFactory(), jongerenwerk=True)
    world.users = {
        "anonymous": None,
        "operator": UserFactory(is_staff=True, is_superuser=True),
        "member": MembershipFactory(organisation=youth).user,
        "coordinator": MembershipFactory(organisation=youth, coordinator=True).user,
        "police_summary": MembershipFactory(organisation=police).user,
        "enforcement_facts": MembershipFactory(organisation=enforcement).user,
        "care_full": MembershipFactory(organisation=care).user,
        "school_none": MembershipFactory(organisation=school).user,
        "network_coordinator": network_coordinator(network).user,
        "other_network": MembershipFactory(organisation=other).user,
    }
    member = world.users["member"]
    signal = SignalFactory(
        owner_organisation=youth,
        created_by=member,
        # The message names the poster: partners at facts level read it with the name left out.
        message_text=f"{CANARY_FACTS} wij pakken jullie vanavond, zegt {CANARY_FULL} alias",
        sharing_summary="Dreigende taal tussen twee groepen (samenvatting zonder persoonsgegevens).",
    )
    Person.objects.create(signal=signal, alias=f"{CANARY_FULL} alias", role="poster", handle=f"@{CANARY_FULL}")
    StepAnswer.objects.create(
        signal=signal,
        step=1,
        question="emoji",
        text=f"{CANARY_FACTS} answer about @{CANARY_FULL}",
        updated_by=member,
    )
    StepAnswer.objects.create(
        signal=signal, step=3, question="welke_partner", text=f"{CANARY_OWNER} answer", updated_by=world.users["member"]
    )
    StepDecision.objects.create(
        signal=signal, step=3, decision="no", reason=f"{CANARY_OWNER} decision", decided_by=world.users["member"]
    )
    Signal.objects.filter(pk=signal.pk).update(investigation_order_reference=CANARY_OWNER)
    share = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig voor de duiding."}
    sharing.share_create(signal=signal, acting_user=member, organisation=police, level="summary", **share)
    sharing.share_create(signal=signal, acting_user=member, organisation=enforcement, level="facts", **share)
    sharing.share_create(signal=signal, acting_user=member, organisation=care, level="full", **share)
    # The school's share expired a minute ago (written in the past directly: the service refuses a past expiry).
    sharing.share_create(
        signal=signal,
        acting_user=member,
        organisation=school,
        level="full",
        expires_at=timezone.now() + dt.timedelta(days=1),
        **share,
    )
    past = timezone.now() - dt.timedelta(minutes=1)
    Share.objects.filter(signal=signal, organisation=school).update(expires_at=past)
    SignalGroupObjectPermission.objects.filter(content_object=signal, group=school.group).update(expires_at=past)
    oov_share = sharing.share_create(
        signal=signal,
        acting_user=member,
        organisation=world.users["network_coordinator"].membership.organisation,
        level="full",
        **share,
    )
    sharing.share_revoke(share=oov_share, acting_user=member)
    # The joint interpretation: comments written for readers at each level, and a reply.
    owner_view = get_signal_for_user(member, signal.pk)
    sharing.comment_create(
        signal=owner_view, acting_user=member, phase="beeldvorming", level="summary", text="Graag jullie blik."
    )
    facts_comment = sharing.comment_create(
        signal=owner_view,
        acting_user=member,
        phase="beeldvorming",
        level="facts",
        text=f"Let op de woorden: {CANARY_FACTS} comment",
    )
    sharing.comment_create(
        signal=owner_view,
        acting_user=member,
        phase="oordeelsvorming",
        level="full",
        text=f"De plaatser is {CANARY_FULL} comment",
        parent=facts_comment,
    )
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
    # A case led by youth work, in which every partner of the canary signal takes part (the school too, whose share
    # expired: it sees the case, not the signal). The OOV coordinator's organisation does not take part.
    from interventions import services as case_services

    case = case_services.case_create(
        acting_user=member,
        title="Conflict tussen twee groepen in Centrum",
        phase="crisis",
        organisations=[police, enforcement, care, school],
        signals=[owner_view],
    )
    case_intervention = case_services.intervention_create(
        acting_user=member,
        case=case,
        title="Gesprek met de groep",
        goal="De-escaleren voor het weekend.",
        target="group",
        executing_organisation=police,
    )
    # An intervention on the signal, seen only by the owner and the organisations carrying it out or registering it.
    signal_intervention = case_services.intervention_create(
        acting_user=member,
        signal=owner_view,
        title="Huisbezoek",
        goal=f"{CANARY_OWNER} intervention goal",
        target="poster",
        executing_organisation=youth,
    )
    # An intervention on the signal carried out by enforcement (facts level): its texts name the poster, which
    # enforcement reads with the name left out.
    enforcement_intervention = case_services.intervention_create(
        acting_user=member,
        signal=owner_view,
        title=f"Gesprek met {CANARY_FULL} alias",
        goal=f"Handhaving spreekt {CANARY_FULL} alias aan.",
        target="poster",
        executing_organisation=enforcement,
    )
    # The risk calendar: an entry kept by the OOV organisation, seen by youth work only; its texts carry the risk
    # canary. The youth worker subscribed to the calendar feed.
    from riskcalendar import services as risk_services

    risk_event = risk_services.risk_event_create(
        acting_user=world.users["network_coordinator"],
        kind="incident",
        title=f"Steekincident {CANARY_RISK}",
        start_date=timezone.localdate() - dt.timedelta(days=330),
        area=f"Noord {CANARY_RISK}",
        risk_level="high",
        description=f"Jubileum nadert {CANARY_RISK}",
        organisations=[youth],
    )
    # A second entry, seen by youth work too, for the matrix rows that remove one (the first stays for the others).
    spare_risk_event = risk_services.risk_event_create(
        acting_user=world.users["network_coordinator"],
        kind="local_event",
        title="Kermis",
        start_date=timezone.localdate() + dt.timedelta(days=20),
        end_date=timezone.localdate() + dt.timedelta(days=24),
        area="Zuid",
        risk_level="low",
        organisations=[youth],
    )
    feed_key = risk_services.feed_token_create(user=member)
    agreements = _agreements(world, network, other)
    aftercare = _aftercare(world, owner_view, police, enforcement, care) if aftercare else {}
    world.objects = {
        "network": network,
        "risk_event": risk_event,  # kept by OOV, seen by youth work (SEES_RISK_EVENT)
        "spare_risk_event": spare_risk_event,  # kept by OOV, seen by youth work: the API's DELETE row removes it
        "risk_window": risk_event.windows.get(rule="anniversary_1"),  # running now: the first anniversary's run-up
        "feed_key": feed_key,  # the youth worker's calendar feed
        **agreements,
        **aftercare,
        "case": case,
        "case_intervention": case_intervention,  # on the case, carried out by the police
        "signal_intervention": signal_intervention,  # on the canary signal, youth work only
        "enforcement_intervention": enforcement_intervention,  # on the canary signal, carried out by enforcement
        "youth": youth,
        "police": police,
        "other_org": other,
        "signal": signal,
        "action": action,  # a step-5 action on the canary signal
        "attachment": attachment,  # a screenshot of the canary signal
        "enforcement": enforcement,
        "care": care,
        "school": school,
        "share": Share.objects.get(signal=signal, organisation=police, revoked_at__isnull=True),  # police, summary
    }
    return world


def _aftercare(world, owner_view, police, enforcement, care) -> dict:
    """A second case, in aftercare, led by youth work with the canary signal, in which police, enforcement, care and
    the network coordinator's OOV organisation take part (the school does not): its plan, a rumour, and a finalised
    evaluation with youth work's and the police's parts (youth work's internal evaluation holds CANARY_INTERNAL).
    The youth worker made an internal report of a burdening incident (CANARY_STAFF)."""
    from aftercare import services as aftercare_services
    from interventions import services as case_services

    member = world.users["member"]
    coordinator = world.users["network_coordinator"]
    oov = coordinator.membership.organisation
    case = case_services.case_create(
        acting_user=member,
        title="Nazorg na de vechtpartij bij het station",
        phase="nazorg",
        organisations=[police, enforcement, care, oov],
        signals=[owner_view],
    )
    case_services.intervention_create(
        acting_user=member,
        case=case,
        title="Herstelgesprek met de groep",
        goal="Banden herstellen na de crisis.",
        target="group",
        executing_organisation=owner_view.owner_organisation,
    )
    aftercare_services.plan_create(case=case, acting_user=member)
    rumour = aftercare_services.rumour_create(
        case=case,
        acting_user=member,
        rumour="De politie zou de groep expres hebben uitgelokt.",
        facts="De inzet volgde op een melding van omwonenden.",
        counter_message="Wat er gebeurde, en waarom.",
        messenger="Trainer van de voetbalclub",
        carried_by=owner_view.owner_organisation,
        rules=["facts", "messenger"],
        status="countered",
    )
    staff_report = aftercare_services.staff_report_create(
        acting_user=member,
        occurred_on=timezone.localdate() - dt.timedelta(days=3),
        kind="seen_violence",
        description=f"Beelden van de mishandeling gezien {CANARY_STAFF}",
        stressors=["emotional"],
        wishes=["conversation"],
        case=case,
    )
    evaluation = aftercare_services.evaluation_start(case=case, acting_user=coordinator)
    answers = {
        "went_well": "Snel contact tussen jongerenwerk en politie.",
        "went_badly": "De terugkoppeling kwam laat.",
        "do_better": "Eerder een gezamenlijke boodschap.",
    }
    aftercare_services.part_save(
        evaluation=evaluation,
        acting_user=member,
        submit=True,
        internal=f"Onze eigen rol {CANARY_INTERNAL}",
        **answers,
    )
    aftercare_services.part_save(
        evaluation=evaluation, acting_user=world.users["police_summary"], submit=True, **answers
    )
    aftercare_services.evaluation_update(
        evaluation=evaluation,
        acting_user=coordinator,
        conclusions="Het netwerk werkte goed samen; de terugkoppeling moet sneller.",
        follow_ups="Terugkoppeling binnen twee dagen\nContactenlijst sleutelfiguren bijwerken",
        procedures={"contact_list": {"status": "in_progress", "note": ""}},
    )
    evaluation = aftercare_services.evaluation_finalise(
        evaluation=evaluation, acting_user=coordinator, without_missing=True
    )
    return {
        "aftercare_case": case,  # in nazorg, with the canary signal; school does not take part
        "aftercare_task": case.aftercare_tasks.order_by("position").first(),
        "rumour": rumour,
        "staff_report": staff_report,  # the youth worker's, with CANARY_STAFF
        "evaluation": evaluation,  # finalised; youth work's internal part holds CANARY_INTERNAL
    }


def _agreements(world, network, other) -> dict:
    """The afsprakenkaart: version 1 adopted, version 2 a concept; a practice session in its writing round with the
    youth worker's answer; the covenant with its document. The other network has an adopted card of its own."""
    from agreements import services as agreement_services
    from signals.models import Phenomenon

    coordinator = world.users["network_coordinator"]
    adopted = _adopted_card(coordinator, text="Afspraak")
    concept = agreement_services.card_create(acting_user=coordinator)
    everyone = list(network.organisations.all())
    session = agreement_services.session_create(
        acting_user=coordinator,
        title="Voorbereiding afsprakenkaart",
        phenomena=Phenomenon.objects.exclude(example="").order_by("position")[:2],
        organisations=everyone,
    )
    example = session.phenomena.order_by("position").first()
    agreement_services.practice_answer_save(
        acting_user=world.users["member"],
        session=session,
        phenomenon=example,
        interpretation=f"Ik duid dit als dreiging {CANARY_PRACTICE}",
    )
    agreement_services.covenant_update(
        acting_user=coordinator,
        coordinator_name="Regisseur OOV",
        scale_up="Bij dreiging met wapens schalen we op naar de driehoek.",
        dpia_done_on=timezone.localdate() - dt.timedelta(days=100),
        dpia_reference="DPIA-2026-014",
    )
    agreement_services.covenant_document_set(
        acting_user=coordinator, uploaded=SimpleUploadedFile("convenant.pdf", b"%PDF-1.4\n% convenant\n%%EOF\n")
    )
    other_coordinator = network_coordinator(other.network).user
    other_card = _adopted_card(other_coordinator, text=f"Andere stad {CANARY_AGREEMENT}")
    return {
        "card_adopted": adopted,  # version 1, adopted: the PDF and the route's steps 3 and 4 use it
        "card_concept": concept,  # version 2, a concept: columns can be written
        "practice_session": session,  # writing round; the youth worker answered the first example
        "practice_example": example,
        "other_card": other_card,  # the other network's adopted card, with the agreement canary
        "other_coordinator": other_coordinator,
    }


def _adopted_card(coordinator, *, text: str):
    """A card of the coordinator's network with every column answered and agreed, adopted."""
    from agreements import services as agreement_services
    from agreements.constants import BASIC_AGREEMENT_KEYS, QUESTION_FIELDS
    from partners.models import Membership

    card = agreement_services.card_create(acting_user=coordinator)
    for column in card.columns.select_related("organisation"):
        author = Membership.objects.filter(organisation=column.organisation).order_by("created_at").first().user
        answers = {field: f"{text} {column.organisation.name}: {field}" for field in QUESTION_FIELDS}
        agreement_services.column_update(acting_user=author, column=column, **answers)
    agreement_services.card_submit(acting_user=coordinator, card=card)
    for column in card.columns.all():
        author = column.updated_by
        agreement_services.column_agree(acting_user=author, column=column, confirmed=BASIC_AGREEMENT_KEYS)
    return agreement_services.card_adopt(acting_user=coordinator, card=card)


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
    "enforcement_facts": AccessLevel.FACTS,
    "care_full": AccessLevel.FULL,
    "school_none": AccessLevel.NONE,
    "network_coordinator": AccessLevel.NONE,
    "other_network": AccessLevel.NONE,
}
