"""Serializers of the evaluations API (shared/API.md, DOMAIN.md §8, ADR 0010).

Reading never decides what a caller may see: the views fetch through the visibility core and hand over only the
parts the caller may read (``visibility.evaluation_parts_visible_to``: the own organisation's, and the submitted
parts of the others). An organisation's internal evaluation is sent in its own part only; in the other parts the
field is not there at all. Nobody reads which person started, wrote, submitted or finalised anything: organisations
only (source protection, seed 003). Writing only checks the shape of the input; the rules are the services'.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from partners.api.serializers import NetworkSerializer, OrganisationSerializer

from ..constants import PROCEDURE_CODES, TEXT_MAX_LENGTH, EvaluationStatus, ProcedureStatus, ReportStatus
from ..models import Evaluation, EvaluationPart

# The fixed questions and the procedures, in the English of constants (the schema is not translated).
QUESTION_HELP = {
    "went_well": "What went well?",
    "went_badly": "What did not go well?",
    "do_better": "What can be better next time?",
    "perceptions": "Do partners and the target group perceive the intervention differently?",
    "agreements_to_change": "Which agreements must change?",
}
INTERNAL_HELP = (
    "Internal: how did your organisation fill in its own tasks, responsibilities and powers? Read by the members of "
    "the own organisation only: never by partners, never in a report."
)
PROCEDURE_HELP = {
    "contact_list": "Contact list of key figures in the community",
    "communication_plan": "Communication plan",
    "advisory_board": "Representative advisory board",
}
# Empty: the state of the procedure was not given.
PROCEDURE_STATUS_CHOICES = [("", "Not given"), *ProcedureStatus.choices]


def _text(help_text: str, **kwargs) -> serializers.CharField:
    return serializers.CharField(help_text=help_text, **kwargs)


# --- reading ------------------------------------------------------------------------------------------------------


class EvaluationCaseSerializer(serializers.Serializer):
    id = serializers.UUIDField(read_only=True)
    title = serializers.CharField(read_only=True)


class ParticipantSerializer(OrganisationSerializer):
    """An organisation taking part in the case, and whether it submitted its part (names and dates only)."""

    submitted = serializers.SerializerMethodField(help_text="Whether the organisation submitted its part.")

    class Meta(OrganisationSerializer.Meta):
        fields = [*OrganisationSerializer.Meta.fields, "submitted"]
        read_only_fields = fields

    def get_submitted(self, organisation) -> bool:
        return organisation.pk in self.context["submitted"]


class EvaluationPartSerializer(serializers.ModelSerializer):
    """One organisation's part: its answers to the fixed questions. The caller's own organisation's part also while
    it is being written, with its internal evaluation; the others' once submitted, without it."""

    organisation = OrganisationSerializer(read_only=True)
    is_own = serializers.SerializerMethodField(help_text="The part of the caller's own organisation.")
    went_well = _text(QUESTION_HELP["went_well"], read_only=True)
    went_badly = _text(QUESTION_HELP["went_badly"], read_only=True)
    do_better = _text(QUESTION_HELP["do_better"], read_only=True)
    perceptions = _text(QUESTION_HELP["perceptions"], read_only=True)
    agreements_to_change = _text(QUESTION_HELP["agreements_to_change"], read_only=True)
    # Not read_only=True: drf-spectacular lists every read-only field as required, and this one is left out of the
    # others' parts. The serializer only ever writes answers (a method field of EvaluationSerializer).
    internal = _text(
        f"{INTERNAL_HELP} Only in the part of the caller's own organisation; not there in the others.",
        required=False,
    )
    submitted_at = serializers.DateTimeField(
        read_only=True, allow_null=True, help_text="When the organisation showed its part to the partners; null before."
    )

    class Meta:
        model = EvaluationPart
        fields = [
            "organisation",
            "is_own",
            "went_well",
            "went_badly",
            "do_better",
            "perceptions",
            "agreements_to_change",
            "internal",
            "submitted_at",
        ]
        read_only_fields = fields

    def _own(self, part: EvaluationPart) -> bool:
        return part.organisation_id == self.context["own_organisation_id"]

    def get_is_own(self, part: EvaluationPart) -> bool:
        return self._own(part)

    def to_representation(self, part: EvaluationPart) -> dict:
        data = super().to_representation(part)
        if not self._own(part):
            del data["internal"]  # another organisation's internal evaluation never leaves it
        return data


class ProcedureSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=PROCEDURE_STATUS_CHOICES, allow_blank=True, required=False, help_text="Empty: not given."
    )
    note = serializers.CharField(allow_blank=True, required=False, max_length=1000)


def _procedure(code: str) -> ProcedureSerializer:
    return ProcedureSerializer(required=False, help_text=PROCEDURE_HELP[code])


class ProceduresSerializer(serializers.Serializer):
    """The state of the procedures the network checks at the end (seed 001), by code."""

    contact_list = _procedure("contact_list")
    communication_plan = _procedure("communication_plan")
    advisory_board = _procedure("advisory_board")

    def to_representation(self, procedures: dict) -> dict:
        procedures = procedures or {}
        return {
            code: {
                "status": (procedures.get(code) or {}).get("status", ""),
                "note": (procedures.get(code) or {}).get("note", ""),
            }
            for code in PROCEDURE_CODES
        }


class EvaluationSerializer(serializers.ModelSerializer):
    """An evaluation as a participating organisation sees it. Needs in the context ``request``, ``parts`` (the parts
    the caller may read, by evaluation id) and ``own_organisation_id``; expects ``case.organisations`` prefetched
    (``views.PARTICIPANTS``), so that a page of evaluations costs a fixed number of queries."""

    case = EvaluationCaseSerializer(read_only=True)
    network = NetworkSerializer(read_only=True)
    status = serializers.ChoiceField(choices=EvaluationStatus.choices, read_only=True)
    period_start = serializers.DateField(read_only=True, allow_null=True)
    period_end = serializers.DateField(read_only=True, allow_null=True)
    finalised_at = serializers.DateTimeField(read_only=True, allow_null=True)
    conclusions = serializers.CharField(read_only=True, help_text="The conclusions of the network.")
    follow_ups = serializers.ListField(
        child=serializers.CharField(),
        source="follow_up_lines",
        read_only=True,
        help_text="The agreed follow-ups, one per line.",
    )
    procedures = ProceduresSerializer(read_only=True)
    participants = serializers.SerializerMethodField(
        help_text="The organisations taking part in the case, each with whether it submitted its part."
    )
    parts = serializers.SerializerMethodField(
        help_text="The parts the caller may read: its own organisation's (also while being written) and the "
        "submitted parts of the others. Own organisation first."
    )
    can_coordinate = serializers.SerializerMethodField(
        help_text="Whether the caller runs the evaluation (the network coordinator): conclusions, follow-ups, "
        "procedures, period and finalising."
    )

    class Meta:
        model = Evaluation
        fields = [
            "id",
            "case",
            "network",
            "status",
            "period_start",
            "period_end",
            "started_at",
            "finalised_at",
            "conclusions",
            "follow_ups",
            "procedures",
            "participants",
            "parts",
            "can_coordinate",
        ]
        read_only_fields = fields

    def _parts(self, evaluation: Evaluation) -> list[EvaluationPart]:
        return self.context["parts"].get(evaluation.pk, [])

    @extend_schema_field(ParticipantSerializer(many=True))
    def get_participants(self, evaluation: Evaluation):
        submitted = {part.organisation_id for part in self._parts(evaluation) if part.submitted_at is not None}
        organisations = evaluation.case.organisations.all()
        return ParticipantSerializer(organisations, many=True, context={"submitted": submitted}).data

    @extend_schema_field(EvaluationPartSerializer(many=True))
    def get_parts(self, evaluation: Evaluation):
        own_id = self.context["own_organisation_id"]
        parts = sorted(
            self._parts(evaluation), key=lambda part: (part.organisation_id != own_id, part.organisation.name)
        )
        return EvaluationPartSerializer(parts, many=True, context={"own_organisation_id": own_id}).data

    def get_can_coordinate(self, evaluation: Evaluation) -> bool:
        from partners import visibility

        return visibility.can_coordinate_evaluation(self.context["request"].user, evaluation)


class ReportProgressSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=[ReportStatus.QUEUED, ReportStatus.RENDERING],
        help_text="The report is waiting for a worker (`queued`) or being made (`rendering`).",
    )
    retry_after = serializers.IntegerField(help_text="Ask again after this many seconds (also in `Retry-After`).")


# --- writing ------------------------------------------------------------------------------------------------------


class EvaluationCreateSerializer(serializers.Serializer):
    case = serializers.UUIDField(help_text="A case the caller's organisation takes part in, not yet evaluated.")
    period_start = serializers.DateField(
        allow_null=True, required=False, default=None, help_text="Defaults to the day the case was opened."
    )
    period_end = serializers.DateField(
        allow_null=True, required=False, default=None, help_text="Defaults to the day the evaluation is finalised."
    )


class OwnPartSerializer(serializers.Serializer):
    """The caller's organisation's part. Left-out answers keep what they were; an empty string clears one."""

    went_well = _text(QUESTION_HELP["went_well"], allow_blank=True, required=False, max_length=TEXT_MAX_LENGTH)
    went_badly = _text(QUESTION_HELP["went_badly"], allow_blank=True, required=False, max_length=TEXT_MAX_LENGTH)
    do_better = _text(QUESTION_HELP["do_better"], allow_blank=True, required=False, max_length=TEXT_MAX_LENGTH)
    perceptions = _text(QUESTION_HELP["perceptions"], allow_blank=True, required=False, max_length=TEXT_MAX_LENGTH)
    agreements_to_change = _text(
        QUESTION_HELP["agreements_to_change"], allow_blank=True, required=False, max_length=TEXT_MAX_LENGTH
    )
    internal = _text(INTERNAL_HELP, allow_blank=True, required=False, max_length=TEXT_MAX_LENGTH)
    submit = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Show the part to the partners (needs the first three answers). A submitted part can still be "
        "improved until the evaluation is finalised; it is never taken back.",
    )


@extend_schema_field(
    {
        "oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}],
        "description": "The agreed follow-ups: a list of lines, or a text with one per line.",
    }
)
class FollowUpsField(serializers.Field):
    default_error_messages = {"invalid": _("Give a list of lines or a text.")}

    def to_internal_value(self, data) -> str:
        if isinstance(data, str):
            lines = [data]
        elif isinstance(data, list) and all(isinstance(line, str) for line in data):
            lines = data
        else:
            self.fail("invalid")
        for line in lines:
            serializers.CharField(allow_blank=True).run_validation(line)  # no NUL characters
        return "\n".join(line.strip() for line in lines if line.strip())

    def to_representation(self, value):  # pragma: no cover - write-only
        return value


class EvaluationUpdateSerializer(serializers.Serializer):
    own_part = OwnPartSerializer(required=False, help_text="Any participating organisation: its own part.")
    conclusions = serializers.CharField(
        allow_blank=True,
        required=False,
        max_length=TEXT_MAX_LENGTH,
        help_text="Network coordinator only: the conclusions of the network.",
    )
    follow_ups = FollowUpsField(required=False, help_text="Network coordinator only: the agreed follow-ups.")
    procedures = ProceduresSerializer(
        required=False,
        help_text="Network coordinator only: the state of the procedures; a procedure or key left out keeps what "
        "it was.",
    )
    period_start = serializers.DateField(allow_null=True, required=False, help_text="Network coordinator only.")
    period_end = serializers.DateField(allow_null=True, required=False, help_text="Network coordinator only.")
    status = serializers.ChoiceField(
        choices=[(EvaluationStatus.FINALISED.value, EvaluationStatus.FINALISED.label)],
        required=False,
        help_text="Network coordinator only: `finalised` finalises the evaluation (refused while parts are missing, "
        "unless `without_missing`); it then no longer changes. An evaluation is never reopened.",
    )
    without_missing = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Network coordinator only, with `status: finalised`: finalise although not every organisation "
        "submitted its part.",
    )
