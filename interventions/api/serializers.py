"""Serializers of the cases and interventions API (shared/API.md, DOMAIN.md §5-6).

Reading never decides what a caller may see: the views fetch through the visibility core and hand over only what
the caller may see (a case's signals at the caller's level, counts of those only, people as ``person_label`` gives
them). Writing only checks the shape of the input; the rules of the domain are the services'.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from partners import visibility
from partners.api.serializers import OrganisationSerializer
from partners.constants import PartnerType
from partners.visibility import AccessLevel

from ..constants import InterventionStatus, Level, Mode, Phase, Target
from ..models import Case, CasePhaseChange, Intervention, InterventionType

ACCESS_LEVEL_CODES = [level.code for level in AccessLevel if level > AccessLevel.NONE]


# --- the intervention matrix ----------------------------------------------------------------------------------


class InterventionTypeSerializer(serializers.ModelSerializer):
    """An entry of the intervention matrix (reference data)."""

    phase = serializers.ChoiceField(choices=Phase.choices)
    mode = serializers.ChoiceField(choices=Mode.choices)
    level = serializers.ChoiceField(choices=Level.choices)
    partner_types = serializers.ListField(
        child=serializers.ChoiceField(choices=PartnerType.choices),
        help_text="The partner types suited to carry it out.",
    )
    targets = serializers.ListField(child=serializers.ChoiceField(choices=Target.choices))

    class Meta:
        model = InterventionType
        fields = [
            "code",
            "title",
            "description",
            "phase",
            "mode",
            "level",
            "partner_types",
            "targets",
            "source",
            "is_active",
        ]
        read_only_fields = fields


class InterventionTypeRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = InterventionType
        fields = ["code", "title"]
        read_only_fields = fields


# --- cases ----------------------------------------------------------------------------------------------------


class CaseSignalSerializer(serializers.Serializer):
    """A signal of the case the caller may see, with the caller's own level on it (read the signal itself through
    ``signals/{id}/``)."""

    id = serializers.UUIDField(source="pk")
    access_level = serializers.SerializerMethodField()
    added_at = serializers.DateTimeField(source="added_to_case_at", help_text="When it was added to the case.")

    @extend_schema_field(serializers.ChoiceField(choices=ACCESS_LEVEL_CODES))
    def get_access_level(self, signal) -> str:
        return AccessLevel(signal.access_level).code


class PhaseChangeSerializer(serializers.ModelSerializer):
    """One move of the case's phase. Signed with the organisation; the professional's name only for colleagues of
    the same organisation (source protection, seed 003)."""

    organisation = OrganisationSerializer(read_only=True)
    changed_by = serializers.SerializerMethodField(help_text="The organisation; the professional for colleagues.")
    # Empty for the case's first phase (the schema must allow the empty string).
    from_phase = serializers.ChoiceField(
        choices=Phase.choices, allow_blank=True, read_only=True, help_text="The phase before; empty for the first."
    )

    class Meta:
        model = CasePhaseChange
        fields = ["from_phase", "to_phase", "reason", "organisation", "changed_by", "changed_at"]
        read_only_fields = fields

    def get_changed_by(self, change: CasePhaseChange) -> str:
        return visibility.person_label(self.context["request"].user, change.organisation, change.changed_by)


class CaseSerializer(serializers.ModelSerializer):
    """A case as a participant sees it. ``signal_count`` counts only the signals of the case the caller may see:
    one that was not shared with the caller's organisation is not there at all."""

    phase = serializers.ChoiceField(choices=Phase.choices)
    lead_organisation = OrganisationSerializer(read_only=True)
    organisations = OrganisationSerializer(many=True, read_only=True, help_text="The participating organisations.")
    is_lead = serializers.BooleanField(read_only=True, help_text="The caller's organisation leads the case.")
    signal_count = serializers.SerializerMethodField(help_text="The signals of the case the caller may see.")

    class Meta:
        model = Case
        fields = [
            "id",
            "title",
            "description",
            "phase",
            "lead_organisation",
            "organisations",
            "is_lead",
            "signal_count",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    def get_signal_count(self, case: Case) -> int:
        return self.context["signal_counts"].get(case.pk, 0)


class CaseDetailSerializer(CaseSerializer):
    """A case with its signals (only those the caller may see, each at the caller's level) and its phase
    history."""

    signals = CaseSignalSerializer(many=True, read_only=True, source="visible_signals")
    phase_history = PhaseChangeSerializer(many=True, read_only=True)

    class Meta(CaseSerializer.Meta):
        fields = [*CaseSerializer.Meta.fields, "signals", "phase_history"]
        read_only_fields = fields


class CaseCreateSerializer(serializers.Serializer):
    title = serializers.CharField(
        allow_blank=True, help_text="Describe the situation, not the persons: no names, at most pseudonyms."
    )
    description = serializers.CharField(allow_blank=True, required=False, default="")
    phase = serializers.ChoiceField(choices=Phase.choices, default=Phase.VREDESTIJD)
    organisations = serializers.ListField(
        child=serializers.UUIDField(),
        required=False,
        default=list,
        help_text="Participating organisations of the caller's network; the caller's organisation leads and always "
        "takes part.",
    )
    signals = serializers.ListField(
        child=serializers.UUIDField(),
        required=False,
        default=list,
        help_text="Signals the caller may see (no drafts or practice signals). Bundling shares nothing: each "
        "participant sees a signal only as it was shared with them.",
    )


class CaseUpdateSerializer(serializers.Serializer):
    title = serializers.CharField(allow_blank=True, required=False, help_text="Lead organisation only.")
    description = serializers.CharField(allow_blank=True, required=False, help_text="Lead organisation only.")
    organisations = serializers.ListField(
        child=serializers.UUIDField(),
        required=False,
        help_text="Lead organisation only. Replaces the participants; the lead always takes part.",
    )
    phase = serializers.ChoiceField(
        choices=Phase.choices, required=False, help_text="Lead organisation only; needs a `reason`."
    )
    reason = serializers.CharField(allow_blank=True, required=False, help_text="Why the case moves to `phase`.")
    add_signals = serializers.ListField(
        child=serializers.UUIDField(),
        required=False,
        help_text="Any participant: bundle more signals the caller may see into the case.",
    )


# --- interventions --------------------------------------------------------------------------------------------


class InterventionSerializer(serializers.ModelSerializer):
    """An intervention as the caller may see it. The executing person is named only to colleagues of the
    executing organisation. On a signal, a reader below full level of that signal reads the texts with names and
    handles left out, as with step-5 actions. Needs ``request`` and ``signals`` (the signals of the page from the
    visibility core, by id, with ``access_level``) in the context."""

    case = serializers.UUIDField(source="case_id", allow_null=True, read_only=True)
    signal = serializers.UUIDField(source="signal_id", allow_null=True, read_only=True)
    intervention_type = InterventionTypeRefSerializer(
        read_only=True, allow_null=True, help_text="The entry of the matrix, or null for a custom intervention."
    )
    phase = serializers.ChoiceField(choices=Phase.choices)
    executing_organisation = OrganisationSerializer(read_only=True)
    executing_person = serializers.SerializerMethodField(
        help_text="The professional for colleagues of the executing organisation, its name for everyone else; "
        "empty when nobody was named."
    )
    created_by_organisation = OrganisationSerializer(read_only=True, help_text="The organisation that registered it.")
    target = serializers.ChoiceField(choices=Target.choices)
    status = serializers.ChoiceField(choices=InterventionStatus.choices)
    can_change = serializers.SerializerMethodField(help_text="Whether the caller may change it (PATCH).")

    class Meta:
        model = Intervention
        fields = [
            "id",
            "case",
            "signal",
            "intervention_type",
            "title",
            "phase",
            "executing_organisation",
            "executing_person",
            "created_by_organisation",
            "goal",
            "target",
            "planned_date",
            "status",
            "outcome",
            "effect",
            "created_at",
            "updated_at",
            "can_change",
        ]
        read_only_fields = fields

    def get_executing_person(self, intervention: Intervention) -> str:
        return visibility.person_label(
            self.context["request"].user, intervention.executing_organisation, intervention.executing_person
        )

    def get_can_change(self, intervention: Intervention) -> bool:
        from ..services import can_change_intervention

        return can_change_intervention(self.context["request"].user, intervention)

    def to_representation(self, intervention: Intervention) -> dict:
        data = super().to_representation(intervention)
        if intervention.signal_id is not None:
            signal = self.context["signals"].get(intervention.signal_id)
            data.update(visibility.intervention_texts(intervention, signal))
        return data


class InterventionCreateSerializer(serializers.Serializer):
    case = serializers.UUIDField(
        allow_null=True, required=False, default=None, help_text="A case the caller's organisation takes part in."
    )
    signal = serializers.UUIDField(
        allow_null=True, required=False, default=None, help_text="A signal the caller may see (or give `case`)."
    )
    intervention_type = serializers.CharField(
        allow_null=True,
        allow_blank=True,
        required=False,
        default=None,
        max_length=80,
        help_text="The code of an active entry of the intervention matrix; leave out for a custom intervention.",
    )
    title = serializers.CharField(
        allow_blank=True, required=False, default="", help_text="Defaults to the matrix entry's title."
    )
    executing_organisation = serializers.UUIDField(
        allow_null=True,
        required=False,
        default=None,
        help_text="On a case: one of its participants. On a signal: the caller's organisation or the signal's owner "
        "organisation (the owner also an organisation it shared the signal with). Defaults to the caller's "
        "organisation.",
    )
    executing_person = serializers.UUIDField(
        allow_null=True,
        required=False,
        default=None,
        help_text="A colleague of the caller's own organisation (user id); only when that organisation executes it.",
    )
    goal = serializers.CharField(allow_blank=True, help_text="What the intervention should achieve.")
    target = serializers.ChoiceField(choices=Target.choices)
    planned_date = serializers.DateField(
        allow_null=True, required=False, default=None, help_text="Required for a planned intervention."
    )
    status = serializers.ChoiceField(choices=InterventionStatus.choices, default=InterventionStatus.PROPOSED)
    outcome = serializers.CharField(allow_blank=True, required=False, default="")


class InterventionUpdateSerializer(serializers.Serializer):
    title = serializers.CharField(allow_blank=True, required=False)
    executing_organisation = serializers.UUIDField(required=False)
    executing_person = serializers.UUIDField(
        allow_null=True, required=False, help_text="A colleague of the caller's own organisation, or null."
    )
    goal = serializers.CharField(allow_blank=True, required=False)
    target = serializers.ChoiceField(choices=Target.choices, required=False)
    planned_date = serializers.DateField(allow_null=True, required=False)
    status = serializers.ChoiceField(choices=InterventionStatus.choices, required=False)
    outcome = serializers.CharField(allow_blank=True, required=False)
    effect = serializers.CharField(allow_blank=True, required=False, help_text="Only once the intervention is done.")
