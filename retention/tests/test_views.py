"""The page "What will be removed soon" and the retention periods' form: who sees what, bad input, query count.
(Who may open them at all is in the permission matrix, tests/matrix_retention_html.py.)"""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from interventions import services as case_services
from retention.models import RetentionPolicy
from retention.tests.helpers import age_case, closed_signal
from signals import sharing
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory, network_coordinator

pytestmark = pytest.mark.django_db

SECRET = "RETENTIE-GEHEIM-8c1d"
URL = reverse("retention:preview")
POLICY_URL = reverse("retention:policy")
SHARE = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig."}


def _soon():
    """Closed 12 months minus a week ago: removed in a week under the default 12 months."""
    return timezone.now() - dt.timedelta(days=358)


@pytest.fixture
def scene():
    network = NetworkFactory()
    youth = OrganisationFactory(network=network, jongerenwerk=True)
    police = OrganisationFactory(network=network, politie=True)
    team_lead = MembershipFactory(organisation=youth, coordinator=True).user
    member = MembershipFactory(organisation=youth).user
    regisseur = network_coordinator(network).user
    police_lead = MembershipFactory(organisation=police, coordinator=True).user
    soon = closed_signal(_soon(), owner_organisation=youth, created_by=member, message_text=f"{SECRET} bericht")
    later = closed_signal(timezone.now() - dt.timedelta(days=30), owner_organisation=youth, created_by=member)
    police_signal = closed_signal(_soon(), owner_organisation=police, created_by=police_lead)
    case = case_services.case_create(
        acting_user=member, title="Ruzie bij de skatebaan", phase="crisis", organisations=[police]
    )
    age_case(case, timezone.now() - dt.timedelta(days=24 * 30 + 20))
    return {
        "network": network,
        "team_lead": team_lead,
        "member": member,
        "regisseur": regisseur,
        "police_lead": police_lead,
        "soon": soon,
        "later": later,
        "police_signal": police_signal,
        "case": case,
    }


def _page(client, user):
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def test_the_team_lead_sees_the_own_organisations_signals_due_within_a_month(client, scene):
    page = _page(client, scene["team_lead"])
    assert reverse("signals:detail", args=[scene["soon"].pk]) in page
    assert reverse("signals:detail", args=[scene["later"].pk]) not in page  # in eleven months
    assert reverse("signals:detail", args=[scene["police_signal"].pk]) not in page  # another organisation's
    assert reverse("interventions:case", args=[scene["case"].pk]) in page  # youth work leads it
    assert SECRET not in page  # a date and the organisation, never the content
    assert "12 maanden" in page or "12 months" in page


def test_the_network_coordinator_sees_only_what_is_visible_to_them(client, scene):
    page = _page(client, scene["regisseur"])
    # Nothing was shared with the OOV organisation, and it takes part in no case.
    for key in ("soon", "later", "police_signal"):
        assert reverse("signals:detail", args=[scene[key].pk]) not in page
    assert reverse("interventions:case", args=[scene["case"].pk]) not in page
    assert POLICY_URL in page
    # Shared with the OOV organisation, the police's signal shows.
    sharing.share_create(
        signal=scene["police_signal"],
        acting_user=scene["police_lead"],
        organisation=scene["regisseur"].membership.organisation,
        level="summary",
        **SHARE,
    )
    assert reverse("signals:detail", args=[scene["police_signal"].pk]) in _page(client, scene["regisseur"])


def test_the_police_team_lead_sees_the_police_signal_not_youth_works_case(client, scene):
    page = _page(client, scene["police_lead"])
    assert reverse("signals:detail", args=[scene["police_signal"].pk]) in page
    assert reverse("signals:detail", args=[scene["soon"].pk]) not in page
    # The police take part in the case but do not lead it.
    assert reverse("interventions:case", args=[scene["case"].pk]) not in page
    assert POLICY_URL not in page


def test_a_coordinator_of_another_network_sees_nothing_of_this_one(client, scene):
    stranger = MembershipFactory(organisation=OrganisationFactory(), coordinator=True).user
    page = _page(client, stranger)
    for key in ("soon", "later", "police_signal"):
        assert str(scene[key].pk) not in page
    assert str(scene["case"].pk) not in page


def test_the_page_reads_a_constant_number_of_queries(client, scene, django_assert_max_num_queries):
    client.force_login(scene["team_lead"])
    client.get(URL)  # warm the caches of the session and permissions
    # The session, the user with their membership, the policy, and one query each for signals, cases, evaluations.
    with django_assert_max_num_queries(8) as few:
        client.get(URL)
    for _ in range(8):
        closed_signal(_soon(), owner_organisation=scene["soon"].owner_organisation, created_by=scene["member"])
    for _ in range(3):
        case = case_services.case_create(acting_user=scene["member"], title="Nog een", phase="crisis", organisations=[])
        age_case(case, timezone.now() - dt.timedelta(days=24 * 30 + 20))
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(URL)
    assert len(re.findall(r'href="/signalen/[0-9a-f-]{36}/"', response.content.decode())) == 9


def test_the_network_coordinator_sets_the_periods(client, scene):
    client.force_login(scene["regisseur"])
    assert client.get(POLICY_URL).status_code == 200
    response = client.post(POLICY_URL, {"signal_months": "6", "case_months": "18", "evaluation_months": "48"})
    assert response.status_code == 302
    policy = RetentionPolicy.objects.get(network=scene["network"])
    assert (policy.signal_months, policy.case_months, policy.evaluation_months) == (6, 18, 48)
    assert policy.updated_by == scene["regisseur"]
    assert policy.history.count() == 1
    assert "6 maanden" in _page(client, scene["regisseur"])


@pytest.mark.parametrize(
    ("value", "message"),
    [("0", "minstens 1"), ("121", "hoogstens 120"), ("twaalf", "geheel aantal"), ("", "verplicht")],
)
def test_bad_periods_are_a_clear_message(client, scene, value, message):
    client.force_login(scene["regisseur"])
    response = client.post(POLICY_URL, {"signal_months": value, "case_months": "24", "evaluation_months": "60"})
    assert response.status_code == 400
    assert message in response.content.decode().lower()
    assert not RetentionPolicy.objects.exists()
