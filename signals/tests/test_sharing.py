"""Sharing a signal and interpreting it together (DOMAIN.md §4, seed 002 step 3, seed 003 Tabel 2): the rules of
``signals.sharing``, proved against the real database and the visibility core."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone

from notifications.models import Notification, NotificationKind
from partners import visibility
from partners.visibility import AccessLevel
from signals import services, sharing
from signals.constants import ActionStatus
from signals.models import Action, Comment, DoubleCheck, Share, SignalGroupObjectPermission
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory, SignalFactory

pytestmark = pytest.mark.django_db

SHARE = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig voor de duiding."}


@pytest.fixture
def youth(network):
    return OrganisationFactory(network=network, jongerenwerk=True)


@pytest.fixture
def owner(youth):
    return MembershipFactory(organisation=youth).user


@pytest.fixture
def police(network):
    return OrganisationFactory(network=network, politie=True)


@pytest.fixture
def officer(police):
    return MembershipFactory(organisation=police).user


@pytest.fixture
def signal(youth, owner):
    return SignalFactory(owner_organisation=youth, created_by=owner)


def grants(signal, organisation):
    return SignalGroupObjectPermission.objects.filter(content_object=signal, group_id=organisation.group_id)


def errors_of(call) -> dict:
    with pytest.raises(ValidationError) as exc:
        call()
    return exc.value.message_dict


def as_seen_by(user, signal):
    return visibility.get_signal_for_user(user, signal.pk)


# --- the share's own fields -----------------------------------------------------------------------------------


def test_a_share_grants_exactly_its_level_and_records_purpose_and_ground(signal, owner, police, officer):
    share = sharing.share_create(signal=signal, acting_user=owner, organisation=police, level="facts", **SHARE)
    assert share.state == "active"
    assert (share.purpose, share.legal_ground, share.created_by) == ("Samen duiden", "covenant", owner)
    assert as_seen_by(officer, signal).access_level == AccessLevel.FACTS
    assert list(grants(signal, police).values_list("permission__codename", flat=True)) == ["view_signal_facts"]
    assert share.history.get().history_user == owner


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"level": "everything"}, "level"),
        ({"legal_ground": ""}, "legal_ground"),
        ({"legal_ground": "because"}, "legal_ground"),
        ({"purpose": "   "}, "purpose"),
    ],
)
def test_level_legal_ground_and_purpose_are_required(signal, owner, police, overrides, field):
    values = {**SHARE, "level": "summary", **overrides}
    assert field in errors_of(
        lambda: sharing.share_create(signal=signal, acting_user=owner, organisation=police, **values)
    )
    assert not Share.objects.exists()
    assert not grants(signal, police).exists()


@pytest.mark.parametrize("level", ["facts", "full"])
def test_above_summary_a_justification_is_required(signal, owner, police, level):
    values = {**SHARE, "justification": " "}
    assert "justification" in errors_of(
        lambda: sharing.share_create(signal=signal, acting_user=owner, organisation=police, level=level, **values)
    )
    # Summary is the default and needs none.
    share = sharing.share_create(signal=signal, acting_user=owner, organisation=police, **values)
    assert share.level == "summary"


def test_the_expiry_must_lie_in_the_future(signal, owner, police):
    past = timezone.now() - dt.timedelta(minutes=1)
    assert "expires_at" in errors_of(
        lambda: sharing.share_create(signal=signal, acting_user=owner, organisation=police, expires_at=past, **SHARE)
    )
    assert "expires_at" in errors_of(
        lambda: sharing.share_create(
            signal=signal, acting_user=owner, organisation=police, expires_at=timezone.now(), **SHARE
        )
    )
    future = timezone.now() + dt.timedelta(days=7)
    share = sharing.share_create(signal=signal, acting_user=owner, organisation=police, expires_at=future, **SHARE)
    assert share.expires_at == future
    assert grants(signal, police).get().expires_at == future


def test_a_sharing_summary_is_required_and_can_be_written_while_sharing(youth, owner, police, officer):
    signal = SignalFactory(owner_organisation=youth, created_by=owner, sharing_summary="")
    assert "sharing_summary" in errors_of(
        lambda: sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    )
    sharing.share_create(
        signal=signal, acting_user=owner, organisation=police, sharing_summary="  Dreiging tussen groepen.  ", **SHARE
    )
    seen = as_seen_by(officer, signal)
    assert visibility.redact_signal(seen, seen.access_level).sharing_summary == "Dreiging tussen groepen."


@pytest.mark.parametrize("trait", ["draft", "practice"])
def test_drafts_and_practice_signals_are_never_shared(youth, owner, police, officer, trait):
    signal = SignalFactory(owner_organisation=youth, created_by=owner, **{trait: True})
    assert "__all__" in errors_of(
        lambda: sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    )
    assert not visibility.signals_visible_to(officer).exists()


def test_not_to_another_network_nor_to_the_own_organisation(signal, owner, youth):
    foreign = OrganisationFactory(network=NetworkFactory(), politie=True)
    assert "organisation" in errors_of(
        lambda: sharing.share_create(signal=signal, acting_user=owner, organisation=foreign, **SHARE)
    )
    assert "organisation" in errors_of(
        lambda: sharing.share_create(signal=signal, acting_user=owner, organisation=youth, **SHARE)
    )
    assert not Share.objects.exists()
    assert not SignalGroupObjectPermission.objects.exists()


def test_only_the_owner_organisation_shares(signal, owner, police, officer, network):
    sharing.share_create(signal=signal, acting_user=owner, organisation=police, level="full", **SHARE)
    school = OrganisationFactory(network=network, school=True)
    with pytest.raises(ValidationError):
        sharing.share_create(
            signal=as_seen_by(officer, signal), acting_user=officer, organisation=school, level="summary", **SHARE
        )
    assert not grants(signal, school).exists()


# --- special categories of personal data (002 step 3) --------------------------------------------------------


@pytest.mark.parametrize("ground", ["public_source", "covenant", "consent"])
def test_special_categories_from_a_closed_source_are_not_shared_in_full(youth, owner, police, ground):
    signal = SignalFactory(owner_organisation=youth, created_by=owner, visibility="closed")
    values = {**SHARE, "legal_ground": ground}
    errors = errors_of(
        lambda: sharing.share_create(
            signal=signal, acting_user=owner, organisation=police, level="full", special_categories=True, **values
        )
    )
    assert "level" in errors
    assert "levensbelang" in " ".join(errors["level"])  # the message names the grounds that do allow it
    assert not grants(signal, police).exists()


@pytest.mark.parametrize("ground", ["vital_interest", "legal_duty"])
def test_acute_danger_or_a_legal_duty_opens_full_level(youth, owner, police, officer, ground):
    signal = SignalFactory(owner_organisation=youth, created_by=owner, visibility="closed")
    values = {**SHARE, "legal_ground": ground}
    share = sharing.share_create(
        signal=signal, acting_user=owner, organisation=police, level="full", special_categories=True, **values
    )
    assert share.special_categories is True
    assert as_seen_by(officer, signal).access_level == AccessLevel.FULL


def test_special_categories_from_a_public_source_or_at_facts_level_are_shared(youth, owner, police, officer, network):
    public = SignalFactory(owner_organisation=youth, created_by=owner, visibility="public")
    sharing.share_create(
        signal=public, acting_user=owner, organisation=police, level="full", special_categories=True, **SHARE
    )
    assert as_seen_by(officer, public).access_level == AccessLevel.FULL
    closed = SignalFactory(owner_organisation=youth, created_by=owner, visibility="closed")
    sharing.share_create(
        signal=closed, acting_user=owner, organisation=police, level="facts", special_categories=True, **SHARE
    )
    assert as_seen_by(officer, closed).access_level == AccessLevel.FACTS


def _answer_special_categories(signal, owner, answer):
    services.step_save(
        signal=signal, number=3, answers={"bijzondere_persoonsgegevens": {"answer": answer}}, acting_user=owner
    )


@pytest.mark.parametrize("given", [None, False])
def test_the_step_3_answer_yes_counts_and_cannot_be_overruled(youth, owner, police, given):
    signal = SignalFactory(owner_organisation=youth, created_by=owner, visibility="closed")
    _answer_special_categories(signal, owner, "yes")
    assert sharing.special_categories_answered(signal) is True
    assert "level" in errors_of(
        lambda: sharing.share_create(
            signal=signal, acting_user=owner, organisation=police, level="full", special_categories=given, **SHARE
        )
    )
    share = sharing.share_create(
        signal=signal, acting_user=owner, organisation=police, level="facts", special_categories=given, **SHARE
    )
    assert share.special_categories is True  # recorded as answered, whatever the form said


def test_the_step_3_answer_no_lets_a_closed_source_go_out_in_full(youth, owner, police, officer):
    signal = SignalFactory(owner_organisation=youth, created_by=owner, visibility="closed")
    _answer_special_categories(signal, owner, "no")
    assert sharing.special_categories_answered(signal) is False
    share = sharing.share_create(signal=signal, acting_user=owner, organisation=police, level="full", **SHARE)
    assert share.special_categories is False
    assert as_seen_by(officer, signal).access_level == AccessLevel.FULL


# --- the trust relation (seed 003 Tabel 2) -------------------------------------------------------------------


@pytest.fixture
def in_confidence(youth, owner):
    return SignalFactory(owner_organisation=youth, created_by=owner, received_via="from_youth")


def test_a_message_from_a_youth_asks_the_trust_question_first(in_confidence, owner, police):
    assert sharing.trust_question_needed(in_confidence)
    assert "trust_relation_at_risk" in errors_of(
        lambda: sharing.share_create(signal=in_confidence, acting_user=owner, organisation=police, **SHARE)
    )
    share = sharing.share_create(
        signal=in_confidence, acting_user=owner, organisation=police, trust_relation_at_risk=False, **SHARE
    )
    assert share.trust_relation_at_risk is False


def test_a_trust_relation_at_risk_needs_the_three_weighings(in_confidence, owner, police):
    errors = errors_of(
        lambda: sharing.share_create(
            signal=in_confidence,
            acting_user=owner,
            organisation=police,
            trust_relation_at_risk=True,
            weighing_effectiveness="Alleen zo is de confrontatie te voorkomen.",
            **SHARE,
        )
    )
    assert {"weighing_alternatives", "weighing_proportionality"} <= set(errors)
    assert "weighing_effectiveness" not in errors
    share = sharing.share_create(
        signal=in_confidence,
        acting_user=owner,
        organisation=police,
        trust_relation_at_risk=True,
        weighing_effectiveness="Alleen zo is de confrontatie te voorkomen.",
        weighing_alternatives="Geen ander middel bereikt de politie op tijd.",
        weighing_proportionality="Alleen het tijdstip en de plek, geen namen.",
        **SHARE,
    )
    assert share.trust_relation_at_risk is True
    assert share.weighing_alternatives == "Geen ander middel bereikt de politie op tijd."


def test_no_trust_question_for_a_message_seen_oneself(signal, owner, police):
    assert not sharing.trust_question_needed(signal)
    share = sharing.share_create(
        signal=signal, acting_user=owner, organisation=police, trust_relation_at_risk=True, **SHARE
    )
    assert share.trust_relation_at_risk is None


# --- re-sharing, revoking, expiry -----------------------------------------------------------------------------


@pytest.mark.parametrize(("first", "second"), [("summary", "facts"), ("full", "summary"), ("facts", "full")])
def test_sharing_again_replaces_the_previous_share(signal, owner, police, officer, first, second):
    old = sharing.share_create(signal=signal, acting_user=owner, organisation=police, level=first, **SHARE)
    new = sharing.share_create(signal=signal, acting_user=owner, organisation=police, level=second, **SHARE)
    old.refresh_from_db()
    assert (old.state, old.ended_reason, old.revoked_by) == ("replaced", "replaced", owner)
    assert new.state == "active"
    assert Share.objects.filter(signal=signal, organisation=police, revoked_at__isnull=True).get() == new
    assert list(grants(signal, police).values_list("permission__codename", flat=True)) == [f"view_signal_{second}"]
    assert as_seen_by(officer, signal).access_level == AccessLevel.from_code(second)


def test_revoke_ends_all_sight(signal, owner, police, officer):
    share = sharing.share_create(signal=signal, acting_user=owner, organisation=police, level="full", **SHARE)
    sharing.share_revoke(share=share, acting_user=owner)
    share.refresh_from_db()
    assert (share.state, share.ended_reason, share.revoked_by) == ("revoked", "revoked", owner)
    assert not grants(signal, police).exists()
    assert not visibility.signals_visible_to(officer).exists()
    assert visibility.signal_access_level(officer, signal) == AccessLevel.NONE
    with pytest.raises(Http404):
        visibility.get_signal_for_user(officer, signal.pk)
    with pytest.raises(ValidationError):
        sharing.share_revoke(share=share, acting_user=owner)


def test_a_receiver_cannot_revoke(signal, owner, police, officer):
    share = sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    with pytest.raises(ValidationError):
        sharing.share_revoke(share=share, acting_user=officer)
    share.refresh_from_db()
    assert share.state == "active"
    assert grants(signal, police).exists()


def test_at_the_expiry_instant_the_receiver_stops_seeing_without_any_job(signal, owner, police, officer):
    start = timezone.now()
    expires = start + dt.timedelta(days=2)
    with time_machine.travel(start, tick=False):
        sharing.share_create(
            signal=signal, acting_user=owner, organisation=police, level="facts", expires_at=expires, **SHARE
        )
    with time_machine.travel(expires - dt.timedelta(seconds=1), tick=False):
        assert as_seen_by(officer, signal).access_level == AccessLevel.FACTS
    with time_machine.travel(expires, tick=False):
        assert not visibility.signals_visible_to(officer).exists()
        with pytest.raises(Http404):
            visibility.get_signal_for_user(officer, signal.pk)
        # Nothing was tidied yet: the grant row is still there, it just gives no sight.
        assert grants(signal, police).exists()


def test_end_expired_shares_records_the_end_and_removes_the_grants(signal, owner, police, officer, network):
    school = OrganisationFactory(network=network, school=True)
    start = timezone.now()
    expires = start + dt.timedelta(hours=1)
    with time_machine.travel(start, tick=False):
        expiring = sharing.share_create(
            signal=signal, acting_user=owner, organisation=police, expires_at=expires, **SHARE
        )
        lasting = sharing.share_create(signal=signal, acting_user=owner, organisation=school, **SHARE)
        assert sharing.end_expired_shares() == 0
    with time_machine.travel(expires + dt.timedelta(minutes=5), tick=False):
        assert sharing.end_expired_shares() == 1
        expiring.refresh_from_db()
        assert expiring.ended_reason == "expired"
        assert expiring.revoked_at == expires
        assert not grants(signal, police).exists()
        assert grants(signal, school).exists()
        lasting.refresh_from_db()
        assert lasting.state == "active"
        # Idempotent: a second run changes nothing.
        assert sharing.end_expired_shares() == 0
        expiring.refresh_from_db()
        assert expiring.revoked_at == expires
        assert not visibility.signals_visible_to(officer).exists()


def test_a_share_ended_by_its_expiry_reads_as_expired(signal, owner, police):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        share = sharing.share_create(
            signal=signal, acting_user=owner, organisation=police, expires_at=start + dt.timedelta(hours=1), **SHARE
        )
    with time_machine.travel(start + dt.timedelta(hours=2), tick=False):
        assert share.state == "expired"  # before the job
        sharing.end_expired_shares()
        share.refresh_from_db()
        assert share.state == "expired"  # and after it


def test_the_periodic_task_runs_the_same_service(signal, owner, police):
    from signals.tasks import end_expired_shares

    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sharing.share_create(
            signal=signal, acting_user=owner, organisation=police, expires_at=start + dt.timedelta(hours=1), **SHARE
        )
    with time_machine.travel(start + dt.timedelta(hours=2), tick=False):
        assert end_expired_shares.apply().get() == 1
        assert not grants(signal, police).exists()


# --- the acute path -------------------------------------------------------------------------------------------


def notified(kind, users) -> set:
    return set(Notification.objects.filter(kind=kind, recipient__in=users).values_list("recipient_id", flat=True))


def test_sharing_an_acute_signal_notifies_as_acute(youth, owner, police, officer):
    acute = SignalFactory(owner_organisation=youth, created_by=owner, acute=True)
    sharing.share_create(signal=acute, acting_user=owner, organisation=police, **SHARE)
    assert notified(NotificationKind.ACUTE, [officer]) == {officer.pk}
    assert not notified(NotificationKind.SHARED, [officer])
    plain = SignalFactory(owner_organisation=youth, created_by=owner)
    sharing.share_create(signal=plain, acting_user=owner, organisation=police, **SHARE)
    assert Notification.objects.get(recipient=officer, signal=plain).kind == NotificationKind.SHARED


def test_a_shared_signal_becoming_acute_tells_its_current_receivers(signal, owner, police, officer, network, youth):
    colleague = MembershipFactory(organisation=youth).user
    school = OrganisationFactory(network=network, school=True)
    teacher = MembershipFactory(organisation=school).user
    enforcement = OrganisationFactory(network=network, handhaving=True)
    boa = MembershipFactory(organisation=enforcement).user
    sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    revoked = sharing.share_create(signal=signal, acting_user=owner, organisation=school, **SHARE)
    sharing.share_revoke(share=revoked, acting_user=owner)
    services.step_save(signal=signal, number=3, answers={"ernstige_feiten": {"answer": "yes"}}, acting_user=owner)
    signal.refresh_from_db()
    assert signal.is_acute
    assert notified(NotificationKind.ACUTE, [officer, teacher, boa, owner, colleague]) == {officer.pk}
    # Saving the step again (still acute) tells nobody twice.
    services.step_save(signal=signal, number=3, answers={"ernstige_feiten": {"answer": "yes"}}, acting_user=owner)
    assert Notification.objects.filter(kind=NotificationKind.ACUTE).count() == 1


def test_acute_handled(youth, owner, police, officer):
    acute = SignalFactory(owner_organisation=youth, created_by=owner, acute=True)
    sharing.share_create(signal=acute, acting_user=owner, organisation=police, **SHARE)
    with pytest.raises(ValidationError):
        sharing.acute_handled(signal=as_seen_by(officer, acute), acting_user=officer)
    handled = sharing.acute_handled(signal=acute, acting_user=owner)
    assert handled.acute_handled_at is not None
    with pytest.raises(ValidationError):
        sharing.acute_handled(signal=acute, acting_user=owner)
    with pytest.raises(ValidationError):
        sharing.acute_handled(signal=SignalFactory(owner_organisation=youth, created_by=owner), acting_user=owner)
    # Handled: a new share is an ordinary one.
    Notification.objects.all().delete()
    sharing.share_create(signal=acute, acting_user=owner, organisation=police, level="facts", **SHARE)
    assert Notification.objects.get(recipient=officer).kind == NotificationKind.SHARED


# --- joint interpretation: comments ---------------------------------------------------------------------------


@pytest.fixture
def receivers(signal, owner, network):
    """One member of a receiving organisation per level, with the signal as they see it."""
    users = {}
    for level in ("summary", "facts", "full"):
        organisation = OrganisationFactory(network=network, handhaving=True)
        users[level] = MembershipFactory(organisation=organisation).user
        sharing.share_create(signal=signal, acting_user=owner, organisation=organisation, level=level, **SHARE)
    return users


def comment(signal, user, text="Wij zien dit ook.", **kwargs):
    return sharing.comment_create(
        signal=as_seen_by(user, signal),
        acting_user=user,
        text=text,
        phase=kwargs.pop("phase", "beeldvorming"),
        **kwargs,
    )


@pytest.mark.parametrize(("writer", "default"), [("summary", "summary"), ("facts", "facts"), ("full", "full")])
def test_a_partner_writes_for_its_own_level_by_default(signal, receivers, writer, default):
    written = comment(signal, receivers[writer])
    assert written.level == default
    assert written.organisation == receivers[writer].membership.organisation


def test_the_owner_writes_for_facts_readers_by_default_and_may_choose_any_level(signal, owner, receivers):
    assert comment(signal, owner).level == "facts"
    assert comment(signal, owner, level="summary").level == "summary"
    assert comment(signal, owner, level="full").level == "full"


@pytest.mark.parametrize(("writer", "above"), [("summary", "facts"), ("summary", "full"), ("facts", "full")])
def test_a_partner_cannot_write_above_its_own_level(signal, receivers, writer, above):
    assert "level" in errors_of(lambda: comment(signal, receivers[writer], level=above))
    assert not Comment.objects.exists()


def test_a_reply_is_never_readable_below_its_thread(signal, owner, receivers):
    facts_thread = comment(signal, owner, level="facts", text="Wat betekent dit woord?")
    reply = comment(signal, receivers["facts"], level="summary", parent=facts_thread, text="Een bedreiging.")
    assert reply.level == "facts"
    full_thread = comment(signal, owner, level="full", text="Kennen jullie de plaatser?")
    owner_reply = comment(signal, owner, level="summary", parent=full_thread, text="Ja.")
    assert owner_reply.level == "full"
    # A reply may reach fewer readers than its thread.
    summary_thread = comment(signal, owner, level="summary", text="Graag jullie blik.")
    assert comment(signal, receivers["full"], parent=summary_thread).level == "full"


def test_no_reply_to_a_comment_one_cannot_read(signal, owner, receivers, youth):
    facts_thread = comment(signal, owner, level="facts", text="Let op de woorden.")
    assert "parent" in errors_of(lambda: comment(signal, receivers["summary"], parent=facts_thread))
    other_signal = SignalFactory(owner_organisation=youth, created_by=owner)
    elsewhere = comment(other_signal, owner, level="summary", text="Elders.")
    assert "parent" in errors_of(lambda: comment(signal, owner, parent=elsewhere))
    assert not Comment.objects.filter(parent__isnull=False).exists()


@pytest.mark.parametrize("text", ["", "   ", "x" * (sharing.COMMENT_MAX_LENGTH + 1)])
def test_a_comment_needs_text_of_sane_length(signal, owner, text):
    assert "text" in errors_of(lambda: comment(signal, owner, text=text))


def test_a_comment_needs_a_known_phase_and_level(signal, owner):
    assert "phase" in errors_of(lambda: comment(signal, owner, phase="speculatie"))
    assert "level" in errors_of(lambda: comment(signal, owner, level="owner"))
    assert comment(signal, owner, text="x" * sharing.COMMENT_MAX_LENGTH).text == "x" * sharing.COMMENT_MAX_LENGTH


def test_nobody_comments_on_a_signal_they_cannot_see(signal, officer):
    signal.access_level = AccessLevel.NONE
    with pytest.raises(ValidationError):
        sharing.comment_create(signal=signal, acting_user=officer, text="Hallo", phase="beeldvorming")
    assert not Comment.objects.exists()


# --- double check and proposed actions ------------------------------------------------------------------------


@pytest.mark.parametrize("level", ["facts", "full"])
def test_a_partner_at_facts_or_above_double_checks(signal, owner, receivers, youth, level):
    colleague = MembershipFactory(organisation=youth).user
    check = sharing.double_check_create(
        signal=as_seen_by(receivers[level], signal), acting_user=receivers[level], step=1, agrees=True
    )
    assert check.organisation == receivers[level].membership.organisation
    assert DoubleCheck.objects.get() == check
    # The owner organisation is told; the partner's own colleagues are not.
    told = set(Notification.objects.filter(kind=NotificationKind.DOUBLE_CHECK).values_list("recipient_id", flat=True))
    assert told == {owner.pk, colleague.pk}


def test_double_check_rules(signal, owner, receivers):
    with pytest.raises(ValidationError):
        sharing.double_check_create(
            signal=as_seen_by(receivers["summary"], signal), acting_user=receivers["summary"], step=1, agrees=True
        )
    with pytest.raises(ValidationError):
        sharing.double_check_create(signal=as_seen_by(owner, signal), acting_user=owner, step=1, agrees=True)
    facts = as_seen_by(receivers["facts"], signal)
    assert "step" in errors_of(
        lambda: sharing.double_check_create(signal=facts, acting_user=receivers["facts"], step=3, agrees=True)
    )
    assert "reading" in errors_of(
        lambda: sharing.double_check_create(signal=facts, acting_user=receivers["facts"], step=2, agrees=False)
    )
    assert not DoubleCheck.objects.exists()
    check = sharing.double_check_create(
        signal=facts, acting_user=receivers["facts"], step=2, agrees=False, reading="Wij lezen het als grap."
    )
    assert (check.agrees, check.reading) == (False, "Wij lezen het als grap.")


def test_a_partner_proposes_an_action_and_the_owner_is_told(signal, owner, receivers, youth):
    colleague = MembershipFactory(organisation=youth).user
    proposer = receivers["summary"]
    proposing = proposer.membership.organisation
    action = sharing.action_propose(
        signal=as_seen_by(proposer, signal),
        acting_user=proposer,
        kind="opzoeken",
        executing_organisation=proposing,
        description="Wij kunnen hem morgen opzoeken.",
    )
    assert action.status == ActionStatus.PROPOSED
    assert action.proposed_by_organisation == proposing
    assert action.executing_organisation == proposing
    told = set(
        Notification.objects.filter(kind=NotificationKind.ACTION_PROPOSED).values_list("recipient_id", flat=True)
    )
    assert told == {owner.pk, colleague.pk}
    assert action in visibility.partner_actions_visible_to(proposer, as_seen_by(proposer, signal))


def test_action_proposal_rules(signal, owner, receivers):
    with pytest.raises(ValidationError):
        sharing.action_propose(
            signal=as_seen_by(owner, signal),
            acting_user=owner,
            kind="opzoeken",
            executing_organisation=owner.membership.organisation,
        )
    proposer = receivers["facts"]
    seen = as_seen_by(proposer, signal)
    assert "kind" in errors_of(
        lambda: sharing.action_propose(
            signal=seen, acting_user=proposer, kind="arrest", executing_organisation=proposer.membership.organisation
        )
    )
    foreign = OrganisationFactory(network=NetworkFactory(), politie=True)
    assert "executing_organisation" in errors_of(
        lambda: sharing.action_propose(
            signal=seen, acting_user=proposer, kind="opzoeken", executing_organisation=foreign
        )
    )
    assert not Action.objects.exists()


# --- following -------------------------------------------------------------------------------------------------


def test_logging_commenting_and_proposing_follow_and_a_user_can_stop(signal, owner, receivers):
    from signals.models import SignalFollow

    created, _warnings = services.signal_create(
        acting_user=owner,
        data={
            "phenomenon": signal.phenomenon,
            "platform": "tiktok",
            "visibility": "public",
            "observed_at": timezone.now(),
            "received_via": "seen_myself",
            "message_text": "Wij komen eraan.",
        },
    )
    assert SignalFollow.objects.filter(signal=created, user=owner, muted=False).exists()
    comment(signal, receivers["facts"])
    assert SignalFollow.objects.filter(signal=signal, user=receivers["facts"], muted=False).exists()
    sharing.follow(signal=signal, user=receivers["facts"], following=False)
    assert SignalFollow.objects.get(signal=signal, user=receivers["facts"]).muted
    # Commenting again does not silently follow again after stopping.
    comment(signal, receivers["facts"])
    assert SignalFollow.objects.get(signal=signal, user=receivers["facts"]).muted
    sharing.follow(signal=signal, user=receivers["facts"])
    assert not SignalFollow.objects.get(signal=signal, user=receivers["facts"]).muted
