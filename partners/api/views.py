from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from .. import visibility
from ..constants import MembershipRole
from .serializers import MeSerializer, OrganisationSerializer


class MeView(APIView):
    """The caller: username, organisation, network and roles."""

    @extend_schema(responses=MeSerializer)
    def get(self, request):
        membership = visibility.membership_of(request.user)
        roles = []
        if membership is not None:
            roles.append(MembershipRole.MEMBER.value)
            if membership.is_coordinator:
                roles.append(MembershipRole.COORDINATOR.value)
            if membership.is_network_coordinator:
                roles.append("network_coordinator")
        data = {
            "username": request.user.username,
            "full_name": request.user.get_full_name(),
            "language": request.user.language,
            "organisation": membership.organisation if membership else None,
            "network": membership.organisation.network if membership else None,
            "roles": roles,
        }
        return Response(MeSerializer(data).data)


class OrganisationListView(generics.ListAPIView):
    """The organisations of the caller's network."""

    serializer_class = OrganisationSerializer

    def get_queryset(self):
        return visibility.organisations_visible_to(self.request.user).order_by("name")


class OrganisationDetailView(generics.RetrieveAPIView):
    serializer_class = OrganisationSerializer

    def get_object(self):
        return visibility.get_organisation_for_user(self.request.user, self.kwargs["pk"])
