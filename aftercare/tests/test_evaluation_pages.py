"""The evaluation pages as the professionals use them (Dutch UI, Django test client): the network coordinator starts
the evaluation of a case in aftercare, each participating organisation writes its part (a draft read by its own
organisation only, submitted for the partners), the coordinator concludes and finalises, carries lessons into the
afsprakenkaart, and every participant gets the report at its own level.

Decisions the tests pin down (aftercare/evaluation_views.py): anything of an evaluation the user's organisation does
not take part in answers 404, as does the report before finalising; a participant who tries a coordinator's step
gets 403; bad input answers 400 with the messages and what was typed, never 500; the detail page takes the same
number of queries whatever the number of organisations."""

import uuid
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from aftercare import services
from aftercare.constants import EVALUATION_FIELDS, EvaluationStatus, ReportStatus
from aftercare.models import Evaluation, EvaluationPart, EvaluationReport, ReportDownload
from agreements import services as agreement_services
from agreements.models import CardNote
from interventions import services as case_services
from notifications.models import Notification, NotificationKind
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory, UserFactory, network_coordinator

pytestmark = pytest.mark.django_db

DRAFT = "CONCEPT-JW-5d2e"  # youth work's draft answer: partners never read it before it is submitted
INTERNAL = "INTERN-JW-8a41"  # youth work's internal evaluation: read inside youth work only


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def text(response) -> str:
    return response.content.decode()


def url(name, obj, query: str = "") -> str:
    return reverse(f"aftercare:{name}", args=[obj.pk]) + query


ANSWERS = {
    "went_well": "Snel contact tussen de partners.",
    "went_badly": "De terugkoppeling kwam laat.",
    "do_better": "Eerder een gezamenlijke boodschap.",
}


def _net(extra_partners: int = 0) -> SimpleNamespace:
    """A network with a case in aftercare led by youth work, in which police, enforcement and the network
    coordinator's OOV organisation take part (``extra_partners`` more youth-work organisations when asked); a school
    of the network that does not take part; another network with its own coordinator."""
    network = NetworkFactory()
    youth_org = OrganisationFactory(network=network, jongerenwerk=True)
    police_org = OrganisationFactory(network=network, politie=True)
    enforcement_org = OrganisationFactory(network=network, handhaving=True)
    school_org = OrganisationFactory(network=network, school=True)
    coordinator = network_coordinator(network).user
    extra = [OrganisationFactory(network=network, jongerenwerk=True) for _ in range(extra_partners)]
    net = SimpleNamespace(
        network=network,
        youth_org=youth_org,
        police_org=police_org,
        enforcement_org=enforcement_org,
        oov_org=coordinator.membership.organisation,
        extra=extra,
        youth=MembershipFactory(organisation=youth_org).user,
        youth_colleague=MembershipFactory(organisation=youth_org).user,
        police=MembershipFactory(organisation=police_org).user,
        enforcement=MembershipFactory(organisation=enforcement_org).user,
        school=MembershipFactory(organisation=school_org).user,
        coordinator=coordinator,
        other_coordinator=network_coordinator(NetworkFactory()).user,
        operator=UserFactory(is_staff=True, is_superuser=True),
    )
    net.extra_members = [MembershipFactory(organisation=organisation).user for organisation in extra]
    net.case = case_services.case_create(
        acting_user=net.youth,
        title="Nazorg na de vechtpartij bij het station",
        phase="nazorg",
        organisations=[police_org, enforcement_org, net.oov_org, *extra],
    )
    return net


@pytest.fixture
def net():
    return _net()


@pytest.fixture
def evaluation(net) -> Evaluation:
    return services.evaluation_start(case=net.case, acting_user=net.coordinator)


def submit(evaluation, user, **answers):
    return services.part_save(evaluation=evaluation, acting_user=user, submit=True, **{**ANSWERS, **answers})


def finalised(net, evaluation) -> Evaluation:
    submit(evaluation, net.youth, internal=INTERNAL)
    services.evaluation_update(evaluation=evaluation, acting_user=net.coordinator, conclusions="Goed samengewerkt.")
    return services.evaluation_finalise(evaluation=evaluation, acting_user=net.coordinator, without_missing=True)


def recipients(kind) -> set:
    return set(Notification.objects.filter(kind=kind).values_list("recipient_id", flat=True))


# --- starting ---------------------------------------------------------------------------------------------------


def test_the_coordinator_starts_the_evaluation_and_the_participants_are_told(net):
    response = _client(net.coordinator).post(url("evaluation_start", net.case))
    evaluation = Evaluation.objects.get(case=net.case)
    assert response.status_code == 302
    assert response["Location"] == url("evaluation", evaluation)
    organisations = set(EvaluationPart.objects.filter(evaluation=evaluation).values_list("organisation_id", flat=True))
    assert organisations == {net.youth_org.pk, net.police_org.pk, net.enforcement_org.pk, net.oov_org.pk}
    # Every member of the other participating organisations; not the coordinator's own organisation, not the school,
    # not the other network.
    told = recipients(NotificationKind.EVALUATION_STARTED)
    assert told == {net.youth.pk, net.youth_colleague.pk, net.police.pk, net.enforcement.pk}
    page = _client(net.police).get(url("evaluation", evaluation))
    assert page.status_code == 200
    assert "Het deel van uw organisatie" in text(page)


def test_the_list_shows_my_evaluations_and_to_the_coordinator_the_cases_without_one(net):
    coordinator = _client(net.coordinator)
    page = text(coordinator.get(reverse("aftercare:evaluations")))
    assert "Casussen in nazorg zonder evaluatie" in page
    assert url("evaluation_start", net.case) in page
    evaluation = services.evaluation_start(case=net.case, acting_user=net.coordinator)
    submit(evaluation, net.police)
    page = text(coordinator.get(reverse("aftercare:evaluations")))
    assert url("evaluation_start", net.case) not in page
    assert url("evaluation", evaluation) in page
    assert "1 van 4" in page
    partner = text(_client(net.police).get(reverse("aftercare:evaluations")))
    assert url("evaluation", evaluation) in partner
    assert "Casussen in nazorg zonder evaluatie" not in partner
    for user in (net.school, net.other_coordinator):
        assert url("evaluation", evaluation) not in text(_client(user).get(reverse("aftercare:evaluations")))


def test_only_the_coordinator_starts_and_only_once(net):
    assert _client(net.youth).post(url("evaluation_start", net.case)).status_code == 403
    assert _client(net.school).post(url("evaluation_start", net.case)).status_code == 404
    assert _client(net.other_coordinator).post(url("evaluation_start", net.case)).status_code == 404
    assert _client(net.operator).post(url("evaluation_start", net.case)).status_code == 404
    assert _client(net.coordinator).get(url("evaluation_start", net.case)).status_code == 405
    assert not Evaluation.objects.exists()
    coordinator = _client(net.coordinator)
    first = coordinator.post(url("evaluation_start", net.case))
    again = coordinator.post(url("evaluation_start", net.case), follow=True)
    assert again.redirect_chain[0] == (first["Location"], 302)
    assert "Deze casus wordt al geëvalueerd." in text(again)
    assert Evaluation.objects.count() == 1


def test_a_bad_period_when_starting_answers_400_with_the_message(net):
    coordinator = _client(net.coordinator)
    response = coordinator.post(
        url("evaluation_start", net.case), {"period_start": "2026-03-10", "period_end": "2026-03-01"}
    )
    assert response.status_code == 400
    assert "Het einde van de periode ligt vóór het begin." in text(response)
    assert 'value="2026-03-10"' in text(response)
    response = coordinator.post(url("evaluation_start", net.case), {"period_start": "tiende maart"})
    assert response.status_code == 400
    assert response.context["start_form"].errors["period_start"]
    assert not Evaluation.objects.exists()


# --- the parts --------------------------------------------------------------------------------------------------


def test_a_draft_is_read_by_the_own_organisation_only_and_a_submitted_part_by_the_partners(net, evaluation):
    youth = _client(net.youth)
    response = youth.post(
        url("part", evaluation), {"went_well": f"Goed: {DRAFT}", "internal": f"Onze rol {INTERNAL}", "action": "draft"}
    )
    assert response.status_code == 302
    assert response["Location"] == url("evaluation", evaluation) + "#ons-deel"
    part = EvaluationPart.objects.get(evaluation=evaluation, organisation=net.youth_org)
    assert part.submitted_at is None and part.internal == f"Onze rol {INTERNAL}"
    # Youth work reads its draft and its internal evaluation, a colleague too.
    for user in (net.youth, net.youth_colleague):
        page = text(_client(user).get(url("evaluation", evaluation)))
        assert DRAFT in page and INTERNAL in page
    # The partners and the coordinator read neither.
    for user in (net.police, net.enforcement, net.coordinator):
        client = _client(user)
        for page_url in (url("evaluation", evaluation), url("part", evaluation), reverse("aftercare:evaluations")):
            page = text(client.get(page_url))
            assert DRAFT not in page and INTERNAL not in page, (user, page_url)

    response = youth.post(
        url("part", evaluation),
        {**ANSWERS, "went_well": f"Goed: {DRAFT}", "internal": f"Onze rol {INTERNAL}", "action": "submit"},
    )
    assert response.status_code == 302
    part.refresh_from_db()
    assert part.submitted_at is not None and part.submitted_by == net.youth
    for user in (net.police, net.enforcement, net.coordinator):
        client = _client(user)
        page = text(client.get(url("evaluation", evaluation)))
        assert DRAFT in page, user
        assert INTERNAL not in page, user
        # Labelled by organisation, never by the person who wrote it.
        assert net.youth_org.name in page
        assert net.youth.get_full_name() not in page
        # Shown to the others while they write their own part.
        form_page = text(client.get(url("part", evaluation)))
        assert DRAFT in form_page and INTERNAL not in form_page
    assert INTERNAL in text(youth.get(url("part", evaluation)))


def test_submitting_needs_the_three_answers_and_keeps_what_was_typed(net, evaluation):
    response = _client(net.police).post(
        url("part", evaluation), {"went_well": "Alleen dit", "perceptions": "Anders gezien", "action": "submit"}
    )
    assert response.status_code == 400
    form = response.context["form"]
    assert set(form.errors) == {"went_badly", "do_better"}
    assert "Beantwoord deze vraag voordat u uw deel indient." in text(response)
    assert "Alleen dit" in text(response) and "Anders gezien" in text(response)
    assert not EvaluationPart.objects.filter(evaluation=evaluation, submitted_at__isnull=False).exists()


def test_a_submitted_part_can_be_improved_but_not_emptied(net, evaluation):
    submit(evaluation, net.police)
    police = _client(net.police)
    response = police.post(url("part", evaluation), {**ANSWERS, "went_well": "Beter verwoord", "action": "submit"})
    assert response.status_code == 302
    part = EvaluationPart.objects.get(evaluation=evaluation, organisation=net.police_org)
    assert part.went_well == "Beter verwoord" and part.submitted_at is not None
    response = police.post(url("part", evaluation), {"went_well": "", "action": "draft"})
    assert response.status_code == 400
    part.refresh_from_db()
    assert part.went_well == "Beter verwoord"


def test_too_long_an_answer_answers_400(net, evaluation):
    response = _client(net.police).post(url("part", evaluation), {"went_well": "x" * 5001, "action": "draft"})
    assert response.status_code == 400
    assert response.context["form"].errors["went_well"]
    assert not EvaluationPart.objects.filter(evaluation=evaluation, organisation=net.police_org).exclude(went_well="")


# --- the coordinator's steps ------------------------------------------------------------------------------------


def _coordinator_requests(evaluation):
    return [
        ("get", url("conclude", evaluation), None),
        ("post", url("conclude", evaluation), {"conclusions": "Poging"}),
        ("post", url("finalise", evaluation), {"without_missing": "on"}),
        ("post", url("lesson", evaluation), {"text": "Poging"}),
    ]


def test_the_coordinators_steps_answer_403_to_participants_and_404_to_everyone_else(net, evaluation):
    agreement_services.card_create(acting_user=net.coordinator)
    for method, page_url, data in _coordinator_requests(evaluation):
        for user in (net.youth, net.police, net.enforcement):
            assert getattr(_client(user), method)(page_url, data).status_code == 403, (user, page_url)
        for user in (net.school, net.other_coordinator, net.operator):
            assert getattr(_client(user), method)(page_url, data).status_code == 404, (user, page_url)
        anonymous = getattr(_client(None), method)(page_url, data)
        assert anonymous.status_code == 302 and "/login" in anonymous["Location"]
    evaluation.refresh_from_db()
    assert evaluation.is_open and evaluation.conclusions == ""
    assert not CardNote.objects.exists()


def test_the_coordinator_writes_conclusions_follow_ups_procedures_and_the_period(net, evaluation):
    coordinator = _client(net.coordinator)
    assert coordinator.get(url("conclude", evaluation)).status_code == 200
    response = coordinator.post(
        url("conclude", evaluation),
        {
            "conclusions": "Het netwerk werkte goed samen.",
            "follow_ups": "Terugkoppeling binnen twee dagen\n- Contactenlijst bijwerken\n\n",
            "period_start": "2026-03-01",
            "period_end": "2026-04-15",
            "procedure_contact_list": "in_progress",
            "procedure_contact_list_note": "In opbouw",
            "procedure_advisory_board": "in_place",
        },
    )
    assert response.status_code == 302
    evaluation.refresh_from_db()
    assert evaluation.conclusions == "Het netwerk werkte goed samen."
    assert evaluation.follow_up_lines() == ["Terugkoppeling binnen twee dagen", "Contactenlijst bijwerken"]
    assert evaluation.procedures["contact_list"] == {"status": "in_progress", "note": "In opbouw"}
    assert evaluation.procedures["communication_plan"] == {"status": "", "note": ""}
    assert str(evaluation.period_start) == "2026-03-01"
    # Every participant reads them.
    page = text(_client(net.police).get(url("evaluation", evaluation)))
    assert "Het netwerk werkte goed samen." in page
    assert "Contactenlijst bijwerken" in page
    assert "Wordt opgezet" in page and "In opbouw" in page


def test_bad_conclusions_answer_400_with_the_messages_and_keep_what_was_typed(net, evaluation):
    coordinator = _client(net.coordinator)
    response = coordinator.post(
        url("conclude", evaluation),
        {
            "conclusions": "Wat wij leerden",
            "period_start": "2026-04-15",
            "period_end": "2026-03-01",
            "procedure_contact_list": "bestaat-niet",
        },
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"procedure_contact_list"}
    assert "Wat wij leerden" in text(response)
    # The form is valid, the service refuses the period: on its field.
    response = coordinator.post(
        url("conclude", evaluation),
        {"conclusions": "Wat wij leerden", "period_start": "2026-04-15", "period_end": "2026-03-01"},
    )
    assert response.status_code == 400
    assert response.context["form"].errors["period_end"] == ["Het einde van de periode ligt vóór het begin."]
    assert "Wat wij leerden" in text(response)
    evaluation.refresh_from_db()
    assert evaluation.conclusions == ""


def test_finalising_is_refused_naming_the_missing_organisations_until_the_coordinator_goes_without_them(
    net, evaluation
):
    submit(evaluation, net.youth)
    coordinator = _client(net.coordinator)
    response = coordinator.post(url("finalise", evaluation))
    assert response.status_code == 400
    page = text(response)
    missing = sorted([net.police_org.name, net.enforcement_org.name, net.oov_org.name])
    assert escape(f"Nog niet elke organisatie heeft haar deel ingediend: {', '.join(missing)}.") in page
    assert "Schrijf de conclusies van het netwerk voordat u vaststelt." in page
    assert escape(f"Vaststellen zonder: {', '.join(missing)}") in page
    services.evaluation_update(evaluation=evaluation, acting_user=net.coordinator, conclusions="Goed samengewerkt.")
    response = coordinator.post(url("finalise", evaluation), {"without_missing": ""})
    assert response.status_code == 400
    evaluation.refresh_from_db()
    assert evaluation.is_open
    assert not recipients(NotificationKind.EVALUATION_FINALISED)

    response = coordinator.post(url("finalise", evaluation), {"without_missing": "on"})
    assert response.status_code == 302
    assert response["Location"] == url("evaluation", evaluation) + "#rapport"
    evaluation.refresh_from_db()
    assert evaluation.status == EvaluationStatus.FINALISED and evaluation.finalised_by == net.coordinator
    assert recipients(NotificationKind.EVALUATION_FINALISED) == {
        net.youth.pk,
        net.youth_colleague.pk,
        net.police.pk,
        net.enforcement.pk,
    }
    # Finalising again: nothing happens, nobody is told again.
    again = coordinator.post(url("finalise", evaluation), {"without_missing": "on"}, follow=True)
    assert again.redirect_chain == [(url("evaluation", evaluation), 302)]
    assert "De evaluatie is vastgesteld: zij verandert niet meer." in text(again)
    assert Notification.objects.filter(kind=NotificationKind.EVALUATION_FINALISED).count() == 4


def test_when_everyone_submitted_the_coordinator_finalises_without_ticking_anything(net, evaluation):
    for user in (net.youth, net.police, net.enforcement, net.coordinator):
        submit(evaluation, user)
    services.evaluation_update(evaluation=evaluation, acting_user=net.coordinator, conclusions="Goed samengewerkt.")
    page = text(_client(net.coordinator).get(url("evaluation", evaluation)))
    assert "Elke deelnemende organisatie heeft haar deel ingediend." in page
    assert _client(net.coordinator).post(url("finalise", evaluation)).status_code == 302
    evaluation.refresh_from_db()
    assert not evaluation.is_open


def test_a_finalised_evaluation_no_longer_changes(net, evaluation):
    services.part_save(evaluation=evaluation, acting_user=net.police, went_well="Politieconcept")
    evaluation = finalised(net, evaluation)
    youth = _client(net.youth)
    for method in ("get", "post"):
        response = getattr(youth, method)(url("part", evaluation), {**ANSWERS, "action": "submit"})
        assert response.status_code == 302 and response["Location"] == url("evaluation", evaluation)
        response = getattr(_client(net.coordinator), method)(url("conclude", evaluation), {"conclusions": "Anders"})
        assert response.status_code == 302
    evaluation.refresh_from_db()
    assert evaluation.conclusions == "Goed samengewerkt."
    page = text(youth.get(url("evaluation", evaluation)))
    assert url("part", evaluation) not in page
    assert url("conclude", evaluation) not in page
    # A draft never submitted is not part of the finalised evaluation, not even on its own organisation's page.
    page = text(_client(net.police).get(url("evaluation", evaluation)))
    assert "Uw organisatie heeft haar deel niet ingediend" in page
    assert "Politieconcept" not in page
    assert "Uw organisatie heeft geen deel ingediend." in text(
        _client(net.enforcement).get(url("evaluation", evaluation))
    )


# --- lessons into the afsprakenkaart ----------------------------------------------------------------------------


def test_a_lesson_goes_into_the_card_in_the_making_with_its_source(net, evaluation):
    submit(evaluation, net.police, agreements_to_change="Wie de buurt informeert moet scherper.")
    coordinator = _client(net.coordinator)
    # No version in the making: explained, and a lesson posted anyway is refused with the reason.
    page = text(coordinator.get(url("evaluation", evaluation)))
    assert "Er is geen versie van de afsprakenkaart in de maak" in page
    response = coordinator.post(url("lesson", evaluation), {"text": "Eerder terugkoppelen."})
    assert response.status_code == 400
    assert "Start eerst de volgende versie van de afsprakenkaart; neem de lessen daarna mee." in text(response)
    assert not CardNote.objects.exists()

    card = agreement_services.card_create(acting_user=net.coordinator)
    page = text(coordinator.get(url("evaluation", evaluation)))
    assert "Wie de buurt informeert moet scherper." in page  # the police's answer, offered as a lesson
    response = coordinator.post(
        url("lesson", evaluation), {"text": "Wie de buurt informeert moet scherper.", "question": "intervene_at"}
    )
    assert response.status_code == 302
    assert response["Location"] == url("evaluation", evaluation) + "#lessen"
    note = CardNote.objects.get()
    assert note.card == card and note.question == "intervene_at"
    assert note.text == "Wie de buurt informeert moet scherper."
    assert note.source == f"Evaluatie: {net.case.title}"
    assert note.created_by == net.coordinator


def test_a_bad_lesson_answers_400_and_keeps_what_was_typed(net, evaluation):
    agreement_services.card_create(acting_user=net.coordinator)
    coordinator = _client(net.coordinator)
    response = coordinator.post(url("lesson", evaluation), {"text": "  "})
    assert response.status_code == 400
    assert "Schrijf de les op." in text(response)
    response = coordinator.post(url("lesson", evaluation), {"text": "Mijn les", "question": "bestaat-niet"})
    assert response.status_code == 400
    assert response.context["lesson_form"].errors["question"]
    assert "Mijn les" in text(response)
    response = coordinator.post(url("lesson", evaluation), {"text": "y" * 5001})
    assert response.status_code == 400
    assert not CardNote.objects.exists()


# --- the report ---------------------------------------------------------------------------------------------------


def test_there_is_no_report_before_finalising(net, evaluation):
    for name in ("report", "report_download"):
        assert _client(net.coordinator).get(url(name, evaluation)).status_code == 404
        assert _client(net.police).get(url(name, evaluation)).status_code == 404
    page = text(_client(net.coordinator).get(url("evaluation", evaluation)))
    assert url("report", evaluation) not in page
    assert not EvaluationReport.objects.exists()


def test_the_report_is_queued_polled_and_then_offered_for_download(net, evaluation):
    evaluation = finalised(net, evaluation)
    police = _client(net.police)
    page = police.get(url("evaluation", evaluation))
    assert page.status_code == 200
    assert "Het rapport wordt gemaakt…" in text(page)
    report = EvaluationReport.objects.get(evaluation=evaluation, organisation=net.police_org)
    assert report.status == ReportStatus.QUEUED
    # The htmx partial polls every two seconds while it is being made.
    partial = police.get(url("report", evaluation), HTTP_HX_REQUEST="true")
    assert partial.status_code == 200
    assert "<html" not in text(partial)
    assert 'hx-trigger="every 2s"' in text(partial)
    # Without htmx the whole page.
    full = police.get(url("report", evaluation))
    assert "<html" in text(full) and "Het rapport wordt gemaakt…" in text(full)
    # Not ready: the download leads to the report's state.
    download = police.get(url("report_download", evaluation))
    assert download.status_code == 302 and download["Location"] == url("report", evaluation)
    assert not ReportDownload.objects.exists()

    assert services.report_render(report.pk) == ReportStatus.READY
    partial = police.get(url("report", evaluation), HTTP_HX_REQUEST="true")
    assert "hx-trigger" not in text(partial)
    assert "Download het rapport (pdf)" in text(partial)
    assert url("report_download", evaluation) in text(partial)
    report.refresh_from_db()
    assert f"{report.pages} pagina" in text(partial)

    download = police.get(url("report_download", evaluation))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert (
        download["Content-Disposition"]
        == 'attachment; filename="evaluatie-nazorg-na-de-vechtpartij-bij-het-station.pdf"'
    )
    assert "no-store" in download["Cache-Control"]
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    logged = ReportDownload.objects.get()
    assert (logged.report_id, logged.user_id, logged.organisation_id) == (report.pk, net.police.pk, net.police_org.pk)


def test_a_failed_report_is_not_retried_by_polling_but_by_the_button(net, evaluation):
    evaluation = finalised(net, evaluation)
    police = _client(net.police)
    police.get(url("report", evaluation))
    EvaluationReport.objects.filter(organisation=net.police_org).update(status=ReportStatus.FAILED)
    partial = police.get(url("report", evaluation), HTTP_HX_REQUEST="true")
    assert "Het rapport kon niet worden gemaakt." in text(partial)
    assert "Probeer het opnieuw" in text(partial)
    assert 'hx-trigger="every' not in text(partial)
    assert EvaluationReport.objects.get(organisation=net.police_org).status == ReportStatus.FAILED
    partial = police.get(url("report", evaluation, "?opnieuw=1"), HTTP_HX_REQUEST="true")
    assert "Het rapport wordt gemaakt…" in text(partial)
    assert EvaluationReport.objects.get(organisation=net.police_org).status == ReportStatus.QUEUED


def test_without_redis_the_report_is_made_on_commit_of_the_request(
    net, evaluation, eager_celery, django_capture_on_commit_callbacks
):
    evaluation = finalised(net, evaluation)
    with django_capture_on_commit_callbacks(execute=True):
        _client(net.enforcement).get(url("report", evaluation), HTTP_HX_REQUEST="true")
    report = EvaluationReport.objects.get(organisation=net.enforcement_org)
    assert report.status == ReportStatus.READY and report.pages >= 2
    partial = _client(net.enforcement).get(url("report", evaluation), HTTP_HX_REQUEST="true")
    assert "Download het rapport (pdf)" in text(partial)


# --- not found ----------------------------------------------------------------------------------------------------

EVALUATION_PAGES = ["evaluation", "part", "conclude", "finalise", "lesson", "report", "report_download"]


def test_an_evaluation_outside_my_cases_or_missing_is_not_found(net, evaluation):
    evaluation = finalised(net, evaluation)
    missing = SimpleNamespace(pk=uuid.uuid4())
    for name in EVALUATION_PAGES:
        method = "post" if name in ("finalise", "lesson") else "get"
        for user in (net.school, net.other_coordinator, net.operator):
            response = getattr(_client(user), method)(url(name, evaluation))
            assert response.status_code == 404, (name, user)
        assert getattr(_client(net.coordinator), method)(url(name, missing)).status_code == 404, name
    assert _client(net.school).post(url("evaluation_start", net.case)).status_code == 404
    assert _client(net.coordinator).post(url("evaluation_start", missing)).status_code == 404


def test_bad_input_never_answers_500(net, evaluation):
    agreement_services.card_create(acting_user=net.coordinator)
    coordinator = _client(net.coordinator)
    junk = {
        "went_well": ["a", "b"],
        "action": "weird",
        "period_start": "31-02-2026",
        "period_end": "\x00",
        "procedure_advisory_board": "<script>",
        "procedure_advisory_board_note": "n" * 2000,
        "without_missing": "misschien",
        "question": "../../",
        "text": "\x00",
    }
    for name in ("part", "conclude", "finalise", "lesson"):
        response = coordinator.post(url(name, evaluation), junk)
        assert response.status_code in (302, 400), (name, response.status_code)
    response = coordinator.post(url("evaluation_start", net.case), junk)
    assert response.status_code in (302, 400)


# --- queries --------------------------------------------------------------------------------------------------


def _detail_queries(extra_partners: int, *, finalise: bool, assert_max) -> tuple[int, int]:
    """The queries of the evaluation page for the coordinator and for a partner, every organisation having submitted
    its part (and, finalised, with the report being asked for on the page)."""
    net = _net(extra_partners)
    evaluation = services.evaluation_start(case=net.case, acting_user=net.coordinator)
    for user in (net.youth, net.police, net.enforcement, *net.extra_members):
        submit(evaluation, user)
    agreement_services.card_create(acting_user=net.coordinator)
    services.evaluation_update(
        evaluation=evaluation, acting_user=net.coordinator, conclusions="Goed.", follow_ups="Een\nTwee"
    )
    if finalise:
        services.evaluation_finalise(evaluation=evaluation, acting_user=net.coordinator, without_missing=True)
    counts = []
    for user in (net.coordinator, net.police):
        client = _client(user)
        client.get(url("evaluation", evaluation))  # the report row exists from here on
        with CaptureQueriesContext(connection) as queries, assert_max(DETAIL_QUERIES[finalise]):
            response = client.get(url("evaluation", evaluation))
        assert response.status_code == 200
        assert text(response).count(ANSWERS["went_badly"]) == 3 + extra_partners
        counts.append(len(queries))
    return tuple(counts)


# Session, user, membership, notifications count, the evaluation, its parts, who submitted (two), the card in the
# making; finalised: the report asked for (its fingerprint, the locked row).
DETAIL_QUERIES = {False: 12, True: 24}


@pytest.mark.parametrize("finalise", [False, True])
def test_the_detail_page_takes_the_same_queries_whatever_the_number_of_organisations(
    finalise, django_assert_max_num_queries
):
    few = _detail_queries(0, finalise=finalise, assert_max=django_assert_max_num_queries)
    many = _detail_queries(6, finalise=finalise, assert_max=django_assert_max_num_queries)
    assert few == many, (few, many)


def test_the_list_takes_the_same_queries_whatever_the_number_of_evaluations():
    def list_queries(cases: int) -> int:
        net = _net()
        for index in range(cases):
            case = case_services.case_create(
                acting_user=net.youth,
                title=f"Casus {index}",
                phase="nazorg",
                organisations=[net.police_org, net.oov_org],
            )
            if index % 2:
                services.evaluation_start(case=case, acting_user=net.coordinator)
        client = _client(net.coordinator)
        client.get(reverse("aftercare:evaluations"))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("aftercare:evaluations")).status_code == 200
        return len(queries)

    few, many = list_queries(2), list_queries(8)
    assert few == many, (few, many)
    assert many <= 15


def test_the_part_form_lists_every_question(net, evaluation):
    page = text(_client(net.police).get(url("part", evaluation)))
    for name in EVALUATION_FIELDS:
        assert f'name="{name}"' in page
    assert 'name="internal"' in page
    assert "Wat ging er goed?" in page
    assert "Welke afspraken moeten worden aangepast?" in page
