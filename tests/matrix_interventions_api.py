"""The matrix rows of the cases and interventions API (/api/v1/cases/, intervention-types/, interventions/).

The case (tests/roles.py) is led by youth work (``member``, ``coordinator``); the police, enforcement, the care
partner and the school take part; the OOV coordinator's organisation does not. Its intervention is carried out by
the police; the intervention on the canary signal is youth work's own (nobody else carries it out or registered it).
Seeing nothing answers 404; writing where one may only read answers 403. Bodies are empty: a 400 shows the caller
passed the permission check and reached validation; an empty PATCH changes nothing and answers 200."""

from tests.matrix_base import ANON_API, Endpoint, expect

# Every authenticated user; operators (no membership) and the other network see empty lists.
EVERYONE = expect(200, anonymous=ANON_API)
# Creating needs a membership: an empty body answers validation errors to members, 403 to an operator.
MEMBERS_WRITE_INVALID = expect(400, anonymous=ANON_API, operator=403)
# The organisations taking part in the case; everybody else gets 404, as for a case that does not exist.
PARTICIPANTS = ["member", "coordinator", "police_summary", "enforcement_facts", "care_full", "school_none"]
CASE_READERS = expect(404, anonymous=ANON_API, **dict.fromkeys(PARTICIPANTS, 200))
# The case's intervention: the lead (youth work, which registered it) and the police (carrying it out) change it;
# the other participants read it and get 403 on a write.
CASE_INTERVENTION_WRITERS = CASE_READERS | {"enforcement_facts": 403, "care_full": 403, "school_none": 403}
# The intervention on the canary signal: youth work only.
YOUTH_ONLY = expect(404, anonymous=ANON_API, member=200, coordinator=200)


def _case(world):
    return f"/api/v1/cases/{world.objects['case'].id}/"


def _intervention(world, name):
    return f"/api/v1/interventions/{world.objects[name].id}/"


def _intervention_type(world):
    from interventions.models import InterventionType

    entry = InterventionType.objects.filter(is_active=True).order_by("position").first()
    return f"/api/v1/intervention-types/{entry.code}/"


API_INTERVENTION_ENDPOINTS = [
    Endpoint("api/v1/cases/", "get", "/api/v1/cases/", EVERYONE),
    Endpoint("api/v1/cases/", "post", "/api/v1/cases/", MEMBERS_WRITE_INVALID),
    Endpoint("api/v1/cases/<uuid:pk>/", "get", _case, CASE_READERS),
    # Any participant may PATCH (adding signals); the lead's fields answer 403 to the others (interventions tests).
    Endpoint("api/v1/cases/<uuid:pk>/", "patch", _case, CASE_READERS),
    # The matrix is reference data, like the phenomena: every signed-in user.
    Endpoint("api/v1/intervention-types/", "get", "/api/v1/intervention-types/", EVERYONE),
    Endpoint("api/v1/intervention-types/<slug:code>/", "get", _intervention_type, EVERYONE),
    Endpoint(
        "api/v1/intervention-types/<slug:code>/",
        "get",
        "/api/v1/intervention-types/no-such-entry/",
        expect(404, anonymous=ANON_API),
    ),
    Endpoint("api/v1/interventions/", "get", "/api/v1/interventions/", EVERYONE),
    Endpoint("api/v1/interventions/", "post", "/api/v1/interventions/", MEMBERS_WRITE_INVALID),
    Endpoint("api/v1/interventions/<uuid:pk>/", "get", lambda w: _intervention(w, "case_intervention"), CASE_READERS),
    Endpoint(
        "api/v1/interventions/<uuid:pk>/",
        "patch",
        lambda w: _intervention(w, "case_intervention"),
        CASE_INTERVENTION_WRITERS,
    ),
    Endpoint("api/v1/interventions/<uuid:pk>/", "get", lambda w: _intervention(w, "signal_intervention"), YOUTH_ONLY),
    Endpoint(
        "api/v1/interventions/<uuid:pk>/",
        "get",
        lambda w: _intervention(w, "enforcement_intervention"),
        {**YOUTH_ONLY, "enforcement_facts": 200},
    ),
    Endpoint("api/v1/interventions/<uuid:pk>/", "patch", lambda w: _intervention(w, "signal_intervention"), YOUTH_ONLY),
]
