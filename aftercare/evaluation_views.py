"""The evaluation pages (DOMAIN.md §8, seed 001 "Evalueer de interventie"): the evaluations of my cases, an
organisation's part, the network coordinator's conclusions and finalising, lessons carried into the afsprakenkaart,
and the report PDF per organisation. Thin adapters over aftercare/services.py and aftercare/selectors.py; who sees
what is decided in partners/visibility.py.

Status codes, the same in every view:

* **404** — the evaluation (or case) is missing or not visible: another network, an organisation that does not take
  part in the case, platform staff without a membership. Also the report of an evaluation that is not finalised yet
  (there is no report until then, as there is no PDF of an afsprakenkaart that is not adopted).
* **403** — a participant who sees the evaluation asks for something only the network coordinator (regisseur) does:
  starting, concluding, finalising, carrying a lesson into the card. The services raise ``PermissionDenied`` for it;
  the views check ``visibility.can_coordinate_evaluation`` first with the same rule, so a GET of the conclusions form
  answers the same as its POST.
* **400** — bad input or a refused step (``ValidationError`` of a service, e.g. finalising while parts are missing):
  the form is shown again with the errors on its fields and everything typed kept.
* **302** — after a successful POST, to the evaluation page with a message. Also a part, the conclusions or
  finalising asked for once the evaluation is finalised (it no longer changes: the page says so), and a download of
  a report that is not ready or was made from sources that changed since (to the report's state, which asks for a
  new one).

The report's state (``report_status``) asks ``services.report_request`` for a current report on every request, and
the page polls it every two seconds while it is queued or being made; a report that failed stays failed until the
reader presses "try again" (``?opnieuw=1``), so that polling does not retry a broken report forever.

An organisation's internal evaluation is only shown to its own members (``visibility.part_internal_text``); the
others' parts appear once submitted, labelled by organisation, never by person."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from interventions.constants import Phase
from partners import visibility
from partners.forms import apply_service_errors
from partners.ratelimit import rate_limited

from . import selectors, services
from .constants import EVALUATION_FIELDS, EVALUATION_QUESTIONS, ReportStatus
from .evaluation_forms import ConcludeForm, EvaluationStartForm, FinaliseForm, LessonForm, PartForm

REPORT_POLL_SECONDS = 2


def _evaluation_url(evaluation, anchor: str = "") -> str:
    url = reverse("aftercare:evaluation", args=[evaluation.pk])
    return f"{url}#{anchor}" if anchor else url


def _coordinated_evaluation(request, pk):
    """The evaluation (404 when not visible), for its network coordinator only (403 for the other participants)."""
    evaluation = visibility.get_evaluation_for_user(request.user, pk)
    if not visibility.can_coordinate_evaluation(request.user, evaluation):
        raise PermissionDenied
    return evaluation


# --- the list ---------------------------------------------------------------------------------------------------


def _list_context(request, *, start_form=None, start_case_id=None) -> dict:
    user = request.user
    evaluations = list(visibility.evaluations_visible_to(user).order_by("-started_at"))
    counts = selectors.evaluation_counts(user, evaluations)
    rows = [
        {
            "evaluation": evaluation,
            "submitted": counts.get(evaluation.pk, {}).get("submitted", 0),
            "total": counts.get(evaluation.pk, {}).get("total", 0),
        }
        for evaluation in evaluations
    ]
    is_coordinator = visibility.can_coordinate_network(user)
    to_start = []
    if is_coordinator:
        to_start = list(
            visibility.cases_visible_to(user).filter(phase=Phase.NAZORG, evaluation__isnull=True).order_by("title")
        )
    return {
        "rows": rows,
        "is_coordinator": is_coordinator,
        "to_start": to_start,
        "start_form": start_form,
        "start_case_id": start_case_id,
    }


@login_required
@require_GET
def evaluation_list(request):
    """The evaluations of the cases my organisation takes part in; the network coordinator also sees the cases in
    aftercare that have none yet."""
    return render(request, "aftercare/evaluation_list.html", _list_context(request))


@login_required
@require_POST
def evaluation_start(request, pk):
    """The network coordinator starts the evaluation of a case (from the case page or the list)."""
    case = visibility.get_case_for_user(request.user, pk)
    if not visibility.can_coordinate_network(request.user):
        raise PermissionDenied
    existing = visibility.evaluations_visible_to(request.user).filter(case_id=case.pk).first()
    if existing is not None:
        messages.info(request, _("This case is already being evaluated."))
        return redirect(_evaluation_url(existing))
    form = EvaluationStartForm(request.POST)
    if form.is_valid():
        try:
            evaluation = services.evaluation_start(case=case, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("The evaluation has been started; the participating organisations were asked to write their part."),
            )
            return redirect(_evaluation_url(evaluation))
    context = _list_context(request, start_form=form, start_case_id=case.pk)
    if not any(candidate.pk == case.pk for candidate in context["to_start"]):
        context["to_start"] = [case, *context["to_start"]]
    return render(request, "aftercare/evaluation_list.html", context, status=400)


# --- the evaluation ---------------------------------------------------------------------------------------------


def _report(request, evaluation, *, retry: bool = False):
    """The report for the user's organisation, asked for (queued when there is no current one). A report that failed
    stays failed until someone asks to try again: polling must not retry it every two seconds."""
    if not retry:
        existing = selectors.report_of(request.user, evaluation)
        if existing is not None and existing.status == ReportStatus.FAILED:
            return existing
    report = services.report_request(evaluation=evaluation, acting_user=request.user)
    if report.status == ReportStatus.QUEUED:
        # Without Redis (the demo) Celery runs eagerly on commit: the report may be made already.
        report.refresh_from_db()
    return report


def _side_by_side(rows) -> list[dict]:
    """Per question, the answer of each part shown (own first, then the others by organisation name)."""
    return [
        {"label": label, "cells": [{"row": row, "text": row.answers[index][1]} for row in rows]}
        for index, (_field, label) in enumerate(EVALUATION_QUESTIONS)
    ]


def _open_card(user):
    """The version of the afsprakenkaart in the making that a lesson goes into (the service's rule: the last
    version, when it is not adopted), or None."""
    card = visibility.agreement_cards_visible_to(user).order_by("-version").first()
    return card if card is not None and card.is_open else None


def _detail_context(request, evaluation, *, finalise_form=None, lesson_form=None, report=None) -> dict:
    """Everything the evaluation page shows, in a fixed number of queries whatever the number of organisations."""
    user = request.user
    rows = selectors.part_rows(user, evaluation)
    own = next((row for row in rows if row.own), None)
    # Every participant has a part from the start; the own one counts as written once someone saved it. After
    # finalising, a draft that was never submitted is not part of the evaluation any more.
    own_written = own is not None and (own.part.is_submitted or own.part.updated_by_id is not None)
    columns = [row for row in rows if not row.own or row.part.is_submitted or (own_written and evaluation.is_open)]
    status_rows = selectors.part_status(evaluation)
    missing = [row["organisation"].name for row in status_rows if not row["submitted_at"]]
    is_coordinator = visibility.can_coordinate_evaluation(user, evaluation)
    context = {
        "evaluation": evaluation,
        "case": evaluation.case,
        "own": own,
        "own_written": own_written,
        "columns": columns,
        "side_by_side": _side_by_side(columns) if columns else [],
        "others_submitted": [row for row in rows if not row.own],
        "status_rows": status_rows,
        "submitted_count": len(status_rows) - len(missing),
        "missing": missing,
        "procedures": selectors.procedure_rows(evaluation),
        "follow_ups": evaluation.follow_up_lines(),
        "is_coordinator": is_coordinator,
        "report": report,
        "poll_seconds": REPORT_POLL_SECONDS,
    }
    if is_coordinator:
        context["finalise_form"] = finalise_form or FinaliseForm(missing=missing)
        context["lesson_form"] = lesson_form or LessonForm()
        context["open_card"] = _open_card(user)
        context["lesson_suggestions"] = [
            {"organisation": row.part.organisation, "text": row.part.agreements_to_change}
            for row in rows
            if row.part.agreements_to_change and (row.own or row.part.is_submitted)
        ]
    if not evaluation.is_open and report is None:
        context["report"] = _report(request, evaluation)
    return context


@login_required
@require_GET
def evaluation_detail(request, pk):
    evaluation = visibility.get_evaluation_for_user(request.user, pk)
    return render(request, "aftercare/evaluation_detail.html", _detail_context(request, evaluation))


@login_required
@require_http_methods(["GET", "POST"])
def part_edit(request, pk):
    """My organisation's part: saved as a draft (read by my organisation only) or submitted (read by the partners).
    A submitted part can still be improved until the evaluation is finalised."""
    evaluation = visibility.get_evaluation_for_user(request.user, pk)
    if not evaluation.is_open:
        messages.info(request, _("The evaluation is finalised: the parts no longer change."))
        return redirect(_evaluation_url(evaluation))
    rows = selectors.part_rows(request.user, evaluation)
    own = next((row for row in rows if row.own), None)
    initial = {}
    if own is not None:
        initial = {name: getattr(own.part, name) for name in EVALUATION_FIELDS}
        initial["internal"] = own.internal
    form = PartForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        submit = request.POST.get("action") == "submit"
        try:
            part = services.part_save(
                evaluation=evaluation, acting_user=request.user, submit=submit, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            if submit and not (own and own.part.is_submitted):
                messages.success(
                    request, _("Your organisation's part has been submitted: the partners can read it now.")
                )
            elif part.is_submitted:
                messages.success(request, _("Your organisation's part has been saved; the partners read the new text."))
            else:
                messages.success(
                    request, _("Your organisation's part has been saved as a draft: only your organisation reads it.")
                )
            return redirect(_evaluation_url(evaluation, "ons-deel"))
    others = [row for row in rows if not row.own]
    fields = [
        {
            "field": form[name],
            "others": [(row.part.organisation, row.answers[index][1]) for row in others if row.answers[index][1]],
        }
        for index, (name, _label) in enumerate(EVALUATION_QUESTIONS)
    ]
    return render(
        request,
        "aftercare/part_form.html",
        {
            "evaluation": evaluation,
            "case": evaluation.case,
            "own": own,
            "form": form,
            "fields": fields,
            "internal_field": form["internal"],
        },
        status=400 if form.errors else 200,
    )


# --- the network coordinator -----------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def evaluation_conclude(request, pk):
    """The network coordinator writes the conclusions, the agreed follow-ups, the state of the procedures and the
    period."""
    evaluation = _coordinated_evaluation(request, pk)
    if not evaluation.is_open:
        messages.info(request, _("The evaluation is finalised: it no longer changes."))
        return redirect(_evaluation_url(evaluation))
    form = ConcludeForm(
        request.POST if request.method == "POST" else None, initial=ConcludeForm.initial_for(evaluation)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.evaluation_update(evaluation=evaluation, acting_user=request.user, **form.service_values())
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The conclusions of the network have been saved."))
            return redirect(_evaluation_url(evaluation, "conclusies"))
    return render(
        request,
        "aftercare/conclude_form.html",
        {"evaluation": evaluation, "case": evaluation.case, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def evaluation_finalise(request, pk):
    """Finalise: refused, naming the organisations, while parts are missing, unless the coordinator ticks "finalise
    without them"; the conclusions are required."""
    evaluation = _coordinated_evaluation(request, pk)
    if not evaluation.is_open:
        messages.info(request, _("The evaluation is finalised: it no longer changes."))
        return redirect(_evaluation_url(evaluation))
    form = FinaliseForm(request.POST, missing=services.missing_parts(evaluation))
    form.is_valid()
    try:
        services.evaluation_finalise(
            evaluation=evaluation,
            acting_user=request.user,
            without_missing=bool(form.cleaned_data.get("without_missing")),
        )
    except ValidationError as exc:
        apply_service_errors(form, exc)
        context = _detail_context(request, evaluation, finalise_form=form)
        return render(request, "aftercare/evaluation_detail.html", context, status=400)
    messages.success(
        request, _("The evaluation has been finalised. Each participating organisation gets the report at its level.")
    )
    return redirect(_evaluation_url(evaluation, "rapport"))


@login_required
@require_POST
def lesson_to_card(request, pk):
    """Carry a lesson into the version of the afsprakenkaart in the making (as a conclusion beside the columns)."""
    evaluation = _coordinated_evaluation(request, pk)
    form = LessonForm(request.POST)
    if form.is_valid():
        try:
            note = services.lesson_to_card(
                evaluation=evaluation,
                acting_user=request.user,
                text=form.cleaned_data["text"],
                question=form.cleaned_data["question"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("The lesson is on version %(version)s of the afsprakenkaart; each partner takes it into its column.")
                % {"version": note.card.version},
            )
            return redirect(_evaluation_url(evaluation, "lessen"))
    context = _detail_context(request, evaluation, lesson_form=form)
    return render(request, "aftercare/evaluation_detail.html", context, status=400)


# --- the report -------------------------------------------------------------------------------------------------


def _finalised_evaluation(request, pk):
    evaluation = visibility.get_evaluation_for_user(request.user, pk)
    if evaluation.is_open:
        raise Http404  # no report before the evaluation is finalised
    return evaluation


@login_required
@require_GET
def report_status(request, pk):
    """The state of my organisation's report, asked for when there is no current one: the htmx partial (polled every
    two seconds while it is being made), or the evaluation page around it. ``?opnieuw=1`` tries a failed one again."""
    evaluation = _finalised_evaluation(request, pk)
    report = _report(request, evaluation, retry=bool(request.GET.get("opnieuw")))
    if request.htmx:
        return render(
            request,
            "aftercare/partials/_report_status.html",
            {"evaluation": evaluation, "report": report, "poll_seconds": REPORT_POLL_SECONDS},
        )
    return render(request, "aftercare/evaluation_detail.html", _detail_context(request, evaluation, report=report))


@login_required
@require_GET
@rate_limited("exports")
def report_download(request, pk):
    """My organisation's current report as a PDF attachment, never cached; the download is logged (and, for each
    signal read above summary level, an export in its access log). Not ready or made from sources that changed
    since: to the report's state, which asks for a new one."""
    evaluation = _finalised_evaluation(request, pk)
    report = services.report_request(evaluation=evaluation, acting_user=request.user)
    if report.status != ReportStatus.READY:
        return redirect("aftercare:report", evaluation.pk)
    try:
        handle = report.file.open("rb")
    except (FileNotFoundError, ValueError):
        return redirect("aftercare:report", evaluation.pk)
    services.report_downloaded(
        report=report,
        acting_user=request.user,
        signals=visibility.case_signals_visible_to(request.user, evaluation.case),
    )
    filename = f"evaluatie-{slugify(evaluation.case.title)[:60] or 'casus'}.pdf"
    response = FileResponse(handle, as_attachment=True, filename=filename, content_type="application/pdf")
    response["Cache-Control"] = "private, no-store"
    return response
