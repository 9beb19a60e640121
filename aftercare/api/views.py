"""The evaluations API (shared/API.md, DOMAIN.md §8, ADR 0010): thin adapters. Evaluations and their parts are
fetched and authorised by the visibility core (``partners.visibility``); every write goes through a service
(``aftercare.services``).

Who sees and does what:

* An evaluation is seen by the members of the organisations taking part in its case; everybody else gets 404, as
  for an evaluation that does not exist. Of its parts, a caller reads its own organisation's (also while it is being
  written, with the internal evaluation) and the submitted parts of the others (without theirs). Nobody reads which
  person started, wrote or finalised anything.
* Only the network coordinator (regisseur) starts an evaluation (of a case their organisation takes part in) and
  writes the conclusions, follow-ups, procedures and period, and finalises; a participant writing those gets 403.
  Every participating organisation writes its own part (``own_part``). A finalised evaluation no longer changes:
  400.
* The report (``report/``) is made per organisation by a Celery worker: 202 with ``Retry-After`` until it is ready,
  then the PDF (each download logged). An evaluation that is still open has no report: 409.

The checks run in that order (found, allowed, then the body), so an empty body shows what the caller may do: 404,
403, or 400 with what is missing. A case id the caller may not see is a validation error of ``case``, the same for
missing and for forbidden (as in the interventions API)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import reduce

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from partners import visibility
from partners.models import Organisation
from partners.ratelimit import check_scope
from signals.api.errors import service_errors

from .. import services
from ..constants import EvaluationStatus, ReportStatus
from ..models import Evaluation, EvaluationPart, EvaluationReport
from . import serializers as s

NOT_FOUND = OpenApiResponse(description="Not found, or not visible to the caller.")
INVALID = OpenApiResponse(
    description="Validation errors, field by field (the evaluation's state under `non_field_errors`)."
)
NOT_COORDINATOR = OpenApiResponse(description="The caller is not the network coordinator (regisseur).")
STILL_OPEN = OpenApiResponse(description="The evaluation is still open: its report is made once it is finalised.")

# Ask again after this many seconds while a report is being made.
RETRY_AFTER = 2
# The fields of an evaluation only the network coordinator writes (the services say so too; the view answers 403
# first, before looking at the values).
COORDINATOR_FIELDS = frozenset(
    {"conclusions", "follow_ups", "procedures", "period_start", "period_end", "status", "without_missing"}
)
ANSWER_FIELDS = ("went_well", "went_badly", "do_better", "perceptions", "agreements_to_change", "internal")
UPDATE_FIELDS = ("conclusions", "follow_ups", "procedures", "period_start", "period_end")


# The services' own sentences (one msgid each in the catalogue).
def _only_coordinator() -> str:
    return _("Only the network coordinator (regisseur) does this.")


def _not_yet_finalised() -> str:
    return _("The report is made once the evaluation is finalised.")


@contextmanager
def _service_call(rename=None) -> Iterator[None]:
    """Around a service call: its ``ValidationError`` answers 400 field by field, its ``PermissionDenied`` 403 with
    its own sentence (DRF would answer a Django ``PermissionDenied`` with a generic one)."""
    try:
        with service_errors(rename):
            yield
    except DjangoPermissionDenied as exc:
        raise PermissionDenied(str(exc) or None) from exc


def _participants() -> Prefetch:
    return Prefetch("case__organisations", queryset=Organisation.objects.order_by("name", "pk"))


def _visible_parts(user, evaluations) -> dict:
    """The parts the user may read of each evaluation, by evaluation id: one query for a whole page (the visibility
    core's rule per evaluation, combined with UNION ALL)."""
    evaluations = list(evaluations)
    if not evaluations:
        return {}
    querysets = [visibility.evaluation_parts_visible_to(user, evaluation) for evaluation in evaluations]
    combined = querysets[0] if len(querysets) == 1 else reduce(lambda a, b: a.union(b, all=True), querysets)
    parts: dict = defaultdict(list)
    for part in combined:
        parts[part.evaluation_id].append(part)
    return parts


def _context(request, evaluations) -> dict:
    membership = visibility.membership_of(request.user)
    return {
        "request": request,
        "parts": _visible_parts(request.user, evaluations),
        "own_organisation_id": membership.organisation_id if membership else None,
    }


def _representation(request, evaluation: Evaluation) -> dict:
    evaluation = visibility.evaluations_visible_to(request.user).prefetch_related(_participants()).get(pk=evaluation.pk)
    return s.EvaluationSerializer(evaluation, context=_context(request, [evaluation])).data


# --- the list ---------------------------------------------------------------------------------------------------


class EvaluationFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=EvaluationStatus.choices)
    case = filters.UUIDFilter(field_name="case_id", help_text="The evaluation of this case.")

    class Meta:
        model = Evaluation
        fields = ["status", "case"]


class EvaluationListView(generics.GenericAPIView):
    """The evaluations of the cases the caller's organisation takes part in, newest first, each with the parts the
    caller may read. Empty for a caller without a membership."""

    queryset = Evaluation.objects.none()  # for the schema; the real one comes from the visibility core
    serializer_class = s.EvaluationSerializer
    filterset_class = EvaluationFilter

    def get_queryset(self):
        return (
            visibility.evaluations_visible_to(self.request.user)
            .prefetch_related(_participants())
            .order_by("-started_at", "-id")
        )

    @extend_schema(responses=s.EvaluationSerializer(many=True))
    def get(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        data = s.EvaluationSerializer(page, many=True, context=_context(request, page)).data
        return self.get_paginated_response(data)

    @extend_schema(
        request=s.EvaluationCreateSerializer,
        responses={201: s.EvaluationSerializer, 400: INVALID, 403: NOT_COORDINATOR},
        description="The network coordinator starts the network-wide evaluation of a case their organisation takes "
        "part in: a part for each participating organisation, each told to write it. A case that is already "
        "evaluated, or one the caller's organisation does not take part in: 400 on `case`.",
    )
    def post(self, request):
        if not visibility.can_coordinate_network(request.user):
            raise PermissionDenied(_only_coordinator())
        serializer = s.EvaluationCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        values["case"] = _case_field(request, values["case"])
        with _service_call():
            try:
                evaluation = services.evaluation_start(acting_user=request.user, **values)
            except DjangoValidationError as exc:
                if hasattr(exc, "error_dict"):
                    raise
                # The service's only error without a field is about the case: it is already being evaluated.
                raise DjangoValidationError({"case": exc.messages}) from exc
        return Response(_representation(request, evaluation), status=status.HTTP_201_CREATED)


def _case_field(request, case_id):
    try:
        return visibility.get_case_for_user(request.user, case_id)
    except Http404 as exc:
        raise serializers.ValidationError({"case": [_("Choose a case your organisation takes part in.")]}) from exc


# --- one evaluation -----------------------------------------------------------------------------------------------


def _procedure_key(key: str) -> str:
    """The services' ``procedure_<code>`` and ``procedure_<code>_note`` as the API's nested ``procedures``."""
    if not key.startswith("procedure_"):
        return key
    code = key.removeprefix("procedure_")
    if code.endswith("_note"):
        return f"procedures.{code.removesuffix('_note')}.note"
    return f"procedures.{code}.status"


def _merged_procedures(evaluation: Evaluation, given: dict) -> dict:
    procedures = {code: dict(entry) for code, entry in (evaluation.procedures or {}).items() if isinstance(entry, dict)}
    for code, entry in given.items():
        procedures[code] = {"status": "", "note": "", **procedures.get(code, {}), **entry}
    return procedures


class EvaluationDetailView(generics.GenericAPIView):
    serializer_class = s.EvaluationSerializer
    filter_backends = []  # nothing to filter: one evaluation

    @extend_schema(responses={200: s.EvaluationSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        evaluation = visibility.get_evaluation_for_user(request.user, pk)
        return Response(_representation(request, evaluation))

    @extend_schema(
        request=s.EvaluationUpdateSerializer,
        responses={200: s.EvaluationSerializer, 400: INVALID, 403: NOT_COORDINATOR, 404: NOT_FOUND},
        description="Any participating organisation writes its own part (`own_part`; `submit` shows it to the "
        "partners). The network coordinator writes the conclusions, follow-ups, procedures and period, and "
        "finalises (`status: finalised`, with `without_missing` to go ahead while parts are missing); anybody else "
        "writing those gets 403. Left-out fields keep what they were; an empty body changes nothing. A finalised "
        "evaluation no longer changes: 400. All or nothing.",
    )
    def patch(self, request, pk):
        evaluation = visibility.get_evaluation_for_user(request.user, pk)
        written = set(request.data) if isinstance(request.data, Mapping) else set()
        if written & COORDINATOR_FIELDS and not visibility.can_coordinate_evaluation(request.user, evaluation):
            raise PermissionDenied(_only_coordinator())
        serializer = s.EvaluationUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        finalise = values.get("status") == EvaluationStatus.FINALISED
        with _service_call(rename=_procedure_key), transaction.atomic():
            if "own_part" in values:
                self._save_own_part(request, evaluation, values["own_part"])
            if written & set(UPDATE_FIELDS):
                self._update(request, evaluation, values)
            if finalise:
                services.evaluation_finalise(
                    evaluation=evaluation,
                    acting_user=request.user,
                    without_missing=values.get("without_missing", False),
                )
        return Response(_representation(request, evaluation))

    def _save_own_part(self, request, evaluation: Evaluation, given: dict) -> None:
        membership = visibility.membership_of(request.user)
        part = EvaluationPart.objects.filter(evaluation_id=evaluation.pk, organisation_id=membership.organisation_id)
        current = part.values(*ANSWER_FIELDS).first() or dict.fromkeys(ANSWER_FIELDS, "")
        answers = {name: given.get(name, current[name]) for name in ANSWER_FIELDS}
        with _service_call(rename=lambda key: key if key == "non_field_errors" else f"own_part.{key}"):
            services.part_save(
                evaluation=evaluation, acting_user=request.user, submit=given.get("submit", False), **answers
            )

    def _update(self, request, evaluation: Evaluation, values: dict) -> None:
        evaluation.refresh_from_db()
        services.evaluation_update(
            evaluation=evaluation,
            acting_user=request.user,
            conclusions=values.get("conclusions", evaluation.conclusions),
            follow_ups=values.get("follow_ups", evaluation.follow_ups),
            procedures=_merged_procedures(evaluation, values.get("procedures", {})),
            period_start=values.get("period_start", evaluation.period_start),
            period_end=values.get("period_end", evaluation.period_end),
        )


# --- the report ---------------------------------------------------------------------------------------------------


def _being_made(report: EvaluationReport) -> Response:
    state = report.status if report.status == ReportStatus.RENDERING else ReportStatus.QUEUED
    response = Response({"status": state, "retry_after": RETRY_AFTER}, status=status.HTTP_202_ACCEPTED)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


class EvaluationReportView(generics.GenericAPIView):
    serializer_class = s.ReportProgressSerializer  # for the schema
    filter_backends = []  # nothing to filter: one report

    def perform_content_negotiation(self, request, force=False):
        # A client asking for the PDF (Accept: application/pdf) gets it, not 406: the PDF bypasses the renderers,
        # and the other answers are JSON whatever the client accepts.
        return super().perform_content_negotiation(request, force=True)

    @extend_schema(
        responses={
            (200, "application/pdf"): OpenApiTypes.BINARY,
            202: s.ReportProgressSerializer,
            404: NOT_FOUND,
            409: STILL_OPEN,
        },
        description="The report of a finalised evaluation as the caller's organisation may read it (the case's "
        "signals at its own level; no internal evaluations, no persons). It is made by a worker: while it is queued "
        "or being made the answer is 202 with `Retry-After`; ask again. A report whose sources changed since (a "
        "share revoked, a text edited) or that failed is made again. Each download is logged, also in the access "
        "log of the signals read above summary level.",
    )
    def get(self, request, pk):
        evaluation = visibility.get_evaluation_for_user(request.user, pk)
        if evaluation.is_open:
            return Response({"detail": _not_yet_finalised()}, status=status.HTTP_409_CONFLICT)
        with _service_call():
            report = services.report_request(evaluation=evaluation, acting_user=request.user)
        if report.status != ReportStatus.READY:
            return _being_made(report)
        check_scope(request, "exports")  # partners/ratelimit.py: the PDF counts, asking while it is made does not
        try:
            handle = report.file.storage.open(report.file.name, "rb")
        except OSError:
            # The file went missing: make it again.
            EvaluationReport.objects.filter(pk=report.pk).update(status=ReportStatus.FAILED)
            with _service_call():
                return _being_made(services.report_request(evaluation=evaluation, acting_user=request.user))
        signals = visibility.case_signals_visible_to(request.user, evaluation.case)
        services.report_downloaded(report=report, acting_user=request.user, signals=signals, via="api")
        name = slugify(evaluation.case.title)[:60] or str(evaluation.pk)
        response = FileResponse(
            handle, as_attachment=True, filename=f"evaluatie-{name}.pdf", content_type="application/pdf"
        )
        response["Cache-Control"] = "no-store"
        return response
