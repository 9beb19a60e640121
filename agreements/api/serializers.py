"""Serializers of the afsprakenkaart API (shared/API.md, DOMAIN.md §7).

A card is read by every member of its network's organisations, with every column: which organisation answered what
and whether it agreed. Nobody reads which person wrote, agreed, started or adopted a version (partners never see each
other's professionals). Writing only checks the shape of the input; the rules of the domain are the services'.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from partners.api.serializers import NetworkSerializer, OrganisationSerializer

from ..constants import ANSWER_MAX_LENGTH, BASIC_AGREEMENT_KEYS, BASIC_AGREEMENTS, CardStatus
from ..models import AgreementCard, CardColumn
from ..services import column_order

# The questions, in the English of constants.QUESTIONS (the schema is not translated).
QUESTION_HELP = {
    "involve_partner": "In which situation do you involve a partner with concerning online messages?",
    "expect_involved": "In which situation do you expect a partner to involve you with concerning online messages?",
    "intervene_at": "At which (online) signal do you intervene?",
    "expect_intervene": "At which (online) signal do you expect the other partners involved to intervene?",
}


def _answer_field(name: str, **kwargs) -> serializers.CharField:
    return serializers.CharField(help_text=QUESTION_HELP[name], **kwargs)


class CardAnswersSerializer(serializers.Serializer):
    """An organisation's answers to the four questions of the card (empty while not answered)."""

    involve_partner = _answer_field("involve_partner", read_only=True)
    expect_involved = _answer_field("expect_involved", read_only=True)
    intervene_at = _answer_field("intervene_at", read_only=True)
    expect_intervene = _answer_field("expect_intervene", read_only=True)


class CardColumnSerializer(serializers.ModelSerializer):
    organisation = OrganisationSerializer(read_only=True)
    answers = CardAnswersSerializer(source="*", read_only=True)
    agreed_at = serializers.DateTimeField(
        read_only=True, allow_null=True, help_text="When the organisation gave its agreement (akkoord); null before."
    )

    class Meta:
        model = CardColumn
        fields = ["organisation", "answers", "agreed_at"]
        read_only_fields = fields


class BasicAgreementSerializer(serializers.Serializer):
    # A plain string here: the keys are documented once, as the choices of ``confirmed`` when agreeing.
    key = serializers.CharField(read_only=True, help_text="What `confirmed` names it by when agreeing.")
    title = serializers.CharField(read_only=True)
    text = serializers.CharField(read_only=True)


def basic_agreements() -> list[dict]:
    return [{"key": key, "title": str(title), "text": str(text)} for key, title, text in BASIC_AGREEMENTS]


class AgreementCardSerializer(serializers.ModelSerializer):
    """One version of the network's afsprakenkaart: a column per organisation taking part, in the order of the
    routekaart (youth work, police, municipality, school, enforcement, others). Expects the columns prefetched with
    their organisation (``views.COLUMNS``), so that a page of versions costs one query for all columns."""

    network = NetworkSerializer(read_only=True)
    status = serializers.ChoiceField(choices=CardStatus.choices, read_only=True)
    based_on = serializers.UUIDField(
        source="based_on_id", read_only=True, allow_null=True, help_text="The version this one started as a copy of."
    )
    submitted_at = serializers.DateTimeField(
        read_only=True, allow_null=True, help_text="When it was put forward for agreement (ter akkoord)."
    )
    adopted_at = serializers.DateTimeField(read_only=True, allow_null=True, help_text="When it was adopted.")
    columns = serializers.SerializerMethodField()
    basic_agreements = serializers.SerializerMethodField(
        help_text="The three basic agreements (basisafspraken) that hold for every card; each organisation confirms "
        "them with its agreement."
    )

    class Meta:
        model = AgreementCard
        fields = [
            "id",
            "network",
            "version",
            "status",
            "based_on",
            "created_at",
            "submitted_at",
            "adopted_at",
            "columns",
            "basic_agreements",
        ]
        read_only_fields = fields

    @extend_schema_field(CardColumnSerializer(many=True))
    def get_columns(self, card: AgreementCard):
        # The order of selectors.columns_of, on the prefetched columns.
        columns = sorted(card.columns.all(), key=lambda column: column_order(column.organisation))
        return CardColumnSerializer(columns, many=True).data

    @extend_schema_field(BasicAgreementSerializer(many=True))
    def get_basic_agreements(self, card: AgreementCard):
        return basic_agreements()


class AgreementCardCreateSerializer(serializers.Serializer):
    organisations = serializers.ListField(
        child=serializers.UUIDField(),
        required=False,
        help_text="The organisations of the network that take part (get a column). Youth work, police and the "
        "municipality always take part. Left out: every organisation of the network except 'other' partners.",
    )


class ColumnTargetSerializer(serializers.Serializer):
    organisation = serializers.UUIDField(
        required=False,
        allow_null=True,
        help_text="The organisation whose column is written; left out or null: the caller's own. Only an "
        "organisation's own members write its column.",
    )


class CardAnswersUpdateSerializer(ColumnTargetSerializer):
    """All four answers, every time (PUT): an empty string clears one."""

    involve_partner = _answer_field("involve_partner", allow_blank=True, max_length=ANSWER_MAX_LENGTH)
    expect_involved = _answer_field("expect_involved", allow_blank=True, max_length=ANSWER_MAX_LENGTH)
    intervene_at = _answer_field("intervene_at", allow_blank=True, max_length=ANSWER_MAX_LENGTH)
    expect_intervene = _answer_field("expect_intervene", allow_blank=True, max_length=ANSWER_MAX_LENGTH)


class CardApproveSerializer(serializers.Serializer):
    confirmed = serializers.ListField(
        child=serializers.ChoiceField(choices=BASIC_AGREEMENT_KEYS),
        required=False,
        default=list,
        help_text="The keys of the basic agreements the organisation confirms: all three are needed.",
    )
