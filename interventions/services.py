"""Writes of cases, phases, interventions and the crisis action plan (DOMAIN.md §5-6).

Who may see a case or an intervention is the visibility core's (``partners.visibility``). Callers pass a case fetched
through ``visibility.get_case_for_user`` (it carries ``is_lead``) and signals fetched through the core. These services
check who may *change* what and keep the data consistent; they never widen what anyone sees: bundling a signal into
a case shares nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from partners import visibility
from partners.models import Organisation, User
from partners.visibility import AccessLevel
from signals.constants import SignalStatus
from signals.models import Signal

from .constants import InterventionStatus, Phase, Target
from .models import (
    Case,
    CaseParticipant,
    CasePhaseChange,
    CaseSignal,
    CrisisPlan,
    Intervention,
    InterventionType,
)

TITLE_MAX_LENGTH = 200
TEXT_MAX_LENGTH = 10_000


def _acting_organisation(user: User) -> Organisation:
    membership = visibility.membership_of(user)
    if membership is None:
        raise ValidationError(_("You are not a member of an organisation."))
    return membership.organisation


def _require_lead(case: Case, user: User) -> Organisation:
    organisation = _acting_organisation(user)
    if organisation.pk != case.lead_organisation_id:
        raise ValidationError(_("Only the lead organisation of the case can change this."))
    return organisation


def _require_participant(case: Case, user: User) -> Organisation:
    organisation = _acting_organisation(user)
    if not CaseParticipant.objects.filter(case=case, organisation=organisation).exists():
        raise ValidationError(_("Your organisation does not take part in this case."))
    return organisation


def _check_text(errors: dict, field: str, value: str, *, required: bool, message: str = "") -> str:
    value = (value or "").strip()
    if required and not value:
        errors.setdefault(field, []).append(message or _("This field is required."))
    if len(value) > TEXT_MAX_LENGTH:
        errors.setdefault(field, []).append(_("Keep this under %(count)d characters.") % {"count": TEXT_MAX_LENGTH})
    return value


def _check_title(errors: dict, title: str) -> str:
    title = (title or "").strip()
    if not title:
        errors.setdefault("title", []).append(_("Give the case a title that describes the situation."))
    elif len(title) > TITLE_MAX_LENGTH:
        errors.setdefault("title", []).append(_("Keep the title under %(count)d characters.") % {"count": 200})
    return title


def _check_organisations(errors: dict, organisations: Iterable[Organisation], network_id) -> list[Organisation]:
    organisations = list(dict.fromkeys(organisations))
    if any(organisation.network_id != network_id for organisation in organisations):
        errors.setdefault("organisations", []).append(_("Choose organisations of your network."))
    return organisations


def _check_signals(errors: dict, user: User, signals: Iterable[Signal]) -> list[Signal]:
    """Only signals the user may see, and no drafts or practice signals."""
    signals = list(dict.fromkeys(signals))
    if not signals:
        return []
    visible = set(
        visibility.signals_visible_to(user)
        .filter(pk__in=[signal.pk for signal in signals])
        .values_list("pk", flat=True)
    )
    for signal in signals:
        if signal.pk not in visible:
            errors.setdefault("signals", []).append(_("You can only add signals you may see."))
            break
        if signal.status == SignalStatus.DRAFT or signal.is_practice:
            errors.setdefault("signals", []).append(_("Drafts and practice signals cannot be added to a case."))
            break
    return signals


def _link_signals(case: Case, signals: list[Signal], user: User, organisation: Organisation) -> int:
    existing = set(CaseSignal.objects.filter(case=case).values_list("signal_id", flat=True))
    new = [signal for signal in signals if signal.pk not in existing]
    for signal in new:
        link = CaseSignal(case=case, signal=signal, added_by=user, added_by_organisation=organisation)
        link._history_user = user
        link.save()
    return len(new)


def _record_phase(case: Case, *, from_phase: str, to_phase: str, reason: str, user: User, organisation) -> None:
    CasePhaseChange.objects.create(
        case=case,
        from_phase=from_phase,
        to_phase=to_phase,
        reason=reason,
        changed_by=user,
        organisation=organisation,
    )


# --- cases ----------------------------------------------------------------------------------------------------


@transaction.atomic
def case_create(
    *,
    acting_user: User,
    title: str,
    description: str = "",
    phase: str = Phase.VREDESTIJD,
    organisations: Iterable[Organisation] = (),
    signals: Iterable[Signal] = (),
) -> Case:
    """A new case led by the user's organisation, with the participating organisations and the signals the user
    may see. Its first phase is recorded as the start of the phase history."""
    organisation = _acting_organisation(acting_user)
    errors: dict[str, list[str]] = {}
    title = _check_title(errors, title)
    description = _check_text(errors, "description", description, required=False)
    if phase not in Phase.values:
        errors.setdefault("phase", []).append(_("Choose a phase: peace time, crisis or aftercare."))
    participants = _check_organisations(errors, organisations, organisation.network_id)
    signals = _check_signals(errors, acting_user, signals)
    if errors:
        raise ValidationError(errors)
    case = Case(
        network_id=organisation.network_id,
        title=title,
        description=description,
        lead_organisation=organisation,
        phase=phase,
        created_by=acting_user,
    )
    case._history_user = acting_user
    case.save()
    for participant in [organisation, *[o for o in participants if o.pk != organisation.pk]]:
        record = CaseParticipant(case=case, organisation=participant)
        record._history_user = acting_user
        record.save()
    _link_signals(case, signals, acting_user, organisation)
    _record_phase(
        case,
        from_phase="",
        to_phase=phase,
        reason=_("Case opened."),
        user=acting_user,
        organisation=organisation,
    )
    return case


@transaction.atomic
def case_update(
    *,
    case: Case,
    acting_user: User,
    title: str | None = None,
    description: str | None = None,
    organisations: Iterable[Organisation] | None = None,
) -> Case:
    """Change the title, description or participants (lead organisation only). The lead always takes part; an
    organisation that still carries out an open intervention of the case cannot be taken out."""
    lead = _require_lead(case, acting_user)
    errors: dict[str, list[str]] = {}
    if title is not None:
        case.title = _check_title(errors, title)
    if description is not None:
        case.description = _check_text(errors, "description", description, required=False)
    wanted = None
    if organisations is not None:
        wanted = {o.pk: o for o in _check_organisations(errors, organisations, lead.network_id)}
        wanted[lead.pk] = lead
        current = set(CaseParticipant.objects.filter(case=case).values_list("organisation_id", flat=True))
        leaving = current - set(wanted)
        busy = (
            Intervention.objects.filter(
                case=case,
                executing_organisation_id__in=leaving,
                status__in=[InterventionStatus.PROPOSED, InterventionStatus.PLANNED],
            )
            .values_list("executing_organisation__name", flat=True)
            .distinct()
        )
        busy = sorted(busy)
        if busy:
            errors.setdefault("organisations", []).append(
                _("%(names)s still carries out an open intervention of this case.") % {"names": ", ".join(busy)}
            )
    if errors:
        raise ValidationError(errors)
    case._history_user = acting_user
    case.save()
    if wanted is not None:
        CaseParticipant.objects.filter(case=case, organisation_id__in=leaving).delete()
        for organisation_id, organisation in wanted.items():
            if organisation_id not in current:
                record = CaseParticipant(case=case, organisation=organisation)
                record._history_user = acting_user
                record.save()
    return case


@transaction.atomic
def case_change_phase(*, case: Case, acting_user: User, phase: str, reason: str) -> Case:
    """Move the case to another phase, back and forth (a violence spiral); who and why are kept."""
    organisation = _require_lead(case, acting_user)
    case = Case.objects.select_for_update().get(pk=case.pk)
    errors: dict[str, list[str]] = {}
    if phase not in Phase.values:
        errors.setdefault("phase", []).append(_("Choose a phase: peace time, crisis or aftercare."))
    elif phase == case.phase:
        errors.setdefault("phase", []).append(_("The case is already in this phase."))
    reason = _check_text(errors, "reason", reason, required=True, message=_("Say why the case moves to this phase."))
    if errors:
        raise ValidationError(errors)
    previous = case.phase
    case.phase = phase
    case._history_user = acting_user
    case.save(update_fields=["phase", "updated_at"])
    _record_phase(case, from_phase=previous, to_phase=phase, reason=reason, user=acting_user, organisation=organisation)
    return case


@transaction.atomic
def case_add_signals(*, case: Case, acting_user: User, signals: Iterable[Signal]) -> int:
    """Bundle signals the user may see into the case (any participant). Shares nothing: each participant keeps
    seeing a signal only as it was shared with them. Answers how many were new."""
    organisation = _require_participant(case, acting_user)
    errors: dict[str, list[str]] = {}
    signals = _check_signals(errors, acting_user, signals)
    if not signals:
        errors.setdefault("signals", []).append(_("Choose at least one signal."))
    if errors:
        raise ValidationError(errors)
    added = _link_signals(case, signals, acting_user, organisation)
    if added:
        case._history_user = acting_user
        case.save(update_fields=["updated_at"])
    return added


@transaction.atomic
def case_remove_signal(*, case: Case, acting_user: User, signal: Signal) -> None:
    """Take a signal out of the case: the lead organisation, or the organisation that added it."""
    organisation = _acting_organisation(acting_user)
    link = CaseSignal.objects.filter(case=case, signal=signal).first()
    if link is None:
        raise ValidationError(_("This signal is not part of the case."))
    if organisation.pk not in (case.lead_organisation_id, link.added_by_organisation_id):
        raise ValidationError(_("Only the lead organisation or the organisation that added it can take it out."))
    link._history_user = acting_user
    link.delete()


# --- interventions --------------------------------------------------------------------------------------------


# The matrix entries that are the online and offline actions of the route's step 5 (seed 002).
ROUTE_ACTION_PREFIX = "route-actie-"


def suggested_types(*, phase: str | None, partner_type: str | None):
    """Matrix entries that fit a phase (any phase for ``None``) and the user's partner type (DOMAIN.md §6)."""
    queryset = InterventionType.objects.filter(is_active=True)
    if phase:
        queryset = queryset.filter(phase=phase)
    if partner_type:
        queryset = queryset.for_partner_type(partner_type)
    return queryset


def executing_candidates(*, case: Case | None, signal: Signal | None, acting_organisation: Organisation) -> set:
    """Who may carry out an intervention: on a case, its participants. On a signal, for its owner organisation the
    organisations that may read it (nobody is told of a signal it cannot see); for a partner only itself and the
    owner, so that the answer never tells a partner who else received the signal."""
    if case is not None:
        return set(CaseParticipant.objects.filter(case=case).values_list("organisation_id", flat=True))
    if acting_organisation.pk != signal.owner_organisation_id:
        return {acting_organisation.pk, signal.owner_organisation_id}
    return set(visibility.organisations_reading(signal))


def _validate_intervention(intervention: Intervention, errors: dict, acting_organisation: Organisation) -> None:
    if not intervention.title:
        errors.setdefault("title", []).append(_("Give the intervention a title, or choose one from the matrix."))
    elif len(intervention.title) > TITLE_MAX_LENGTH:
        errors.setdefault("title", []).append(_("Keep the title under %(count)d characters.") % {"count": 200})
    if intervention.phase not in Phase.values:
        errors.setdefault("phase", []).append(_("Choose a phase: peace time, crisis or aftercare."))
    if intervention.target not in Target.values:
        errors.setdefault("target", []).append(_("Choose whom the intervention is aimed at."))
    if intervention.status not in InterventionStatus.values:
        errors.setdefault("status", []).append(_("Choose a status."))
    candidates = executing_candidates(
        case=intervention.case, signal=intervention.signal, acting_organisation=acting_organisation
    )
    if intervention.executing_organisation_id not in candidates:
        errors.setdefault("executing_organisation", []).append(
            _("Choose an organisation that takes part in the case.")
            if intervention.case_id
            else _("Choose your own organisation or the owner organisation of the signal.")
            if acting_organisation.pk != intervention.signal.owner_organisation_id
            else _("Choose an organisation that may see this signal.")
        )
    person = intervention.executing_person
    if person is not None:
        membership = getattr(person, "membership", None)
        if membership is None or membership.organisation_id != intervention.executing_organisation_id:
            errors.setdefault("executing_person", []).append(
                _("The executing person must be a member of the executing organisation.")
            )
    if intervention.status == InterventionStatus.PLANNED and intervention.planned_date is None:
        errors.setdefault("planned_date", []).append(_("A planned intervention needs a planned date."))
    if intervention.effect and intervention.status != InterventionStatus.DONE:
        errors.setdefault("effect", []).append(_("Describe the effect once the intervention is done."))


@transaction.atomic
def intervention_create(
    *,
    acting_user: User,
    case: Case | None = None,
    signal: Signal | None = None,
    intervention_type: InterventionType | None = None,
    title: str = "",
    executing_organisation: Organisation | None = None,
    executing_person: User | None = None,
    goal: str = "",
    target: str = "",
    planned_date: dt.date | None = None,
    status: str = InterventionStatus.PROPOSED,
    outcome: str = "",
) -> Intervention:
    """An intervention on a case (any participant) or on a signal (anyone who may see it), from the matrix or
    custom. The phase is the case's current phase, or the matrix entry's on a signal."""
    if (case is None) == (signal is None):
        raise ValidationError(_("An intervention belongs to a case or to a signal."))
    organisation = _require_participant(case, acting_user) if case is not None else _acting_organisation(acting_user)
    if signal is not None and AccessLevel(getattr(signal, "access_level", AccessLevel.NONE)) < AccessLevel.SUMMARY:
        raise ValidationError(_("You can only plan interventions on signals you may see."))
    errors: dict[str, list[str]] = {}
    goal = _check_text(errors, "goal", goal, required=True, message=_("Say what the intervention should achieve."))
    outcome = _check_text(errors, "outcome", outcome, required=False)
    if case is not None:
        phase = case.phase
    elif intervention_type is not None:
        phase = intervention_type.phase
    else:
        phase = Phase.VREDESTIJD
    intervention = Intervention(
        case=case,
        signal=signal,
        intervention_type=intervention_type,
        title=(title or "").strip() or (intervention_type.title if intervention_type else ""),
        phase=phase,
        executing_organisation=executing_organisation or organisation,
        executing_person=executing_person,
        goal=goal,
        target=target,
        planned_date=planned_date,
        status=status,
        outcome=outcome,
        created_by=acting_user,
        created_by_organisation=organisation,
    )
    _validate_intervention(intervention, errors, organisation)
    if errors:
        raise ValidationError(errors)
    intervention._history_user = acting_user
    intervention.save()
    return intervention


UPDATABLE_FIELDS = frozenset(
    {
        "title",
        "executing_organisation",
        "executing_person",
        "goal",
        "target",
        "planned_date",
        "status",
        "outcome",
        "effect",
    }
)


def can_change_intervention(user: User, intervention: Intervention) -> bool:
    """The executing and the registering organisation, and on a case its lead organisation."""
    membership = visibility.membership_of(user)
    if membership is None:
        return False
    allowed = {intervention.executing_organisation_id, intervention.created_by_organisation_id}
    if intervention.case_id:
        allowed.add(intervention.case.lead_organisation_id)
    return membership.organisation_id in allowed


@transaction.atomic
def intervention_update(*, intervention: Intervention, acting_user: User, **changes) -> Intervention:
    """Change an intervention: plan it, carry it out, drop it, record its outcome and effect. Every change is kept
    in its history."""
    unknown = set(changes) - UPDATABLE_FIELDS
    if unknown:
        raise ValidationError(_("Unknown fields: %(fields)s") % {"fields": ", ".join(sorted(unknown))})
    if not can_change_intervention(acting_user, intervention):
        raise ValidationError(
            _("Only the executing organisation, the organisation that registered it or the case lead can change it.")
        )
    errors: dict[str, list[str]] = {}
    for field, value in changes.items():
        if field in ("goal", "outcome", "effect"):
            value = _check_text(
                errors,
                field,
                value,
                required=field == "goal",
                message=_("Say what the intervention should achieve."),
            )
        elif isinstance(value, str):
            value = value.strip()
        setattr(intervention, field, value)
    _validate_intervention(intervention, errors, _acting_organisation(acting_user))
    if errors:
        raise ValidationError(errors)
    intervention._history_user = acting_user
    intervention.save(update_fields=[*changes, "updated_at"])
    return intervention


# --- the crisis action plan -----------------------------------------------------------------------------------


def crisis_plan_of(case: Case) -> CrisisPlan | None:
    return CrisisPlan.objects.filter(case=case).select_related("communication_lead").first()


@transaction.atomic
def crisis_plan_save(
    *,
    case: Case,
    acting_user: User,
    choices: dict[str, dict[str, str]],
    one_line: str = "",
    communication_lead: Organisation | None = None,
    checklist: dict[str, dict] | None = None,
) -> CrisisPlan:
    """Record the network's action plan for a case in crisis (seed 001 Crisis 4a-f): per choice the option and
    the reasoning, the one line the network agreed, the communication lead and the escalation checklist. Kept by
    the lead organisation; every version is in the history."""
    from . import crisis_data

    _require_lead(case, acting_user)
    errors: dict[str, list[str]] = {}
    if case.phase != Phase.CRISIS and not CrisisPlan.objects.filter(case=case).exists():
        errors.setdefault("__all__", []).append(_("An action plan is made for a case in crisis."))
    known = {item["code"]: {code for code, _label in item["options"]} for item in crisis_data.ACTION_PLAN_CHOICES}
    cleaned_choices = {}
    for code, value in (choices or {}).items():
        if code not in known:
            errors.setdefault("choices", []).append(_("Unknown choice: %(code)s") % {"code": code})
            continue
        option = (value or {}).get("option") or ""
        reasoning = _check_text(errors, f"choice_{code}_reasoning", (value or {}).get("reasoning", ""), required=False)
        if option and option not in known[code]:
            errors.setdefault(f"choice_{code}", []).append(_("Choose one of the options."))
        if reasoning and not option:
            errors.setdefault(f"choice_{code}", []).append(_("Choose an option for your reasoning."))
        if option:
            cleaned_choices[code] = {"option": option, "reasoning": reasoning}
    one_line = _check_text(errors, "one_line", one_line, required=False)
    if (
        communication_lead is not None
        and not CaseParticipant.objects.filter(case=case, organisation=communication_lead).exists()
    ):
        errors.setdefault("communication_lead", []).append(_("Choose an organisation that takes part in the case."))
    checklist_codes = {item["code"] for item in crisis_data.ESCALATION_CHECKLIST}
    cleaned_checklist = {}
    for code, value in (checklist or {}).items():
        if code not in checklist_codes:
            errors.setdefault("checklist", []).append(_("Unknown checklist item: %(code)s") % {"code": code})
            continue
        note = _check_text(errors, f"check_{code}_note", (value or {}).get("note", ""), required=False)
        checked = bool((value or {}).get("checked"))
        if checked or note:
            cleaned_checklist[code] = {"checked": checked, "note": note}
    if errors:
        raise ValidationError(errors)
    plan = CrisisPlan.objects.select_for_update().filter(case=case).first() or CrisisPlan(case=case)
    plan.choices = cleaned_choices
    plan.one_line = one_line
    plan.communication_lead = communication_lead
    plan.checklist = cleaned_checklist
    plan.updated_by = acting_user
    plan._history_user = acting_user
    plan.save()
    case._history_user = acting_user
    case.save(update_fields=["updated_at"])
    return plan
