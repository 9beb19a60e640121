"""Journey (issue 6): the OOV coordinator bundles two signals shared with the municipality into a case, moves it to
crisis (the phase form by keyboard only) and fills the action plan; the police officer opens the case, sees only
what was shared with the police, and registers a planned intervention from the matrix; the matrix narrows by phase
and partner and prints."""

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from interventions.models import Case, CasePhaseChange, CaseSignal, CrisisPlan, Intervention, InterventionType
from partners.models import Organisation
from signals.models import Signal

from .conftest import DESKTOP_VIEWPORT, PHONE_VIEWPORT, screenshot

pytestmark = pytest.mark.e2e

TITLE = "Spanningen tussen twee groepen rond het station"
REASON = "Er wordt online opgeroepen om vanavond bij het station af te rekenen."
ONE_LINE = "We zien de spanning, we gaan met de groepen in gesprek en we houden het station veilig."
MATRIX_TYPE = "Haal de oproeper uit de anonimiteit"
GOAL = "De oproeper weet dat hij gezien is en trekt de oproep in."

OOV = "Gemeente Voorbeeld, Openbare Orde en Veiligheid"
POLICE = "Politie basisteam Voorbeeld"
YOUTH_WORK = "Jongerenwerk Voorbeeld"
ENFORCEMENT = "Toezicht en Handhaving Voorbeeld"


def _log_out(page):
    page.locator("header form[action$='/accounts/logout/'] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/logout/"))


def _nav(page, name):
    page.locator("nav.app-nav").get_by_role("link", name=name, exact=True).click()


def _no_horizontal_overflow(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at phone width"


def test_coordinator_opens_a_crisis_case_and_the_police_plans_from_the_matrix(
    page, live_server, demo_data, login, request
):
    acute = Signal.objects.get(phenomenon__code="intimidatie_en_geweld", owner_organisation__name=YOUTH_WORK)
    trade = Signal.objects.get(phenomenon__code="illegale_handel", owner_organisation__name=ENFORCEMENT)
    # The demo shares both with OOV; the acute threat also with the police (facts), the trade not with the police.
    assert acute.shares.filter(organisation__name=OOV, revoked_at=None).exists()
    assert trade.shares.filter(organisation__name=OOV, revoked_at=None).exists()
    assert acute.shares.filter(organisation__name=POLICE, revoked_at=None, level="facts").exists()
    assert not trade.shares.filter(organisation__name=POLICE).exists()
    oov = Organisation.objects.get(name=OOV)
    police = Organisation.objects.get(name=POLICE)

    # 1. The OOV coordinator opens a case from the two signals shared with the municipality.
    login("oov-coordinator")
    _nav(page, "Casussen")
    expect(page.get_by_role("heading", level=1)).to_have_text("Casussen")
    expect(page.locator("main")).to_contain_text("Oproep tot rellen rond het winkelcentrum")
    screenshot(page, request, "01-casussen")
    page.get_by_role("link", name="Nieuwe casus").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuwe casus")
    page.get_by_label("Titel", exact=True).fill(TITLE)
    # Signals are offered by their headline "<phenomenon> · <date> · <sharing summary>".
    page.get_by_role("checkbox", name=re.compile(rf"^{acute.phenomenon.name} · ")).check()
    page.get_by_role("checkbox", name=re.compile(rf"^{trade.phenomenon.name} · ")).check()
    for name in (POLICE, YOUTH_WORK, ENFORCEMENT):
        page.get_by_role("checkbox", name=re.compile(rf"^{re.escape(name)} \(")).check()
    screenshot(page, request, "02-nieuwe-casus")
    page.get_by_role("button", name="Casus openen").click()
    page.wait_for_url(re.compile(r"/casussen/[0-9a-f-]{36}/$"))
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text(TITLE)
    expect(heading.locator(".app-phase-badge--vredestijd")).to_have_text("Vredestijd")
    expect(page.locator("main")).to_contain_text("De casus is geopend.")

    case = Case.objects.get(title=TITLE)
    assert case.lead_organisation == oov
    assert case.phase == "vredestijd"
    assert set(CaseSignal.objects.filter(case=case).values_list("signal_id", flat=True)) == {acute.pk, trade.pk}
    assert set(case.participants.values_list("organisation__name", flat=True)) == {
        OOV,
        POLICE,
        YOUTH_WORK,
        ENFORCEMENT,
    }
    # The lead sees both signals in the case.
    expect(page.locator(f"main a[href='/signalen/{acute.pk}/']").first).to_be_visible()
    expect(page.locator(f"main a[href='/signalen/{trade.pk}/']").first).to_be_visible()
    screenshot(page, request, "03-casus-vredestijd")

    # 2. To crisis, with the keyboard only: the radio group, arrow keys, Tab, typing and Enter.
    page.get_by_role("link", name="Fase wijzigen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Fase wijzigen")
    peace = page.get_by_label("Vredestijd", exact=True)
    crisis = page.get_by_label("Crisis", exact=True)
    reason = page.get_by_label("Waarom gaat de casus naar deze fase?")
    submit = page.locator("main form").get_by_role("button", name="Fase wijzigen")
    peace.focus()
    page.keyboard.press("ArrowDown")
    expect(crisis).to_be_checked()
    expect(crisis).to_be_focused()
    page.keyboard.press("Tab")
    expect(reason).to_be_focused()
    page.keyboard.press("Tab")
    expect(submit).to_be_focused()
    page.keyboard.press("Enter")  # no reason yet
    expect(page.locator("main")).to_contain_text("Schrijf op waarom de casus naar deze fase gaat.")
    expect(page.get_by_role("alert").first).to_contain_text("Nog niet opgeslagen")
    expect(crisis).to_be_checked()  # nothing lost
    assert Case.objects.get(pk=case.pk).phase == "vredestijd"
    screenshot(page, request, "04-fase-zonder-reden")
    crisis.focus()
    page.keyboard.press("Tab")
    expect(reason).to_be_focused()
    page.keyboard.type(REASON)
    page.keyboard.press("Tab")
    expect(submit).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/casussen/{case.pk}/actieplan/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Actieplan bij crisis")

    case.refresh_from_db()
    assert case.phase == "crisis"
    change = CasePhaseChange.objects.filter(case=case).order_by("changed_at").last()
    assert (change.from_phase, change.to_phase, change.reason) == ("vredestijd", "crisis", REASON)
    assert change.organisation == oov
    assert change.changed_by.username == "oov-coordinator"

    # 3. The action plan: a choice for each of a-f, reasons for some, the one line, the communication lead, a check.
    choices = {
        "act": ("Ingrijpen", "Er is een tijdstip genoemd en de oproep wordt veel gedeeld."),
        "repression": ("Tolerantie", "Eerst het gesprek; optreden alleen bij strafbare feiten."),
        "selectivity": ("Selectief en gericht", "Gericht op de oproepers en de kern van beide groepen."),
        "hardness": ("Zacht", ""),
        "timing": ("Preventief", ""),
        "revenge": ("Gemiddeld", ""),
    }
    panels = page.locator(".app-crisis-choice")
    expect(panels).to_have_count(6)
    for index, (option, reasoning) in enumerate(choices.values()):
        panel = panels.nth(index)
        panel.get_by_label(option, exact=True).check()
        if reasoning:
            panel.get_by_label("Onderbouwing").fill(reasoning)
    page.get_by_label("De ene lijn die het netwerk afspreekt").fill(ONE_LINE)
    page.get_by_label("Regie op de communicatie").select_option(label=OOV)
    page.locator("input[name=check_conflict_stage]").check()
    page.locator("input[name=check_conflict_stage_note]").fill("Gespannen, emotionele interacties online.")
    screenshot(page, request, "05-actieplan-ingevuld")
    page.get_by_role("button", name="Actieplan opslaan").click()
    expect(page.locator("main")).to_contain_text("Het actieplan is opgeslagen.")

    plan = CrisisPlan.objects.get(case=case)
    assert {code: value["option"] for code, value in plan.choices.items()} == {
        "act": "act",
        "repression": "tolerance",
        "selectivity": "selective",
        "hardness": "soft",
        "timing": "preventive",
        "revenge": "medium",
    }
    assert plan.choices["act"]["reasoning"] == choices["act"][1]
    assert plan.choices["selectivity"]["reasoning"] == choices["selectivity"][1]
    assert plan.choices["hardness"]["reasoning"] == ""
    assert plan.one_line == ONE_LINE
    assert plan.communication_lead == oov
    assert plan.checklist["conflict_stage"]["checked"] is True
    assert plan.checklist["conflict_stage"]["note"] == "Gespannen, emotionele interacties online."
    assert not plan.checklist.get("nonverbal_video", {}).get("checked")
    # The saved plan comes back in the form.
    expect(panels.nth(0).get_by_label("Ingrijpen", exact=True)).to_be_checked()
    expect(page.get_by_label("De ene lijn die het netwerk afspreekt")).to_have_value(ONE_LINE)
    screenshot(page, request, "06-actieplan-opgeslagen")

    page.get_by_role("link", name="Terug naar de casus").first.click()
    expect(page.get_by_role("heading", level=1).locator(".app-phase-badge--crisis")).to_have_text("Crisis")
    crisis_panel = page.locator(".app-crisis")
    expect(crisis_panel).to_contain_text(ONE_LINE)
    expect(crisis_panel).to_contain_text(OOV)
    expect(page.locator(".app-timeline")).to_contain_text(REASON)
    screenshot(page, request, "07-casus-crisis")
    page.set_viewport_size(PHONE_VIEWPORT)
    _no_horizontal_overflow(page)
    screenshot(page, request, "08-casus-crisis-telefoon")
    page.set_viewport_size(DESKTOP_VIEWPORT)
    _log_out(page)

    # 4. The police officer opens the case: the acute threat (shared with the police), never the trade signal.
    login("politie1")
    _nav(page, "Casussen")
    page.set_viewport_size(PHONE_VIEWPORT)
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    _no_horizontal_overflow(page)
    screenshot(page, request, "09-politie-casussen-telefoon")
    page.set_viewport_size(DESKTOP_VIEWPORT)
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    main = page.locator("main")
    expect(main.locator(f"a[href='/signalen/{acute.pk}/']").first).to_be_visible()
    expect(main).to_contain_text(acute.sharing_summary)
    expect(page.locator(f"a[href*='{trade.pk}']")).to_have_count(0)
    expect(main).not_to_contain_text(trade.sharing_summary)
    expect(main).not_to_contain_text(trade.phenomenon.name)
    assert str(trade.pk) not in page.content()
    expect(main).to_contain_text(ONE_LINE)  # every participant reads the plan
    expect(page.get_by_role("link", name="Fase wijzigen")).to_have_count(0)  # only the lead moves the phase
    screenshot(page, request, "10-politie-casus")
    page.set_viewport_size(PHONE_VIEWPORT)
    _no_horizontal_overflow(page)
    screenshot(page, request, "11-politie-casus-telefoon")
    page.set_viewport_size(DESKTOP_VIEWPORT)

    page.get_by_role("link", name="Interventie plannen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Interventie plannen")
    suggestions = page.locator(".app-suggestions")
    suggestions.locator("summary").click()
    suggestions.get_by_role("link", name=MATRIX_TYPE, exact=True).click()
    matrix_type = InterventionType.objects.get(title=MATRIX_TYPE)
    page.wait_for_url(re.compile(rf"\?type={matrix_type.code}$"))
    expect(page.get_by_label("Uit de interventiematrix")).to_have_value(str(matrix_type.pk))
    expect(page.get_by_label("Uitvoerende organisatie")).to_have_value(str(police.pk))
    page.get_by_label("Doel", exact=True).fill(GOAL)
    page.get_by_label("Gericht op").select_option("poster")
    page.get_by_label("Status").select_option(label="Gepland")
    page.get_by_role("button", name="Interventie vastleggen").click()  # planned, but no date
    expect(main).to_contain_text("Een geplande interventie heeft een geplande datum nodig.")
    expect(page.get_by_label("Uit de interventiematrix")).to_have_value(str(matrix_type.pk))
    expect(page.get_by_label("Doel", exact=True)).to_have_value(GOAL)
    expect(page.get_by_label("Status")).to_have_value("planned")
    expect(page.get_by_label("Gericht op")).to_have_value("poster")
    assert not Intervention.objects.filter(case=case).exists()
    screenshot(page, request, "12-interventie-zonder-datum")
    planned_date = timezone.localdate() + dt.timedelta(days=2)
    page.get_by_label("Geplande datum").fill(planned_date.isoformat())
    page.get_by_role("button", name="Interventie vastleggen").click()
    page.wait_for_url(re.compile(r"/interventies/[0-9a-f-]{36}/$"))
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text(MATRIX_TYPE)
    expect(heading.locator(".app-status--planned")).to_have_text("Gepland")
    expect(main).to_contain_text(GOAL)
    expect(main).to_contain_text(POLICE)
    screenshot(page, request, "13-interventie-gepland")

    intervention = Intervention.objects.get(case=case)
    assert intervention.status == "planned"
    assert intervention.intervention_type == matrix_type
    assert intervention.title == MATRIX_TYPE
    assert intervention.phase == "crisis"
    assert intervention.planned_date == planned_date
    assert intervention.target == "poster"
    assert intervention.executing_organisation == police
    assert intervention.created_by_organisation == police
    assert intervention.created_by.username == "politie1"

    # The case shows the intervention with its status, also in the timeline.
    page.get_by_role("link", name="Terug naar de casus").first.click()
    row = page.locator("main li", has=page.get_by_role("link", name=MATRIX_TYPE)).first
    expect(row.locator(".app-status--planned")).to_have_text("Gepland")
    expect(page.locator(".app-timeline__item--intervention").first).to_be_visible()
    screenshot(page, request, "14-casus-met-interventie")

    # 5. The matrix narrows by phase and partner, and prints.
    _nav(page, "Interventiematrix")
    expect(page.get_by_role("heading", level=1)).to_have_text("Interventiematrix")
    items = page.locator(".app-matrix__item")
    total = InterventionType.objects.filter(is_active=True).count()
    expect(items).to_have_count(total)
    screenshot(page, request, "15-matrix")
    page.get_by_label("Fase", exact=True).select_option(label="Crisis")
    crisis_count = InterventionType.objects.filter(is_active=True, phase="crisis").count()
    expect(items).to_have_count(crisis_count)
    page.get_by_label("Partner", exact=True).select_option(label="Politie")
    police_crisis = InterventionType.objects.filter(is_active=True, phase="crisis").for_partner_type("politie")
    expect(items).to_have_count(police_crisis.count())
    assert 0 < police_crisis.count() < crisis_count < total
    expect(page.locator("#matrix-results")).to_contain_text(
        f"{police_crisis.count()} interventies van de {total} passen bij de filters."
    )
    expect(page.locator(".app-matrix__phase")).to_have_count(1)
    card = page.locator(f"#type-{matrix_type.code}")
    expect(card).to_be_visible()
    card.get_by_text("Het volledige handvat").click()  # the handvat in full folds open
    expect(card.locator(".app-matrix__description")).to_contain_text(matrix_type.description.split()[0])
    expect(card.locator(".app-matrix__description p").first).to_be_visible()
    expect(page).to_have_url(re.compile(r"phase=crisis.*partner_type=politie"))
    screenshot(page, request, "16-matrix-crisis-politie")
    # A reload of the pushed URL keeps the filters (the page works without htmx too).
    page.reload()
    expect(page.get_by_label("Fase", exact=True)).to_have_value("crisis")
    expect(items).to_have_count(police_crisis.count())
    # "Afdrukken" calls window.print() (stubbed: headless Chromium has no print dialog).
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.get_by_role("button", name="Afdrukken").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    expect(page.locator("nav.app-nav")).to_be_hidden()
    expect(page.locator("form.app-filters")).to_be_hidden()
    expect(page.get_by_role("button", name="Afdrukken")).to_be_hidden()
    expect(items.first).to_be_visible()
    screenshot(page, request, "17-matrix-afdruk")
    page.emulate_media(media="screen")
    page.set_viewport_size(PHONE_VIEWPORT)
    _no_horizontal_overflow(page)
    screenshot(page, request, "18-matrix-telefoon")
