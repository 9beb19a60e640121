"""The owner's sharing pages: share a signal from step 3 with a preview of what the receiver sees, revoke, the
acute path, and the access log for the owner organisation's coordinator. Thin adapters over signals/sharing.py;
what anyone sees is decided by partners/visibility.py."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from partners import visibility
from partners.visibility import AccessLevel

from . import route, selectors, sharing
from .constants import ShareLevel, SignalStatus
from .models import Signal
from .presentation import redacted_signal_context
from .share_forms import LEVEL_EXPLANATIONS, ShareForm

ACCESS_LOG_PAGE_SIZE = 50


def _left_out(level: AccessLevel) -> str:
    if level == AccessLevel.SUMMARY:
        return _(
            "Not shared at this level: the message text, the answers of steps 1 and 2, the persons involved, their "
            "account names and the screenshots."
        )
    if level == AccessLevel.FACTS:
        return _("Not shared at this level: the persons involved, their account names and the screenshots.")
    return ""


def _shares_panel_url(signal) -> str:
    return reverse("signals:detail", kwargs={"pk": signal.pk}) + "#delen"


# --- the preview: the signal as the receiver will see it -----------------------------------------------------


def _preview_context(signal: Signal, form: ShareForm, values) -> dict:
    """The owner's preview: the signal at the level chosen in the form, with the texts typed there, built and
    rendered as the receiver's own page shows it (``presentation.redacted_signal_context`` and its partial)."""
    code = values.get("level") or ShareLevel.SUMMARY
    if code not in ShareLevel.values:
        code = ShareLevel.SUMMARY
    level = sharing.SHARE_TO_ACCESS[ShareLevel(code)]
    partner_version = values.get("message_text_for_partners") if form.has_partner_version else None
    shown = redacted_signal_context(
        signal,
        level,
        sharing_summary=values.get("sharing_summary") or "",
        message_text_for_partners=partner_version,
        heading_level=3,  # under the preview's own h2
    )
    try:
        chosen = list(form.fields["organisations"].clean(_as_list(values, "organisations")))
    except ValidationError:
        chosen = []
    return {
        "shown": shown,
        "preview_for": get_text_list([o.name for o in chosen], _("and")) if chosen else "",
        "preview_level_label": ShareLevel(code).label,
        "preview_level_explanation": LEVEL_EXPLANATIONS[ShareLevel(code)],
        "preview_left_out": _left_out(level),
        "preview_names_left_out": level == AccessLevel.FACTS and sharing.partner_version_needed(signal),
    }


def _as_list(values, name: str) -> list:
    if hasattr(values, "getlist"):
        return values.getlist(name)
    value = values.get(name)
    if value in (None, ""):
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


# --- the share page ---------------------------------------------------------------------------------------------


def _partner_organisations(user):
    membership = visibility.membership_of(user)
    return visibility.organisations_visible_to(user).exclude(pk=membership.organisation_id).order_by("name")


def _active_shares(user, signal) -> dict:
    shares = visibility.shares_visible_to(user, signal).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()), revoked_at__isnull=True
    )
    return {str(share.organisation_id): share for share in shares}


def _initial(signal: Signal) -> dict:
    answers = {(a.step, a.question): a for a in signal.answers.all()}
    initial = {
        "level": ShareLevel.SUMMARY,
        "sharing_summary": signal.sharing_summary,
        "message_text_for_partners": signal.message_text_for_partners,
    }
    goal = answers.get((3, "doel_partner_betrekken"))
    if goal is not None and goal.text:
        initial["purpose"] = goal.text
    special = sharing.special_categories_answered(signal)
    if special is not None:
        initial["special_categories"] = "yes" if special else "no"
    trust = route.flagged_question("trust_relation")
    trust_answer = answers.get(trust) if trust else None
    if trust_answer is not None and trust_answer.answer in ("yes", "no"):
        initial["trust_relation_at_risk"] = trust_answer.answer
    return initial


def _initial_from(values) -> dict:
    """Initial values from a posted form: the no-JavaScript preview re-renders the form unbound, with what was
    typed, so that no errors are shown before the owner asks to share."""
    initial = {name: values.get(name, "") for name in ShareForm.base_fields}
    initial["organisations"] = _as_list(values, "organisations")
    return initial


def _share_form(request, signal, *, data=None, initial=None) -> ShareForm:
    special = sharing.special_categories_answered(signal)
    initial = initial or {}
    if special:
        initial["special_categories"] = "yes"
    return ShareForm(
        data,
        initial=initial,
        organisations=_partner_organisations(request.user),
        trust_question=sharing.trust_question_needed(signal),
        partner_version=sharing.partner_version_needed(signal),
        special_categories_fixed=bool(special),
    )


def _apply_errors(form: ShareForm, exc: ValidationError, organisation=None, *, only_new: bool = False) -> None:
    """The service's field errors on the form's fields; an error about the organisation names it. With
    ``only_new``, fields that already have an error keep just that one."""
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc.messages)
        return
    for field, errors in exc.message_dict.items():
        if only_new and (field in form.errors or field == "organisation"):
            continue
        if field == "organisation":
            name = organisation.name if organisation is not None else ""
            form.add_error("organisations", [f"{name}: {error}" if name else error for error in errors])
        elif field in form.fields and not form.fields[field].disabled:
            form.add_error(field, errors)
        else:
            form.add_error(None, errors)


def _cannot_share(signal: Signal) -> str:
    if signal.status == SignalStatus.DRAFT:
        return _("Log the message first; a draft cannot be shared.")
    if signal.is_practice:
        return _("A practice signal is never shared.")
    return ""


class _DryRun(Exception):
    pass


def _other_errors(request, signal: Signal, form: ShareForm) -> ValidationError | None:
    """When the form itself is invalid (no organisation chosen, an unreadable date), still say at once what the
    sharing service would refuse in the rest: ask it, as if sharing with one partner, and roll everything back."""
    organisation = next(iter(form.cleaned_data.get("organisations") or []), None)
    if organisation is None:
        organisation = form.fields["organisations"].queryset.first()
    if organisation is None:
        return None
    try:
        with transaction.atomic():
            sharing.share_create(
                signal=signal, acting_user=request.user, organisation=organisation, **form.service_data()
            )
            raise _DryRun
    except _DryRun:
        return None
    except ValidationError as exc:
        return exc


@login_required
def share(request, pk):
    """ "Delen met partners": share with one or more organisations at one level, with a preview of exactly what
    they will see. All chosen organisations or none: one transaction."""
    signal = selectors.signal_for_route(user=request.user, signal_id=pk)
    status = 200
    wants_preview = request.method == "POST" and "preview" in request.POST
    if request.method == "POST" and not wants_preview:
        form = _share_form(request, signal, data=request.POST)
        if not form.is_valid():
            exc = _other_errors(request, signal, form)
            if exc is not None:
                _apply_errors(form, exc, only_new=True)
        else:
            organisation = None
            try:
                with transaction.atomic():
                    for organisation in form.cleaned_data["organisations"]:
                        sharing.share_create(
                            signal=signal, acting_user=request.user, organisation=organisation, **form.service_data()
                        )
            except ValidationError as exc:
                _apply_errors(form, exc, organisation)
            else:
                names = get_text_list([o.name for o in form.cleaned_data["organisations"]], _("and"))
                level = ShareLevel(form.cleaned_data["level"]).label
                messages.success(
                    request,
                    _("Shared with %(organisations)s at level “%(level)s”. They have been notified.")
                    % {"organisations": names, "level": level},
                )
                return redirect(_shares_panel_url(signal))
        status = 400
        values = request.POST
    elif wants_preview:
        form = _share_form(request, signal, initial=_initial_from(request.POST))
        values = request.POST
    else:
        form = _share_form(request, signal, initial=_initial(signal))
        values = form.initial
    active = _active_shares(request.user, signal)
    context = {
        "signal": signal,
        "form": form,
        "cannot_share": _cannot_share(signal),
        "acute_open": sharing.is_acute_open(signal),
        "organisation_rows": form.organisation_rows(active),
        "error_links": form.error_links() if form.is_bound else [],
        "automatic_version": visibility.leave_out_names(signal.message_text, visibility.names_in(signal)),
        **_preview_context(signal, form, values),
    }
    return render(request, "signals/share.html", context, status=status)


@login_required
@require_POST
def share_preview(request, pk):
    """The preview panel for htmx: re-rendered while the owner chooses a level or types the summary or the
    version for partners. Builds from an unsaved copy; saves nothing."""
    signal = selectors.signal_for_route(user=request.user, signal_id=pk)
    form = _share_form(request, signal)
    return render(request, "signals/partials/_share_preview.html", _preview_context(signal, form, request.POST))


@login_required
@require_POST
def share_revoke(request, pk, share_pk):
    signal = visibility.get_signal_for_user(request.user, pk, min_level=AccessLevel.OWNER)
    share_record = visibility.get_share_for_user(request.user, signal, share_pk)
    try:
        sharing.share_revoke(share=share_record, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("The share has been revoked: %(organisation)s no longer sees this signal.")
            % {"organisation": share_record.organisation.name},
        )
    return redirect(_shares_panel_url(signal))


@login_required
@require_POST
def acute_handled(request, pk):
    signal = visibility.get_signal_for_user(request.user, pk, min_level=AccessLevel.OWNER)
    try:
        sharing.acute_handled(signal=signal, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The acute situation is marked handled."))
    return redirect(_shares_panel_url(signal))


# --- the shares panel on the owner's signal page ----------------------------------------------------------------

SHARE_STATE_LABELS = {
    "active": _("Active"),
    "expired": _("Expired"),
    "revoked": _("Revoked"),
    "replaced": _("Replaced by a newer share"),
}


def owner_panel_context(request, signal) -> dict:
    """Extra context for the owner's signal page (the shares panel): one query for the shares."""
    shares = list(visibility.shares_visible_to(request.user, signal))
    for item in shares:
        item.state_label = SHARE_STATE_LABELS.get(item.state, item.state)
    return {
        "shares_active": [s for s in shares if s.is_active],
        "shares_ended": [s for s in shares if not s.is_active],
        "can_read_access_log": visibility.can_read_access_log(request.user, signal),
        "acute_open": sharing.is_acute_open(signal),
    }


# --- the access log ------------------------------------------------------------------------------------------------


@login_required
@require_GET
def access_log(request, pk):
    """Who read this signal at facts or full level, and who downloaded its screenshots: for the coordinator of the
    owner organisation only (DOMAIN.md §4). Newest first; a fixed number of queries per page."""
    signal = visibility.get_signal_for_user(request.user, pk, min_level=AccessLevel.OWNER)
    if not visibility.can_read_access_log(request.user, signal):
        raise Http404
    entries = visibility.access_log_visible_to(request.user, signal).order_by("-at", "-id")
    page = Paginator(entries, ACCESS_LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    screenshots = {
        str(pk): number
        for number, pk in enumerate(signal.attachments.order_by("created_at", "id").values_list("pk", flat=True), 1)
    }
    level_labels = {**dict(ShareLevel.choices), AccessLevel.OWNER.code: _("Own organisation")}
    rows = []
    for entry in page.object_list:
        number = screenshots.get(entry.object_id)
        if number is not None:
            what_object = _("Screenshot %(number)s") % {"number": number}
        elif entry.object_id:
            what_object = _("Removed screenshot") if entry.kind == "screenshot" else entry.object_id
        else:
            what_object = ""
        rows.append(
            {
                "entry": entry,
                "who": entry.user.get_full_name() or entry.user.get_username(),
                "level": level_labels.get(entry.level, entry.level),
                "object": what_object,
            }
        )
    return render(request, "signals/access_log.html", {"signal": signal, "page": page, "rows": rows})
