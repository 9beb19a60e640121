"""The case pages (casussen), the intervention matrix (interventiematrix) and interventions. Thin adapters over
interventions/services.py and interventions/selectors.py; what anyone sees is decided by partners/visibility.py.

Missing and forbidden both answer 404. A participant who may read a case but not change what only its lead
organisation changes gets a page without the form (and 404 on a direct POST)."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from aftercare import selectors as aftercare_selectors
from partners import visibility
from partners.forms import apply_service_errors
from partners.models import User
from partners.visibility import AccessLevel
from signals.partner_views import LEVEL_NAMES

from . import selectors, services
from .constants import InterventionStatus, Phase
from .forms import AddSignalsForm, CaseForm, CrisisPlanForm, InterventionForm, MatrixFilterForm, PhaseForm
from .models import CaseParticipant, InterventionType

PAGE_SIZE = 25
# The name of the search button inside a form: it re-renders the form with the search, keeping what was typed.
SEARCH_BUTTON = "zoeken"
PHASE_ORDER = [Phase.VREDESTIJD, Phase.CRISIS, Phase.NAZORG]


def _membership_or_404(user):
    membership = visibility.membership_of(user)
    if membership is None:
        raise Http404
    return membership


# --- the intervention matrix ----------------------------------------------------------------------------------


def filtered_types(filters: dict):
    queryset = InterventionType.objects.filter(is_active=True)
    if filters.get("phase"):
        queryset = queryset.filter(phase=filters["phase"])
    if filters.get("mode"):
        queryset = queryset.filter(mode=filters["mode"])
    if filters.get("partner_type"):
        queryset = queryset.for_partner_type(filters["partner_type"])
    if filters.get("target"):
        queryset = queryset.for_target(filters["target"])
    return queryset.search(filters.get("q", ""))


@login_required
def matrix(request):
    """De interventiematrix: every intervention type by phase, filterable by phase, mode, partner type, target and
    free text; printable (the print stylesheet leaves out navigation and filters)."""
    form = MatrixFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    types = list(filtered_types(filters))
    columns = [
        {"phase": phase, "label": phase.label, "types": [t for t in types if t.phase == phase]}
        for phase in PHASE_ORDER
        if not filters.get("phase") or filters["phase"] == phase
    ]
    context = {
        "form": form,
        "columns": columns,
        "count": len(types),
        "filtered": any(filters.values()) if filters else False,
        "total": InterventionType.objects.filter(is_active=True).count(),
    }
    template = "interventions/partials/_matrix_results.html" if request.htmx else "interventions/matrix.html"
    return render(request, template, context)


# --- cases ----------------------------------------------------------------------------------------------------


@login_required
def case_list(request):
    """The cases my organisation takes part in, with their phase; counts only the signals I may see."""
    phase = request.GET.get("phase", "")
    queryset = visibility.cases_visible_to(request.user).order_by("-updated_at")
    if phase in Phase.values:
        queryset = queryset.filter(phase=phase)
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    counts = visibility.case_signal_counts(request.user, page.object_list)
    rows = [{"case": case, "signal_count": counts.get(case.pk, 0)} for case in page.object_list]
    context = {
        "page": page,
        "rows": rows,
        "phase": phase if phase in Phase.values else "",
        "phases": Phase.choices,
        "query_string": f"phase={phase}" if phase in Phase.values else "",
        "can_create": visibility.membership_of(request.user) is not None,
    }
    return render(request, "interventions/case_list.html", context)


def _organisation_choices(user):
    membership = _membership_or_404(user)
    return visibility.organisations_visible_to(user).exclude(pk=membership.organisation_id).order_by("name")


@login_required
def case_create(request):
    """A new case, led by my organisation, from signals I may see (``?signaal=<id>`` preselects one). Searching for
    signals is a button of the same form, so what was typed and ticked stays."""
    _membership_or_404(request.user)
    posted = request.method == "POST"
    searching = posted and SEARCH_BUTTON in request.POST
    chosen_ids = _valid_ids(request.POST.getlist("signals") if posted else request.GET.getlist("signaal"))
    q = (request.POST if posted else request.GET).get("q", "").strip()
    signals = selectors.signals_to_choose(request.user, q=q, chosen=chosen_ids)
    initial = {"signals": chosen_ids}
    if searching:
        initial.update(
            {
                "title": request.POST.get("title", ""),
                "description": request.POST.get("description", ""),
                "phase": request.POST.get("phase", Phase.VREDESTIJD),
                "organisations": request.POST.getlist("organisations"),
            }
        )
    form = CaseForm(
        request.POST if posted and not searching else None,
        organisations=_organisation_choices(request.user),
        signals=signals,
        headlines=selectors.signal_headlines(signals),
        initial=initial,
    )
    if posted and not searching and form.is_valid():
        try:
            case = services.case_create(acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The case has been opened."))
            return redirect("interventions:case", case.pk)
    return render(
        request,
        "interventions/case_form.html",
        {"form": form, "q": q, "creating": True, "search_button": SEARCH_BUTTON},
        status=400 if form.errors else 200,
    )


def _valid_ids(values) -> list:
    ids = []
    for value in values:
        try:
            ids.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    return ids


@login_required
def case_detail(request, pk):
    """The case: phase, lead and participants, its signals at my level, interventions, the crisis action plan
    (in crisis), the aftercare plan's progress and the evaluation, and the timeline. Matrix suggestions fit the phase
    and my partner type."""
    case = visibility.get_case_for_user(request.user, pk)
    membership = visibility.membership_of(request.user)
    signals = list(visibility.case_signals_visible_to(request.user, case).select_related("phenomenon"))
    interventions = list(
        visibility.interventions_visible_to(request.user).filter(case=case).select_related("case__lead_organisation")
    )
    participants = CaseParticipant.objects.filter(case=case).select_related("organisation")
    suggestions = services.suggested_types(phase=case.phase, partner_type=membership.organisation.partner_type)[:6]
    context = {
        "case": case,
        "participants": [p.organisation for p in participants],
        "signal_rows": [
            {
                "signal": signal,
                "headline": selectors.signal_headline(signal),
                "level_code": AccessLevel(signal.access_level).code,
                "level_name": LEVEL_NAMES.get(AccessLevel(signal.access_level), ""),
                "own": signal.access_level >= AccessLevel.OWNER,
                "removable": membership.organisation_id == case.lead_organisation_id,
            }
            for signal in signals
        ],
        "intervention_rows": [
            {
                "intervention": intervention,
                "person": visibility.person_label(
                    request.user, intervention.executing_organisation, intervention.executing_person
                ),
            }
            for intervention in interventions
        ],
        "timeline": selectors.case_timeline(request.user, case, signals=signals, interventions=interventions),
        "suggestions": suggestions,
        "crisis_plan": services.crisis_plan_of(case),
        "phase_form": PhaseForm() if case.is_lead else None,
        "nav_section": "cases",
        # Aftercare and evaluation: two queries (the plan's tasks, the evaluation).
        "aftercare_progress": aftercare_selectors.plan_progress(
            visibility.aftercare_tasks_of(request.user, case).select_related(None).only("status", "due_date")
        ),
        "evaluation": visibility.evaluations_visible_to(request.user).filter(case=case).first(),
        "can_start_evaluation": visibility.can_coordinate_network(request.user),
    }
    return render(request, "interventions/case_detail.html", context)


@login_required
def case_edit(request, pk):
    """Title, description and participants: the lead organisation only."""
    case = visibility.get_case_for_user(request.user, pk, lead=True)
    participants = list(CaseParticipant.objects.filter(case=case).values_list("organisation_id", flat=True))
    form = CaseForm(
        request.POST if request.method == "POST" else None,
        organisations=_organisation_choices(request.user),
        editing=True,
        initial={"title": case.title, "description": case.description, "organisations": participants},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.case_update(case=case, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The case has been saved."))
            return redirect("interventions:case", case.pk)
    return render(
        request,
        "interventions/case_form.html",
        {"form": form, "case": case, "creating": False},
        status=400 if form.errors else 200,
    )


@login_required
def case_phase(request, pk):
    """Move the case to another phase, with the reason (lead organisation)."""
    case = visibility.get_case_for_user(request.user, pk, lead=True)
    form = PhaseForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.case_change_phase(case=case, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request, _("The case is now in phase %(phase)s.") % {"phase": Phase(form.cleaned_data["phase"]).label}
            )
            if form.cleaned_data["phase"] == Phase.CRISIS:
                return redirect("interventions:crisis_plan", case.pk)
            return redirect("interventions:case", case.pk)
    return render(
        request,
        "interventions/case_phase.html",
        {"form": form, "case": case, "history": case.phase_changes.select_related("organisation", "changed_by")},
        status=400 if form.errors else 200,
    )


@login_required
def case_signals(request, pk):
    """Add signals I may see to the case (any participant). Adding shares nothing. Searching keeps the ticks."""
    case = visibility.get_case_for_user(request.user, pk)
    posted = request.method == "POST"
    searching = posted and SEARCH_BUTTON in request.POST
    chosen_ids = _valid_ids(request.POST.getlist("signals") if posted else request.GET.getlist("signaal"))
    q = (request.POST if posted else request.GET).get("q", "").strip()
    signals = selectors.signals_to_choose(request.user, q=q, exclude_case=case, chosen=chosen_ids)
    form = AddSignalsForm(
        request.POST if posted and not searching else None,
        signals=signals,
        headlines=selectors.signal_headlines(signals),
        initial={"signals": chosen_ids},
    )
    if posted and not searching and form.is_valid():
        try:
            added = services.case_add_signals(case=case, acting_user=request.user, signals=form.cleaned_data["signals"])
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("%(count)d signal(s) added to the case.") % {"count": added})
            return redirect("interventions:case", case.pk)
    return render(
        request,
        "interventions/case_signals.html",
        {"form": form, "case": case, "q": q, "search_button": SEARCH_BUTTON},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def case_signal_remove(request, pk, signal_pk):
    """Take a signal out of the case (the lead, or the organisation that added it)."""
    case = visibility.get_case_for_user(request.user, pk)
    signal = visibility.get_signal_for_user(request.user, signal_pk)
    try:
        services.case_remove_signal(case=case, acting_user=request.user, signal=signal)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The signal has been taken out of the case; nothing about its sharing changed."))
    return redirect("interventions:case", case.pk)


@login_required
def crisis_plan(request, pk):
    """The crisis action plan (seed 001 Crisis 4a-f, the one line, the communication lead, the escalation
    checklist): every participant reads it, the lead organisation writes it."""
    from . import crisis_data

    case = visibility.get_case_for_user(request.user, pk)
    plan = services.crisis_plan_of(case)
    organisations = visibility.organisations_visible_to(request.user).filter(case_participations__case=case)
    form = CrisisPlanForm(
        request.POST if request.method == "POST" else None,
        choices=crisis_data.ACTION_PLAN_CHOICES,
        checklist=crisis_data.ESCALATION_CHECKLIST,
        organisations=organisations.order_by("name"),
        initial=CrisisPlanForm.initial_from(plan),
    )
    if request.method == "POST":
        if not case.is_lead:
            raise Http404
        if form.is_valid():
            try:
                services.crisis_plan_save(case=case, acting_user=request.user, **form.service_data())
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.success(request, _("The action plan has been saved."))
                return redirect("interventions:crisis_plan", case.pk)
    choice_labels = {item["code"]: dict(item["options"]) for item in crisis_data.ACTION_PLAN_CHOICES}
    context = {
        "case": case,
        "plan": plan,
        "form": form if case.is_lead else None,
        "can_edit": case.is_lead and (case.phase == Phase.CRISIS or plan is not None),
        "choices_read": [
            {
                "item": item,
                "option": choice_labels[item["code"]].get((plan.choices.get(item["code"]) or {}).get("option", ""), "")
                if plan
                else "",
                "reasoning": (plan.choices.get(item["code"]) or {}).get("reasoning", "") if plan else "",
            }
            for item in crisis_data.ACTION_PLAN_CHOICES
        ],
        "checklist_read": [
            {"item": item, **((plan.checklist.get(item["code"]) or {}) if plan else {})}
            for item in crisis_data.ESCALATION_CHECKLIST
        ],
        "one_line_explanation": getattr(crisis_data, "ONE_LINE_EXPLANATION", ""),
        "communication_lead_explanation": getattr(crisis_data, "COMMUNICATION_LEAD_EXPLANATION", ""),
    }
    return render(request, "interventions/crisis_plan.html", context, status=400 if form.errors else 200)


# --- interventions --------------------------------------------------------------------------------------------


def _persons_of_own_organisation(user):
    return User.objects.filter(
        pk__in=visibility.memberships_visible_to(user).values("user_id"), is_active=True
    ).order_by("first_name", "last_name", "username")


def _intervention_form(request, *, case=None, signal=None, instance=None, data=None, texts=None):
    """The form to plan an intervention, or (``instance``) to change one, its texts as the user may read them."""
    user = request.user
    membership = _membership_or_404(user)
    case = case if case is not None else (instance.case if instance else None)
    signal = signal if signal is not None else (instance.signal if instance else None)
    candidates = services.executing_candidates(case=case, signal=signal, acting_organisation=membership.organisation)
    organisations = visibility.organisations_visible_to(user).filter(pk__in=candidates)
    if instance is not None:
        initial = {
            **texts,
            "executing_organisation": instance.executing_organisation,
            "executing_person": instance.executing_person,
            "target": instance.target,
            "planned_date": instance.planned_date,
            "status": instance.status,
        }
    else:
        initial = {"executing_organisation": membership.organisation_id, "status": InterventionStatus.PROPOSED}
        code = request.GET.get("type", "")
        chosen = InterventionType.objects.filter(code=code, is_active=True).first() if code else None
        if chosen is not None:
            initial.update({"intervention_type": chosen.pk, "target": (chosen.targets or [""])[0]})
    types = InterventionType.objects.filter(is_active=True)
    return InterventionForm(
        data,
        types=types,
        organisations=organisations.order_by("name"),
        persons=_persons_of_own_organisation(user),
        editing=instance is not None,
        initial=initial,
    )


def _intervention_create(request, *, case=None, signal=None):
    form = _intervention_form(
        request, case=case, signal=signal, data=request.POST if request.method == "POST" else None
    )
    membership = visibility.membership_of(request.user)
    phase = case.phase if case is not None else None
    if request.method == "POST" and form.is_valid():
        try:
            intervention = services.intervention_create(
                acting_user=request.user, case=case, signal=signal, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The intervention has been registered."))
            return redirect("interventions:intervention", intervention.pk)
    if case is not None:
        suggestions = services.suggested_types(phase=case.phase, partner_type=membership.organisation.partner_type)
    else:
        # On a single signal: the online and offline actions of the route's step 5 (seed 002) that fit us.
        suggestions = services.suggested_types(phase=None, partner_type=membership.organisation.partner_type).filter(
            code__startswith=services.ROUTE_ACTION_PREFIX
        )
    context = {
        "form": form,
        "case": case,
        "signal": signal,
        "signal_headline": selectors.signal_headline(signal) if signal is not None else "",
        "suggestions": suggestions,
        "phase": phase,
    }
    return render(request, "interventions/intervention_form.html", context, status=400 if form.errors else 200)


@login_required
def case_intervention_create(request, pk):
    case = visibility.get_case_for_user(request.user, pk)
    return _intervention_create(request, case=case)


@login_required
def signal_intervention_create(request, signal_pk):
    signal = visibility.get_signal_for_user(request.user, signal_pk)
    return _intervention_create(request, signal=signal)


@login_required
def intervention_detail(request, pk):
    """One intervention with its history; the executing or registering organisation (or the case lead) changes it:
    plan it, carry it out, drop it, record outcome and effect. On a signal, a reader below full level reads (and
    edits) its texts with the signal's names left out; a field left as shown is not written back."""
    intervention = visibility.get_intervention_for_user(request.user, pk)
    signal = visibility.get_signal_for_user(request.user, intervention.signal_id) if intervention.signal_id else None
    texts = visibility.intervention_texts(intervention, signal)
    can_change = services.can_change_intervention(request.user, intervention)
    form = None
    if can_change:
        form = _intervention_form(
            request, instance=intervention, data=request.POST if request.method == "POST" else None, texts=texts
        )
    if request.method == "POST":
        if not can_change:
            raise Http404
        if form.is_valid():
            # Only what the user changed: a text shown without names must not overwrite the original.
            changes = {
                field: value
                for field, value in form.cleaned_data.items()
                if (value or None) != (form.initial.get(field) or None)
            }
            try:
                services.intervention_update(intervention=intervention, acting_user=request.user, **changes)
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.success(request, _("The intervention has been saved."))
                return redirect("interventions:intervention", intervention.pk)
    history = []
    previous = None
    records = intervention.history.order_by("history_date").select_related("history_user__membership__organisation")
    for record in records:
        if previous is None or record.status != previous.status:
            membership = getattr(record.history_user, "membership", None) if record.history_user else None
            history.append(
                {
                    "at": record.history_date,
                    "status": record.get_status_display(),
                    "by": visibility.person_label(request.user, membership.organisation, record.history_user)
                    if membership
                    else "",
                }
            )
        previous = record
    context = {
        "intervention": intervention,
        "texts": texts,
        "person": visibility.person_label(
            request.user, intervention.executing_organisation, intervention.executing_person
        ),
        "form": form,
        "history": history,
        "signal_headline": selectors.signal_headline(signal) if signal is not None else "",
    }
    return render(
        request, "interventions/intervention_detail.html", context, status=400 if form and form.errors else 200
    )
