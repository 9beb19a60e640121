"""Notifications about a case's aftercare and evaluation, and about an internal report of a burdening incident
(issue 7): opening one leads to the plan, the evaluation or the internal reports; one about a case the reader no
longer takes part in shows as gone and opens the case list; their e-mails name no case and carry no text of the
report."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from aftercare import services
from aftercare.models import AftercareTask
from interventions import services as case_services
from notifications.models import CASE_KINDS, Notification, NotificationKind
from notifications.selectors import render_notifications
from partners.visibility import get_case_for_user
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory, network_coordinator

pytestmark = pytest.mark.django_db

CASE_TITLE = "Drillrapconflict tussen Noord en de Haven"
REPORT_TEXT = "Het filmpje van de steekpartij in de clip blijft door mijn hoofd gaan"
ITEM = re.compile(r'<li class="app-notification[^"]*">.*?</li>', re.DOTALL)
ANSWERS = {"went_well": "Snel contact.", "went_badly": "Late terugkoppeling.", "do_better": "Eerder samen."}


class World:
    def __init__(self):
        network = NetworkFactory()
        self.youth = OrganisationFactory(network=network, jongerenwerk=True)
        self.police = OrganisationFactory(network=network, politie=True)
        regisseur = network_coordinator(network)
        self.oov = regisseur.organisation
        self.regisseur = regisseur.user
        self.member = MembershipFactory(organisation=self.youth).user
        self.team_lead = MembershipFactory(organisation=self.youth, coordinator=True).user
        self.officer = MembershipFactory(organisation=self.police).user
        self.case = case_services.case_create(
            acting_user=self.member, title=CASE_TITLE, phase="nazorg", organisations=[self.police, self.oov]
        )

    def evaluation(self):
        return services.evaluation_start(case=self.case, acting_user=self.regisseur)

    def finalised(self):
        evaluation = self.evaluation()
        services.part_save(evaluation=evaluation, acting_user=self.member, submit=True, **ANSWERS)
        services.evaluation_update(evaluation=evaluation, acting_user=self.regisseur, conclusions="Goed gedaan.")
        return services.evaluation_finalise(evaluation=evaluation, acting_user=self.regisseur, without_missing=True)

    def reminder(self):
        """The daily job reminds youth work and the police of their tasks that are due today."""
        services.plan_create(case=self.case, acting_user=self.member)
        AftercareTask.objects.filter(case=self.case).update(due_date=timezone.localdate())
        services.send_due_reminders()

    def staff_report(self):
        return services.staff_report_create(
            acting_user=self.member,
            occurred_on=timezone.localdate(),
            kind="seen_violence",
            description=REPORT_TEXT,
            stressors=["emotional"],
            wishes=["intervision"],
            case=self.case,
        )

    def leave(self, organisation):
        """The lead takes ``organisation`` out of the case."""
        others = [o for o in (self.police, self.oov) if o != organisation]
        case_services.case_update(
            case=get_case_for_user(self.member, self.case.pk), acting_user=self.member, organisations=others
        )


@pytest.fixture
def world():
    return World()


def _open(client, user, kind):
    notification = Notification.objects.get(recipient=user, kind=kind)
    client.force_login(user)
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302
    notification.refresh_from_db()
    assert notification.read_at is not None
    return response["Location"]


def test_an_aftercare_reminder_opens_the_plan(client, world):
    world.reminder()
    assert _open(client, world.officer, NotificationKind.AFTERCARE_DUE) == reverse(
        "aftercare:plan", args=[world.case.pk]
    )


def test_an_evaluation_started_opens_the_evaluation(client, world):
    evaluation = world.evaluation()
    location = _open(client, world.officer, NotificationKind.EVALUATION_STARTED)
    assert location == reverse("aftercare:evaluation", args=[evaluation.pk])


def test_an_evaluation_finalised_opens_the_evaluation(client, world):
    evaluation = world.finalised()
    location = _open(client, world.member, NotificationKind.EVALUATION_FINALISED)
    assert location == reverse("aftercare:evaluation", args=[evaluation.pk])


def test_an_evaluation_notification_whose_evaluation_is_gone_opens_the_case(client, world):
    world.evaluation().delete()
    location = _open(client, world.officer, NotificationKind.EVALUATION_STARTED)
    assert location == reverse("interventions:case", args=[world.case.pk])


def test_an_internal_report_opens_the_internal_reports(client, world):
    world.staff_report()
    location = _open(client, world.team_lead, NotificationKind.STAFF_REPORT)
    assert location == reverse("aftercare:staff_reports")


@pytest.mark.parametrize("kind", CASE_KINDS)
def test_a_notification_about_a_case_the_reader_left_is_gone_and_opens_the_case_list(client, world, kind):
    if kind == NotificationKind.AFTERCARE_DUE:
        world.reminder()
    elif kind == NotificationKind.EVALUATION_STARTED:
        world.evaluation()
    else:
        world.finalised()
    Notification.objects.filter(recipient=world.officer).exclude(kind=kind).delete()  # the started one, here
    [before] = render_notifications(world.officer, Notification.objects.filter(recipient=world.officer, kind=kind))
    assert before["gone"] is False
    world.leave(world.police)
    [item] = render_notifications(world.officer, Notification.objects.filter(recipient=world.officer, kind=kind))
    assert item["gone"] is True
    # On the bell page the sentence is still there, but no longer a link.
    client.force_login(world.officer)
    page = client.get(reverse("notifications:list"))
    assert page.status_code == 200
    [listed] = ITEM.findall(page.content.decode())
    assert escape(item["sentence"]) in listed
    assert reverse("notifications:open", args=[item["notification"].pk]) not in listed
    assert CASE_TITLE not in listed
    # Opened anyway (an old link in an e-mail): the case list, nothing about the case.
    assert _open(client, world.officer, kind) == reverse("interventions:cases")


@pytest.mark.parametrize(
    ("kind", "footer"),
    [
        (NotificationKind.AFTERCARE_DUE, "This e-mail holds no content of the case on purpose. Do not forward it."),
        (
            NotificationKind.EVALUATION_STARTED,
            "This e-mail holds no content of the case on purpose. Do not forward it.",
        ),
        (
            NotificationKind.EVALUATION_FINALISED,
            "This e-mail holds no content of the case on purpose. Do not forward it.",
        ),
        (NotificationKind.STAFF_REPORT, "This e-mail holds no content of the report on purpose. Do not forward it."),
    ],
)
def test_the_emails_name_no_case_and_carry_no_report_text(
    world, kind, footer, eager_celery, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        world.staff_report()  # names the case; its coordinator is told
        world.reminder()
        world.finalised()  # started, then finalised
    notifications = list(Notification.objects.filter(kind=kind).select_related("recipient"))
    assert notifications
    with translation.override("nl"):
        expected_footer = gettext(footer)
    for notification in notifications:
        assert notification.emailed_at is not None
        [message] = [m for m in mail.outbox if f"/meldingen/{notification.pk}/" in m.body]
        assert message.to == [notification.recipient.email]
        for text in (CASE_TITLE, REPORT_TEXT, "Drillrap", "steekpartij", "Goed gedaan", ANSWERS["went_well"]):
            assert text not in message.body, text
            assert text not in message.subject, text
        assert expected_footer in message.body
