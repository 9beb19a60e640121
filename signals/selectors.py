"""Reads of signals for one user, always through the visibility core (STYLE.md rule 4)."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from partners import visibility
from partners.models import User
from partners.visibility import AccessLevel

from .constants import SignalStatus
from .models import Action, Person, Review, Signal, StepAnswer, StepDecision


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
    """ "Mijn organisatie": the signals the user's organisation owns, acute first, then newest.

    ``awaits_review`` marks signals with answers in steps 1-2 and no colleague review yet.
    """
    queryset = visibility.signals_visible_to(user).filter(access_level=AccessLevel.OWNER, is_practice=practice)
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
        .order_by("-is_acute", "-created_at")
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
    own = visibility.signals_visible_to(user).filter(access_level=AccessLevel.OWNER).values("pk")
    return (
        Action.objects.filter(signal__in=own, status__in=["planned", "in_progress"])
        .select_related("signal", "executing_organisation")
        .order_by("due_date", "created_at")
    )


def signal_for_route(*, user: User, signal_id) -> Signal:
    """One signal of the user's own organisation with everything the route pages show, in a fixed number of
    queries; Http404 for anyone else (partners read shared signals through the sharing pages)."""
    signal = visibility.get_signal_for_user(user, signal_id, min_level=AccessLevel.OWNER)
    signal = (
        Signal.objects.filter(pk=signal.pk)
        .select_related("phenomenon", "owner_organisation", "created_by")
        .prefetch_related(
            Prefetch("persons", queryset=Person.objects.order_by("role", "alias")),
            Prefetch("answers", queryset=StepAnswer.objects.select_related("updated_by")),
            Prefetch("decisions", queryset=StepDecision.objects.select_related("decided_by")),
            Prefetch("reviews", queryset=Review.objects.select_related("reviewer")),
            Prefetch("actions", queryset=Action.objects.select_related("executing_organisation")),
            "attachments",
        )
        .get()
    )
    signal.access_level = AccessLevel.OWNER
    return signal
