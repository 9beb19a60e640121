"""The API fuzzed with schemathesis (issue #9): a live server with the permission matrix's world, a member's token,
the schema from /api/schema/, and for every operation a bounded number of generated requests (valid ones and, with
only the server-error and cookie checks, invalid ones). No answer may be a server error or set a cookie, and every
answer to a valid request must be one the schema lists, in the content type and shape it describes.

Deterministic (``derandomize``): the same requests on every run, so a failure here is reproducible, not luck. More
examples locally: ``FUZZ_EXAMPLES=50 pytest tests/test_api_fuzz.py``.
"""

import contextlib
import os

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.factories import restore_reference_data
from tests.roles import build_world

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "5"))


@schemathesis.check
def no_cookie_for_a_token_caller(ctx, response, case):
    """A program with a token has no session and no form: no answer may set a cookie (a path that resolved to no
    view once answered the site's 404 page with its CSRF cookie; config/errors.py). Clearing one is fine: the schema
    names the session cookie as a way in, so schemathesis sends made-up ``sessionid`` values, and Django's session
    middleware answers those by deleting the cookie (empty value, ``Max-Age=0``)."""
    set_cookies = []
    for cookie in response.headers.get("set-cookie", []):
        name, _, value = cookie.split(";", 1)[0].partition("=")
        cleared = not value.strip('"') and "max-age=0" in cookie.lower().replace(" ", "")
        if not cleared:
            set_cookies.append(name)
    assert not set_cookies, f"a cookie for a token caller: {set_cookies}"


VALID_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    no_cookie_for_a_token_caller,
]
INVALID_CHECKS = [not_a_server_error, no_cookie_for_a_token_caller]


def _real_ids(world) -> dict[str, dict]:
    """Path parameters naming the world's objects, by the path's first segment after /api/v1/: generated requests
    on them reach the serializers and services, not only the 404 of an id that does not exist."""
    from interventions.models import InterventionType

    objects = world.objects
    return {
        "actions": {"id": str(objects["action"].pk)},
        "agreement-cards": {"id": str(objects["card_concept"].pk)},
        "attachments": {"id": str(objects["attachment"].pk)},
        "cases": {"id": str(objects["case"].pk)},
        "evaluations": {"id": str(objects["evaluation"].pk)},
        "intervention-types": {"code": InterventionType.objects.order_by("code").values_list("code", flat=True)[0]},
        "interventions": {"id": str(objects["signal_intervention"].pk)},
        "organisations": {"id": str(objects["police"].pk)},
        "risk-events": {"id": str(objects["spare_risk_event"].pk)},
        "signals": {"id": str(objects["signal"].pk), "share_id": str(objects["share"].pk)},
    }


def _fuzz(operation, mode, checks, base_url, headers, examples=EXAMPLES, path_parameters=None) -> list[str]:
    failures: list[str] = []

    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=path_parameters))
    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        try:
            case.call_and_validate(base_url=base_url, headers=headers, checks=checks, timeout=30)
        except FailureGroup as group:
            found = "\n  ".join(f"{failure.title}: {failure.message}"[:1500] for failure in group.exceptions)
            failures.append(f"{operation.label} ({mode.value}):\n  {found}\n  {case.as_curl_command(headers)}")
        except AssertionError as exc:
            failures.append(f"{operation.label} ({mode.value}): {exc}\n  {case.as_curl_command(headers)}")

    # Unsatisfiable: nothing in this operation can be made invalid (no parameters, no body): nothing to try.
    with contextlib.suppress(Unsatisfiable):
        run()
    return failures


@pytest.mark.django_db(transaction=True)
def test_api_fuzz_finds_no_server_error_and_no_schema_violation(live_server):
    restore_reference_data()
    world = build_world()
    token = Token.objects.create(user=world.users["member"])
    headers = {"Authorization": f"Token {token.key}"}
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/schema/", headers=headers)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 40  # the whole API, not an empty or refused schema
    # Removals last, so the other operations still find the world's objects.
    operations.sort(key=lambda operation: operation.method.upper() == "DELETE")
    real_ids = _real_ids(world)
    failures = []
    for operation in operations:
        failures += _fuzz(operation, GenerationMode.POSITIVE, VALID_CHECKS, live_server.url, headers)
        failures += _fuzz(
            operation, GenerationMode.NEGATIVE, INVALID_CHECKS, live_server.url, headers, examples=max(2, EXAMPLES // 2)
        )
        names = {parameter.name for parameter in operation.path_parameters}
        known = real_ids.get(operation.path.removeprefix("/api/v1/").split("/")[0], {})
        if names and names <= set(known):
            given_ids = {name: known[name] for name in names}
            failures += _fuzz(
                operation, GenerationMode.POSITIVE, VALID_CHECKS, live_server.url, headers, path_parameters=given_ids
            )
    assert failures == [], "\n\n".join(failures)
