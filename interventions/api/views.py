"""The cases and interventions API (shared/API.md, DOMAIN.md §5-6): thin adapters. Cases, their signals and
interventions are fetched and authorised by the visibility core (``partners.visibility``); every write goes through
a service (``interventions.services``).

Who sees what:

* A case is seen by the members of the organisations taking part in it; everybody else gets 404, as for a case
  that does not exist. Its signals are not shared by the case: a participant gets the ids of the signals it may
  see, each with its own level, and counts only those. A participant who is not the lead gets 403 for the lead's
  fields (title, description, participants, phase); any participant adds signals it may see.
* An intervention on a case is seen by the case's participants; one on a signal by the organisations that may see
  the signal and own it, carry the intervention out or registered it. Whoever sees it but may not change it (the
  executing and the registering organisation, and on a case its lead) gets 403 on a write.
* The intervention matrix is reference data: every signed-in user reads it, like the phenomena.

Ids that point at something the caller may not see (a case, a signal, an organisation of another network, a
person of another organisation) are validation errors of their field, the same for missing and for forbidden."""

from __future__ import annotations

from collections.abc import Mapping

from django.db import transaction
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.utils.translation import gettext as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from partners import visibility
from partners.constants import PartnerType
from partners.models import Organisation
from partners.visibility import AccessLevel
from signals.api.errors import service_errors

from .. import services
from ..constants import InterventionStatus, Level, Mode, Phase, Target
from ..models import Case, CasePhaseChange, Intervention, InterventionType
from . import serializers as s

NOT_FOUND = OpenApiResponse(description="Not found, or not visible to the caller.")
INVALID = OpenApiResponse(description="Validation errors, field by field.")
NO_MEMBERSHIP = OpenApiResponse(description="The caller is not a member of an organisation.")
NOT_LEAD = OpenApiResponse(description="A participant who is not the lead organisation wrote a field of the lead.")
CANNOT_CHANGE = OpenApiResponse(description="The caller may see the intervention but not change it.")


def _cannot_change() -> str:
    # The service's own sentence (one msgid in the catalogue).
    return _("Only the executing organisation, the organisation that registered it or the case lead can change it.")


def _require_membership(request, message: str):
    membership = visibility.membership_of(request.user)
    if membership is None:
        raise PermissionDenied(message)
    return membership


# --- the intervention matrix ----------------------------------------------------------------------------------


class InterventionTypeFilter(filters.FilterSet):
    phase = filters.ChoiceFilter(choices=Phase.choices)
    mode = filters.ChoiceFilter(
        choices=Mode.choices, help_text="Exactly this mode (`both` entries are not listed under `online`)."
    )
    level = filters.ChoiceFilter(choices=Level.choices)
    partner_type = filters.ChoiceFilter(
        choices=PartnerType.choices, method="filter_partner_type", help_text="Entries suited to this partner type."
    )
    target = filters.ChoiceFilter(choices=Target.choices, method="filter_target", help_text="Entries aimed at this.")
    q = filters.CharFilter(method="filter_q", help_text="Searches title, description and source reference.")

    class Meta:
        model = InterventionType
        fields = ["phase", "mode", "level", "partner_type", "target", "q"]

    def filter_partner_type(self, queryset, name, value):
        return queryset.for_partner_type(value)

    def filter_target(self, queryset, name, value):
        return queryset.for_target(value)

    def filter_q(self, queryset, name, value):
        return queryset.search(value)


class InterventionTypeListView(generics.ListAPIView):
    """The online intervention matrix (DOMAIN.md §6): the active entries, in the matrix's order. Reference data,
    for every signed-in user."""

    serializer_class = s.InterventionTypeSerializer
    filterset_class = InterventionTypeFilter

    def get_queryset(self):
        return InterventionType.objects.filter(is_active=True).order_by("position", "title", "pk")


class InterventionTypeDetailView(generics.RetrieveAPIView):
    """One entry of the matrix by its code; also an inactive one (interventions planned from it keep it)."""

    serializer_class = s.InterventionTypeSerializer
    queryset = InterventionType.objects.all()
    lookup_field = "code"
    filter_backends = []  # nothing to filter: one object

    @extend_schema(responses={200: s.InterventionTypeSerializer, 404: NOT_FOUND})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


# --- cases ----------------------------------------------------------------------------------------------------

# The fields of a case only its lead organisation changes (the services say so too; the view answers 403 first).
LEAD_FIELDS = frozenset({"title", "description", "organisations", "phase", "reason"})


def _participants():
    return Prefetch("organisations", queryset=Organisation.objects.order_by("name", "pk"))


def _case_representation(request, case: Case) -> dict:
    """A case from ``visibility.get_case_for_user`` (with ``is_lead``), with the signals the caller may see at the
    caller's level, and the phase history."""
    prefetch_related_objects([case], _participants())
    case.visible_signals = list(
        visibility.case_signals_visible_to(request.user, case)
        .select_related(None)
        .only("pk")
        .order_by("added_to_case_at", "pk")
    )
    case.phase_history = list(
        CasePhaseChange.objects.filter(case=case)
        .select_related("organisation", "changed_by")
        .order_by("changed_at", "pk")
    )
    context = {"request": request, "signal_counts": {case.pk: len(case.visible_signals)}}
    return s.CaseDetailSerializer(case, context=context).data


def _organisations_field(request, ids, field: str = "organisations") -> list[Organisation]:
    """Organisations of the caller's network, through the visibility core. One of another network, or one that does
    not exist, is the same validation error."""
    ids = list(dict.fromkeys(ids))
    found = {o.pk: o for o in visibility.organisations_visible_to(request.user).filter(pk__in=ids)}
    if len(found) != len(ids):
        raise serializers.ValidationError({field: [_("Choose organisations of your network.")]})
    return [found[pk] for pk in ids]


def _signals_field(request, ids, field: str) -> list:
    """Signals the caller may see, through the visibility core. An id of a signal the caller may not see answers
    exactly like one that does not exist."""
    ids = list(dict.fromkeys(ids))
    found = {signal.pk: signal for signal in visibility.signals_visible_to(request.user).filter(pk__in=ids)}
    if len(found) != len(ids):
        raise serializers.ValidationError({field: [_("You can only add signals you may see.")]})
    return [found[pk] for pk in ids]


class CaseFilter(filters.FilterSet):
    phase = filters.ChoiceFilter(choices=Phase.choices)
    q = filters.CharFilter(field_name="title", lookup_expr="icontains", help_text="Searches the title.")

    class Meta:
        model = Case
        fields = ["phase", "q"]


class CaseListView(generics.GenericAPIView):
    """The cases the caller's organisation takes part in, newest first. ``signal_count`` counts only the signals of
    each case the caller may see."""

    queryset = Case.objects.none()  # for the schema; the real one comes from the visibility core
    serializer_class = s.CaseSerializer
    filterset_class = CaseFilter

    def get_queryset(self):
        return (
            visibility.cases_visible_to(self.request.user)
            .prefetch_related(_participants())
            .order_by("-created_at", "-id")
        )

    @extend_schema(responses=s.CaseSerializer(many=True))
    def get(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        context = {"request": request, "signal_counts": visibility.case_signal_counts(request.user, page)}
        return self.get_paginated_response(s.CaseSerializer(page, many=True, context=context).data)

    @extend_schema(
        request=s.CaseCreateSerializer,
        responses={201: s.CaseDetailSerializer, 400: INVALID, 403: NO_MEMBERSHIP},
        description="A new case led by the caller's organisation, with participants and signals the caller may see.",
    )
    def post(self, request):
        _require_membership(request, _("Only members of an organisation can open a case."))
        serializer = s.CaseCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        values["organisations"] = _organisations_field(request, values["organisations"])
        values["signals"] = _signals_field(request, values["signals"], "signals")
        with service_errors():
            case = services.case_create(acting_user=request.user, **values)
        case = visibility.get_case_for_user(request.user, case.pk)
        return Response(_case_representation(request, case), status=status.HTTP_201_CREATED)


class CaseDetailView(generics.GenericAPIView):
    serializer_class = s.CaseDetailSerializer
    filter_backends = []  # nothing to filter: one case

    @extend_schema(responses={200: s.CaseDetailSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        case = visibility.get_case_for_user(request.user, pk)
        return Response(_case_representation(request, case))

    @extend_schema(
        request=s.CaseUpdateSerializer,
        responses={200: s.CaseDetailSerializer, 400: INVALID, 403: NOT_LEAD, 404: NOT_FOUND},
        description="The lead organisation changes title, description and participants and moves the phase (with a "
        "`reason`, kept in the phase history); any participant adds signals it may see. All or nothing.",
    )
    def patch(self, request, pk):
        case = visibility.get_case_for_user(request.user, pk)
        written = set(request.data) if isinstance(request.data, Mapping) else set()
        if written & LEAD_FIELDS and not case.is_lead:
            raise PermissionDenied(_("Only the lead organisation of the case can change this."))
        serializer = s.CaseUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        if "reason" in values and "phase" not in values:
            raise serializers.ValidationError({"phase": [_("Choose the phase the case moves to.")]})
        if "organisations" in values:
            values["organisations"] = _organisations_field(request, values["organisations"])
        if "add_signals" in values:
            values["add_signals"] = _signals_field(request, values["add_signals"], "add_signals")
        changes = {key: values[key] for key in ("title", "description", "organisations") if key in values}
        with service_errors(rename=lambda key: "add_signals" if key == "signals" else key), transaction.atomic():
            if changes:
                case = services.case_update(case=case, acting_user=request.user, **changes)
            if "phase" in values:
                services.case_change_phase(
                    case=case, acting_user=request.user, phase=values["phase"], reason=values.get("reason", "")
                )
            if "add_signals" in values:
                services.case_add_signals(case=case, acting_user=request.user, signals=values["add_signals"])
        case = visibility.get_case_for_user(request.user, pk)
        return Response(_case_representation(request, case))


# --- interventions --------------------------------------------------------------------------------------------


def _signals_of(request, interventions) -> dict:
    """The signals of these interventions as the caller may see them (``access_level``), by id, with the persons
    of those below full level (their names are left out of the texts). Two queries, whatever the number of rows."""
    ids = {intervention.signal_id for intervention in interventions if intervention.signal_id is not None}
    if not ids:
        return {}
    signals = list(visibility.signals_visible_to(request.user).filter(pk__in=ids))
    below_full = [signal for signal in signals if signal.access_level < AccessLevel.FULL]
    if below_full:
        prefetch_related_objects(below_full, "persons")
    return {signal.pk: signal for signal in signals}


def _intervention_representation(request, intervention: Intervention) -> dict:
    context = {"request": request, "signals": _signals_of(request, [intervention])}
    return s.InterventionSerializer(intervention, context=context).data


def _case_field(request, case_id):
    if case_id is None:
        return None
    try:
        return visibility.get_case_for_user(request.user, case_id)
    except Http404 as exc:
        raise serializers.ValidationError({"case": [_("Choose a case your organisation takes part in.")]}) from exc


def _signal_field(request, signal_id):
    if signal_id is None:
        return None
    try:
        return visibility.get_signal_for_user(request.user, signal_id)
    except Http404 as exc:
        raise serializers.ValidationError(
            {"signal": [_("You can only plan interventions on signals you may see.")]}
        ) from exc


def _intervention_type_field(code):
    if not code:
        return None
    intervention_type = InterventionType.objects.filter(code=code, is_active=True).first()
    if intervention_type is None:
        raise serializers.ValidationError({"intervention_type": [_("Choose an entry of the intervention matrix.")]})
    return intervention_type


def _executing_organisation_field(request, organisation_id):
    """An organisation of the caller's network. Who may carry out an intervention (on a signal, for a partner only
    itself or the owner) is the service's rule: ``services.executing_candidates``."""
    return _organisations_field(request, [organisation_id], "executing_organisation")[0]


def _executing_person_field(request, user_id):
    """A colleague of the caller's own organisation: partners never see each other's professionals, so nobody
    picks a person of another organisation (that organisation names its own person)."""
    if user_id is None:
        return None
    membership = visibility.memberships_visible_to(request.user).filter(user_id=user_id, user__is_active=True).first()
    if membership is None:
        raise serializers.ValidationError({"executing_person": [_("Choose a colleague of your own organisation.")]})
    return membership.user


class InterventionFilter(filters.FilterSet):
    case = filters.UUIDFilter(field_name="case_id", help_text="Interventions on this case.")
    signal = filters.UUIDFilter(field_name="signal_id", help_text="Interventions on this signal.")
    status = filters.ChoiceFilter(choices=InterventionStatus.choices)
    phase = filters.ChoiceFilter(choices=Phase.choices)

    class Meta:
        model = Intervention
        fields = ["case", "signal", "status", "phase"]


class InterventionListView(generics.GenericAPIView):
    """The interventions the caller may see, newest first: those on the cases the caller's organisation takes part
    in, and those on a signal the caller may see that its organisation owns, carries out or registered."""

    queryset = Intervention.objects.none()  # for the schema; the real one comes from the visibility core
    serializer_class = s.InterventionSerializer
    filterset_class = InterventionFilter

    def get_queryset(self):
        return (
            visibility.interventions_visible_to(self.request.user).select_related("case").order_by("-created_at", "-id")
        )

    @extend_schema(responses=s.InterventionSerializer(many=True))
    def get(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        context = {"request": request, "signals": _signals_of(request, page)}
        return self.get_paginated_response(s.InterventionSerializer(page, many=True, context=context).data)

    @extend_schema(
        request=s.InterventionCreateSerializer,
        responses={201: s.InterventionSerializer, 400: INVALID, 403: NO_MEMBERSHIP},
        description="An intervention on a case (any participant) or on a signal (anyone who may see it): give "
        "exactly one of `case` and `signal`. From the matrix (`intervention_type`) or custom (`title`).",
    )
    def post(self, request):
        _require_membership(request, _("Only members of an organisation can plan an intervention."))
        serializer = s.InterventionCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        values["case"] = _case_field(request, values["case"])
        values["signal"] = _signal_field(request, values["signal"])
        values["intervention_type"] = _intervention_type_field(values["intervention_type"])
        if values["executing_organisation"] is not None:
            values["executing_organisation"] = _executing_organisation_field(request, values["executing_organisation"])
        values["executing_person"] = _executing_person_field(request, values["executing_person"])
        with service_errors():
            intervention = services.intervention_create(acting_user=request.user, **values)
        return Response(_intervention_representation(request, intervention), status=status.HTTP_201_CREATED)


class InterventionDetailView(generics.GenericAPIView):
    serializer_class = s.InterventionSerializer
    filter_backends = []  # nothing to filter: one intervention

    @extend_schema(responses={200: s.InterventionSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        intervention = visibility.get_intervention_for_user(request.user, pk)
        return Response(_intervention_representation(request, intervention))

    @extend_schema(
        request=s.InterventionUpdateSerializer,
        responses={200: s.InterventionSerializer, 400: INVALID, 403: CANNOT_CHANGE, 404: NOT_FOUND},
        description="Plan it (`planned` needs a `planned_date`), carry it out, drop it, record the outcome and, once "
        "it is `done`, the effect. By the executing and the registering organisation, and on a case its lead.",
    )
    def patch(self, request, pk):
        intervention = visibility.get_intervention_for_user(request.user, pk)
        if not services.can_change_intervention(request.user, intervention):
            raise PermissionDenied(_cannot_change())
        serializer = s.InterventionUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        if "executing_organisation" in changes:
            changes["executing_organisation"] = _executing_organisation_field(
                request, changes["executing_organisation"]
            )
        if "executing_person" in changes:
            changes["executing_person"] = _executing_person_field(request, changes["executing_person"])
        with service_errors():
            intervention = services.intervention_update(intervention=intervention, acting_user=request.user, **changes)
        # The changed instance itself: the caller may have handed the intervention to another organisation.
        return Response(_intervention_representation(request, intervention))
