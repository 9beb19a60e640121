"""The matrix rows of the evaluations API (/api/v1/evaluations/).

The world's aftercare case (tests/roles.py ``aftercare_case``) is led by youth work; police, enforcement, care and
the OOV coordinator's organisation take part, the school does not (IN_AFTERCARE_CASE). Its evaluation is finalised.
An evaluation is seen by the organisations taking part in its case; everybody else (the school, the operator, the
other network) gets 404, as for an evaluation that does not exist. Only the network coordinator starts one; anybody
else gets 403, whatever the body.

Bodies are empty: a 400 shows the caller passed the permission check and reached validation; an empty PATCH changes
nothing and answers 200 (also on a finalised evaluation: nothing is written). Asking for the report queues it (the
worker never runs here), so the answer is 202 for every participant; it makes the organisation's report row, which
changes the world a little, so it comes last."""

from tests.matrix_base import ANON_API, Endpoint, expect
from tests.roles import IN_AFTERCARE_CASE

COORDINATOR = "network_coordinator"

# Every signed-in user: the evaluations of the cases their organisation takes part in (the others: empty).
EVERYONE = expect(200, anonymous=ANON_API)
# A status that does not exist: a validation error of the filter, for everyone signed in.
BAD_FILTER = expect(400, anonymous=ANON_API)
# Starting an evaluation: the coordinator reaches validation (no case given: 400); anybody else 403.
COORDINATOR_WRITE_INVALID = expect(403, anonymous=ANON_API, **{COORDINATOR: 400})
# The evaluation of the aftercare case: read (and, for the own part, written) by its participants; 404 otherwise.
PARTICIPANTS_READ = expect(404, anonymous=ANON_API, **dict.fromkeys(IN_AFTERCARE_CASE, 200))
# The report: being made (202) for every participant.
REPORT_QUEUED = expect(404, anonymous=ANON_API, **dict.fromkeys(IN_AFTERCARE_CASE, 202))


def _evaluation(world, suffix=""):
    return f"/api/v1/evaluations/{world.objects['evaluation'].id}/{suffix}"


API_AFTERCARE_ENDPOINTS = [
    Endpoint("api/v1/evaluations/", "get", "/api/v1/evaluations/", EVERYONE),
    Endpoint("api/v1/evaluations/", "get", "/api/v1/evaluations/?status=finalised", EVERYONE),
    Endpoint("api/v1/evaluations/", "get", lambda w: f"/api/v1/evaluations/?case={w.objects['case'].id}", EVERYONE),
    Endpoint("api/v1/evaluations/", "get", "/api/v1/evaluations/?status=closed", BAD_FILTER),
    Endpoint("api/v1/evaluations/", "post", "/api/v1/evaluations/", COORDINATOR_WRITE_INVALID),
    Endpoint("api/v1/evaluations/<uuid:pk>/", "get", _evaluation, PARTICIPANTS_READ),
    Endpoint("api/v1/evaluations/<uuid:pk>/", "patch", _evaluation, PARTICIPANTS_READ),
    # Writes that change the world come last: asking for the report makes the organisation's report row.
    Endpoint("api/v1/evaluations/<uuid:pk>/report/", "get", lambda w: _evaluation(w, "report/"), REPORT_QUEUED),
]
