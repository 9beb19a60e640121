"""Journey (issue 7): aftercare and evaluation of a case.

The network evaluation: the OOV network coordinator starts it from the case page; the youth worker (own browser)
follows the notification and writes youth work's part by keyboard, internal evaluation included, and submits it; the
police officer writes and submits the police's part, reading what youth work wrote; the coordinator writes the
conclusions, two follow-ups and the procedures, is refused finalising while OOV's own part is missing (the message
names OOV), finalises without it, watches the report section go from "being made" to the download link while a real
Celery worker makes the PDF, and downloads it. The PDF is read back: confidential and "pagina N van M" on every page,
both parts' answers, no internal evaluation. The police officer downloads the police's copy: a youth-work signal
shared with the police at summary level only shows its headline, never its message text.

The aftercare journey: the youth worker makes the aftercare plan from the handvatten, assigns a task to the police
with a due date by keyboard, marks one done, logs a rumour with its counter-message, messenger and two of the six
recommendations, and files an internal report of a burdening incident; the youth-work coordinator follows it up with
intervisie; for the police officer (and the network coordinator) that report does not exist (404).

Set EVALUATION_SHOTS=/some/folder to save full-page screenshots of every page looked at, on a desk (1280×900) and a
phone (390×844), plus the report PDFs and their pages as PNG (pdftoppm); without it the journeys take none besides
conftest's final.png."""

import datetime as dt
import os
import re
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task the worker's start-up check sends)
import pytest
from celery.contrib.testing.worker import start_worker
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from aftercare.constants import EvaluationStatus, FollowUp, ReportStatus, StaffReportStatus, TaskStatus
from aftercare.models import AftercareTask, Evaluation, EvaluationPart, EvaluationReport, Rumour, StaffReport
from config.celery import app
from interventions import services as case_services
from interventions.models import InterventionType
from interventions.reference import ensure_intervention_types
from partners import visibility
from partners.models import InformationPosition
from partners.reference import ensure_information_positions, ensure_role_groups
from signals import sharing
from signals.models import Phenomenon
from signals.reference import ensure_phenomena
from tests.factories import (
    PASSWORD,
    MembershipFactory,
    NetworkFactory,
    OrganisationFactory,
    SignalFactory,
    network_coordinator,
)
from tests.test_notification_worker import private_queue

from .conftest import DESKTOP_VIEWPORT, PHONE_VIEWPORT, look

pytestmark = pytest.mark.e2e

NETWORK = "Gemeente Zeewijk"
OOV = "Gemeente Zeewijk, Openbare Orde en Veiligheid"
YOUTH_WORK = "Jongerenwerk Zeewijk"
POLICE = "Politie basisteam Zeewijk"
TITLE = "Onrust na de vechtpartij op het Havenplein"

# Message texts with a marker each: one token, so that a line break in the PDF cannot split it.
YOUTH_SUMMARY_ONLY = "JWSAMENVATTINGALLEEN7E2B"  # youth work's signal, shared with the police at summary level only
YOUTH_FACTS = "JWFEITENPOLITIE4C1A"  # youth work's signal, shared with the police at facts level
POLICE_FACTS = "POLFEITENJW9D3E"  # the police's signal, shared with youth work and OOV at facts level
SUMMARY_ONLY_SHARING = "Drillvideo waarin een groep uit Zeewijk-Noord wordt uitgedaagd."

STARTED_NOTICE = "De netwerkregisseur is de evaluatie van een casus gestart: schrijf het deel van uw organisatie."
QUESTIONS = {
    "went_well": "Wat ging er goed?",
    "went_badly": "Wat ging er niet goed?",
    "do_better": "Wat kan de volgende keer beter?",
    "perceptions": "Percipiëren partners en doelgroep de interventie anders?",
    "agreements_to_change": "Welke afspraken moeten worden aangepast?",
}
INTERNAL_LABEL = "Intern: hoe heeft uw organisatie de eigen taken, verantwoordelijkheden en bevoegdheden ingevuld?"
YOUTH_PART = {
    "went_well": "Binnen een dag waren de jongerenwerkers op het Havenplein en spraken ze beide groepen aan.",
    "went_badly": "De terugkoppeling van de politie kwam pas na drie dagen, de jongeren vroegen ernaar.",
    "do_better": "Spreek vooraf af wie de jongeren vertelt wat er met hun melding is gebeurd.",
    "perceptions": "De jongeren zagen de extra surveillance als straf, de partners als bescherming.",
    "agreements_to_change": "Het jongerenwerk wil bij een drillvideo dezelfde dag een belafspraak met de wijkagent.",
}
YOUTH_INTERNAL = "Intern bleek dat onze avonddienst te dun bezet was om beide groepen tegelijk te volgen."
POLICE_PART = {
    "went_well": "De zichtbare aanwezigheid op het plein hield de groepen de eerste avond uit elkaar.",
    "went_badly": "Wij kregen de online oproep te laat door, pas toen het filmpje al rondging.",
    "do_better": "Deel een oproep met tijd en plaats direct met de wijkagent, ook buiten kantooruren.",
    "perceptions": "Bewoners vonden de inzet passend, een deel van de jongeren vond het overdreven.",
    "agreements_to_change": "",
}
POLICE_INTERNAL = "Intern: de wijkagent had geen toegang tot het gedeelde signaal op de mobiele telefoon."
CONCLUSIONS = (
    "Het netwerk heeft de confrontatie op het Havenplein voorkomen doordat jongerenwerk en politie dezelfde avond "
    "samen optrokken. De informatie kwam te laat bij de politie en de jongeren hoorden niet wat er met hun melding "
    "gebeurde."
)
FOLLOW_UPS = (
    "Terugkoppeling aan de partners binnen twee dagen",
    "Belafspraak tussen jongerenwerk en wijkagent bij een oproep met tijd en plaats",
)
PROCEDURES = {
    "Contactenlijst van sleutelfiguren in de gemeenschap": ("Aanwezig", "Bijgewerkt na de evaluatie."),
    "Communicatieplan": ("Wordt opgezet", "Gereed voor de zomer."),
    "Representatieve adviesraad": ("Ontbreekt", ""),
}

SHOTS = os.environ.get("EVALUATION_SHOTS", "")


# --- looking and small helpers --------------------------------------------------------------------------------


def _look(page, name: str) -> None:
    """With EVALUATION_SHOTS set: the page on a desk and on a phone (``conftest.look``)."""
    look(page, SHOTS, name, settle_ms=150)


def _look_at_pdf(path, name: str) -> None:
    """With EVALUATION_SHOTS set: the PDF itself and its pages as PNG (70 dpi)."""
    if not SHOTS:
        return
    folder = Path(SHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, folder / f"{name}.pdf")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.fail("pdftoppm is missing: install poppler-utils (scripts/apt-install.sh poppler-utils)")
    subprocess.run([pdftoppm, "-png", "-r", "70", str(path), str(folder / name)], check=True)


def _no_horizontal_overflow(page):
    page.set_viewport_size(PHONE_VIEWPORT)
    page.wait_for_timeout(50)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    page.set_viewport_size(DESKTOP_VIEWPORT)
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at phone width"


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _pdf_pages(path) -> list[str]:
    return [_normalised(page.extract_text() or "") for page in PdfReader(path).pages]


def _focused(locator) -> bool:
    return locator.evaluate("element => element === document.activeElement")


def _tab_to(page, target, *, passing=("summary",), most=3):
    """Press Tab until ``target`` has the focus; on the way the focus may only rest on ``passing`` elements (the
    "what the others wrote" toggles). Fails on anything else: the form's order must lead from field to field."""
    for _press in range(most):
        page.keyboard.press("Tab")
        if _focused(target):
            return
        tag = page.evaluate("document.activeElement.tagName.toLowerCase()")
        assert tag in passing, f"Tab stopped on a <{tag}> on the way to {target}"
    expect(target).to_be_focused()


def _next_day_equal_to_month(after: dt.date) -> dt.date:
    """The first date after ``after`` whose day and month are the same number (12-12, 1-1, …): typed as digits it
    lands the same in a day-month-year and a month-day-year date field, whatever language the browser's date
    control follows."""
    day = after + dt.timedelta(days=1)
    while day.day != day.month:
        day += dt.timedelta(days=1)
    return day


def _log_in(page, live_server, username: str):
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/")


def _log_out(page):
    page.locator("header form[action$='/accounts/logout/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))


def _open_case(page, case):
    page.locator("nav.app-nav").get_by_role("link", name="Casussen", exact=True).click()
    page.locator("main").get_by_role("link", name=TITLE).first.click()
    page.wait_for_url(re.compile(rf"/casussen/{case.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)


@contextmanager
def _own_browser(browser):
    """A browser of one's own (its own cookies): the youth worker and the police officer sit at their own desks."""
    context = browser.new_context(locale="nl-NL", viewport=DESKTOP_VIEWPORT)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@contextmanager
def _report_worker():
    """A Celery worker in this process, on the test's private queue (as tests/test_report_worker.py)."""
    with start_worker(app, pool="solo", perform_ping_check=True, loglevel="WARNING", shutdown_timeout=30):
        yield


# --- the network ------------------------------------------------------------------------------------------------


@pytest.fixture
def reference_data(live_server):
    """The reference data of the data migrations, back after an earlier transactional test emptied the tables."""
    ensure_role_groups(group_model=Group, permission_model=Permission)
    ensure_information_positions(position_model=InformationPosition)
    ensure_phenomena(phenomenon_model=Phenomenon)
    ensure_intervention_types(intervention_type_model=InterventionType)


@pytest.fixture
def queue():
    """Every task of the journey (notification e-mails, reports) goes to a queue of this test's own in Redis, which
    is removed afterwards: nothing is left for a worker of another run."""
    assert not app.conf.task_always_eager
    with private_queue() as name:
        yield name


def _share(signal, owner, organisation, level):
    sharing.share_create(
        signal=signal,
        acting_user=owner,
        organisation=organisation,
        level=level,
        purpose="Samen duiden wat er rond het Havenplein speelt.",
        legal_ground="covenant",
        justification="" if level == "summary" else "Zonder de tekst van het bericht is de dreiging niet te duiden.",
    )


@pytest.fixture
def zeewijk(reference_data, queue):
    """Youth work, the police and OOV (the network coordinator), with a case in aftercare all three take part in:
    three signals shared at different levels and two interventions, built with the services."""
    network = NetworkFactory(name=NETWORK)
    coordinator = network_coordinator(network)
    oov = coordinator.organisation
    oov.name = OOV
    oov.save(update_fields=["name"])
    youth_org = OrganisationFactory(network=network, name=YOUTH_WORK, jongerenwerk=True)
    police_org = OrganisationFactory(network=network, name=POLICE, politie=True)
    youth = MembershipFactory(organisation=youth_org, user__username="jw-noor", user__first_name="Noor").user
    youth_lead = MembershipFactory(
        organisation=youth_org, coordinator=True, user__username="jw-teamleider", user__first_name="Ruud"
    ).user
    police = MembershipFactory(organisation=police_org, user__username="pol-daan", user__first_name="Daan").user

    hours_ago = timezone.now() - dt.timedelta(days=12)
    summary_only = SignalFactory(
        owner_organisation=youth_org,
        created_by=youth,
        sharing_summary=SUMMARY_ONLY_SHARING,
        message_text=f"{YOUTH_SUMMARY_ONLY} kom vanavond naar het plein als je durft",
        observed_at=hours_ago,
    )
    _share(summary_only, youth, police_org, "summary")
    _share(summary_only, youth, oov, "facts")
    youth_facts = SignalFactory(
        owner_organisation=youth_org,
        created_by=youth,
        sharing_summary="Oproep om na school af te rekenen op het Havenplein.",
        message_text=f"{YOUTH_FACTS} morgen om vier uur op het plein, neem iedereen mee",
        observed_at=hours_ago + dt.timedelta(hours=3),
    )
    _share(youth_facts, youth, police_org, "facts")
    _share(youth_facts, youth, oov, "summary")
    police_signal = SignalFactory(
        owner_organisation=police_org,
        created_by=police,
        sharing_summary="Filmpje van de vechtpartij gaat rond in een groepsapp.",
        message_text=f"{POLICE_FACTS} dit krijgen ze terug",
        observed_at=hours_ago + dt.timedelta(days=1),
    )
    _share(police_signal, police, youth_org, "facts")
    _share(police_signal, police, oov, "facts")

    case = case_services.case_create(
        acting_user=youth,
        title=TITLE,
        description="Na een vechtpartij tussen twee groepen gaan oproepen en filmpjes rond.",
        phase="nazorg",
        organisations=[police_org, oov],
        signals=[visibility.get_signal_for_user(youth, s.pk) for s in (summary_only, youth_facts, police_signal)],
    )
    talk = case_services.intervention_create(
        acting_user=youth,
        case=case,
        title="Gesprek met beide groepen in het jongerencentrum",
        goal="De groepen zien dat er een andere weg is dan de confrontatie.",
        target="group",
        status="done",
        outcome="Beide groepen kwamen; de oproep werd offline gehaald.",
    )
    case_services.intervention_update(
        intervention=talk, acting_user=youth, effect="Sindsdien geen nieuwe oproepen gezien."
    )
    case_services.intervention_create(
        acting_user=police,
        case=case,
        title="Zichtbare aanwezigheid op het Havenplein",
        executing_organisation=police_org,
        goal="Geen treffen op het plein in de week na de vechtpartij.",
        target="community",
        status="done",
        outcome="Vijf avonden surveillance, geen incidenten.",
    )
    return {
        "coordinator": coordinator.user,
        "youth": youth,
        "youth_lead": youth_lead,
        "police": police,
        "oov": oov,
        "youth_org": youth_org,
        "police_org": police_org,
        "case": case,
    }


# --- the network evaluation -------------------------------------------------------------------------------------


def _write_youth_part_by_keyboard(page, evaluation):
    """From the back link, Tab into each question in turn, type the answer; the internal evaluation last; Tab to
    "Indienen bij de partners" and press Enter."""
    form = page.locator("main form").filter(has=page.locator("textarea[name=went_well]"))
    for name, question in QUESTIONS.items():
        expect(form.get_by_label(question, exact=True)).to_have_attribute("name", name)
    expect(form.get_by_label(INTERNAL_LABEL, exact=True)).to_have_attribute("name", "internal")
    page.locator(f"main a[href='/evaluaties/{evaluation.pk}/']").first.focus()
    for name in QUESTIONS:
        field = form.locator(f"textarea[name={name}]")
        _tab_to(page, field, passing=())  # nobody submitted yet: nothing to pass on the way
        page.keyboard.type(YOUTH_PART[name])
    internal = form.locator("textarea[name=internal]")
    _tab_to(page, internal, passing=())
    page.keyboard.type(YOUTH_INTERNAL)
    submit = form.get_by_role("button", name="Indienen bij de partners", exact=True)
    _tab_to(page, submit, passing=())


def _pdf_download(page, name: str):
    with page.expect_download() as download_info:
        page.locator("#evaluation-report").get_by_role("link", name="Download het rapport (pdf)", exact=True).click()
    download = download_info.value
    assert download.suggested_filename == "evaluatie-onrust-na-de-vechtpartij-op-het-havenplein.pdf"
    path = download.path()
    _look_at_pdf(path, name)
    return path


def _check_pdf_frame(pages: list[str]):
    """At least a cover and a body; confidential and numbered on every page."""
    assert len(pages) >= 2, f"the report has {len(pages)} page(s)"
    for number, text in enumerate(pages, start=1):
        assert "Vertrouwelijk" in text, f"page {number} does not say it is confidential"
        assert f"pagina {number} van {len(pages)}" in text, f"page {number} lacks 'pagina {number} van {len(pages)}'"


def test_the_network_evaluates_the_case_and_each_partner_downloads_its_copy(page, browser, live_server, zeewijk):
    people = zeewijk
    case = people["case"]

    # 1. The coordinator opens the case and starts the network evaluation from its page.
    _log_in(page, live_server, people["coordinator"].username)
    _open_case(page, case)
    section = page.locator("section[aria-labelledby=aftercare-heading]")
    expect(section.get_by_role("heading", level=2)).to_have_text("Nazorg en evaluatie")
    _no_horizontal_overflow(page)
    _look(page, "01-casus-coordinator")
    section.get_by_role("button", name="Start de netwerkevaluatie", exact=True).click()
    page.wait_for_url(re.compile(r"/evaluaties/[0-9a-f-]{36}/$"))
    evaluation = Evaluation.objects.get(case=case)
    assert evaluation.status == EvaluationStatus.OPEN
    assert set(evaluation.parts.values_list("organisation__name", flat=True)) == {OOV, YOUTH_WORK, POLICE}
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Evaluatie: {TITLE}")
    main = page.locator("main")
    expect(main).to_contain_text("De evaluatie is gestart; de deelnemende organisaties is gevraagd hun deel te")
    expect(main).to_contain_text("0 van 3 organisaties hebben hun deel ingediend.")
    _no_horizontal_overflow(page)
    _look(page, "02-evaluatie-gestart-coordinator")

    # 2. The youth worker, at their own desk, follows the notification and writes youth work's part by keyboard.
    with _own_browser(browser) as youth_page:
        _log_in(youth_page, live_server, people["youth"].username)
        youth_page.locator("header").get_by_role("link", name=re.compile(r"^Meldingen")).click()
        youth_page.locator("main").get_by_role("link", name=STARTED_NOTICE, exact=True).click()
        youth_page.wait_for_url(re.compile(rf"/evaluaties/{evaluation.pk}/$"))
        expect(youth_page.locator("#ons-deel")).to_contain_text("Uw organisatie heeft haar deel nog niet geschreven.")
        _look(youth_page, "03-evaluatie-jongerenwerker")
        youth_page.locator("#ons-deel").get_by_role("link", name="Schrijf het deel van uw organisatie").click()
        youth_page.wait_for_url(re.compile(rf"/evaluaties/{evaluation.pk}/ons-deel/$"))
        expect(youth_page.get_by_role("heading", level=1)).to_have_text("Het deel van uw organisatie")
        _no_horizontal_overflow(youth_page)
        _look(youth_page, "04-ons-deel-leeg-jongerenwerker")
        _write_youth_part_by_keyboard(youth_page, evaluation)
        _look(youth_page, "05-ons-deel-ingevuld-jongerenwerker")  # the focus rests on the submit button
        youth_page.keyboard.press("Enter")
        youth_page.wait_for_url(re.compile(rf"/evaluaties/{evaluation.pk}/#ons-deel$"))
        expect(youth_page.locator("main")).to_contain_text(
            "Het deel van uw organisatie is ingediend: de partners kunnen het nu lezen."
        )
        own = youth_page.locator("#ons-deel")
        expect(own).to_contain_text("Ingediend op")
        expect(own).to_contain_text(YOUTH_INTERNAL)  # the own organisation reads its internal evaluation
        expect(youth_page.locator("main")).to_contain_text("1 van 3 organisaties hebben hun deel ingediend.")
        _no_horizontal_overflow(youth_page)
        _look(youth_page, "06-evaluatie-ingediend-jongerenwerker")
        _log_out(youth_page)
    part = EvaluationPart.objects.get(evaluation=evaluation, organisation=people["youth_org"])
    assert part.submitted_by == people["youth"]
    assert {name: getattr(part, name) for name in QUESTIONS} == YOUTH_PART
    assert part.internal == YOUTH_INTERNAL

    # 3. The police officer reads what youth work wrote (not its internal evaluation) and submits the police's part.
    with _own_browser(browser) as police_page:
        _log_in(police_page, live_server, people["police"].username)
        _open_case(police_page, case)
        police_page.locator("section[aria-labelledby=aftercare-heading]").get_by_role(
            "link", name="Open de evaluatie"
        ).click()
        police_page.wait_for_url(re.compile(rf"/evaluaties/{evaluation.pk}/$"))
        main = police_page.locator("main")
        expect(main.locator("table.app-card-table")).to_contain_text(YOUTH_PART["went_badly"])
        expect(main).not_to_contain_text(YOUTH_INTERNAL)
        _look(police_page, "07-evaluatie-politie")
        police_page.locator("#ons-deel").get_by_role("link", name="Schrijf het deel van uw organisatie").click()
        form = police_page.locator("main form").filter(has=police_page.locator("textarea[name=went_well]"))
        others = form.locator("details.app-details").first
        others.locator("summary").click()
        expect(others).to_contain_text(YOUTH_WORK)
        expect(others).to_contain_text(YOUTH_PART["went_well"])
        expect(form).not_to_contain_text(YOUTH_INTERNAL)
        for name, question in QUESTIONS.items():
            form.get_by_label(question, exact=True).fill(POLICE_PART[name])
        form.get_by_label(INTERNAL_LABEL, exact=True).fill(POLICE_INTERNAL)
        _no_horizontal_overflow(police_page)
        _look(police_page, "08-ons-deel-politie")
        form.get_by_role("button", name="Indienen bij de partners", exact=True).click()
        expect(police_page.locator("main")).to_contain_text(
            "Het deel van uw organisatie is ingediend: de partners kunnen het nu lezen."
        )
        expect(police_page.locator("main")).to_contain_text("2 van 3 organisaties hebben hun deel ingediend.")
        expect(police_page.locator("main")).not_to_contain_text(YOUTH_INTERNAL)
        _log_out(police_page)
    assert EvaluationPart.objects.get(evaluation=evaluation, organisation=people["police_org"]).is_submitted

    # 4. The coordinator writes the conclusions, two follow-ups and the state of the procedures.
    page.reload()
    main = page.locator("main")
    expect(main).to_contain_text("2 van 3 organisaties hebben hun deel ingediend.")
    expect(main.locator("table.app-card-table")).to_contain_text(POLICE_PART["went_well"])
    expect(main).not_to_contain_text(YOUTH_INTERNAL)
    expect(main).not_to_contain_text(POLICE_INTERNAL)
    _look(page, "09-evaluatie-twee-delen-coordinator")
    page.locator("#conclusies").get_by_role("link", name="Schrijf de conclusies en vervolgstappen").click()
    page.wait_for_url(re.compile(rf"/evaluaties/{evaluation.pk}/afronden/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Conclusies van het netwerk")
    form = page.locator("main form")
    form.get_by_label("Conclusies van het netwerk", exact=True).fill(CONCLUSIONS)
    form.get_by_label("Afgesproken vervolgstappen", exact=True).fill("\n".join(FOLLOW_UPS))
    for procedure, (status, note) in PROCEDURES.items():
        form.get_by_label(procedure, exact=True).select_option(label=status)
        form.get_by_label(f"Toelichting bij: {procedure}", exact=True).fill(note)
    _no_horizontal_overflow(page)
    _look(page, "10-conclusies-coordinator")
    form.get_by_role("button", name="Sla de conclusies op", exact=True).click()
    page.wait_for_url(re.compile(rf"/evaluaties/{evaluation.pk}/#conclusies$"))
    expect(page.locator("main")).to_contain_text("De conclusies van het netwerk zijn opgeslagen.")
    conclusions = page.locator("#conclusies")
    expect(conclusions.locator("li")).to_have_text(list(FOLLOW_UPS))
    expect(conclusions.locator("tbody tr").nth(1)).to_contain_text("Wordt opgezet")

    # 5. Finalising is refused while OOV's own part is missing, naming OOV; the coordinator finalises without it.
    finalise = page.locator("#vaststellen")
    finalise.get_by_role("button", name="Vaststellen", exact=True).click()
    refusal = f"Nog niet elke organisatie heeft haar deel ingediend: {OOV}. Wacht, of stel de evaluatie zonder hen"
    expect(page.locator("#vaststellen")).to_contain_text(refusal)
    evaluation.refresh_from_db()
    assert evaluation.status == EvaluationStatus.OPEN
    _no_horizontal_overflow(page)
    _look(page, "11-vaststellen-geweigerd-coordinator")
    without = page.locator("#vaststellen").get_by_role("checkbox", name=f"Vaststellen zonder: {OOV}", exact=True)
    without.check()
    page.locator("#vaststellen").get_by_role("button", name="Vaststellen", exact=True).click()
    page.wait_for_url(re.compile(rf"/evaluaties/{evaluation.pk}/#rapport$"))
    expect(page.locator("main")).to_contain_text("De evaluatie is vastgesteld.")
    evaluation.refresh_from_db()
    assert evaluation.status == EvaluationStatus.FINALISED

    # 6. No worker runs yet: the report section says the report is being made. Then a worker makes it, the page
    # (polling) offers the download link, and the coordinator downloads OOV's copy.
    report = page.locator("#evaluation-report")
    expect(report.get_by_role("status")).to_have_text("Het rapport wordt gemaakt…")
    _look(page, "12-rapport-wordt-gemaakt-coordinator")
    with _report_worker():
        expect(report.get_by_role("link", name="Download het rapport (pdf)", exact=True)).to_be_visible(timeout=90_000)
        assert EvaluationReport.objects.get(evaluation=evaluation, organisation=people["oov"]).status == (
            ReportStatus.READY
        )
        expect(report).to_contain_text("pagina's, gemaakt op")
        _no_horizontal_overflow(page)
        _look(page, "13-rapport-klaar-coordinator")
        pages = _pdf_pages(_pdf_download(page, "rapport-oov"))
        _check_pdf_frame(pages)
        whole = " ".join(pages)
        assert "Evaluatie" in pages[0] and TITLE in pages[0]
        for answer in [*YOUTH_PART.values(), *(text for text in POLICE_PART.values() if text)]:
            assert answer in whole, answer
        for text in (YOUTH_INTERNAL, POLICE_INTERNAL):
            assert text not in whole, f"an internal evaluation is in the report: {text}"
        assert _normalised(CONCLUSIONS) in whole
        for line in FOLLOW_UPS:
            assert line in whole, line
        assert f"Geen deel ingediend: {OOV}." in whole
        for title in ("Gesprek met beide groepen in het jongerencentrum", "Zichtbare aanwezigheid op het Havenplein"):
            assert title in whole, title
        squeezed = re.sub(r"\s+", "", whole)
        assert YOUTH_SUMMARY_ONLY in squeezed  # OOV read that signal at facts level
        assert YOUTH_FACTS not in squeezed  # … and this one at summary level
        assert POLICE_FACTS in squeezed
        _log_out(page)

        # 7. The police officer downloads the police's copy: the youth-work signal shared at summary level only
        # shows its headline, never its message text.
        with _own_browser(browser) as police_page:
            _log_in(police_page, live_server, people["police"].username)
            _open_case(police_page, case)
            police_page.locator("section[aria-labelledby=aftercare-heading]").get_by_role(
                "link", name="Open de evaluatie"
            ).click()
            police_page.wait_for_url(re.compile(rf"/evaluaties/{evaluation.pk}/$"))
            report = police_page.locator("#evaluation-report")
            expect(report.get_by_role("link", name="Download het rapport (pdf)", exact=True)).to_be_visible(
                timeout=90_000
            )
            expect(police_page.locator("main form")).to_have_count(0)  # nothing left to write or finalise
            _no_horizontal_overflow(police_page)
            _look(police_page, "14-rapport-klaar-politie")
            pages = _pdf_pages(_pdf_download(police_page, "rapport-politie"))
            _log_out(police_page)
    _check_pdf_frame(pages)
    whole = " ".join(pages)
    squeezed = re.sub(r"\s+", "", whole)
    assert f"exemplaar voor {POLICE}" in whole
    assert SUMMARY_ONLY_SHARING in whole  # the headline, at summary level
    assert YOUTH_SUMMARY_ONLY not in squeezed, "the police's copy holds the message text of a summary-level signal"
    assert YOUTH_FACTS in squeezed  # shared with the police at facts level
    assert POLICE_FACTS in squeezed  # the police's own signal
    for text in (YOUTH_INTERNAL, POLICE_INTERNAL):
        assert text not in whole, f"an internal evaluation is in the report: {text}"
    for answer in (YOUTH_PART["went_well"], POLICE_PART["do_better"]):
        assert answer in whole, answer
    reports = EvaluationReport.objects.filter(evaluation=evaluation, status=ReportStatus.READY)
    assert set(reports.values_list("organisation__name", flat=True)) == {OOV, POLICE}


# --- aftercare: the plan, the misinformation log and internal support ----------------------------------------------


def test_aftercare_plan_misinformation_log_and_internal_support(page, browser, live_server, zeewijk):
    people = zeewijk
    case = people["case"]
    due = _next_day_equal_to_month(timezone.localdate())
    occurred = timezone.localdate() - dt.timedelta(days=2)

    # 1. The youth worker opens the aftercare plan from the case page and makes it from the handvatten.
    _log_in(page, live_server, people["youth"].username)
    _open_case(page, case)
    page.locator("section[aria-labelledby=aftercare-heading]").get_by_role(
        "link", name="Open het nazorgplan en het misinformatielogboek"
    ).click()
    page.wait_for_url(re.compile(rf"/casussen/{case.pk}/nazorg/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Nazorgplan")
    _no_horizontal_overflow(page)
    _look(page, "20-nazorgplan-leeg-jongerenwerker")
    page.locator("#taken").get_by_role("button", name="Maak het plan uit de handvatten", exact=True).click()
    page.wait_for_url(re.compile(rf"/casussen/{case.pk}/nazorg/#taken$"))
    expect(page.locator("main")).to_contain_text("Het plan is gemaakt uit de handvatten: 8 taken toegevoegd.")
    rows = page.locator("#taken tbody tr")
    expect(rows).to_have_count(8)
    expect(page.locator("#taken")).to_contain_text("0 van 8 afgerond")
    assert AftercareTask.objects.filter(case=case).count() == 8
    _no_horizontal_overflow(page)
    _look(page, "21-nazorgplan-gemaakt-jongerenwerker")

    # 2. By keyboard: the first task goes to the police, due on a date typed as digits, in progress, with a note.
    task = AftercareTask.objects.get(case=case, code="perceptions")
    assert task.organisation == people["youth_org"]  # the lead organisation, as suggested
    page.locator("#taken").get_by_role("link", name="Verschillende percepties bespreekbaar maken").click()
    page.wait_for_url(re.compile(rf"/nazorgtaken/{task.pk}/$"))
    form = page.locator("main form")
    organisation = form.get_by_label("Organisatie", exact=True)
    page.locator(f"main a[href='/casussen/{case.pk}/nazorg/#taak-{task.pk}']").first.focus()
    _tab_to(page, organisation, passing=())
    page.keyboard.type("Pol")  # type-ahead in the list of organisations
    expect(organisation.locator("option:checked")).to_have_text(f"{POLICE} (Politie)")
    due_date = form.get_by_label("Uiterste datum", exact=True)
    _tab_to(page, due_date, passing=())
    page.keyboard.type(due.strftime("%d%m%Y"))
    expect(due_date).to_have_value(due.isoformat())
    _tab_to(page, form.get_by_role("radio", name="Te doen", exact=True), passing=("input",), most=4)
    page.keyboard.press("ArrowDown")
    expect(form.get_by_role("radio", name="Bezig", exact=True)).to_be_checked()
    _tab_to(page, form.get_by_label("Aantekening", exact=True), passing=())
    page.keyboard.type("De politie bespreekt met de groep hoe zij de surveillance hebben ervaren.")
    _tab_to(page, form.get_by_role("button", name="Taak opslaan", exact=True), passing=())
    _look(page, "22-taak-toewijzen-jongerenwerker")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/casussen/{case.pk}/nazorg/#taak-{task.pk}$"))
    expect(page.locator("main")).to_contain_text("De taak ‘Verschillende percepties bespreekbaar maken’ is opgeslagen.")
    row = page.locator(f"#taak-{task.pk}")
    expect(row).to_contain_text(POLICE)
    expect(row.locator("time")).to_have_attribute("datetime", due.isoformat())
    expect(row).to_contain_text("Bezig")
    task.refresh_from_db()
    assert (task.organisation, task.due_date, task.status) == (people["police_org"], due, TaskStatus.BUSY)

    # 3. A task done.
    done = AftercareTask.objects.get(case=case, code="online_contact")
    page.locator("#taken").get_by_role("link", name="Online contact onderhouden").click()
    page.wait_for_url(re.compile(rf"/nazorgtaken/{done.pk}/$"))
    form = page.locator("main form")
    form.get_by_role("radio", name="Uitgevoerd", exact=True).check()
    form.get_by_label("Aantekening", exact=True).fill("Beide groepen een persoonlijk bericht gestuurd; ze reageerden.")
    form.get_by_role("button", name="Taak opslaan", exact=True).click()
    page.wait_for_url(re.compile(rf"/casussen/{case.pk}/nazorg/#taak-{done.pk}$"))
    expect(page.locator(f"#taak-{done.pk}")).to_contain_text("Uitgevoerd")
    expect(page.locator("#taken")).to_contain_text("1 van 8 afgerond")
    done.refresh_from_db()
    assert done.status == TaskStatus.DONE

    # 4. A rumour in the misinformation log, with its counter-message, messenger and two recommendations.
    page.locator("#misinformatie").get_by_role("link", name="Gerucht vastleggen").click()
    page.wait_for_url(re.compile(rf"/casussen/{case.pk}/misinformatie/nieuw/$"))
    form = page.locator("main form")
    form.get_by_label("Gerucht", exact=True).fill("De politie zou de jongeren van Zeewijk-Noord hebben opgepakt.")
    form.get_by_label("Waar het rondgaat", exact=True).fill("Groepsapps en TikTok")
    form.get_by_label("De feiten", exact=True).fill("Niemand is opgepakt; de politie kwam een treffen voorkomen.")
    form.get_by_label("Tegenbericht", exact=True).fill(
        "Niemand is opgepakt. De wijkagent en het jongerenwerk stonden er om te zorgen dat het rustig bleef."
    )
    form.get_by_label("Geloofwaardige boodschapper", exact=True).fill("De trainer van de buurtsportclub")
    form.get_by_label("Organisatie in contact met de boodschapper", exact=True).select_option(
        label=f"{YOUTH_WORK} (Jongerenwerk)"
    )
    form.get_by_role("checkbox", name=re.compile(r"^1\. Weerleg met feiten")).check()
    form.get_by_role("checkbox", name=re.compile(r"^4\. Laat een voor de doelgroep betrouwbare bron")).check()
    form.get_by_role("radio", name="Tegenbericht verspreid", exact=True).check()
    _no_horizontal_overflow(page)
    _look(page, "23-gerucht-vastleggen-jongerenwerker")
    form.get_by_role("button", name="Opslaan", exact=True).click()
    rumour = Rumour.objects.get(case=case)
    page.wait_for_url(re.compile(rf"/casussen/{case.pk}/nazorg/#gerucht-{rumour.pk}$"))
    expect(page.locator("main")).to_contain_text("Het gerucht is toegevoegd aan het misinformatielogboek.")
    entry = page.locator(f"#gerucht-{rumour.pk}")
    expect(entry).to_contain_text("Aanbevelingen gevolgd: 2 van 6")
    expect(entry).to_contain_text("De trainer van de buurtsportclub")
    expect(entry).to_contain_text(f"In contact: {YOUTH_WORK}")
    assert rumour.rules == ["facts", "messenger"]
    assert rumour.status == "countered"
    _no_horizontal_overflow(page)
    _look(page, "24-nazorgplan-met-gerucht-jongerenwerker")

    # 5. An internal report of a burdening incident, through "Interne ondersteuning" in the header.
    page.locator("header").get_by_role("link", name="Interne ondersteuning", exact=True).click()
    page.wait_for_url(re.compile(r"/ondersteuning/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Interne ondersteuning")
    _look(page, "25-interne-ondersteuning-jongerenwerker")
    page.locator("main").get_by_role("link", name="Belastend incident melden").click()
    page.wait_for_url(re.compile(r"/ondersteuning/melden/$"))
    form = page.locator("main form")
    form.get_by_label("Wanneer gebeurde het?", exact=True).fill(occurred.isoformat())
    form.get_by_role("radio", name="Online bedreigd of geïntimideerd", exact=True).check()
    form.get_by_label("Beschrijf wat er is gebeurd", exact=True).fill(
        "Na het gesprek in het jongerencentrum kreeg ik via Instagram berichten dat ze me zouden opwachten."
    )
    form.get_by_role("checkbox", name=re.compile(r"^Bedreiging en intimidatie door verdachten")).check()
    form.get_by_role("checkbox", name="Intervisie", exact=True).check()
    form.get_by_label("Casus", exact=True).select_option(label=TITLE)
    _no_horizontal_overflow(page)
    _look(page, "26-incident-melden-jongerenwerker")
    form.get_by_role("button", name="Melding versturen", exact=True).click()
    staff_report = StaffReport.objects.get(reporter=people["youth"])
    page.wait_for_url(re.compile(rf"/ondersteuning/{staff_report.pk}/$"))
    expect(page.locator("main")).to_contain_text("Uw melding is ontvangen.")
    expect(page.locator("main form")).to_have_count(0)  # the reporter does not follow up their own report
    _look(page, "27-melding-ontvangen-jongerenwerker")
    _log_out(page)
    report_url = f"{live_server.url}/ondersteuning/{staff_report.pk}/"

    # 6. The youth-work coordinator is told, opens the report and records the follow-up: intervisie.
    _log_in(page, live_server, people["youth_lead"].username)
    page.locator("header").get_by_role("link", name=re.compile(r"^Meldingen")).click()
    page.locator("main").get_by_role(
        "link", name="Een collega heeft een belastend online incident intern gemeld. Volg het op."
    ).click()
    page.wait_for_url(re.compile(r"/ondersteuning/$"))
    expect(page.get_by_role("heading", level=2)).to_contain_text("Meldingen van uw organisatie")
    _look(page, "28-meldingen-teamleider")
    page.locator("main table").get_by_role("link", name="Online bedreigd of geïntimideerd").click()
    page.wait_for_url(re.compile(rf"/ondersteuning/{staff_report.pk}/$"))
    form = page.locator("main form")
    expect(form.get_by_role("radio", name="Opgevolgd", exact=True)).to_be_checked()
    expect(form.get_by_role("checkbox", name="Intervisie", exact=True)).to_be_checked()  # what the reporter wished
    form.get_by_label("Wat is afgesproken", exact=True).fill(
        "Intervisie met het team op donderdag; Noor en ik bellen elkaar na de avonddienst."
    )
    _no_horizontal_overflow(page)
    _look(page, "29-nazorg-vastleggen-teamleider")
    form.get_by_role("button", name="Nazorg opslaan", exact=True).click()
    expect(page.locator("main")).to_contain_text("De nazorg is opgeslagen.")
    staff_report.refresh_from_db()
    assert staff_report.status == StaffReportStatus.FOLLOWED_UP
    assert staff_report.follow_up == [FollowUp.INTERVISION]
    assert staff_report.followed_up_by == people["youth_lead"]
    _look(page, "30-melding-opgevolgd-teamleider")
    _log_out(page)

    # 7. For the police officer, and for the network coordinator, the report does not exist.
    for username in (people["police"].username, people["coordinator"].username):
        _log_in(page, live_server, username)
        response = page.goto(report_url)
        assert response.status == 404, f"{username} got {response.status} for the youth worker's internal report"
        page.goto(f"{live_server.url}/ondersteuning/")
        expect(page.locator("main")).not_to_contain_text("Online bedreigd of geïntimideerd")
        _log_out(page)

    # 8. The plan as the police read it: the task assigned to them, the rumour.
    _log_in(page, live_server, people["police"].username)
    page.goto(f"{live_server.url}/casussen/{case.pk}/nazorg/")
    expect(page.locator(f"#taak-{task.pk}")).to_contain_text(POLICE)
    expect(page.locator(f"#gerucht-{rumour.pk}")).to_contain_text("Aanbevelingen gevolgd: 2 van 6")
    _look(page, "31-nazorgplan-politie")
