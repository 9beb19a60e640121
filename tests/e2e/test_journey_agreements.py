"""Journey (issue 5): the afsprakenkaart. The OOV network coordinator starts version 2 of the card; the youth worker
and the police officer rewrite their columns by keyboard (the other columns come from version 1 and the services);
the coordinator puts it forward for agreement; youth work and police agree in the browser, confirming the three
basisafspraken (the others through the services); the coordinator adopts the version and downloads the PDF, which is
read back. A police officer who opens the youth-work column gets 403. The comparison marks what changed, and route
step 3 of a signal shows what the network agreed.

A second journey: a practice session (writing round, then the answers side by side) and the covenant, as the youth
worker and the coordinator see them.

Set AGREEMENTS_SHOTS=/some/folder to save full-page screenshots of every page looked at, on a desk (1280×900) and a
phone (390×844); without it the journeys take none besides conftest's final.png."""

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect
from pypdf import PdfReader

from agreements import services
from agreements.constants import BASIC_AGREEMENT_KEYS, CardStatus, SessionStatus
from agreements.models import AgreementCard, CardColumn
from interventions.models import InterventionType
from interventions.reference import ensure_intervention_types
from partners.models import InformationPosition
from partners.reference import ensure_information_positions, ensure_role_groups
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

from .conftest import DESKTOP_VIEWPORT, PHONE_VIEWPORT, look

pytestmark = pytest.mark.e2e

NETWORK = "Gemeente Duinstad"
YOUTH_WORK = "Jongerenwerk Duinstad"
POLICE = "Politie basisteam Duinstad"
SCHOOL = "Duinstad College"
ENFORCEMENT = "Handhaving Duinstad"

QUESTIONS = {
    "involve_partner": "In welke situatie betrek jij een partner bij online zorgwekkende berichten?",
    "expect_involved": "In welke situatie verwacht jij dat een partner jou betrekt bij online zorgwekkende berichten?",
    "intervene_at": "Bij welk (online) signaal grijp jij in?",
    "expect_intervene": "Bij welk (online) signaal verwacht je dat de andere betrokken partners ingrijpen?",
}
FIELDS = tuple(QUESTIONS)

# Version 1, adopted through the services before the journey starts.
VERSION_1 = {
    "jongerenwerk": {
        "involve_partner": "Bij een concrete dreiging met een tijd en plaats.",
        "expect_involved": "Als jongeren die wij kennen in beeld komen.",
        "intervene_at": "Bij oproepen tot geweld in groepen die wij volgen.",
        "expect_intervene": "De politie grijpt in bij strafbare feiten.",
    },
    "politie": {
        "involve_partner": "Als een jongere een hulpvraag lijkt te hebben.",
        "expect_involved": "Bij elke mogelijke strafbare dreiging.",
        "intervene_at": "Bij strafbare feiten en acute dreiging.",
        "expect_intervene": "Het jongerenwerk gaat het gesprek aan.",
    },
    "gemeente_oov": {
        "involve_partner": "Bij signalen die meerdere wijken raken.",
        "expect_involved": "Bij onrust die kan opschalen.",
        "intervene_at": "Bij dreigende openbare-ordeverstoring.",
        "expect_intervene": "Partners melden onrust dezelfde dag.",
    },
    "school": {
        "involve_partner": "Als leerlingen buiten school bedreigd worden.",
        "expect_involved": "Als leerlingen betrokken zijn bij een online conflict.",
        "intervene_at": "Bij online pesten tussen leerlingen.",
        "expect_intervene": "Jongerenwerk en politie nemen contact op met de mentor.",
    },
    "handhaving": {
        "involve_partner": "Bij samenscholing op een bekende hotspot.",
        "expect_involved": "Bij afspraken om op een plek samen te komen.",
        "intervene_at": "Bij overlast op straat.",
        "expect_intervene": "De politie bij geweld, wij bij overlast.",
    },
}
YOUTH_APPENDED = " Ook bij een filmpje van een vechtpartij dat rondgaat."
# What the youth worker and the police officer type in the browser for version 2.
YOUTH_TYPED = {
    "involve_partner": VERSION_1["jongerenwerk"]["involve_partner"] + YOUTH_APPENDED,
    "expect_involved": "Als een jongere uit ons jongerencentrum in een politiezaak opduikt.",
    "intervene_at": "Bij een drillvideo waarin een jongere die wij kennen met naam wordt uitgedaagd.",
    "expect_intervene": "De politie grijpt in bij een concrete afspraak om te vechten.",
}
POLICE_TYPED = {
    "involve_partner": "Als een jongere kwetsbaar lijkt en hulp eerder helpt dan een strafzaak.",
    "expect_involved": "Bij een wapen in beeld of een afspraak om te vechten.",
    "intervene_at": "Bij strafbare bedreiging, wapenbezit of een acuut gevaar.",
    "expect_intervene": "Het jongerenwerk zoekt de jongeren dezelfde dag op.",
}
OOV_VERSION_2 = "Bij signalen die meerdere wijken of de hele stad raken."

SHOTS = os.environ.get("AGREEMENTS_SHOTS", "")


def _look(page, name: str) -> None:
    """With AGREEMENTS_SHOTS set: the page on a desk and on a phone (``conftest.look``)."""
    look(page, SHOTS, name, settle_ms=100)


@pytest.fixture
def reference_data(live_server):
    """The reference data of the data migrations, back after an earlier transactional test emptied the tables."""
    ensure_role_groups(group_model=Group, permission_model=Permission)
    ensure_information_positions(position_model=InformationPosition)
    ensure_phenomena(phenomenon_model=Phenomenon)
    ensure_intervention_types(intervention_type_model=InterventionType)


@pytest.fixture
def duinstad(reference_data):
    """A network with the five partner types of the routekaart and one professional each; OOV coordinates it."""
    network = NetworkFactory(name=NETWORK)
    coordinator = network_coordinator(network)
    coordinator.organisation.name = "Gemeente Duinstad, Openbare Orde en Veiligheid"
    coordinator.organisation.save(update_fields=["name"])
    people = {"gemeente_oov": coordinator}
    for partner_type, name, username in (
        ("jongerenwerk", YOUTH_WORK, "jw-sanne"),
        ("politie", POLICE, "pol-karim"),
        ("school", SCHOOL, "school-ellen"),
        ("handhaving", ENFORCEMENT, "hh-mo"),
    ):
        organisation = OrganisationFactory(network=network, name=name, **{partner_type: True})
        people[partner_type] = MembershipFactory(organisation=organisation, user__username=username)
    return people


def _log_in(page, live_server, username: str):
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/")


def _log_out(page):
    page.locator("header form[action$='/accounts/logout/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))


def _nav_agreements(page):
    page.locator("nav.app-nav").get_by_role("link", name="Afspraken", exact=True).click()
    page.wait_for_url(re.compile(r"/afsprakenkaart/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Afsprakenkaart")


def _no_horizontal_overflow(page):
    page.set_viewport_size(PHONE_VIEWPORT)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    page.set_viewport_size(DESKTOP_VIEWPORT)
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at phone width"


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _adopted_version_1(people) -> AgreementCard:
    coordinator = people["gemeente_oov"].user
    card = services.card_create(acting_user=coordinator)
    for column in card.columns.select_related("organisation"):
        member = people[column.organisation.partner_type].user
        services.column_update(acting_user=member, column=column, **VERSION_1[column.organisation.partner_type])
    services.card_submit(acting_user=coordinator, card=card)
    for column in card.columns.select_related("organisation"):
        member = people[column.organisation.partner_type].user
        services.column_agree(acting_user=member, column=column, confirmed=BASIC_AGREEMENT_KEYS)
    return services.card_adopt(acting_user=coordinator, card=card)


def _column(card, partner_type) -> CardColumn:
    return card.columns.select_related("organisation").get(organisation__partner_type=partner_type)


def _open_version_in_making(page, version: int):
    _nav_agreements(page)
    page.locator("main").get_by_role("link", name=f"Versie {version} openen", exact=True).click()
    page.wait_for_url(re.compile(r"/afsprakenkaart/[0-9a-f-]{36}/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Afsprakenkaart, versie {version}")


def _write_column_by_keyboard(page, card, organisation_name: str, typed: dict, *, append_first: bool = False):
    """From the card to the own column; Tab from the back link into the first question, then from question to
    question (past the 'what the others wrote' toggle), replacing the answer from version 1; Enter on the button."""
    page.locator("main").get_by_role("link", name="Uw kolom schrijven", exact=True).click()
    page.wait_for_url(re.compile(rf"/afsprakenkaart/{card.pk}/kolom/[0-9a-f-]{{36}}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Kolom van {organisation_name}")
    form = page.locator("main form").filter(has=page.locator("textarea[name=involve_partner]"))
    for name, question in QUESTIONS.items():
        expect(form.get_by_label(question, exact=True)).to_have_attribute("name", name)
    page.locator(f"main a[href='/afsprakenkaart/{card.pk}/']").first.focus()
    for index, name in enumerate(FIELDS):
        field = form.locator(f"textarea[name={name}]")
        page.keyboard.press("Tab")
        if index > 0:  # the previous question's "Wat de andere partners schreven"
            expect(form.locator("details.app-details summary").nth(index - 1)).to_be_focused()
            page.keyboard.press("Tab")
        expect(field).to_be_focused()
        if append_first and index == 0:
            page.keyboard.press("Control+End")
            page.keyboard.type(YOUTH_APPENDED)
        else:
            page.keyboard.press("Control+a")
            page.keyboard.type(typed[name])
        expect(field).to_have_value(typed[name])
    page.keyboard.press("Tab")
    expect(form.locator("details.app-details summary").nth(3)).to_be_focused()
    page.keyboard.press("Tab")
    expect(form.get_by_role("button", name="Kolom opslaan")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/afsprakenkaart/{card.pk}/#kolom-[0-9a-f-]{{36}}$"))
    expect(page.locator(".app-messages")).to_contain_text("De kolom van uw organisatie is opgeslagen.")


def _card_cell(page, organisation_name: str, question: str):
    """The cell of the card table for an organisation and a question (the header cells carry the names)."""
    table = page.locator("table.app-card-table").first
    headers = table.locator("thead th").all_inner_texts()
    index = next(i for i, text in enumerate(headers) if organisation_name in text)
    row = table.locator("tbody tr").filter(has=page.locator("th", has_text=question))
    return row.locator("th, td").nth(index)


def test_coordinator_adopts_version_2_after_youth_work_and_police_wrote_and_agreed(
    page, live_server, duinstad, request
):
    people = duinstad
    version_1 = _adopted_version_1(people)
    youth, police = people["jongerenwerk"], people["politie"]
    coordinator = people["gemeente_oov"]
    signal = SignalFactory(owner_organisation=youth.organisation, created_by=youth.user)

    # 1. The coordinator starts version 2 from the overview; it starts from version 1 with the same organisations.
    _log_in(page, live_server, coordinator.user.username)
    _nav_agreements(page)
    expect(page.locator("#in-force-heading")).to_have_text("De geldende kaart")
    page.locator("main").get_by_role("link", name="Nieuwe versie beginnen", exact=True).click()
    page.wait_for_url(re.compile(r"/afsprakenkaart/nieuw/$"))
    participants = page.locator("main form fieldset")
    expect(participants.locator("legend")).to_have_text("Deelnemende organisaties")
    expect(participants.locator("input[type=checkbox]")).to_have_count(5)
    for checkbox in participants.locator("input[type=checkbox]").all():
        expect(checkbox).to_be_checked()
    page.locator("main form").get_by_role("button", name="Nieuwe versie beginnen", exact=True).click()
    page.wait_for_url(re.compile(r"/afsprakenkaart/[0-9a-f-]{36}/$"))
    card = AgreementCard.objects.get(network=version_1.network, version=2)
    assert (card.status, card.based_on_id) == (CardStatus.CONCEPT, version_1.pk)
    assert page.url.endswith(f"/afsprakenkaart/{card.pk}/")
    expect(page.locator("main")).to_contain_text("Versie 2 is gestart")
    expect(page.locator("h1 .app-card-status")).to_have_text("Concept")
    # The columns come from version 1; OOV's own column is updated through the services.
    assert _column(card, "politie").answers() == VERSION_1["politie"]
    services.column_update(
        acting_user=coordinator.user, column=_column(card, "gemeente_oov"), involve_partner=OOV_VERSION_2
    )
    _log_out(page)

    # 2. The youth worker finds version 2 in the making and rewrites the column by keyboard.
    _log_in(page, live_server, youth.user.username)
    _nav_agreements(page)
    _look(page, "01-overzicht-jongerenwerker")
    _open_version_in_making(page, 2)
    expect(page.locator("#own-heading")).to_have_text(f"Uw organisatie: {YOUTH_WORK}")
    expect(page.locator("main form[action$='/ter-akkoord/']")).to_have_count(0)  # the coordinator's, not theirs
    _no_horizontal_overflow(page)
    _look(page, "02-kaart-concept-jongerenwerker")
    page.locator("main").get_by_role("link", name="Uw kolom schrijven", exact=True).click()
    _no_horizontal_overflow(page)
    _look(page, "03-kolomformulier-jongerenwerker")
    page.go_back()
    _write_column_by_keyboard(page, card, YOUTH_WORK, YOUTH_TYPED, append_first=True)
    assert _column(card, "jongerenwerk").answers() == YOUTH_TYPED
    expect(_card_cell(page, YOUTH_WORK, QUESTIONS["intervene_at"])).to_contain_text(YOUTH_TYPED["intervene_at"])
    _log_out(page)

    # 3. The police officer rewrites the police column, and cannot open the youth-work column: 403.
    _log_in(page, live_server, police.user.username)
    _open_version_in_making(page, 2)
    _write_column_by_keyboard(page, card, POLICE, POLICE_TYPED)
    assert _column(card, "politie").answers() == POLICE_TYPED
    assert _column(card, "jongerenwerk").answers() == YOUTH_TYPED
    response = page.goto(f"{live_server.url}/afsprakenkaart/{card.pk}/kolom/{youth.organisation.pk}/")
    assert response.status == 403
    expect(page.locator(".app-error-code")).to_have_text("Fout 403")
    expect(page.get_by_role("heading", level=1)).to_have_text("Geen toegang")
    expect(page.locator("textarea")).to_have_count(0)
    _look(page, "04-403-politie-op-kolom-jongerenwerk")
    _log_out(page)

    # 4. The coordinator puts the version forward for agreement.
    _log_in(page, live_server, coordinator.user.username)
    _open_version_in_making(page, 2)
    expect(page.locator("#coordinator-heading")).to_have_text("Netwerkregisseur")
    expect(page.locator("main")).to_contain_text("Elke kolom is volledig: leg de versie ter akkoord voor.")
    page.locator("main").get_by_role("button", name="Ter akkoord voorleggen", exact=True).click()
    expect(page.locator("main")).to_contain_text("De versie is ter akkoord voorgelegd.")
    expect(page.locator("h1 .app-card-status")).to_have_text("Ter akkoord")
    card.refresh_from_db()
    assert card.status == CardStatus.TER_AKKOORD
    # Adopting now is refused: nobody agreed yet.
    page.locator("main").get_by_role("button", name="Deze versie vaststellen", exact=True).click()
    expect(page.locator("main")).to_contain_text("Nog niet elke organisatie gaf akkoord")
    card.refresh_from_db()
    assert card.status == CardStatus.TER_AKKOORD
    _log_out(page)
    for partner_type in ("gemeente_oov", "school", "handhaving"):
        services.column_agree(
            acting_user=people[partner_type].user, column=_column(card, partner_type), confirmed=BASIC_AGREEMENT_KEYS
        )

    # 5. The youth worker agrees; with one basisafspraak left unticked it is refused and the ticks stay.
    _log_in(page, live_server, youth.user.username)
    _open_version_in_making(page, 2)
    agree = page.locator(f"main form[action='/afsprakenkaart/{card.pk}/akkoord/']")
    expect(agree.locator("legend")).to_have_text("Bevestig de drie basisafspraken")
    agree.get_by_role("checkbox", name=re.compile(r"^Onderlinge communicatie")).check()
    agree.get_by_role("checkbox", name=re.compile(r"^Transparantie richting jongeren")).check()
    agree.get_by_role("button", name=f"Akkoord geven namens {YOUTH_WORK}", exact=True).click()
    agree = page.locator(f"main form[action='/afsprakenkaart/{card.pk}/akkoord/']")
    expect(page.locator("#id_confirmed-error")).to_have_text(
        "Bevestig alle drie de basisafspraken om akkoord te geven."
    )
    expect(agree.get_by_role("checkbox", name=re.compile(r"^Onderlinge communicatie"))).to_be_checked()
    expect(agree.get_by_role("checkbox", name=re.compile(r"^Transparantie richting jongeren"))).to_be_checked()
    expect(agree.get_by_role("checkbox", name=re.compile(r"^Samen content brengen"))).not_to_be_checked()
    assert _column(card, "jongerenwerk").agreed_at is None
    agree.get_by_role("checkbox", name=re.compile(r"^Samen content brengen")).check()
    agree.get_by_role("button", name=f"Akkoord geven namens {YOUTH_WORK}", exact=True).click()
    expect(page.locator("main")).to_contain_text("Uw organisatie heeft akkoord gegeven op versie 2.")
    expect(page.locator(f"main form[action='/afsprakenkaart/{card.pk}/akkoord/']")).to_have_count(0)
    assert _column(card, "jongerenwerk").agreed_by == youth.user
    _log_out(page)

    # 6. The police officer agrees by keyboard: Space ticks each basisafspraak, Tab goes on, Enter agrees.
    _log_in(page, live_server, police.user.username)
    _open_version_in_making(page, 2)
    agree = page.locator(f"main form[action='/afsprakenkaart/{card.pk}/akkoord/']")
    _no_horizontal_overflow(page)
    _look(page, "05-kaart-ter-akkoord-politie")
    boxes = agree.locator("input[type=checkbox][name=confirmed]")
    expect(boxes).to_have_count(3)
    boxes.first.focus()
    for index in range(3):
        expect(boxes.nth(index)).to_be_focused()
        page.keyboard.press("Space")
        expect(boxes.nth(index)).to_be_checked()
        page.keyboard.press("Tab")
    expect(agree.get_by_role("button", name=f"Akkoord geven namens {POLICE}", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_contain_text("Uw organisatie heeft akkoord gegeven op versie 2.")
    assert _column(card, "politie").agreed_by == police.user
    _log_out(page)

    # 7. The coordinator adopts the version and downloads the PDF.
    _log_in(page, live_server, coordinator.user.username)
    _open_version_in_making(page, 2)
    expect(page.locator("main")).to_contain_text("Elke organisatie gaf akkoord: stel de versie vast.")
    expect(page.locator("table.app-progress-table .app-badge", has_text="akkoord")).to_have_count(5)
    page.locator("main").get_by_role("button", name="Deze versie vaststellen", exact=True).click()
    expect(page.locator("main")).to_contain_text("De versie is vastgesteld en geldt nu.")
    expect(page.locator("h1 .app-card-status")).to_have_text("Vastgesteld")
    card.refresh_from_db()
    version_1.refresh_from_db()
    assert card.status == CardStatus.VASTGESTELD
    assert version_1.status == CardStatus.VASTGESTELD
    assert _column(version_1, "jongerenwerk").answers() == VERSION_1["jongerenwerk"]  # version 1 stays as it was
    expect(page.locator("main form[action$='/vaststellen/']")).to_have_count(0)
    _no_horizontal_overflow(page)
    _look(page, "06-kaart-vastgesteld-coordinator")
    with page.expect_download() as download_info:
        page.locator("main").get_by_role("link", name="Downloaden als pdf", exact=True).first.click()
    download = download_info.value
    assert download.suggested_filename == "afsprakenkaart-versie-2.pdf"
    pdf_path = download.path()
    if SHOTS:
        download.save_as(Path(SHOTS) / "afsprakenkaart-versie-2.pdf")
    reader = PdfReader(pdf_path)
    text = _normalised(" ".join(p.extract_text() for p in reader.pages))
    assert "Afsprakenkaart – Gemeente Duinstad" in text
    assert "Versie 2" in text
    for question in QUESTIONS.values():
        assert question in text, question
    for answer in [*YOUTH_TYPED.values(), *POLICE_TYPED.values(), OOV_VERSION_2, VERSION_1["school"]["intervene_at"]]:
        assert answer in text, answer
    for organisation in (YOUTH_WORK, POLICE, SCHOOL, ENFORCEMENT):
        assert organisation in text, organisation
    for basic in ("Onderlinge communicatie", "Transparantie richting jongeren", "Samen content brengen"):
        assert basic in text, basic

    # 8. The comparison with version 1 marks the nine changed answers; the youth worker's addition is underlined.
    page.locator("main").get_by_role("link", name="Vergelijken met versie 1", exact=True).click()
    page.wait_for_url(re.compile(rf"/afsprakenkaart/vergelijken/\?van={version_1.pk}&met={card.pk}$"))
    expect(page.locator("main p[role=status]")).to_contain_text("9 antwoorden gewijzigd.")
    expect(page.locator("td.app-compare--changed")).to_have_count(9)
    expect(page.locator("td.app-compare--changed ins", has_text="filmpje van een vechtpartij")).to_have_count(1)
    _no_horizontal_overflow(page)
    _look(page, "07-vergelijken-coordinator")
    _log_out(page)

    # 9. At route step 3 of a signal, the youth worker sees what the network agreed in version 2.
    _log_in(page, live_server, youth.user.username)
    page.goto(f"{live_server.url}/signalen/{signal.pk}/stap/3/")
    agreed = page.locator("details.app-agreed")
    expect(agreed.locator("summary")).to_have_text("Wat uw netwerk afsprak (afsprakenkaart, versie 2)")
    agreed.locator("summary").click()
    expect(agreed).to_contain_text(f"{YOUTH_WORK} (uw organisatie)")
    expect(agreed).to_contain_text(YOUTH_TYPED["expect_involved"])
    expect(agreed).to_contain_text(POLICE_TYPED["involve_partner"])
    expect(agreed).not_to_contain_text(POLICE_TYPED["intervene_at"])  # step 4's question, not step 3's
    _no_horizontal_overflow(page)
    _look(page, "08-route-stap-3-afspraken")


def test_practice_session_side_by_side_and_the_covenant(page, live_server, duinstad, request):
    people = duinstad
    coordinator, youth, police = people["gemeente_oov"], people["jongerenwerk"], people["politie"]
    examples = list(Phenomenon.objects.exclude(example="").order_by("position", "name")[:2])
    session = services.session_create(
        acting_user=coordinator.user, title="Voorbereiding afsprakenkaart, voorjaar", phenomena=examples
    )
    first, second = examples
    services.practice_answer_save(
        acting_user=police.user,
        session=session,
        phenomenon=first,
        interpretation="Een openbare uitdaging: kans op een treffen vanavond.",
        involve="Het jongerenwerk, omdat zij de groep kennen.",
    )
    services.covenant_update(
        acting_user=coordinator.user,
        coordinator_name="A. de Vries, regisseur OOV",
        coordinator_contact="06-12345678",
        scale_up="Bij signalen in meer dan één wijk: de regisseur belt de partners binnen een uur.",
        dpia_done_on=dt.date(2024, 3, 14),
        dpia_reference="DPIA-2024-07",
        dpo_name="M. Jansen",
        dpo_contact="fg@duinstad.example",
        tasks={
            youth.organisation.pk: "Contact met jongeren, online en op straat.",
            police.organisation.pk: "Strafbare feiten en acute dreiging.",
        },
    )

    # Writing round: the youth worker writes an answer to the first example and does not see the police's.
    _log_in(page, live_server, youth.user.username)
    _nav_agreements(page)
    page.locator("main nav.app-subnav").get_by_role("link", name="Oefensessies", exact=True).click()
    page.locator("main").get_by_role("link", name="Voorbereiding afsprakenkaart, voorjaar").click()
    page.wait_for_url(re.compile(rf"/afsprakenkaart/oefensessies/{session.pk}/$"))
    expect(page.locator("h1 .app-badge")).to_have_text("Opschrijven")
    expect(page.locator("main")).not_to_contain_text("Een openbare uitdaging")
    section = page.locator(f"#voorbeeld-{first.pk}")
    section.get_by_label("Hoe duid ik dit bericht?").fill("Bluf om status, maar de groep is onrustig.")
    section.get_by_label("(Wanneer) betrek ik een partner?").fill("De politie als er een tijd en plaats genoemd wordt.")
    section.get_by_role("button", name="Mijn antwoord opslaan").click()
    expect(page.locator("main")).to_contain_text(f"Uw antwoord bij ‘{first.name}’ is opgeslagen.")
    section = page.locator(f"#voorbeeld-{first.pk}")
    expect(section.get_by_label("Hoe duid ik dit bericht?")).to_have_value("Bluf om status, maar de groep is onrustig.")
    expect(page.locator(f"#voorbeeld-{second.pk} textarea")).to_have_count(4)
    _no_horizontal_overflow(page)
    _look(page, "09-oefensessie-opschrijven-jongerenwerker")
    _log_out(page)

    # The coordinator sees who wrote (not what) and opens the discussion.
    _log_in(page, live_server, coordinator.user.username)
    page.goto(f"{live_server.url}/afsprakenkaart/oefensessies/{session.pk}/")
    expect(page.locator("main")).not_to_contain_text("Bluf om status")
    page.locator("main").get_by_role("button", name="Bespreking openen").click()
    expect(page.locator("main")).to_contain_text("De bespreking is geopend")
    session.refresh_from_db()
    assert session.status == SessionStatus.DISCUSSING
    _log_out(page)

    # Discussion round: the answers side by side, per partner, for everyone.
    _log_in(page, live_server, youth.user.username)
    page.goto(f"{live_server.url}/afsprakenkaart/oefensessies/{session.pk}/")
    expect(page.locator("h1 .app-badge")).to_have_text("Bespreken")
    table = page.locator(f"#voorbeeld-{first.pk} table.app-card-table")
    headers = table.locator("thead th").all_inner_texts()
    youth_index = next(i for i, text in enumerate(headers) if YOUTH_WORK in text)
    police_index = next(i for i, text in enumerate(headers) if POLICE in text)
    row = table.locator("tbody tr").filter(has=page.locator("th", has_text="Hoe duid ik dit bericht?"))
    expect(row.locator("th, td").nth(youth_index)).to_contain_text("Bluf om status")
    expect(row.locator("th, td").nth(police_index)).to_contain_text("Een openbare uitdaging")
    expect(page.locator("main textarea")).to_have_count(0)
    _no_horizontal_overflow(page)
    _look(page, "10-oefensessie-bespreken-jongerenwerker")
    _log_out(page)
    _log_in(page, live_server, coordinator.user.username)
    page.goto(f"{live_server.url}/afsprakenkaart/oefensessies/{session.pk}/")
    _look(page, "11-oefensessie-bespreken-coordinator")
    _log_out(page)

    # The covenant, as the youth worker reads it.
    _log_in(page, live_server, youth.user.username)
    _nav_agreements(page)
    page.locator("main nav.app-subnav").get_by_role("link", name="Netwerkconvenant", exact=True).click()
    page.wait_for_url(re.compile(r"/convenant/$"))
    main = page.locator("main")
    expect(main).to_contain_text("Uitgevoerd op 14 maart 2024")
    expect(main).to_contain_text("DPIA-2024-07")
    expect(main).to_contain_text("Contact met jongeren, online en op straat.")
    expect(main.locator("a[href='/convenant/bewerken/']")).to_have_count(0)
    _no_horizontal_overflow(page)
    _look(page, "12-convenant-jongerenwerker")
