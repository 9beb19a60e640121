"""The signals API (shared/API.md): thin adapters. Objects are fetched and authorised by the visibility core
(``partners.visibility``), leave it redacted to the caller's level, and every write goes through a service.

Missing, forbidden and malformed ids answer 404. Writing where one may read answers 403: a partner who can see the
signal but is not its owner organisation gets 403 on a write; one who cannot see it gets 404."""

from __future__ import annotations

from django.db.models import Prefetch, Q, prefetch_related_objects
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.settings import api_settings

from partners import visibility
from partners.visibility import AccessLevel

from .. import route, selectors, services
from ..constants import Platform, SignalStatus, Urgency
from ..models import (
    Action,
    Attachment,
    Person,
    Phenomenon,
    Review,
    Signal,
    StepAnswer,
    StepDecision,
)
from . import serializers as s
from .errors import service_errors

NOT_FOUND = OpenApiResponse(description="Not found, or not visible to the caller.")
FORBIDDEN = OpenApiResponse(description="The caller may read the signal but not write to it.")
INVALID = OpenApiResponse(description="Validation errors, field by field.")


def _readable_signal(request, pk, *, min_level: AccessLevel = AccessLevel.SUMMARY) -> Signal:
    """The signal at the caller's level (annotated ``access_level``), or 404 below ``min_level``."""
    return visibility.get_signal_for_user(request.user, pk, min_level=min_level)


def _owned_signal_for_writing(request, pk) -> Signal:
    """The signal for a write by its owner organisation: 404 when the caller cannot see it, 403 when they can
    only read it."""
    signal = _readable_signal(request, pk)
    if signal.access_level < AccessLevel.OWNER:
        raise PermissionDenied(_("Only the owner organisation can change this signal."))
    return signal


def _prefetch_where_readable(signals: list[Signal]) -> None:
    """Load the related records redaction copies (persons, screenshots, and for the owner who logged it) only for
    the signals whose level reads them: one query each, whatever the number of rows, and nothing loaded that the
    caller may not read."""
    for field, lookup in (
        ("persons", Prefetch("persons", queryset=Person.objects.all())),
        ("attachments", Prefetch("attachments", queryset=Attachment.objects.all())),
        ("created_by", "created_by"),
    ):
        level = visibility.lowest_level_reading(field)
        rows = [signal for signal in signals if signal.access_level >= level]
        if rows:
            prefetch_related_objects(rows, lookup)


def _represent(signal: Signal) -> dict:
    return s.SignalSerializer(visibility.redact_signal(signal, signal.access_level)).data


# --- signals --------------------------------------------------------------------------------------------------


class SignalFilter(filters.FilterSet):
    phenomenon = filters.CharFilter(field_name="phenomenon__code", help_text="Phenomenon code.")
    platform = filters.ChoiceFilter(choices=Platform.choices)
    step = filters.ChoiceFilter(
        choices=[*((str(n), str(n)) for n in route.STEP_NUMBERS), ("closed", "closed")],
        method="filter_step",
        help_text="The route step as shown (1-5), or `closed`.",
    )
    status = filters.ChoiceFilter(choices=SignalStatus.choices)
    urgency = filters.ChoiceFilter(choices=Urgency.choices)
    q = filters.CharFilter(
        method="filter_q",
        help_text="Searches the sharing summary, and the message text of the signals the caller may read it of.",
    )
    practice = filters.BooleanFilter(
        method="filter_practice", help_text="`1` includes practice signals (left out by default)."
    )

    class Meta:
        model = Signal
        fields = ["phenomenon", "platform", "step", "status", "urgency", "q", "practice"]

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("practice"):
            queryset = queryset.exclude(is_practice=True)
        return queryset

    def filter_step(self, queryset, name, value):
        if value == "closed":
            return queryset.filter(status=SignalStatus.CLOSED)
        return queryset.filter(step=int(value)).exclude(status=SignalStatus.CLOSED)

    def filter_q(self, queryset, name, value):
        # In the database, on the level annotated by the visibility core: a match in a text above the caller's
        # level must not even show as a row.
        text_level = visibility.lowest_level_reading("message_text")
        summary_level = visibility.lowest_level_reading("sharing_summary")
        return queryset.filter(
            Q(access_level__gte=int(text_level), message_text__icontains=value)
            | Q(access_level__gte=int(summary_level), sharing_summary__icontains=value)
        )

    def filter_practice(self, queryset, name, value):
        return queryset  # the default exclusion is in filter_queryset


class SignalListView(generics.GenericAPIView):
    """Signals the caller may see, newest first, each at the caller's level (fields above it are absent)."""

    queryset = Signal.objects.none()  # for the schema; the real one comes from the visibility core
    serializer_class = s.SignalSerializer
    filterset_class = SignalFilter

    def get_queryset(self):
        return (
            visibility.signals_visible_to(self.request.user)
            .select_related("phenomenon", "owner_organisation")
            .order_by("-created_at", "-id")
        )

    @extend_schema(responses=s.SignalSerializer(many=True))
    def get(self, request):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        _prefetch_where_readable(page)
        return self.get_paginated_response([_represent(signal) for signal in page])

    @extend_schema(
        request=s.SignalCreateSerializer,
        responses={201: s.SignalWrittenSerializer, 400: INVALID, 403: OpenApiResponse(description="No membership.")},
    )
    def post(self, request):
        if visibility.membership_of(request.user) is None:
            raise PermissionDenied(_("Only members of an organisation can log a signal."))
        serializer = s.SignalCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = serializer.validated_data
        with service_errors():
            signal, warnings = services.signal_create(
                acting_user=request.user,
                data=serializer.service_data(),
                persons=values.get("persons", []),
                submit=values["submit"] and not values["draft"],
                is_practice=values["is_practice"],
            )
        return Response(_written(request, signal, warnings), status=status.HTTP_201_CREATED)


def _written(request, signal: Signal, warnings) -> dict:
    """The owner's representation after a write, fetched again through the visibility core."""
    signal = _readable_signal(request, signal.pk, min_level=AccessLevel.OWNER)
    _prefetch_where_readable([signal])
    return s.SignalWrittenSerializer((visibility.redact_signal(signal, signal.access_level), warnings)).data


class SignalDetailView(generics.GenericAPIView):
    serializer_class = s.SignalSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    def _signal(self):
        signal = _readable_signal(self.request, self.kwargs["pk"])
        _prefetch_where_readable([signal])
        return signal

    @extend_schema(responses={200: s.SignalSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        return Response(_represent(self._signal()))

    @extend_schema(
        request=s.SignalUpdateSerializer,
        responses={200: s.SignalWrittenSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def patch(self, request, pk):
        signal = _owned_signal_for_writing(request, pk)
        serializer = s.SignalUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        values = serializer.validated_data
        with service_errors():
            signal, warnings = services.signal_update(
                signal=signal,
                acting_user=request.user,
                data=serializer.service_data(),
                persons=values.get("persons"),
                submit=values.get("submit"),
            )
        return Response(_written(request, signal, warnings))


# --- route steps ----------------------------------------------------------------------------------------------


def _step_number(n: int) -> int:
    if n not in route.STEP_NUMBERS:
        raise Http404
    return n


def _question_codes_under_answers():
    def rename(key: str) -> str:
        # The service names a question's error by its code; in the API it belongs to ``answers``.
        return key if key in {"decision", "reason", "step", api_settings.NON_FIELD_ERRORS_KEY} else f"answers.{key}"

    return rename


def _step_payload(signal: Signal, number: int) -> dict:
    definition = route.step(number)
    answers = {a.question: a for a in StepAnswer.objects.filter(signal=signal, step=number)}
    questions = []
    for code, question in route.questions(number).items():
        stored = answers.get(code)
        questions.append(
            {
                "code": code,
                "text": question["text"],
                "help": question.get("help", ""),
                "answer_kind": question["answer"],
                "choices": [{"code": c, "label": label} for c, label in question.get("choices", ())],
                "answer": {"answer": stored.answer, "text": stored.text} if stored else None,
            }
        )
    decision = None
    if definition.get("decision"):
        spec = definition["decision"]
        taken = StepDecision.objects.filter(signal=signal, step=number).first()
        decision = {
            "code": spec["code"],
            "text": spec["text"],
            "choices": [
                {"code": "yes", "label": spec["yes_label"], "text": spec["yes"]},
                {"code": "no", "label": spec["no_label"], "text": spec["no"]},
            ],
            "decision": taken.decision if taken else None,
            "reason": taken.reason if taken else "",
        }
    return s.StepSerializer(
        {
            "number": number,
            "code": definition["code"],
            "title": definition["title"],
            "intro": definition["intro"],
            "questions": questions,
            "decision": decision,
            "signal": signal,
        }
    ).data


class StepView(generics.GenericAPIView):
    """One route step: its questions with the stored answers and, at steps 3 and 4, the decision. Readable only
    for the steps of the caller's level (partners at facts or full read steps 1-2; the owner all)."""

    serializer_class = s.StepSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(responses={200: s.StepSerializer, 404: NOT_FOUND})
    def get(self, request, pk, n):
        signal = _readable_signal(request, pk)
        number = _step_number(n)
        if number not in visibility.steps_readable_at(signal.access_level):
            raise Http404
        return Response(_step_payload(signal, number))

    @extend_schema(
        request=s.StepWriteSerializer,
        responses={200: s.StepSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def put(self, request, pk, n):
        signal = _readable_signal(request, pk)
        number = _step_number(n)
        if signal.access_level < AccessLevel.OWNER:
            raise PermissionDenied(_("Only the owner organisation walks the route of this signal."))
        serializer = s.StepWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = serializer.validated_data
        with service_errors(rename=_question_codes_under_answers()):
            signal = services.step_save(
                signal=signal,
                number=number,
                answers=values["answers"],
                acting_user=request.user,
                decision=values.get("decision"),
                reason=values["reason"],
                watch=values["watch"],
            )
        return Response(_step_payload(signal, number))


# --- colleague review -----------------------------------------------------------------------------------------


class ReviewListView(generics.GenericAPIView):
    """Four eyes on steps 1-2, by another member of the owner organisation."""

    serializer_class = s.ReviewSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(responses={200: s.ReviewSerializer(many=True), 404: NOT_FOUND})
    def get(self, request, pk):
        signal = _readable_signal(request, pk, min_level=AccessLevel.OWNER)
        reviews = Review.objects.filter(signal=signal).select_related("reviewer").order_by("-created_at", "-id")
        page = self.paginate_queryset(reviews)
        return self.get_paginated_response(s.ReviewSerializer(page, many=True).data)

    @extend_schema(
        request=s.ReviewWriteSerializer,
        responses={201: s.ReviewSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request, pk):
        signal = _owned_signal_for_writing(request, pk)
        serializer = s.ReviewWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with service_errors():
            review = services.review_create(signal=signal, reviewer=request.user, **serializer.validated_data)
        return Response(s.ReviewSerializer(review).data, status=status.HTTP_201_CREATED)


# --- step-5 actions -------------------------------------------------------------------------------------------


def _executing_organisation(request, values: dict) -> None:
    """Resolve ``executing_organisation`` (an id) through the visibility core: one of another network, or none,
    is a validation error of that field."""
    if "executing_organisation" not in values:
        return
    try:
        values["executing_organisation"] = visibility.get_organisation_for_user(
            request.user, values["executing_organisation"]
        )
    except Http404 as exc:
        raise serializers.ValidationError(
            {"executing_organisation": [_("Choose an organisation of your network.")]}
        ) from exc


class ActionListView(generics.GenericAPIView):
    """Step-5 actions of a signal; the owner organisation only for now (partners propose actions with sharing)."""

    serializer_class = s.ActionSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(responses={200: s.ActionSerializer(many=True), 404: NOT_FOUND})
    def get(self, request, pk):
        signal = _readable_signal(request, pk, min_level=AccessLevel.OWNER)
        actions = (
            Action.objects.filter(signal=signal).select_related("executing_organisation").order_by("-created_at", "-id")
        )
        page = self.paginate_queryset(actions)
        return self.get_paginated_response(s.ActionSerializer(page, many=True).data)

    @extend_schema(
        request=s.ActionWriteSerializer,
        responses={201: s.ActionSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request, pk):
        signal = _owned_signal_for_writing(request, pk)
        serializer = s.ActionWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        _executing_organisation(request, values)
        with service_errors():
            action = services.action_create(signal=signal, acting_user=request.user, **values)
        return Response(s.ActionSerializer(action).data, status=status.HTTP_201_CREATED)


class ActionDetailView(generics.GenericAPIView):
    serializer_class = s.ActionSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(
        request=s.ActionUpdateSerializer,
        responses={200: s.ActionSerializer, 400: INVALID, 404: NOT_FOUND},
    )
    def patch(self, request, pk):
        action = visibility.get_action_for_user(request.user, pk)
        serializer = s.ActionUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        _executing_organisation(request, values)
        with service_errors():
            action = services.action_update(action=action, acting_user=request.user, **values)
        return Response(s.ActionSerializer(action).data)


# --- history --------------------------------------------------------------------------------------------------


class HistoryView(generics.GenericAPIView):
    """What changed on a signal and its records, when and by whom; the owner organisation only. Field names,
    never values."""

    serializer_class = s.HistoryEntrySerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(responses={200: s.HistoryEntrySerializer(many=True), 404: NOT_FOUND})
    def get(self, request, pk):
        signal = _readable_signal(request, pk, min_level=AccessLevel.OWNER)
        page = self.paginate_queryset(selectors.signal_history(signal=signal))
        return self.get_paginated_response(s.HistoryEntrySerializer(page, many=True).data)


# --- screenshots ----------------------------------------------------------------------------------------------


class AttachmentUploadView(generics.GenericAPIView):
    """Add a screenshot (multipart, field ``file``): only real PNG, JPEG or WebP, stored re-encoded."""

    serializer_class = s.AttachmentUploadSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request=s.AttachmentUploadSerializer,
        responses={201: s.AttachmentSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
    )
    def post(self, request, pk):
        signal = _owned_signal_for_writing(request, pk)
        serializer = s.AttachmentUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with service_errors():
            attachment = services.attachment_add(
                signal=signal, uploaded=serializer.validated_data["file"], acting_user=request.user
            )
        return Response(s.AttachmentSerializer(attachment).data, status=status.HTTP_201_CREATED)


class AttachmentDownloadView(generics.GenericAPIView):
    """Download a screenshot: the owner organisation and partners at full level only."""

    serializer_class = s.AttachmentSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(
        responses={
            (200, "image/png"): OpenApiTypes.BINARY,
            (200, "image/jpeg"): OpenApiTypes.BINARY,
            (200, "image/webp"): OpenApiTypes.BINARY,
            404: NOT_FOUND,
        }
    )
    def get(self, request, pk):
        attachment = visibility.get_attachment_for_user(request.user, pk)
        # TODO(access log): record this download (who, when, which screenshot) in the access log — issue 4.
        response = FileResponse(
            attachment.file.open("rb"),
            content_type=attachment.content_type,
            as_attachment=True,
            filename=f"{attachment.id}.{attachment.extension}",
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "no-store"
        return response


# --- phenomena ------------------------------------------------------------------------------------------------


class PhenomenonListView(generics.ListAPIView):
    """The online phenomena (seed 002), with description and example situation."""

    serializer_class = s.PhenomenonSerializer
    queryset = Phenomenon.objects.order_by("position", "name")
    filter_backends = []
