"""Permission-matrix rows of the case pages, the intervention matrix and interventions (see tests/matrix.py).

The world's case is led by youth work (member, coordinator); police, enforcement, care and the school take part (the
school's share of the signal expired: it sees the case, not the signal); the OOV coordinator's organisation does not.
"""

from tests.matrix_base import ANON_HTML, Endpoint, expect, only

LEAD = ["member", "coordinator"]
PARTICIPANTS = [*LEAD, "police_summary", "enforcement_facts", "care_full", "school_none"]
SEE_SIGNAL = [*LEAD, "police_summary", "enforcement_facts", "care_full"]


def _case(world) -> str:
    return f"/casussen/{world.objects['case'].pk}/"


HTML_INTERVENTION_ENDPOINTS = [
    Endpoint("interventiematrix/", "get", "/interventiematrix/", expect(200, anonymous=ANON_HTML)),
    Endpoint(
        "interventiematrix/",
        "get",
        "/interventiematrix/?phase=crisis&mode=online&partner_type=politie&target=group&q=de",
        expect(200, anonymous=ANON_HTML),
    ),
    Endpoint("casussen/", "get", "/casussen/", expect(200, anonymous=ANON_HTML)),
    Endpoint("casussen/", "get", "/casussen/?phase=crisis", expect(200, anonymous=ANON_HTML)),
    Endpoint("casussen/nieuw/", "get", "/casussen/nieuw/", expect(200, anonymous=ANON_HTML, operator=404)),
    Endpoint(
        "casussen/nieuw/",
        "get",
        lambda w: f"/casussen/nieuw/?signaal={w.objects['signal'].pk}&q=twee",
        expect(200, anonymous=ANON_HTML, operator=404),
    ),
    Endpoint("casussen/nieuw/", "post", "/casussen/nieuw/", expect(400, anonymous=ANON_HTML, operator=404)),
    Endpoint("casussen/<uuid:pk>/", "get", _case, only(200, PARTICIPANTS)),
    Endpoint("casussen/<uuid:pk>/bewerken/", "get", lambda w: f"{_case(w)}bewerken/", only(200, LEAD)),
    Endpoint("casussen/<uuid:pk>/bewerken/", "post", lambda w: f"{_case(w)}bewerken/", only(400, LEAD)),
    Endpoint("casussen/<uuid:pk>/fase/", "get", lambda w: f"{_case(w)}fase/", only(200, LEAD)),
    Endpoint("casussen/<uuid:pk>/fase/", "post", lambda w: f"{_case(w)}fase/", only(400, LEAD)),
    Endpoint("casussen/<uuid:pk>/signalen/", "get", lambda w: f"{_case(w)}signalen/", only(200, PARTICIPANTS)),
    Endpoint("casussen/<uuid:pk>/signalen/", "post", lambda w: f"{_case(w)}signalen/", only(400, PARTICIPANTS)),
    Endpoint("casussen/<uuid:pk>/actieplan/", "get", lambda w: f"{_case(w)}actieplan/", only(200, PARTICIPANTS)),
    Endpoint(
        "casussen/<uuid:pk>/interventies/nieuw/",
        "get",
        lambda w: f"{_case(w)}interventies/nieuw/?type=crisis-de-escalatie",
        only(200, PARTICIPANTS),
    ),
    Endpoint(
        "casussen/<uuid:pk>/interventies/nieuw/",
        "post",
        lambda w: f"{_case(w)}interventies/nieuw/",
        only(400, PARTICIPANTS),
    ),
    Endpoint(
        "signalen/<uuid:signal_pk>/interventies/nieuw/",
        "get",
        lambda w: f"/signalen/{w.objects['signal'].pk}/interventies/nieuw/",
        only(200, SEE_SIGNAL),
    ),
    Endpoint(
        "interventies/<uuid:pk>/",
        "get",
        lambda w: f"/interventies/{w.objects['case_intervention'].pk}/",
        only(200, PARTICIPANTS),
    ),
    Endpoint(
        "interventies/<uuid:pk>/",
        "get",
        lambda w: f"/interventies/{w.objects['signal_intervention'].pk}/",
        only(200, LEAD),
    ),
    # On the signal, carried out by enforcement (facts level): it reads the texts without the poster's name.
    Endpoint(
        "interventies/<uuid:pk>/",
        "get",
        lambda w: f"/interventies/{w.objects['enforcement_intervention'].pk}/",
        only(200, [*LEAD, "enforcement_facts"]),
    ),
    # The executing organisation (police), the registering one and the case lead (youth work) change it.
    Endpoint(
        "interventies/<uuid:pk>/",
        "post",
        lambda w: f"/interventies/{w.objects['case_intervention'].pk}/",
        only(400, [*LEAD, "police_summary"]),
    ),
    # Writes that change the world come last.
    Endpoint("casussen/<uuid:pk>/actieplan/", "post", lambda w: f"{_case(w)}actieplan/", only(302, LEAD)),
    Endpoint(
        "casussen/<uuid:pk>/signalen/<uuid:signal_pk>/eruit/",
        "post",
        lambda w: f"{_case(w)}signalen/{w.objects['signal'].pk}/eruit/",
        only(302, SEE_SIGNAL),
    ),
]
