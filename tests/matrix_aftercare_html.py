"""Permission-matrix rows of the aftercare pages: the aftercare plan and misinformation log of a case, support for
own staff, and the evaluations with their report (see tests/matrix.py, aftercare/urls.py).

The world's aftercare case (tests/roles.py ``aftercare_case``) is led by youth work; police, enforcement, care and
the OOV coordinator's organisation take part, the school does not (IN_AFTERCARE_CASE). Its plan, its misinformation
log and its evaluation (finalised) are read and written by its participants; for everybody else (the school, the
operator, the other network) they do not exist: 404. The youth worker's internal report of a burdening incident is
read by them and by their organisation's coordinator (READS_STAFF_REPORT), nobody else (404); the coordinator
follows it up, the reporter who posts a follow-up gets 403. Every member has the support pages (their own reports);
the operator, without an organisation, gets 404. Only the network coordinator starts, concludes and finalises an
evaluation and carries a lesson into the afsprakenkaart: the other participants see the evaluation, so they get 403.

Bodies are empty. Forms that fail validation show the page again with the errors: 400. Steps on the finalised
evaluation are refused without changing it: its part and conclusions pages and finalising again send the
participants back to the evaluation (302). The plan is complete, so making it again adds nothing (302, back to the
plan); the case is already evaluated, so starting again sends the coordinator to the evaluation (302). The report
of the finalised evaluation is asked for by the evaluation page, the report page and the download (which sends back
to the report page while it is being made: 302); asking makes the organisation's report row, which changes the world
a little, so those rows come last."""

from tests.matrix_base import ANON_HTML, Endpoint, expect, only
from tests.roles import IN_AFTERCARE_CASE, READS_STAFF_REPORT

COORDINATOR = ["network_coordinator"]
# The participants that are not the network coordinator: they read the evaluation, so its steps answer 403.
NOT_COORDINATING = [role for role in IN_AFTERCARE_CASE if role not in COORDINATOR]
# The organisations taking part in the world's other case (in crisis): the school takes part, OOV does not.
IN_CRISIS_CASE = ["member", "coordinator", "police_summary", "enforcement_facts", "care_full", "school_none"]
# Every signed-in user: their own (the operator: none).
EVERYONE = expect(200, anonymous=ANON_HTML)
# Every member of an organisation: the operator has none, so no support pages (404).
MEMBERS = expect(200, anonymous=ANON_HTML, operator=404)
# Something of the aftercare case: its participants; 404 for everybody else.
PARTICIPANTS = only(200, IN_AFTERCARE_CASE)
PARTICIPANTS_INVALID = only(400, IN_AFTERCARE_CASE)
PARTICIPANTS_BACK = only(302, IN_AFTERCARE_CASE)
# A step of the network coordinator on the evaluation: the other participants get 403.
COORDINATOR_STEP = only(403, NOT_COORDINATING)


def _case(world, suffix: str = "", name: str = "aftercare_case") -> str:
    return f"/casussen/{world.objects[name].pk}/{suffix}"


def _evaluation(world, suffix: str = "") -> str:
    return f"/evaluaties/{world.objects['evaluation'].pk}/{suffix}"


def _task(world) -> str:
    return f"/nazorgtaken/{world.objects['aftercare_task'].pk}/"


def _rumour(world) -> str:
    return f"/misinformatie/{world.objects['rumour'].pk}/"


def _staff_report(world) -> str:
    return f"/ondersteuning/{world.objects['staff_report'].pk}/"


HTML_AFTERCARE_ENDPOINTS = [
    # The aftercare plan and the misinformation log.
    Endpoint("casussen/<uuid:pk>/nazorg/", "get", lambda w: _case(w, "nazorg/"), PARTICIPANTS),
    # The page of a case that is not (yet) in aftercare: its own participants (the school too; OOV does not).
    Endpoint("casussen/<uuid:pk>/nazorg/", "get", lambda w: _case(w, "nazorg/", "case"), only(200, IN_CRISIS_CASE)),
    Endpoint(
        "casussen/<uuid:pk>/nazorg/plan-maken/", "post", lambda w: _case(w, "nazorg/plan-maken/"), PARTICIPANTS_BACK
    ),
    Endpoint("casussen/<uuid:pk>/nazorg/taak/", "post", lambda w: _case(w, "nazorg/taak/"), PARTICIPANTS_INVALID),
    Endpoint("nazorgtaken/<uuid:pk>/", "get", _task, PARTICIPANTS),
    Endpoint("nazorgtaken/<uuid:pk>/", "post", _task, PARTICIPANTS_INVALID),
    Endpoint(
        "casussen/<uuid:pk>/misinformatie/nieuw/", "get", lambda w: _case(w, "misinformatie/nieuw/"), PARTICIPANTS
    ),
    Endpoint(
        "casussen/<uuid:pk>/misinformatie/nieuw/",
        "post",
        lambda w: _case(w, "misinformatie/nieuw/"),
        PARTICIPANTS_INVALID,
    ),
    Endpoint("misinformatie/<uuid:pk>/", "get", _rumour, PARTICIPANTS),
    Endpoint("misinformatie/<uuid:pk>/", "post", _rumour, PARTICIPANTS_INVALID),
    # Support for own staff: the reporter and their organisation's coordinator.
    Endpoint("ondersteuning/", "get", "/ondersteuning/", MEMBERS),
    Endpoint("ondersteuning/melden/", "get", "/ondersteuning/melden/", MEMBERS),
    Endpoint("ondersteuning/melden/", "post", "/ondersteuning/melden/", expect(400, anonymous=ANON_HTML, operator=404)),
    Endpoint("ondersteuning/<uuid:pk>/", "get", _staff_report, only(200, READS_STAFF_REPORT)),
    # The coordinator reaches the follow-up form (nothing chosen: 400); the reporter may not follow it up (403).
    Endpoint("ondersteuning/<uuid:pk>/", "post", _staff_report, only(400, ["coordinator"]) | {"member": 403}),
    # Evaluations.
    Endpoint("evaluaties/", "get", "/evaluaties/", EVERYONE),
    # The case is already evaluated: the coordinator is sent to its evaluation.
    Endpoint(
        "casussen/<uuid:pk>/evaluatie/starten/",
        "post",
        lambda w: _case(w, "evaluatie/starten/"),
        COORDINATOR_STEP | {"network_coordinator": 302},
    ),
    # A case the coordinator's organisation does not take part in: not found for them; 403 for its participants.
    Endpoint(
        "casussen/<uuid:pk>/evaluatie/starten/",
        "post",
        lambda w: _case(w, "evaluatie/starten/", "case"),
        only(403, IN_CRISIS_CASE),
    ),
    Endpoint("evaluaties/<uuid:pk>/ons-deel/", "get", lambda w: _evaluation(w, "ons-deel/"), PARTICIPANTS_BACK),
    Endpoint("evaluaties/<uuid:pk>/ons-deel/", "post", lambda w: _evaluation(w, "ons-deel/"), PARTICIPANTS_BACK),
    Endpoint(
        "evaluaties/<uuid:pk>/afronden/",
        "get",
        lambda w: _evaluation(w, "afronden/"),
        COORDINATOR_STEP | {"network_coordinator": 302},
    ),
    Endpoint(
        "evaluaties/<uuid:pk>/afronden/",
        "post",
        lambda w: _evaluation(w, "afronden/"),
        COORDINATOR_STEP | {"network_coordinator": 302},
    ),
    Endpoint(
        "evaluaties/<uuid:pk>/vaststellen/",
        "post",
        lambda w: _evaluation(w, "vaststellen/"),
        COORDINATOR_STEP | {"network_coordinator": 302},
    ),
    Endpoint(
        "evaluaties/<uuid:pk>/naar-afsprakenkaart/",
        "post",
        lambda w: _evaluation(w, "naar-afsprakenkaart/"),
        COORDINATOR_STEP | {"network_coordinator": 400},
    ),
    # Rows that change the world come last: these ask for the organisation's report (a report row, queued).
    Endpoint("evaluaties/<uuid:pk>/", "get", _evaluation, PARTICIPANTS),
    Endpoint("evaluaties/<uuid:pk>/rapport/", "get", lambda w: _evaluation(w, "rapport/"), PARTICIPANTS),
    Endpoint(
        "evaluaties/<uuid:pk>/rapport/download/",
        "get",
        lambda w: _evaluation(w, "rapport/download/"),
        PARTICIPANTS_BACK,
    ),
]
