"""The afsprakenkaart API (shared/API.md, DOMAIN.md §7): thin adapters. Cards are fetched and authorised by the
visibility core (``partners.visibility``); every write goes through a service (``agreements.services``).

Who sees and does what:

* Every version of a network's card is seen by the members of the network's organisations, with every column;
  anybody else (another network, an operator without a membership) gets 404, as for a card that does not exist.
  Nobody reads which person wrote, agreed, started or adopted a version: only organisations show.
* The network coordinator (regisseur) starts the next version; anybody else gets 403.
* An organisation's own members write its column while the version is a draft (``PUT answers/``, all four answers
  every time) and give its agreement while the version awaits it (``POST approve/``, confirming the three basic
  agreements). A member of the network whose organisation has no column, or who writes another organisation's
  column, gets 403. Writing a version in the wrong state (adopted, awaiting agreement, still a draft) is a
  validation error: 400.
* The PDF is made of adopted versions only; of another version: 404.

The checks run in that order (found, allowed, then the body), so an empty body shows what the caller may do: 404,
403, or 400 with what is missing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.utils.translation import gettext as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from partners import visibility
from signals.api.errors import service_errors

from .. import services
from ..constants import CardStatus
from ..models import AgreementCard, CardColumn
from ..views import pdf_response
from . import serializers as s

NOT_FOUND = OpenApiResponse(description="Not found, or not visible to the caller.")
INVALID = OpenApiResponse(
    description="Validation errors, field by field (errors of the version's state under `non_field_errors`)."
)
NOT_COORDINATOR = OpenApiResponse(description="The caller is not the network coordinator (regisseur).")
NOT_OWN_COLUMN = OpenApiResponse(
    description="The caller's organisation has no column on this version, or the column is another organisation's."
)
NOT_ADOPTED = OpenApiResponse(description="Not found, not visible to the caller, or not an adopted version.")

# The columns of a page of versions with their organisations: one query for the whole page.
COLUMNS = Prefetch("columns", queryset=CardColumn.objects.select_related("organisation"))


# The services' own sentences (one msgid each in the catalogue).
def _only_coordinator() -> str:
    return _("Only the network coordinator (regisseur) does this.")


def _only_members_write(column: CardColumn) -> str:
    return _("Only the members of %(organisation)s write its column.") % {"organisation": column.organisation.name}


def _no_column() -> str:
    return _("Your organisation has no column on this version of the card.")


@contextmanager
def _service_call() -> Iterator[None]:
    """Around a service call: its ``ValidationError`` answers 400 field by field, its ``PermissionDenied`` 403 with
    its own sentence (DRF would answer a Django ``PermissionDenied`` with a generic one)."""
    try:
        with service_errors():
            yield
    except DjangoPermissionDenied as exc:
        raise PermissionDenied(str(exc) or None) from exc


def _get_card(request, pk) -> AgreementCard:
    return visibility.get_agreement_card_for_user(request.user, pk)


def _representation(request, card: AgreementCard) -> dict:
    card = visibility.agreement_cards_visible_to(request.user).prefetch_related(COLUMNS).get(pk=card.pk)
    return s.AgreementCardSerializer(card, context={"request": request}).data


# --- the list ---------------------------------------------------------------------------------------------------


class AgreementCardFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=CardStatus.choices)

    class Meta:
        model = AgreementCard
        fields = ["status"]


class AgreementCardListView(generics.GenericAPIView):
    """Every version of the afsprakenkaart of the caller's network, newest first, each with its columns. Empty for
    a caller without a network."""

    queryset = AgreementCard.objects.none()  # for the schema; the real one comes from the visibility core
    serializer_class = s.AgreementCardSerializer
    filterset_class = AgreementCardFilter

    def get_queryset(self):
        return visibility.agreement_cards_visible_to(self.request.user).prefetch_related(COLUMNS).order_by("-version")

    @extend_schema(responses=s.AgreementCardSerializer(many=True))
    def get(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        data = s.AgreementCardSerializer(page, many=True, context={"request": request}).data
        return self.get_paginated_response(data)

    @extend_schema(
        request=s.AgreementCardCreateSerializer,
        responses={201: s.AgreementCardSerializer, 400: INVALID, 403: NOT_COORDINATOR},
        description="The network coordinator starts the next version: a draft with a column per organisation taking "
        "part, each filled with what the organisation answered on the last version. Refused (400) while a version is "
        "in the making: it is adopted first. The organisations taking part are told to fill in their column.",
    )
    def post(self, request):
        if not visibility.can_coordinate_network(request.user):
            raise PermissionDenied(_only_coordinator())
        serializer = s.AgreementCardCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        organisations = None
        if "organisations" in serializer.validated_data:
            organisations = _organisations_field(request, serializer.validated_data["organisations"])
        with _service_call():
            card = services.card_create(acting_user=request.user, organisations=organisations)
        return Response(_representation(request, card), status=status.HTTP_201_CREATED)


def _organisations_field(request, ids) -> list:
    """Organisations of the caller's network, through the visibility core. One of another network, or one that does
    not exist, is the same validation error."""
    ids = list(dict.fromkeys(ids))
    found = {o.pk: o for o in visibility.organisations_visible_to(request.user).filter(pk__in=ids)}
    if len(found) != len(ids):
        # The services' sentence for an organisation outside the network.
        raise serializers.ValidationError({"organisations": [_("Choose organisations of your own network.")]})
    return [found[pk] for pk in ids]


# --- one version --------------------------------------------------------------------------------------------------


class AgreementCardDetailView(generics.GenericAPIView):
    """One version of the caller's network's card, with every column."""

    serializer_class = s.AgreementCardSerializer
    filter_backends = []  # nothing to filter: one version

    @extend_schema(responses={200: s.AgreementCardSerializer, 404: NOT_FOUND})
    def get(self, request, pk):
        card = _get_card(request, pk)
        prefetch_related_objects([card], COLUMNS)
        return Response(s.AgreementCardSerializer(card, context={"request": request}).data)


def _column_to_write(request, card: AgreementCard, organisation_id) -> CardColumn:
    """The column the caller writes: the one of ``organisation_id``, or of the caller's own organisation. No column
    of the caller's own organisation is 403; an organisation without a column on the version is a validation error
    of the field (the same for one of another network or one that does not exist)."""
    membership = visibility.membership_of(request.user)
    own_id = membership.organisation_id  # the card was found, so the caller is a member of its network
    target_id = organisation_id or own_id
    column = card.columns.select_related("organisation").filter(organisation_id=target_id).first()
    if column is None:
        if target_id == own_id:
            raise PermissionDenied(_no_column())
        raise serializers.ValidationError(
            {"organisation": [_("Choose an organisation that has a column on this version.")]}
        )
    if column.organisation_id != own_id:
        raise PermissionDenied(_only_members_write(column))
    return column


class CardAnswersView(generics.GenericAPIView):
    serializer_class = s.CardAnswersUpdateSerializer
    filter_backends = []  # nothing to filter: one column

    @extend_schema(
        request=s.CardAnswersUpdateSerializer,
        responses={200: s.AgreementCardSerializer, 400: INVALID, 403: NOT_OWN_COLUMN, 404: NOT_FOUND},
        description="An organisation's own members write its column of a draft version: all four answers every time "
        "(an empty string clears one; a missing key is a validation error). An adopted version or one awaiting "
        "agreement does not change: 400. Answers the whole version.",
    )
    def put(self, request, pk):
        card = _get_card(request, pk)
        target = s.ColumnTargetSerializer(data=request.data)
        target.is_valid(raise_exception=True)
        column = _column_to_write(request, card, target.validated_data.get("organisation"))
        serializer = s.CardAnswersUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        answers = {key: value for key, value in serializer.validated_data.items() if key != "organisation"}
        with _service_call():
            services.column_update(acting_user=request.user, column=column, **answers)
        return Response(_representation(request, card))


class CardApproveView(generics.GenericAPIView):
    serializer_class = s.CardApproveSerializer
    filter_backends = []  # nothing to filter: one column

    @extend_schema(
        request=s.CardApproveSerializer,
        responses={200: s.AgreementCardSerializer, 400: INVALID, 403: NOT_OWN_COLUMN, 404: NOT_FOUND},
        description="The agreement (akkoord) of the caller's organisation on a version awaiting agreement, with the "
        "three basic agreements confirmed in `confirmed`. A draft or an adopted version: 400. Giving it again "
        "changes nothing. Answers the whole version.",
    )
    def post(self, request, pk):
        card = _get_card(request, pk)
        column = services.own_column(user=request.user, card=card)
        if column is None:
            raise PermissionDenied(_no_column())
        serializer = s.CardApproveSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with _service_call():
            services.column_agree(
                acting_user=request.user, column=column, confirmed=serializer.validated_data["confirmed"]
            )
        return Response(_representation(request, card))


class CardPdfView(generics.GenericAPIView):
    serializer_class = s.AgreementCardSerializer  # for the schema's error bodies only
    filter_backends = []  # nothing to filter: one version
    throttle_scope = "exports"  # partners/ratelimit.py

    def perform_content_negotiation(self, request, force=False):
        # A client asking for the PDF (Accept: application/pdf) gets it, not 406: the PDF bypasses the renderers,
        # and errors are answered in JSON whatever the client accepts.
        return super().perform_content_negotiation(request, force=True)

    @extend_schema(
        responses={(200, "application/pdf"): OpenApiTypes.BINARY, 404: NOT_ADOPTED},
        description="The adopted version as a PDF, to print or to attach to the covenant.",
    )
    def get(self, request, pk):
        card = _get_card(request, pk)
        if card.status != CardStatus.VASTGESTELD:
            raise Http404
        response = pdf_response(card)
        response["Cache-Control"] = "no-store"
        return response
