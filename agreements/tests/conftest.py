"""Fixtures of the afsprakenkaart tests: the world of tests/roles.py (version 1 adopted, version 2 a concept, a
practice session in its writing round, the covenant with its document, another network's card) and the steps that
bring a version through its statuses, taken through the services as the people of the network would."""

import pytest

from agreements import services
from agreements.constants import BASIC_AGREEMENT_KEYS, QUESTION_FIELDS
from agreements.models import AgreementCard, CardColumn
from partners.models import Membership
from tests.roles import build_world


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def coordinator(world):
    """The OOV coordinator, regisseur of the first network."""
    return world.users["network_coordinator"]


@pytest.fixture
def adopted(world) -> AgreementCard:
    """Version 1, adopted: every column reads "Afspraak <organisation>: <field>"."""
    return world.objects["card_adopted"]


@pytest.fixture
def concept(world) -> AgreementCard:
    """Version 2, a concept started from version 1 (same answers, nobody agreed)."""
    return world.objects["card_concept"]


def author(organisation):
    """The first member of ``organisation``: the one who writes and agrees for it in these tests."""
    return Membership.objects.filter(organisation=organisation).order_by("created_at").first().user


def answers(text: str) -> dict:
    return {field: f"{text} {field}" for field in QUESTION_FIELDS}


def column_of(card, organisation) -> CardColumn:
    return CardColumn.objects.select_related("organisation").get(card=card, organisation=organisation)


@pytest.fixture
def fill():
    """Every column of ``card`` written by its own organisation."""

    def fill(card, text="Nieuw"):
        for column in card.columns.select_related("organisation"):
            services.column_update(acting_user=author(column.organisation), column=column, **answers(text))
        return card

    return fill


@pytest.fixture
def submit(fill):
    """Every column written, the version put forward for agreement by ``coordinator``."""

    def submit(card, coordinator, text="Nieuw"):
        fill(card, text)
        return services.card_submit(acting_user=coordinator, card=card)

    return submit


@pytest.fixture
def agree_all():
    """Every organisation of ``card`` agrees, except those in ``but``."""

    def agree_all(card, but=()):
        for column in card.columns.select_related("organisation"):
            if column.organisation in but:
                continue
            services.column_agree(
                acting_user=author(column.organisation), column=column, confirmed=BASIC_AGREEMENT_KEYS
            )

    return agree_all


@pytest.fixture
def adopt(submit, agree_all):
    """Written, put forward, agreed by all and adopted."""

    def adopt(card, coordinator, text="Nieuw"):
        card = submit(card, coordinator, text)
        agree_all(card)
        return services.card_adopt(acting_user=coordinator, card=card)

    return adopt
