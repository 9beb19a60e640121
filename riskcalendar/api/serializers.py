"""Serializers of the risk calendar API (shared/API.md, DOMAIN.md §9).

Reading never decides what a caller may see: the views fetch the entries through the visibility core and hand over,
in the context, what the caller may see of the page (``case_ids``: the linked cases the caller's organisation takes
part in; ``readers``: the organisations that were given an entry, for the entries the caller's organisation keeps
only). Writing only checks the shape of the input; the rules of the domain are the services'.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from partners.api.serializers import OrganisationSerializer

from ..constants import RiskKind, RiskLevel, WindowRule
from ..models import RiskEvent, RiskWindow


class RiskWindowSerializer(serializers.ModelSerializer):
    """A calendar item the product derived from the entry (riskcalendar/rules.py); end dates are included."""

    rule = serializers.ChoiceField(choices=WindowRule.choices, read_only=True)
    rule_label = serializers.CharField(source="get_rule_display", read_only=True, help_text="The rule, in words.")
    anchor_date = serializers.DateField(
        read_only=True, help_text="The date it comes from: the entry's date, or for an anniversary the anniversary."
    )

    class Meta:
        model = RiskWindow
        fields = ["id", "rule", "rule_label", "start_date", "end_date", "anchor_date"]
        read_only_fields = fields


class RiskEventSerializer(serializers.ModelSerializer):
    """An entry of the risicokalender as the caller's organisation sees it. Nobody reads who created it (partners
    never see each other's professionals); a reader does not learn which other organisations were given it, nor a
    linked case it takes no part in. Needs ``case_ids`` and ``readers`` in the context."""

    kind = serializers.ChoiceField(choices=RiskKind.choices, read_only=True)
    risk_level = serializers.ChoiceField(choices=RiskLevel.choices, read_only=True)
    keeper_organisation = OrganisationSerializer(
        source="organisation", read_only=True, help_text="The public-order (OOV) organisation that keeps it."
    )
    case = serializers.SerializerMethodField(
        help_text="The linked case, only when the caller's organisation takes part in it; otherwise null."
    )
    organisations = serializers.SerializerMethodField(
        help_text="For the keeping organisation: the organisations of the network it was given to (besides the "
        "keeper). Null for everybody else."
    )
    windows = RiskWindowSerializer(many=True, read_only=True)
    is_keeper = serializers.BooleanField(
        read_only=True, help_text="The caller's organisation keeps it (and may change or remove it)."
    )

    class Meta:
        model = RiskEvent
        fields = [
            "id",
            "kind",
            "title",
            "start_date",
            "end_date",
            "area",
            "risk_level",
            "description",
            "days_before",
            "days_after",
            "keeper_organisation",
            "case",
            "organisations",
            "windows",
            "is_keeper",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.UUIDField(allow_null=True))
    def get_case(self, event: RiskEvent):
        return event.case_id if event.case_id in self.context["case_ids"] else None

    @extend_schema_field(serializers.ListField(child=serializers.UUIDField(), allow_null=True))
    def get_organisations(self, event: RiskEvent):
        if not event.is_keeper:
            return None
        return self.context["readers"].get(event.pk, [])


class RiskEventCreateSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=RiskKind.choices)
    title = serializers.CharField(
        allow_blank=True, help_text="Name the moment, not a person: no names, at most the pseudonyms of a linked case."
    )
    start_date = serializers.DateField(
        help_text="The day of the incident, announcement or release, or the first day of the period."
    )
    end_date = serializers.DateField(
        allow_null=True,
        required=False,
        default=None,
        help_text="Only for a period of several days (not for an announcement or a release).",
    )
    area = serializers.CharField(allow_blank=True, help_text="The district (wijk) or area it concerns.")
    risk_level = serializers.ChoiceField(choices=RiskLevel.choices)
    description = serializers.CharField(
        allow_blank=True, required=False, default="", help_text="What is known and why it matters: no names."
    )
    case = serializers.UUIDField(
        allow_null=True, required=False, default=None, help_text="A case the caller's organisation takes part in."
    )
    organisations = serializers.ListField(
        child=serializers.UUIDField(),
        required=False,
        default=list,
        help_text="Organisations of the caller's network that see the entry besides the keeper.",
    )
    days_before = serializers.IntegerField(
        allow_null=True,
        required=False,
        default=None,
        help_text="For an announcement: days before it that its window starts (default 7).",
    )
    days_after = serializers.IntegerField(
        allow_null=True,
        required=False,
        default=None,
        help_text="For an announcement: days after it that its window ends (default 28).",
    )


class RiskEventUpdateSerializer(serializers.Serializer):
    """Fields left out stay as they are; the windows follow the new values."""

    kind = serializers.ChoiceField(choices=RiskKind.choices, required=False)
    title = serializers.CharField(allow_blank=True, required=False)
    start_date = serializers.DateField(required=False)
    end_date = serializers.DateField(allow_null=True, required=False)
    area = serializers.CharField(allow_blank=True, required=False)
    risk_level = serializers.ChoiceField(choices=RiskLevel.choices, required=False)
    description = serializers.CharField(allow_blank=True, required=False)
    case = serializers.UUIDField(
        allow_null=True, required=False, help_text="A case the caller's organisation takes part in, or null."
    )
    organisations = serializers.ListField(
        child=serializers.UUIDField(), required=False, help_text="Replaces the organisations that see the entry."
    )
    days_before = serializers.IntegerField(required=False)
    days_after = serializers.IntegerField(required=False)
