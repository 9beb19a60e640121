"""Demo cases (demo only; idempotent: nothing is added to a network that already has cases).

- Two more signals are shared with the municipality (OOV), so its coordinator can bundle shared signals into a
  case (README, "try it"): the acute threat (youth work, summary) and the illegal trade (enforcement, facts).
- One case led by the OOV coordinator: a call for riots that went into crisis, with the network's action plan and
  interventions from the matrix, one planned and one done."""

import datetime as dt

from django.utils import timezone

from partners.models import Network
from partners.visibility import get_signal_for_user
from signals import sharing
from signals.demo import _demo_signal as _signal
from signals.demo import _member

from . import services
from .models import Case, InterventionType


def seed_demo_cases(network: Network) -> int:
    if Case.objects.filter(network=network).exists():
        return 0
    youth, police, oov, enforcement = (
        _member(network, name) for name in ("jongerenwerk1", "politie1", "oov-coordinator", "handhaving1")
    )
    if not all((youth, police, oov, enforcement)):
        return 0
    acute = _signal(network, "intimidatie_en_geweld")
    trade = _signal(network, "illegale_handel")
    order = _signal(network, "online_aangejaagde_ordeverstoringen")
    if acute:
        sharing.share_create(
            signal=acute,
            acting_user=youth.user,
            organisation=oov.organisation,
            level="summary",
            purpose="De gemeente houdt overzicht over de spanningen tussen groepen in de wijk.",
            legal_ground="covenant",
            trust_relation_at_risk=False,
        )
    if trade:
        sharing.share_create(
            signal=trade,
            acting_user=enforcement.user,
            organisation=oov.organisation,
            level="facts",
            purpose="Samen bepalen of de handel samenhangt met de rivaliteit in de wijk.",
            legal_ground="covenant",
            justification="De gemeente moet de aangeboden handel zelf lezen om de samenhang te duiden.",
        )
    if order is None:
        return 0
    user = oov.user
    case = services.case_create(
        acting_user=user,
        title="Oproep tot rellen rond het winkelcentrum",
        description=(
            "Een openbare oproep op Snapchat om bij het winkelcentrum 'los te gaan'. Jongerenwerk en politie kennen "
            "de groep; handhaving is er in de avond."
        ),
        phase="vredestijd",
        organisations=[youth.organisation, police.organisation, enforcement.organisation],
        signals=[get_signal_for_user(user, order.pk)],
    )
    case = _as_lead(user, case)
    case = services.case_change_phase(
        case=case,
        acting_user=user,
        phase="crisis",
        reason="De oproep wordt massaal gedeeld en er wordt een tijdstip genoemd.",
    )
    case = _as_lead(user, case)
    services.crisis_plan_save(
        case=case,
        acting_user=user,
        choices={
            "act": {"option": "act", "reasoning": "Er is een concreet tijdstip en de oproep verspreidt zich snel."},
            "repression": {
                "option": "tolerance",
                "reasoning": "Eerst in gesprek; optreden alleen bij strafbare feiten.",
            },
            "selectivity": {"option": "selective", "reasoning": "Gericht op de oproeper en de kern van de groep."},
            "hardness": {"option": "soft", "reasoning": "Zichtbaar aanwezig, niet massaal."},
            "timing": {"option": "preventive", "reasoning": "Voor het genoemde tijdstip in contact met de groep."},
            "revenge": {"option": "medium", "reasoning": "Eerdere aanhoudingen in deze groep leidden tot boosheid."},
        },
        one_line="We zien de oproep, we gaan met jongeren in gesprek en we houden het winkelcentrum veilig.",
        communication_lead=oov.organisation,
        checklist={"conflict_stage": {"checked": True, "note": "Gespannen, emotionele interacties."}},
    )
    planned = InterventionType.objects.filter(code="de-escalatie-gesprek-over-geposte-berichten").first()
    services.intervention_create(
        acting_user=user,
        case=case,
        intervention_type=planned,
        title="" if planned else "Gesprek over de geposte berichten",
        executing_organisation=youth.organisation,
        goal="De groep laten inzien wat de oproep teweegbrengt en een alternatief bieden.",
        target="group",
        planned_date=timezone.localdate() + dt.timedelta(days=1),
        status="planned",
    )
    done = InterventionType.objects.filter(code="de-escalatie-oproeper-uit-de-anonimiteit").first()
    intervention = services.intervention_create(
        acting_user=user,
        case=case,
        intervention_type=done,
        title="" if done else "De oproeper uit de anonimiteit halen",
        executing_organisation=police.organisation,
        goal="De oproeper weet dat hij gezien is en trekt de oproep in.",
        target="poster",
        planned_date=timezone.localdate() - dt.timedelta(days=1),
        status="planned",
    )
    services.intervention_update(
        intervention=intervention,
        acting_user=police.user,
        status="done",
        outcome="De wijkagent heeft de oproeper thuis gesproken; de oproep is verwijderd.",
        effect="Geen nieuwe oproepen gezien. De groep vond het bezoek 'overdreven': bespreken in de evaluatie.",
    )
    return 1


def _as_lead(user, case: Case) -> Case:
    """The case as its lead sees it (with ``is_lead``), for the next service call."""
    from partners.visibility import get_case_for_user

    return get_case_for_user(user, case.pk)
