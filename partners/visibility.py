"""The visibility core: the one place that decides what a user may see, and at which level (DOMAIN.md §4).

Every page, API response, export, PDF, count, search and notification asks this module. Nothing else filters
by organisation or network, and templates never decide what to hide.

The rules:

* A user sees only their own network: its organisations, and nothing of any other network.
* Individual professionals are visible only to colleagues of the same organisation. Partners see organisations,
  never the person who reported (source protection, seed 003).
* A signal is seen by the members of its owner organisation, and by organisations it was shared with, at the
  level of that share. A share grants the receiving organisation's group one permission codename per level, kept
  in django-guardian's direct-foreign-key table (SignalGroupObjectPermission). Lists filter with one ``Exists()``
  over those rows, never with a permission check per row or guardian's ``get_objects_for_user`` shortcut
  (docs/adr/0002-visibility-core.md).
* Platform staff (superusers) administer in the admin but read no case content in the UI: without a membership
  they see nothing here.
* Missing and forbidden look the same: ``Http404``.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db.models import (
    Case,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.http import Http404
from guardian.shortcuts import assign_perm, remove_perm
from guardian.utils import get_group_obj_perms_model

from .models import Membership, Organisation

if TYPE_CHECKING:
    from signals.models import Signal

    from .models import User


class AccessLevel(enum.IntEnum):
    """How much of a signal a caller sees. Ordered: a higher level includes everything of the lower ones."""

    NONE = 0
    SUMMARY = 1
    FACTS = 2
    FULL = 3
    OWNER = 4

    @property
    def code(self) -> str:
        return self.name.lower()

    @classmethod
    def from_code(cls, code: str) -> AccessLevel:
        return cls[code.upper()]


# The codename a share at each level grants to the receiving organisation's group.
SHARE_PERMISSION_CODENAMES: dict[AccessLevel, str] = {
    AccessLevel.SUMMARY: "view_signal_summary",
    AccessLevel.FACTS: "view_signal_facts",
    AccessLevel.FULL: "view_signal_full",
}

# What each level may read of a signal (DOMAIN.md §4, API.md). Fields not listed are never shown below owner.
# summary: the owner's sharing summary and the facts about the message that carry no personal data.
_SUMMARY_FIELDS = frozenset(
    {
        "id",
        "owner_organisation",
        "sharing_summary",
        "phenomenon",
        "platform",
        "visibility",
        "reach",
        "reach_followers",
        "reach_views",
        "reach_likes",
        "reach_reposts",
        "reach_comments",
        "urgency",
        "is_acute",
        "observed_at",
        "step",
        "status",
        "created_at",
        "updated_at",
    }
)
# facts: plus the message text, the time and place it mentions and the answers of steps 1-2 (no persons, handles,
# names or screenshots).
_FACTS_FIELDS = _SUMMARY_FIELDS | {"message_text", "location_mentioned", "time_mentioned", "received_via"}
# full: plus persons involved, handles, screenshots.
_FULL_FIELDS = _FACTS_FIELDS | {"persons", "attachments"}
# owner: everything, including who logged it (source protection: never shown to partners) and police references.
_OWNER_FIELDS = _FULL_FIELDS | {
    "created_by",
    "investigation_order_reference",
    "closed_reason",
    "is_practice",
}
SIGNAL_FIELDS_BY_LEVEL: dict[AccessLevel, frozenset[str]] = {
    AccessLevel.SUMMARY: _SUMMARY_FIELDS,
    AccessLevel.FACTS: frozenset(_FACTS_FIELDS),
    AccessLevel.FULL: frozenset(_FULL_FIELDS),
    AccessLevel.OWNER: frozenset(_OWNER_FIELDS),
}
# Route steps whose answers a level may read.
STEPS_BY_LEVEL: dict[AccessLevel, frozenset[int]] = {
    AccessLevel.NONE: frozenset(),
    AccessLevel.SUMMARY: frozenset(),
    AccessLevel.FACTS: frozenset({1, 2}),
    AccessLevel.FULL: frozenset({1, 2}),
    AccessLevel.OWNER: frozenset({1, 2, 3, 4, 5}),
}


# --- who is asking -------------------------------------------------------------------------------------------

_MEMBERSHIP_CACHE_ATTR = "_visibility_membership"


def membership_of(user: User | None) -> Membership | None:
    """The user's membership with organisation and network, fetched once per user object (i.e. per request)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if not hasattr(user, _MEMBERSHIP_CACHE_ATTR):
        membership = Membership.objects.select_related("organisation__network", "user").filter(user_id=user.pk).first()
        setattr(user, _MEMBERSHIP_CACHE_ATTR, membership)
    return getattr(user, _MEMBERSHIP_CACHE_ATTR)


def forget_membership(user: User) -> None:
    """Drop the cached membership, after a service changed it."""
    if hasattr(user, _MEMBERSHIP_CACHE_ATTR):
        delattr(user, _MEMBERSHIP_CACHE_ATTR)


# --- organisations and people --------------------------------------------------------------------------------


def organisations_visible_to(user: User) -> QuerySet[Organisation]:
    """The organisations of the user's own network; none for a user without a membership."""
    membership = membership_of(user)
    if membership is None:
        return Organisation.objects.none()
    return Organisation.objects.filter(network_id=membership.organisation.network_id).select_related("network")


def get_organisation_for_user(user: User, organisation_id: UUID | str) -> Organisation:
    """One organisation of the user's network, or Http404 (also for one of another network)."""
    try:
        return organisations_visible_to(user).get(pk=organisation_id)
    except (Organisation.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def memberships_visible_to(user: User) -> QuerySet[Membership]:
    """Colleagues: the members of the user's own organisation. Partners never see each other's professionals."""
    membership = membership_of(user)
    if membership is None:
        return Membership.objects.none()
    return Membership.objects.filter(organisation_id=membership.organisation_id).select_related("user", "organisation")


# --- signals -------------------------------------------------------------------------------------------------


def _signal_grants(group_id: int) -> QuerySet:
    """The direct-FK permission rows that give ``group_id`` sight of the outer signal, at any share level."""
    from signals.models import SignalGroupObjectPermission

    return SignalGroupObjectPermission.objects.filter(
        content_object_id=OuterRef("pk"),
        group_id=group_id,
        permission__content_type__app_label="signals",
        permission__codename__in=SHARE_PERMISSION_CODENAMES.values(),
    )


def _grant_level_expression() -> Case:
    return Case(
        *[
            When(permission__codename=code, then=Value(int(level)))
            for level, code in SHARE_PERMISSION_CODENAMES.items()
        ],
        default=Value(int(AccessLevel.NONE)),
        output_field=IntegerField(),
    )


def signals_visible_to(user: User) -> QuerySet[Signal]:
    """Every signal the user may see, annotated with ``access_level`` (an ``AccessLevel`` value).

    One ``Exists()`` over the direct-FK permission rows decides membership of the list; the level is one more
    correlated subquery on the same index. No per-row permission check, whatever the size of the list.
    """
    from signals.models import Signal

    membership = membership_of(user)
    if membership is None:
        # Annotated all the same, so callers can filter on access_level.
        return Signal.objects.annotate(access_level=Value(int(AccessLevel.NONE), output_field=IntegerField())).none()
    organisation = membership.organisation
    grants = _signal_grants(organisation.group_id)
    share_level = grants.annotate(level=_grant_level_expression()).order_by("-level").values("level")[:1]
    return (
        Signal.objects.filter(
            Q(owner_organisation_id=organisation.pk) | Exists(grants),
            owner_organisation__network_id=organisation.network_id,
        )
        .annotate(
            access_level=Case(
                When(owner_organisation_id=organisation.pk, then=Value(int(AccessLevel.OWNER))),
                default=Subquery(share_level, output_field=IntegerField()),
                output_field=IntegerField(),
            )
        )
        .select_related("owner_organisation")
    )


def get_signal_for_user(user: User, signal_id: UUID | str, *, min_level: AccessLevel = AccessLevel.SUMMARY):
    """Fetch-and-authorise in one call: the signal with its ``access_level``, or Http404 when it does not exist,
    is not visible, or is visible below ``min_level``."""
    from signals.models import Signal

    try:
        signal = signals_visible_to(user).get(pk=signal_id)
    except (Signal.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc
    if signal.access_level < min_level:
        raise Http404
    return signal


def lowest_level_reading(field: str) -> AccessLevel:
    """The lowest level whose callers may read ``field`` of a signal (e.g. ``attachments`` → FULL)."""
    return min(
        (level for level, fields in SIGNAL_FIELDS_BY_LEVEL.items() if field in fields), default=AccessLevel.OWNER
    )


def get_attachment_for_user(user: User, attachment_id: UUID | str):
    """A screenshot, for a caller who may read the attachments of its signal (owner and full receivers), or
    Http404 — also for one visible only below that level."""
    from signals.models import Attachment

    readable = signals_visible_to(user).filter(access_level__gte=int(lowest_level_reading("attachments")))
    try:
        return Attachment.objects.select_related("signal").get(pk=attachment_id, signal__in=readable.values("pk"))
    except (Attachment.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def get_action_for_user(user: User, action_id: UUID | str):
    """A step-5 action, for a member of its signal's owner organisation, or Http404. Partners do not see the
    owner's actions (yet: proposing actions comes with sharing)."""
    from signals.models import Action

    own = signals_visible_to(user).filter(access_level__gte=int(AccessLevel.OWNER))
    try:
        return Action.objects.select_related("executing_organisation", "signal__owner_organisation").get(
            pk=action_id, signal__in=own.values("pk")
        )
    except (Action.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def signal_access_level(user: User, signal: Signal) -> AccessLevel:
    """The level at which ``user`` may see ``signal``; ``AccessLevel.NONE`` when not at all."""
    level = signals_visible_to(user).filter(pk=signal.pk).values_list("access_level", flat=True).first()
    return AccessLevel(level) if level is not None else AccessLevel.NONE


def signal_fields_for(level: AccessLevel) -> frozenset[str]:
    """The fields of a signal a caller at ``level`` may read."""
    return SIGNAL_FIELDS_BY_LEVEL.get(level, frozenset())


class RedactedSignal:
    """A read-only view on a signal that holds only the fields of one access level.

    Pages, API serializers, exports and notifications read signals through this, so a field above the caller's
    level is not there to leak: it is not hidden by a template, it was never copied.
    """

    __slots__ = ("_values", "access_level")

    def __init__(self, signal: Signal, level: AccessLevel):
        self.access_level = level
        values = {}
        for name in signal_fields_for(level):
            value = getattr(signal, name)
            if name in ("persons", "attachments"):
                value = list(value.all())  # related managers: prefetched by the selector
            values[name] = value
        self._values = values

    def __getattr__(self, name: str):
        try:
            return self._values[name]
        except KeyError:
            return None

    def has(self, name: str) -> bool:
        return name in self._values


def redact_signal(signal: Signal, level: AccessLevel | int) -> RedactedSignal:
    return RedactedSignal(signal, AccessLevel(level))


def steps_readable_at(level: AccessLevel | int) -> frozenset[int]:
    """The route steps whose answers a caller at ``level`` may read."""
    return STEPS_BY_LEVEL.get(AccessLevel(level), frozenset())


# --- granting (used only by services) ------------------------------------------------------------------------


def grant_signal_level(*, signal: Signal, organisation: Organisation, level: AccessLevel) -> None:
    """Give ``organisation`` sight of ``signal`` at exactly ``level`` (replacing any other share level).

    Only within the owner's network. Called by the sharing service, which validates purpose and legal ground and
    records history.
    """
    from signals.models import SignalGroupObjectPermission

    if level not in SHARE_PERMISSION_CODENAMES:
        raise ValueError(f"not a share level: {level!r}")
    if organisation.network_id != signal.owner_organisation.network_id:
        raise ValueError("a signal is shared only within its own network")
    if organisation.pk == signal.owner_organisation_id:
        raise ValueError("the owner organisation needs no share")
    if get_group_obj_perms_model(signal) is not SignalGroupObjectPermission:
        raise RuntimeError("signals must use the direct-FK permission table")
    revoke_signal(signal=signal, organisation=organisation)
    assign_perm(f"signals.{SHARE_PERMISSION_CODENAMES[level]}", organisation.group, signal)


def revoke_signal(*, signal: Signal, organisation: Organisation) -> None:
    """Take away every share level ``organisation`` has on ``signal``."""
    for code in SHARE_PERMISSION_CODENAMES.values():
        remove_perm(f"signals.{code}", organisation.group, signal)
