"""The information positions per partner type (reference data from seeds 004 and 002, DOMAIN.md §2)."""

import pytest

from partners.constants import PartnerType
from partners.reference_data import ASPECTS, INFORMATION_POSITIONS, TRAINING

KEYS = {*ASPECTS, "source_reference"}
MAIN_PARTNER_TYPES = ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving"]
ALL_PARTNER_TYPES = [*MAIN_PARTNER_TYPES, "other"]


def test_every_partner_type_code_has_an_information_position():
    assert set(INFORMATION_POSITIONS) == set(ALL_PARTNER_TYPES)
    assert set(INFORMATION_POSITIONS) == set(PartnerType.values)
    assert set(TRAINING) == set(ALL_PARTNER_TYPES)


def test_aspects_are_the_documented_keys():
    assert ASPECTS == ("role", "online_application", "sources", "information_needed", "opportunities", "route_role")


@pytest.mark.parametrize("code", ALL_PARTNER_TYPES)
def test_information_position_has_all_keys_as_strings(code):
    position = INFORMATION_POSITIONS[code]
    assert set(position) == KEYS
    assert all(isinstance(text, str) for text in position.values())
    assert position["source_reference"]


@pytest.mark.parametrize("code", MAIN_PARTNER_TYPES)
@pytest.mark.parametrize("aspect", ["role", "online_application", "sources"])
def test_main_partner_types_have_role_online_application_and_sources(code, aspect):
    assert INFORMATION_POSITIONS[code][aspect].strip()


@pytest.mark.parametrize("code", MAIN_PARTNER_TYPES)
def test_main_partner_types_cite_the_infographic(code):
    assert INFORMATION_POSITIONS[code]["source_reference"].startswith("004")


def test_other_partners_have_no_information_position_of_their_own():
    # The sources name hulpverlening, wijkteams and the OM but describe no online position for them.
    other = INFORMATION_POSITIONS["other"]
    assert other["role"]
    assert other["online_application"] == other["sources"] == ""
    assert other["information_needed"] == other["opportunities"] == ""
    assert "wijkteams" in other["route_role"]
    assert "Openbaar Ministerie" in other["route_role"]


def _all_texts():
    for code, position in INFORMATION_POSITIONS.items():
        for aspect in ASPECTS:
            yield code, aspect, position[aspect]
    for code, text in TRAINING.items():
        yield code, "training", text


@pytest.mark.parametrize(("code", "aspect", "text"), list(_all_texts()))
def test_texts_are_clean_lines(code, aspect, text):
    if not text:
        return
    assert text == text.strip()
    for line in text.split("\n"):
        assert line.strip(), "no empty lines"
        assert line == line.strip()
        assert "  " not in line
        # A list item is "- text"; a leftover PDF bullet or markup is a bug.
        assert not (line.startswith("-") and not line.startswith("- "))
        assert not line.startswith("•"), "broken PDF bullet"
        assert "**" not in line
        assert "](" not in line


@pytest.mark.parametrize(
    ("code", "aspect", "fragment"),
    [
        # Police: open sources with a professional account, closed sources only under an opsporingsbevel of the OM.
        ("politie", "sources", "Enkel wanneer er sprake is van een opsporingsbevel"),
        ("politie", "sources", "Officiële registers: BRP, KvK, Kadaster"),
        ("politie", "online_application", "Echter, mogen zij alleen in openbare bronnen."),
        (
            "politie",
            "online_application",
            "Alleen bij een opsporingsbevel van het Openbaar Ministerie kan de politie informatie uit besloten "
            "bronnen inwinnen.",
        ),
        ("politie", "online_application", "Digitaal wijkagent"),
        ("politie", "online_application", "professioneel account"),
        # OOV: only in specific cases, no systematic monitoring, an anonymous account only under conditions.
        ("gemeente_oov", "online_application", "De gemeente mag gegevens niet systematisch monitoren."),
        ("gemeente_oov", "online_application", "alleen in specifieke gevallen"),
        ("gemeente_oov", "online_application", "onder bepaalde voorwaarden, een anoniem account gebruiken"),
        ("gemeente_oov", "online_application", "art. 172 Gemeentewet"),
        ("gemeente_oov", "opportunities", "protocol rondom het gebruik van anonieme accounts"),
        ("gemeente_oov", "route_role", "regierol van de gemeente"),
        # Handhaving: observe open sources as toezichthouder; online is outside the boa domain-1 criterion.
        ("handhaving", "online_application", "mogen als toezichthouder signaleren en observeren in openbare bronnen"),
        ("handhaving", "online_application", "niet binnen het inzetcriterium van de boa domein 1"),
        ("handhaving", "role", "toezichthouder in de zin van de algemene wet bestuursrecht"),
        ("handhaving", "sources", "Andere databronnen: KvK, RDW"),
        # Jongerenwerk: professional work accounts, accepted out of trust, transparent about sharing.
        ("jongerenwerk", "online_application", "Jongerenwerkers maken gebruik van werkaccounts op sociale media"),
        ("jongerenwerk", "online_application", "Via een professioneel account"),
        ("jongerenwerk", "online_application", "Omdat vertrouwen een belangrijk uitgangspunt is"),
        ("jongerenwerk", "online_application", "transparant zijn naar jongeren"),
        ("jongerenwerk", "sources", "Snapchat-locatiefunctie"),
        ("jongerenwerk", "opportunities", "afspraken met samenwerkingspartners over informatie-uitwisseling"),
        # School: no active online role, but a source of signals and a full partner.
        ("school", "online_application", "Hoewel scholen geen actieve rol hebben in de online leefwereld"),
        ("school", "online_application", "Wet Veiligheid op School"),
        ("school", "opportunities", "Scholen zijn volwaardige partners"),
        # The three core partners of the route card.
        ("jongerenwerk", "route_role", "Jongerenwerkers en politie zijn de partners die de meeste mogelijkheden"),
        ("politie", "route_role", "Jongerenwerkers en politie zijn de partners die de meeste mogelijkheden"),
        ("handhaving", "route_role", "jeugdboa's"),
    ],
)
def test_key_facts_from_the_sources_are_present(code, aspect, fragment):
    assert fragment in INFORMATION_POSITIONS[code][aspect]


def test_sources_without_information_on_an_aspect_stay_empty():
    # 004 says nothing about the information a school needs; nothing is made up.
    assert INFORMATION_POSITIONS["school"]["information_needed"] == ""


@pytest.mark.parametrize("code", ["politie", "gemeente_oov", "handhaving"])
def test_osint_training_levels(code):
    assert "OSINT Basis: OGG1" in TRAINING[code]
    assert "online gegevensvergaring" in TRAINING[code]
