"""The demo network (demo only: the README lists these accounts; never load them in production)."""

from .constants import MembershipRole, PartnerType

DEMO_PASSWORD = "samen-duiden-demo"  # noqa: S105 - documented demo password, refused by production settings

# network name -> organisations: (name, partner type, username prefix, [member names], coordinator name)
DEMO_NETWORKS = {
    "Gemeente Voorbeeld": [
        (
            "Jongerenwerk Voorbeeld",
            PartnerType.JONGERENWERK,
            "jongerenwerk",
            ["Sanne de Vries", "Yusuf Demir"],
            "Marloes Bakker",
        ),
        (
            "Politie basisteam Voorbeeld",
            PartnerType.POLITIE,
            "politie",
            ["Kees Jansen", "Fatima El Amrani"],
            "Peter Visser",
        ),
        (
            "Gemeente Voorbeeld, Openbare Orde en Veiligheid",
            PartnerType.GEMEENTE_OOV,
            "oov",
            ["Linda Smit", "Ahmed Yilmaz"],
            "Eva Mulder",
        ),
        ("Voorbeeldcollege", PartnerType.SCHOOL, "school", ["Joost de Boer", "Naima Haddou"], "Ingrid Vos"),
        (
            "Toezicht en Handhaving Voorbeeld",
            PartnerType.HANDHAVING,
            "handhaving",
            ["Rik Meijer", "Ilse Dekker"],
            "Tom Hendriks",
        ),
        ("Wijkteam Voorbeeld", PartnerType.OTHER, "wijkteam", ["Anouk Peters", "Daan Willems"], "Mirjam Kok"),
    ],
    # A second, small network: proves that networks never see each other.
    "Gemeente Anderstad": [
        (
            "Jongerenwerk Anderstad",
            PartnerType.JONGERENWERK,
            "anderstad-jongerenwerk",
            ["Bram Koster"],
            "Lotte Brouwer",
        ),
        (
            "Gemeente Anderstad, Openbare Orde en Veiligheid",
            PartnerType.GEMEENTE_OOV,
            "anderstad-oov",
            ["Noor Hoekstra"],
            "Sofie Maas",
        ),
    ],
}

DEMO_OPERATOR_USERNAME = "beheerder"


def demo_accounts():
    """(network, organisation, username, full name, role) for every demo account, in README order."""
    for network_name, organisations in DEMO_NETWORKS.items():
        for org_name, _partner_type, prefix, members, coordinator in organisations:
            for index, full_name in enumerate(members, start=1):
                yield network_name, org_name, f"{prefix}{index}", full_name, MembershipRole.MEMBER
            yield network_name, org_name, f"{prefix}-coordinator", coordinator, MembershipRole.COORDINATOR
