"""Demo aftercare and evaluation (demo only; idempotent: nothing is added when the network already has the demo's
aftercare case). Dates are relative to today, so the demo always reads as a story of the past weeks:

- a drill-rap conflict between groups of young people from Noord and de Haven, led by youth work, in which the police
  and the municipality (OOV) take part: in crisis five weeks ago (a talk with the makers of the clip, home visits by
  the police), in aftercare for two weeks now;
- its aftercare plan, made from the handvatten of seed 001: every task assigned, one done, the police's care for the
  tip-giver overdue (the police were reminded this morning), one task added by hand;
- two rumours in the misinformation log: one countered by a credible messenger with the recommendations ticked, one
  just spotted;
- an internal report of a burdening online incident by a youth worker (``jongerenwerk2``), followed up by the
  youth-work coordinator with a talk and intervision (their colleague ``jongerenwerk1`` does not see it);
- the network evaluation, started by the network coordinator: youth work and the police submitted their part, the
  municipality's own part is still missing. It is not finalised, so that ``oov-coordinator`` can write that part,
  conclude and finalise it in the demo.

No real names: the young people are "the makers of the clip", the groups are named after their neighbourhoods."""

import datetime as dt

from django.utils import timezone

from interventions import services as case_services
from interventions.models import Case, CasePhaseChange, Intervention
from notifications.models import Notification, NotificationKind
from partners.models import Network
from signals.demo import _member

from . import services
from .models import AftercareTask, Evaluation, EvaluationPart, Rumour, StaffReport

CASE_TITLE = "Drillrapconflict tussen jongeren uit Noord en de Haven"
CASE_DESCRIPTION = (
    "Twee groepen jongeren uit Noord en de Haven dissen elkaar al maanden in drillclips. In een nieuwe clip van de "
    "Noord-groep werden de straat en bijnamen van jongens uit de Haven genoemd en zwaaide een van de makers met een "
    "mes. Er volgde een confrontatie bij het winkelcentrum, zonder gewonden. Na gesprekken met beide groepen en twee "
    "huisbezoeken is het rustig; de nazorg richt zich op het herstel van contact en het voorkomen van een nieuwe "
    "spiraal."
)
NAZORG_REASON = (
    "Al twee weken geen nieuwe clips of dreigingen; de makers hebben de clip verwijderd en beide groepen zijn in "
    "gesprek met jongerenwerk. De crisis is voorbij: we starten de nazorg."
)

# code -> (days until due, status, note); the organisation is the plan's suggestion (seed 001: the usual partner).
TASKS = {
    "perceptions": (
        5,
        "busy",
        "Ouders in de Haven vonden de huisbezoeken te hard. Gesprek met politie en twee moeders gepland in het "
        "buurthuis.",
    ),
    "online_contact": (
        -4,
        "done",
        "Beide groepen via DM gesproken; de makers van de clip reageren weer op berichten en kwamen naar de "
        "studio-avond.",
    ),
    "positive": (7, "open", ""),
    "normalise": (
        21,
        "busy",
        "Een vaste jongerenwerker voor de Haven-groep; de eerste twee individuele gesprekken zijn gevoerd.",
    ),
    "community": (
        10,
        "busy",
        "Bewonersavond in Noord voorbereid met de wijkagent en het buurtteam.",
    ),
    "communication_plan": (14, "open", ""),
    "future": (
        28,
        "open",
        "Twee jongens zoeken een stage; navragen bij het leerwerkbedrijf van de gemeente.",
    ),
    # The tip-giver (a mother who sent the clip to the wijkagent) has not heard back: overdue.
    "tip_giver": (-3, "open", ""),
}


def seed_demo_aftercare(network: Network) -> int:
    if Case.objects.filter(network=network, title=CASE_TITLE).exists():
        return 0
    youth, youth2, youth_lead, police, oov = (
        _member(network, name)
        for name in ("jongerenwerk1", "jongerenwerk2", "jongerenwerk-coordinator", "politie1", "oov-coordinator")
    )
    if not all((youth, youth2, youth_lead, police, oov)) or not oov.is_network_coordinator:
        return 0
    today = timezone.localdate()
    now = timezone.now()

    def ago(days: int) -> dt.datetime:
        return now - dt.timedelta(days=days)

    # --- the case, its crisis and its move into aftercare ------------------------------------------------------
    case = case_services.case_create(
        acting_user=youth.user,
        title=CASE_TITLE,
        description=CASE_DESCRIPTION,
        phase="crisis",
        organisations=[police.organisation, oov.organisation],
    )
    talk = case_services.intervention_create(
        acting_user=youth.user,
        case=case,
        title="Gesprek met de makers van de clip",
        executing_organisation=youth.organisation,
        goal="De makers laten inzien wat de clip in de Haven teweegbrengt, en de clip laten verwijderen.",
        target="group",
        planned_date=today - dt.timedelta(days=34),
        status="planned",
    )
    case_services.intervention_update(
        intervention=talk,
        acting_user=youth.user,
        status="done",
        outcome="Twee van de drie makers gesproken in de studio; zij hebben de clip dezelfde avond verwijderd.",
        effect="Geen nieuwe clip. De Haven-groep vertrouwde het eerst niet ('jongerenwerk is van Noord').",
    )
    visit = case_services.intervention_create(
        acting_user=youth.user,
        case=case,
        title="Huisbezoek bij de twee jongens die in de clip met een mes zwaaiden",
        executing_organisation=police.organisation,
        goal="De jongens en hun ouders laten weten dat de dreiging gezien is; het mes laten inleveren.",
        target="poster",
        planned_date=today - dt.timedelta(days=33),
        status="planned",
    )
    case_services.intervention_update(
        intervention=visit,
        acting_user=police.user,
        status="done",
        outcome="Beide jongens thuis gesproken met een ouder erbij; een van hen leverde een keukenmes in.",
        effect="Geen fysiek treffen meer. De ouders ervoeren het bezoek als vernederend: bespreken in de nazorg.",
    )
    case = case_services.case_change_phase(case=case, acting_user=youth.user, phase="nazorg", reason=NAZORG_REASON)
    Case.objects.filter(pk=case.pk).update(created_at=ago(36))
    CasePhaseChange.objects.filter(case=case, to_phase="crisis").update(changed_at=ago(36))
    CasePhaseChange.objects.filter(case=case, to_phase="nazorg").update(changed_at=ago(15))
    Intervention.objects.filter(pk=talk.pk).update(created_at=ago(35))
    Intervention.objects.filter(pk=visit.pk).update(created_at=ago(34))

    # --- the aftercare plan -------------------------------------------------------------------------------------
    services.plan_create(case=case, acting_user=youth.user)
    for item in AftercareTask.objects.filter(case=case).select_related("organisation"):
        days, status, note = TASKS[item.code]
        services.task_update(
            task=item,
            acting_user=youth.user,
            organisation=item.organisation,
            due_date=today + dt.timedelta(days=days),
            status=status,
            note=note,
        )
    services.task_add(
        case=case,
        acting_user=police.user,
        title="Terugkoppeling aan de ouders van de twee jongens over de huisbezoeken",
        description="Uitleggen waarom we kwamen en wat er met het ingeleverde mes gebeurt; samen met jongerenwerk.",
        organisation=police.organisation,
        due_date=today + dt.timedelta(days=4),
    )
    AftercareTask.objects.filter(case=case).update(created_at=ago(15))

    # --- the misinformation log ---------------------------------------------------------------------------------
    countered = services.rumour_create(
        case=case,
        acting_user=youth.user,
        rumour="De politie zou de clip offline hebben laten halen om de Haven-groep te beschermen.",
        where="Reacties onder een TikTok-account uit Noord en Snapchat-verhalen",
        facts="De makers hebben de clip zelf verwijderd na het gesprek met jongerenwerk. De politie heeft niets "
        "laten verwijderen en kiest geen kant.",
        counter_message="De trainer vertelt in een kort filmpje dat de jongens de clip zelf hebben weggehaald, "
        "omdat ze niet willen dat er iemand gewond raakt. 'Respect dat ze dat durfden. Check eerst wie iets zegt "
        "voordat je het doorstuurt.'",
        messenger="Trainer van de boksschool in Noord, die jongens uit beide groepen traint",
        carried_by=youth.organisation,
        rules=["facts", "no_repetition", "messenger", "worldview", "scepticism"],
        status="countered",
    )
    spotted = services.rumour_create(
        case=case,
        acting_user=police.user,
        rumour="Zaterdag zou er bij het winkelcentrum 'afgerekend' worden met een jongen uit de Haven.",
        where="Doorgestuurde berichten in een groepsapp van ouders",
        facts="Politie en jongerenwerk vinden geen afspraak of oproep; de berichten lijken oud en gaan mogelijk over "
        "een ander conflict.",
        status="spotted",
    )
    Rumour.objects.filter(pk=countered.pk).update(created_at=ago(11))
    Rumour.objects.filter(pk=spotted.pk).update(created_at=ago(2))

    # --- an internal report of a burdening incident, followed up ------------------------------------------------
    report = services.staff_report_create(
        acting_user=youth2.user,
        occurred_on=today - dt.timedelta(days=13),
        kind="seen_violence",
        description="In de reacties onder de drillclip werd een filmpje gedeeld van de confrontatie bij het "
        "winkelcentrum. Ik heb het meerdere keren bekeken om te duiden wie erop stonden; twee van de jongens ken ik "
        "goed. Sindsdien slaap ik slecht en zie ik de beelden terug als ik door de wijk loop.",
        stressors=["emotional", "uncertainty", "workload"],
        wishes=["conversation", "intervision"],
        case=case,
    )
    services.staff_report_follow_up(
        report=report,
        acting_user=youth_lead.user,
        status="followed_up",
        follow_up=["conversation", "intervision"],
        follow_up_note="Gesprek gevoerd. De casus komt donderdag in de intervisie van het team. De komende twee weken "
        "doet een collega de online monitoring van deze groepen; beelden van geweld bekijken we voortaan met z'n "
        "tweeën, met een nagesprek.",
    )
    StaffReport.objects.filter(pk=report.pk).update(created_at=ago(12))
    Notification.objects.filter(kind=NotificationKind.STAFF_REPORT, recipient=youth_lead.user).update(
        created_at=ago(12), read_at=ago(12)
    )

    # --- the network evaluation: two parts in, the municipality's missing, not finalised -------------------------
    evaluation = services.evaluation_start(case=case, acting_user=oov.user, period_start=today - dt.timedelta(days=36))
    services.part_save(
        evaluation=evaluation,
        acting_user=youth.user,
        submit=True,
        went_well="Binnen een dag na het verschijnen van de clip hadden we contact met jongeren uit beide groepen, "
        "online en op straat. De makers kenden ons van de studio-avonden en wilden praten; de clip was dezelfde "
        "avond offline. De lijn met de wijkagent was kort: één appgroep, snelle afstemming.",
        went_badly="De clip stond al twee dagen online voordat wij hem zagen: niemand volgt de drillkanalen vast. "
        "De Haven-groep zag ons als 'van Noord', omdat ons jongerenwerk daar zijn ruimte heeft; dat maakte het "
        "contact met hen in het begin stroef.",
        do_better="Vaste afspraken over wie welke drillkanalen volgt. Eerder een jongerenwerker inzetten die de "
        "Haven-groep kent, zodat beide groepen een vertrouwd gezicht hebben. Huisbezoeken vooraf met ons afstemmen.",
        perceptions="Ja. Voor de politie was de clip een bedreiging met een wapen; de jongeren noemen het muziek en "
        "'beef die online blijft'. Ouders in de Haven vonden de huisbezoeken te hard en voelden hun zoons "
        "gecriminaliseerd. Dat verschil hebben we in het herstelgesprek benoemd, nog niet opgelost.",
        agreements_to_change="Bij drillclips met namen, straten of wapens informeren we elkaar binnen een werkdag, "
        "ook als er (nog) geen strafbaar feit is.",
        internal="Onze collega die de beelden moest duiden stond er te lang alleen voor. Online monitoring van "
        "geweldsbeelden voortaan met z'n tweeën en altijd met een nagesprek.",
    )
    services.part_save(
        evaluation=evaluation,
        acting_user=police.user,
        submit=True,
        went_well="Dankzij de snelle informatie van jongerenwerk konden we gericht op huisbezoek bij de twee jongens "
        "die in de clip met een mes zwaaiden. Er is geen fysiek treffen meer geweest en een mes is ingeleverd.",
        went_badly="De huisbezoeken vielen op een avond met familie op bezoek; dat werd als vernederend ervaren. "
        "Onze terugkoppeling aan jongerenwerk over de uitkomst kwam pas na vier dagen. De moeder die de clip "
        "doorstuurde heeft nog niets van ons gehoord.",
        do_better="Tijdstip en toon van huisbezoeken afstemmen met jongerenwerk. Terugkoppeling binnen twee "
        "werkdagen, ook aan de tipgever.",
        perceptions="Wij zagen een dreiging met een wapen; de jongeren en hun ouders zagen een muziekclip en voelden "
        "zich weggezet. In de wijk gaat het gerucht dat wij de clip lieten verwijderen.",
        agreements_to_change="Bij online dreiging zonder concreet tijdstip eerst jongerenwerk, dan pas een "
        "huisbezoek door de politie.",
    )
    Evaluation.objects.filter(pk=evaluation.pk).update(started_at=ago(3))
    EvaluationPart.objects.filter(evaluation=evaluation, organisation=youth.organisation).update(submitted_at=ago(2))
    EvaluationPart.objects.filter(evaluation=evaluation, organisation=police.organisation).update(submitted_at=ago(1))
    Notification.objects.filter(case=case, kind=NotificationKind.EVALUATION_STARTED).update(created_at=ago(3))

    # The daily job ran this morning: the police are reminded of their overdue task.
    services.send_due_reminders(today)
    return 1
