"""The demo data: idempotent, and every account the README lists can log in."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.http import HttpRequest
from django.test import override_settings
from django.utils import timezone

from aftercare.demo import CASE_TITLE
from aftercare.models import AftercareTask, Evaluation, Rumour, StaffReport
from interventions.models import Case
from notifications.models import Notification
from partners.demo import DEMO_OPERATOR_USERNAME, DEMO_PASSWORD, demo_accounts
from partners.models import InformationPosition, Membership, Network, Organisation, User

pytestmark = pytest.mark.django_db

README = Path(__file__).resolve().parent.parent / "README.md"


@override_settings(DEBUG=True)
def test_seed_demo_is_idempotent_and_complete():
    call_command("seed_demo")
    counts = (Network.objects.count(), Organisation.objects.count(), User.objects.count(), Membership.objects.count())
    call_command("seed_demo")
    assert counts == (
        Network.objects.count(),
        Organisation.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
    )
    voorbeeld = Network.objects.get(name="Gemeente Voorbeeld")
    assert sorted(voorbeeld.organisations.values_list("partner_type", flat=True)) == sorted(
        ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"]
    )
    for organisation in voorbeeld.organisations.all():
        roles = sorted(organisation.memberships.values_list("role", flat=True))
        assert roles == ["coordinator", "member", "member"], organisation
    assert voorbeeld.coordinator.user.username == "oov-coordinator"
    assert Network.objects.get(name="Gemeente Anderstad").coordinator.user.username == "anderstad-oov-coordinator"
    assert InformationPosition.objects.count() == 6


@override_settings(DEBUG=True)
def test_every_demo_account_logs_in_and_is_in_the_readme(client):
    call_command("seed_demo")
    readme = README.read_text()
    usernames = [username for *_, username, _name, _role in demo_accounts()] + [DEMO_OPERATOR_USERNAME]
    for username in usernames:
        assert re.search(rf"`{re.escape(username)}`", readme), f"{username} missing from the README"
        # django-axes checks every sign-in and needs the request (client.login gives none of its own).
        assert client.login(request=HttpRequest(), username=username, password=DEMO_PASSWORD), username
        client.logout()
    assert f"`{DEMO_PASSWORD}`" in readme


@override_settings(DEBUG=False)
def test_seed_demo_refuses_without_debug():
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.exists()


@override_settings(DEBUG=True)
def test_demo_signals_show_a_living_worklist():
    from signals.models import Signal

    call_command("seed_demo")
    signals = Signal.objects.filter(owner_organisation__network__name="Gemeente Voorbeeld")
    assert signals.count() == 8
    assert {s.phenomenon.code for s in signals} >= {"rivaliserende_jeugd", "radicalisering_en_extremisme"}
    assert {s.step for s in signals} >= {1, 3, 5}
    assert signals.filter(is_acute=True).exists()
    assert signals.filter(status="closed").exists()
    assert signals.filter(actions__isnull=False).exists()
    assert not Signal.objects.filter(owner_organisation__network__name="Gemeente Anderstad").exists()


@override_settings(DEBUG=True)
def test_demo_aftercare_case_has_a_plan_a_log_a_staff_report_and_an_open_evaluation():
    call_command("seed_demo")
    counts = (AftercareTask.objects.count(), Rumour.objects.count(), StaffReport.objects.count())
    call_command("seed_demo")
    assert (AftercareTask.objects.count(), Rumour.objects.count(), StaffReport.objects.count()) == counts
    case = Case.objects.get(network__name="Gemeente Voorbeeld", title=CASE_TITLE)
    assert case.phase == "nazorg"
    assert list(case.phase_changes.order_by("changed_at").values_list("to_phase", flat=True)) == ["crisis", "nazorg"]
    assert sorted(case.organisations.values_list("partner_type", flat=True)) == sorted(
        ["jongerenwerk", "politie", "gemeente_oov"]
    )
    assert case.interventions.filter(status="done").count() == 2
    # The plan: one task per handvat plus one by hand, every one assigned; one done, the police's overdue.
    tasks = AftercareTask.objects.filter(case=case)
    assert tasks.count() == 9 and not tasks.filter(organisation__isnull=True).exists()
    assert tasks.filter(status="done").count() == 1
    today = timezone.localdate()
    overdue = tasks.exclude(status__in=["done", "not_needed"]).filter(due_date__lt=today)
    assert list(overdue.values_list("code", "organisation__partner_type")) == [("tip_giver", "politie")]
    assert Notification.objects.filter(
        case=case, kind="aftercare_due", recipient__membership__organisation__partner_type="politie"
    ).exists()
    # The misinformation log: one countered by a credible messenger with rules ticked, one spotted.
    countered = Rumour.objects.get(case=case, status="countered")
    assert countered.messenger and countered.counter_message and "messenger" in countered.rules
    assert Rumour.objects.filter(case=case, status="spotted").count() == 1
    # The youth worker's internal report, followed up with intervision by the youth-work coordinator.
    report = StaffReport.objects.get(case=case)
    assert report.reporter.username == "jongerenwerk2"
    assert report.status == "followed_up" and "intervision" in report.follow_up
    assert report.followed_up_by.username == "jongerenwerk-coordinator"
    assert report.occurred_on < today - dt.timedelta(days=1)
    # The evaluation: started by the network coordinator, youth work and police in, the municipality missing.
    evaluation = Evaluation.objects.get(case=case)
    assert evaluation.is_open and evaluation.started_by.username == "oov-coordinator"
    submitted = evaluation.parts.filter(submitted_at__isnull=False)
    assert sorted(submitted.values_list("organisation__partner_type", flat=True)) == ["jongerenwerk", "politie"]
    missing = evaluation.parts.get(submitted_at__isnull=True)
    assert missing.organisation.partner_type == "gemeente_oov" and not missing.went_well
    for part in submitted:
        assert part.went_well and part.went_badly and part.do_better and part.perceptions
