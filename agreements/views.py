"""The afsprakenkaart pages: versions and their table, an organisation's column and akkoord, the coordinator's
transitions, the comparison of two versions, the PDF, the practice sessions and the covenant. Thin adapters over
agreements/services.py and agreements/selectors.py; who sees what is decided in partners/visibility.py.

Anything outside the user's network answers 404. Inside it, a member of another organisation who tries to write a
column gets 403: the card is theirs to read, not to write."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from partners import visibility
from partners.forms import apply_service_errors
from partners.pdf import render_pdf
from partners.ratelimit import rate_limited
from signals.models import Phenomenon

from . import selectors, services
from .constants import BASIC_AGREEMENTS, FIVE_STEPS, PRACTICE_FIELDS, QUESTION_FIELDS, CardStatus, SessionStatus
from .forms import (
    AgreeForm,
    ColumnForm,
    ConclusionsForm,
    CovenantDocumentForm,
    CovenantForm,
    ParticipantsForm,
    PracticeAnswerForm,
    SessionForm,
)
from .models import AgreementCard, CardNote, CovenantTask, PracticeAnswer


def _coordinator_only(request) -> None:
    if not visibility.can_coordinate_network(request.user):
        raise Http404


def _service_error_message(request, exc: ValidationError) -> None:
    messages.error(request, " ".join(exc.messages))


@login_required
@require_GET
def overview(request):
    """The card in force, the version in the making with its progress, every version, and the way to prepare it."""
    cards = selectors.versions(request.user)
    adopted = selectors.adopted_version(cards)
    in_making = selectors.open_version(cards)
    adopted_columns = selectors.columns_of(adopted) if adopted else []
    making_columns = selectors.columns_of(in_making) if in_making else []
    membership = visibility.membership_of(request.user)
    context = {
        "cards": cards,
        "adopted": adopted,
        "adopted_columns": adopted_columns,
        "adopted_rows": selectors.card_rows(adopted_columns),
        "in_making": in_making,
        "making_columns": making_columns,
        "making_progress": selectors.progress(making_columns),
        "own_making": next(
            (c for c in making_columns if membership and c.organisation_id == membership.organisation_id), None
        ),
        "is_coordinator": visibility.can_coordinate_network(request.user),
        "basic_agreements": BASIC_AGREEMENTS,
        "five_steps": FIVE_STEPS,
    }
    return render(request, "agreements/overview.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def card_create(request):
    """The network coordinator starts the next version (a copy of the last one) and chooses who takes part."""
    _coordinator_only(request)
    in_making = visibility.agreement_cards_visible_to(request.user).exclude(status=CardStatus.VASTGESTELD).first()
    if in_making is not None:
        messages.info(request, _("A version is already in the making: adopt it first, then start the next one."))
        return redirect("agreements:card", in_making.pk)
    membership = visibility.membership_of(request.user)
    organisations = visibility.organisations_visible_to(request.user).order_by("name")
    initial = {"organisations": [o.pk for o in services.default_participants(membership.organisation.network_id)]}
    last = visibility.agreement_cards_visible_to(request.user).order_by("-version").first()
    if last is not None:
        initial = {"organisations": list(last.columns.values_list("organisation_id", flat=True))}
    form = ParticipantsForm(
        request.POST if request.method == "POST" else None, initial=initial, organisations=organisations
    )
    if request.method == "POST" and form.is_valid():
        try:
            card = services.card_create(acting_user=request.user, organisations=form.cleaned_data["organisations"])
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("Version %(version)s has been started; the partners were invited to fill in their columns.")
                % {"version": card.version},
            )
            return redirect("agreements:card", card.pk)
    return render(
        request,
        "agreements/card_create.html",
        {"form": form, "last": last},
        status=400 if form.errors else 200,
    )


def _card_context(request, card: AgreementCard, *, agree_form=None) -> dict:
    columns = selectors.columns_of(card)
    membership = visibility.membership_of(request.user)
    own = next((c for c in columns if c.organisation_id == membership.organisation_id), None)
    notes = list(card.notes.select_related("session")) if card.is_open else []
    previous = (
        visibility.agreement_cards_visible_to(request.user)
        .filter(version__lt=card.version)
        .order_by("-version")
        .first()
    )
    return {
        "card": card,
        "columns": columns,
        "rows": selectors.card_rows(columns),
        "progress": selectors.progress(columns),
        "own": own,
        "is_coordinator": visibility.can_coordinate_network(request.user),
        "basic_agreements": BASIC_AGREEMENTS,
        "agree_form": agree_form or AgreeForm(),
        "agree_checked": agree_form.data.getlist("confirmed") if agree_form is not None else [],
        "notes": notes,
        "previous": previous,
    }


@login_required
@require_GET
def card_detail(request, pk):
    card = visibility.get_agreement_card_for_user(request.user, pk)
    return render(request, "agreements/card_detail.html", _card_context(request, card))


@login_required
@require_http_methods(["GET", "POST"])
def column_edit(request, pk, organisation_pk):
    """An organisation's own column of a version in the making: its members only (others of the network: 403)."""
    card = visibility.get_agreement_card_for_user(request.user, pk)
    column = card.columns.select_related("organisation").filter(organisation_id=organisation_pk).first()
    if column is None:
        raise Http404
    membership = visibility.membership_of(request.user)
    if membership.organisation_id != column.organisation_id:
        raise PermissionDenied
    if card.status != CardStatus.CONCEPT:
        messages.error(
            request, _("This version is no longer a concept: ask the network coordinator to send it back to draft.")
        )
        return redirect("agreements:card", card.pk)
    form = ColumnForm(request.POST if request.method == "POST" else None, initial=column.answers())
    if request.method == "POST" and form.is_valid():
        try:
            services.column_update(acting_user=request.user, column=column, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Your organisation's column has been saved."))
            return redirect(reverse("agreements:card", args=[card.pk]) + f"#kolom-{column.organisation_id}")
    notes = {}
    for note in card.notes.select_related("session"):
        notes.setdefault(note.question or "", []).append(note)
    columns = selectors.columns_of(card)
    fields = [
        {
            "field": form[name],
            "notes": notes.get(name, []),
            "others": [(c.organisation, getattr(c, name)) for c in columns if c.pk != column.pk and getattr(c, name)],
        }
        for name in QUESTION_FIELDS
    ]
    return render(
        request,
        "agreements/column_form.html",
        {"card": card, "column": column, "form": form, "fields": fields, "general_notes": notes.get("", [])},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def column_agree(request, pk):
    """The akkoord of the user's organisation on the version, with the basisafspraken confirmed."""
    card = visibility.get_agreement_card_for_user(request.user, pk)
    column = services.own_column(user=request.user, card=card)
    if column is None:
        raise PermissionDenied
    form = AgreeForm(request.POST)
    form.is_valid()
    try:
        services.column_agree(acting_user=request.user, column=column, confirmed=form.cleaned_data.get("confirmed", []))
    except ValidationError as exc:
        apply_service_errors(form, exc)
        card.refresh_from_db()
        return render(request, "agreements/card_detail.html", _card_context(request, card, agree_form=form), status=400)
    messages.success(request, _("Your organisation has agreed to version %(version)s.") % {"version": card.version})
    return redirect("agreements:card", card.pk)


def _transition(request, pk, service, success: str):
    _coordinator_only(request)
    card = visibility.get_agreement_card_for_user(request.user, pk)
    try:
        service(acting_user=request.user, card=card)
    except ValidationError as exc:
        _service_error_message(request, exc)
    else:
        messages.success(request, success)
    return redirect("agreements:card", card.pk)


@login_required
@require_POST
def card_submit(request, pk):
    return _transition(request, pk, services.card_submit, _("The version has been put forward for agreement."))


@login_required
@require_POST
def card_reopen(request, pk):
    return _transition(
        request, pk, services.card_reopen, _("The version is a draft again; the agreements given so far lapsed.")
    )


@login_required
@require_POST
def card_adopt(request, pk):
    return _transition(request, pk, services.card_adopt, _("The version has been adopted and is now in force."))


def card_pdf_bytes(card: AgreementCard) -> bytes:
    columns = selectors.columns_of(card)
    return render_pdf(
        "agreements/card_pdf.html",
        {
            "card": card,
            "columns": columns,
            "rows": selectors.card_rows(columns),
            "basic_agreements": BASIC_AGREEMENTS,
            "printed_at": timezone.now(),
        },
    )


def pdf_response(card: AgreementCard) -> HttpResponse:
    response = HttpResponse(card_pdf_bytes(card), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="afsprakenkaart-versie-{card.version}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
@rate_limited("exports")
def card_pdf(request, pk):
    """The adopted version as a PDF, made in the request (a card is one or two pages). Not adopted: 404."""
    card = visibility.get_agreement_card_for_user(request.user, pk)
    if card.status != CardStatus.VASTGESTELD:
        raise Http404
    return pdf_response(card)


@login_required
@require_GET
def card_compare(request):
    """Two versions side by side, changes marked. Without a choice: the last two versions."""
    cards = selectors.versions(request.user)
    by_id = {str(card.pk): card for card in cards}
    old, new = by_id.get(request.GET.get("van", "")), by_id.get(request.GET.get("met", ""))
    status = 200
    if (request.GET.get("van") and old is None) or (request.GET.get("met") and new is None):
        messages.error(request, _("Choose two versions of your network's card."))
        status = 400
    if old is None and new is None and len(cards) >= 2:
        new, old = cards[0], cards[1]
    comparison = None
    if old is not None and new is not None:
        if old.version > new.version:
            old, new = new, old
        comparison = selectors.compare(old, new)
    return render(
        request,
        "agreements/compare.html",
        {"cards": cards, "old": old, "new": new, "comparison": comparison},
        status=status,
    )


# --- practice sessions ---------------------------------------------------------------------------------------


@login_required
@require_GET
def session_list(request):
    sessions = visibility.practice_sessions_visible_to(request.user).prefetch_related("organisations")
    return render(
        request,
        "agreements/session_list.html",
        {
            "sessions": sessions,
            "is_coordinator": visibility.can_coordinate_network(request.user),
            "five_steps": FIVE_STEPS,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def session_create(request):
    _coordinator_only(request)
    membership = visibility.membership_of(request.user)
    phenomena = Phenomenon.objects.exclude(example="").order_by("position", "name")
    form = SessionForm(
        request.POST if request.method == "POST" else None,
        initial={
            "organisations": [o.pk for o in services.default_participants(membership.organisation.network_id)],
            "phenomena": [p.pk for p in phenomena],
        },
        organisations=visibility.organisations_visible_to(request.user).order_by("name"),
        phenomena=phenomena,
    )
    if request.method == "POST" and form.is_valid():
        try:
            session = services.session_create(acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The practice session has been opened."))
            return redirect("agreements:session", session.pk)
    return render(request, "agreements/session_form.html", {"form": form}, status=400 if form.errors else 200)


def _session_context(request, session, *, forms_by_example=None) -> dict:
    examples = list(session.phenomena.order_by("position", "name"))
    organisations = sorted(session.organisations.all(), key=services.column_order)
    answers = list(visibility.practice_answers_visible_to(request.user, session))
    membership = visibility.membership_of(request.user)
    own = {a.phenomenon_id: a for a in answers if a.author_id == request.user.pk}
    is_participant = any(o.pk == membership.organisation_id for o in organisations)
    forms_by_example = forms_by_example or {}
    items = []
    for example in examples:
        item = {"example": example}
        if session.status == SessionStatus.WRITING and is_participant:
            answer = own.get(example.pk)
            item["form"] = forms_by_example.get(example.pk) or PracticeAnswerForm(
                prefix=f"ex-{example.pk}",
                initial={name: getattr(answer, name) for name, _label in PRACTICE_FIELDS} if answer else None,
            )
            item["saved"] = answer
        if session.status != SessionStatus.WRITING:
            # Side by side per partner: per route question, each organisation's answers (labelled by organisation,
            # not by person).
            of_example = [a for a in answers if a.phenomenon_id == example.pk]
            item["no_answers"] = not of_example
            item["rows"] = (
                []
                if not of_example
                else [
                    {
                        "label": label,
                        "cells": [
                            {
                                "organisation": organisation,
                                "texts": [
                                    getattr(a, name)
                                    for a in of_example
                                    if a.organisation_id == organisation.pk and getattr(a, name)
                                ],
                            }
                            for organisation in organisations
                        ],
                    }
                    for name, label in PRACTICE_FIELDS
                ]
            )
        items.append(item)
    context = {
        "session": session,
        "items": items,
        "organisations": organisations,
        "is_coordinator": visibility.can_coordinate_network(request.user),
    }
    if context["is_coordinator"]:
        context["written"] = _written_per_organisation(session, organisations)
        if session.status != SessionStatus.WRITING:
            context["conclusions_form"] = ConclusionsForm(prefix="conclusie")
            context["open_card"] = (
                visibility.agreement_cards_visible_to(request.user).exclude(status=CardStatus.VASTGESTELD).first()
            )
            context["carried"] = list(CardNote.objects.filter(session=session).select_related("card"))
    return context


def _written_per_organisation(session, organisations) -> list[dict]:
    """For the coordinator while the partners write: how many professionals of each organisation wrote something
    (not what). One query."""
    from django.db.models import Count

    counts = dict(
        PracticeAnswer.objects.filter(session=session)
        .values_list("organisation_id")
        .annotate(people=Count("author_id", distinct=True))
    )
    return [{"organisation": o, "people": counts.get(o.pk, 0)} for o in organisations]


@login_required
@require_GET
def session_detail(request, pk):
    session = visibility.get_practice_session_for_user(request.user, pk)
    return render(request, "agreements/session_detail.html", _session_context(request, session))


@login_required
@require_POST
def session_answer(request, pk, phenomenon_pk):
    session = visibility.get_practice_session_for_user(request.user, pk)
    example = session.phenomena.filter(pk=phenomenon_pk).first()
    if example is None:
        raise Http404
    form = PracticeAnswerForm(request.POST, prefix=f"ex-{example.pk}")
    if form.is_valid():
        try:
            services.practice_answer_save(
                acting_user=request.user, session=session, phenomenon=example, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Your answer to “%(example)s” has been saved.") % {"example": example.name})
            return redirect(reverse("agreements:session", args=[session.pk]) + f"#voorbeeld-{example.pk}")
    context = _session_context(request, session, forms_by_example={example.pk: form})
    return render(request, "agreements/session_detail.html", context, status=400)


@login_required
@require_POST
def session_advance(request, pk):
    _coordinator_only(request)
    session = visibility.get_practice_session_for_user(request.user, pk)
    try:
        session = services.session_advance(acting_user=request.user, session=session)
    except ValidationError as exc:
        _service_error_message(request, exc)
    else:
        if session.status == SessionStatus.DISCUSSING:
            messages.success(request, _("The discussion is open: everyone now sees the answers side by side."))
        else:
            messages.success(request, _("The session has been closed."))
    return redirect("agreements:session", session.pk)


@login_required
@require_POST
def session_conclusions(request, pk):
    """Step 5: the coordinator carries the conclusions into the version in the making."""
    _coordinator_only(request)
    session = visibility.get_practice_session_for_user(request.user, pk)
    form = ConclusionsForm(request.POST, prefix="conclusie")
    if form.is_valid():
        try:
            notes = services.session_carry_conclusions(
                acting_user=request.user, session=session, conclusions=form.cleaned_data
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("The conclusions are on version %(version)s of the card; each partner takes them into its column.")
                % {"version": notes[0].card.version},
            )
            return redirect("agreements:card", notes[0].card_id)
    context = _session_context(request, session)
    context["conclusions_form"] = form
    return render(request, "agreements/session_detail.html", context, status=400)


# --- the covenant --------------------------------------------------------------------------------------------


def _network_organisations(request):
    return sorted(visibility.organisations_visible_to(request.user), key=services.column_order)


@login_required
@require_GET
def covenant(request):
    record = visibility.covenant_visible_to(request.user)
    organisations = _network_organisations(request)
    tasks = {t.organisation_id: t.tasks for t in CovenantTask.objects.filter(covenant=record)} if record else {}
    return render(
        request,
        "agreements/covenant.html",
        {
            "covenant": record,
            "tasks": [(o, tasks.get(o.pk, "")) for o in organisations],
            "is_coordinator": visibility.can_coordinate_network(request.user),
        },
    )


def _covenant_form(request, record, data=None) -> CovenantForm:
    initial = {}
    if record is not None:
        initial = {name: getattr(record, name) for name in [*services.COVENANT_TEXT_FIELDS, "dpia_done_on"]}
        initial.update({f"tasks_{t.organisation_id}": t.tasks for t in CovenantTask.objects.filter(covenant=record)})
    return CovenantForm(data, initial=initial, organisations=_network_organisations(request))


@login_required
@require_http_methods(["GET", "POST"])
def covenant_edit(request):
    _coordinator_only(request)
    record = visibility.covenant_visible_to(request.user)
    form = _covenant_form(request, record, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.covenant_update(acting_user=request.user, **form.service_values())
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The covenant record has been saved."))
            return redirect("agreements:covenant")
    return render(
        request,
        "agreements/covenant_form.html",
        {"form": form, "document_form": CovenantDocumentForm(), "covenant": record},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def covenant_upload(request):
    _coordinator_only(request)
    form = CovenantDocumentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.covenant_document_set(acting_user=request.user, uploaded=form.cleaned_data["document"])
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The covenant document has been stored."))
            return redirect("agreements:covenant")
    record = visibility.covenant_visible_to(request.user)
    return render(
        request,
        "agreements/covenant_form.html",
        {"form": _covenant_form(request, record), "document_form": form, "covenant": record},
        status=400,
    )


@login_required
@require_GET
@rate_limited("exports")
def covenant_document(request):
    """The covenant document, to members of the network only (anyone else, or no document: 404)."""
    record = visibility.covenant_visible_to(request.user)
    if record is None or not record.document:
        raise Http404
    response = FileResponse(record.document.open("rb"), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="convenant-{record.network_id}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response
