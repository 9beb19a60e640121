"""Serializers of the signals API (shared/API.md).

Reading never decides what a caller may see: a signal arrives here as a ``RedactedSignal`` from the visibility
core, holding only the fields of the caller's level, and a field it does not hold is left out of the body (absent,
not null). Writing only checks the shape of the input; the rules of the domain are the services'.
"""

from __future__ import annotations

from uuid import UUID

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import SkipField

from partners import visibility
from partners.api.serializers import OrganisationSerializer
from partners.visibility import AccessLevel, RedactedSignal

from .. import route
from ..constants import (
    AccessKind,
    ActionStatus,
    CommentPhase,
    Decision,
    LegalGround,
    PersonRole,
    Platform,
    ReceivedVia,
    ShareLevel,
    SignalStatus,
    SourceVisibility,
    Urgency,
)
from ..models import AccessLogEntry, Action, Attachment, Comment, DoubleCheck, Phenomenon, Review, Share
from ..selectors import HISTORY_SOURCES

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
    """A step-5 action. A partner reads the actions it proposed or is to carry out (the visibility core's
    ``partner_actions_visible_to``); below full level its texts come with names and handles left out, and the
    executing person is named only to the organisation that carries it out. Pass ``signal`` (from the visibility
    core, with ``access_level``) in the context for a partner; without it the reader is the owner."""

    executing_organisation = OrganisationSerializer(read_only=True)
    proposed_by_organisation = OrganisationSerializer(
        read_only=True, allow_null=True, help_text="The partner organisation that proposed it, or null."
    )
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
            "proposed_by_organisation",
            "due_date",
            "status",
            "evaluation",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_kind_label(self, action: Action) -> str:
        return route.ACTION_LABELS.get(action.kind, action.kind)

    def to_representation(self, action: Action) -> dict:
        data = super().to_representation(action)
        signal = self.context.get("signal")
        level = AccessLevel(getattr(signal, "access_level", AccessLevel.OWNER))
        if level < AccessLevel.OWNER:
            for name in ("description", "evaluation"):
                data[name] = visibility.text_at_level(data[name], signal, level)
            membership = visibility.membership_of(self.context["request"].user)
            if membership is None or membership.organisation_id != action.executing_organisation_id:
                data["executing_person"] = ""
        return data


class ActionWriteSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=route.ACTIONS)
    executing_organisation = serializers.UUIDField(help_text="An organisation of the caller's network.")
    executing_person = serializers.CharField(max_length=200, allow_blank=True, required=False)
    due_date = serializers.DateField(allow_null=True, required=False)
    description = serializers.CharField(allow_blank=True, required=False)
    status = serializers.ChoiceField(choices=ActionStatus.choices, required=False)


class ActionUpdateSerializer(ActionWriteSerializer):
    evaluation = serializers.CharField(allow_blank=True, required=False, help_text="Once the action is done.")


class ActionProposeSerializer(serializers.Serializer):
    """What a partner sends to propose an action (it starts as ``proposed``; the owner plans or drops it)."""

    kind = serializers.ChoiceField(choices=route.ACTIONS)
    executing_organisation = serializers.UUIDField(help_text="An organisation of the caller's network.")
    due_date = serializers.DateField(allow_null=True, required=False)
    description = serializers.CharField(allow_blank=True, required=False, default="")


class HistoryEntrySerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    who = serializers.CharField(allow_null=True, help_text="Full name of the colleague who made the change.")
    what = serializers.CharField(help_text="What was changed: the kind of record, in the caller's language.")
    record = serializers.ChoiceField(
        # Every kind of record whose history makes up the signal's (the schema listed one kind too few).
        choices=[model._meta.model_name for model, _link in HISTORY_SOURCES],
        help_text="The kind of record, as a stable code.",
    )
    object_id = serializers.CharField()
    change = serializers.ChoiceField(choices=["+", "~", "-"], help_text="+ created, ~ changed, - deleted.")
    changed_fields = serializers.ListField(child=serializers.CharField(), help_text="Names only, never values.")


class AttachmentUploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="A PNG, JPEG or WebP screenshot; stored re-encoded without metadata.")


# The download answers the stored image itself.
ATTACHMENT_DOWNLOAD_RESPONSE = OpenApiTypes.BINARY


# --- sharing and joint interpretation -------------------------------------------------------------------------

SHARE_STATES = ["active", "expired", "revoked", "replaced"]


class ShareSerializer(serializers.ModelSerializer):
    """A share of a signal, for its owner organisation."""

    organisation = OrganisationSerializer(read_only=True)
    state = serializers.SerializerMethodField(help_text="Whether the share works now, or why it ended.")

    class Meta:
        model = Share
        fields = [
            "id",
            "organisation",
            "level",
            "purpose",
            "legal_ground",
            "justification",
            "expires_at",
            "created_at",
            "revoked_at",
            "state",
            "special_categories",
            "trust_relation_at_risk",
            "weighing_effectiveness",
            "weighing_alternatives",
            "weighing_proportionality",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.ChoiceField(choices=SHARE_STATES))
    def get_state(self, share: Share) -> str:
        return share.state


class ShareWriteSerializer(serializers.Serializer):
    """A new share. The shape is checked here; the rules (justification above summary, special categories,
    the trust relation, the sharing summary) are the sharing service's, answered field by field."""

    organisation = serializers.UUIDField(help_text="An organisation of the caller's network.")
    level = serializers.ChoiceField(choices=ShareLevel.choices, default=ShareLevel.SUMMARY)
    purpose = serializers.CharField(allow_blank=True, help_text="What the owner wants to reach by sharing.")
    legal_ground = serializers.ChoiceField(choices=LegalGround.choices)
    justification = serializers.CharField(
        allow_blank=True, required=False, default="", help_text="Required above summary: why not with less."
    )
    expires_at = serializers.DateTimeField(
        allow_null=True, required=False, default=None, help_text="ISO 8601 with offset; the share ends by itself."
    )
    special_categories = serializers.BooleanField(
        allow_null=True,
        required=False,
        default=None,
        help_text="Special categories of personal data; a 'yes' in step 3 counts even when this is left out.",
    )
    trust_relation_at_risk = serializers.BooleanField(
        allow_null=True,
        required=False,
        default=None,
        help_text="Asked when a young person sent the message in confidence: may sharing break that trust?",
    )
    weighing_effectiveness = serializers.CharField(allow_blank=True, required=False, default="")
    weighing_alternatives = serializers.CharField(allow_blank=True, required=False, default="")
    weighing_proportionality = serializers.CharField(allow_blank=True, required=False, default="")
    sharing_summary = serializers.CharField(
        allow_blank=True, required=False, help_text="Replaces the signal's sharing summary when given."
    )
    message_text_for_partners = serializers.CharField(
        allow_blank=True, required=False, help_text="The message as partners at facts level read it."
    )


class CommentSerializer(serializers.ModelSerializer):
    """A comment in the joint interpretation, as the caller may read it: signed with the organisation (the
    professional's name only for colleagues of the same organisation), its text at the caller's level. Needs
    ``request`` and ``signal`` (from the visibility core) in the context."""

    parent = serializers.SerializerMethodField(help_text="The comment this replies to, or null.")
    organisation = OrganisationSerializer(read_only=True)
    author = serializers.SerializerMethodField(help_text="The organisation; the professional for colleagues.")
    text = serializers.SerializerMethodField()

    class Meta:
        model = Comment
        fields = ["id", "parent", "organisation", "author", "phase", "level", "text", "created_at"]
        read_only_fields = fields

    def get_parent(self, comment: Comment) -> UUID | None:
        # The service keeps a reply at least at its thread's level; should a parent be above the caller's level
        # all the same, not even its id is given away.
        parent_level = getattr(comment, "parent_level", None)
        if parent_level and AccessLevel.from_code(parent_level) > self.context["signal"].access_level:
            return None
        return comment.parent_id

    def get_author(self, comment: Comment) -> str:
        return visibility.author_label(self.context["request"].user, comment.organisation, comment.author)

    def get_text(self, comment: Comment) -> str:
        signal = self.context["signal"]
        return visibility.text_at_level(comment.text, signal, signal.access_level)


class CommentWriteSerializer(serializers.Serializer):
    text = serializers.CharField(allow_blank=True)
    phase = serializers.ChoiceField(choices=CommentPhase.choices)
    level = serializers.ChoiceField(
        choices=ShareLevel.choices,
        allow_null=True,
        required=False,
        default=None,
        help_text="The lowest share level that may read it; at most the caller's own. Default: the caller's "
        "level (a partner), or facts (the owner).",
    )
    parent = serializers.UUIDField(allow_null=True, required=False, default=None, help_text="Reply to this comment.")


class DoubleCheckSerializer(serializers.ModelSerializer):
    organisation = OrganisationSerializer(read_only=True)
    author = serializers.SerializerMethodField(help_text="The organisation; the professional for colleagues.")

    class Meta:
        model = DoubleCheck
        fields = ["id", "step", "organisation", "author", "agrees", "reading", "created_at"]
        read_only_fields = fields

    def get_author(self, check: DoubleCheck) -> str:
        return visibility.author_label(self.context["request"].user, check.organisation, check.author)


class DoubleCheckWriteSerializer(serializers.Serializer):
    step = serializers.IntegerField(help_text="1 or 2.")
    agrees = serializers.BooleanField(default=True)
    reading = serializers.CharField(allow_blank=True, required=False, default="", help_text="Where it differs.")


class AccessLogEntrySerializer(serializers.ModelSerializer):
    user = serializers.SerializerMethodField(help_text="Full name of who read it.")
    organisation = OrganisationSerializer(read_only=True)
    level = serializers.SerializerMethodField()
    kind = serializers.SerializerMethodField()

    class Meta:
        model = AccessLogEntry
        fields = ["id", "user", "organisation", "level", "kind", "object_id", "at"]
        read_only_fields = fields

    def get_user(self, entry: AccessLogEntry) -> str:
        return entry.user.get_full_name() or entry.user.username

    # Plain strings in the schema: the names ``level`` and ``kind`` carry other choice sets elsewhere in the API,
    # and a second enum under the same name would make the generated names unstable.
    @extend_schema_field({"type": "string", "description": "The level read at: `facts`, `full` or `owner`."})
    def get_level(self, entry: AccessLogEntry) -> str:
        return entry.level

    @extend_schema_field(
        {"type": "string", "description": "What was read: " + ", ".join(f"`{v}`" for v in AccessKind.values) + "."}
    )
    def get_kind(self, entry: AccessLogEntry) -> str:
        return entry.kind
