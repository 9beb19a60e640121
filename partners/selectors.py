"""Reads for the partners app, scoped to the user through the visibility core (STYLE.md rule 4)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from . import visibility
from .constants import PartnerType
from .models import InformationPosition, Organisation, User


def information_positions() -> list[InformationPosition]:
    """The information position of each partner type (seeds 004 and 002), in the order of the partner types."""
    order = {code: index for index, code in enumerate(PartnerType.values)}
    return sorted(InformationPosition.objects.all(), key=lambda position: order.get(position.partner_type, 99))


def network_organisations(*, user: User) -> QuerySet[Organisation]:
    return visibility.organisations_visible_to(user).order_by("partner_type", "name")


# The aspects of an information position, in the order the page shows them.
POSITION_ASPECTS = [
    ("role", _("Role")),
    ("online_application", _("What it may do online")),
    ("sources", _("Sources")),
    ("information_needed", _("Information needed")),
    ("opportunities", _("Opportunities")),
    ("route_role", _("Role in the route")),
]


def partners_and_roles(*, user: User) -> list[dict]:
    """Per partner type: its information position (the aspects that have text) and the organisations of that type
    in the user's network."""
    organisations = list(network_organisations(user=user))
    return [
        {
            "position": position,
            "aspects": [
                {"key": key, "label": label, "text": getattr(position, key)}
                for key, label in POSITION_ASPECTS
                if getattr(position, key).strip()
            ],
            "organisations": [o for o in organisations if o.partner_type == position.partner_type],
        }
        for position in information_positions()
    ]
