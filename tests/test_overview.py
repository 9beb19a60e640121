"""My start page and the network overview (issue 11): every count is a count of what the user's organisation may
see (a signal not shared with it, a share that expired or was revoked, another network: never counted — in the
charts, the tables and the CSV), bad filters answer 400 with a message, and the number of queries does not grow
with the data."""

import csv
import datetime as dt
import io
import re

import pytest
from django.test import Client
from django.utils import timezone

from interventions import services as case_services
from interventions.constants import Phase
from interventions.models import Intervention
from overview.views import CHARTS
from partners.constants import PartnerType
from partners.visibility import get_signal_for_user
from signals import services as signal_services
from signals import sharing
from signals.models import Phenomenon, Share, Signal, SignalGroupObjectPermission
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory, network_coordinator
from tests.roles import CANARY_FACTS, CANARY_FULL, CANARY_OWNER, CANARY_RISK, SEES_RISK_EVENT, build_world

pytestmark = pytest.mark.django_db

OVERVIEW = "/overzicht/"
SHARE = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig voor de duiding."}
START_BUDGET = 16
OVERVIEW_BUDGET = 18


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _charts(response) -> dict:
    return {chart.name: chart for chart in response.context["charts"]}


def _signal_total(user, query: str = "") -> int:
    response = _client(user).get(f"{OVERVIEW}?{query}")
    assert response.status_code == 200
    rows = _charts(response)["signalen-per-week"].rows
    return sum(row[1] for row in rows)


def _csv(user, chart: str, query: str = "") -> list[list[str]]:
    response = _client(user).get(f"{OVERVIEW}?{query}&format=csv&chart={chart}")
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def _csv_total(user, chart: str = "signalen-per-week") -> int:
    rows = _csv(user, chart)
    return sum(int(row[-1]) for row in rows[1:])


def _coordinator_of(organisation):
    return MembershipFactory(organisation=organisation, coordinator=True).user


@pytest.fixture
def world():
    return build_world(aftercare=False)


# --- the sharing rule in the counts ---------------------------------------------------------------------------


def test_counts_are_what_the_organisation_may_see(world):
    """The world's canary signal (youth work) was shared with police (summary), enforcement (facts) and care (full);
    the school's share expired and the OOV's was revoked. A police signal is shared with nobody."""
    youth_coordinator = world.users["coordinator"]
    police = world.objects["police"]
    police_coordinator = _coordinator_of(police)
    SignalFactory(owner_organisation=police, platform="tiktok")
    school_coordinator = _coordinator_of(world.objects["school"])
    oov_coordinator = world.users["network_coordinator"]
    other_coordinator = world.objects["other_coordinator"]
    SignalFactory(owner_organisation=world.objects["other_org"])  # another network's signal

    expected = {youth_coordinator: 1, police_coordinator: 2, school_coordinator: 0, oov_coordinator: 0}
    expected[other_coordinator] = 0  # OOV of the other network: the other network's youth work did not share it
    expected[_coordinator_of(world.objects["other_org"])] = 1
    for user, count in expected.items():
        assert _signal_total(user) == count, user
        assert _csv_total(user) == count, user
        assert _csv_total(user, "platforms") == count, user
        assert _csv_total(user, "fenomenen") == count, user

    # The police signal that was not shared with youth work is not in youth work's platforms either.
    platforms = {row[0]: int(row[-1]) for row in _csv(youth_coordinator, "platforms")[1:]}
    assert platforms == {"Snapchat": 1}
    police_platforms = {row[0]: int(row[-1]) for row in _csv(police_coordinator, "platforms")[1:]}
    assert police_platforms == {"Snapchat": 1, "TikTok": 1}


def test_a_share_that_ends_stops_counting(world):
    member = world.users["member"]
    police = world.objects["police"]
    police_coordinator = _coordinator_of(police)
    signal = SignalFactory(owner_organisation=world.objects["youth"], created_by=member)
    share = sharing.share_create(signal=signal, acting_user=member, organisation=police, level="facts", **SHARE)
    assert _signal_total(police_coordinator) == 2

    sharing.share_revoke(share=share, acting_user=member)
    assert _signal_total(police_coordinator) == 1
    assert _csv_total(police_coordinator) == 1

    # Expired: written in the past directly, as tests/roles.py does (the service refuses a past expiry).
    later = sharing.share_create(
        signal=signal,
        acting_user=member,
        organisation=police,
        level="summary",
        expires_at=timezone.now() + dt.timedelta(days=1),
        **SHARE,
    )
    assert _signal_total(police_coordinator) == 2
    past = timezone.now() - dt.timedelta(minutes=1)
    Share.objects.filter(pk=later.pk).update(expires_at=past)
    SignalGroupObjectPermission.objects.filter(content_object=signal, group=police.group).update(expires_at=past)
    assert _signal_total(police_coordinator) == 1
    assert _csv_total(police_coordinator, "fenomenen") == 1


def test_practice_signals_and_signals_outside_the_period_are_not_counted(world):
    coordinator = world.users["coordinator"]
    youth = world.objects["youth"]
    SignalFactory(owner_organisation=youth, practice=True)
    old = SignalFactory(owner_organisation=youth)
    Signal.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(weeks=20))
    assert _signal_total(coordinator) == 1  # the last 13 weeks
    assert _signal_total(coordinator, "weeks=26") == 2
    start = (timezone.localdate() - dt.timedelta(weeks=21)).isoformat()
    end = (timezone.localdate() - dt.timedelta(weeks=19)).isoformat()
    assert _signal_total(coordinator, f"van={start}&tot={end}") == 1


def test_phenomena_platforms_per_week_and_sharing_speed(world):
    coordinator = world.users["coordinator"]
    youth = world.objects["youth"]
    member = world.users["member"]
    threat = Phenomenon.objects.exclude(code="rivaliserende_jeugd").order_by("position").first()
    for platform in ("instagram", "instagram", "telegram"):
        SignalFactory(owner_organisation=youth, created_by=member, phenomenon=threat, platform=platform)
    last_week = SignalFactory(owner_organisation=youth, created_by=member, platform="telegram")
    Signal.objects.filter(pk=last_week.pk).update(created_at=timezone.now() - dt.timedelta(days=7))

    response = _client(coordinator).get(OVERVIEW)
    charts = _charts(response)
    phenomena = {row[0]: row[-1] for row in charts["fenomenen"].rows}
    assert phenomena == {threat.name: 3, "Rivaliserende jeugdgroepen": 2} or phenomena[threat.name] == 3
    platforms = {row[0]: row[-1] for row in charts["platforms"].rows}
    assert platforms == {"Instagram": 2, "Telegram": 2, "Snapchat": 1}
    # Per week: this week's column and last week's.
    telegram = next(row for row in charts["platforms"].rows if row[0] == "Telegram")
    assert telegram[-3:] == [1, 1, 2]
    weeks = charts["signalen-per-week"].rows
    assert [row[1] for row in weeks[-2:]] == [1, 4]

    # Shared with partners: the canary signal (four shares, the first at once), none of the five others.
    sharing_rows = dict(_csv(coordinator, "delen")[1:])
    assert int(sharing_rows["Binnen een uur gedeeld"]) == 1
    assert int(sharing_rows["Niet gedeeld"]) == 4
    assert "1 van de 5" in response.content.decode() or "(20%)" in response.content.decode()


def test_cases_interventions_and_actions_are_counted_as_seen(world):
    """The world's case (crisis) is led by youth work with police, enforcement, care and school; not the OOV."""
    member = world.users["member"]
    youth_coordinator = world.users["coordinator"]
    oov_coordinator = world.users["network_coordinator"]
    youth = world.objects["youth"]
    cases = _charts(_client(youth_coordinator).get(OVERVIEW))["casussen"]
    assert {row[0]: row[1] for row in cases.rows} == {"Vredestijd": 0, "Crisis": 1, "Nazorg": 0}
    oov = _charts(_client(oov_coordinator).get(OVERVIEW))
    assert sum(row[1] for row in oov["casussen"].rows) == 0
    assert sum(row[-1] for row in oov["interventies"].rows) == 0
    assert oov["acties"].rows == []

    interventions = {row[0]: row[-1] for row in _charts(_client(youth_coordinator).get(OVERVIEW))["interventies"].rows}
    # Youth work sees every intervention of the world: the one on the case and the two on its signal.
    labels = dict(Phase.choices)
    expected = {str(label): 0 for label in labels.values()}
    for phase in Intervention.objects.values_list("phase", flat=True):
        expected[str(labels[phase])] += 1
    assert interventions == expected
    assert sum(interventions.values()) == 3

    # An overdue action of youth work, carried out by the police: youth work and the police see it, the OOV not.
    signal = world.objects["signal"]
    action = signal_services.action_create(
        signal=signal, acting_user=member, kind="opzoeken", executing_organisation=world.objects["police"]
    )
    type(action).objects.filter(pk=action.pk).update(due_date=timezone.localdate() - dt.timedelta(days=2))
    rows = {row[0]: row for row in _csv(youth_coordinator, "acties")[1:]}
    assert rows[world.objects["police"].name][1] == "1"
    assert rows[youth.name][1] == "0"
    police_rows = {row[0]: row for row in _csv(_coordinator_of(world.objects["police"]), "acties")[1:]}
    assert list(police_rows) == [world.objects["police"].name]
    assert _csv(oov_coordinator, "acties")[1:] == []


def test_risk_strip_per_area_obeys_the_calendar_and_the_area_filter(world):
    youth_coordinator = world.users["coordinator"]
    rows = _csv(youth_coordinator, "risico")
    areas = {row[0]: row[1:] for row in rows[1:]}
    assert set(areas) == {world.objects["risk_event"].area, "Zuid"}
    assert areas[world.objects["risk_event"].area][0] == "high"  # the anniversary run-up runs now
    assert "low" in areas["Zuid"]  # the fair in three weeks
    only_south = _csv(youth_coordinator, "risico", "area=Zuid")
    assert [row[0] for row in only_south[1:]] == ["Zuid"]
    # The police see no entry of the calendar.
    assert _csv(_coordinator_of(world.objects["police"]), "risico")[1:] == []


# --- who sees the overview ---------------------------------------------------------------------------------------


def test_only_coordinators_see_the_overview_and_its_link(world):
    for role in ("coordinator", "network_coordinator"):
        client = _client(world.users[role])
        assert client.get(OVERVIEW).status_code == 200
        assert 'href="/overzicht/"' in client.get("/").content.decode()
    for role in ("member", "police_summary", "other_network"):
        client = _client(world.users[role])
        assert client.get(OVERVIEW).status_code == 404
        assert client.get(f"{OVERVIEW}?format=csv&chart=platforms").status_code == 404
        assert 'href="/overzicht/"' not in client.get("/").content.decode()
    operator = _client(world.users["operator"])
    assert operator.get(OVERVIEW).status_code == 404


# --- bad input -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("weeks=5", "Kies een periode van 4, 13, 26 of 52 weken."),
        ("van=morgen", "Vul de datum in als dag-maand-jaar."),
        ("van=2026-05-01&tot=2026-04-01", "Het einde van de periode kan niet vóór het begin liggen."),
        ("tot=2026-04-01", "Geef ook het begin van de periode."),
        ("van=2020-01-01&tot=2026-01-01", "Kies een periode van hoogstens twee jaar."),
        ("area=Nergensland", "Kies een gebied uit de lijst."),
    ],
)
def test_bad_filters_answer_400_with_a_message(world, query, message):
    client = _client(world.users["coordinator"])
    client.cookies["django_language"] = "nl"
    response = client.get(f"{OVERVIEW}?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert response.context["charts"]  # the defaults are shown meanwhile
    csv_response = client.get(f"{OVERVIEW}?{query}&format=csv&chart=platforms")
    assert csv_response.status_code == 400
    assert message in csv_response.content.decode()


def test_an_unknown_chart_is_404(world):
    client = _client(world.users["coordinator"])
    assert client.get(f"{OVERVIEW}?format=csv&chart=geheim").status_code == 404
    assert client.get(f"{OVERVIEW}?format=csv").status_code == 404


def test_csv_cells_cannot_run_as_formulas(world):
    police = world.objects["police"]
    police.name = "=HYPERLINK(1)"
    police.save()
    signal_services.action_create(
        signal=world.objects["signal"],
        acting_user=world.users["member"],
        kind="opzoeken",
        executing_organisation=police,
    )
    rows = _csv(world.users["coordinator"], "acties")
    assert [row[0] for row in rows[1:] if "HYPERLINK" in row[0]] == ["'=HYPERLINK(1)"]


def test_the_pages_carry_no_inline_styles_or_scripts_and_every_chart_its_table_and_csv(world):
    body = _client(world.users["coordinator"]).get(OVERVIEW).content.decode()
    assert "style=" not in body
    assert not re.search(r"<script(?![^>]*\bsrc=)", body)
    assert body.count('<svg class="app-chart ') >= 6
    for name in (
        "signalen-per-week",
        "fenomenen",
        "platforms",
        "delen",
        "casussen",
        "interventies",
        "acties",
        "risico",
    ):
        assert f"chart={name}" in body
    assert body.count('<details class="app-overview__numbers"') >= 6
    home = _client(world.users["member"]).get("/").content.decode()
    assert "style=" not in home


# --- my start page -----------------------------------------------------------------------------------------------


def test_start_page_shows_what_waits_and_links_it(world):
    member = world.users["member"]
    youth = world.objects["youth"]
    police = world.objects["police"]
    police_member = world.users["police_summary"]
    # Police shares an acute signal with youth work; a second police signal is not shared.
    acute = SignalFactory(owner_organisation=police, acute=True, created_by=police_member, platform="telegram")
    sharing.share_create(signal=acute, acting_user=police_member, organisation=youth, level="summary", **SHARE)
    hidden = SignalFactory(owner_organisation=police, acute=True, created_by=police_member)
    # An overdue action on youth work's signal.
    action = signal_services.action_create(
        signal=world.objects["signal"], acting_user=member, kind="opzoeken", executing_organisation=youth
    )
    type(action).objects.filter(pk=action.pk).update(due_date=timezone.localdate() - dt.timedelta(days=1))

    response = _client(member).get("/")
    body = response.content.decode()
    assert response.status_code == 200
    assert [signal.pk for signal in response.context["new_shares"]] == [acute.pk]
    assert acute.pk in [signal.pk for signal in response.context["acute"]]
    assert hidden.pk not in [signal.pk for signal in response.context["acute"]]
    assert f"/signalen/{hidden.pk}/" not in body
    assert f"/signalen/{acute.pk}/" in body
    assert f"/signalen/{world.objects['signal'].pk}/stap/5/" in body
    assert f"/casussen/{world.objects['case'].pk}/" in body
    assert f"/risicokalender/{world.objects['risk_event'].pk}/" in body

    # The police member sees the case, not youth work's action or the risk entry.
    police_body = _client(police_member).get("/").content.decode()
    assert f"/casussen/{world.objects['case'].pk}/" in police_body
    assert "/stap/5/" not in police_body
    assert f"/risicokalender/{world.objects['risk_event'].pk}/" not in police_body


def test_start_page_review_waits_for_a_colleague(world):
    colleague = MembershipFactory(organisation=world.objects["youth"]).user
    response = _client(colleague).get("/")
    assert [signal.pk for signal in response.context["awaiting_review"]] == [world.objects["signal"].pk]
    assert response.context["awaiting_review"] and f"/signalen/{world.objects['signal'].pk}/#meekijken" in (
        response.content.decode()
    )


def test_start_page_without_membership(world):
    response = _client(world.users["operator"]).get("/")
    assert response.status_code == 200
    assert "new_shares" not in response.context


# --- query budgets -------------------------------------------------------------------------------------------------


def _grow(world, count: int):
    """``count`` more signals of youth work and of the police, shared both ways, with actions, and as many cases."""
    member = world.users["member"]
    police_member = world.users["police_summary"]
    youth, police = world.objects["youth"], world.objects["police"]
    platforms = ["instagram", "tiktok", "telegram", "x"]
    phenomena = list(Phenomenon.objects.all()[:4])
    for number in range(count):
        own = SignalFactory(
            owner_organisation=youth,
            created_by=member,
            platform=platforms[number % 4],
            phenomenon=phenomena[number % 4],
            acute=number % 3 == 0,
        )
        Signal.objects.filter(pk=own.pk).update(created_at=timezone.now() - dt.timedelta(days=number * 3))
        sharing.share_create(signal=own, acting_user=member, organisation=police, level="facts", **SHARE)
        theirs = SignalFactory(owner_organisation=police, created_by=police_member, acute=number % 2 == 0)
        sharing.share_create(signal=theirs, acting_user=police_member, organisation=youth, level="summary", **SHARE)
        signal_services.action_create(
            signal=own,
            acting_user=member,
            kind="opzoeken",
            executing_organisation=police if number % 2 else youth,
            due_date=timezone.localdate() + dt.timedelta(days=number - 5),
        )
        case_services.case_create(
            acting_user=member,
            title=f"Casus {number}",
            phase=["vredestijd", "crisis", "nazorg"][number % 3],
            organisations=[police],
            signals=[get_signal_for_user(member, own.pk)],
        )


@pytest.mark.parametrize("extra", [0, 24])
def test_query_budget_does_not_grow_with_the_data(world, extra, django_assert_max_num_queries):
    _grow(world, extra)
    for role in ("coordinator", "police_summary", "network_coordinator"):
        client = _client(world.users[role])
        with django_assert_max_num_queries(START_BUDGET):
            assert client.get("/").status_code == 200
    police_coordinator = _client(_coordinator_of(world.objects["police"]))
    for client in (_client(world.users["coordinator"]), police_coordinator):
        with django_assert_max_num_queries(OVERVIEW_BUDGET):
            assert client.get(f"{OVERVIEW}?weeks=52").status_code == 200
        with django_assert_max_num_queries(OVERVIEW_BUDGET):
            assert client.get(f"{OVERVIEW}?format=csv&chart=fenomenen").status_code == 200
    if extra:
        assert _signal_total(world.users["coordinator"], "weeks=52") == 1 + 2 * extra


def test_other_partner_types_are_not_coordinators_by_default(network):
    youth = OrganisationFactory(network=network, partner_type=PartnerType.JONGERENWERK)
    member = MembershipFactory(organisation=youth).user
    assert _client(member).get(OVERVIEW).status_code == 404
    assert _client(network_coordinator(network).user).get(OVERVIEW).status_code == 200


# --- canaries --------------------------------------------------------------------------------------------------


def test_no_restricted_text_on_the_start_page_or_in_the_overview():
    """The pages show counts and summary-level facts only (phenomenon, platform, organisation): no marked text of the
    canary signal reaches anyone, not even its owner. The risk entry's text reaches only those who see the entry."""
    world = build_world()
    for role, user in world.users.items():
        if user is None:
            continue
        client = _client(user)
        bodies = [client.get("/").content]
        if role in ("coordinator", "network_coordinator"):
            bodies.append(client.get(f"{OVERVIEW}?weeks=52").content)
            bodies += [client.get(f"{OVERVIEW}?format=csv&chart={name}").content for name in CHARTS]
        for body in bodies:
            for marker in (CANARY_FACTS, CANARY_FULL, CANARY_OWNER):
                assert marker.encode() not in body, (role, marker)
            if role not in SEES_RISK_EVENT:
                assert CANARY_RISK.encode() not in body, role
    assert CANARY_RISK.encode() in _client(world.users["member"]).get("/").content
    assert CANARY_RISK.encode() not in _client(world.users["police_summary"]).get("/").content
    risk_csv = _client(world.users["coordinator"]).get(f"{OVERVIEW}?format=csv&chart=risico").content
    assert CANARY_RISK.encode() in risk_csv  # the area of the entry youth work sees
