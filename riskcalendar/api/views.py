"""The risk calendar API (shared/API.md, DOMAIN.md §9): thin adapters. Entries are fetched and authorised by the
visibility core (``partners.visibility``); every write goes through a service (``riskcalendar.services``).

Who sees what:

* An entry is seen by the members of the OOV organisation that keeps it and of the organisations of the network it
  was given to; everybody else gets 404, as for an entry that does not exist. Its windows are seen with it.
* Only the keeping organisation reads which organisations were given the entry (``organisations``); a reader gets
  null there and does not learn who else was told. A linked case shows only to those taking part in it (cases do
  not share, ADR 0007). Nobody reads who created an entry.
* Members of an OOV organisation create entries; the keeping organisation alone changes and removes them. A reader
  gets 403 on a write, anybody else 404.

Ids that point at something the caller may not see (a case, an organisation of another network) are validation
errors of their field, the same for missing and for forbidden."""

from __future__ import annotations

from collections import defaultdict

from django import forms
from django.db.models import Exists, OuterRef, Prefetch
from django.http import Http404
from django.utils.translation import gettext as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from partners import visibility
from partners.models import Organisation
from signals.api.errors import service_errors

from .. import services
from ..constants import RiskKind, RiskLevel
from ..models import RiskEvent, RiskEventReader, RiskWindow
from . import serializers as s

NOT_FOUND = OpenApiResponse(description="Not found, or not visible to the caller.")
INVALID = OpenApiResponse(description="Validation errors, field by field.")
NOT_KEEPER = OpenApiResponse(description="The caller is not a member of a public-order (OOV) organisation.")
READER_ONLY = OpenApiResponse(description="The caller's organisation sees the entry but does not keep it.")
NO_CONTENT = OpenApiResponse(description="Removed, with its windows.")


# The services' own sentences (one msgid each in the catalogue).
def _only_oov() -> str:
    return _("Only the municipality's public-order organisation keeps the risk calendar.")


def _only_keeper_changes() -> str:
    return _("Only the organisation that keeps this entry can change it.")


def _only_keeper_removes() -> str:
    return _("Only the organisation that keeps this entry can remove it.")


# --- reading ----------------------------------------------------------------------------------------------------


def _events_of(user):
    """The entries the user's organisation sees, with the keeping organisation joined and the windows in one more
    query (the keeper's readers and the visible cases are fetched per page by ``_context``)."""
    windows = RiskWindow.objects.order_by("start_date", "end_date", "rule")
    return (
        visibility.risk_events_visible_to(user)
        .select_related("organisation")
        .prefetch_related(Prefetch("windows", queryset=windows))
    )


def _context(request, events) -> dict:
    """What the caller may see of a page of entries, in at most two queries whatever the page's length: the linked
    cases its organisation takes part in, and the readers of the entries it keeps (nobody else learns those)."""
    readers: dict = defaultdict(list)
    kept = [event.pk for event in events if event.is_keeper]
    if kept:
        rows = (
            RiskEventReader.objects.filter(event_id__in=kept)
            .order_by("organisation__name", "organisation_id")
            .values_list("event_id", "organisation_id")
        )
        for event_id, organisation_id in rows:
            readers[event_id].append(organisation_id)
    case_ids = visibility.visible_case_ids(request.user, [event.case_id for event in events])
    return {"request": request, "case_ids": case_ids, "readers": readers}


def _representation(request, pk) -> dict:
    event = _events_of(request.user).get(pk=pk)
    return s.RiskEventSerializer(event, context=_context(request, [event])).data


def _get_event(request, pk) -> RiskEvent:
    return visibility.get_risk_event_for_user(request.user, pk)


# --- writing: ids the caller may point at -------------------------------------------------------------------------


def _case_field(request, case_id):
    """A case the caller's organisation takes part in; one it does not is refused like one that does not exist."""
    if case_id is None:
        return None
    try:
        return visibility.get_case_for_user(request.user, case_id)
    except Http404 as exc:
        raise serializers.ValidationError({"case": [_("Choose a case your organisation takes part in.")]}) from exc


def _organisations_field(request, ids) -> list[Organisation]:
    """Organisations of the caller's network, through the visibility core. One of another network, or one that does
    not exist, is the same validation error."""
    ids = list(dict.fromkeys(ids))
    found = {o.pk: o for o in visibility.organisations_visible_to(request.user).filter(pk__in=ids)}
    if len(found) != len(ids):
        raise serializers.ValidationError({"organisations": [_("Choose organisations of your network.")]})
    return [found[pk] for pk in ids]


def _resolve_ids(request, values: dict) -> dict:
    if "case" in values:
        values["case"] = _case_field(request, values["case"])
    if "organisations" in values:
        values["organisations"] = _organisations_field(request, values["organisations"])
    return values


# --- the list -----------------------------------------------------------------------------------------------------


class PeriodForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            # The services' sentence for the same mistake in an entry.
            self.add_error("end", _("The last day cannot be before the first day."))
        return cleaned


class RiskEventFilter(filters.FilterSet):
    start = filters.DateFilter(
        method="filter_period",
        help_text="YYYY-MM-DD. Entries with a window that ends on or after this day (with `end`: that overlaps the "
        "period).",
    )
    end = filters.DateFilter(
        method="filter_period",
        help_text="YYYY-MM-DD. Entries with a window that starts on or before this day; not before `start`.",
    )
    area = filters.CharFilter(method="filter_area", help_text="Exactly this area, in any case.")
    kind = filters.ChoiceFilter(choices=RiskKind.choices)
    risk_level = filters.ChoiceFilter(choices=RiskLevel.choices)

    class Meta:
        model = RiskEvent
        form = PeriodForm
        fields = ["start", "end", "area", "kind", "risk_level"]

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        start, end = self.form.cleaned_data.get("start"), self.form.cleaned_data.get("end")
        if start is None and end is None:
            return queryset
        # One window must overlap the whole period: both bounds on the same window, so a single subquery.
        windows = RiskWindow.objects.filter(event_id=OuterRef("pk"))
        if start is not None:
            windows = windows.filter(end_date__gte=start)
        if end is not None:
            windows = windows.filter(start_date__lte=end)
        return queryset.filter(Exists(windows))

    def filter_period(self, queryset, name, value):
        return queryset  # both bounds together, in filter_queryset

    def filter_area(self, queryset, name, value):
        # Stored areas are normalised by the services (spaces collapsed); the filter value is read the same way.
        return queryset.filter(area__iexact=services.normalise_area(value))


class RiskEventListView(generics.GenericAPIView):
    """The entries of the risk calendar the caller's organisation keeps or was given, newest first (by date, then
    by creation), each with its windows."""

    queryset = RiskEvent.objects.none()  # for the schema; the real one comes from the visibility core
    serializer_class = s.RiskEventSerializer
    filterset_class = RiskEventFilter

    def get_queryset(self):
        return _events_of(self.request.user).order_by("-start_date", "-created_at", "-id")

    @extend_schema(responses=s.RiskEventSerializer(many=True))
    def get(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        data = s.RiskEventSerializer(page, many=True, context=_context(request, page)).data
        return self.get_paginated_response(data)

    @extend_schema(
        request=s.RiskEventCreateSerializer,
        responses={201: s.RiskEventSerializer, 400: INVALID, 403: NOT_KEEPER},
        description="A new entry kept by the caller's public-order (OOV) organisation, seen by the organisations "
        "of the network given in `organisations`. Its windows are derived at once: an incident gets the day itself "
        "and the run-ups to its first two anniversaries, a release its first six months, an announcement a window "
        "of `days_before` and `days_after`, anything else its own date or period.",
    )
    def post(self, request):
        if not visibility.can_keep_risk_calendar(request.user):
            raise PermissionDenied(_only_oov())
        serializer = s.RiskEventCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = _resolve_ids(request, dict(serializer.validated_data))
        with service_errors():
            event = services.risk_event_create(acting_user=request.user, **values)
        return Response(_representation(request, event.pk), status=status.HTTP_201_CREATED)


# --- one entry ----------------------------------------------------------------------------------------------------


class RiskEventDetailView(generics.GenericAPIView):
    serializer_class = s.RiskEventSerializer
    filter_backends = []  # nothing to filter: one entry

    @extend_schema(responses={200: s.RiskEventSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        event = _get_event(request, pk)
        return Response(_representation(request, event.pk))

    @extend_schema(
        request=s.RiskEventUpdateSerializer,
        responses={200: s.RiskEventSerializer, 400: INVALID, 403: READER_ONLY, 404: NOT_FOUND},
        description="The keeping organisation changes the entry; fields left out stay as they are, `organisations` "
        "replaces who sees it. Moving its date or changing its kind moves its windows. All or nothing.",
    )
    def patch(self, request, pk):
        event = _get_event(request, pk)
        if not event.is_keeper:
            raise PermissionDenied(_only_keeper_changes())
        serializer = s.RiskEventUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        changes = _resolve_ids(request, dict(serializer.validated_data))
        if changes:  # an empty PATCH changes nothing, and leaves no history
            with service_errors():
                services.risk_event_update(event=event, acting_user=request.user, **changes)
        return Response(_representation(request, event.pk))

    @extend_schema(responses={204: NO_CONTENT, 403: READER_ONLY, 404: NOT_FOUND})
    def delete(self, request, pk):
        event = _get_event(request, pk)
        if not event.is_keeper:
            raise PermissionDenied(_only_keeper_removes())
        with service_errors():
            services.risk_event_delete(event=event, acting_user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
