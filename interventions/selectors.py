"""Reads of the case pages: the signals of a case as one reader may see them, their headlines and the case
timeline. What a reader may see comes from ``partners.visibility`` only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from partners import visibility
from partners.visibility import AccessLevel
from signals.constants import SignalStatus

from .models import Case, CasePhaseChange, CrisisPlan

HEADLINE_WORDS = 24


def signal_headline(signal) -> str:
    """One line about a signal for lists of a case, at summary level for partners whatever their level (so the
    list itself reads nothing personal and needs no access log): the owner's sharing summary. The owner
    organisation reads its own message when it wrote no summary."""
    level = AccessLevel(getattr(signal, "access_level", AccessLevel.NONE))
    if level <= AccessLevel.NONE:
        return ""
    summary = visibility.redact_signal(signal, AccessLevel.SUMMARY).sharing_summary or ""
    if not summary and level >= AccessLevel.OWNER:
        summary = signal.message_text or ""
    text = Truncator(summary).words(HEADLINE_WORDS) or _("(no summary)")
    phenomenon = signal.phenomenon.name if signal.phenomenon_id else ""
    observed = signal.observed_at.strftime("%d-%m-%Y") if signal.observed_at else ""
    return " · ".join(part for part in (phenomenon, observed, text) if part)


def signal_headlines(signals) -> dict:
    return {signal.pk: signal_headline(signal) for signal in signals}


def signals_to_choose(user, *, q: str = "", exclude_case: Case | None = None, chosen=(), limit: int = 50) -> QuerySet:
    """Signals a user may bundle into a case: logged (not drafts or practice), newest first, searched at each
    row's level; the ones already chosen stay in the list."""
    queryset = (
        visibility.signals_visible_to(user)
        .exclude(status=SignalStatus.DRAFT)
        .filter(is_practice=False)
        .select_related("phenomenon")
    )
    if exclude_case is not None:
        queryset = queryset.exclude(case_links__case=exclude_case)
    found = visibility.search_signals(queryset, q).order_by("-observed_at", "-created_at")
    ids = list(found.values_list("pk", flat=True)[:limit])
    ids += [pk for pk in chosen if pk not in ids]
    return queryset.filter(pk__in=ids).order_by("-observed_at", "-created_at")


@dataclass
class TimelineEvent:
    at: datetime
    kind: str  # signal, phase, intervention, crisis_plan, risk
    title: str
    detail: str = ""
    url: str = ""
    badge: str = ""
    all_day: bool = False  # a date without a time (a window of the risk calendar)


def case_timeline(user, case: Case, *, signals, interventions, name_people: bool = True) -> list[TimelineEvent]:
    """The case's story, newest first: signals the reader may see (when they were added), phase changes with the
    reason, interventions (registered, and their current status), the crisis action plan, and the windows of the
    risk calendar's entries linked to the case that the reader sees (at their start; coming ones on top).
    ``name_people=False`` (a report that leaves the organisation): who changed the phase is the organisation."""
    from django.urls import reverse

    from riskcalendar.selectors import case_windows

    def who(change) -> str:
        if not name_people:
            return change.organisation.name
        return visibility.author_label(user, change.organisation, change.changed_by)

    events = []
    for signal in signals:
        events.append(
            TimelineEvent(
                at=signal.added_to_case_at,
                kind="signal",
                title=_("Signal added"),
                detail=signal_headline(signal),
                url=reverse("signals:detail", args=[signal.pk]),
            )
        )
    changes = CasePhaseChange.objects.filter(case=case).select_related("organisation", "changed_by")
    for change in changes:
        if change.from_phase:
            title = _("Phase: %(from)s → %(to)s") % {
                "from": change.get_from_phase_display(),
                "to": change.get_to_phase_display(),
            }
        else:
            title = _("Case opened in phase %(phase)s") % {"phase": change.get_to_phase_display()}
        events.append(
            TimelineEvent(
                at=change.changed_at,
                kind="phase",
                title=title,
                detail=f"{change.reason} — {who(change)}",
                badge=change.to_phase,
            )
        )
    for intervention in interventions:
        events.append(
            TimelineEvent(
                at=intervention.created_at,
                kind="intervention",
                title=_("Intervention: %(title)s") % {"title": intervention.title},
                detail=_("%(organisation)s · %(status)s")
                % {
                    "organisation": intervention.executing_organisation.name,
                    "status": intervention.get_status_display(),
                },
                url=reverse("interventions:intervention", args=[intervention.pk]),
                badge=intervention.status,
            )
        )
    plan = CrisisPlan.objects.filter(case=case).only("updated_at").first()
    if plan is not None:
        events.append(
            TimelineEvent(
                at=plan.updated_at,
                kind="crisis_plan",
                title=_("Crisis action plan updated"),
                url=reverse("interventions:crisis_plan", args=[case.pk]),
            )
        )
    for window in case_windows(user, case):
        events.append(
            TimelineEvent(
                at=timezone.make_aware(datetime.combine(window.start_date, time.min)),
                kind="risk",
                title=_("Risk calendar: %(title)s") % {"title": window.event.title},
                detail=_("%(rule)s · %(area)s · risk %(level)s · until %(end)s")
                % {
                    "rule": window.get_rule_display(),
                    "area": window.event.area,
                    "level": window.event.get_risk_level_display(),
                    "end": date_format(window.end_date, "j b Y"),
                },
                url=reverse("riskcalendar:event", args=[window.event_id]),
                badge=window.event.risk_level,
                all_day=True,
            )
        )
    return sorted(events, key=lambda event: event.at, reverse=True)


def signal_panel_context(user, signal) -> dict:
    """Cases (that I take part in) holding the signal and the interventions on it I may see, their titles as I may
    read them: for the signal page. ``signal`` is fetched through the visibility core (it carries ``access_level``)."""
    cases = visibility.cases_visible_to(user).filter(signal_links__signal=signal).order_by("title")
    interventions = visibility.interventions_visible_to(user).filter(signal=signal)
    return {
        "panel_signal": signal,
        "panel_cases": list(cases),
        "panel_interventions": [
            {"intervention": intervention, "title": visibility.intervention_texts(intervention, signal)["title"]}
            for intervention in interventions
        ],
    }
