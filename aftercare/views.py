"""The aftercare pages: a case's aftercare plan made from the handvatten of seed 001 and its misinformation log, and
support for own staff (the internal report of a burdening online incident and its follow-up). Thin adapters over
aftercare/services.py; who sees what is decided in partners/visibility.py.

Status codes:

* a case, task or rumour of a case the user's organisation does not take part in, or a malformed id: 404;
* an internal report is read by its reporter and the coordinators (team leads) of the reporter's organisation; for
  everybody else — a colleague, a partner, the network coordinator of another organisation — it does not exist (404);
* the reporter reads the report but may not follow it up: posting a follow-up answers 403 (they know the report);
* a user without an organisation (platform staff) has no internal reports to make or read: 404;
* bad input (a bad date, an unknown choice, an organisation not in the case) re-renders the form with what was typed
  and the errors, status 400; making the plan outside the aftercare phase redirects back with the reason."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from interventions.constants import Phase
from partners import visibility
from partners.forms import apply_service_errors
from partners.models import Organisation

from . import selectors, services
from .constants import (
    AFTERCARE_TASK_CODES,
    CLOSED_TASK_STATUSES,
    COPING_STRATEGIES,
    DEBUNK_RULES,
    OPERATIONAL_STRESSORS,
    ORGANISATIONAL_STRESSORS,
    FollowUp,
    StaffReportStatus,
)
from .forms import FollowUpForm, RumourForm, StaffReportForm, TaskAddForm, TaskForm

OPERATIONAL_CODES = frozenset(code for code, _label in OPERATIONAL_STRESSORS)
ORGANISATIONAL_CODES = frozenset(code for code, _label in ORGANISATIONAL_STRESSORS)


def _participants(case):
    """The organisations taking part in ``case``, as the choices of an organisation field."""
    return Organisation.objects.filter(case_participations__case_id=case.pk).order_by("name")


def _membership_or_404(user):
    membership = visibility.membership_of(user)
    if membership is None:
        raise Http404
    return membership


# --- the aftercare plan ---------------------------------------------------------------------------------------


def _task_rows(tasks, participant_ids: set) -> list[dict]:
    today = timezone.localdate()
    return [
        {
            "task": task,
            "point": task.source_point,
            "overdue": task.status not in CLOSED_TASK_STATUSES and task.due_date is not None and task.due_date < today,
            "organisation_left": task.organisation_id is not None and task.organisation_id not in participant_ids,
        }
        for task in tasks
    ]


def _rumour_rows(rumours) -> list[dict]:
    rows = []
    for rumour in rumours:
        followed = set(rumour.rules or [])
        rules = [{"code": code, "label": label, "followed": code in followed} for code, label in DEBUNK_RULES]
        rows.append({"rumour": rumour, "rules": rules, "followed": sum(rule["followed"] for rule in rules)})
    return rows


def _plan_context(request, case, *, task_form=None) -> dict:
    """The plan page in a fixed number of queries: the tasks with their organisation, the rumours with theirs, the
    participants (once, for the form's choices and to mark an organisation that left the case)."""
    tasks = list(visibility.aftercare_tasks_of(request.user, case))
    rumours = list(visibility.rumours_of(request.user, case))
    participants = list(_participants(case))
    present = {task.code for task in tasks if task.code}
    missing = [code for code in AFTERCARE_TASK_CODES if code not in present]
    if task_form is None:
        task_form = TaskAddForm(organisations=_participants(case))
    return {
        "case": case,
        "task_rows": _task_rows(tasks, {organisation.pk for organisation in participants}),
        "progress": selectors.plan_progress(tasks),
        "missing": len(missing),
        "can_make_plan": bool(missing) and case.phase == Phase.NAZORG,
        "task_form": task_form,
        "rumour_rows": _rumour_rows(rumours),
        "nav_section": "cases",
    }


@login_required
@require_GET
def plan(request, pk):
    case = visibility.get_case_for_user(request.user, pk)
    return render(request, "aftercare/plan.html", _plan_context(request, case))


@login_required
@require_POST
def plan_create(request, pk):
    """One task per handvat of seed 001 not yet in the plan; only while the case is in aftercare."""
    case = visibility.get_case_for_user(request.user, pk)
    try:
        added = services.plan_create(case=case, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        if added:
            messages.success(
                request,
                _("The plan has been made from the handvatten: %(count)d tasks added. Check who does what and when.")
                % {"count": added},
            )
        else:
            messages.info(request, _("Every handvat is already in the plan."))
    return redirect(reverse("aftercare:plan", args=[case.pk]) + "#taken")


@login_required
@require_POST
def task_add(request, pk):
    case = visibility.get_case_for_user(request.user, pk)
    form = TaskAddForm(request.POST, organisations=_participants(case))
    if form.is_valid():
        try:
            services.task_add(case=case, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The task has been added to the plan."))
            return redirect(reverse("aftercare:plan", args=[case.pk]) + "#taken")
    return render(request, "aftercare/plan.html", _plan_context(request, case, task_form=form), status=400)


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request, pk):
    """Who carries the task out (an organisation of the case), by when, its status and a note."""
    task = visibility.get_aftercare_task_for_user(request.user, pk)
    case = task.case
    initial = {
        "organisation": task.organisation_id,
        "due_date": task.due_date,
        "status": task.status,
        "note": task.note,
    }
    form = TaskForm(
        request.POST if request.method == "POST" else None, initial=initial, organisations=_participants(case)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.task_update(task=task, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The task “%(title)s” has been saved.") % {"title": task.title})
            return redirect(reverse("aftercare:plan", args=[case.pk]) + f"#taak-{task.pk}")
    return render(
        request,
        "aftercare/task_form.html",
        {"task": task, "case": case, "point": task.source_point, "form": form, "nav_section": "cases"},
        status=400 if form.errors else 200,
    )


# --- the misinformation log -------------------------------------------------------------------------------------


def _rumour_form(request, case, *, rumour=None):
    initial = None
    if rumour is not None:
        initial = {
            name: getattr(rumour, name)
            for name in ("rumour", "where", "facts", "counter_message", "messenger", "rules", "status")
        }
        initial["carried_by"] = rumour.carried_by_id
    return RumourForm(
        request.POST if request.method == "POST" else None, initial=initial, organisations=_participants(case)
    )


def _rumour_page(request, form, case, rumour=None):
    return render(
        request,
        "aftercare/rumour_form.html",
        {"form": form, "case": case, "rumour": rumour, "nav_section": "cases"},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def rumour_create(request, pk):
    case = visibility.get_case_for_user(request.user, pk)
    form = _rumour_form(request, case)
    if request.method == "POST" and form.is_valid():
        try:
            rumour = services.rumour_create(case=case, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The rumour has been added to the misinformation log."))
            return redirect(reverse("aftercare:plan", args=[case.pk]) + f"#gerucht-{rumour.pk}")
    return _rumour_page(request, form, case)


@login_required
@require_http_methods(["GET", "POST"])
def rumour_edit(request, pk):
    rumour = visibility.get_rumour_for_user(request.user, pk)
    case = rumour.case
    form = _rumour_form(request, case, rumour=rumour)
    if request.method == "POST" and form.is_valid():
        try:
            services.rumour_update(rumour, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The entry of the misinformation log has been saved."))
            return redirect(reverse("aftercare:plan", args=[case.pk]) + f"#gerucht-{rumour.pk}")
    return _rumour_page(request, form, case, rumour)


# --- support for own staff ------------------------------------------------------------------------------------

# Open reports first: just reported, then followed up, then closed; the newest first within each.
STATUS_ORDER = Case(
    When(status=StaffReportStatus.REPORTED, then=Value(0)),
    When(status=StaffReportStatus.FOLLOWED_UP, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


@login_required
@require_GET
def staff_reports(request):
    """The user's own reports; a coordinator (team lead) reads every report of the organisation, open ones first."""
    membership = _membership_or_404(request.user)
    reports = list(
        visibility.staff_reports_visible_to(request.user)
        .annotate(status_order=STATUS_ORDER)
        .order_by("status_order", "-created_at")
    )
    return render(
        request,
        "aftercare/staff_reports.html",
        {
            "reports": reports,
            "is_coordinator": membership.is_coordinator,
            "open_count": sum(1 for report in reports if report.status != StaffReportStatus.CLOSED),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def staff_report_create(request):
    _membership_or_404(request.user)
    cases = visibility.cases_visible_to(request.user).order_by("title")
    form = StaffReportForm(request.POST if request.method == "POST" else None, cases=cases)
    if request.method == "POST" and form.is_valid():
        try:
            report = services.staff_report_create(acting_user=request.user, **form.service_values())
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("Your report has been received. A coordinator of your organisation will contact you about it."),
            )
            return redirect("aftercare:staff_report", report.pk)
    return render(
        request,
        "aftercare/staff_report_form.html",
        {"form": form, "coping_strategies": COPING_STRATEGIES},
        status=400 if form.errors else 200,
    )


def _labels(codes, choices) -> list:
    labels = dict(choices)
    return [labels[code] for code in codes or [] if code in labels]


@login_required
@require_http_methods(["GET", "POST"])
def staff_report_detail(request, pk):
    """The report to its reporter and the coordinators of the organisation; the coordinators record the follow-up."""
    report = visibility.get_staff_report_for_user(request.user, pk)
    # The report was fetched for the user: a coordinator who reads it is one of its organisation.
    can_follow_up = visibility.can_follow_up_staff_reports(request.user)
    if request.method == "POST" and not can_follow_up:
        raise PermissionDenied
    form = None
    if can_follow_up:
        initial = {"status": report.status, "follow_up": report.follow_up, "follow_up_note": report.follow_up_note}
        if report.status == StaffReportStatus.REPORTED:
            initial["status"] = StaffReportStatus.FOLLOWED_UP
            initial["follow_up"] = [code for code in report.wishes if code != FollowUp.NONE]
        form = FollowUpForm(request.POST if request.method == "POST" else None, initial=initial)
        if request.method == "POST" and form.is_valid():
            try:
                services.staff_report_follow_up(report=report, acting_user=request.user, **form.cleaned_data)
            except ValidationError as exc:
                apply_service_errors(form, exc)
            else:
                messages.success(request, _("The follow-up has been saved."))
                return redirect("aftercare:staff_report", report.pk)
    stressors = report.stressors or []
    context = {
        "report": report,
        "is_reporter": report.reporter_id == request.user.pk,
        "operational": _labels([c for c in stressors if c in OPERATIONAL_CODES], OPERATIONAL_STRESSORS),
        "organisational": _labels([c for c in stressors if c in ORGANISATIONAL_CODES], ORGANISATIONAL_STRESSORS),
        "wishes": _labels(report.wishes, FollowUp.choices),
        "follow_up": _labels(report.follow_up, FollowUp.choices),
        "form": form,
    }
    return render(
        request, "aftercare/staff_report_detail.html", context, status=400 if form is not None and form.errors else 200
    )
