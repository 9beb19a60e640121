"""Canary: marked strings in restricted fields never reach a caller below that field's level, on any URL."""

import pytest
from rest_framework.test import APIClient

from partners.visibility import AccessLevel
from tests.matrix import ENDPOINTS
from tests.roles import CANARY_FACTS, CANARY_FULL, CANARY_LEVEL, CANARY_OWNER, ROLES, build_world

# Each marker and the lowest level that may read it.
MARKERS = {CANARY_FACTS: AccessLevel.FACTS, CANARY_FULL: AccessLevel.FULL, CANARY_OWNER: AccessLevel.OWNER}

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", [r for r in ROLES if CANARY_LEVEL[r] < AccessLevel.OWNER])
def test_restricted_text_never_leaks(role):
    world = build_world()
    client = APIClient()
    if world.users[role] is not None:
        client.force_login(world.users[role])
    for endpoint in ENDPOINTS:
        if endpoint.method != "get":
            continue
        response = client.get(endpoint.resolve(world))
        body = b"".join(response.streaming_content) if response.streaming else response.content
        for marker, needed in MARKERS.items():
            if CANARY_LEVEL[role] < needed:
                assert marker.encode() not in body, f"{endpoint.pattern} leaks {marker} to {role}"


def test_canary_is_readable_where_allowed():
    """Guard against a canary test that cannot fail: the owner does read the marked text through the core."""
    from partners.visibility import get_signal_for_user, redact_signal

    world = build_world()
    signal = get_signal_for_user(world.users["member"], world.objects["signal"].pk)
    assert CANARY_FACTS in redact_signal(signal, signal.access_level).message_text
    shared = get_signal_for_user(world.users["police_summary"], world.objects["signal"].pk)
    assert redact_signal(shared, shared.access_level).message_text is None
