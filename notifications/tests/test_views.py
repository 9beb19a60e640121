"""The notifications page (the bell): each item at the reader's level now, unread and acute ones marked in words,
opening one marks it read and leads to its signal."""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from notifications.models import AGREEMENT_KINDS, Notification, NotificationKind
from partners.visibility import get_signal_for_user
from signals import sharing
from signals.models import Share
from tests.roles import CANARY_FACTS, CANARY_FULL, CANARY_OWNER, build_world

pytestmark = pytest.mark.django_db

ITEM = re.compile(r'<li class="app-notification[^"]*">.*?</li>', re.DOTALL)


@pytest.fixture
def world():
    """The world, with only the notifications its signal caused: the afsprakenkaart's invitations are left out here
    (they have their own tests in agreements/tests and tests/test_canary_agreements.py)."""
    world = build_world(aftercare=False)  # the bell of the world's signal only
    Notification.objects.filter(kind__in=AGREEMENT_KINDS).delete()
    return world


def _items(client, user) -> list[str]:
    client.force_login(user)
    response = client.get(reverse("notifications:list"))
    assert response.status_code == 200
    return ITEM.findall(response.content.decode())


def test_page_lists_the_sentence_and_the_signal_at_summary_level(client, world):
    items = _items(client, world.users["care_full"])  # told when the signal was shared with them at full level
    assert len(items) == 1
    item = items[0]
    assert world.objects["youth"].name in item  # "<organisation> shared a signal with your organisation."
    assert world.objects["signal"].phenomenon.name in item
    for marker in (CANARY_FACTS, CANARY_FULL, CANARY_OWNER):
        assert marker not in item
    notification = Notification.objects.get(recipient=world.users["care_full"])
    assert reverse("notifications:open", args=[notification.pk]) in item


def test_unread_is_said_in_words_not_only_colour(client, world):
    user = world.users["police_summary"]
    [unread] = _items(client, user)
    assert "app-notification--unread" in unread
    assert "app-badge--new" in unread
    Notification.objects.filter(recipient=user).update(read_at="2026-01-01T00:00Z")
    [read] = _items(client, user)
    assert "app-notification--unread" not in read
    assert "app-badge--new" not in read


def test_acute_notification_says_acute(client, world):
    user = world.users["police_summary"]
    Notification.objects.filter(recipient=user).update(kind=NotificationKind.ACUTE)
    [item] = _items(client, user)
    assert "app-notification--acute" in item
    assert "app-badge--acute" in item


def test_opening_marks_read_and_leads_to_the_signal(client, world):
    user = world.users["enforcement_facts"]
    notification = Notification.objects.get(recipient=user)
    client.force_login(user)
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("signals:detail", args=[world.objects["signal"].pk])
    notification.refresh_from_db()
    assert notification.read_at is not None
    assert client.get(response["Location"]).status_code == 200


def test_someone_elses_notification_is_404(client, world):
    notification = Notification.objects.get(recipient=world.users["enforcement_facts"])
    client.force_login(world.users["police_summary"])
    assert client.get(reverse("notifications:open", args=[notification.pk])).status_code == 404
    assert client.get("/meldingen/not-a-uuid/").status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_mark_all_read(client, world):
    user = world.users["member"]
    # The member follows the signal: a partner's comment notifies them.
    police = world.users["police_summary"]
    shared = get_signal_for_user(police, world.objects["signal"].pk)
    sharing.comment_create(signal=shared, acting_user=police, text="Vraag", phase="beeldvorming")
    sharing.comment_create(signal=shared, acting_user=police, text="Nog een", phase="beeldvorming")
    assert Notification.objects.filter(recipient=user, read_at__isnull=True).count() == 2
    client.force_login(user)
    body = client.get(reverse("notifications:list")).content.decode()
    assert reverse("notifications:mark-all-read") in body
    assert world.objects["police"].name in body
    assert escape(police.get_full_name()) not in body  # source protection: the organisation is named
    response = client.post(reverse("notifications:mark-all-read"))
    assert response.status_code == 302
    assert not Notification.objects.filter(recipient=user, read_at__isnull=True).exists()
    body = client.get(reverse("notifications:list")).content.decode()
    assert reverse("notifications:mark-all-read") not in body  # nothing left to mark
    assert "app-badge--new" not in body


def test_after_revoke_the_item_stays_but_says_the_signal_is_gone(client, world):
    user = world.users["police_summary"]
    share = Share.objects.get(pk=world.objects["share"].pk)
    sharing.share_revoke(share=share, acting_user=world.users["member"])
    [item] = _items(client, user)
    assert world.objects["signal"].phenomenon.name not in item
    assert "Dreigende taal" not in item
    assert "notifications:open" not in item and "/meldingen/" not in item  # no link into a 404


def test_list_query_count_is_constant(client, world, django_assert_max_num_queries):
    user = world.users["member"]
    police = world.users["police_summary"]
    shared = get_signal_for_user(police, world.objects["signal"].pk)
    sharing.comment_create(signal=shared, acting_user=police, text="1", phase="beeldvorming")
    client.force_login(user)
    url = reverse("notifications:list")
    client.get(url)
    with django_assert_max_num_queries(15) as few:
        client.get(url)
    for n in range(20):
        sharing.comment_create(signal=shared, acting_user=police, text=f"c{n}", phase="beeldvorming")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert len(ITEM.findall(response.content.decode())) == 21


def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("notifications:list"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
