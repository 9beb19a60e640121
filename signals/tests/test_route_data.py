"""The 5-step route for a concerning message (reference data from seed 002, DOMAIN.md §3)."""

import pytest

from signals.constants import Answer, Decision, SourceVisibility
from signals.route_data import (
    ACTION_HELP,
    ACTIONS,
    ACTIONS_REMINDER,
    ANSWER_KINDS,
    DOUBLE_CHECK_STEPS,
    NEXT_STEP,
    OFFLINE_ACTIONS,
    ONLINE_ACTIONS,
    SPECIAL_CATEGORIES,
    STEPS,
)

STEP_KEYS = {"number", "code", "title", "intro", "questions_lead", "questions", "decision"}
QUESTION_KEYS = {"code", "text", "help", "answer"}
OPTIONAL_QUESTION_KEYS = {"choices", "acute", "special_categories", "trust_relation", "categories"}
ALL_QUESTIONS = [question for step in STEPS for question in step["questions"]]


def questions_of(number):
    return STEPS[number - 1]["questions"]


def question(code):
    return next(q for q in ALL_QUESTIONS if q["code"] == code)


def test_five_steps_in_order():
    assert [step["number"] for step in STEPS] == [1, 2, 3, 4, 5]
    assert [step["code"] for step in STEPS] == [
        "bericht_duiden",
        "contextinformatie",
        "partners_betrekken",
        "interveneren",
        "acties",
    ]
    assert [step["title"] for step in STEPS] == [
        "Bericht duiden",
        "Contextinformatie",
        "Partner(s) betrekken",
        "Interveniëren",
        "Mogelijke online/offline acties",
    ]


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step["code"])
def test_step_has_the_documented_keys_and_an_intro(step):
    assert set(step) == STEP_KEYS
    assert step["intro"].strip()
    assert step["code"].isascii()


def test_steps_1_to_4_have_questions_and_step_5_has_none():
    assert [len(step["questions"]) for step in STEPS] == [6, 9, 9, 5, 0]


def test_question_codes_are_unique_ascii_snake_case():
    codes = [q["code"] for q in ALL_QUESTIONS]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert code.isascii()
        assert code == code.lower()
        assert code.replace("_", "").isalnum()


@pytest.mark.parametrize("q", ALL_QUESTIONS, ids=lambda q: q["code"])
def test_question_is_well_formed(q):
    assert QUESTION_KEYS <= set(q) <= QUESTION_KEYS | OPTIONAL_QUESTION_KEYS
    assert q["text"].strip()
    assert q["text"].rstrip().endswith("?")
    assert isinstance(q["help"], str)
    assert q["answer"] in ANSWER_KINDS


@pytest.mark.parametrize("q", ALL_QUESTIONS, ids=lambda q: q["code"])
def test_choices_exactly_for_choice_questions(q):
    if q["answer"] == "choice":
        assert len(q["choices"]) >= 2
        codes = [code for code, _label in q["choices"]]
        assert len(codes) == len(set(codes))
        assert all(code.isascii() and label.strip() for code, label in q["choices"])
    else:
        assert "choices" not in q


def test_yes_no_answers_match_the_answer_choices():
    assert set(Answer.values) == {"yes", "no", "unknown"}


def test_openbaar_of_besloten_is_asked_in_step_1_and_3_with_source_visibility_codes():
    for code in ("openbaar_of_besloten", "partner_openbaar_of_besloten"):
        assert [c for c, _label in question(code)["choices"]] == list(SourceVisibility.values)
        assert [label for _c, label in question(code)["choices"]] == ["Openbaar", "Besloten"]
    assert question("openbaar_of_besloten") in questions_of(1)
    assert question("partner_openbaar_of_besloten") in questions_of(3)


def test_exactly_one_acute_question_and_it_is_in_step_3():
    acute = [q for q in ALL_QUESTIONS if q.get("acute")]
    assert [q["code"] for q in acute] == ["ernstige_feiten"]
    assert acute[0] in questions_of(3)
    assert acute[0]["help"] == "Zo ja: onderneem direct actie, informeer en betrek partners!"


def test_special_categories_and_trust_relation_questions_are_marked_in_step_3():
    special = [q for q in ALL_QUESTIONS if q.get("special_categories")]
    trust = [q for q in ALL_QUESTIONS if q.get("trust_relation")]
    assert [q["code"] for q in special] == ["bijzondere_persoonsgegevens"]
    assert [q["code"] for q in trust] == ["vertrouwensrelatie"]
    assert special[0] in questions_of(3)
    assert trust[0] in questions_of(3)
    assert special[0]["categories"] == SPECIAL_CATEGORIES


def test_special_categories_are_listed_as_in_the_source():
    labels = [label for _code, label in SPECIAL_CATEGORIES]
    assert labels == [
        "ras",
        "politieke overtuigingen",
        "religie",
        "lidmaatschap van een vakbond",
        "gezondheid",
        "seksualiteit",
        "genetische en/of biometrische gegevens",
    ]
    assert ", ".join(labels) in question("bijzondere_persoonsgegevens")["help"]


def test_decisions_only_on_steps_3_and_4():
    assert [step["number"] for step in STEPS if step["decision"] is not None] == [3, 4]
    for step in STEPS:
        if step["decision"] is not None:
            decision = step["decision"]
            assert decision["code"] == step["code"]
            assert decision["text"].endswith("?")
            assert all(decision[key].strip() for key in ("yes", "no", "yes_label", "no_label"))


def test_decision_texts():
    step_3, step_4 = STEPS[2]["decision"], STEPS[3]["decision"]
    assert step_3["text"] == "Partner(s) betrekken?"
    assert step_3["yes_label"] == "Ja, dubbelcheck"
    assert "Controleer dan (delen van) je antwoorden bij bericht duiden en contextinformatie" in step_3["yes"]
    assert step_3["no"].startswith("Betrek je geen partner(s)? Ga dan direct door")
    assert step_4["text"] == "Interveniëren?"


def test_next_step_covers_both_branches_of_each_decision():
    decided = [step["number"] for step in STEPS if step["decision"] is not None]
    assert set(NEXT_STEP) == {(number, value) for number in decided for value in Decision.values}


def test_next_step_follows_the_diagram():
    assert NEXT_STEP[(3, "yes")] == 4
    assert NEXT_STEP[(3, "no")] == 4
    assert NEXT_STEP[(4, "yes")] == 5
    assert NEXT_STEP[(4, "no")] == "closed"
    assert DOUBLE_CHECK_STEPS == (1, 2)


def test_actions():
    assert [code for code, _label in ONLINE_ACTIONS] == [
        "openbare_reactie",
        "direct_message",
        "bellen_facetimen",
        "openbaar_bericht",
    ]
    assert [code for code, _label in OFFLINE_ACTIONS] == [
        "opzoeken",
        "collega_partner_inschakelen",
        "ouder_voogd_benaderen",
        "afwachten",
        "handhavend_optreden",
    ]
    assert ACTIONS == ONLINE_ACTIONS + OFFLINE_ACTIONS
    assert len({code for code, _label in ACTIONS}) == len(ACTIONS)
    assert all(label.strip() for _code, label in ACTIONS)
    assert set(ACTION_HELP) == {code for code, _label in ACTIONS}
    assert all(text.strip() for text in ACTION_HELP.values())


def test_actions_reminder():
    assert ACTIONS_REMINDER == "Vergeet tot slot niet om met je collega's of partners de acties te evalueren."
    assert ACTIONS_REMINDER in STEPS[4]["intro"]


@pytest.mark.parametrize(
    ("where", "phrase"),
    [
        (lambda: STEPS[0]["intro"], "Ga nog niet uit van vermoedens of mogelijke interpretaties."),
        (lambda: STEPS[0]["intro"], "Laat ook altijd een interne collega meekijken."),
        (
            lambda: question("openbaar_of_besloten")["help"],
            "Stel dit daarom gelijk vast, voordat het bericht eventueel weer verdwenen is.",
        ),
        (
            lambda: question("straattaal")["text"],
            "Wat is de betekenis van eventueel gebruikte internet- en/of straattaal?",
        ),
        (lambda: STEPS[1]["intro"], "Ook zijn online berichten altijd onderdeel van een performance"),
        (lambda: question("welke_partner")["help"], "scholen, jeugdboa's, wijkteams of het Openbaar Ministerie"),
        (
            lambda: question("bijzondere_persoonsgegevens")["help"],
            "Komen de bijzondere persoonsgegevens uit een besloten account, dan deel je dit in principe niet.",
        ),
        (lambda: question("ernstige_feiten")["text"], "zware mishandeling, levensdelicten of een serieuze verstoring"),
        (lambda: question("andere_interventies")["help"], "Betrek in dat geval de regisseur of projectleider"),
        (lambda: ACTION_HELP["direct_message"], "Let wel op dat een DM niet altijd zo privé is als dat het lijkt."),
        (lambda: ACTION_HELP["handhavend_optreden"], "iemand op te pakken of een gebiedsverbod op te leggen"),
    ],
)
def test_source_phrases_are_quoted_verbatim(where, phrase):
    assert phrase in where()
