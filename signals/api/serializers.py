"""Serializers of the signals API (shared/API.md).

Reading never decides what a caller may see: a signal arrives here as a ``RedactedSignal`` from the visibility
core, holding only the fields of the caller's level, and a field it does not hold is left out of the body (absent,
not null). Writing only checks the shape of the input; the rules of the domain are the services'.
"""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import SkipField

from partners.api.serializers import OrganisationSerializer
from partners.visibility import AccessLevel, RedactedSignal

from .. import route
from ..constants import (
    ActionStatus,
    Decision,
    PersonRole,
    Platform,
    ReceivedVia,
    SignalStatus,
    SourceVisibility,
    Urgency,
)
from ..models import Action, Attachment, Phenomenon, Review

ACCESS_LEVEL_CODES = [level.code for level in AccessLevel if level > AccessLevel.NONE]
REACH_KEYS = ("followers", "views", "likes", "reposts", "comments")


# --- reading --------------------------------------------------------------------------------------------------


class ReachSerializer(serializers.Serializer):
    followers = serializers.IntegerField(min_value=0, allow_null=True, required=False)
    views = serializers.IntegerField(min_value=0, allow_null=True, required=False)
    likes = serializers.IntegerField(min_value=0, allow_null=True, required=False)
    reposts = serializers.IntegerField(min_value=0, allow_null=True, required=False)
    comments = serializers.IntegerField(min_value=0, allow_null=True, required=False)


class PersonSerializer(serializers.Serializer):
    alias = serializers.CharField(max_length=100)
    role = serializers.ChoiceField(choices=PersonRole.choices)
    age = serializers.IntegerField(min_value=0, max_value=120, allow_null=True, required=False)
    known_how = serializers.CharField(max_length=300, allow_blank=True, required=False)
    handle = serializers.CharField(max_length=150, allow_blank=True, required=False)


class AttachmentSerializer(serializers.ModelSerializer):
    download = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = [
            "id",
            "content_type",
            "width",
            "height",
            "original_size",
            "original_sha256",
            "sanitised_sha256",
            "created_at",
            "download",
        ]
        read_only_fields = fields

    def get_download(self, attachment: Attachment) -> str:
        return reverse("api:attachment-download", kwargs={"pk": attachment.pk})


@extend_schema_field(
    {
        "oneOf": [
            {"type": "integer", "minimum": 1, "maximum": 5},
            {"type": "string", "enum": ["closed"]},
        ],
        "description": "The route step (1-5), or `closed` once the signal is closed.",
    }
)
class RouteStepField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, signal):
        return "closed" if signal.status == SignalStatus.CLOSED else signal.step


class SignalSerializer(serializers.Serializer):
    """A signal at the caller's level. Only `id`, `owner_organisation` and `access_level` are always there; every
    other field is present only when the caller's level may read it."""

    ALWAYS = frozenset({"id", "owner_organisation", "access_level"})

    id = serializers.UUIDField(read_only=True)
    owner_organisation = OrganisationSerializer(read_only=True)
    access_level = serializers.ChoiceField(choices=ACCESS_LEVEL_CODES, read_only=True)
    # Optional below: absent when above the caller's level (``required=False`` says so in the schema).
    phenomenon = serializers.CharField(source="phenomenon.code", allow_null=True, required=False)
    platform = serializers.ChoiceField(choices=Platform.choices, allow_blank=True, required=False)
    visibility = serializers.ChoiceField(choices=SourceVisibility.choices, allow_blank=True, required=False)
    observed_at = serializers.DateTimeField(allow_null=True, required=False)
    received_via = serializers.ChoiceField(choices=ReceivedVia.choices, allow_blank=True, required=False)
    message_text = serializers.CharField(required=False)
    sharing_summary = serializers.CharField(required=False)
    reach = ReachSerializer(required=False)
    persons = PersonSerializer(many=True, required=False)
    attachments = AttachmentSerializer(many=True, required=False)
    location_mentioned = serializers.CharField(required=False)
    time_mentioned = serializers.CharField(required=False)
    step = RouteStepField(required=False)
    status = serializers.ChoiceField(choices=SignalStatus.choices, required=False)
    is_acute = serializers.BooleanField(required=False)
    urgency = serializers.ChoiceField(choices=Urgency.choices, required=False)
    created_at = serializers.DateTimeField(required=False)
    updated_at = serializers.DateTimeField(required=False)
    # The owner organisation's own fields.
    investigation_order_reference = serializers.CharField(required=False)
    closed_reason = serializers.CharField(required=False)
    is_practice = serializers.BooleanField(required=False)

    def to_representation(self, signal: RedactedSignal) -> dict:
        if not isinstance(signal, RedactedSignal):
            raise TypeError("a signal leaves the visibility core redacted: pass redact_signal(signal, level)")
        data = {}
        for name, field in self.fields.items():
            if name == "access_level":
                data[name] = signal.access_level.code
                continue
            if name not in self.ALWAYS and not signal.has(name):
                continue  # above the caller's level: not there, so not sent
            try:
                value = field.get_attribute(signal)
            except SkipField:
                continue
            data[name] = None if value is None else field.to_representation(value)
        return data


class MonitoringWarningSerializer(serializers.Serializer):
    alias = serializers.CharField()
    count = serializers.IntegerField(source="signal_count")


class SignalWrittenSerializer(SignalSerializer):
    """The owner's representation after a write, with the systematic-monitoring warnings it raised (seed 004)."""

    warnings = MonitoringWarningSerializer(many=True, read_only=True)

    def to_representation(self, instance) -> dict:
        signal, warnings = instance
        data = super().to_representation(signal)
        data["warnings"] = MonitoringWarningSerializer(warnings, many=True).data
        return data


class PhenomenonSerializer(serializers.ModelSerializer):
    class Meta:
        model = Phenomenon
        fields = ["code", "name", "description", "example"]


# --- writing a signal -----------------------------------------------------------------------------------------


class PhenomenonCodeField(serializers.SlugRelatedField):
    """A phenomenon by its code. Anything but a plain string is refused before it reaches the database (a NUL
    byte would make PostgreSQL raise instead of finding nothing)."""

    def __init__(self, **kwargs):
        super().__init__(slug_field="code", queryset=Phenomenon.objects.all(), **kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str) or "\x00" in data:
            self.fail("invalid")
        return super().to_internal_value(data)


class SignalWriteSerializer(serializers.Serializer):
    """The intake (startpunt). Nothing is required here: a draft may be incomplete, and what a submitted signal
    needs is the service's rule (answered field by field)."""

    phenomenon = PhenomenonCodeField(allow_null=True, required=False)
    platform = serializers.ChoiceField(choices=Platform.choices, allow_blank=True, required=False)
    visibility = serializers.ChoiceField(choices=SourceVisibility.choices, allow_blank=True, required=False)
    observed_at = serializers.DateTimeField(allow_null=True, required=False, help_text="ISO 8601 with offset.")
    received_via = serializers.ChoiceField(choices=ReceivedVia.choices, allow_blank=True, required=False)
    message_text = serializers.CharField(allow_blank=True, required=False)
    sharing_summary = serializers.CharField(allow_blank=True, required=False)
    reach = ReachSerializer(required=False)
    persons = serializers.ListField(
        child=PersonSerializer(), required=False, help_text="Replaces all persons of the signal when given."
    )
    location_mentioned = serializers.CharField(max_length=300, allow_blank=True, required=False)
    time_mentioned = serializers.CharField(max_length=300, allow_blank=True, required=False)
    investigation_order_reference = serializers.CharField(
        max_length=100,
        allow_blank=True,
        required=False,
        help_text="Police only: the investigation order under which a closed source is used.",
    )
    urgency = serializers.ChoiceField(choices=Urgency.choices, required=False)

    def service_data(self) -> dict:
        """The validated intake as the services take it (``reach`` flattened to ``reach_*``)."""
        data = {key: value for key, value in self.validated_data.items() if key not in self.NOT_INTAKE}
        reach = data.pop("reach", None) or {}
        for key in REACH_KEYS:
            if key in reach:
                data[f"reach_{key}"] = reach[key]
        return data

    NOT_INTAKE = frozenset({"persons", "submit", "draft", "is_practice"})


class SignalCreateSerializer(SignalWriteSerializer):
    submit = serializers.BooleanField(
        default=True, help_text="Log the signal (default); `false` keeps it as a draft, with nothing required yet."
    )
    draft = serializers.BooleanField(default=False, help_text="`true` is the same as `submit: false`.")
    is_practice = serializers.BooleanField(default=False, help_text="A practice signal, never counted.")


class SignalUpdateSerializer(SignalWriteSerializer):
    submit = serializers.BooleanField(required=False, help_text="`true` turns a draft into a logged signal.")


# --- route steps ----------------------------------------------------------------------------------------------


class ChoiceSerializer(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()


class StoredAnswerSerializer(serializers.Serializer):
    answer = serializers.CharField(allow_blank=True, required=False, max_length=60)
    text = serializers.CharField(allow_blank=True, required=False)


class QuestionSerializer(serializers.Serializer):
    code = serializers.CharField()
    text = serializers.CharField()
    help = serializers.CharField()
    answer_kind = serializers.ChoiceField(choices=["yes_no", "text", "choice"])
    choices = ChoiceSerializer(many=True)
    answer = StoredAnswerSerializer(allow_null=True, help_text="The stored answer, or null when not answered.")


class DecisionOptionSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=Decision.choices)
    label = serializers.CharField()
    text = serializers.CharField()


class StepDecisionSerializer(serializers.Serializer):
    code = serializers.CharField()
    text = serializers.CharField()
    choices = DecisionOptionSerializer(many=True)
    decision = serializers.ChoiceField(choices=Decision.choices, allow_null=True, help_text="The decision taken.")
    reason = serializers.CharField(allow_blank=True)


class RouteStateSerializer(serializers.Serializer):
    step = RouteStepField()
    status = serializers.ChoiceField(choices=SignalStatus.choices)
    is_acute = serializers.BooleanField()
    urgency = serializers.ChoiceField(choices=Urgency.choices)


class StepSerializer(serializers.Serializer):
    number = serializers.IntegerField(min_value=1, max_value=5)
    code = serializers.CharField()
    title = serializers.CharField()
    intro = serializers.CharField()
    questions = QuestionSerializer(many=True)
    decision = StepDecisionSerializer(allow_null=True, help_text="Steps 3 and 4 only.")
    signal = RouteStateSerializer(help_text="Where the signal stands on the route.")


class StepWriteSerializer(serializers.Serializer):
    answers = serializers.DictField(
        child=StoredAnswerSerializer(), required=False, default=dict, help_text="Per question code."
    )
    decision = serializers.ChoiceField(choices=Decision.choices, allow_null=True, required=False)
    reason = serializers.CharField(allow_blank=True, required=False, default="")
    watch = serializers.BooleanField(
        required=False, default=False, help_text="Step 4 'no': keep the signal under watch instead of closing it."
    )


# --- reviews, actions, history, attachments -------------------------------------------------------------------


class ReviewSerializer(serializers.ModelSerializer):
    reviewer = serializers.SerializerMethodField(help_text="The colleague's name (owner organisation only).")

    class Meta:
        model = Review
        fields = ["id", "reviewer", "agrees", "different_reading", "created_at"]
        read_only_fields = ["id", "reviewer", "created_at"]

    def get_reviewer(self, review: Review) -> str:
        return review.reviewer.get_full_name() or review.reviewer.username


class ReviewWriteSerializer(serializers.Serializer):
    agrees = serializers.BooleanField(default=True)
    different_reading = serializers.CharField(allow_blank=True, required=False, default="")


class ActionSerializer(serializers.ModelSerializer):
    executing_organisation = OrganisationSerializer(read_only=True)
    kind_label = serializers.SerializerMethodField()
    signal = serializers.UUIDField(source="signal_id", read_only=True)

    class Meta:
        model = Action
        fields = [
            "id",
            "signal",
            "kind",
            "kind_label",
            "description",
            "executing_organisation",
            "executing_person",
            "due_date",
            "status",
            "evaluation",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_kind_label(self, action: Action) -> str:
        return route.ACTION_LABELS.get(action.kind, action.kind)


class ActionWriteSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=route.ACTIONS)
    executing_organisation = serializers.UUIDField(help_text="An organisation of the caller's network.")
    executing_person = serializers.CharField(max_length=200, allow_blank=True, required=False)
    due_date = serializers.DateField(allow_null=True, required=False)
    description = serializers.CharField(allow_blank=True, required=False)
    status = serializers.ChoiceField(choices=ActionStatus.choices, required=False)


class ActionUpdateSerializer(ActionWriteSerializer):
    evaluation = serializers.CharField(allow_blank=True, required=False, help_text="Once the action is done.")


class HistoryEntrySerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    who = serializers.CharField(allow_null=True, help_text="Full name of the colleague who made the change.")
    what = serializers.CharField(help_text="What was changed: the kind of record, in the caller's language.")
    record = serializers.ChoiceField(
        choices=["signal", "person", "stepanswer", "stepdecision", "review", "action", "attachment"],
        help_text="The kind of record, as a stable code.",
    )
    object_id = serializers.CharField()
    change = serializers.ChoiceField(choices=["+", "~", "-"], help_text="+ created, ~ changed, - deleted.")
    changed_fields = serializers.ListField(child=serializers.CharField(), help_text="Names only, never values.")


class AttachmentUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="A PNG, JPEG or WebP screenshot; stored re-encoded without metadata.")


# The download answers the stored image itself.
ATTACHMENT_DOWNLOAD_RESPONSE = OpenApiTypes.BINARY
