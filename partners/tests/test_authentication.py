"""partners/authentication.py: the user of a request comes with its membership (and, in a browser session, the number
on the bell) in one query, and nobody is let in who Django's own backends would not let in."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from notifications import selectors as notification_selectors
from notifications import services as notification_services
from notifications.models import Notification, NotificationKind
from partners import services, visibility
from partners.authentication import MembershipBackend, MembershipTokenAuthentication
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _unread(user, count: int) -> None:
    Notification.objects.bulk_create(
        [Notification(recipient=user, kind=NotificationKind.RISK_DIGEST) for _ in range(count)]
    )


def test_the_session_user_comes_with_its_membership_and_unread_count_in_one_query(member, django_assert_num_queries):
    _unread(member, 3)
    with django_assert_num_queries(1):
        user = MembershipBackend().get_user(member.pk)
        membership = visibility.membership_of(user)
        count = notification_selectors.unread_count(user)
    assert membership.organisation == member.membership.organisation
    assert membership.organisation.network == member.membership.organisation.network
    assert count == 3


def test_a_user_without_membership_has_none_and_an_inactive_user_is_not_loaded(member):
    outsider = UserFactory()
    user = MembershipBackend().get_user(outsider.pk)
    assert user == outsider and visibility.membership_of(user) is None
    get_user_model().objects.filter(pk=member.pk).update(is_active=False)
    assert MembershipBackend().get_user(member.pk) is None
    assert MembershipBackend().get_user("00000000-0000-0000-0000-000000000000") is None


def test_marking_read_drops_the_count_the_user_was_loaded_with(member):
    _unread(member, 2)
    user = MembershipBackend().get_user(member.pk)
    assert notification_selectors.unread_count(user) == 2
    notification_services.mark_read(user=user)
    assert notification_selectors.unread_count(user) == 0


def test_the_bell_on_a_page_counts_what_is_unread(member):
    _unread(member, 4)
    client = Client()
    client.force_login(member)
    response = client.get(reverse("notifications:list"))
    assert response.status_code == 200
    assert response.context["unread_notifications"]() == 4
    client.post(reverse("notifications:mark-all-read"))
    assert client.get(reverse("notifications:list")).context["unread_notifications"]() == 0


def test_a_token_brings_its_user_with_the_membership_and_refuses_as_drf_does(member, django_assert_num_queries):
    key = services.api_token_create(user=member, acting_user=member)
    with django_assert_num_queries(1):
        user, token = MembershipTokenAuthentication().authenticate_credentials(key)
        assert visibility.membership_of(user).organisation_id == member.membership.organisation_id
    assert token.key == key
    client = APIClient()
    assert client.get("/api/v1/signals/", HTTP_AUTHORIZATION="Token wrong").status_code == 401
    get_user_model().objects.filter(pk=member.pk).update(is_active=False)
    response = client.get("/api/v1/signals/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 401
    assert response.json()["detail"] in ("User inactive or deleted.", "Gebruiker inactief of verwijderd.")
