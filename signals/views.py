"""The signal pages: the worklist, intake (startpunt), the five steps of the route, four eyes, actions,
screenshots, history and the online phenomena. Thin adapters over signals/services.py and signals/selectors.py."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from interventions import selectors as case_selectors
from partners import visibility
from partners.visibility import AccessLevel

from . import partner_views, route, selectors, services, share_views
from .constants import AccessKind, Decision, Platform, SignalStatus, Urgency
from .forms import (
    ActionForm,
    ActionUpdateForm,
    AttachmentForm,
    IntakeForm,
    PersonFormSet,
    ReviewForm,
    StepForm,
    persons_from,
)
from .models import Phenomenon, Signal
from .pagination import IdFirstPaginator


def _apply_errors(form, exc: ValidationError, *, formset=None) -> None:
    """Put a service's field errors on the form fields (or the formset rows), the rest on the form."""
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for field, errors in exc.message_dict.items():
        if field.startswith("persons.") and formset is not None:
            _prefix, index, name = field.split(".")
            target = formset.forms[int(index)] if int(index) < len(formset.forms) else None
            if target is not None and name in target.fields:
                target.add_error(name, errors)
                continue
        form.add_error(field if field in form.fields else None, errors)


def _network_organisations(user):
    return visibility.organisations_visible_to(user).order_by("name")


# --- worklist ------------------------------------------------------------------------------------------------


@login_required
def worklist(request):
    """ "Mijn organisatie": our signals by step, what waits for my review, actions due; filters and search."""
    filters = {key: request.GET.get(key, "").strip() for key in ("phenomenon", "platform", "step", "urgency", "q")}
    practice = request.GET.get("oefening") == "1"
    signals = selectors.own_organisation_worklist(user=request.user, practice=practice, **filters)
    page = IdFirstPaginator(signals, 25).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "filters": filters,
        "practice": practice,
        "phenomena": Phenomenon.objects.all(),
        "platforms": Platform.choices,
        "urgencies": Urgency.choices,
        "steps": route.STEP_NUMBERS,
        "awaiting_review": list(selectors.signals_awaiting_my_review(user=request.user)[:10]),
        "actions_due": list(selectors.actions_due(user=request.user)[:10]),
        "query_string": request.GET.copy().urlencode() if request.GET else "",
    }
    if "page" in request.GET:
        params = request.GET.copy()
        params.pop("page")
        context["query_string"] = params.urlencode()
    template = "signals/partials/_worklist_table.html" if request.htmx else "signals/worklist.html"
    return render(request, template, context)


# --- intake ------------------------------------------------------------------------------------------------


def _intake_forms(request, *, signal: Signal | None = None):
    if request.method == "POST":
        return IntakeForm(request.POST), PersonFormSet(request.POST, prefix="persons")
    if signal is None:
        initial = {"observed_at": timezone.localtime().replace(second=0, microsecond=0)}
        phenomenon = request.GET.get("fenomeen")
        if phenomenon:
            initial["phenomenon"] = Phenomenon.objects.filter(code=phenomenon).first()
        return IntakeForm(initial=initial), PersonFormSet(prefix="persons")
    initial = {field: getattr(signal, field) for field in services.INTAKE_FIELDS}
    if signal.observed_at:
        initial["observed_at"] = timezone.localtime(signal.observed_at)
    persons = [
        {"alias": p.alias, "role": p.role, "age": p.age, "known_how": p.known_how, "handle": p.handle}
        for p in signal.persons.all()
    ]
    return IntakeForm(initial=initial), PersonFormSet(initial=persons, prefix="persons")


def _draft_for(request) -> Signal | None:
    draft_id = request.POST.get("draft_id")
    if not draft_id:
        return None
    try:
        signal = visibility.get_signal_for_user(request.user, draft_id, min_level=AccessLevel.OWNER)
    except Http404:
        return None
    return signal if signal.status == SignalStatus.DRAFT else None


def _save(request, form, formset, *, signal: Signal | None, submit: bool):
    data = form.service_data()
    persons = persons_from(formset)
    if signal is None:
        return services.signal_create(acting_user=request.user, data=data, persons=persons, submit=submit)
    return services.signal_update(signal=signal, acting_user=request.user, data=data, persons=persons, submit=submit)


def _show_warnings(request, warnings) -> None:
    for warning in warnings:
        messages.warning(
            request,
            _(
                "Your organisation has logged %(count)s signals about “%(alias)s” in four weeks. The municipality "
                "may not monitor people systematically (stelselmatig): check that this is needed. This warning "
                "has been recorded."
            )
            % {"count": warning.signal_count, "alias": warning.alias},
        )


@login_required
def intake(request, pk=None):
    """Startpunt: log a message (new, or edit an own signal). Invalid input is shown field by field and kept; what
    was typed is also kept as a draft."""
    signal = selectors.signal_for_route(user=request.user, signal_id=pk) if pk else None
    if visibility.membership_of(request.user) is None:
        raise Http404
    form, formset = _intake_forms(request, signal=signal)
    if request.method == "POST":
        if signal is None:
            signal = _draft_for(request)
        as_draft = "save_draft" in request.POST
        if form.is_valid() and formset.is_valid():
            try:
                with transaction.atomic():
                    submit = None if as_draft and signal is not None else (not as_draft)
                    saved, warnings = _save(request, form, formset, signal=signal, submit=submit)
            except ValidationError as exc:
                _apply_errors(form, exc, formset=formset)
                if signal is None or signal.status == SignalStatus.DRAFT:
                    # Keep what was typed, even when the user closes the page now.
                    signal = _keep_draft(request, form, formset, signal)
            else:
                _show_warnings(request, warnings)
                if saved.status == SignalStatus.DRAFT:
                    messages.success(request, _("Saved as draft."))
                    return redirect("signals:edit", pk=saved.pk)
                messages.success(request, _("The message has been logged. Walk the route now."))
                return redirect("signals:detail", pk=saved.pk)
    context = {"form": form, "formset": formset, "signal": signal, "draft_id": signal.pk if signal else ""}
    return render(
        request, "signals/intake.html", context, status=400 if form.errors or formset.total_error_count() else 200
    )


def _keep_draft(request, form, formset, signal):
    data = {k: v for k, v in form.cleaned_data.items() if k not in form.errors} if hasattr(form, "cleaned_data") else {}
    try:
        with transaction.atomic():
            if signal is None:
                signal, _warnings = services.signal_create(acting_user=request.user, data=data, submit=False)
            else:
                services.signal_update(signal=signal, acting_user=request.user, data=data)
    except ValidationError:
        return signal
    return signal


@login_required
@require_POST
def draft(request):
    """Saves the intake form as a draft while the user types (htmx); answers with the draft's id."""
    if visibility.membership_of(request.user) is None:
        raise Http404
    form = IntakeForm(request.POST)
    formset = PersonFormSet(request.POST, prefix="persons")
    form.is_valid()
    formset.is_valid()
    signal = _draft_for(request)
    data = {k: v for k, v in getattr(form, "cleaned_data", {}).items() if k not in form.errors}
    persons = [p for p in persons_from(formset) if (p.get("alias") or "").strip()]
    try:
        with transaction.atomic():
            if signal is None:
                signal, _warnings = services.signal_create(
                    acting_user=request.user, data=data, persons=persons, submit=False
                )
            else:
                services.signal_update(signal=signal, acting_user=request.user, data=data, persons=persons)
        status = _("Draft saved at %(time)s") % {"time": timezone.localtime().strftime("%H:%M")}
    except ValidationError:
        status = _("Not everything could be saved as a draft yet; check the fields marked.")
    return render(
        request, "signals/partials/_draft_status.html", {"draft_id": signal.pk if signal else "", "status": status}
    )


# --- the route -----------------------------------------------------------------------------------------------


def _step_context(signal: Signal) -> dict:
    answers_by_step: dict[int, dict] = {}
    for answer in signal.answers.all():
        answers_by_step.setdefault(answer.step, {})[answer.question] = answer
    decisions = {d.step: d for d in signal.decisions.all()}
    reviews = list(signal.reviews.all())
    steps = []
    for number in route.STEP_NUMBERS:
        spec = route.step(number)
        answered = answers_by_step.get(number, {})
        state = "todo"
        decided = number in route.DECISION_STEPS and number in decisions
        if decided or (number not in route.DECISION_STEPS and answered):
            state = "done"
        if number in route.REVIEW_STEPS and state == "done" and not reviews:
            state = "awaits_review"
        if number == 5 and signal.actions.all():
            state = "done"
        steps.append(
            {
                "number": number,
                "title": spec["title"],
                "state": state,
                "current": signal.step == number and signal.status == SignalStatus.OPEN,
                "answered": len([a for a in answered.values() if a.answer or a.text]),
                "questions": len(spec["questions"]),
                "decision": decisions.get(number),
            }
        )
    return {"steps": steps, "answers_by_step": answers_by_step, "decisions": decisions, "reviews": reviews}


@login_required
def detail(request, pk):
    """The signal: for its owner organisation where it stands on the route; for a partner it was shared with,
    the signal at that partner's level (one URL per signal, so links in notifications work for everyone)."""
    # One fetch for both: a partner's page reads the joined records only through the redaction of its level.
    shared = visibility.get_signal_for_user(
        request.user,
        pk,
        related=selectors.ROUTE_RELATED,
        annotations={"is_followed": partner_views.followed_by(request.user)},
    )
    if shared.access_level < AccessLevel.OWNER:
        return partner_views.shared_detail(request, shared)
    signal = selectors.with_route_records(shared)
    reach = [
        (Signal._meta.get_field(field).verbose_name, getattr(signal, field))
        for field in IntakeForm.REACH_FIELDS
        if getattr(signal, field) is not None
    ]
    context = {
        "signal": signal,
        "reach": reach,
        **_step_context(signal),
        "review_form": ReviewForm(),
        "can_review": _can_review(request.user, signal),
        "attachment_form": AttachmentForm(),
        **share_views.owner_panel_context(request, signal),
        **partner_views.interpretation_context(request, signal),
        **case_selectors.signal_panel_context(request.user, shared),
    }
    return render(request, "signals/detail.html", context)


def _can_review(user, signal) -> bool:
    answered_by = {a.updated_by_id for a in signal.answers.all() if a.step in route.REVIEW_STEPS}
    return bool(answered_by) and user.pk != signal.created_by_id and user.pk not in answered_by


@login_required
def step(request, pk, number):
    """One step of the route with the exact questions of seed 002, an answer and free text per question."""
    if number not in route.STEP_NUMBERS:
        raise Http404
    signal = selectors.signal_for_route(user=request.user, signal_id=pk)
    context = _step_context(signal)
    if number == 5:
        return _actions_step(request, signal, context)
    form = StepForm(
        request.POST or None,
        number=number,
        initial_answers=context["answers_by_step"].get(number),
        decision=context["decisions"].get(number),
    )
    status = 200
    was_acute = signal.is_acute
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.step_save(
                signal=signal,
                number=number,
                answers=form.answers(),
                decision=form.cleaned_data.get("decision") or None,
                reason=form.cleaned_data.get("reason", ""),
                watch=form.cleaned_data.get("watch", False),
                acting_user=request.user,
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
            status = 400
        else:
            messages.success(request, _("Step %(number)s has been saved.") % {"number": number})
            if saved.status in (SignalStatus.CLOSED, SignalStatus.WATCH):
                return redirect("signals:detail", pk=signal.pk)
            if saved.is_acute and number == 3:
                messages.warning(
                    request, _("Serious offences are plausible: act at once, inform and involve partners.")
                )
            if (
                number == 3
                and not saved.is_practice
                and ((saved.is_acute and not was_acute) or form.cleaned_data.get("decision") == Decision.YES)
            ):
                # "Ja, dubbelcheck" or the acute path: on to sharing, where the owner chooses who sees what.
                messages.info(request, _("Choose the partners to involve and what they may see."))
                return redirect("signals:share", pk=signal.pk)
            next_number = saved.step if number in route.DECISION_STEPS else min(number + 1, 5)
            return redirect("signals:step", pk=signal.pk, number=next_number)
    elif request.method == "POST":
        status = 400
    spec = route.step(number)
    context.update(
        {
            "signal": signal,
            "number": number,
            "spec": spec,
            "form": form,
            "previous": number - 1 if number > 1 else None,
            "guidance": _guidance(request.user, number),
            "agreed": agreed_for_step(request.user, number),
        }
    )
    return render(request, "signals/step.html", context, status=status)


def agreed_for_step(user, number: int):
    """Steps 3 and 4: what the network agreed on its afsprakenkaart about involving partners and intervening."""
    from agreements.selectors import agreed_for_step as agreed

    return agreed(user, number)


def _guidance(user, number: int):
    """Steps 3 and 4 are where partners decide: show the user's own information position (seed 004)."""
    if number not in (3, 4):
        return None
    from partners.models import InformationPosition

    membership = visibility.membership_of(user)
    return InformationPosition.objects.filter(partner_type=membership.organisation.partner_type).first()


def _actions_step(request, signal, context):
    organisations = _network_organisations(request.user)
    form = ActionForm(
        request.POST or None,
        organisations=organisations,
        initial={"executing_organisation": signal.owner_organisation, "status": "planned"},
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.action_create(signal=signal, acting_user=request.user, **form.cleaned_data)
            except ValidationError as exc:
                _apply_errors(form, exc)
                status = 400
            else:
                messages.success(request, _("The action has been planned."))
                return redirect("signals:step", pk=signal.pk, number=5)
        else:
            status = 400
    context.update(
        {
            "signal": signal,
            "number": 5,
            "spec": route.step(5),
            "form": form,
            "previous": 4,
            "actions": [
                (a, ActionUpdateForm(initial={"status": a.status, "evaluation": a.evaluation}, prefix=str(a.pk)))
                for a in signal.actions.all()
            ],
            "action_labels": route.ACTION_LABELS,
            "reminder": route.ACTIONS_REMINDER,
        }
    )
    return render(request, "signals/step.html", context, status=status)


@login_required
@require_POST
def action_update(request, pk):
    action = visibility.get_action_for_user(request.user, pk)
    signal = action.signal
    form = ActionUpdateForm(request.POST, prefix=str(action.pk))
    if form.is_valid():
        try:
            services.action_update(action=action, acting_user=request.user, **form.cleaned_data)
            messages.success(request, _("The action has been updated."))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    else:
        messages.error(request, _("Choose a status from the list."))
    return redirect("signals:step", pk=signal.pk, number=5)


@login_required
@require_POST
def review(request, pk):
    """Four eyes: a colleague reviews steps 1 and 2, and may add a different reading."""
    signal = selectors.signal_for_route(user=request.user, signal_id=pk)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            services.review_create(
                signal=signal,
                reviewer=request.user,
                agrees=form.cleaned_data["agrees"],
                different_reading=form.cleaned_data["different_reading"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Thank you for looking along."))
    else:
        messages.error(request, _("Say whether you agree with the reading."))
    return redirect(reverse("signals:detail", kwargs={"pk": signal.pk}) + "#meekijken")


@login_required
@require_POST
def reopen(request, pk):
    signal = selectors.signal_for_route(user=request.user, signal_id=pk)
    try:
        services.signal_reopen(signal=signal, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("signals:detail", pk=signal.pk)


# --- screenshots ---------------------------------------------------------------------------------------------


@login_required
@require_POST
def attachment_upload(request, pk):
    signal = selectors.signal_for_route(user=request.user, signal_id=pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.attachment_add(signal=signal, uploaded=form.cleaned_data["file"], acting_user=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("The screenshot has been stored without its metadata."))
    else:
        messages.error(request, _("Choose a file to upload."))
    return redirect(reverse("signals:detail", kwargs={"pk": signal.pk}) + "#schermafbeeldingen")


@login_required
def attachment(request, pk):
    """Serves a stored screenshot to the owner organisation and full-level receivers only."""
    item = visibility.get_attachment_for_user(request.user, pk)
    signal = visibility.get_signal_for_user(request.user, item.signal_id)
    visibility.record_access(request.user, [signal], kind=AccessKind.SCREENSHOT, object_id=item.pk)
    response = FileResponse(item.file.open("rb"), content_type=item.content_type)
    response["Content-Disposition"] = f'inline; filename="{item.id}.{item.extension}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


# --- history -------------------------------------------------------------------------------------------------


@login_required
def history(request, pk):
    """The signal's changes as a timeline, for the owner organisation."""
    signal = visibility.get_signal_for_user(request.user, pk, min_level=AccessLevel.OWNER)
    entries = selectors.signal_history(signal=signal)
    return render(request, "signals/history.html", {"signal": signal, "entries": entries})


# --- online phenomena ----------------------------------------------------------------------------------------


@login_required
def phenomena(request):
    return render(request, "signals/phenomena.html", {"phenomena": Phenomenon.objects.exclude(code="overig")})


@login_required
@require_POST
def practise(request, code):
    """ "Oefen met dit voorbeeld": a practice signal on the example, marked as practice and never counted."""
    if visibility.membership_of(request.user) is None:
        raise Http404
    phenomenon = get_object_or_404(Phenomenon, code=code)
    try:
        signal, _warnings = services.signal_create(
            acting_user=request.user,
            data={
                "phenomenon": phenomenon,
                "message_text": phenomenon.example,
                "observed_at": timezone.now(),
            },
            submit=False,
            is_practice=True,
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("signals:phenomena")
    messages.info(request, _("This is a practice signal: it is never counted or shared."))
    return redirect("signals:edit", pk=signal.pk)
