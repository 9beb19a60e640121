"""Reads of signals for one user, always through the visibility core (STYLE.md rule 4)."""

from __future__ import annotations

from itertools import groupby

from django.db.models import (
    Exists,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    prefetch_related_objects,
)

from partners import visibility
from partners.models import User
from partners.visibility import AccessLevel

from .constants import SignalStatus
from .models import Action, Attachment, Person, Review, Share, Signal, StepAnswer, StepDecision

# Acute signals not yet handled first, then the newest (``Signal.acute_open`` is stored, and indexed with this order).
ACUTE_FIRST_ORDERING = ("-acute_open", "-created_at", "-id")


def own_organisation_worklist(
    *,
    user: User,
    phenomenon: str = "",
    platform: str = "",
    step: str = "",
    urgency: str = "",
    status: str = "",
    q: str = "",
    practice: bool = False,
) -> QuerySet[Signal]:
    """ "Mijn organisatie": the signals the user's organisation owns, acute ones not yet handled first, then newest.

    ``awaits_review`` marks signals with answers in steps 1-2 and no colleague review yet.
    """
    queryset = visibility.own_signals(user).filter(is_practice=practice)
    if phenomenon:
        queryset = queryset.filter(phenomenon__code=phenomenon)
    if platform:
        queryset = queryset.filter(platform=platform)
    if step.isdigit():
        queryset = queryset.filter(step=int(step), status__in=[SignalStatus.OPEN, SignalStatus.DRAFT])
    if urgency:
        queryset = queryset.filter(urgency=urgency)
    if status:
        queryset = queryset.filter(status=status)
    if q:
        queryset = queryset.filter(
            Q(message_text__icontains=q) | Q(sharing_summary__icontains=q) | Q(persons__alias__icontains=q)
        ).distinct()
    answered_1_2 = StepAnswer.objects.filter(signal=OuterRef("pk"), step__in=(1, 2))
    reviewed = Review.objects.filter(signal=OuterRef("pk"))
    return (
        queryset.select_related("phenomenon", "created_by")
        .annotate(awaits_review=Exists(answered_1_2) & ~Exists(reviewed))
        .order_by(*ACUTE_FIRST_ORDERING)
    )


def signals_awaiting_my_review(*, user: User) -> QuerySet[Signal]:
    """Signals of my organisation whose steps 1-2 wait for a colleague's review, not logged or answered by me."""
    mine = StepAnswer.objects.filter(signal=OuterRef("pk"), updated_by=user)
    return (
        own_organisation_worklist(user=user).filter(awaits_review=True).exclude(created_by=user).exclude(Exists(mine))
    )


def actions_due(*, user: User) -> QuerySet[Action]:
    """Open step-5 actions of my organisation's signals, earliest due first."""
    membership = visibility.membership_of(user)
    if membership is None:
        return Action.objects.none()
    own = visibility.own_signals(user).values("pk")
    return (
        Action.objects.filter(signal__in=own, status__in=["planned", "in_progress"])
        .select_related("signal", "executing_organisation")
        .order_by("due_date", "created_at")
    )


# What the route pages read of a signal of the user's own organisation, besides its row.
ROUTE_RELATED = ("phenomenon", "owner_organisation", "created_by")
ROUTE_PREFETCH = (
    Prefetch("persons", queryset=Person.objects.order_by("role", "alias")),
    Prefetch("answers", queryset=StepAnswer.objects.select_related("updated_by")),
    Prefetch("decisions", queryset=StepDecision.objects.select_related("decided_by")),
    Prefetch("reviews", queryset=Review.objects.select_related("reviewer")),
    # Partners' proposals are among them: the interpretation panel reads them from here on the owner's page.
    Prefetch("actions", queryset=Action.objects.select_related("executing_organisation", "proposed_by_organisation")),
    "attachments",
)


def signal_for_route(*, user: User, signal_id) -> Signal:
    """One signal of the user's own organisation with everything the route pages show, in a fixed number of
    queries; Http404 for anyone else (partners read shared signals through the sharing pages)."""
    signal = visibility.get_signal_for_user(user, signal_id, min_level=AccessLevel.OWNER, related=ROUTE_RELATED)
    return with_route_records(signal)


def with_route_records(signal: Signal) -> Signal:
    """``signal``, fetched for its owner organisation with ``related=ROUTE_RELATED``, with the records the route
    pages show loaded onto it: one query per kind of record."""
    if signal.access_level < AccessLevel.OWNER:
        raise ValueError("the route's records are read by the owner organisation only")
    prefetch_related_objects([signal], *ROUTE_PREFETCH)
    return signal


# The records whose history makes up a signal's history, with the field linking them to it.
HISTORY_SOURCES = (
    (Signal, "id"),
    (Person, "signal_id"),
    (StepAnswer, "signal_id"),
    (StepDecision, "signal_id"),
    (Review, "signal_id"),
    (Action, "signal_id"),
    (Attachment, "signal_id"),
    (Share, "signal_id"),
)
# Bookkeeping that changes with every save and says nothing about what was changed.
HISTORY_IGNORED_FIELDS = frozenset({"updated_at", "decided_at"})


def signal_history(*, signal: Signal) -> list[dict]:
    """The merged history of a signal and its records, newest first: one query per kind of record."""
    entries = []
    for model, link in HISTORY_SOURCES:
        records = list(
            model.history.filter(**{link: signal.pk}).select_related("history_user").order_by("id", "history_id")
        )
        what, record_kind = str(model._meta.verbose_name), model._meta.model_name
        for _object_id, versions in groupby(records, key=lambda record: record.id):
            previous = None
            for record in versions:
                changed = []
                if record.history_type == "~" and previous is not None:
                    try:
                        delta = record.diff_against(previous, excluded_fields=HISTORY_IGNORED_FIELDS)
                        changed = [name for name in delta.changed_fields if name not in HISTORY_IGNORED_FIELDS]
                    except Exception:
                        changed = []
                user = record.history_user
                entries.append(
                    {
                        "at": record.history_date,
                        "who": (user.get_full_name() or user.username) if user else None,
                        "what": what,
                        "record": record_kind,
                        "object_id": str(record.id),
                        "change": record.history_type,
                        "changed_fields": changed,
                        "changed_labels": [str(model._meta.get_field(name).verbose_name) for name in changed],
                        "_order": record.history_id,
                    }
                )
                previous = record
    entries.sort(key=lambda entry: (entry["at"], entry["_order"]), reverse=True)
    return entries
