"""The intervention catalogue and the crisis reference data are complete and well-formed (pure data, no database).

The expected titles below were written down from the sources themselves (seed 001, the list "Handvatten: Wat
kunnen we als netwerkpartners doen?" and its sections per phase; seed 002, step 5 "Mogelijke online/offline
acties"), not copied from the catalogue, so that a handvat or action left out of the catalogue is caught.
Titles are the source's wording without the closing full stop.
"""

import re

import pytest

from interventions.catalogue_data import INTERVENTION_TYPES
from interventions.crisis_data import (
    ACTION_PLAN_CHOICES,
    COMMUNICATION_LEAD_EXPLANATION,
    ESCALATION_CHECKLIST,
    ONE_LINE_EXPLANATION,
)

HANDVATTEN_001 = {
    "vredestijd": [
        "Ontwerp een visie op online werken en de aanpak van online aangejaagd geweld",
        "Ontwikkel een formele online werkwijze met concrete regels voor online aanwezigheid en contact met "
        "doelgroepen in de aanpak van online aangejaagd geweld",
        "Verplaats je als professional met een professioneel (niet privé) profiel naar de online leefwereld van de "
        "doelgroep en werk met een combinatie van online en fysiek contact",
        "Interpreteer signalen en indicatoren van mogelijk online aangejaagd geweld altijd samen met het netwerk en "
        "heb daarbij oog voor de context van de groep",
        "Deel relevante signalen, indicatoren en rode vlaggen tijdig met relevante netwerkpartners",
        "Maak als gemeente (of stadsdeel) een kalender met risico-inschattingen en tijdsgebonden indicatoren over tijd",
        "Blijf op de hoogte van wat leden van doelgroepen elkaar vragen te doen en betrek ook de sociale dynamiek "
        "rond relatief kleine verzoeken of vergrijpen in de integrale analyse van signalen",
        "Behandel sterk groepsgevoel binnen een doelgroep niet als risicofactor maar als troef tegen geweld",
        "Vermijd een te snelle interpretatie van drillrap als oorzaak van geweld op straat, door de context mee te "
        "wegen",
        "Pas interventies in conflicten tussen rivaliserende groepen aan op de mate waarin zij realistische of "
        "symbolische dreiging ervaren",
        "Maak gebruik van informatiebronnen om een overzicht te genereren van signalen, indicatoren en rode vlaggen",
        "Investeer in het vergroten van bewustwording over de risico's van de online omgeving voor de doelgroep",
    ],
    "crisis": [
        "Maak doelbewuste keuzes om het risico op verdere escalatie door interventie te minimaliseren",
        "Betrek verschillende netwerkpartners, doelgroepen, het informele netwerk en credible messengers bij "
        "interventies",
        "Houd rekening met welke partijen gewelddadig zijn vanuit welke motieven",
        "Let tijdens een crisissituatie op signalen van (verdere) escalatie",
        "Zet in op de-escalatie alvorens eventueel over te gaan tot fysiek ingrijpen",
    ],
    "nazorg": [
        "Behoud contact met de doelgroep en herstel banden indien sprake is van een beschadigde relatie",
        "Bied interne ondersteuning aan personeel dat betrokken is geweest bij een online escalatie",
        "Evalueer de interventie zowel in de eigen teams en organisatie als binnen het netwerk",
        "Wees alert op de verspreiding van misinformatie rondom een online incident of aangejaagd geweld",
    ],
}

ACTIONS_002_STEP5 = [
    # Voorbeelden van online interventies
    "Een openbare reactie onder het bericht plaatsen",
    "Het sturen van een Direct Message (privé-bericht)",
    "Direct bellen/face timen",
    "Een openbaar online bericht plaatsen",
    # Voorbeelden van offline interventies
    "Het direct opzoeken van de persoon als je weet of een vermoeden hebt waar hij of zij zich kan bevinden",
    "Een collega of partner inschakelen voor een contactmoment of (huis) bezoek",
    "Een ouder of voogd benaderen",
    "Afwachten totdat je de persoon weer fysiek ziet",
    "Handhavend optreden",
]

PHASES = {"vredestijd", "crisis", "nazorg"}
MODES = {"online", "offline", "both"}
LEVELS = {"macro", "meso", "micro"}
PARTNER_TYPES = {"jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"}
TARGETS = {"poster", "victim", "group", "parents", "community", "own_staff"}
FIELDS = {"code", "title", "description", "phase", "mode", "level", "partner_types", "targets", "source"}

BY_TITLE = {entry["title"]: entry for entry in INTERVENTION_TYPES}


def _entry_id(entry):
    return entry.get("code", "?")


@pytest.mark.parametrize(
    ("phase", "title"), [(phase, title) for phase, titles in HANDVATTEN_001.items() for title in titles]
)
def test_every_handvat_of_001_is_in_the_catalogue_under_its_phase(phase, title):
    assert title in BY_TITLE, f"Handvat of seed 001 ({phase}) missing from INTERVENTION_TYPES: {title!r}"
    entry = BY_TITLE[title]
    assert entry["phase"] == phase, f"Handvat {title!r} has phase {entry['phase']!r}, the source has {phase!r}"
    assert entry["source"].startswith("001 "), f"Handvat {title!r} has source {entry['source']!r}, expected seed 001"


@pytest.mark.parametrize("title", ACTIONS_002_STEP5)
def test_every_action_of_002_step_5_is_in_the_catalogue(title):
    assert title in BY_TITLE, f"Action of seed 002 step 5 missing from INTERVENTION_TYPES: {title!r}"
    entry = BY_TITLE[title]
    assert entry["phase"] in {"vredestijd", "crisis"}, f"Action {title!r} has phase {entry['phase']!r}"
    assert entry["source"].startswith("002 "), f"Action {title!r} has source {entry['source']!r}, expected seed 002"


def test_the_catalogue_opens_with_the_handvatten_of_001_then_the_actions_of_002_in_source_order():
    handvatten = [title for phase in ("vredestijd", "crisis", "nazorg") for title in HANDVATTEN_001[phase]]
    titles = [entry["title"] for entry in INTERVENTION_TYPES]
    assert titles[: len(handvatten)] == handvatten
    assert titles[len(handvatten) : len(handvatten) + len(ACTIONS_002_STEP5)] == ACTIONS_002_STEP5


def test_there_are_de_escalation_entries_from_001_and_003_after_the_handvatten_and_actions():
    rest = INTERVENTION_TYPES[sum(len(t) for t in HANDVATTEN_001.values()) + len(ACTIONS_002_STEP5) :]
    assert rest, "no de-escalation or crisis tactics of 001/003"
    assert all(entry["code"].startswith("de-escalatie-") for entry in rest)
    assert any(entry["source"].startswith("003 ") for entry in rest)
    assert any(entry["source"].startswith("001 ") for entry in rest)
    assert any("Tabel 4" in entry["source"] for entry in rest), "nothing taken from 003 Tabel 4"


def test_codes_are_unique():
    codes = [entry["code"] for entry in INTERVENTION_TYPES]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    assert not duplicates, f"duplicate codes: {duplicates}"


def test_titles_are_unique():
    titles = [entry["title"] for entry in INTERVENTION_TYPES]
    duplicates = sorted({title for title in titles if titles.count(title) > 1})
    assert not duplicates, f"duplicate titles: {duplicates}"


@pytest.mark.parametrize("entry", INTERVENTION_TYPES, ids=_entry_id)
def test_every_field_is_valid(entry):
    assert set(entry) == FIELDS
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry["code"]), entry["code"]
    assert len(entry["code"]) <= 80
    assert re.match(r"^(vredestijd|crisis|nazorg|route-actie|de-escalatie)-", entry["code"]), entry["code"]
    assert entry["title"] and entry["title"] == entry["title"].strip() and len(entry["title"]) <= 200
    assert not entry["title"].endswith("."), "titles carry no closing full stop"
    assert entry["description"].strip()
    assert entry["phase"] in PHASES
    assert entry["mode"] in MODES
    assert entry["level"] in LEVELS
    assert entry["partner_types"], "partner_types is empty"
    assert set(entry["partner_types"]) <= PARTNER_TYPES, entry["partner_types"]
    assert len(set(entry["partner_types"])) == len(entry["partner_types"])
    assert entry["targets"], "targets is empty"
    assert set(entry["targets"]) <= TARGETS, entry["targets"]
    assert len(set(entry["targets"])) == len(entry["targets"])
    assert re.match(r"^00[0-4] \S", entry["source"]), f"source must start with a seed number: {entry['source']!r}"
    assert len(entry["source"]) <= 200


@pytest.mark.parametrize("entry", INTERVENTION_TYPES, ids=_entry_id)
def test_no_pdf_extraction_breakage_is_left(entry):
    for field in ("title", "description"):
        text = entry[field]
        assert "**" not in text and "](" not in text and "\\_" not in text, f"markup left in {field}"
        assert "  " not in text, f"double space in {field}"
        for line in text.split("\n"):
            assert line == line.strip() and line, f"empty or untrimmed line in {field}: {line!r}"
            assert not line.startswith("#"), f"heading markup left in {field}: {line!r}"


def test_the_phase_prefix_of_a_code_matches_its_phase():
    for entry in INTERVENTION_TYPES:
        prefix = entry["code"].split("-", 1)[0]
        if prefix in PHASES:
            assert entry["phase"] == prefix, entry["code"]


def test_action_plan_choices_are_a_to_f_in_order():
    assert [choice["letter"] for choice in ACTION_PLAN_CHOICES] == ["a", "b", "c", "d", "e", "f"]
    codes = [choice["code"] for choice in ACTION_PLAN_CHOICES]
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize("choice", ACTION_PLAN_CHOICES, ids=lambda choice: choice["code"])
def test_every_action_plan_choice_is_well_formed(choice):
    assert set(choice) == {"code", "letter", "question", "explanation", "options"}
    assert re.fullmatch(r"[a-z][a-z0-9_]*", choice["code"])
    assert choice["question"].strip() and choice["explanation"].strip()
    assert len(choice["options"]) >= 2, f"choice {choice['code']!r} needs at least two options"
    option_codes = [code for code, _label in choice["options"]]
    assert len(set(option_codes)) == len(option_codes), f"duplicate option codes in {choice['code']!r}"
    for code, label in choice["options"]:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", code), code
        assert label.strip()


def test_the_escalation_checklist_is_non_empty_with_unique_codes():
    assert ESCALATION_CHECKLIST
    codes = [item["code"] for item in ESCALATION_CHECKLIST]
    assert len(set(codes)) == len(codes), f"duplicate checklist codes: {codes}"
    for item in ESCALATION_CHECKLIST:
        assert set(item) == {"code", "label", "text"}
        assert re.fullmatch(r"[a-z][a-z0-9_]*", item["code"]), item["code"]
        assert item["text"].strip()
        # A short label for the checkbox (a screen reader reads it as the name); the source text describes it.
        assert 0 < len(item["label"]) <= 60


def test_the_one_line_and_the_communication_lead_are_explained():
    assert "één lijn" in ONE_LINE_EXPLANATION
    assert "één persoon de leiding in de communicatie" in COMMUNICATION_LEAD_EXPLANATION
