"""Canary: marked strings in restricted fields never reach a caller below that field's level, on any URL — also
through search, notifications and e-mails, and not after a share was revoked or expired."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from rest_framework.test import APIClient

from notifications.selectors import notifications_for, render_notifications
from partners.visibility import AccessLevel, get_signal_for_user, redact_signal
from signals import services, sharing
from signals.models import Share
from tests.matrix import ENDPOINTS
from tests.roles import (
    CANARY_FACTS,
    CANARY_FULL,
    CANARY_LEVEL,
    CANARY_OWNER,
    CANARY_RISK,
    ROLES,
    SEES_RISK_EVENT,
    build_world,
)

# Each marker and the lowest level that may read it.
MARKERS = {CANARY_FACTS: AccessLevel.FACTS, CANARY_FULL: AccessLevel.FULL, CANARY_OWNER: AccessLevel.OWNER}
BELOW_OWNER = [r for r in ROLES if CANARY_LEVEL[r] < AccessLevel.OWNER]
PARTNERS = ["police_summary", "enforcement_facts", "care_full"]
SUMMARY_TEXT = "Dreigende taal tussen twee groepen"  # the owner's sharing summary (tests/roles.py)

pytestmark = pytest.mark.django_db


def _client(world, role) -> APIClient:
    client = APIClient()
    if world.users[role] is not None:
        client.force_login(world.users[role])
    return client


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def _get_endpoints(world):
    return [(endpoint.pattern, endpoint.resolve(world)) for endpoint in ENDPOINTS if endpoint.method == "get"]


def _with_query(path: str, q: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}q={q}"


def _searching(text: str) -> str:
    """A query that finds ``text`` but is not ``text``: a page that shows the search box echoes the query back,
    so a whole marker in the answer is a leak, not the echo."""
    return text[:-2]


def _leaks(body: bytes, level: AccessLevel) -> list[str]:
    return [marker for marker, needed in MARKERS.items() if level < needed and marker.encode() in body]


@pytest.mark.parametrize("role", BELOW_OWNER)
def test_restricted_text_never_leaks(role):
    world = build_world()
    client = _client(world, role)
    for pattern, path in _get_endpoints(world):
        body = _body(client.get(path))
        assert not _leaks(body, CANARY_LEVEL[role]), f"{pattern} leaks {_leaks(body, CANARY_LEVEL[role])} to {role}"


# --- search -------------------------------------------------------------------------------------------------------

# The lists that search: a marker above the caller's level must not even make the row appear (or count).
SEARCHED_LISTS = ["/api/v1/signals/", "/api/v1/signals/?shared_with_us=true", "/signalen/gedeeld/"]


@pytest.mark.parametrize("role", BELOW_OWNER)
def test_search_never_reveals_a_marker_above_the_level(role):
    world = build_world()
    client = _client(world, role)
    level = CANARY_LEVEL[role]
    signal_id = str(world.objects["signal"].pk).encode()
    for marker, needed in MARKERS.items():
        q = _searching(marker)
        for pattern, path in _get_endpoints(world):
            body = _body(client.get(_with_query(path, q)))
            assert not _leaks(body, level), f"{pattern}?q={q} leaks {_leaks(body, level)} to {role}"
        if level >= needed:
            continue
        for path in SEARCHED_LISTS:
            response = client.get(_with_query(path, q))
            assert signal_id not in _body(response), f"{path} finds the signal by {q} for {role}"
        response = client.get(_with_query("/api/v1/signals/", q))
        if response.status_code == 200:
            assert response.json()["count"] == 0, f"the API counts the signal by {marker} for {role}"


@pytest.mark.parametrize(
    ("role", "q"),
    [
        ("police_summary", SUMMARY_TEXT),
        ("enforcement_facts", SUMMARY_TEXT),
        ("enforcement_facts", CANARY_FACTS),
        ("enforcement_facts", "wij pakken jullie vanavond"),
        ("care_full", CANARY_FACTS),
        ("care_full", CANARY_FULL),
        ("member", CANARY_FULL),
    ],
)
def test_search_does_find_what_the_level_reads(role, q):
    """Guard: the search test above proves something only if search finds the signal where the level allows."""
    world = build_world()
    response = _client(world, role).get(_with_query("/api/v1/signals/", _searching(q)))
    assert response.status_code == 200
    assert [row["id"] for row in response.json()["results"]] == [str(world.objects["signal"].pk)]


# --- notifications and e-mails --------------------------------------------------------------------------------------


def _busy_world():
    """The canary world where partners follow the signal, everybody comments and checks with the markers in the
    texts, a partner proposes an action and the signal turns acute: every kind of notification."""
    world = build_world()
    signal = world.objects["signal"]
    member = world.users["member"]
    for role in PARTNERS:
        sharing.follow(signal=signal, user=world.users[role])
    at_owner = get_signal_for_user(member, signal.pk)
    sharing.comment_create(
        signal=at_owner, acting_user=member, phase="beeldvorming", level="full", text=f"{CANARY_FULL} comment"
    )
    sharing.comment_create(
        signal=at_owner, acting_user=member, phase="beeldvorming", level="facts", text=f"{CANARY_FACTS} comment"
    )
    care = world.users["care_full"]
    sharing.comment_create(
        signal=get_signal_for_user(care, signal.pk),
        acting_user=care,
        phase="oordeelsvorming",
        text=f"Wij kennen {CANARY_FULL} alias",
    )
    enforcement = world.users["enforcement_facts"]
    sharing.double_check_create(
        signal=get_signal_for_user(enforcement, signal.pk),
        acting_user=enforcement,
        step=1,
        agrees=False,
        reading=f"{CANARY_FACTS} reading",
    )
    police = world.users["police_summary"]
    sharing.action_propose(
        signal=get_signal_for_user(police, signal.pk),
        acting_user=police,
        kind="opzoeken",
        executing_organisation=police.membership.organisation,
        description=f"{CANARY_FACTS} proposal",
    )
    services.step_save(signal=signal, number=3, answers={"ernstige_feiten": {"answer": "yes"}}, acting_user=member)
    return world


def _rendered(user) -> str:
    parts = []
    for item in render_notifications(user, notifications_for(user)):
        parts.append(item["sentence"])
        if item["signal"] is not None:
            parts.extend(
                repr(getattr(item["signal"], name)) for name in dir(item["signal"]) if not name.startswith("_")
            )
            parts.append(repr(item["signal"]._values))
    return "\n".join(parts)


@pytest.mark.parametrize("role", BELOW_OWNER)
def test_notifications_and_emails_never_carry_a_marker(role, eager_celery, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        world = _busy_world()
    level = CANARY_LEVEL[role]
    user = world.users[role]
    if user is None:
        return
    rendered = _rendered(user)
    assert not _leaks(rendered.encode(), level), f"notifications of {role}: {rendered}"
    client = _client(world, role)
    page = _body(client.get("/meldingen/"))
    assert not _leaks(page, level), f"/meldingen/ leaks to {role}"
    emails = [message for message in mail.outbox if user.email in message.to]
    for message in emails:
        text = f"{message.subject}\n{message.body}".encode()
        assert not _leaks(text, level), f"an e-mail to {role} leaks {_leaks(text, level)}"
        # Not even what a summary reader may see: e-mails carry no content at all.
        assert SUMMARY_TEXT.encode() not in text
    if role in PARTNERS:
        # Guard: this role was told about several events, so the checks above read something: shared and acute,
        # and the owner's comments the role can read (facts and full).
        told = {"police_summary": 2, "enforcement_facts": 3, "care_full": 4}[role]
        assert len(emails) >= told, f"{role} got {len(emails)} e-mails"
        assert len(render_notifications(user, notifications_for(user))) >= told
        assert SUMMARY_TEXT in rendered  # the rendered notification shows the signal at summary level


def test_every_notification_was_emailed(eager_celery, django_capture_on_commit_callbacks):
    from notifications.models import Notification

    with django_capture_on_commit_callbacks(execute=True):
        _busy_world()
    assert Notification.objects.filter(emailed_at__isnull=True).count() == 0
    assert len(mail.outbox) == Notification.objects.exclude(recipient__email="").count() > 10


# --- after revoke and after expiry ------------------------------------------------------------------------------


def _nothing_of_the_signal_reaches(world, role):
    client = _client(world, role)
    assert client.get("/api/v1/me/").status_code == 200  # still signed in: the checks below mean something
    signal = world.objects["signal"]
    for pattern, path in _get_endpoints(world):
        for q in ("", CANARY_FACTS, CANARY_FULL, SUMMARY_TEXT):
            body = _body(client.get(_with_query(path, _searching(q)) if q else path))
            assert not _leaks(body, AccessLevel.NONE), f"{pattern} leaks {_leaks(body, AccessLevel.NONE)} to {role}"
            assert SUMMARY_TEXT.encode() not in body, f"{pattern} shows the sharing summary to {role}"
    assert client.get(f"/api/v1/signals/{signal.pk}/").status_code == 404
    assert client.get(f"/signalen/{signal.pk}/").status_code == 404
    listed = client.get("/api/v1/signals/").json()
    assert listed["count"] == 0
    assert str(signal.pk).encode() not in _body(client.get("/signalen/gedeeld/"))


@pytest.mark.parametrize("role", PARTNERS)
def test_after_revoke_nothing_reaches_the_former_receiver(role):
    world = build_world()
    organisation = world.users[role].membership.organisation
    share = Share.objects.get(signal=world.objects["signal"], organisation=organisation, revoked_at__isnull=True)
    # Before: the role reads its level (the test below can fail).
    assert _body(_client(world, role).get(f"/api/v1/signals/{world.objects['signal'].pk}/")).count(b'"id"') >= 1
    sharing.share_revoke(share=share, acting_user=world.users["member"])
    _nothing_of_the_signal_reaches(world, role)


@pytest.mark.parametrize("role", PARTNERS)
def test_after_expiry_nothing_reaches_the_former_receiver(role):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        world = build_world()
        signal = world.objects["signal"]
        organisation = world.users[role].membership.organisation
        current = Share.objects.get(signal=signal, organisation=organisation, revoked_at__isnull=True)
        sharing.share_create(
            signal=signal,
            acting_user=world.users["member"],
            organisation=organisation,
            level=current.level,
            purpose=current.purpose,
            legal_ground=current.legal_ground,
            justification=current.justification,
            expires_at=start + dt.timedelta(hours=1),
        )
        assert _client(world, role).get(f"/api/v1/signals/{signal.pk}/").status_code == 200
    with time_machine.travel(start + dt.timedelta(hours=2), tick=False):
        _nothing_of_the_signal_reaches(world, role)  # no job ran: the clock alone ends the share
        sharing.end_expired_shares()
        _nothing_of_the_signal_reaches(world, role)


# --- guards: the markers are readable where allowed ----------------------------------------------------------------


def test_canary_is_readable_where_allowed():
    """Guard against a canary test that cannot fail: the owner does read the marked text through the core."""
    world = build_world()
    signal = get_signal_for_user(world.users["member"], world.objects["signal"].pk)
    assert CANARY_FACTS in redact_signal(signal, signal.access_level).message_text
    shared = get_signal_for_user(world.users["police_summary"], world.objects["signal"].pk)
    assert redact_signal(shared, shared.access_level).message_text is None


def test_canary_at_facts_reads_facts_but_not_full():
    world = build_world()
    shared = get_signal_for_user(world.users["enforcement_facts"], world.objects["signal"].pk)
    assert shared.access_level == AccessLevel.FACTS
    redacted = redact_signal(shared, shared.access_level)
    assert CANARY_FACTS in redacted.message_text
    assert CANARY_FULL not in redacted.message_text
    assert redacted.persons is None
    full = get_signal_for_user(world.users["care_full"], world.objects["signal"].pk)
    assert CANARY_FULL in redact_signal(full, full.access_level).message_text


@pytest.mark.parametrize("role", PARTNERS)
def test_canary_reaches_each_partner_at_its_level_over_http(role):
    """Guard: the JSON of the signal carries exactly the markers of the role's level, so absence elsewhere counts."""
    world = build_world()
    body = _body(_client(world, role).get(f"/api/v1/signals/{world.objects['signal'].pk}/"))
    level = CANARY_LEVEL[role]
    for marker, needed in MARKERS.items():
        if needed == AccessLevel.OWNER:
            continue
        assert (marker.encode() in body) is (level >= needed), f"{marker} for {role}"


# --- the risk calendar ------------------------------------------------------------------------------------------

NOT_SEEING_RISK = [role for role in ROLES if role not in SEES_RISK_EVENT]


def _alert_the_running_window(world, django_capture_on_commit_callbacks):
    """The world's entry has a window running now: the daily job alerts the keeper and youth work (and e-mails)."""
    from riskcalendar.services import send_window_alerts

    with django_capture_on_commit_callbacks(execute=True):
        assert send_window_alerts() == 1


@pytest.mark.parametrize("role", NOT_SEEING_RISK)
def test_a_risk_entry_never_reaches_an_organisation_it_was_not_shown_to(
    role, eager_celery, django_capture_on_commit_callbacks
):
    world = build_world()
    _alert_the_running_window(world, django_capture_on_commit_callbacks)
    client = _client(world, role)
    marker = CANARY_RISK.encode()
    for pattern, path in _get_endpoints(world):
        if pattern.startswith("calendar/"):
            continue  # the youth worker's own feed: its key is the credential (its content is tested below)
        assert marker not in _body(client.get(path)), f"{pattern} shows the risk entry to {role}"
        assert marker not in _body(client.get(_with_query(path, _searching(CANARY_RISK)))), f"{pattern} ?q= to {role}"
    if world.users[role] is not None:
        assert not notifications_for(world.users[role]).filter(risk_window__isnull=False).exists()
    for message in mail.outbox:
        assert CANARY_RISK not in message.body and CANARY_RISK not in message.subject


def test_risk_canary_guard_the_readers_do_see_the_entry_and_its_alert(eager_celery, django_capture_on_commit_callbacks):
    """Guard against a risk canary that cannot fail: readers see the marked entry in pages, the bell and the API."""
    world = build_world()
    _alert_the_running_window(world, django_capture_on_commit_callbacks)
    event = world.objects["risk_event"]
    for role in SEES_RISK_EVENT:
        client = _client(world, role)
        assert CANARY_RISK.encode() in _body(client.get(f"/risicokalender/{event.pk}/")), role
        assert CANARY_RISK.encode() in _body(client.get("/risicokalender/nu/")), role
        assert CANARY_RISK.encode() in _body(client.get("/meldingen/")), role
        assert CANARY_RISK.encode() in _body(client.get(f"/api/v1/risk-events/{event.pk}/")), role
    assert mail.outbox  # the alerts were e-mailed (without the marker: see above)


def test_a_feed_holds_only_what_its_owner_sees():
    from riskcalendar.services import feed_token_create

    world = build_world()
    client = APIClient()
    own = _body(client.get(f"/calendar/{world.objects['feed_key']}.ics"))
    assert CANARY_RISK.encode() in own  # the area of the entry youth work sees
    assert b"Steekincident" not in own  # the title stays in the product
    police_key = feed_token_create(user=world.users["police_summary"])
    assert CANARY_RISK.encode() not in _body(client.get(f"/calendar/{police_key}.ics"))
