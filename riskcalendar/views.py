"""The risicokalender pages (month, list, "now" per area, entries) and the calendar feed. Thin adapters over
riskcalendar/services.py and riskcalendar/selectors.py; what anyone sees is decided by partners/visibility.py.

Missing and forbidden both answer 404: an organisation that does not see an entry cannot tell it exists, and a
reader who may not change an entry gets 404 on its edit and delete pages."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from partners import visibility
from partners.forms import apply_service_errors
from partners.ratelimit import rate_limited

from . import selectors, services
from .constants import RiskKind
from .feed import PAST_DAYS, build_feed
from .forms import CalendarFilterForm, RiskEventForm, parse_month

PAGE_SIZE = 50
LIST_DEFAULT_DAYS = 90


def _filters(request, *, with_period: bool = False) -> tuple[CalendarFilterForm, dict]:
    areas = selectors.areas_visible_to(request.user)
    form = CalendarFilterForm(request.GET or None, areas=areas)
    # A filter that is not valid is shown with its error and left out; the valid ones still apply.
    filters = {}
    if form.is_bound:
        form.is_valid()  # runs the checks; cleaned_data keeps the filters that are valid
        filters = form.cleaned_data
    values = {key: filters.get(key) or "" for key in ("area", "kind", "level")}
    if with_period:
        values.update({"van": filters.get("van"), "tot": filters.get("tot")})
    return form, values


def _query(values: dict, **extra) -> str:
    """The filters as a query string, for links that keep them (previous/next month, pages)."""
    pairs = {key: value for key, value in {**values, **extra}.items() if value}
    return urlencode({key: value.isoformat() if isinstance(value, dt.date) else value for key, value in pairs.items()})


def _rows(user, windows) -> list[dict]:
    """Windows ready to show: each with its entry and, only for participants, its linked case (one query)."""
    cases = selectors.linked_cases(user, windows)
    return [{"window": window, "event": window.event, "case": cases.get(window.event.case_id)} for window in windows]


def _common(request, view: str) -> dict:
    return {
        "view": view,
        "can_keep": visibility.can_keep_risk_calendar(request.user),
        "today": timezone.localdate(),
    }


@login_required
def month(request):
    """The month calendar: each day with the highest level of the windows covering it and the windows that start,
    and below it every window of the month."""
    today = timezone.localdate()
    form, values = _filters(request)
    shown = parse_month(request.GET.get("maand"), today)
    first, last = selectors.grid_bounds(shown)
    windows = list(selectors.windows_for(request.user, start=first, end=last, **values))
    last_day = selectors.month_end(shown)
    in_month = [w for w in windows if w.start_date <= last_day and w.end_date >= shown]
    previous = (shown - dt.timedelta(days=1)).replace(day=1)
    following = last_day + dt.timedelta(days=1)
    context = {
        **_common(request, "month"),
        "form": form,
        "month": shown,
        "weeks": selectors.month_grid(windows, shown, today),
        "rows": _rows(request.user, in_month),
        "previous_query": _query(values, maand=previous.strftime("%Y-%m")),
        "next_query": _query(values, maand=following.strftime("%Y-%m")),
        "this_month_query": _query(values),
        "is_this_month": shown == today.replace(day=1),
    }
    return render(request, "riskcalendar/month.html", context, status=400 if form.errors else 200)


@login_required
def window_list(request):
    """Every window in a period (from today for three months unless chosen), filterable, in date order."""
    today = timezone.localdate()
    form, values = _filters(request, with_period=True)
    start = values.pop("van") or today
    end = values.pop("tot") or (start + dt.timedelta(days=LIST_DEFAULT_DAYS))
    if end < start:  # the form said so; show the default period rather than nothing
        end = start + dt.timedelta(days=LIST_DEFAULT_DAYS)
    windows = selectors.windows_for(request.user, start=start, end=end, **values)
    page = Paginator(windows, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        **_common(request, "list"),
        "form": form,
        "start": start,
        "end": end,
        "page": page,
        "rows": _rows(request.user, list(page.object_list)),
        "query_string": _query(values, van=start, tot=end),
    }
    return render(request, "riskcalendar/list.html", context, status=400 if form.errors else 200)


@login_required
def now(request):
    """The current risk level per area, with the windows behind it and those starting in the coming four weeks."""
    today = timezone.localdate()
    form, values = _filters(request)
    areas = selectors.levels_now(request.user, today, kind=values["kind"], level=values["level"])
    if values["area"]:
        areas = [row for row in areas if row.area.casefold() == values["area"].casefold()]
    context = {
        **_common(request, "now"),
        "form": form,
        "areas": areas,
        "upcoming_until": selectors.coming_four_weeks(today)[1],
    }
    return render(request, "riskcalendar/now.html", context, status=400 if form.errors else 200)


def _form(request, *, data=None, initial=None) -> RiskEventForm:
    membership = visibility.membership_of(request.user)
    return RiskEventForm(
        data,
        initial=initial,
        cases=visibility.cases_visible_to(request.user).order_by("title"),
        organisations=visibility.organisations_visible_to(request.user)
        .exclude(pk=membership.organisation_id)
        .order_by("name"),
    )


@login_required
@require_http_methods(["GET", "POST"])
def event_create(request):
    """A new entry, by a member of the OOV organisation (anyone else: 404)."""
    if not visibility.can_keep_risk_calendar(request.user):
        raise Http404
    initial = {"kind": request.GET.get("soort", "")} if request.GET.get("soort") in RiskKind.values else None
    form = _form(request, data=request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            event = services.risk_event_create(acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The entry has been added to the risk calendar."))
            return redirect("riskcalendar:event", event.pk)
    return render(
        request,
        "riskcalendar/event_form.html",
        {"form": form, "creating": True, "areas": selectors.areas_visible_to(request.user)},
        status=400 if form.errors else 200,
    )


@login_required
def event_detail(request, pk):
    """An entry with its windows and where they come from; its readers and history for the keeping organisation."""
    event = visibility.get_risk_event_for_user(request.user, pk)
    windows = list(event.windows.order_by("start_date"))
    for window in windows:
        window.event = event
    cases = selectors.linked_cases(request.user, windows) if event.case_id else {}
    context = {
        "event": event,
        "windows": windows,
        "case": cases.get(event.case_id),
        "readers": event.organisations.order_by("name") if event.is_keeper else None,
        "today": timezone.localdate(),
        "history": _history(event) if event.is_keeper else None,
    }
    return render(request, "riskcalendar/event_detail.html", context)


def _history(event, size: int = 20) -> list:
    """The entry's last changes (who, when, which fields) for the keeping organisation, whose own professionals they
    are: one query, each record compared with the one before it."""
    records = list(event.history.select_related("history_user").order_by("-history_date")[: size + 1])
    rows = []
    for record, previous in zip(records[:size], [*records[1:], None], strict=False):
        changed = []
        if previous is not None:
            changed = [str(record._meta.get_field(c.field).verbose_name) for c in record.diff_against(previous).changes]
        rows.append({"record": record, "changed": changed})
    return rows


@login_required
@require_http_methods(["GET", "POST"])
def event_update(request, pk):
    event = visibility.get_risk_event_for_user(request.user, pk, keeper=True)
    if not visibility.can_keep_risk_calendar(request.user):
        raise Http404
    initial = {
        "kind": event.kind,
        "title": event.title,
        "start_date": event.start_date,
        "end_date": event.end_date,
        "area": event.area,
        "risk_level": event.risk_level,
        "description": event.description,
        "days_before": event.days_before,
        "days_after": event.days_after,
        "case": event.case_id,
        "organisations": list(event.organisations.values_list("pk", flat=True)),
    }
    form = _form(request, data=request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.risk_event_update(event=event, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("The entry has been saved; its windows moved with it."))
            return redirect("riskcalendar:event", event.pk)
    return render(
        request,
        "riskcalendar/event_form.html",
        {"form": form, "event": event, "areas": selectors.areas_visible_to(request.user)},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def event_delete(request, pk):
    event = visibility.get_risk_event_for_user(request.user, pk, keeper=True)
    if request.method == "POST":
        try:
            services.risk_event_delete(event=event, acting_user=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("riskcalendar:event", event.pk)
        messages.success(request, _("The entry has been removed from the risk calendar."))
        return redirect("riskcalendar:month")
    return render(request, "riskcalendar/event_delete.html", {"event": event})


@require_GET
@rate_limited("exports", key=lambda request, key: f"feed-{key[:64]}")
def feed(request, key):
    """The calendar feed of the key's owner: no session, the key is the credential. Unknown or revoked: 404."""
    user = services.feed_user(key)
    if user is None:
        raise Http404
    today = timezone.localdate()
    windows = selectors.windows_for(user, start=today - dt.timedelta(days=PAST_DAYS))
    membership = visibility.membership_of(user)
    name = _("Risk calendar %(network)s") % {"network": membership.organisation.network.name} if membership else ""
    response = HttpResponse(build_feed(windows, name=name), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="risicokalender.ics"'
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
