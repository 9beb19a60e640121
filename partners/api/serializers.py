from rest_framework import serializers

from ..models import Network, Organisation


class OrganisationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "name", "partner_type"]


class NetworkSerializer(serializers.ModelSerializer):
    class Meta:
        model = Network
        fields = ["id", "name"]


class MeSerializer(serializers.Serializer):
    username = serializers.CharField()
    full_name = serializers.CharField()
    language = serializers.CharField()
    organisation = OrganisationSerializer(allow_null=True)
    network = NetworkSerializer(allow_null=True)
    roles = serializers.ListField(child=serializers.CharField(), help_text="member, coordinator, network_coordinator")
