"""Cases, phases, interventions and the crisis action plan: the services, the visibility core's case functions and the
case pages, against the world of tests/roles.py (a case led by youth work in which police (summary), enforcement
(facts), care (full) and the school (expired share) take part; the OOV coordinator's organisation does not)."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils.html import escape

from interventions import crisis_data, services
from interventions.catalogue_data import INTERVENTION_TYPES
from interventions.models import CasePhaseChange, CaseSignal, InterventionType
from partners.visibility import AccessLevel, case_signals_visible_to, cases_visible_to, get_case_for_user
from tests.factories import SignalFactory
from tests.roles import CANARY_LEVEL, ROLES, build_world

pytestmark = pytest.mark.django_db

PARTICIPANTS = ["member", "coordinator", "police_summary", "enforcement_facts", "care_full", "school_none"]


@pytest.fixture
def world():
    return build_world()


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _as(world, role, case=None):
    return get_case_for_user(world.users[role], (case or world.objects["case"]).pk)


# --- the catalogue ------------------------------------------------------------------------------------------------


def test_the_migrated_catalogue_holds_every_entry_of_the_sources():
    stored = dict(InterventionType.objects.values_list("code", "title"))
    assert stored == {item["code"]: item["title"] for item in INTERVENTION_TYPES}
    assert not InterventionType.objects.filter(partner_types=[]).exists()
    for phase in ("vredestijd", "crisis", "nazorg"):
        assert InterventionType.objects.filter(phase=phase).exists()


def test_partner_type_and_target_filters_follow_the_json_lists():
    school = set(InterventionType.objects.for_partner_type("school").values_list("code", flat=True))
    expected = {item["code"] for item in INTERVENTION_TYPES if "school" in item["partner_types"]}
    assert school == expected and school
    staff = set(InterventionType.objects.for_target("own_staff").values_list("code", flat=True))
    assert staff == {item["code"] for item in INTERVENTION_TYPES if "own_staff" in item["targets"]}


def test_suggestions_fit_the_phase_and_the_partner_type():
    suggested = list(services.suggested_types(phase="crisis", partner_type="politie"))
    assert suggested
    assert all(t.phase == "crisis" and "politie" in t.partner_types for t in suggested)


# --- who sees a case, and its signals at which level ---------------------------------------------------------------


@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
def test_a_case_is_seen_by_its_participants_only(world, role):
    visible = set(cases_visible_to(world.users[role]).values_list("pk", flat=True))
    assert (world.objects["case"].pk in visible) == (role in PARTICIPANTS)


@pytest.mark.parametrize("role", PARTICIPANTS)
def test_each_participant_sees_the_case_signals_only_at_its_own_level(world, role):
    signals = list(case_signals_visible_to(world.users[role], world.objects["case"]))
    level = CANARY_LEVEL[role]
    if level == AccessLevel.NONE:  # the school: its share expired; it sees the case, not the signal
        assert signals == []
    else:
        assert [(s.pk, AccessLevel(s.access_level)) for s in signals] == [(world.objects["signal"].pk, level)]


def test_the_case_page_does_not_show_or_count_a_signal_that_was_not_shared(world):
    school = world.users["school_none"]
    page = _client(school).get(f"/casussen/{world.objects['case'].pk}/")
    assert page.status_code == 200
    assert str(world.objects["signal"].pk) not in page.content.decode()
    assert "Geen signalen van deze casus zijn zichtbaar voor uw organisatie." in page.content.decode()
    listing = _client(school).get("/casussen/").content.decode()
    row = listing.split(world.objects["case"].title)[1].split("</tr>")[0]
    assert ">0<" in row.replace(" ", "")


def test_bundling_shares_nothing(world):
    """The lead adds a second signal of its own: a participant without a share does not see it."""
    member = world.users["member"]
    own = SignalFactory(owner_organisation=world.objects["youth"], created_by=member)
    services.case_add_signals(case=_as(world, "member"), acting_user=member, signals=[own])
    police = world.users["police_summary"]
    assert own.pk not in set(case_signals_visible_to(police, world.objects["case"]).values_list("pk", flat=True))
    assert own.pk in set(case_signals_visible_to(member, world.objects["case"]).values_list("pk", flat=True))


def test_only_signals_the_user_may_see_can_be_bundled(world):
    police = world.users["police_summary"]
    not_shared = SignalFactory(owner_organisation=world.objects["youth"], created_by=world.users["member"])
    with pytest.raises(ValidationError) as error:
        services.case_add_signals(case=_as(world, "police_summary"), acting_user=police, signals=[not_shared])
    assert "signals" in error.value.message_dict
    assert not CaseSignal.objects.filter(signal=not_shared).exists()


def test_a_non_participant_cannot_add_signals_or_open_the_page(world):
    coordinator = world.users["network_coordinator"]
    assert _client(coordinator).get(f"/casussen/{world.objects['case'].pk}/signalen/").status_code == 404
    with pytest.raises(ValidationError):
        services.case_add_signals(case=world.objects["case"], acting_user=coordinator, signals=[])


# --- phases -------------------------------------------------------------------------------------------------------


def test_the_phase_moves_back_and_forth_and_its_history_is_kept(world):
    member = world.users["member"]
    case = _as(world, "member")
    services.case_change_phase(case=case, acting_user=member, phase="nazorg", reason="Rust teruggekeerd.")
    services.case_change_phase(case=case, acting_user=member, phase="crisis", reason="Nieuwe oproep: de spiraal.")
    history = list(CasePhaseChange.objects.filter(case=case).values_list("from_phase", "to_phase", "reason"))
    assert history == [
        ("", "crisis", "Casus geopend."),
        ("crisis", "nazorg", "Rust teruggekeerd."),
        ("nazorg", "crisis", "Nieuwe oproep: de spiraal."),
    ]
    assert {c.changed_by_id for c in CasePhaseChange.objects.filter(case=case)} == {member.pk}


def test_a_phase_change_needs_a_reason_and_a_new_phase(world):
    member = world.users["member"]
    with pytest.raises(ValidationError) as error:
        services.case_change_phase(case=_as(world, "member"), acting_user=member, phase="nazorg", reason=" ")
    assert "reason" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.case_change_phase(case=_as(world, "member"), acting_user=member, phase="crisis", reason="x")
    assert "phase" in error.value.message_dict


def test_only_the_lead_changes_the_phase(world):
    police = world.users["police_summary"]
    with pytest.raises(ValidationError):
        services.case_change_phase(case=_as(world, "police_summary"), acting_user=police, phase="nazorg", reason="x")
    response = _client(police).post(f"/casussen/{world.objects['case'].pk}/fase/", {"phase": "nazorg", "reason": "x"})
    assert response.status_code == 404
    assert world.objects["case"].__class__.objects.get(pk=world.objects["case"].pk).phase == "crisis"


def test_the_phase_page_keeps_what_was_typed_on_an_error(world):
    client = _client(world.users["member"])
    response = client.post(f"/casussen/{world.objects['case'].pk}/fase/", {"phase": "", "reason": "Mijn uitleg"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Mijn uitleg" in body
    assert "Kies een fase: vredestijd, crisis of nazorg." in body


# --- cases: create and edit ---------------------------------------------------------------------------------------


def test_opening_a_case_through_the_page(world):
    police = world.users["police_summary"]
    client = _client(police)
    response = client.post(
        "/casussen/nieuw/",
        {
            "title": "Spanningen rond de school",
            "description": "",
            "phase": "vredestijd",
            "organisations": [str(world.objects["youth"].pk)],
            "signals": [str(world.objects["signal"].pk)],
        },
    )
    assert response.status_code == 302
    case = cases_visible_to(police).get(title="Spanningen rond de school")
    assert case.lead_organisation == world.objects["police"]
    assert set(case.organisations.all()) == {world.objects["police"], world.objects["youth"]}
    assert list(case.signals.all()) == [world.objects["signal"]]


def test_a_bad_case_form_keeps_what_was_typed(world):
    response = _client(world.users["member"]).post(
        "/casussen/nieuw/", {"title": "", "description": "Wat ik al schreef", "phase": "crisis"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Wat ik al schreef" in body
    assert "Geef de casus een titel die de situatie beschrijft." in body


def test_a_participant_with_an_open_intervention_cannot_be_taken_out(world):
    member = world.users["member"]
    with pytest.raises(ValidationError) as error:
        services.case_update(
            case=_as(world, "member"),
            acting_user=member,
            organisations=[world.objects["enforcement"], world.objects["care"]],
        )
    assert world.objects["police"].name in " ".join(error.value.message_dict["organisations"])


def test_organisations_of_another_network_cannot_take_part(world):
    with pytest.raises(ValidationError) as error:
        services.case_create(acting_user=world.users["member"], title="x", organisations=[world.objects["other_org"]])
    assert "organisations" in error.value.message_dict


# --- interventions ------------------------------------------------------------------------------------------------


def test_status_changes_of_an_intervention(world):
    police = world.users["police_summary"]
    intervention = world.objects["case_intervention"]
    with pytest.raises(ValidationError) as error:
        services.intervention_update(intervention=intervention, acting_user=police, status="planned")
    assert "planned_date" in error.value.message_dict
    intervention.refresh_from_db()
    services.intervention_update(
        intervention=intervention, acting_user=police, status="planned", planned_date=dt.date(2026, 12, 1)
    )
    with pytest.raises(ValidationError) as error:
        services.intervention_update(intervention=intervention, acting_user=police, effect="Rustiger.")
    assert "effect" in error.value.message_dict
    intervention.refresh_from_db()
    services.intervention_update(
        intervention=intervention, acting_user=police, status="done", outcome="Gesprek gevoerd.", effect="Rustiger."
    )
    statuses = [h.status for h in intervention.history.order_by("history_date")]
    assert statuses == ["proposed", "planned", "done"]


def test_who_may_change_an_intervention(world):
    intervention = world.objects["case_intervention"]  # registered by youth work, carried out by the police
    for role in ("member", "police_summary"):
        assert services.can_change_intervention(world.users[role], intervention)
    for role in ("enforcement_facts", "care_full", "school_none"):
        assert not services.can_change_intervention(world.users[role], intervention)
        with pytest.raises(ValidationError):
            services.intervention_update(intervention=intervention, acting_user=world.users[role], goal="x")


def test_the_intervention_page_shows_the_status_history(world):
    police = world.users["police_summary"]
    intervention = world.objects["case_intervention"]
    response = _client(police).post(
        f"/interventies/{intervention.pk}/",
        {
            "title": intervention.title,
            "executing_organisation": str(world.objects["police"].pk),
            "goal": intervention.goal,
            "target": "group",
            "status": "planned",
            "planned_date": "2026-12-01",
        },
    )
    assert response.status_code == 302
    body = _client(police).get(f"/interventies/{intervention.pk}/").content.decode()
    assert "Voorgesteld" in body and "Gepland" in body
    # Partners are signed with their organisation, never with a colleague's name of another organisation.
    name = world.users["member"].get_full_name()
    assert name not in body and escape(name) not in body


def test_an_intervention_on_a_case_is_carried_out_by_a_participant(world):
    with pytest.raises(ValidationError) as error:
        services.intervention_create(
            acting_user=world.users["member"],
            case=_as(world, "member"),
            title="Iets",
            goal="Doel",
            target="group",
            executing_organisation=world.users["network_coordinator"].membership.organisation,
        )
    assert "executing_organisation" in error.value.message_dict


def test_an_intervention_on_a_signal_goes_only_to_organisations_that_see_it(world):
    from partners.visibility import get_signal_for_user, interventions_visible_to

    member = world.users["member"]
    signal = get_signal_for_user(member, world.objects["signal"].pk)
    with pytest.raises(ValidationError):
        services.intervention_create(
            acting_user=member,
            signal=signal,
            title="Iets",
            goal="Doel",
            target="poster",
            executing_organisation=world.objects["school"],  # its share expired
        )
    intervention = services.intervention_create(
        acting_user=member,
        signal=signal,
        title="Gesprek",
        goal="Doel",
        target="poster",
        executing_organisation=world.objects["enforcement"],
    )
    assert intervention.phase == "vredestijd"
    for role, sees in {
        "enforcement_facts": True,
        "police_summary": False,
        "care_full": False,
        "school_none": False,
    }.items():
        visible = interventions_visible_to(world.users[role]).filter(pk=intervention.pk).exists()
        assert visible == sees, role


def test_an_intervention_from_the_matrix_takes_its_title_and_the_case_phase(world):
    chosen = InterventionType.objects.filter(phase="vredestijd").first()
    intervention = services.intervention_create(
        acting_user=world.users["police_summary"],
        case=_as(world, "police_summary"),
        intervention_type=chosen,
        goal="Doel",
        target="group",
    )
    assert (intervention.title, intervention.phase) == (chosen.title, "crisis")
    assert intervention.executing_organisation == world.objects["police"]
    assert intervention.created_by_organisation == world.objects["police"]


# --- the crisis action plan ---------------------------------------------------------------------------------------


def _choices(option_index=0):
    return {
        item["code"]: {"option": item["options"][option_index][0], "reasoning": f"Waarom {item['letter']}"}
        for item in crisis_data.ACTION_PLAN_CHOICES
    }


def test_the_crisis_plan_is_kept_with_every_choice(world):
    member = world.users["member"]
    check = crisis_data.ESCALATION_CHECKLIST[0]["code"]
    plan = services.crisis_plan_save(
        case=_as(world, "member"),
        acting_user=member,
        choices=_choices(),
        one_line="Eén lijn.",
        communication_lead=world.objects["youth"],
        checklist={check: {"checked": True, "note": "Gespannen."}},
    )
    assert set(plan.choices) == {item["code"] for item in crisis_data.ACTION_PLAN_CHOICES}
    assert plan.checklist == {check: {"checked": True, "note": "Gespannen."}}
    page = _client(world.users["care_full"]).get(f"/casussen/{world.objects['case'].pk}/actieplan/")
    body = page.content.decode()
    assert "Eén lijn." in body and "Waarom a" in body
    assert 'name="one_line"' not in body  # participants read it; the lead writes it


def test_the_crisis_plan_refuses_unknown_options_and_is_for_a_case_in_crisis(world):
    member = world.users["member"]
    case = _as(world, "member")
    first = crisis_data.ACTION_PLAN_CHOICES[0]["code"]
    with pytest.raises(ValidationError) as error:
        services.crisis_plan_save(case=case, acting_user=member, choices={first: {"option": "bogus"}})
    assert f"choice_{first}" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.crisis_plan_save(
            case=case, acting_user=member, choices={}, communication_lead=world.objects["other_org"]
        )
    calm = services.case_create(acting_user=member, title="Rustig", phase="vredestijd")
    with pytest.raises(ValidationError) as error:
        services.crisis_plan_save(case=_as(world, "member", calm), acting_user=member, choices={})
    assert "__all__" in error.value.message_dict


def test_only_the_lead_writes_the_crisis_plan(world):
    police = world.users["police_summary"]
    with pytest.raises(ValidationError):
        services.crisis_plan_save(case=_as(world, "police_summary"), acting_user=police, choices={})
    assert _client(police).post(f"/casussen/{world.objects['case'].pk}/actieplan/", {}).status_code == 404


# --- constant number of queries -----------------------------------------------------------------------------------


def _grow(world, n):
    member = world.users["member"]
    case = _as(world, "member")
    for i in range(n):
        signal = SignalFactory(owner_organisation=world.objects["youth"], created_by=member)
        services.case_add_signals(case=case, acting_user=member, signals=[signal])
        services.intervention_create(
            acting_user=member,
            case=case,
            title=f"Interventie {i}",
            goal="Doel",
            target="group",
            executing_organisation=world.objects["police"],
        )
        services.case_create(acting_user=member, title=f"Casus {i}", signals=[signal])


@pytest.mark.parametrize("path", ["/casussen/", "case", "timeline"])
def test_case_pages_keep_a_constant_number_of_queries(world, path, django_assert_max_num_queries):
    client = _client(world.users["member"])
    url = "/casussen/" if path == "/casussen/" else f"/casussen/{world.objects['case'].pk}/"
    client.get(url)  # warm the session and the caches
    _grow(world, 2)
    with django_assert_max_num_queries(20) as small:
        client.get(url)
    _grow(world, 12)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(url).status_code == 200


def test_the_matrix_page_keeps_a_constant_number_of_queries(world, django_assert_max_num_queries):
    client = _client(world.users["police_summary"])
    with django_assert_max_num_queries(12):
        response = client.get("/interventiematrix/?phase=crisis&partner_type=politie")
    body = response.content.decode()
    assert "Haal de oproeper uit de anonimiteit" in body
    assert "Ontwerp een visie op online werken" not in body  # a vredestijd entry


def test_the_matrix_is_editable_in_the_admin(admin_client):
    entry = InterventionType.objects.filter(phase="nazorg").first()
    url = f"/admin/interventions/interventiontype/{entry.pk}/change/"
    assert admin_client.get(url).status_code == 200
    data = {
        "code": entry.code,
        "title": entry.title,
        "description": entry.description,
        "phase": "nazorg",
        "mode": "online",
        "level": entry.level,
        "partner_types": ["school", "politie"],
        "targets": ["parents"],
        "source": entry.source,
        "position": entry.position,
        "is_active": "on",
    }
    assert admin_client.post(url, data).status_code == 302
    entry.refresh_from_db()
    assert (entry.mode, entry.partner_types, entry.targets) == ("online", ["school", "politie"], ["parents"])


def test_a_partner_cannot_find_out_who_else_received_a_signal(world):
    """Police (summary) plans on the canary signal: enforcement (which received it) and the school (which did not)
    are refused alike; only its own organisation and the owner can carry it out, and only those are offered."""
    from partners.visibility import get_signal_for_user

    police = world.users["police_summary"]
    signal = get_signal_for_user(police, world.objects["signal"].pk)
    answers = []
    for organisation in (world.objects["enforcement"], world.objects["school"]):
        with pytest.raises(ValidationError) as error:
            services.intervention_create(
                acting_user=police,
                signal=signal,
                title="Iets",
                goal="Doel",
                target="poster",
                executing_organisation=organisation,
            )
        answers.append(error.value.message_dict)
    assert answers[0] == answers[1]
    page = _client(police).get(f"/signalen/{signal.pk}/interventies/nieuw/").content.decode()
    options = page.split('name="executing_organisation"')[1].split("</select>")[0]
    assert world.objects["police"].name in options and world.objects["youth"].name in options
    assert world.objects["enforcement"].name not in options and world.objects["care"].name not in options


def test_on_a_signal_the_matrix_suggests_the_route_actions_for_my_partner_type(world):
    page = _client(world.users["member"]).get(f"/signalen/{world.objects['signal'].pk}/interventies/nieuw/")
    body = page.content.decode()
    assert "Het sturen van een Direct Message" in body  # a step-5 action for youth work
    assert "Handhavend optreden" not in body.split("<form")[0]  # a step-5 action for police/enforcement only


def test_texts_of_an_intervention_on_a_signal_leave_out_names_below_full_level(world):
    """Enforcement (facts) carries out an intervention whose texts name the poster: it reads and edits them without
    the name, and saving its status change does not overwrite the owner's text."""
    from tests.roles import CANARY_FULL

    intervention = world.objects["enforcement_intervention"]
    client = _client(world.users["enforcement_facts"])
    page = client.get(f"/interventies/{intervention.pk}/").content.decode()
    assert CANARY_FULL not in page and "[naam weggelaten]" in page
    signal_page = client.get(f"/signalen/{world.objects['signal'].pk}/").content.decode()
    assert CANARY_FULL not in signal_page
    form = page.split('<form method="post"')[1]
    shown = {name: form.split(f'name="{name}"')[1] for name in ("title", "goal")}
    assert all(CANARY_FULL not in html for html in shown.values())
    title = form.split('name="title"')[1].split('value="')[1].split('"')[0]
    goal = form.split('name="goal"')[1].split(">", 1)[1].split("</textarea>")[0].strip()
    response = client.post(
        f"/interventies/{intervention.pk}/",
        {
            "title": title,
            "executing_organisation": str(world.objects["enforcement"].pk),
            "goal": goal,
            "target": "poster",
            "status": "planned",
            "planned_date": "2026-12-01",
        },
    )
    assert response.status_code == 302
    intervention.refresh_from_db()
    assert intervention.status == "planned"
    assert CANARY_FULL in intervention.title and CANARY_FULL in intervention.goal  # the owner's text is kept
    owner_page = _client(world.users["member"]).get(f"/interventies/{intervention.pk}/").content.decode()
    assert f"{CANARY_FULL} alias" in owner_page


def test_searching_for_signals_keeps_what_was_typed_and_ticked(world):
    client = _client(world.users["member"])
    response = client.post(
        "/casussen/nieuw/",
        {
            "title": "Mijn titel",
            "description": "Mijn beschrijving",
            "phase": "crisis",
            "organisations": [str(world.objects["police"].pk)],
            "signals": [str(world.objects["signal"].pk)],
            "q": "iets dat niets vindt",
            "zoeken": "1",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert 'value="Mijn titel"' in body and "Mijn beschrijving" in body
    assert 'value="iets dat niets vindt"' in body
    # The ticked signal is still offered and ticked, though the search finds nothing else.
    assert "checked" in body.split(f'value="{world.objects["signal"].pk}"')[1].split(">")[0]
    assert "checked" in body.split(f'value="{world.objects["police"].pk}"')[1].split(">")[0]
    assert not cases_visible_to(world.users["member"]).filter(title="Mijn titel").exists()
