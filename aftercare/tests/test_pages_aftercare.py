"""The aftercare pages as the professionals use them (Dutch UI, Django test client), against the world of
tests/roles.py: a case in aftercare led by youth work with its plan and a rumour, in which police, enforcement, care
and the network coordinator's OOV organisation take part (the school does not), and the youth worker's internal report
of a burdening incident (CANARY_STAFF).

Decisions the tests pin down: anything of a case the user's organisation does not take part in answers 404, as does
an internal report for anyone but its reporter and the coordinators of their organisation; the reporter who posts a
follow-up gets 403 (they read the report, only a coordinator follows it up); bad input answers 400 with what was
typed, never 500."""

import datetime as dt
import uuid

import pytest
from django.contrib.messages import constants as message_levels
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from aftercare import services
from aftercare.constants import AFTERCARE_TASK_CODES, DEBUNK_RULE_CODES, RumourStatus, StaffReportStatus, TaskStatus
from aftercare.models import AftercareTask, Rumour, StaffReport
from interventions import services as case_services
from notifications.models import Notification, NotificationKind
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory
from tests.roles import CANARY_STAFF, IN_AFTERCARE_CASE, READS_STAFF_REPORT, ROLES, build_world

pytestmark = pytest.mark.django_db

NOT_IN_AFTERCARE_CASE = ["school_none", "other_network", "operator"]


@pytest.fixture
def world():
    return build_world()


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def text(response) -> str:
    return response.content.decode()


def plan_url(case):
    return reverse("aftercare:plan", args=[case.pk])


def task_url(task):
    return reverse("aftercare:task", args=[task.pk])


def rumour_url(rumour):
    return reverse("aftercare:rumour", args=[rumour.pk])


def report_url(report):
    return reverse("aftercare:staff_report", args=[report.pk])


def _messages(response) -> list:
    return list(response.context["messages"])


def _new_case(world, *, phase="nazorg", by="member", organisations=("police",)):
    return case_services.case_create(
        acting_user=world.users[by],
        title=f"Casus {uuid.uuid4().hex[:6]}",
        phase=phase,
        organisations=[world.objects[name] for name in organisations],
    )


# --- the plan page --------------------------------------------------------------------------------------------


def test_the_plan_page_shows_every_task_with_its_handvat_organisation_and_status(world):
    case = world.objects["aftercare_case"]
    response = _client(world.users["member"]).get(plan_url(case))
    assert response.status_code == 200
    body = text(response)
    tasks = list(case.aftercare_tasks.select_related("organisation"))
    assert len(tasks) == len(AFTERCARE_TASK_CODES)
    for task in tasks:
        assert escape(task.title) in body
        assert escape(task.organisation.name) in body
        assert task_url(task) in body
    rows = response.context["task_rows"]
    assert [row["point"] for row in rows] == ["1", "2", "3", "4", "5", "5", "6", "7"]
    assert response.context["progress"] == {"total": 8, "closed": 0, "overdue": 0}
    # The plan is complete: no button to make it.
    assert reverse("aftercare:plan_create", args=[case.pk]) not in body


def test_the_plan_page_shows_the_misinformation_log_with_the_six_recommendations_as_a_checklist(world):
    case = world.objects["aftercare_case"]
    response = _client(world.users["police_summary"]).get(plan_url(case))
    body = text(response)
    assert escape("De politie zou de groep expres hebben uitgelokt.") in body
    assert escape("Wat er gebeurde, en waarom.") in body
    assert "Trainer van de voetbalclub" in body
    (row,) = response.context["rumour_rows"]
    assert [rule["code"] for rule in row["rules"]] == list(DEBUNK_RULE_CODES)
    assert {rule["code"] for rule in row["rules"] if rule["followed"]} == {"facts", "messenger"}
    assert row["followed"] == 2
    assert "Aanbevelingen gevolgd: 2 van 6" in body
    assert rumour_url(world.objects["rumour"]) in body


def test_an_overdue_task_is_marked_in_words(world):
    task = world.objects["aftercare_task"]
    AftercareTask.objects.filter(pk=task.pk).update(due_date=timezone.localdate() - dt.timedelta(days=1))
    response = _client(world.users["member"]).get(plan_url(world.objects["aftercare_case"]))
    assert [row["overdue"] for row in response.context["task_rows"]].count(True) == 1
    assert response.context["progress"]["overdue"] == 1
    assert "Te laat" in text(response)
    assert "1 te laat" in text(response)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_organisations_taking_part_open_the_plan(world, role):
    case = world.objects["aftercare_case"]
    response = _client(world.users[role]).get(plan_url(case))
    if role == "anonymous":
        assert response.status_code == 302
    elif role in IN_AFTERCARE_CASE:
        assert response.status_code == 200
    else:
        assert role in NOT_IN_AFTERCARE_CASE
        assert response.status_code == 404


@pytest.mark.parametrize("role", NOT_IN_AFTERCARE_CASE)
def test_outsiders_get_404_on_every_aftercare_url_of_the_case(world, role):
    client = _client(world.users[role])
    case, task, rumour = world.objects["aftercare_case"], world.objects["aftercare_task"], world.objects["rumour"]
    assert client.get(task_url(task)).status_code == 404
    assert client.post(task_url(task), {"status": "done"}).status_code == 404
    assert client.get(rumour_url(rumour)).status_code == 404
    assert client.post(rumour_url(rumour), {"rumour": "x"}).status_code == 404
    assert client.get(reverse("aftercare:rumour_create", args=[case.pk])).status_code == 404
    assert client.post(reverse("aftercare:rumour_create", args=[case.pk]), {"rumour": "x"}).status_code == 404
    assert client.post(reverse("aftercare:task_add", args=[case.pk]), {"title": "x"}).status_code == 404
    assert client.post(reverse("aftercare:plan_create", args=[case.pk])).status_code == 404
    task.refresh_from_db()
    assert task.status == TaskStatus.OPEN
    assert Rumour.objects.filter(case=case).count() == 1


def test_post_only_views_refuse_get(world):
    client = _client(world.users["member"])
    case = world.objects["aftercare_case"]
    assert client.get(reverse("aftercare:plan_create", args=[case.pk])).status_code == 405
    assert client.get(reverse("aftercare:task_add", args=[case.pk])).status_code == 405


def test_malformed_ids_answer_404(world):
    client = _client(world.users["member"])
    for path in ("/casussen/niet-een-uuid/nazorg/", "/nazorgtaken/123/", "/misinformatie/abc/", "/ondersteuning/x/"):
        assert client.get(path).status_code == 404
    assert client.get(reverse("aftercare:task", args=[uuid.uuid4()])).status_code == 404
    assert client.get(reverse("aftercare:plan", args=[uuid.uuid4()])).status_code == 404


# --- making the plan ------------------------------------------------------------------------------------------


def test_making_the_plan_is_refused_outside_aftercare_with_a_message(world):
    case = world.objects["case"]  # in crisis
    client = _client(world.users["member"])
    page = client.get(plan_url(case))
    assert page.context["can_make_plan"] is False
    assert page.context["missing"] == len(AFTERCARE_TASK_CODES)
    assert reverse("aftercare:plan_create", args=[case.pk]) not in text(page)
    assert "zodra de casus in de nazorgfase is" in text(page)
    response = client.post(reverse("aftercare:plan_create", args=[case.pk]), follow=True)
    assert response.redirect_chain[-1][0].startswith(plan_url(case))
    (message,) = _messages(response)
    assert message.level == message_levels.ERROR
    assert not AftercareTask.objects.filter(case=case).exists()


def test_making_the_plan_in_aftercare_adds_each_handvat_once(world):
    case = _new_case(world)
    client = _client(world.users["police_summary"])
    page = client.get(plan_url(case))
    assert page.context["can_make_plan"] is True
    assert reverse("aftercare:plan_create", args=[case.pk]) in text(page)
    response = client.post(reverse("aftercare:plan_create", args=[case.pk]), follow=True)
    assert _messages(response)[0].level == message_levels.SUCCESS
    assert sorted(AftercareTask.objects.filter(case=case).values_list("code", flat=True)) == sorted(
        AFTERCARE_TASK_CODES
    )
    again = client.post(reverse("aftercare:plan_create", args=[case.pk]), follow=True)
    assert _messages(again)[0].level == message_levels.INFO
    assert AftercareTask.objects.filter(case=case).count() == len(AFTERCARE_TASK_CODES)
    assert reverse("aftercare:plan_create", args=[case.pk]) not in text(again)


# --- own tasks and editing a task -------------------------------------------------------------------------------


def test_adding_an_own_task(world):
    case = world.objects["aftercare_case"]
    client = _client(world.users["enforcement_facts"])
    response = client.post(
        reverse("aftercare:task_add", args=[case.pk]),
        {"title": "Buurtbijeenkomst organiseren", "organisation": world.objects["enforcement"].pk, "due_date": ""},
    )
    assert response.status_code == 302
    task = AftercareTask.objects.get(case=case, title="Buurtbijeenkomst organiseren")
    assert task.code == "" and task.organisation == world.objects["enforcement"]
    page = client.get(plan_url(case))
    assert "Eigen taak" in text(page)


@pytest.mark.parametrize(
    "data",
    [
        {"title": "", "description": "Uitleg die blijft staan"},
        {"title": "Taak", "description": "Uitleg die blijft staan", "due_date": "31-02-2025"},
        {"title": "Taak", "description": "Uitleg die blijft staan", "organisation": "geen-uuid"},
        {"title": "Taak", "description": "Uitleg die blijft staan", "organisation": "school"},
    ],
)
def test_a_bad_own_task_is_not_added_and_keeps_what_was_typed(world, data):
    case = world.objects["aftercare_case"]
    if data.get("organisation") == "school":
        data = {**data, "organisation": world.objects["school"].pk}  # does not take part in the case
    before = AftercareTask.objects.filter(case=case).count()
    response = _client(world.users["member"]).post(reverse("aftercare:task_add", args=[case.pk]), data)
    assert response.status_code == 400
    assert response.context["task_form"].errors
    assert "Uitleg die blijft staan" in text(response)
    assert AftercareTask.objects.filter(case=case).count() == before
    # The page is the whole plan again, with the tasks.
    assert len(response.context["task_rows"]) == before


def test_editing_a_task(world):
    task = world.objects["aftercare_task"]
    client = _client(world.users["care_full"])
    page = client.get(task_url(task))
    assert page.status_code == 200
    assert page.context["form"].initial["status"] == TaskStatus.OPEN
    due = timezone.localdate() + dt.timedelta(days=5)
    response = client.post(
        task_url(task),
        {"organisation": world.objects["care"].pk, "due_date": due.isoformat(), "status": "busy", "note": "Gebeld."},
    )
    assert response.status_code == 302
    assert response.url.endswith(f"#taak-{task.pk}")
    task.refresh_from_db()
    assert (task.organisation, task.due_date, task.status, task.note) == (world.objects["care"], due, "busy", "Gebeld.")


def test_a_task_is_not_given_to_an_organisation_outside_the_case_and_keeps_what_was_typed(world):
    task = world.objects["aftercare_task"]
    before = task.organisation_id
    response = _client(world.users["member"]).post(
        task_url(task),
        {"organisation": world.objects["school"].pk, "due_date": "", "status": "done", "note": "Mijn aantekening"},
    )
    assert response.status_code == 400
    assert "organisation" in response.context["form"].errors
    body = text(response)
    assert "Mijn aantekening" in body
    assert response.context["form"]["status"].value() == "done"
    task.refresh_from_db()
    assert task.organisation_id == before and task.status == TaskStatus.OPEN


@pytest.mark.parametrize(
    "data",
    [
        {"status": "finished"},
        {"status": ""},
        {"status": "done", "due_date": "2025-13-45"},
        {"status": "done", "due_date": "morgen"},
        {"status": "done", "organisation": "niet-een-uuid"},
        {"status": "done", "organisation": str(uuid.uuid4())},
    ],
)
def test_bad_input_on_a_task_answers_400(world, data):
    task = world.objects["aftercare_task"]
    response = _client(world.users["member"]).post(task_url(task), {"note": "Blijft staan", **data})
    assert response.status_code == 400
    assert "Blijft staan" in text(response)
    task.refresh_from_db()
    assert task.status == TaskStatus.OPEN and task.note == ""


# --- the misinformation log -------------------------------------------------------------------------------------


def test_logging_a_rumour(world):
    case = world.objects["aftercare_case"]
    client = _client(world.users["police_summary"])
    page = client.get(reverse("aftercare:rumour_create", args=[case.pk]))
    assert page.status_code == 200
    body = text(page)
    for code in DEBUNK_RULE_CODES:
        assert f'value="{code}"' in body
        assert f"id_rules_{DEBUNK_RULE_CODES.index(code)}-hint" in body  # each recommendation with its guidance
    response = client.post(
        reverse("aftercare:rumour_create", args=[case.pk]),
        {
            "rumour": "Er zou vanavond weer iets gebeuren.",
            "where": "Snapchat",
            "facts": "Er is niets aangekondigd.",
            "counter_message": "",
            "messenger": "",
            "carried_by": world.objects["police"].pk,
            "rules": ["facts", "scepticism"],
            "status": "spotted",
        },
    )
    assert response.status_code == 302
    rumour = Rumour.objects.get(case=case, rumour="Er zou vanavond weer iets gebeuren.")
    assert rumour.rules == ["facts", "scepticism"]
    assert rumour.created_by_organisation == world.objects["police"]
    assert response.url.endswith(f"#gerucht-{rumour.pk}")


def test_a_countered_rumour_needs_its_counter_message(world):
    case = world.objects["aftercare_case"]
    response = _client(world.users["member"]).post(
        reverse("aftercare:rumour_create", args=[case.pk]),
        {"rumour": "Een gerucht dat blijft staan", "status": "countered", "rules": ["messenger"]},
    )
    assert response.status_code == 400
    assert response.context["form"].errors["counter_message"]
    body = text(response)
    assert "Een gerucht dat blijft staan" in body
    assert 'value="messenger"' in body
    assert response.context["form"]["rules"].value() == ["messenger"]
    assert Rumour.objects.filter(case=case).count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"rumour": ""},
        {"rumour": "Gerucht", "rules": ["facts", "lies"]},
        {"rumour": "Gerucht", "status": "gone"},
        {"rumour": "Gerucht", "carried_by": "x"},
        {"rumour": "Gerucht", "where": "x" * 201},
    ],
)
def test_bad_input_on_a_rumour_answers_400(world, data):
    case = world.objects["aftercare_case"]
    response = _client(world.users["member"]).post(
        reverse("aftercare:rumour_create", args=[case.pk]), {"status": "spotted", **data}
    )
    assert response.status_code == 400
    assert Rumour.objects.filter(case=case).count() == 1


def test_editing_a_rumour(world):
    rumour = world.objects["rumour"]
    client = _client(world.users["enforcement_facts"])
    page = client.get(rumour_url(rumour))
    assert page.status_code == 200
    assert page.context["form"]["rules"].value() == ["facts", "messenger"]
    assert page.context["form"]["carried_by"].value() == world.objects["youth"].pk
    data = {
        "rumour": rumour.rumour,
        "facts": rumour.facts,
        "counter_message": "",
        "messenger": rumour.messenger,
        "rules": DEBUNK_RULE_CODES,
        "status": "countered",
    }
    refused = client.post(rumour_url(rumour), data)
    assert refused.status_code == 400
    assert refused.context["form"].errors["counter_message"]
    rumour.refresh_from_db()
    assert rumour.counter_message == "Wat er gebeurde, en waarom."
    response = client.post(rumour_url(rumour), {**data, "counter_message": "Nieuw tegenbericht", "status": "faded"})
    assert response.status_code == 302
    rumour.refresh_from_db()
    assert rumour.rules == list(DEBUNK_RULE_CODES)
    assert rumour.status == RumourStatus.FADED and rumour.counter_message == "Nieuw tegenbericht"
    assert rumour.carried_by is None  # not sent: no organisation chosen


# --- support for own staff ------------------------------------------------------------------------------------


def _report_data(**changes):
    data = {
        "occurred_on": (timezone.localdate() - dt.timedelta(days=1)).isoformat(),
        "kind": "threat",
        "description": "Bedreigd in een groepsapp na de interventie.",
        "operational_stressors": ["threat"],
        "organisational_stressors": ["workload", "partners"],
        "wishes": ["intervision"],
        "case": "",
    }
    data.update(changes)
    return data


def test_a_report_reaches_the_coordinator_and_stays_inside_the_organisation(world):
    reporter = MembershipFactory(organisation=world.objects["youth"]).user
    coordinator = world.users["coordinator"]
    colleague = world.users["member"]
    case = world.objects["aftercare_case"]
    form = _client(reporter).get(reverse("aftercare:staff_report_create"))
    assert form.status_code == 200
    # The cases the organisation takes part in, to choose from.
    assert set(form.context["form"].fields["case"].queryset) == {world.objects["case"], case}
    response = _client(reporter).post(reverse("aftercare:staff_report_create"), _report_data(case=case.pk))
    assert response.status_code == 302
    report = StaffReport.objects.get(reporter=reporter)
    assert response.url == report_url(report)
    assert report.organisation == world.objects["youth"]
    assert report.stressors == ["threat", "partners", "workload"]  # in the order of the lists
    assert report.wishes == ["intervision"] and report.case == case
    assert Notification.objects.filter(recipient=coordinator, kind=NotificationKind.STAFF_REPORT).exists()
    assert not Notification.objects.filter(recipient=colleague, kind=NotificationKind.STAFF_REPORT).exists()
    for user in (reporter, coordinator):
        page = _client(user).get(report_url(report))
        assert page.status_code == 200
        assert "Bedreigd in een groepsapp" in text(page)
    assert _client(colleague).get(report_url(report)).status_code == 404
    assert report_url(report) not in text(_client(colleague).get(reverse("aftercare:staff_reports")))
    assert report_url(report) in text(_client(coordinator).get(reverse("aftercare:staff_reports")))
    for role in ("police_summary", "enforcement_facts", "care_full", "network_coordinator", "other_network"):
        assert _client(world.users[role]).get(report_url(report)).status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_the_internal_report_is_read_by_its_reporter_and_their_coordinator_only(world, role):
    report = world.objects["staff_report"]
    client = _client(world.users[role])
    detail = client.get(report_url(report))
    listing = client.get(reverse("aftercare:staff_reports"))
    if role == "anonymous":
        assert detail.status_code == listing.status_code == 302
        return
    if role in READS_STAFF_REPORT:
        assert detail.status_code == 200
        assert CANARY_STAFF in text(detail)
        assert report_url(report) in text(listing)
    else:
        assert detail.status_code == 404
        assert CANARY_STAFF not in text(detail)
        assert listing.status_code == (404 if role == "operator" else 200)
        assert report_url(report) not in text(listing)
    # The report is nowhere else: not on the case, not on its aftercare plan.
    for path in (reverse("interventions:case", args=[report.case_id]), plan_url(report.case)):
        assert CANARY_STAFF not in text(client.get(path))


def test_the_coordinator_sees_open_reports_first(world):
    youth = world.objects["youth"]
    coordinator = world.users["coordinator"]
    old = world.objects["staff_report"]
    services.staff_report_follow_up(report=old, acting_user=coordinator, status=StaffReportStatus.CLOSED)
    newer = services.staff_report_create(
        acting_user=MembershipFactory(organisation=youth).user,
        occurred_on=timezone.localdate(),
        kind="other",
        description="Iets anders",
    )
    response = _client(coordinator).get(reverse("aftercare:staff_reports"))
    assert [report.pk for report in response.context["reports"]] == [newer.pk, old.pk]
    assert response.context["is_coordinator"] is True
    own = _client(world.users["member"]).get(reverse("aftercare:staff_reports"))
    assert [report.pk for report in own.context["reports"]] == [old.pk]


@pytest.mark.parametrize(
    "changes",
    [
        {"occurred_on": "2025-02-30"},
        {"occurred_on": "gisteren"},
        {"occurred_on": ""},
        {"occurred_on": (timezone.localdate() + dt.timedelta(days=3)).isoformat()},
        {"kind": "burnout"},
        {"description": "   "},
        {"operational_stressors": ["emotional", "bureaucracy"]},  # an organisational stressor in the wrong group
        {"wishes": ["holiday"]},
        {"case": "niet-een-uuid"},
        {"case": str(uuid.uuid4())},
    ],
)
def test_bad_input_on_a_report_answers_400_and_keeps_what_was_typed(world, changes):
    data = _report_data(**{"description": "Wat ik typte", **changes})
    response = _client(world.users["member"]).post(reverse("aftercare:staff_report_create"), data)
    assert response.status_code == 400
    assert response.context["form"].errors
    if "description" not in changes:
        assert "Wat ik typte" in text(response)
    assert StaffReport.objects.count() == 1


def test_a_report_cannot_name_a_case_the_organisation_does_not_take_part_in(world):
    elsewhere = _new_case(world, by="police_summary", organisations=("enforcement",))
    response = _client(world.users["member"]).post(
        reverse("aftercare:staff_report_create"), _report_data(case=elsewhere.pk)
    )
    assert response.status_code == 400
    assert "case" in response.context["form"].errors


def test_the_coordinators_of_the_organisation_follow_up(world):
    report = world.objects["staff_report"]
    coordinator = world.users["coordinator"]
    page = _client(coordinator).get(report_url(report))
    assert page.context["form"] is not None
    # The reporter's wishes are the suggested follow-up.
    assert page.context["form"].initial["follow_up"] == ["conversation"]
    response = _client(coordinator).post(
        report_url(report),
        {"status": "followed_up", "follow_up": ["conversation", "intervision"], "follow_up_note": "Gesprek gepland."},
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == StaffReportStatus.FOLLOWED_UP
    assert report.follow_up == ["conversation", "intervision"]
    assert report.followed_up_by == coordinator
    reporter_view = _client(world.users["member"]).get(report_url(report))
    assert reporter_view.context["form"] is None
    assert "Gesprek gepland." in text(reporter_view)


def test_the_reporter_may_not_follow_up_their_own_report_and_others_do_not_see_it(world):
    """The reporter reads the report, so a follow-up from them is refused with 403; for everybody else outside the
    organisation's coordinators the report does not exist (404)."""
    report = world.objects["staff_report"]
    data = {"status": "closed", "follow_up": ["none"], "follow_up_note": "Zelf afgesloten"}
    assert _client(world.users["member"]).post(report_url(report), data).status_code == 403
    colleague = MembershipFactory(organisation=world.objects["youth"]).user
    for user in (colleague, world.users["police_summary"], world.users["network_coordinator"]):
        assert _client(user).post(report_url(report), data).status_code == 404
    report.refresh_from_db()
    assert report.status == StaffReportStatus.REPORTED and report.follow_up_note == ""


@pytest.mark.parametrize(
    "data",
    [
        {"status": "archived"},
        {"status": ""},
        {"status": "closed", "follow_up": ["massage"]},
        {"status": "closed", "follow_up_note": "x" * 5001},
    ],
)
def test_bad_follow_up_answers_400(world, data):
    report = world.objects["staff_report"]
    response = _client(world.users["coordinator"]).post(report_url(report), data)
    assert response.status_code == 400
    assert response.context["form"].errors
    report.refresh_from_db()
    assert report.status == StaffReportStatus.REPORTED


def test_internal_support_is_linked_from_every_page(world):
    body = text(_client(world.users["police_summary"]).get(reverse("home")))
    assert f'href="{reverse("aftercare:staff_reports")}"' in body
    assert "Interne ondersteuning" in body


# --- the case page --------------------------------------------------------------------------------------------


def test_the_case_page_links_the_plan_with_its_progress_and_the_evaluation(world):
    case = world.objects["aftercare_case"]
    task = world.objects["aftercare_task"]
    services.task_update(task=task, acting_user=world.users["member"], organisation=task.organisation, status="done")
    AftercareTask.objects.filter(case=case).exclude(pk=task.pk).filter(position=1).update(
        due_date=timezone.localdate() - dt.timedelta(days=2)
    )
    response = _client(world.users["police_summary"]).get(reverse("interventions:case", args=[case.pk]))
    body = text(response)
    assert response.context["aftercare_progress"] == {"total": 8, "closed": 1, "overdue": 1}
    assert "1 van 8 afgerond" in body and "1 te laat" in body
    assert plan_url(case) in body
    assert reverse("aftercare:evaluation", args=[world.objects["evaluation"].pk]) in body
    assert reverse("aftercare:evaluation_start", args=[case.pk]) not in body


def test_the_case_page_prompts_for_the_plan_in_aftercare_and_lets_the_coordinator_start_the_evaluation(world):
    case = _new_case(world, by="network_coordinator", organisations=("youth",))
    coordinator_page = text(
        _client(world.users["network_coordinator"]).get(reverse("interventions:case", args=[case.pk]))
    )
    assert reverse("aftercare:plan_create", args=[case.pk]) in coordinator_page
    assert reverse("aftercare:evaluation_start", args=[case.pk]) in coordinator_page
    member_page = text(_client(world.users["member"]).get(reverse("interventions:case", args=[case.pk])))
    assert reverse("aftercare:plan_create", args=[case.pk]) in member_page
    assert reverse("aftercare:evaluation_start", args=[case.pk]) not in member_page
    crisis_page = text(
        _client(world.users["member"]).get(reverse("interventions:case", args=[world.objects["case"].pk]))
    )
    assert reverse("aftercare:plan_create", args=[world.objects["case"].pk]) not in crisis_page
    assert plan_url(world.objects["case"]) in crisis_page


# --- a constant number of queries -------------------------------------------------------------------------------


def _grow_plan(world, n):
    case = world.objects["aftercare_case"]
    member = world.users["member"]
    for i in range(n):
        services.task_add(
            case=case,
            acting_user=member,
            title=f"Eigen taak {i}",
            organisation=world.objects["police"],
            due_date=timezone.localdate() - dt.timedelta(days=1),
        )
        services.rumour_create(
            case=case,
            acting_user=member,
            rumour=f"Gerucht {i}",
            carried_by=world.objects["care"],
            rules=["facts"],
            status="spotted",
        )


def test_the_plan_page_keeps_a_constant_number_of_queries(world, django_assert_max_num_queries):
    client = _client(world.users["member"])
    url = plan_url(world.objects["aftercare_case"])
    client.get(url)  # warm the session
    with django_assert_max_num_queries(12) as small:
        client.get(url)
    _grow_plan(world, 15)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert len(response.context["task_rows"]) == 8 + 15
    assert len(response.context["rumour_rows"]) == 1 + 15


def test_the_staff_reports_page_keeps_a_constant_number_of_queries(world, django_assert_max_num_queries):
    client = _client(world.users["coordinator"])
    url = reverse("aftercare:staff_reports")
    client.get(url)
    with django_assert_max_num_queries(10) as small:
        client.get(url)
    for _i in range(10):
        services.staff_report_create(
            acting_user=MembershipFactory(organisation=world.objects["youth"]).user,
            occurred_on=timezone.localdate(),
            kind="other",
            description="Iets",
            case=world.objects["aftercare_case"],
        )
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert len(response.context["reports"]) == 11


@pytest.mark.parametrize("view", ["task", "rumour", "report"])
def test_the_forms_keep_a_small_number_of_queries(world, view, django_assert_max_num_queries):
    paths = {
        "task": task_url(world.objects["aftercare_task"]),
        "rumour": rumour_url(world.objects["rumour"]),
        "report": report_url(world.objects["staff_report"]),
    }
    client = _client(world.users["coordinator"])
    client.get(paths[view])
    with django_assert_max_num_queries(10):
        assert client.get(paths[view]).status_code == 200


def test_a_user_of_another_network_cannot_see_anything(world):
    """A second network's case with its own plan: the first network's members get 404 on all of it."""
    network = NetworkFactory()
    lead = MembershipFactory(organisation=OrganisationFactory(network=network, jongerenwerk=True)).user
    case = case_services.case_create(acting_user=lead, title="Elders", phase="nazorg", organisations=[])
    services.plan_create(case=case, acting_user=lead)
    task = AftercareTask.objects.filter(case=case).first()
    for role in ("member", "coordinator", "network_coordinator"):
        client = _client(world.users[role])
        assert client.get(plan_url(case)).status_code == 404
        assert client.get(task_url(task)).status_code == 404
