"""Demo afsprakenkaart (demo only; idempotent: nothing is added to a network that already has a card):

- version 1, adopted: every organisation of the routekaart answered the four questions and agreed;
- version 2, a concept started from it: the police sharpened when they involve youth work, the school is still
  writing, and a conclusion of the practice session is carried into it;
- a practice session in its discussion round, with answers of youth work, police and the municipality;
- the covenant record (without a document: the network coordinator uploads the signed PDF)."""

import datetime as dt

from django.utils import timezone

from notifications.models import Notification
from partners.constants import PartnerType
from partners.models import Network
from signals.demo import _member
from signals.models import Phenomenon

from . import services
from .constants import BASIC_AGREEMENT_KEYS
from .models import AgreementCard, CardColumn

# Per partner type: (involve_partner, expect_involved, intervene_at, expect_intervene), in the words of practice.
ANSWERS = {
    PartnerType.JONGERENWERK: (
        "Bij openlijke dreiging met geweld of wapens, bij oproepen tot een confrontatie op een plek en tijd, en als "
        "een jongere zelf zegt in gevaar te zijn. Eerst de jongere, dan politie en gemeente.",
        "Als politie of school zorgen heeft over een jongere of groep die wij kennen, zodat wij het gesprek kunnen "
        "aangaan voordat er handhavend wordt opgetreden.",
        "Bij uitdagende of kwetsende berichten tussen groepen: wij gaan online en op straat het gesprek aan en "
        "reageren positief op de jongeren die de-escaleren.",
        "Politie grijpt in bij strafbare feiten en concrete dreiging; de gemeente bij oproepen tot ordeverstoring.",
    ),
    PartnerType.POLITIE: (
        "Als een bericht zorgen geeft over een jongere zonder dat er een strafbaar feit is: dan jongerenwerk. Bij "
        "oproepen tot ordeverstoring: de gemeente (OOV).",
        "Bij elke concrete dreiging met geweld, wapens, afpersing of seksuele beelden van minderjarigen: direct.",
        "Bij strafbare feiten en concrete, acute dreiging: wij handelen, eventueel met een spoedaanpak.",
        "Jongerenwerk bij zorgen over gedrag en groepsdynamiek; school bij leerlingen; de gemeente bij "
        "ordeverstoringen en de inzet van bevoegdheden van de burgemeester.",
    ),
    PartnerType.GEMEENTE_OOV: (
        "Bij oproepen tot ordeverstoring of vechtpartijen en bij spanningen rond incidenten: wij brengen politie, "
        "jongerenwerk en handhaving bij elkaar.",
        "Bij elk bericht dat de openbare orde raakt of dat de burgemeester moet weten.",
        "Bij een dreigende ordeverstoring: opschalen, de driehoek informeren en maatregelen voorbereiden.",
        "Politie en handhaving bij concrete dreiging op straat; jongerenwerk en school in het gesprek met jongeren.",
    ),
    PartnerType.SCHOOL: (
        "Als leerlingen betrokken zijn bij online dreiging of als beelden van leerlingen rondgaan.",
        "Als een leerling betrokken is bij een online incident dat in de klas doorwerkt.",
        "Bij pesten, sexting of dreiging tussen leerlingen: gesprek met leerling en ouders.",
        "Politie bij strafbare feiten; jongerenwerk na schooltijd.",
    ),
    PartnerType.HANDHAVING: (
        "Als een oproep een plek in de openbare ruimte noemt waar wij surveilleren.",
        "Bij oproepen tot samenscholing of vechtpartijen in ons gebied.",
        "Bij samenscholing en overlast op straat: zichtbaar aanwezig zijn en aanspreken.",
        "Politie bij strafbare feiten en geweld.",
    ),
}
POLICE_V2 = (
    "Als een bericht zorgen geeft over een jongere zonder dat er een strafbaar feit is: binnen een werkdag "
    "jongerenwerk. Bij oproepen tot ordeverstoring: direct de gemeente (OOV)."
)
PRACTICE = {
    PartnerType.JONGERENWERK: (
        "Dreigend, maar ik ken de jongen: eerst bellen.",
        "Hij wordt met bepaalde personen gezien.",
        "Na mijn gesprek met hem, als de dreiging blijft.",
        "Gesprek, en online positief reageren.",
    ),
    PartnerType.POLITIE: (
        "Mogelijk aankondiging van geweld.",
        "Onze zorgen over zijn omgang.",
        "Direct jongerenwerk, hij heeft daar een band mee.",
        "Extra aanwezigheid in de buurt vanavond.",
    ),
    PartnerType.GEMEENTE_OOV: (
        "Signaal van spanning tussen groepen.",
        "Eerdere incidenten in deze wijk.",
        "Als er een plek en tijd wordt genoemd.",
        "Regie: afstemmen wie wat doet.",
    ),
}


def seed_demo_agreements(network: Network) -> int:
    if AgreementCard.objects.filter(network=network).exists():
        return 0
    coordinator = _member(network, "oov-coordinator")
    if coordinator is None or not coordinator.is_network_coordinator:
        return 0
    members = {m.organisation.partner_type: m.user for m in _members(network)}
    first = services.card_create(acting_user=coordinator.user)
    for column in first.columns.select_related("organisation"):
        author = members.get(column.organisation.partner_type)
        answers = ANSWERS.get(column.organisation.partner_type)
        if author is None or answers is None:
            continue
        services.column_update(
            acting_user=author,
            column=column,
            **dict(
                zip(("involve_partner", "expect_involved", "intervene_at", "expect_intervene"), answers, strict=True)
            ),
        )
    services.card_submit(acting_user=coordinator.user, card=first)
    for column in first.columns.select_related("organisation"):
        services.column_agree(
            acting_user=members[column.organisation.partner_type], column=column, confirmed=BASIC_AGREEMENT_KEYS
        )
    services.card_adopt(acting_user=coordinator.user, card=first)
    # Made three months ago, as a network would have: started, put forward, agreed and adopted over a month.
    now = timezone.now()
    AgreementCard.objects.filter(pk=first.pk).update(
        created_at=now - dt.timedelta(days=120),
        submitted_at=now - dt.timedelta(days=100),
        adopted_at=now - dt.timedelta(days=90),
    )
    # What the partners were told about version 1 was read long ago.
    Notification.objects.filter(agreement_card=first).update(
        created_at=now - dt.timedelta(days=100), read_at=now - dt.timedelta(days=89)
    )
    for days, column in enumerate(first.columns.order_by("organisation__name"), start=92):
        CardColumn.objects.filter(pk=column.pk).update(
            updated_at=now - dt.timedelta(days=105), agreed_at=now - dt.timedelta(days=days)
        )

    session = services.session_create(
        acting_user=coordinator.user,
        title="Voorbereiding afsprakenkaart versie 2",
        phenomena=Phenomenon.objects.exclude(example="").order_by("position")[:2],
    )
    example = session.phenomena.order_by("position").first()
    for partner_type, texts in PRACTICE.items():
        if partner_type in members:
            services.practice_answer_save(
                acting_user=members[partner_type],
                session=session,
                phenomenon=example,
                **dict(zip(("interpretation", "context", "involve", "intervene"), texts, strict=True)),
            )
    session = services.session_advance(acting_user=coordinator.user, session=session)

    second = services.card_create(acting_user=coordinator.user)
    police = second.columns.filter(organisation__partner_type=PartnerType.POLITIE).first()
    if police is not None:
        services.column_update(acting_user=members[PartnerType.POLITIE], column=police, involve_partner=POLICE_V2)
    services.session_carry_conclusions(
        acting_user=coordinator.user,
        session=session,
        conclusions={
            "involve_partner": "Bij een bekende jongere eerst jongerenwerk, binnen een werkdag; bij plek en tijd "
            "direct politie en gemeente."
        },
    )
    services.covenant_update(
        acting_user=coordinator.user,
        coordinator_name="Eva Mulder, regisseur OOV",
        coordinator_contact="Via de gemeente, afdeling Openbare Orde en Veiligheid",
        scale_up="Bij concrete dreiging met geweld of wapens, of een oproep tot ordeverstoring met plek en tijd: "
        "de regisseur informeert de driehoek en roept het kernteam bijeen.",
        dpia_done_on=timezone.localdate() - dt.timedelta(days=200),
        dpia_reference="DPIA-OOV-2026-03",
        dpo_name="Functionaris gegevensbescherming gemeente Voorbeeld",
        dpo_contact="fg@voorbeeld.invalid",
        tasks={o.pk: text for o in network.organisations.all() for text in [TASKS.get(o.partner_type, "")] if text},
    )
    return 2


TASKS = {
    PartnerType.JONGERENWERK: "Contact met jongeren online en op straat; signaleren en de-escaleren.",
    PartnerType.POLITIE: "Opsporing en handhaving van de openbare orde; informatie binnen de wettelijke kaders.",
    PartnerType.GEMEENTE_OOV: "Regie op de samenwerking; advies aan de burgemeester; risicokalender.",
    PartnerType.SCHOOL: "Signaleren bij leerlingen; gesprek met leerling en ouders.",
    PartnerType.HANDHAVING: "Toezicht in de openbare ruimte; aanspreken bij samenscholing.",
}


def _members(network: Network):
    """One member (not the coordinator) per organisation of the network: who writes its column in the demo."""
    from partners.models import Membership

    seen = set()
    for membership in (
        Membership.objects.select_related("organisation", "user")
        .filter(organisation__network=network, role="member")
        .order_by("user__username")
    ):
        if membership.organisation_id not in seen:
            seen.add(membership.organisation_id)
            yield membership
