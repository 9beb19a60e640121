"""The signals API (shared/API.md): thin adapters. Objects are fetched and authorised by the visibility core
(``partners.visibility``), leave it redacted to the caller's level, and every write goes through a service.

Missing, forbidden and malformed ids answer 404. Writing where one may read answers 403: a partner who can see the
signal but is not its owner organisation gets 403 on a write of the owner's (the signal, its steps, shares,
screenshots); one who cannot see it gets 404. Every organisation that can see a signal comments on it and proposes
actions; partners from facts level double-check steps 1-2.

Reads of a signal at facts or full level (detail, list, steps) and every screenshot download are written to the
access log through ``visibility.record_access``, which decides what is logged."""

from __future__ import annotations

from django.db.models import F, prefetch_related_objects
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _
from django_filters import rest_framework as filters
from django_filters.widgets import BooleanWidget
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.settings import api_settings

from partners import visibility
from partners.visibility import AccessLevel

from .. import route, selectors, services, sharing
from ..constants import AccessKind, Platform, SignalStatus, Urgency
from ..models import (
    Phenomenon,
    Review,
    Signal,
    StepAnswer,
    StepDecision,
)
from ..pagination import SignalPagination
from . import serializers as s
from .errors import service_errors

NOT_FOUND = OpenApiResponse(description="Not found, or not visible to the caller.")
FORBIDDEN = OpenApiResponse(description="The caller may read the signal but not write to it.")
INVALID = OpenApiResponse(description="Validation errors, field by field.")
NO_CONTENT = OpenApiResponse(description="Done; no body.")


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
    visibility.prefetch_for_redaction(signals)


def _represent(signal: Signal) -> dict:
    return s.SignalSerializer(visibility.redact_signal(signal, signal.access_level)).data


def _represent_page(signals: list[Signal]) -> list[dict]:
    """A page of signals, each at the caller's level. One serializer for the page: DRF builds (deep-copies) a
    serializer's fields per instance, which cost more than the page's queries when done per row."""
    serializer = s.SignalSerializer()
    return [serializer.to_representation(visibility.redact_signal(signal, signal.access_level)) for signal in signals]


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
        help_text="Searches, per signal, only what the caller may read of it: the sharing summary; the message "
        "text from facts level (without names and handles there); persons' aliases and handles from full level.",
    )
    shared_with_us = filters.BooleanFilter(
        method="filter_shared_with_us",
        help_text="`true`: only what partners shared with the caller's organisation ('Gedeeld met ons'); "
        "`false`: only the organisation's own signals.",
    )
    practice = filters.BooleanFilter(
        method="filter_practice", help_text="`1` includes practice signals (left out by default)."
    )

    class Meta:
        model = Signal
        fields = ["phenomenon", "platform", "step", "status", "urgency", "q", "shared_with_us", "practice"]

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
        return visibility.search_signals(queryset, value)

    def filter_shared_with_us(self, queryset, name, value):
        return queryset  # the list view starts from the visibility core's own or shared list (get_queryset)

    def filter_practice(self, queryset, name, value):
        return queryset  # the default exclusion is in filter_queryset


class SignalListView(generics.GenericAPIView):
    """Signals the caller may see, newest first, each at the caller's level (fields above it are absent)."""

    queryset = Signal.objects.none()  # for the schema; the real one comes from the visibility core
    serializer_class = s.SignalSerializer
    filterset_class = SignalFilter
    pagination_class = SignalPagination

    def get_queryset(self):
        # ``shared_with_us`` picks the visibility core's own or shared list (the same rows as filtering the whole
        # visible list on its level, asked so that an index serves them), read as django-filter's BooleanWidget
        # reads it; a value it does not know is refused by the filter set (400).
        shared_with_us = BooleanWidget().value_from_datadict(self.request.query_params, {}, "shared_with_us")
        signals = {True: visibility.signals_shared_with, False: visibility.own_signals}.get(
            shared_with_us, visibility.signals_visible_to
        )
        return (
            signals(self.request.user).select_related("phenomenon", "owner_organisation").order_by("-created_at", "-id")
        )

    @extend_schema(responses=s.SignalSerializer(many=True))
    def get(self, request):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        _prefetch_where_readable(page)
        data = _represent_page(page)
        visibility.record_access(request.user, page, kind=AccessKind.API)  # one insert for the page
        return self.get_paginated_response(data)

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
        signal = self._signal()
        data = _represent(signal)
        visibility.record_access(request.user, [signal], kind=AccessKind.API)
        return Response(data)

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


def _step_payload(signal: Signal, number: int, level: AccessLevel) -> dict:
    """The step at the caller's level: a partner at facts level reads the free texts with the names and handles
    left out (the answer codes name nobody)."""
    definition = route.step(number)
    answers = {a.question: a for a in StepAnswer.objects.filter(signal=signal, step=number)}
    if level < AccessLevel.FULL:
        prefetch_related_objects([signal], "persons")  # the names to leave out, once for every answer
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
                "answer": {
                    "answer": stored.answer,
                    "text": visibility.text_at_level(stored.text, signal, level),
                }
                if stored
                else None,
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
        data = _step_payload(signal, number, AccessLevel(signal.access_level))
        visibility.record_access(request.user, [signal], kind=AccessKind.API)
        return Response(data)

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
        return Response(_step_payload(signal, number, AccessLevel.OWNER))


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
    """Step-5 actions of a signal. The owner organisation reads and plans them all; a partner who can read the
    signal reads the actions it proposed or is to carry out, and proposes one (it starts as ``proposed``, for the
    owner to plan or drop)."""

    serializer_class = s.ActionSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(responses={200: s.ActionSerializer(many=True), 404: NOT_FOUND})
    def get(self, request, pk):
        signal = _readable_signal(request, pk)
        actions = visibility.partner_actions_visible_to(request.user, signal).order_by("-created_at", "-id")
        page = self.paginate_queryset(actions)
        if signal.access_level < AccessLevel.FULL:
            prefetch_related_objects([signal], "persons")  # names left out of a partner's texts
        context = {"request": request, "signal": signal}
        return self.get_paginated_response(s.ActionSerializer(page, many=True, context=context).data)

    @extend_schema(
        request=s.ActionWriteSerializer,
        responses={201: s.ActionSerializer, 400: INVALID, 404: NOT_FOUND},
        description="The owner organisation plans an action. A partner proposes one with `kind`, "
        "`executing_organisation`, `due_date` and `description` (other fields are ignored).",
    )
    def post(self, request, pk):
        signal = _readable_signal(request, pk)
        if signal.access_level < AccessLevel.OWNER:
            return self._propose(request, signal)
        serializer = s.ActionWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        _executing_organisation(request, values)
        with service_errors():
            action = services.action_create(signal=signal, acting_user=request.user, **values)
        return Response(s.ActionSerializer(action).data, status=status.HTTP_201_CREATED)

    def _propose(self, request, signal: Signal) -> Response:
        serializer = s.ActionProposeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        _executing_organisation(request, values)
        with service_errors():
            action = sharing.action_propose(signal=signal, acting_user=request.user, **values)
        if signal.access_level < AccessLevel.FULL:
            prefetch_related_objects([signal], "persons")
        context = {"request": request, "signal": signal}
        return Response(s.ActionSerializer(action, context=context).data, status=status.HTTP_201_CREATED)


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


# --- sharing (owner only) -------------------------------------------------------------------------------------


def _organisation_field(request, organisation_id):
    """The receiving organisation, through the visibility core: unknown, or of another network, is a validation
    error of the field (never a 500, and no hint whether it exists elsewhere)."""
    try:
        return visibility.get_organisation_for_user(request.user, organisation_id)
    except Http404 as exc:
        raise serializers.ValidationError({"organisation": [_("Choose an organisation of your network.")]}) from exc


class ShareListView(generics.GenericAPIView):
    """The shares of a signal: who received it, at which level, why and until when (DOMAIN.md §4). Owner
    organisation information, like its history: a partner who can read the signal gets 404 to read them, 403 to
    write."""

    serializer_class = s.ShareSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(responses={200: s.ShareSerializer(many=True), 404: NOT_FOUND})
    def get(self, request, pk):
        signal = _readable_signal(request, pk, min_level=AccessLevel.OWNER)
        shares = visibility.shares_visible_to(request.user, signal).order_by("-created_at", "-id")
        page = self.paginate_queryset(shares)
        return self.get_paginated_response(s.ShareSerializer(page, many=True).data)

    @extend_schema(
        request=s.ShareWriteSerializer,
        responses={201: s.ShareSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
        description="Share the signal with an organisation of the network. A new share to an organisation that "
        "already has one replaces it. Above `summary` a `justification` is required; special categories of "
        "personal data from a closed source go out at `full` only on `vital_interest` or `legal_duty`.",
    )
    def post(self, request, pk):
        signal = _owned_signal_for_writing(request, pk)
        serializer = s.ShareWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        values["organisation"] = _organisation_field(request, values["organisation"])
        with service_errors():
            share = sharing.share_create(signal=signal, acting_user=request.user, **values)
        return Response(s.ShareSerializer(share).data, status=status.HTTP_201_CREATED)


class ShareDetailView(generics.GenericAPIView):
    serializer_class = s.ShareSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(
        responses={204: NO_CONTENT, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
        description="Revoke the share: the organisation no longer sees the signal, anywhere. The share stays on "
        "record (state `revoked`).",
    )
    def delete(self, request, pk, share_id):
        signal = _owned_signal_for_writing(request, pk)
        share = visibility.get_share_for_user(request.user, signal, share_id)
        with service_errors():
            sharing.share_revoke(share=share, acting_user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- joint interpretation -------------------------------------------------------------------------------------


class CommentListView(generics.GenericAPIView):
    """The joint interpretation (beeldvorming, oordeelsvorming, besluitvorming) of every organisation that can see
    the signal. Each reads the comments written for its level or a lower one; comments are signed with the
    organisation, the professional's name only for colleagues (source protection, seed 003)."""

    serializer_class = s.CommentSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    def _context(self, signal: Signal) -> dict:
        if signal.access_level < AccessLevel.FULL:
            prefetch_related_objects([signal], "persons")  # names left out below full level, once per page
        return {"request": self.request, "signal": signal}

    @extend_schema(responses={200: s.CommentSerializer(many=True), 404: NOT_FOUND})
    def get(self, request, pk):
        signal = _readable_signal(request, pk)
        comments = (
            visibility.comments_visible_to(request.user, signal)
            .annotate(parent_level=F("parent__level"))
            .order_by("-created_at", "-id")
        )
        page = self.paginate_queryset(comments)
        return self.get_paginated_response(s.CommentSerializer(page, many=True, context=self._context(signal)).data)

    @extend_schema(
        request=s.CommentWriteSerializer,
        responses={201: s.CommentSerializer, 400: INVALID, 404: NOT_FOUND},
    )
    def post(self, request, pk):
        signal = _readable_signal(request, pk)
        serializer = s.CommentWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = dict(serializer.validated_data)
        if values["parent"] is not None:
            # Only a comment the caller can read on this signal; any other id answers like a missing one.
            values["parent"] = visibility.comments_visible_to(request.user, signal).filter(pk=values["parent"]).first()
            if values["parent"] is None:
                raise serializers.ValidationError(
                    {"parent": [_("You can reply only to a comment you can read on this signal.")]}
                )
        with service_errors():
            comment = sharing.comment_create(signal=signal, acting_user=request.user, **values)
        return Response(
            s.CommentSerializer(comment, context=self._context(signal)).data, status=status.HTTP_201_CREATED
        )


class DoubleCheckListView(generics.GenericAPIView):
    """ "Ja, dubbelcheck" (seed 002 step 3): partners at facts level or higher check the owner's answers of steps
    1 and 2. The owner organisation reads every check, a partner its own."""

    serializer_class = s.DoubleCheckSerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(responses={200: s.DoubleCheckSerializer(many=True), 404: NOT_FOUND})
    def get(self, request, pk):
        signal = _readable_signal(request, pk, min_level=AccessLevel.FACTS)
        checks = visibility.double_checks_visible_to(request.user, signal).order_by("-created_at", "-id")
        page = self.paginate_queryset(checks)
        return self.get_paginated_response(s.DoubleCheckSerializer(page, many=True, context={"request": request}).data)

    @extend_schema(
        request=s.DoubleCheckWriteSerializer,
        responses={201: s.DoubleCheckSerializer, 400: INVALID, 403: FORBIDDEN, 404: NOT_FOUND},
        description="By a partner at facts level or higher. The owner organisation looks along through the "
        "colleague review instead (400).",
    )
    def post(self, request, pk):
        signal = _readable_signal(request, pk)
        if signal.access_level < AccessLevel.FACTS:
            raise PermissionDenied(_("Double-checking needs at least facts level: you cannot read the answers."))
        serializer = s.DoubleCheckWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with service_errors():
            check = sharing.double_check_create(signal=signal, acting_user=request.user, **serializer.validated_data)
        return Response(
            s.DoubleCheckSerializer(check, context={"request": request}).data, status=status.HTTP_201_CREATED
        )


# --- access log -----------------------------------------------------------------------------------------------


class AccessLogView(generics.GenericAPIView):
    """Who read the signal at facts or full level, and every screenshot download (DOMAIN.md §4): for the owner
    organisation's coordinator only; everyone else gets 404."""

    serializer_class = s.AccessLogEntrySerializer
    filter_backends = []  # nothing to filter: scoped to one signal or object

    @extend_schema(responses={200: s.AccessLogEntrySerializer(many=True), 404: NOT_FOUND})
    def get(self, request, pk):
        signal = _readable_signal(request, pk, min_level=AccessLevel.OWNER)
        if not visibility.can_read_access_log(request.user, signal):
            raise Http404
        entries = visibility.access_log_visible_to(request.user, signal).order_by("-at", "-id")
        page = self.paginate_queryset(entries)
        return self.get_paginated_response(s.AccessLogEntrySerializer(page, many=True).data)


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
        # The signal at the caller's level, for the access log (every download counts, also the owner's).
        signal = _readable_signal(request, attachment.signal_id, min_level=AccessLevel.FULL)
        visibility.record_access(request.user, [signal], kind=AccessKind.SCREENSHOT, object_id=attachment.pk)
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
