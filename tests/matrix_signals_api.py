"""Permission-matrix rows of the signals API (see tests/matrix.py).

The canary signal is owned by the youth organisation (``member``, ``coordinator``) and shared with the police at
summary level (``police_summary``), municipal enforcement at facts level (``enforcement_facts``) and a care
partner at full level (``care_full``); the school's share has expired and the OOV share was revoked. Reading what
one may not see answers 404; writing where one may only read answers 403. Bodies are empty: a 400 shows the caller
passed the permission check and reached validation."""

from tests.matrix_base import ANON_API, Endpoint, expect


def _signal(world, suffix=""):
    return f"/api/v1/signals/{world.objects['signal'].id}/{suffix}"


# Every authenticated user; operators (no membership) see an empty list.
EVERYONE = expect(200, anonymous=ANON_API)
# The owner organisation reads; everybody else gets 404, as for a signal that does not exist.
OWNER_READS = expect(404, anonymous=ANON_API, member=200, coordinator=200)
# Partners who can read the signal, at any level.
READERS = {"police_summary", "enforcement_facts", "care_full"}
# The owner organisation writes; partners who can read the signal get 403; the rest 404.
OWNER_WRITES = expect(404, anonymous=ANON_API, member=200, coordinator=200, **dict.fromkeys(READERS, 403))
# Same, for an empty body that the owner's write answers with validation errors.
OWNER_WRITES_INVALID = expect(404, anonymous=ANON_API, member=400, coordinator=400, **dict.fromkeys(READERS, 403))
# Everyone who can read the signal, at any level.
ALL_READERS = expect(404, anonymous=ANON_API, member=200, coordinator=200, **dict.fromkeys(READERS, 200))
# Everyone who can read the signal writes; an empty body answers validation errors.
ALL_READERS_WRITE_INVALID = expect(404, anonymous=ANON_API, member=400, coordinator=400, **dict.fromkeys(READERS, 400))

API_SIGNAL_ENDPOINTS = [
    Endpoint("api/v1/signals/", "get", "/api/v1/signals/", EVERYONE),
    # Empty body: required fields missing (400) for every member; no membership, no signal (403).
    Endpoint("api/v1/signals/", "post", "/api/v1/signals/", expect(400, anonymous=ANON_API, operator=403)),
    Endpoint("api/v1/signals/<uuid:pk>/", "get", _signal, ALL_READERS),
    Endpoint("api/v1/signals/<uuid:pk>/", "patch", _signal, OWNER_WRITES),
    # Steps: a partner at summary level reads no step; facts/full read steps 1-2.
    Endpoint(
        "api/v1/signals/<uuid:pk>/steps/<int:n>/",
        "get",
        lambda w: _signal(w, "steps/1/"),
        OWNER_READS | {"enforcement_facts": 200, "care_full": 200},
    ),
    Endpoint("api/v1/signals/<uuid:pk>/steps/<int:n>/", "get", lambda w: _signal(w, "steps/3/"), OWNER_READS),
    Endpoint(
        "api/v1/signals/<uuid:pk>/steps/<int:n>/",
        "get",
        lambda w: _signal(w, "steps/6/"),
        OWNER_READS
        | {
            "member": 404,
            "coordinator": 404,
        },
    ),
    Endpoint("api/v1/signals/<uuid:pk>/steps/<int:n>/", "put", lambda w: _signal(w, "steps/1/"), OWNER_WRITES),
    Endpoint("api/v1/signals/<uuid:pk>/reviews/", "get", lambda w: _signal(w, "reviews/"), OWNER_READS),
    # Four eyes: the member logged the signal and answered step 1, so only the coordinator can review it.
    Endpoint(
        "api/v1/signals/<uuid:pk>/reviews/",
        "post",
        lambda w: _signal(w, "reviews/"),
        OWNER_WRITES_INVALID | {"coordinator": 201},
    ),
    # Partners who can read the signal read the actions they proposed or carry out, and propose one.
    Endpoint("api/v1/signals/<uuid:pk>/actions/", "get", lambda w: _signal(w, "actions/"), ALL_READERS),
    Endpoint("api/v1/signals/<uuid:pk>/actions/", "post", lambda w: _signal(w, "actions/"), ALL_READERS_WRITE_INVALID),
    # Changing an action is the owner's: partners do not get to it (404, not 403).
    Endpoint("api/v1/actions/<uuid:pk>/", "patch", lambda w: f"/api/v1/actions/{w.objects['action'].id}/", OWNER_READS),
    Endpoint("api/v1/signals/<uuid:pk>/history/", "get", lambda w: _signal(w, "history/"), OWNER_READS),
    # Shares are owner information, like its history: partners who read the signal get 404 to read, 403 to write.
    Endpoint("api/v1/signals/<uuid:pk>/shares/", "get", lambda w: _signal(w, "shares/"), OWNER_READS),
    Endpoint("api/v1/signals/<uuid:pk>/shares/", "post", lambda w: _signal(w, "shares/"), OWNER_WRITES_INVALID),
    # Revokes the police share (a fresh world per role).
    Endpoint(
        "api/v1/signals/<uuid:pk>/shares/<uuid:share_id>/",
        "delete",
        lambda w: _signal(w, f"shares/{w.objects['share'].id}/"),
        OWNER_WRITES | {"member": 204, "coordinator": 204},
    ),
    # The joint interpretation: everyone who can read the signal, at any level.
    Endpoint("api/v1/signals/<uuid:pk>/comments/", "get", lambda w: _signal(w, "comments/"), ALL_READERS),
    Endpoint(
        "api/v1/signals/<uuid:pk>/comments/", "post", lambda w: _signal(w, "comments/"), ALL_READERS_WRITE_INVALID
    ),
    # Double-checks of steps 1-2: from facts level (the police at summary level cannot read the answers).
    Endpoint(
        "api/v1/signals/<uuid:pk>/double-checks/",
        "get",
        lambda w: _signal(w, "double-checks/"),
        OWNER_READS | {"enforcement_facts": 200, "care_full": 200},
    ),
    Endpoint(
        "api/v1/signals/<uuid:pk>/double-checks/",
        "post",
        lambda w: _signal(w, "double-checks/"),
        ALL_READERS_WRITE_INVALID | {"police_summary": 403},
    ),
    # The access log: the owner organisation's coordinator only.
    Endpoint(
        "api/v1/signals/<uuid:pk>/access-log/",
        "get",
        lambda w: _signal(w, "access-log/"),
        expect(404, anonymous=ANON_API, coordinator=200),
    ),
    Endpoint(
        "api/v1/signals/<uuid:pk>/attachments/", "post", lambda w: _signal(w, "attachments/"), OWNER_WRITES_INVALID
    ),
    # Owner and full receivers only.
    Endpoint(
        "api/v1/attachments/<uuid:pk>/",
        "get",
        lambda w: f"/api/v1/attachments/{w.objects['attachment'].id}/",
        OWNER_READS | {"care_full": 200},
    ),
    Endpoint("api/v1/phenomena/", "get", "/api/v1/phenomena/", EVERYONE),
]
