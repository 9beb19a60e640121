import pytest
from django.core.management import call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import OrganisationFactory, network_coordinator

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


def test_me_describes_the_caller(api, member):
    api.force_authenticate(member)
    data = api.get("/api/v1/me/").json()
    organisation = member.membership.organisation
    assert data["username"] == member.username
    assert data["organisation"] == {
        "id": str(organisation.id),
        "name": organisation.name,
        "partner_type": "jongerenwerk",
    }
    assert data["network"]["id"] == str(organisation.network_id)
    assert data["roles"] == ["member"]


def test_me_lists_network_coordinator_role(api, network):
    coordinator = network_coordinator(network)
    api.force_authenticate(coordinator.user)
    assert api.get("/api/v1/me/").json()["roles"] == ["member", "coordinator", "network_coordinator"]


def test_organisations_are_those_of_the_callers_network(api, member, network, other_network):
    own = OrganisationFactory(network=network)
    foreign = OrganisationFactory(network=other_network)
    api.force_authenticate(member)
    data = api.get("/api/v1/organisations/").json()
    ids = {row["id"] for row in data["results"]}
    assert ids == {str(own.id), str(member.membership.organisation.id)}
    assert api.get(f"/api/v1/organisations/{own.id}/").status_code == 200
    assert api.get(f"/api/v1/organisations/{foreign.id}/").status_code == 404
    assert api.get("/api/v1/organisations/not-a-uuid/").status_code == 404


def test_anonymous_callers_are_refused(api):
    for path in ("/api/v1/me/", "/api/v1/organisations/", "/api/schema/"):
        response = api.get(path)
        assert response.status_code == 401
        assert response["WWW-Authenticate"] == "Token"


def test_token_authentication(api, member, capsys):
    call_command("create_api_token", member.username)
    key = capsys.readouterr().out.strip()
    assert Token.objects.get(user=member).key == key
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert api.get("/api/v1/me/").json()["username"] == member.username
    api.credentials(HTTP_AUTHORIZATION="Token wrong")
    assert api.get("/api/v1/me/").status_code == 401


def test_create_api_token_for_unknown_user_fails_cleanly():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("create_api_token", "nobody")


def test_schema_and_docs_are_served_without_cdn(api, member):
    api.force_authenticate(member)
    schema = api.get("/api/schema/")
    assert schema.status_code == 200
    assert b"/api/v1/me/" in schema.content
    api.force_login(member)
    docs = api.get("/api/docs/")
    assert docs.status_code == 200
    body = docs.content.decode()
    assert "cdn.jsdelivr" not in body and "unpkg" not in body
    assert "/static/drf_spectacular_sidecar/" in body
