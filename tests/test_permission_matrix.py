"""Every URL × every role answers as the matrix says. Missing and forbidden objects both answer 404."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.test import APIClient

from tests.matrix import ENDPOINTS, IGNORED_PREFIXES
from tests.roles import ROLES, build_world

pytestmark = pytest.mark.django_db


def _routes(resolver: URLResolver, prefix: str = ""):
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _routes(entry, route)
        elif isinstance(entry, URLPattern):
            yield route


def test_every_url_pattern_is_in_the_matrix():
    known = {endpoint.pattern for endpoint in ENDPOINTS}
    routes = {r for r in _routes(get_resolver()) if not r.startswith(IGNORED_PREFIXES) or r == "admin/"}
    # DRF's format-suffix variants and Django's admin internals are covered by their base route.
    missing = sorted(r for r in routes if r not in known and "<drf_format_suffix" not in r)
    assert missing == [], f"add these URLs to tests/matrix.py: {missing}"


@pytest.mark.parametrize("role", ROLES)
def test_matrix(role):
    world = build_world()
    client = APIClient()
    user = world.users[role]
    if user is not None:
        client.force_login(user)
    failures = []
    for endpoint in ENDPOINTS:
        response = getattr(client, endpoint.method)(endpoint.resolve(world))
        expected = endpoint.expected[role]
        if response.status_code != expected:
            failures.append(f"{endpoint.method.upper()} {endpoint.pattern}: {response.status_code} != {expected}")
        if endpoint.method == "post" and endpoint.pattern == "accounts/logout/" and user is not None:
            client.force_login(user)
    assert failures == []
