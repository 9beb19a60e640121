import pytest
from django.urls import reverse

from tests.factories import PASSWORD, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_login_page_is_dutch_by_default(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert response["Content-Language"] == "nl"
    assert 'lang="nl"' in response.content.decode()
    assert "Inloggen" in response.content.decode()


def test_login_page_in_english_for_an_english_browser(client):
    response = client.get(reverse("login"), headers={"accept-language": "en"})
    assert response["Content-Language"] == "en"
    assert "Log in" in response.content.decode()


def test_failed_login_keeps_the_username_and_explains(client, member):
    response = client.post(reverse("login"), {"username": member.username, "password": "wrong"})
    assert response.status_code == 200
    body = response.content.decode()
    assert f'value="{member.username}"' in body
    assert 'role="alert"' in body


def test_login_then_home_shows_the_organisation(client, member):
    response = client.post(reverse("login"), {"username": member.username, "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("home")
    assert member.membership.organisation.name in response.content.decode()


@pytest.mark.parametrize("name", ["home", "profile", "partners:roles"])
def test_pages_ask_anonymous_users_to_log_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_partners_and_roles_shows_own_network_only(client, member, network, other_network):
    OrganisationFactory(network=network, politie=True, name="Politie Eigenstad")
    OrganisationFactory(network=other_network, politie=True, name="Politie Anderstad")
    client.force_login(member)
    response = client.get(reverse("partners:roles"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Politie Eigenstad" in body
    assert "Politie Anderstad" not in body
    assert "opsporingsbevel" in body  # the police's information position from seed 004
    assert "toezichthouder" in body  # municipal enforcement


def test_partners_and_roles_query_count_does_not_grow(client, member, network, django_assert_max_num_queries):
    client.force_login(member)
    client.get(reverse("partners:roles"))
    for _ in range(15):
        OrganisationFactory(network=network, school=True)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("partners:roles"))
    assert response.status_code == 200


def test_profile_switches_language(client, member):
    client.force_login(member)
    response = client.get(reverse("profile"))
    assert "Taal" in response.content.decode()
    response = client.post(reverse("profile"), {"language": "en"}, follow=True)
    assert response.status_code == 200
    member.refresh_from_db()
    assert member.language == "en"
    assert response["Content-Language"] == "en"
    assert "Language" in response.content.decode()


def test_profile_rejects_an_unknown_language_without_error_page(client, member):
    client.force_login(member)
    response = client.post(reverse("profile"), {"language": "klingon"})
    assert response.status_code == 400
    member.refresh_from_db()
    assert member.language == "nl"


def test_profile_shows_role_and_network_coordinator(client, network):
    from tests.factories import network_coordinator

    coordinator = network_coordinator(network)
    client.force_login(coordinator.user)
    body = client.get(reverse("profile")).content.decode()
    assert coordinator.organisation.name in body
    assert network.name in body


def test_logout_is_post_only_and_ends_the_session(client, member):
    client.force_login(member)
    assert client.get(reverse("logout")).status_code == 405
    client.post(reverse("logout"))
    assert client.get(reverse("home")).status_code == 302


def test_member_of_other_network_sees_its_own_organisation(client, other_network):
    foreigner = MembershipFactory(organisation=OrganisationFactory(network=other_network, name="Jeugd Anderstad"))
    client.force_login(foreigner.user)
    assert "Jeugd Anderstad" in client.get(reverse("home")).content.decode()


def test_profile_creates_shows_once_and_revokes_a_token(client, member):
    from rest_framework.authtoken.models import Token

    client.force_login(member)
    response = client.post(reverse("profile"), {"token": "create"})
    key = Token.objects.get(user=member).key
    assert key in response.content.decode()
    assert key not in client.get(reverse("profile")).content.decode()  # shown only once
    client.post(reverse("profile"), {"token": "revoke"})
    assert not Token.objects.filter(user=member).exists()


def test_profile_shows_the_token_header_as_text(client, member):
    """The header's placeholder is text, not markup the browser would swallow."""
    client.force_login(member)
    body = client.get("/accounts/profile/").content.decode()
    assert "<code>Authorization: Token &lt;key&gt;</code>" in body
