"""The visibility core on shared signals (DOMAIN.md §4): expiry, the level of the active grant, names left out at
facts level, search that never looks above a row's level, and what partners see of comments, checks, actions,
shares and the access log."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.http import Http404
from django.utils import timezone

from partners import visibility
from partners.visibility import AccessLevel
from signals import sharing
from signals.constants import AccessKind
from signals.models import AccessLogEntry, Person, SignalGroupObjectPermission
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory

pytestmark = pytest.mark.django_db

SHARE = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig voor de duiding."}
LEFT_OUT = "[naam weggelaten]"  # the marker in the default language (nl)


@pytest.fixture
def youth(network):
    return OrganisationFactory(network=network, jongerenwerk=True)


@pytest.fixture
def owner(youth):
    return MembershipFactory(organisation=youth).user


@pytest.fixture
def coordinator(youth):
    return MembershipFactory(organisation=youth, coordinator=True).user


@pytest.fixture
def signal(youth, owner):
    signal = SignalFactory(
        owner_organisation=youth,
        created_by=owner,
        message_text="Vanavond pakken we Kleine Rik, zegt @DrillKing010 tegen @straatnieuws",
        sharing_summary="Dreiging tussen twee groepen, openbaar verhaal.",
    )
    Person.objects.create(signal=signal, alias="Kleine Rik", role="potential_victim")
    Person.objects.create(signal=signal, alias="DK", role="poster", handle="@drillking010")
    return signal


@pytest.fixture
def readers(signal, owner, network):
    """A member of a receiving organisation per level (organisations of different partner types)."""
    users = {}
    for level, trait in (("summary", "politie"), ("facts", "handhaving"), ("full", "school")):
        organisation = OrganisationFactory(network=network, **{trait: True})
        users[level] = MembershipFactory(organisation=organisation).user
        sharing.share_create(signal=signal, acting_user=owner, organisation=organisation, level=level, **SHARE)
    users["owner"] = owner
    return users


def seen(user, signal):
    return visibility.get_signal_for_user(user, signal.pk)


# --- expiry and the level of the active grant ------------------------------------------------------------------


def test_after_expiry_the_signal_is_not_found(signal, owner, network):
    police = OrganisationFactory(network=network, politie=True)
    officer = MembershipFactory(organisation=police).user
    start = timezone.now()
    expires = start + dt.timedelta(hours=3)
    with time_machine.travel(start, tick=False):
        sharing.share_create(signal=signal, acting_user=owner, organisation=police, expires_at=expires, **SHARE)
        assert seen(officer, signal).access_level == AccessLevel.SUMMARY
        assert list(visibility.signals_shared_with(officer)) == [signal]
    with time_machine.travel(expires, tick=False):
        with pytest.raises(Http404):
            visibility.get_signal_for_user(officer, signal.pk)
        assert not visibility.signals_shared_with(officer).exists()
        assert visibility.signal_access_level(officer, signal) == AccessLevel.NONE
        assert police.pk not in visibility.organisations_reading(signal)


def _grant(signal, organisation, codename, expires_at=None):
    SignalGroupObjectPermission.objects.create(
        group_id=organisation.group_id,
        permission=Permission.objects.get(content_type__app_label="signals", codename=codename),
        content_object=signal,
        expires_at=expires_at,
    )


def test_the_level_comes_from_the_active_grant_only(signal, network):
    police = OrganisationFactory(network=network, politie=True)
    officer = MembershipFactory(organisation=police).user
    now = timezone.now()
    _grant(signal, police, "view_signal_full", expires_at=now - dt.timedelta(seconds=1))
    _grant(signal, police, "view_signal_summary", expires_at=now + dt.timedelta(days=1))
    assert seen(officer, signal).access_level == AccessLevel.SUMMARY
    with pytest.raises(Http404):
        visibility.get_signal_for_user(officer, signal.pk, min_level=AccessLevel.FACTS)
    # Of several active grants the highest counts; the list still holds the signal once.
    _grant(signal, police, "view_signal_facts")
    assert seen(officer, signal).access_level == AccessLevel.FACTS
    assert visibility.signals_visible_to(officer).count() == 1


def test_a_grant_of_another_signal_or_organisation_gives_nothing(signal, youth, network):
    police = OrganisationFactory(network=network, politie=True)
    school = OrganisationFactory(network=network, school=True)
    officer = MembershipFactory(organisation=police).user
    _grant(SignalFactory(owner_organisation=youth), police, "view_signal_full")
    _grant(signal, school, "view_signal_full")
    assert visibility.signal_access_level(officer, signal) == AccessLevel.NONE


# --- names left out at facts level -----------------------------------------------------------------------------


def test_leave_out_names():
    names = ["Kleine Rik", "@drillking010", "drillking010"]
    text = "KLEINE RIK en kleine rik; DrillKing010, @DRILLKING010 en @straatnieuws.nl, mail a@b.nl, kom om 22:00"
    left = visibility.leave_out_names(text, names)
    for name in ("kleine rik", "drillking010", "straatnieuws"):
        assert name not in left.lower()
    assert left.count(LEFT_OUT) == 5
    # An e-mail address is not a handle, and the rest of the text stays.
    assert "a@b.nl" in left
    assert "kom om 22:00" in left
    assert visibility.leave_out_names("", names) == ""


def test_names_in_takes_aliases_and_handles_with_and_without_at(signal):
    assert set(visibility.names_in(signal)) == {"Kleine Rik", "DK", "@drillking010", "drillking010"}
    assert visibility.names_in(signal)[0] == "@drillking010"  # longest first


def test_text_at_level(signal):
    answer = "Kleine Rik wordt bedreigd door @DrillKing010"
    assert visibility.text_at_level(answer, signal, AccessLevel.FULL) == answer
    assert visibility.text_at_level(answer, signal, AccessLevel.OWNER) == answer
    assert visibility.text_at_level(answer, signal, AccessLevel.FACTS) == f"{LEFT_OUT} wordt bedreigd door {LEFT_OUT}"


def test_redacted_signal_at_each_level(signal, readers):
    at = {level: seen(user, signal) for level, user in readers.items()}
    summary = visibility.redact_signal(at["summary"], AccessLevel.SUMMARY)
    assert summary.message_text is None
    assert summary.persons is None
    assert summary.sharing_summary == "Dreiging tussen twee groepen, openbaar verhaal."
    facts = visibility.redact_signal(at["facts"], AccessLevel.FACTS)
    assert facts.message_text == f"Vanavond pakken we {LEFT_OUT}, zegt {LEFT_OUT} tegen {LEFT_OUT}"
    assert not facts.has("persons")
    assert not facts.has("attachments")
    assert facts.created_by is None
    full = visibility.redact_signal(at["full"], AccessLevel.FULL)
    assert full.message_text == signal.message_text
    assert {p.alias for p in full.persons} == {"Kleine Rik", "DK"}
    assert full.created_by is None  # source protection: never shown to partners
    assert visibility.redact_signal(at["owner"], AccessLevel.OWNER).created_by == signal.created_by


def test_at_facts_level_the_owners_partner_version_is_read(signal, owner, readers):
    sharing.share_create(
        signal=signal,
        acting_user=owner,
        organisation=readers["facts"].membership.organisation,
        level="facts",
        message_text_for_partners="Vanavond pakken we een jongen, zegt de plaatser.",
        **SHARE,
    )
    facts = visibility.redact_signal(seen(readers["facts"], signal), AccessLevel.FACTS)
    assert facts.message_text == "Vanavond pakken we een jongen, zegt de plaatser."
    full = visibility.redact_signal(seen(readers["full"], signal), AccessLevel.FULL)
    assert full.message_text == signal.message_text
    assert visibility.redact_signal(seen(readers["summary"], signal), AccessLevel.SUMMARY).message_text is None


# --- search ----------------------------------------------------------------------------------------------------


def found(user, q) -> bool:
    return visibility.search_signals(visibility.signals_visible_to(user), q).exists()


@pytest.mark.parametrize(
    ("q", "readable_from"),
    [
        ("twee groepen", "summary"),  # the sharing summary
        ("vanavond pakken", "facts"),  # only in the message text
        ("PAKKEN WE", "facts"),  # case-insensitive
        ("Kleine Rik", "full"),  # a person's alias, also in the text
        ("kleine", "full"),  # part of an alias
        ("rik", "full"),
        ("DrillKing010", "full"),  # a handle, without @
        ("@drillking010", "full"),  # with @
        ("DK", "full"),  # an alias only in persons
        ("straatnieuws", "full"),  # a handle in the text that is not one of the persons
        ("@straatnieuws", "full"),
        ("zegt @DrillKing", "full"),  # a phrase running into a name
        ("we Kleine", "full"),
    ],
)
def test_search_never_matches_above_the_rows_level(signal, readers, q, readable_from):
    needed = AccessLevel.from_code(readable_from)
    for level, user in readers.items():
        expected = AccessLevel.from_code(level) >= needed
        assert found(user, q) is expected, f"{level} searching {q!r}"
        count = visibility.search_signals(visibility.signals_visible_to(user), q).count()
        assert count == int(expected)


def test_search_at_facts_level_reads_the_partner_version(signal, owner, readers):
    sharing.share_create(
        signal=signal,
        acting_user=owner,
        organisation=readers["facts"].membership.organisation,
        level="facts",
        message_text_for_partners="Een jongen wordt bedreigd bij het station.",
        **SHARE,
    )
    assert found(readers["facts"], "bij het station")
    assert not found(readers["summary"], "bij het station")
    assert not found(readers["facts"], "vanavond pakken")  # only in the original the facts reader does not get
    assert found(readers["full"], "vanavond pakken")


def test_an_empty_search_keeps_the_list(signal, readers):
    for user in readers.values():
        assert visibility.search_signals(visibility.signals_visible_to(user), "  ").count() == 1


# --- comments, checks, actions, shares --------------------------------------------------------------------------


def test_comments_are_read_at_their_level_or_above(signal, owner, readers):
    at_owner = seen(owner, signal)
    written = {
        level: sharing.comment_create(
            signal=at_owner, acting_user=owner, phase="beeldvorming", level=level, text=f"voor {level}"
        )
        for level in ("summary", "facts", "full")
    }
    expected = {
        "summary": {"summary"},
        "facts": {"summary", "facts"},
        "full": {"summary", "facts", "full"},
        "owner": {"summary", "facts", "full"},
    }
    for level, user in readers.items():
        readable = {c.pk for c in visibility.comments_visible_to(user, seen(user, signal))}
        assert readable == {written[code].pk for code in expected[level]}, level
    outsider = MembershipFactory(organisation=OrganisationFactory(network=signal.owner_organisation.network)).user
    signal.access_level = AccessLevel.NONE
    assert not visibility.comments_visible_to(outsider, signal).exists()


def test_comments_name_the_professional_only_inside_the_own_organisation(signal, owner, readers, youth):
    owner.first_name, owner.last_name = "Fatima", "de Vries"
    colleague = MembershipFactory(organisation=youth).user
    assert visibility.author_label(colleague, youth, owner) == f"Fatima de Vries ({youth.name})"
    for level in ("summary", "facts", "full"):
        assert visibility.author_label(readers[level], youth, owner) == youth.name
    police = readers["summary"].membership.organisation
    assert visibility.author_label(owner, police, readers["summary"]) == police.name


def test_double_checks_owner_reads_all_partner_its_own(signal, readers):
    checks = {
        level: sharing.double_check_create(
            signal=seen(readers[level], signal), acting_user=readers[level], step=1, agrees=True
        )
        for level in ("facts", "full")
    }
    assert set(visibility.double_checks_visible_to(readers["owner"], seen(readers["owner"], signal))) == set(
        checks.values()
    )
    for level in ("facts", "full"):
        assert list(visibility.double_checks_visible_to(readers[level], seen(readers[level], signal))) == [
            checks[level]
        ]
    assert not visibility.double_checks_visible_to(readers["summary"], seen(readers["summary"], signal)).exists()


def test_partner_actions_proposed_by_or_for_the_partner(signal, readers, youth):
    from signals import services

    police = readers["summary"].membership.organisation
    school = readers["full"].membership.organisation
    proposed = sharing.action_propose(
        signal=seen(readers["summary"], signal),
        acting_user=readers["summary"],
        kind="opzoeken",
        executing_organisation=school,
    )
    own = services.action_create(
        signal=signal, acting_user=readers["owner"], kind="direct_message", executing_organisation=youth
    )
    assert set(visibility.partner_actions_visible_to(readers["owner"], seen(readers["owner"], signal))) == {
        proposed,
        own,
    }
    assert list(visibility.partner_actions_visible_to(readers["summary"], seen(readers["summary"], signal))) == [
        proposed
    ]
    assert list(visibility.partner_actions_visible_to(readers["full"], seen(readers["full"], signal))) == [proposed]
    assert not visibility.partner_actions_visible_to(readers["facts"], seen(readers["facts"], signal)).exists()
    assert police != school


def test_only_the_owner_sees_the_shares(signal, readers):
    assert visibility.shares_visible_to(readers["owner"], seen(readers["owner"], signal)).count() == 3
    for level in ("summary", "facts", "full"):
        assert not visibility.shares_visible_to(readers[level], seen(readers[level], signal)).exists()
        share = signal.shares.first()
        with pytest.raises(Http404):
            visibility.get_share_for_user(readers[level], seen(readers[level], signal), share.pk)


# --- the access log ---------------------------------------------------------------------------------------------


def test_the_access_log_is_for_the_owner_organisations_coordinator(signal, readers, coordinator, network):
    assert visibility.can_read_access_log(coordinator, seen(coordinator, signal))
    assert not visibility.can_read_access_log(readers["owner"], seen(readers["owner"], signal))
    partner_coordinator = MembershipFactory(organisation=readers["full"].membership.organisation, coordinator=True).user
    assert not visibility.can_read_access_log(partner_coordinator, seen(partner_coordinator, signal))
    visibility.record_access(readers["full"], [seen(readers["full"], signal)], kind=AccessKind.PAGE)
    assert visibility.access_log_visible_to(coordinator, seen(coordinator, signal)).count() == 1
    assert not visibility.access_log_visible_to(partner_coordinator, seen(partner_coordinator, signal)).exists()
    assert not visibility.access_log_visible_to(readers["owner"], seen(readers["owner"], signal)).exists()


def test_reads_at_facts_and_full_are_logged(signal, readers):
    for user in readers.values():
        visibility.record_access(user, [seen(user, signal)], kind=AccessKind.PAGE)
    logged = {(entry.user_id, entry.level) for entry in AccessLogEntry.objects.all()}
    assert logged == {(readers["facts"].pk, "facts"), (readers["full"].pk, "full")}
    entry = AccessLogEntry.objects.get(user=readers["facts"])
    assert (entry.organisation, entry.kind, entry.signal_id) == (
        readers["facts"].membership.organisation,
        AccessKind.PAGE,
        signal.pk,
    )


def test_screenshot_downloads_are_logged_for_everyone_entitled(signal, readers):
    for user in (readers["owner"], readers["full"]):
        visibility.record_access(user, [seen(user, signal)], kind=AccessKind.SCREENSHOT, object_id="shot-1")
    # Those who may not read screenshots are never logged as having downloaded one.
    for level in ("summary", "facts"):
        visibility.record_access(
            readers[level], [seen(readers[level], signal)], kind=AccessKind.SCREENSHOT, object_id="shot-1"
        )
    logged = {(entry.user_id, entry.level, entry.kind, entry.object_id) for entry in AccessLogEntry.objects.all()}
    assert logged == {
        (readers["owner"].pk, "owner", AccessKind.SCREENSHOT, "shot-1"),
        (readers["full"].pk, "full", AccessKind.SCREENSHOT, "shot-1"),
    }


def test_a_page_of_signals_is_logged_in_one_insert(signal, readers, youth, owner, django_assert_num_queries):
    other = SignalFactory(owner_organisation=youth, created_by=owner)
    sharing.share_create(
        signal=other, acting_user=owner, organisation=readers["facts"].membership.organisation, level="full", **SHARE
    )
    page = list(visibility.signals_visible_to(readers["facts"]))
    with django_assert_num_queries(1):
        visibility.record_access(readers["facts"], page, kind=AccessKind.API)
    assert {(e.signal_id, e.level) for e in AccessLogEntry.objects.all()} == {(signal.pk, "facts"), (other.pk, "full")}


# --- who may be told --------------------------------------------------------------------------------------------


def test_organisations_reading_leaves_out_expired_revoked_and_lower_levels(signal, owner, readers, network, youth):
    enforcement = OrganisationFactory(network=network, handhaving=True)
    oov = OrganisationFactory(network=network, oov=True)
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sharing.share_create(
            signal=signal,
            acting_user=owner,
            organisation=enforcement,
            level="full",
            expires_at=start + dt.timedelta(hours=1),
            **SHARE,
        )
        revoked = sharing.share_create(signal=signal, acting_user=owner, organisation=oov, level="full", **SHARE)
        sharing.share_revoke(share=revoked, acting_user=owner)
        org = {level: readers[level].membership.organisation.pk for level in ("summary", "facts", "full")}
        assert set(visibility.organisations_reading(signal)) == {youth.pk, enforcement.pk, *org.values()}
    with time_machine.travel(start + dt.timedelta(hours=2), tick=False):
        assert set(visibility.organisations_reading(signal)) == {youth.pk, *org.values()}
        assert set(visibility.organisations_reading(signal, AccessLevel.FACTS)) == {youth.pk, org["facts"], org["full"]}
        assert set(visibility.organisations_reading(signal, AccessLevel.FULL)) == {youth.pk, org["full"]}
        assert set(visibility.organisations_reading(signal, AccessLevel.OWNER)) == {youth.pk}


def test_share_received_is_the_active_share_of_the_readers_organisation(signal, owner, readers):
    facts_reader = readers["facts"]
    shared = visibility.get_signal_for_user(facts_reader, signal.pk)
    received = visibility.share_received(facts_reader, shared)
    assert received is not None
    assert received.level == "facts"
    assert received.purpose == SHARE["purpose"]
    # The owner reads no "received" share; after revoking, the former reader has none either.
    assert visibility.share_received(owner, visibility.get_signal_for_user(owner, signal.pk)) is None
    sharing.share_revoke(share=received, acting_user=owner)
    assert visibility.share_received(facts_reader, shared) is None


@pytest.mark.parametrize("q", ["pakken", "Kleine Rik", "drillking", "@straatnieuws", "naam weggelaten", "zegt"])
def test_the_embedded_databases_facts_search_matches_the_postgresql_one(signal, readers, q):
    """The demo's SQLite path (redacting facts-level candidates in Python) finds exactly what the SQL does."""
    shared = visibility.signals_shared_with(readers["facts"])
    in_sql = set(visibility.search_signals(shared, q).values_list("pk", flat=True))
    in_python = set(visibility._facts_matches_in_python(shared, q))
    assert in_python == in_sql
