"""The rules of aftercare and evaluation as aftercare/services.py carries them (issue 7, DOMAIN.md §8): the plan built
from the handvatten of seed 001 and its daily reminder, the internal report of a burdening incident, the
misinformation log, the network evaluation with its parts, the lessons for the afsprakenkaart and the report.

The world here: a case in aftercare about a drill-rap conflict, led by youth work, in which the police and the
network coordinator's OOV organisation take part; the school of the same network does not, nor does anyone of the
other network. Messages are English source strings translated later: refusals are asserted by the fields they name
(``message_dict`` keys) and by their kind (PermissionDenied: who may; ValidationError: what was asked)."""

import datetime as dt
from collections import Counter
from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext

from aftercare import services
from aftercare.constants import (
    AFTERCARE_TASK_CODES,
    AFTERCARE_TASK_TEXTS,
    EvaluationStatus,
    ReportStatus,
    RumourStatus,
    StaffReportStatus,
    TaskStatus,
)
from aftercare.models import AftercareTask, Evaluation, EvaluationPart, EvaluationReport, Rumour, StaffReport
from agreements import services as agreement_services
from agreements.constants import CardStatus
from agreements.models import AgreementCard, CardNote
from interventions import services as case_services
from interventions.models import CaseParticipant
from notifications.models import Notification, NotificationKind
from partners.models import Membership
from partners.visibility import get_case_for_user, get_signal_for_user
from signals import sharing
from tests.factories import (
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    SignalFactory,
    UserFactory,
    network_coordinator,
)

pytestmark = pytest.mark.django_db

CASE_TITLE = "Drillrapconflict tussen Noord en de Haven"
ANSWERS = {
    "went_well": "Jongerenwerk en politie hadden binnen een uur contact.",
    "went_badly": "De school hoorde het pas na het weekend.",
    "do_better": "Eerder een gezamenlijke boodschap naar de ouders.",
}


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl"):
        yield


@pytest.fixture
def net():
    network = NetworkFactory()
    youth = OrganisationFactory(network=network, jongerenwerk=True, name="Jongerenwerk Noord")
    police = OrganisationFactory(network=network, politie=True, name="Politie basisteam Noord")
    school = OrganisationFactory(network=network, school=True, name="Noordercollege")
    regisseur = network_coordinator(network)
    other_org = OrganisationFactory(network=NetworkFactory(), jongerenwerk=True)
    n = SimpleNamespace(
        network=network,
        youth=youth,
        police=police,
        school=school,
        oov=regisseur.organisation,
        other_org=other_org,
        member=MembershipFactory(organisation=youth).user,
        colleague=MembershipFactory(organisation=youth).user,
        team_lead=MembershipFactory(organisation=youth, coordinator=True).user,
        officer=MembershipFactory(organisation=police).user,
        police_lead=MembershipFactory(organisation=police, coordinator=True).user,
        oov_member=MembershipFactory(organisation=regisseur.organisation).user,
        regisseur=regisseur.user,
        teacher=MembershipFactory(organisation=school).user,
        outsider=MembershipFactory(organisation=other_org).user,
        other_regisseur=network_coordinator(other_org.network).user,
    )
    n.case = case_services.case_create(
        acting_user=n.member, title=CASE_TITLE, phase="nazorg", organisations=[police, regisseur.organisation]
    )
    return n


def members_of(*organisations) -> list:
    return sorted(Membership.objects.filter(organisation__in=organisations).values_list("user_id", flat=True), key=str)


def told(kind) -> Counter:
    """How often each user was told ``kind``."""
    return Counter(Notification.objects.filter(kind=kind).values_list("recipient_id", flat=True))


def once(*organisations) -> Counter:
    return Counter(dict.fromkeys(members_of(*organisations), 1))


def keys(refused) -> set:
    return set(refused.value.message_dict)


def task(case, code) -> AftercareTask:
    return AftercareTask.objects.get(case=case, code=code)


def started(n) -> Evaluation:
    return services.evaluation_start(case=n.case, acting_user=n.regisseur)


def finalised(n) -> Evaluation:
    """Youth work and the police submitted their part; OOV did not; finalised without it."""
    evaluation = started(n)
    services.part_save(evaluation=evaluation, acting_user=n.member, submit=True, **ANSWERS)
    services.part_save(evaluation=evaluation, acting_user=n.officer, submit=True, **ANSWERS)
    services.evaluation_update(evaluation=evaluation, acting_user=n.regisseur, conclusions="Goed samengewerkt.")
    return services.evaluation_finalise(evaluation=evaluation, acting_user=n.regisseur, without_missing=True)


# --- the aftercare plan -----------------------------------------------------------------------------------------


def test_the_plan_belongs_to_aftercare(net):
    crisis = case_services.case_create(acting_user=net.member, title="Nog in crisis", phase="crisis")
    with pytest.raises(ValidationError):
        services.plan_create(case=crisis, acting_user=net.member)
    assert not AftercareTask.objects.filter(case=crisis).exists()


def test_the_plan_holds_one_task_per_handvat_due_in_two_weeks(net):
    assert services.plan_create(case=net.case, acting_user=net.officer) == len(AFTERCARE_TASK_CODES)
    tasks = list(AftercareTask.objects.filter(case=net.case).order_by("position"))
    assert [t.code for t in tasks] == list(AFTERCARE_TASK_CODES)
    due = timezone.localdate() + dt.timedelta(days=14)
    for t in tasks:
        title, text, point = AFTERCARE_TASK_TEXTS[t.code]
        assert (t.title, t.description, t.source_point) == (str(title), str(text), point)
        assert t.due_date == due
        assert t.status == TaskStatus.OPEN and t.reminded_on is None
        assert t.created_by == net.officer


def test_the_plan_suggests_the_usual_partner_type_and_the_lead_otherwise(net):
    services.plan_create(case=net.case, acting_user=net.member)
    assigned = dict(AftercareTask.objects.filter(case=net.case).values_list("code", "organisation_id"))
    assert assigned == {
        "perceptions": net.youth.pk,  # the lead
        "online_contact": net.youth.pk,
        "positive": net.youth.pk,
        "normalise": net.youth.pk,
        "community": net.oov.pk,
        "communication_plan": net.oov.pk,
        "future": net.youth.pk,
        "tip_giver": net.police.pk,
    }
    # Without the municipality and the police in the case, their handvatten go to the lead, here the police.
    only_police = case_services.case_create(acting_user=net.officer, title="Alleen politie", phase="nazorg")
    services.plan_create(case=only_police, acting_user=net.officer)
    organisations = set(AftercareTask.objects.filter(case=only_police).values_list("organisation_id", flat=True))
    assert organisations == {net.police.pk}


def test_making_the_plan_again_adds_only_what_is_missing(net):
    services.plan_create(case=net.case, acting_user=net.member)
    services.task_add(case=net.case, acting_user=net.member, title="Buurtavond organiseren")
    assert services.plan_create(case=net.case, acting_user=net.officer) == 0
    assert AftercareTask.objects.filter(case=net.case).count() == len(AFTERCARE_TASK_CODES) + 1
    task(net.case, "future").delete()
    assert services.plan_create(case=net.case, acting_user=net.officer) == 1
    assert Counter(AftercareTask.objects.filter(case=net.case).values_list("code", flat=True)) == Counter(
        [*AFTERCARE_TASK_CODES, ""]
    )


@pytest.mark.parametrize("who", ["teacher", "outsider", "other_regisseur"])
def test_only_participants_make_the_plan(net, who):
    with pytest.raises(PermissionDenied):
        services.plan_create(case=net.case, acting_user=getattr(net, who))
    with pytest.raises(PermissionDenied):
        services.plan_create(case=net.case, acting_user=UserFactory())  # no organisation at all
    assert not AftercareTask.objects.exists()


# --- tasks ------------------------------------------------------------------------------------------------------


def test_a_task_added_by_hand_needs_a_title_and_a_participating_organisation(net):
    services.plan_create(case=net.case, acting_user=net.member)
    with pytest.raises(ValidationError) as refused:
        services.task_add(case=net.case, acting_user=net.member, title=" ", organisation=net.school)
    assert keys(refused) == {"title", "organisation"}
    with pytest.raises(ValidationError) as refused:
        services.task_add(case=net.case, acting_user=net.member, title="x" * 201, organisation=net.other_org)
    assert keys(refused) == {"title", "organisation"}
    added = services.task_add(
        case=net.case,
        acting_user=net.officer,
        title="  Wijkagent langs bij de trainer  ",
        organisation=net.police,
        due_date=timezone.localdate(),
    )
    assert added.title == "Wijkagent langs bij de trainer" and added.code == ""
    assert added.position == len(AFTERCARE_TASK_CODES)  # after the last handvat
    with pytest.raises(PermissionDenied):
        services.task_add(case=net.case, acting_user=net.teacher, title="Mag niet")


def test_a_task_is_assigned_only_to_a_participating_organisation(net):
    services.plan_create(case=net.case, acting_user=net.member)
    item = task(net.case, "community")
    for organisation in (net.school, net.other_org):
        with pytest.raises(ValidationError) as refused:
            services.task_update(task=item, acting_user=net.member, organisation=organisation, status="open")
        assert keys(refused) == {"organisation"}
    with pytest.raises(ValidationError) as refused:
        services.task_update(task=item, acting_user=net.member, organisation=net.youth, status="finished")
    assert keys(refused) == {"status"}
    with pytest.raises(PermissionDenied):
        services.task_update(task=item, acting_user=net.teacher, organisation=net.youth, status="open")
    item.refresh_from_db()
    assert item.organisation == net.oov and item.status == TaskStatus.OPEN
    services.task_update(
        task=item, acting_user=net.oov_member, organisation=None, due_date=None, status="busy", note="Wie pakt dit?"
    )
    item.refresh_from_db()
    assert (item.organisation, item.due_date, item.status, item.note) == (None, None, "busy", "Wie pakt dit?")


def test_a_new_due_date_or_organisation_means_a_new_reminder(net):
    services.plan_create(case=net.case, acting_user=net.member)
    item = task(net.case, "online_contact")
    today = timezone.localdate()
    AftercareTask.objects.filter(pk=item.pk).update(due_date=today, reminded_on=today)
    item.refresh_from_db()
    services.task_update(
        task=item, acting_user=net.member, organisation=net.youth, due_date=today, status="busy", note="DM gestuurd."
    )
    item.refresh_from_db()
    assert item.reminded_on == today  # only the status and the note changed
    services.task_update(
        task=item, acting_user=net.member, organisation=net.youth, due_date=today + dt.timedelta(days=3), status="busy"
    )
    item.refresh_from_db()
    assert item.reminded_on is None
    AftercareTask.objects.filter(pk=item.pk).update(reminded_on=today)
    item.refresh_from_db()
    services.task_update(
        task=item, acting_user=net.member, organisation=net.police, due_date=item.due_date, status="busy"
    )
    item.refresh_from_db()
    assert item.reminded_on is None


def test_writes_keep_their_history_with_the_acting_user(net):
    services.plan_create(case=net.case, acting_user=net.member)
    item = task(net.case, "tip_giver")
    services.task_update(task=item, acting_user=net.officer, organisation=net.police, status="done", note="Gebeld.")
    rows = list(item.history.order_by("history_date").values_list("history_user_id", "status"))
    assert rows == [(net.member.pk, "open"), (net.officer.pk, "done")]
    rumour = services.rumour_create(case=net.case, acting_user=net.officer, rumour="De video is nep.")
    assert rumour.history.get().history_user == net.officer
    report = services.staff_report_create(
        acting_user=net.member,
        occurred_on=timezone.localdate(),
        kind="threat",
        description="Bedreigd in de reacties.",
    )
    services.staff_report_follow_up(report=report, acting_user=net.team_lead, status="followed_up")
    assert list(report.history.order_by("history_date").values_list("history_user_id", flat=True)) == [
        net.member.pk,
        net.team_lead.pk,
    ]
    evaluation = started(net)
    assert evaluation.history.get().history_user == net.regisseur
    part = services.part_save(evaluation=evaluation, acting_user=net.colleague, went_well="Snel contact.")
    assert part.history.order_by("-history_date").first().history_user == net.colleague


# --- the daily reminder -----------------------------------------------------------------------------------------


@pytest.fixture
def due(net):
    """The plan with: two of youth work's tasks due today and overdue, the police's task overdue and in progress,
    the municipality's tasks overdue but done or not needed, a task without organisation overdue, the rest later."""
    services.plan_create(case=net.case, acting_user=net.member)
    today = timezone.localdate()
    AftercareTask.objects.filter(case=net.case).update(due_date=today + dt.timedelta(days=3))
    for code, days, status in (
        ("online_contact", 0, TaskStatus.OPEN),
        ("positive", -2, TaskStatus.OPEN),
        ("tip_giver", -5, TaskStatus.BUSY),
        ("community", -1, TaskStatus.DONE),
        ("communication_plan", -1, TaskStatus.NOT_NEEDED),
    ):
        AftercareTask.objects.filter(case=net.case, code=code).update(
            due_date=today + dt.timedelta(days=days), status=status
        )
    services.task_add(
        case=net.case, acting_user=net.member, title="Zonder eigenaar", due_date=today - dt.timedelta(days=1)
    )
    return today


def test_due_tasks_remind_the_members_of_their_organisation_once(net, due, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as emails:
        assert services.send_due_reminders(due) == 3  # online_contact, positive, tip_giver
    # Youth work has two tasks due: its members are told once, about the case.
    assert told(NotificationKind.AFTERCARE_DUE) == once(net.youth, net.police)
    assert set(Notification.objects.values_list("case_id", flat=True)) == {net.case.pk}
    assert len(emails) == 2  # one e-mail task per organisation told, queued on commit
    reminded = set(AftercareTask.objects.filter(reminded_on=due).values_list("code", flat=True))
    assert reminded == {"online_contact", "positive", "tip_giver"}
    # The job runs again the same day (beat ticks twice, someone runs it by hand): nobody is told twice.
    with django_capture_on_commit_callbacks() as emails:
        assert services.send_due_reminders(due) == 0
    assert told(NotificationKind.AFTERCARE_DUE) == once(net.youth, net.police)
    assert emails == []


def test_a_week_later_an_open_task_is_reminded_again(net, due):
    AftercareTask.objects.filter(case=net.case, due_date__gt=due).update(due_date=due + dt.timedelta(days=60))
    services.send_due_reminders(due)
    assert services.send_due_reminders(due + dt.timedelta(days=6)) == 0
    # Youth work finished one of its two tasks; the police's stays in progress.
    services.task_update(
        task=task(net.case, "positive"), acting_user=net.member, organisation=net.youth, due_date=due, status="done"
    )
    assert services.send_due_reminders(due + dt.timedelta(days=7)) == 2
    assert told(NotificationKind.AFTERCARE_DUE) == once(net.youth, net.police) + once(net.youth, net.police)
    for code, organisation in (("online_contact", net.youth), ("tip_giver", net.police)):
        services.task_update(
            task=task(net.case, code),
            acting_user=net.member,
            organisation=organisation,
            due_date=due,
            status="not_needed",
        )
    assert services.send_due_reminders(due + dt.timedelta(days=30)) == 0
    assert sum(told(NotificationKind.AFTERCARE_DUE).values()) == 2 * len(members_of(net.youth, net.police))


def test_done_tasks_tasks_without_organisation_and_later_tasks_never_remind(net, due):
    services.send_due_reminders(due + dt.timedelta(days=2))
    assert not Notification.objects.filter(recipient_id__in=members_of(net.oov, net.school)).exists()
    never = AftercareTask.objects.filter(case=net.case, reminded_on__isnull=True)
    assert set(never.values_list("code", flat=True)) == {
        "perceptions",
        "normalise",
        "future",  # due in three days
        "community",
        "communication_plan",  # done, not needed
        "",  # no organisation
    }


def test_an_organisation_that_left_the_case_is_not_reminded(net, due):
    lead_view = get_case_for_user(net.member, net.case.pk)
    case_services.case_update(case=lead_view, acting_user=net.member, organisations=[net.oov])
    assert services.send_due_reminders(due) == 2
    assert told(NotificationKind.AFTERCARE_DUE) == once(net.youth)
    assert task(net.case, "tip_giver").reminded_on is None


def test_reminders_from_several_cases_each_name_their_case(net, due):
    second = case_services.case_create(
        acting_user=net.member, title="Nasleep vechtpartij schoolplein", phase="nazorg", organisations=[net.police]
    )
    services.plan_create(case=second, acting_user=net.member)
    AftercareTask.objects.filter(case=second, code="tip_giver").update(due_date=due)
    AftercareTask.objects.filter(case=second).exclude(code="tip_giver").update(due_date=due + dt.timedelta(days=9))
    services.send_due_reminders(due)
    police = Notification.objects.filter(recipient=net.officer, kind=NotificationKind.AFTERCARE_DUE)
    assert sorted(police.values_list("case_id", flat=True), key=str) == sorted([net.case.pk, second.pk], key=str)


# --- internal reports of a burdening incident ---------------------------------------------------------------


def report_data(**changes) -> dict:
    data = {
        "occurred_on": timezone.localdate() - dt.timedelta(days=1),
        "kind": "seen_violence",
        "description": "Een filmpje van de mishandeling bij het station gezien, het blijft door mijn hoofd gaan.",
        "stressors": ["workload", "emotional"],
        "wishes": ["intervision"],
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("occurred_on", None),
        ("occurred_on", "tomorrow"),
        ("kind", ""),
        ("kind", "gossip"),
        ("description", "   "),
        ("description", "x" * 5001),
        ("stressors", ["boredom"]),
        ("wishes", ["holiday"]),
    ],
)
def test_a_staff_report_names_each_field_that_is_wrong(net, field, value):
    if value == "tomorrow":
        value = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        services.staff_report_create(acting_user=net.member, **report_data(**{field: value}))
    assert keys(refused) == {field}
    assert not StaffReport.objects.exists()
    assert not Notification.objects.exists()


def test_a_staff_report_names_every_wrong_field_at_once(net):
    with pytest.raises(ValidationError) as refused:
        services.staff_report_create(
            acting_user=net.member,
            occurred_on=None,
            kind="x",
            description="",
            stressors=["x"],
            wishes=["x"],
            case=case_services.case_create(acting_user=net.outsider, title="Elders", phase="nazorg"),
        )
    assert keys(refused) == {"occurred_on", "kind", "description", "stressors", "wishes", "case"}


def test_a_staff_report_may_name_only_a_case_the_reporter_sees(net):
    elsewhere = case_services.case_create(acting_user=net.outsider, title="Andere stad", phase="nazorg")
    not_ours = case_services.case_create(
        acting_user=net.officer, title="Zonder jongerenwerk", phase="crisis", organisations=[net.oov]
    )
    for case in (elsewhere, not_ours):
        with pytest.raises(ValidationError) as refused:
            services.staff_report_create(acting_user=net.member, case=case, **report_data())
        assert keys(refused) == {"case"}
    report = services.staff_report_create(acting_user=net.member, case=net.case, **report_data())
    assert report.case == net.case


def test_a_staff_report_tells_the_coordinators_of_the_own_organisation_only(net, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as emails:
        report = services.staff_report_create(acting_user=net.member, case=net.case, **report_data())
    assert (report.organisation, report.reporter, report.status) == (net.youth, net.member, StaffReportStatus.REPORTED)
    assert report.stressors == ["emotional", "workload"]  # in the order of the list
    assert report.wishes == ["intervision"]
    # The team lead of youth work: not the reporter, not the colleague, not the police's team lead, not the regisseur.
    assert told(NotificationKind.STAFF_REPORT) == Counter({net.team_lead.pk: 1})
    notification = Notification.objects.get(kind=NotificationKind.STAFF_REPORT)
    assert notification.case_id is None  # the bell does not say which case it was about
    assert len(emails) == 1


def test_a_coordinator_who_reports_is_not_told_of_their_own_report(net):
    services.staff_report_create(acting_user=net.team_lead, **report_data())
    assert not Notification.objects.exists()
    second_lead = MembershipFactory(organisation=net.youth, coordinator=True).user
    services.staff_report_create(acting_user=net.team_lead, **report_data())
    assert told(NotificationKind.STAFF_REPORT) == Counter({second_lead.pk: 1})


@pytest.mark.parametrize("who", ["member", "colleague", "police_lead", "regisseur", "other_regisseur"])
def test_only_a_coordinator_of_the_same_organisation_follows_up(net, who):
    report = services.staff_report_create(acting_user=net.member, **report_data())
    with pytest.raises(PermissionDenied):
        services.staff_report_follow_up(report=report, acting_user=getattr(net, who), status="followed_up")
    report.refresh_from_db()
    assert report.status == StaffReportStatus.REPORTED and report.followed_up_by is None


def test_the_team_lead_follows_up_with_intervision(net):
    report = services.staff_report_create(acting_user=net.member, **report_data())
    with pytest.raises(ValidationError) as refused:
        services.staff_report_follow_up(
            report=report, acting_user=net.team_lead, status="solved", follow_up=["massage"]
        )
    assert keys(refused) == {"status", "follow_up"}
    services.staff_report_follow_up(
        report=report,
        acting_user=net.team_lead,
        status="followed_up",
        follow_up=["talk_group", "intervision", "intervision"],
        follow_up_note="Intervisie dinsdag; daarna aansluiten bij de praatgroep.",
    )
    report.refresh_from_db()
    assert report.status == StaffReportStatus.FOLLOWED_UP
    assert report.follow_up == ["intervision", "talk_group"]
    assert report.followed_up_by == net.team_lead


# --- the misinformation log -------------------------------------------------------------------------------------


def rumour_data(**changes) -> dict:
    data = {
        "rumour": "De politie zou de jongen uit de clip expres hebben opgepakt voor zijn teksten.",
        "where": "Snapchat-verhalen en een TikTok-account uit de Haven",
        "facts": "De aanhouding ging over een mishandeling, niet over de muziek.",
        "counter_message": "",
        "messenger": "",
        "carried_by": None,
        "rules": [],
        "status": RumourStatus.SPOTTED,
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("who", ["teacher", "outsider", "other_regisseur"])
def test_only_participants_keep_the_misinformation_log(net, who):
    with pytest.raises(PermissionDenied):
        services.rumour_create(case=net.case, acting_user=getattr(net, who), **rumour_data())
    rumour = services.rumour_create(case=net.case, acting_user=net.member, **rumour_data())
    with pytest.raises(PermissionDenied):
        services.rumour_update(rumour, acting_user=getattr(net, who), **rumour_data(rumour="Overschreven"))
    rumour.refresh_from_db()
    assert rumour.rumour == rumour_data()["rumour"]
    assert Rumour.objects.count() == 1


def test_a_countered_rumour_needs_its_counter_message(net):
    with pytest.raises(ValidationError) as refused:
        services.rumour_create(case=net.case, acting_user=net.member, **rumour_data(status="countered"))
    assert keys(refused) == {"counter_message"}
    rumour = services.rumour_create(
        case=net.case,
        acting_user=net.officer,
        **rumour_data(status="countered", counter_message="De aanhouding ging over geweld, niet over muziek."),
    )
    assert rumour.status == RumourStatus.COUNTERED
    assert (rumour.created_by, rumour.created_by_organisation) == (net.officer, net.police)
    with pytest.raises(ValidationError) as refused:
        services.rumour_update(rumour, acting_user=net.member, **rumour_data(status="countered"))
    assert keys(refused) == {"counter_message"}


def test_the_rules_are_checked_against_the_six_and_kept_in_their_order(net):
    with pytest.raises(ValidationError) as refused:
        services.rumour_create(case=net.case, acting_user=net.member, **rumour_data(rules=["facts", "shouting"]))
    assert keys(refused) == {"rules"}
    rumour = services.rumour_create(
        case=net.case, acting_user=net.member, **rumour_data(rules=["scepticism", "messenger", "facts", "messenger"])
    )
    assert rumour.rules == ["facts", "messenger", "scepticism"]


def test_the_messenger_is_carried_by_a_participating_organisation(net):
    for organisation in (net.school, net.other_org):
        with pytest.raises(ValidationError) as refused:
            services.rumour_create(case=net.case, acting_user=net.member, **rumour_data(carried_by=organisation))
        assert keys(refused) == {"carried_by"}
    rumour = services.rumour_create(
        case=net.case, acting_user=net.member, **rumour_data(carried_by=net.youth, messenger="Trainer van de boksclub")
    )
    updated = services.rumour_update(
        rumour,
        acting_user=net.officer,
        **rumour_data(
            carried_by=net.police,
            messenger="Trainer van de boksclub",
            counter_message="Hij legt in zijn eigen woorden uit wat er gebeurde.",
            rules=["messenger", "worldview"],
            status="countered",
        ),
    )
    updated.refresh_from_db()
    assert (updated.carried_by, updated.status, updated.rules) == (net.police, "countered", ["messenger", "worldview"])
    with pytest.raises(ValidationError) as refused:
        services.rumour_update(rumour, acting_user=net.officer, **rumour_data(rumour="", status="gone"))
    assert keys(refused) == {"rumour", "status"}


# --- the evaluation -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["member", "team_lead", "officer", "police_lead", "oov_member", "other_regisseur"])
def test_only_the_network_coordinator_starts_the_evaluation(net, who):
    with pytest.raises(PermissionDenied):
        services.evaluation_start(case=net.case, acting_user=getattr(net, who))
    assert not Evaluation.objects.exists()


def test_the_coordinator_evaluates_only_a_case_their_organisation_takes_part_in(net):
    without_oov = case_services.case_create(
        acting_user=net.member, title="Zonder gemeente", phase="nazorg", organisations=[net.police]
    )
    with pytest.raises(PermissionDenied):
        services.evaluation_start(case=without_oov, acting_user=net.regisseur)
    assert not Evaluation.objects.exists()


def test_starting_makes_a_part_per_participant_and_tells_the_others(net, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as emails:
        evaluation = started(net)
    assert (evaluation.status, evaluation.network, evaluation.started_by) == ("open", net.network, net.regisseur)
    assert evaluation.period_start == timezone.localtime(net.case.created_at).date()
    parts = EvaluationPart.objects.filter(evaluation=evaluation)
    assert set(parts.values_list("organisation_id", flat=True)) == {net.youth.pk, net.police.pk, net.oov.pk}
    assert not parts.filter(submitted_at__isnull=False).exists()
    assert told(NotificationKind.EVALUATION_STARTED) == once(net.youth, net.police)  # not the regisseur's own
    assert set(Notification.objects.values_list("case_id", flat=True)) == {net.case.pk}
    assert len(emails) == 1


def test_a_case_is_evaluated_once(net):
    started(net)
    with pytest.raises(ValidationError):
        started(net)
    assert Evaluation.objects.count() == 1
    assert EvaluationPart.objects.count() == 3
    assert sum(told(NotificationKind.EVALUATION_STARTED).values()) == len(members_of(net.youth, net.police))


def test_the_period_ends_after_it_starts(net):
    today = timezone.localdate()
    with pytest.raises(ValidationError) as refused:
        services.evaluation_start(
            case=net.case, acting_user=net.regisseur, period_start=today, period_end=today - dt.timedelta(days=1)
        )
    assert keys(refused) == {"period_end"}


@pytest.mark.parametrize("who", ["teacher", "outsider", "other_regisseur"])
def test_only_participants_write_a_part(net, who):
    evaluation = started(net)
    with pytest.raises(PermissionDenied):
        services.part_save(evaluation=evaluation, acting_user=getattr(net, who), submit=True, **ANSWERS)
    assert EvaluationPart.objects.filter(evaluation=evaluation).count() == 3


def test_a_draft_may_be_empty_a_submitted_part_answers_the_three_questions(net):
    evaluation = started(net)
    draft = services.part_save(evaluation=evaluation, acting_user=net.member)
    assert draft.organisation == net.youth and not draft.is_submitted
    with pytest.raises(ValidationError) as refused:
        services.part_save(evaluation=evaluation, acting_user=net.member, submit=True, went_well=ANSWERS["went_well"])
    assert keys(refused) == {"went_badly", "do_better"}
    assert not EvaluationPart.objects.get(evaluation=evaluation, organisation=net.youth).is_submitted
    part = services.part_save(
        evaluation=evaluation, acting_user=net.member, submit=True, internal="Onze rol: te laat opgeschaald.", **ANSWERS
    )
    assert part.is_submitted and part.submitted_by == net.member
    assert part.internal == "Onze rol: te laat opgeschaald."
    # A colleague improves the submitted part: it stays submitted, by whom it was.
    better = services.part_save(
        evaluation=evaluation,
        acting_user=net.colleague,
        **{**ANSWERS, "perceptions": "De jongeren vonden ons partijdig."},
    )
    assert better.is_submitted and better.submitted_by == net.member and better.updated_by == net.colleague
    assert better.perceptions == "De jongeren vonden ons partijdig."
    assert EvaluationPart.objects.filter(evaluation=evaluation, organisation=net.youth).count() == 1


def test_a_submitted_part_cannot_be_emptied(net):
    evaluation = started(net)
    services.part_save(evaluation=evaluation, acting_user=net.member, submit=True, **ANSWERS)
    with pytest.raises(ValidationError) as refused:
        services.part_save(evaluation=evaluation, acting_user=net.colleague, **{**ANSWERS, "went_well": " "})
    assert keys(refused) == {"went_well"}
    assert EvaluationPart.objects.get(evaluation=evaluation, organisation=net.youth).went_well == ANSWERS["went_well"]


def test_a_finalised_evaluation_no_longer_changes(net):
    evaluation = finalised(net)
    before = list(EvaluationPart.objects.filter(evaluation=evaluation).values())
    with pytest.raises(ValidationError):
        services.part_save(evaluation=evaluation, acting_user=net.oov_member, submit=True, **ANSWERS)
    with pytest.raises(ValidationError):
        services.part_save(evaluation=evaluation, acting_user=net.member, **{**ANSWERS, "do_better": "Later"})
    with pytest.raises(ValidationError):
        services.evaluation_update(evaluation=evaluation, acting_user=net.regisseur, conclusions="Anders")
    with pytest.raises(ValidationError):
        services.evaluation_finalise(evaluation=evaluation, acting_user=net.regisseur, without_missing=True)
    assert list(EvaluationPart.objects.filter(evaluation=evaluation).values()) == before
    evaluation.refresh_from_db()
    assert evaluation.conclusions == "Goed samengewerkt."


@pytest.mark.parametrize("who", ["member", "team_lead", "police_lead", "oov_member", "other_regisseur"])
def test_only_the_network_coordinator_concludes(net, who):
    evaluation = started(net)
    with pytest.raises(PermissionDenied):
        services.evaluation_update(evaluation=evaluation, acting_user=getattr(net, who), conclusions="Klaar")
    with pytest.raises(PermissionDenied):
        services.evaluation_finalise(evaluation=evaluation, acting_user=getattr(net, who), without_missing=True)
    evaluation.refresh_from_db()
    assert evaluation.conclusions == "" and evaluation.is_open


@pytest.mark.parametrize(
    ("procedures", "field"),
    [
        ({"crystal_ball": {"status": "in_place"}}, "procedures"),
        ({"contact_list": "in_place"}, "procedures"),
        ({"contact_list": {"status": "perhaps"}}, "procedure_contact_list"),
        ({"advisory_board": {"status": "missing", "note": "x" * 1001}}, "procedure_advisory_board_note"),
    ],
)
def test_the_procedures_are_checked(net, procedures, field):
    evaluation = started(net)
    with pytest.raises(ValidationError) as refused:
        services.evaluation_update(evaluation=evaluation, acting_user=net.regisseur, procedures=procedures)
    assert keys(refused) == {field}


def test_the_coordinator_writes_conclusions_follow_ups_and_procedures(net):
    evaluation = started(net)
    today = timezone.localdate()
    with pytest.raises(ValidationError) as refused:
        services.evaluation_update(
            evaluation=evaluation,
            acting_user=net.regisseur,
            period_start=today,
            period_end=today - dt.timedelta(days=2),
            conclusions="x" * 5001,
        )
    assert keys(refused) == {"period_end", "conclusions"}
    services.evaluation_update(
        evaluation=evaluation,
        acting_user=net.regisseur,
        conclusions="  De lijnen waren kort; de school moet eerder aansluiten.  ",
        follow_ups="- School in de appgroep\n\n• Contactenlijst sleutelfiguren bijwerken",
        procedures={
            "contact_list": {"status": "in_progress", "note": "Trainers en de imam toevoegen."},
            "advisory_board": {"status": "", "note": ""},
        },
    )
    evaluation.refresh_from_db()
    assert evaluation.conclusions == "De lijnen waren kort; de school moet eerder aansluiten."
    assert evaluation.follow_up_lines() == ["School in de appgroep", "Contactenlijst sleutelfiguren bijwerken"]
    assert evaluation.procedures == {
        "contact_list": {"status": "in_progress", "note": "Trainers en de imam toevoegen."},
        "advisory_board": {"status": "", "note": ""},
    }


def test_finalising_names_the_missing_parts_and_needs_conclusions(net, django_capture_on_commit_callbacks):
    evaluation = started(net)
    services.part_save(evaluation=evaluation, acting_user=net.member, submit=True, **ANSWERS)
    services.part_save(evaluation=evaluation, acting_user=net.officer, went_well="Alleen een concept.")
    with pytest.raises(ValidationError) as refused:
        services.evaluation_finalise(evaluation=evaluation, acting_user=net.regisseur)
    assert keys(refused) == {"without_missing", "conclusions"}
    missing = " ".join(refused.value.message_dict["without_missing"])
    assert net.police.name in missing and net.oov.name in missing  # a draft is not submitted
    assert net.youth.name not in missing
    assert services.missing_parts(evaluation) == sorted([net.police.name, net.oov.name])
    services.evaluation_update(evaluation=evaluation, acting_user=net.regisseur, conclusions="Korte lijnen werkten.")
    with pytest.raises(ValidationError) as refused:
        services.evaluation_finalise(evaluation=evaluation, acting_user=net.regisseur)
    assert keys(refused) == {"without_missing"}
    services.evaluation_update(evaluation=evaluation, acting_user=net.regisseur, conclusions=" ")
    with pytest.raises(ValidationError) as refused:
        services.evaluation_finalise(evaluation=evaluation, acting_user=net.regisseur, without_missing=True)
    assert keys(refused) == {"conclusions"}
    services.evaluation_update(evaluation=evaluation, acting_user=net.regisseur, conclusions="Korte lijnen werkten.")
    Notification.objects.all().delete()
    with django_capture_on_commit_callbacks() as emails:
        done = services.evaluation_finalise(evaluation=evaluation, acting_user=net.regisseur, without_missing=True)
    done.refresh_from_db()
    assert done.status == EvaluationStatus.FINALISED
    assert done.finalised_by == net.regisseur and done.finalised_at is not None
    assert done.period_end == timezone.localdate()
    assert told(NotificationKind.EVALUATION_FINALISED) == once(net.youth, net.police)
    assert len(emails) == 1


def test_with_every_part_in_the_coordinator_finalises_without_choosing(net):
    evaluation = started(net)
    for user in (net.member, net.officer, net.oov_member):
        services.part_save(evaluation=evaluation, acting_user=user, submit=True, **ANSWERS)
    services.evaluation_update(evaluation=evaluation, acting_user=net.regisseur, conclusions="Iedereen leverde.")
    assert services.missing_parts(evaluation) == []
    assert services.evaluation_finalise(evaluation=evaluation, acting_user=net.regisseur).status == "finalised"


# --- lessons for the afsprakenkaart -------------------------------------------------------------------------------


def test_a_lesson_goes_into_the_version_of_the_card_in_the_making(net):
    evaluation = finalised(net)
    lesson = "Bij een drillclip met namen van rivalen: dezelfde dag jongerenwerk en school informeren."
    with pytest.raises(ValidationError):  # no card at all
        services.lesson_to_card(evaluation=evaluation, acting_user=net.regisseur, text=lesson)
    agreement_services.card_create(acting_user=net.other_regisseur)  # another network's card does not count
    with pytest.raises(ValidationError):
        services.lesson_to_card(evaluation=evaluation, acting_user=net.regisseur, text=lesson)
    card = agreement_services.card_create(acting_user=net.regisseur)
    AgreementCard.objects.filter(pk=card.pk).update(status=CardStatus.VASTGESTELD, adopted_at=timezone.now())
    with pytest.raises(ValidationError):  # the last version is adopted: start the next one first
        services.lesson_to_card(evaluation=evaluation, acting_user=net.regisseur, text=lesson)
    assert not CardNote.objects.exists()
    card = agreement_services.card_create(acting_user=net.regisseur)
    with pytest.raises(PermissionDenied):
        services.lesson_to_card(evaluation=evaluation, acting_user=net.member, text=lesson)
    with pytest.raises(ValidationError) as refused:
        services.lesson_to_card(evaluation=evaluation, acting_user=net.regisseur, text=" ")
    assert keys(refused) == {"text"}
    note = services.lesson_to_card(
        evaluation=evaluation, acting_user=net.regisseur, text=lesson, question="expect_involved"
    )
    assert (note.card, note.text, note.question, note.session) == (card, lesson, "expect_involved", None)
    assert note.source == gettext("Evaluation: %(case)s") % {"case": CASE_TITLE}
    assert note.source.endswith(f": {CASE_TITLE}")
    assert note.created_by == net.regisseur


# --- the report ---------------------------------------------------------------------------------------------


@pytest.fixture
def shared(net):
    """A signal of youth work in the case, shared with the police at summary level: (signal, the police's share)."""
    signal = SignalFactory(owner_organisation=net.youth, created_by=net.member)
    share = sharing.share_create(
        signal=signal,
        acting_user=net.member,
        organisation=net.police,
        level="summary",
        purpose="Samen duiden",
        legal_ground="covenant",
    )
    case_services.case_add_signals(
        case=net.case, acting_user=net.member, signals=[get_signal_for_user(net.member, signal.pk)]
    )
    return signal, share


def test_the_fingerprint_changes_when_a_share_of_a_case_signal_is_revoked(net, shared):
    _signal, share = shared
    evaluation = finalised(net)
    before = services.report_fingerprint(net.officer, evaluation)
    assert services.report_fingerprint(net.police_lead, evaluation) == before  # the same sight, the same report
    assert services.report_fingerprint(net.member, evaluation) != before  # youth work sees its own signal fully
    sharing.share_revoke(share=share, acting_user=net.member)
    assert services.report_fingerprint(net.officer, evaluation) != before


def test_the_fingerprint_changes_when_a_part_or_a_task_changes(net):
    services.plan_create(case=net.case, acting_user=net.member)
    evaluation = started(net)
    first = services.report_fingerprint(net.officer, evaluation)
    services.part_save(evaluation=evaluation, acting_user=net.member, went_well="Snel contact.")
    second = services.report_fingerprint(net.officer, evaluation)
    assert second != first
    services.task_update(
        task=task(net.case, "tip_giver"), acting_user=net.officer, organisation=net.police, status="done"
    )
    third = services.report_fingerprint(net.officer, evaluation)
    assert third != second
    assert services.report_fingerprint(net.officer, evaluation) == third


def test_asking_for_the_report_twice_queues_it_once(net, django_capture_on_commit_callbacks):
    with pytest.raises(ValidationError):
        services.report_request(evaluation=started(net), acting_user=net.officer)  # still open
    evaluation = Evaluation.objects.get()
    services.part_save(evaluation=evaluation, acting_user=net.member, submit=True, **ANSWERS)
    services.evaluation_update(evaluation=evaluation, acting_user=net.regisseur, conclusions="Klaar.")
    evaluation = services.evaluation_finalise(evaluation=evaluation, acting_user=net.regisseur, without_missing=True)
    with django_capture_on_commit_callbacks() as queued:
        report = services.report_request(evaluation=evaluation, acting_user=net.officer)
    assert len(queued) == 1
    assert (report.organisation, report.requested_by, report.status) == (net.police, net.officer, ReportStatus.QUEUED)
    with django_capture_on_commit_callbacks() as queued:
        again = services.report_request(evaluation=evaluation, acting_user=net.police_lead)
    assert queued == [] and again.pk == report.pk
    # Another organisation gets a report of its own.
    with django_capture_on_commit_callbacks() as queued:
        own = services.report_request(evaluation=evaluation, acting_user=net.member)
    assert len(queued) == 1 and own.organisation == net.youth
    assert EvaluationReport.objects.count() == 2
    # A report queued so long ago that its worker must have died is asked for again.
    EvaluationReport.objects.filter(pk=report.pk).update(requested_at=timezone.now() - dt.timedelta(minutes=11))
    with django_capture_on_commit_callbacks() as queued:
        services.report_request(evaluation=evaluation, acting_user=net.officer)
    assert len(queued) == 1


@pytest.mark.parametrize("how", ["left", "moved"])
def test_a_report_for_a_requester_who_left_the_organisation_fails(net, how, django_capture_on_commit_callbacks):
    evaluation = finalised(net)
    report = services.report_request(evaluation=evaluation, acting_user=net.officer)
    if how == "left":
        Membership.objects.filter(user=net.officer).delete()
    else:
        Membership.objects.filter(user=net.officer).update(organisation=net.oov)
    assert services.report_render(report.pk) == ReportStatus.FAILED
    report.refresh_from_db()
    assert report.status == ReportStatus.FAILED and not report.file and report.fingerprint == ""
    # The next reader of the police asks again: queued anew, with their own sight.
    with django_capture_on_commit_callbacks() as queued:
        again = services.report_request(evaluation=evaluation, acting_user=net.police_lead)
    assert len(queued) == 1
    assert (again.pk, again.status, again.requested_by) == (report.pk, ReportStatus.QUEUED, net.police_lead)


def test_rendering_a_report_that_is_gone_does_nothing(net):
    evaluation = finalised(net)
    report = services.report_request(evaluation=evaluation, acting_user=net.officer)
    EvaluationReport.objects.filter(pk=report.pk).delete()
    assert services.report_render(report.pk) == "gone"


def test_participants_of_the_case_are_the_parts(net):
    """A sanity check of the world: who takes part, who does not."""
    taking_part = set(CaseParticipant.objects.filter(case=net.case).values_list("organisation_id", flat=True))
    assert taking_part == {net.youth.pk, net.police.pk, net.oov.pk}
