"""Abuse limits (issue #9, partners/ratelimit.py) on the real Redis cache: the API's per-user limit, the stricter
export limit shared by the API's and the pages' PDFs, and the calendar feed's limit per key."""

import copy

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from partners.ratelimit import parse_rate
from tests.roles import build_world

pytestmark = pytest.mark.django_db


def clear_counters():
    """Remove every rate-limit counter from this test run's Redis database (not the other tests' data)."""
    client = cache._cache.get_client(write=True)
    for key in client.scan_iter(match="*ratelimit:*"):
        client.delete(key)


@pytest.fixture(autouse=True)
def fresh_counters():
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    clear_counters()
    yield
    clear_counters()


def rates(**changed):
    """override_settings for REST_FRAMEWORK with some throttle rates changed (DRF reloads its settings)."""
    config = copy.deepcopy(settings.REST_FRAMEWORK)
    config["DEFAULT_THROTTLE_RATES"].update(changed)
    return override_settings(REST_FRAMEWORK=config)


@pytest.fixture
def world():
    return build_world(aftercare=False)


def token_client(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def test_parse_rate():
    assert parse_rate("60/hour") == (60, 3600)
    assert parse_rate("5/min") == (5, 60)
    assert parse_rate("2/s") == (2, 1)
    assert parse_rate("") is None


def test_the_api_limits_each_user(world):
    member = token_client(world.users["member"])
    colleague = token_client(world.users["coordinator"])
    with rates(user="3/min"):
        assert [member.get("/api/v1/me/").status_code for _ in range(3)] == [200, 200, 200]
        refused = member.get("/api/v1/me/")
        assert refused.status_code == 429
        assert refused["Content-Type"].startswith("application/json")
        assert "detail" in refused.json()
        assert 1 <= int(refused["Retry-After"]) <= 60
        # Another user has a count of their own.
        assert colleague.get("/api/v1/me/").status_code == 200
    # The counter is in Redis, where every worker process reads it.
    assert any(True for _ in cache._cache.get_client().scan_iter(match="*ratelimit:user:*"))


def test_pdfs_have_a_stricter_limit_shared_by_the_api_and_the_pages(world, client):
    member = world.users["member"]
    card = world.objects["card_adopted"]
    api = token_client(member)
    client.force_login(member)
    with rates(exports="3/hour"):
        assert api.get(f"/api/v1/agreement-cards/{card.pk}/pdf/").status_code == 200
        assert client.get(f"/afsprakenkaart/{card.pk}/pdf/").status_code == 200
        assert client.get("/convenant/document/").status_code == 200
        # The fourth export in the hour: refused on the page (a Dutch page) and in the API (DRF's JSON).
        page = client.get(f"/afsprakenkaart/{card.pk}/pdf/")
        assert page.status_code == 429
        assert page["Content-Type"].startswith("text/html")
        assert 1 <= int(page["Retry-After"]) <= 3600
        text = page.content.decode()
        assert "Te veel verzoeken" in text
        assert "no-store" in page["Cache-Control"]
        refused = api.get(f"/api/v1/agreement-cards/{card.pk}/pdf/")
        assert refused.status_code == 429
        assert "detail" in refused.json()
        # Other API calls are not exports: the user's own limit still has room.
        assert api.get("/api/v1/me/").status_code == 200
        # A colleague has a count of their own.
        client.force_login(world.users["coordinator"])
        assert client.get(f"/afsprakenkaart/{card.pk}/pdf/").status_code == 200


def test_the_calendar_feed_is_limited_per_key(world):
    feed = f"/calendar/{world.objects['feed_key']}.ics"
    with rates(exports="2/min"):
        client = APIClient()
        assert [client.get(feed).status_code for _ in range(2)] == [200, 200]
        refused = client.get(feed)
        assert refused.status_code == 429
        assert refused["Retry-After"]
        # An unknown key is not the subscriber's count (and answers 404 as before).
        assert client.get("/calendar/unknown-key.ics").status_code == 404


def test_the_limit_is_read_from_the_setting(world):
    """Without a tiny rate the same requests pass (the test settings set rates far above the suite's use)."""
    member = token_client(world.users["member"])
    assert all(member.get("/api/v1/me/").status_code == 200 for _ in range(5))


def test_an_address_that_guesses_tokens_is_refused_even_with_a_right_one(world):
    """DRF checks credentials before its throttles, so wrong tokens are counted per address on their own."""
    right = Token.objects.create(user=world.users["member"]).key
    guesser = APIClient(REMOTE_ADDR="203.0.113.7")
    with rates(token_failures="3/min"):
        for attempt in range(3):
            guesser.credentials(HTTP_AUTHORIZATION=f"Token {'0' * 39}{attempt}")
            assert guesser.get("/api/v1/me/").status_code == 401
        guesser.credentials(HTTP_AUTHORIZATION=f"Token {right}")
        refused = guesser.get("/api/v1/me/")
        assert refused.status_code == 429
        assert refused["Retry-After"]
        # Another address with the right token is not affected; neither is a browser session from the same one.
        elsewhere = APIClient(REMOTE_ADDR="198.51.100.4")
        elsewhere.credentials(HTTP_AUTHORIZATION=f"Token {right}")
        assert elsewhere.get("/api/v1/me/").status_code == 200
        session = APIClient(REMOTE_ADDR="203.0.113.7")
        session.force_login(world.users["member"])
        assert session.get("/api/v1/me/").status_code == 200
