"""Demo signals: the eight example situations of seed 002, logged by the demo organisations at different steps of
the route, so a newcomer sees a living worklist. Demo only; idempotent (nothing is added to a network that already
has signals)."""

import datetime as dt

from django.utils import timezone

from partners.models import Membership, Network, Organisation
from partners.visibility import get_signal_for_user

from . import services, sharing
from .models import Phenomenon, Signal

# phenomenon code -> (owner username, platform, visibility, received via, persons, how far along the route)
DEMO_SIGNALS = {
    "rivaliserende_jeugd": (
        "jongerenwerk1",
        "snapchat",
        "public",
        "seen_myself",
        [{"alias": "Jongen A", "role": "poster", "age": 17, "known_how": "sterke band, jongerenwerk"}],
        "steps_1_2",
    ),
    "seksueel_grensoverschrijdend_gedrag": (
        "jongerenwerk2",
        "instagram",
        "closed",
        "from_unknown_account",
        [{"alias": "Meisje B", "role": "potential_victim", "age": 15}],
        "intake",
    ),
    "fraude": (
        "politie1",
        "tiktok",
        "public",
        "seen_myself",
        [{"alias": "Jongeman C", "role": "poster", "age": 20}],
        "reviewed",
    ),
    "intimidatie_en_geweld": (
        "jongerenwerk1",
        "instagram",
        "closed",
        "from_youth",
        [{"alias": "Jongen D", "role": "potential_victim", "age": 16}, {"alias": "Danny", "role": "poster"}],
        "acute",
    ),
    "online_aangejaagde_ordeverstoringen": (
        "oov1",
        "snapchat",
        "public",
        "seen_myself",
        [{"alias": "Jongere E", "role": "involved", "age": 19}],
        "action",
    ),
    "illegale_handel": (
        "handhaving1",
        "snapchat",
        "closed",
        "from_colleague",
        [{"alias": "Jongen F", "role": "poster", "age": 17}],
        "steps_1_2",
    ),
    "cybercriminaliteit": (
        "school1",
        "instagram",
        "closed",
        "from_youth",
        [{"alias": "Meisje G", "role": "potential_victim", "age": 14}],
        "closed",
    ),
    "radicalisering_en_extremisme": (
        "jongerenwerk2",
        "tiktok",
        "closed",
        "seen_myself",
        [{"alias": "Meisje H", "role": "poster", "age": 15}],
        "intake",
    ),
}


def _colleague(user):
    return (
        Membership.objects.filter(organisation_id=user.membership.organisation_id)
        .exclude(user=user)
        .select_related("user")
        .first()
        .user
    )


def seed_demo_signals(network: Network) -> int:
    if Signal.objects.filter(owner_organisation__network=network).exists():
        return 0
    created = 0
    for offset, (code, (username, platform, visibility_, via, persons, stage)) in enumerate(DEMO_SIGNALS.items()):
        membership = _member(network, username)
        if membership is None:
            continue
        user = membership.user
        phenomenon = Phenomenon.objects.get(code=code)
        data = {
            "phenomenon": phenomenon,
            "platform": platform,
            "visibility": visibility_,
            "observed_at": timezone.now() - dt.timedelta(days=offset, hours=2),
            "received_via": via,
            "message_text": phenomenon.example,
            "sharing_summary": f"Voorbeeldsituatie uit de routekaart: {phenomenon.name.lower()}.",
            "investigation_order_reference": "OB-DEMO-001"
            if membership.organisation.partner_type == "politie" and visibility_ == "closed"
            else "",
        }
        signal, _warnings = services.signal_create(acting_user=user, data=data, persons=persons)
        created += 1
        if stage == "intake":
            continue
        services.step_save(
            signal=signal,
            number=1,
            acting_user=user,
            answers={"openbaar_of_besloten": {"answer": visibility_}, "plaatser_duidelijk": {"answer": "yes"}},
        )
        services.step_save(signal=signal, number=2, acting_user=user, answers={"grap": {"answer": "unknown"}})
        if stage == "steps_1_2":
            continue
        services.review_create(signal=signal, reviewer=_colleague(user), agrees=True)
        if stage == "reviewed":
            continue
        if stage == "acute":
            services.step_save(
                signal=signal,
                number=3,
                acting_user=user,
                answers={"ernstige_feiten": {"answer": "yes"}},
                decision="yes",
            )
            continue
        services.step_save(signal=signal, number=3, acting_user=user, answers={}, decision="no")
        if stage == "closed":
            services.step_save(
                signal=signal,
                number=4,
                acting_user=user,
                answers={},
                decision="no",
                reason="Besproken met de school; geen interventie nodig.",
            )
            continue
        services.step_save(signal=signal, number=4, acting_user=user, answers={}, decision="yes")
        services.action_create(
            signal=signal,
            acting_user=user,
            kind="openbaar_bericht",
            executing_organisation=Organisation.objects.get(pk=membership.organisation_id),
            executing_person=user.get_full_name(),
            due_date=timezone.localdate() + dt.timedelta(days=2),
        )
    _seed_demo_shares(network)
    return created


def _member(network: Network, username: str) -> Membership | None:
    return (
        Membership.objects.select_related("user", "organisation")
        .filter(organisation__network=network, user__username=username)
        .first()
    )


def _demo_signal(network: Network, code: str) -> Signal | None:
    return Signal.objects.filter(owner_organisation__network=network, phenomenon__code=code).first()


def _seed_demo_shares(network: Network) -> None:
    """So that "Gedeeld met ons" is not empty: the acute threat shared with the police at facts level (a young
    person forwarded it: the trust question was weighed), with a short exchange; the OOV signal shared at summary.
    The rivalry example stays unshared: sharing it is the first thing to try (README)."""
    youth, police, oov = (_member(network, name) for name in ("jongerenwerk1", "politie1", "oov1"))
    acute = _demo_signal(network, "intimidatie_en_geweld")
    if youth and police and acute:
        sharing.share_create(
            signal=acute,
            acting_user=youth.user,
            organisation=police.organisation,
            level="facts",
            purpose="De politie kan inschatten of er een concrete dreiging is en zo nodig direct optreden.",
            legal_ground="vital_interest",
            justification="Tijd en plaats worden genoemd; een samenvatting volstaat niet om de dreiging te duiden.",
            trust_relation_at_risk=True,
            weighing_effectiveness="Geweld voorkomen past bij het doel van jongerenwerk: de veiligheid van jongeren.",
            weighing_alternatives="Zelf het gesprek aangaan lukt niet op tijd; de dreiging speelt vanavond.",
            weighing_proportionality="Alleen de feitelijke tekst, zonder namen en zonder schermafbeelding.",
        )
        police_view = get_signal_for_user(police.user, acute.pk)
        question = sharing.comment_create(
            signal=police_view,
            acting_user=police.user,
            phase="beeldvorming",
            level="facts",
            text="Is de genoemde plek een vaste hangplek? Dan kan de wijkagent er vanavond langsgaan.",
        )
        sharing.comment_create(
            signal=get_signal_for_user(youth.user, acute.pk),
            acting_user=youth.user,
            phase="beeldvorming",
            level="facts",
            text="Ja, het pleintje achter het buurthuis. Wij zijn er vanaf 19.00 uur.",
            parent=question,
        )
    order = _demo_signal(network, "online_aangejaagde_ordeverstoringen")
    if oov and order:
        for username in ("politie1", "jongerenwerk1"):
            receiver = _member(network, username)
            if receiver:
                sharing.share_create(
                    signal=order,
                    acting_user=oov.user,
                    organisation=receiver.organisation,
                    level="summary",
                    purpose="Samen inschatten of er een oproep tot ordeverstoring speelt.",
                    legal_ground="public_source",
                )
