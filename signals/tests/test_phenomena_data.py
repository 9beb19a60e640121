"""The online phenomena with their example situations (reference data from seed 002, DOMAIN.md §3 and §10)."""

import pytest

from signals.phenomena_data import EXAMPLES_INTRO, PHENOMENA, PHENOMENA_INTRO, PHENOMENA_TIPS

KEYS = {"code", "name", "heading", "description", "example", "guidance"}
CODES = [
    "rivaliserende_jeugd",
    "seksueel_grensoverschrijdend_gedrag",
    "fraude",
    "intimidatie_en_geweld",
    "online_aangejaagde_ordeverstoringen",
    "illegale_handel",
    "cybercriminaliteit",
    "radicalisering_en_extremisme",
]
REAL_PHENOMENA = [phenomenon for phenomenon in PHENOMENA if phenomenon["code"] != "overig"]
BY_CODE = {phenomenon["code"]: phenomenon for phenomenon in PHENOMENA}


def test_nine_phenomena_in_source_order_with_unique_codes():
    codes = [phenomenon["code"] for phenomenon in PHENOMENA]
    assert codes == [*CODES, "overig"]
    assert len(set(codes)) == 9


def test_names_are_the_source_list():
    assert [phenomenon["name"] for phenomenon in PHENOMENA] == [
        "Rivaliserende jeugd",
        "Seksueel grensoverschrijdend gedrag",
        "Fraude",
        "Intimidatie en geweld",
        "Online aangejaagde ordeverstoringen",
        "Illegale handel",
        "Cybercriminaliteit",
        "Radicalisering en extremisme",
        "Overig",
    ]


@pytest.mark.parametrize("phenomenon", PHENOMENA, ids=lambda phenomenon: phenomenon["code"])
def test_phenomenon_has_the_documented_keys_as_strings(phenomenon):
    assert set(phenomenon) == KEYS
    assert all(isinstance(value, str) for value in phenomenon.values())
    assert phenomenon["code"].isascii()
    assert phenomenon["name"].strip()


@pytest.mark.parametrize("phenomenon", REAL_PHENOMENA, ids=lambda phenomenon: phenomenon["code"])
def test_real_phenomenon_has_description_example_and_heading(phenomenon):
    assert phenomenon["heading"].strip()
    assert phenomenon["description"].strip()
    assert phenomenon["example"].strip()
    assert phenomenon["example"].startswith("Je ")


def test_overig_has_no_source_text():
    assert BY_CODE["overig"] == {
        "code": "overig",
        "name": "Overig",
        "heading": "",
        "description": "",
        "example": "",
        "guidance": "",
    }


def test_only_ordeverstoringen_has_guidance():
    assert [phenomenon["code"] for phenomenon in PHENOMENA if phenomenon["guidance"]] == [
        "online_aangejaagde_ordeverstoringen"
    ]


def test_no_markup_left():
    for phenomenon in PHENOMENA:
        assert not any("*" in value or "](" in value for value in phenomenon.values())


def test_intro_texts_and_tips():
    assert PHENOMENA_INTRO.startswith("Wat voor online fenomenen doen zich voor onder jongeren?")
    assert "Gebruik de voorbeeldberichten om de 5 stappen bij de afsprakenkaart met elkaar te doorlopen." in (
        EXAMPLES_INTRO
    )
    assert len(PHENOMENA_TIPS) == 2
    assert "Helpwanted" in PHENOMENA_TIPS[1]


@pytest.mark.parametrize(
    ("code", "key", "phrase"),
    [
        (
            "rivaliserende_jeugd",
            "example",
            "Je ziet om 12:30 dit openbare Mijn-Verhaal Snapchatbericht op het account van een 17-jarige jongere",
        ),
        (
            "rivaliserende_jeugd",
            "description",
            "Opjuttende reacties van een online publiek gooien extra olie op het vuur.",
        ),
        ("seksueel_grensoverschrijdend_gedrag", "example", "met de naam 'anoniempje0101'"),
        ("seksueel_grensoverschrijdend_gedrag", "description", "Sexting, oftewel het maken, sturen en ontvangen"),
        ("fraude", "description", "bankhelpdeskfraude en vriend-in-noodfraude"),
        ("intimidatie_en_geweld", "example", "Danny ken je niet. Je hebt het filmpje zelf nog niet gezien."),
        ("online_aangejaagde_ordeverstoringen", "example", "Vorig jaar waren er meerdere ongeregelde bezoeken"),
        ("illegale_handel", "example", "Je kent zijn moeder wel heel goed."),
        ("cybercriminaliteit", "example", "geen concrete signalen dat hij een bovengemiddelde interesse heeft in ICT"),
        ("radicalisering_en_extremisme", "example", "Je ziet dit besloten TikTok-bericht van een 15-jarig meisje."),
    ],
)
def test_source_phrases_are_quoted_verbatim(code, key, phrase):
    assert phrase in BY_CODE[code][key]
