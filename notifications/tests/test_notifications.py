"""Notifications (DOMAIN.md §4, issue "Sharing"): who is told about what, and e-mails that are sent after commit,
once, in the recipient's language, with no content of the signal at all."""

import pytest
from django.core import mail
from django.db import transaction
from django.utils import translation

from notifications import selectors
from notifications.models import AGREEMENT_KINDS, CASE_KINDS, Notification, NotificationKind
from notifications.services import mark_read, notify
from notifications.tasks import send_notification_emails
from notifications.texts import notification_sentence, notification_subject
from partners import visibility
from signals import services, sharing
from signals.models import Person, StepAnswer
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory

pytestmark = pytest.mark.django_db

SHARE = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig voor de duiding."}

# Unique strings in every field of the signal; none may reach an e-mail.
SECRET_MESSAGE = "GEHEIM-BERICHT-41c9"
SECRET_SUMMARY = "GEHEIM-SAMENVATTING-8e02"
SECRET_ALIAS = "GEHEIM-ALIAS-5d7b"
SECRET_HANDLE = "geheimhandle_77f1"
SECRET_COMMENT = "GEHEIM-REACTIE-c3a0"
SECRET_ANSWER = "GEHEIM-ANTWOORD-19be"
SECRET_PARTNER_TEXT = "GEHEIM-PARTNERVERSIE-0b6d"
SECRETS = (
    SECRET_MESSAGE,
    SECRET_SUMMARY,
    SECRET_ALIAS,
    SECRET_HANDLE,
    SECRET_COMMENT,
    SECRET_ANSWER,
    SECRET_PARTNER_TEXT,
)


@pytest.fixture
def youth(network):
    return OrganisationFactory(network=network, jongerenwerk=True)


@pytest.fixture
def owner(youth):
    return MembershipFactory(organisation=youth).user


@pytest.fixture
def colleague(youth):
    return MembershipFactory(organisation=youth).user


@pytest.fixture
def police(network):
    return OrganisationFactory(network=network, politie=True)


@pytest.fixture
def officer(police):
    return MembershipFactory(organisation=police).user


@pytest.fixture
def signal(youth, owner):
    signal = SignalFactory(
        owner_organisation=youth,
        created_by=owner,
        message_text=f"{SECRET_MESSAGE}: vanavond pakken we {SECRET_ALIAS} van @{SECRET_HANDLE}",
        sharing_summary=f"{SECRET_SUMMARY} dreiging tussen groepen",
    )
    Person.objects.create(signal=signal, alias=SECRET_ALIAS, handle=f"@{SECRET_HANDLE}", role="poster")
    return signal


def seen(user, signal):
    return visibility.get_signal_for_user(user, signal.pk)


def recipients(kind, signal=None) -> set:
    notifications = Notification.objects.filter(kind=kind)
    if signal is not None:
        notifications = notifications.filter(signal=signal)
    return set(notifications.values_list("recipient_id", flat=True))


# --- who is told ------------------------------------------------------------------------------------------------


def test_a_share_tells_the_active_members_of_the_receiving_organisation_only(
    signal, owner, colleague, police, officer, network
):
    second_officer = MembershipFactory(organisation=police).user
    gone = MembershipFactory(organisation=police).user
    gone.is_active = False
    gone.save(update_fields=["is_active"])
    school = OrganisationFactory(network=network, school=True)
    teacher = MembershipFactory(organisation=school).user
    sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    assert recipients(NotificationKind.SHARED) == {officer.pk, second_officer.pk}
    assert not Notification.objects.filter(recipient__in=[owner, colleague, gone, teacher]).exists()
    notification = Notification.objects.get(recipient=officer)
    assert (notification.signal_id, notification.actor_organisation) == (signal.pk, signal.owner_organisation)


def test_nobody_is_told_about_what_they_cannot_see(signal, owner, police, officer):
    """The service itself leaves out organisations that do not read the signal, whatever the caller asks."""
    assert notify(kind=NotificationKind.SHARED, signal=signal, organisation_ids=[police.pk]) == []
    assert notify(kind=NotificationKind.COMMENT, signal=signal, user_ids=[officer.pk]) == []
    assert not Notification.objects.exists()
    with pytest.raises(ValueError):
        notify(kind="gossip", signal=signal, organisation_ids=[police.pk])


@pytest.fixture
def followers(signal, owner, network):
    """A following member of a receiving organisation per level; the owner follows too."""
    users = {}
    for level, trait in (("summary", "politie"), ("facts", "handhaving"), ("full", "school")):
        organisation = OrganisationFactory(network=network, **{trait: True})
        users[level] = MembershipFactory(organisation=organisation).user
        users[f"{level}_colleague"] = MembershipFactory(organisation=organisation).user  # does not follow
        sharing.share_create(signal=signal, acting_user=owner, organisation=organisation, level=level, **SHARE)
        sharing.follow(signal=signal, user=users[level])
    sharing.follow(signal=signal, user=owner)
    Notification.objects.all().delete()
    return users


@pytest.mark.parametrize(
    ("level", "told"),
    [("summary", {"summary", "facts", "full"}), ("facts", {"facts", "full"}), ("full", {"full"})],
)
def test_a_comment_tells_the_followers_who_can_read_it(signal, owner, followers, level, told):
    sharing.comment_create(
        signal=seen(owner, signal), acting_user=owner, phase="beeldvorming", level=level, text=SECRET_COMMENT
    )
    # Never the author, never a member who does not follow, and a summary follower not about a facts comment.
    assert recipients(NotificationKind.COMMENT) == {followers[code].pk for code in told}


def test_a_partners_comment_tells_the_owner_and_not_its_author(signal, owner, followers, colleague):
    sharing.follow(signal=signal, user=colleague)
    author = followers["facts"]
    sharing.comment_create(signal=seen(author, signal), acting_user=author, phase="oordeelsvorming", text="Eens.")
    assert recipients(NotificationKind.COMMENT) == {owner.pk, colleague.pk, followers["full"].pk}


def test_a_follower_who_stopped_following_is_not_told(signal, owner, followers):
    sharing.follow(signal=signal, user=followers["full"], following=False)
    sharing.comment_create(signal=seen(owner, signal), acting_user=owner, phase="beeldvorming", level="full", text="x")
    assert recipients(NotificationKind.COMMENT) == set()


def test_a_follower_whose_share_ended_is_not_told(signal, owner, followers):
    share = signal.shares.get(organisation=followers["full"].membership.organisation, revoked_at__isnull=True)
    sharing.share_revoke(share=share, acting_user=owner)
    sharing.comment_create(
        signal=seen(owner, signal), acting_user=owner, phase="beeldvorming", level="summary", text="x"
    )
    assert recipients(NotificationKind.COMMENT) == {followers["summary"].pk, followers["facts"].pk}


def test_a_review_is_requested_once_from_the_colleagues(signal, owner, colleague, officer):
    services.step_save(signal=signal, number=1, answers={"emoji": {"text": SECRET_ANSWER}}, acting_user=owner)
    assert recipients(NotificationKind.REVIEW_REQUESTED) == {colleague.pk}
    services.step_save(signal=signal, number=1, answers={"emoji": {"text": "aangepast"}}, acting_user=owner)
    services.step_save(signal=signal, number=2, answers={"grap": {"answer": "no"}}, acting_user=colleague)
    assert Notification.objects.filter(kind=NotificationKind.REVIEW_REQUESTED).count() == 1


def test_no_review_request_once_reviewed(signal, owner, colleague, youth):
    third = MembershipFactory(organisation=youth).user
    StepAnswer.objects.create(signal=signal, step=1, question="emoji", text="x", updated_by=owner)
    services.review_create(signal=signal, reviewer=colleague, agrees=True)
    services.step_save(signal=signal, number=2, answers={"grap": {"answer": "no"}}, acting_user=owner)
    assert not Notification.objects.filter(kind=NotificationKind.REVIEW_REQUESTED).exists()
    assert third.pk not in recipients(NotificationKind.REVIEW_REQUESTED)


def test_an_action_is_assigned_only_to_an_organisation_that_sees_the_signal(signal, owner, colleague, police, officer):
    action = services.action_create(
        signal=signal, acting_user=owner, kind="opzoeken", executing_organisation=police, description=SECRET_MESSAGE
    )
    assert not Notification.objects.filter(kind=NotificationKind.ACTION_ASSIGNED).exists()
    own = services.action_create(
        signal=signal, acting_user=owner, kind="opzoeken", executing_organisation=owner.membership.organisation
    )
    assert not Notification.objects.filter(kind=NotificationKind.ACTION_ASSIGNED).exists()
    sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    services.action_create(signal=signal, acting_user=owner, kind="afwachten", executing_organisation=police)
    assert recipients(NotificationKind.ACTION_ASSIGNED) == {officer.pk}
    Notification.objects.all().delete()
    services.action_update(action=own, acting_user=owner, executing_organisation=police)
    assert recipients(NotificationKind.ACTION_ASSIGNED) == {officer.pk}
    Notification.objects.all().delete()
    services.action_update(action=action, acting_user=owner, status="in_progress")  # not reassigned: nobody told
    assert not Notification.objects.exists()


def test_mark_read(signal, owner, police, officer):
    second = MembershipFactory(organisation=police).user
    sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    sharing.share_create(
        signal=SignalFactory(owner_organisation=owner.membership.organisation),
        acting_user=owner,
        organisation=police,
        **SHARE,
    )
    first, other = Notification.objects.filter(recipient=officer)
    assert selectors.unread_count(officer) == 2
    assert mark_read(user=officer, notification_ids=[first.pk]) == 1
    assert selectors.unread_count(officer) == 1
    # Someone else's notification is not touched through one's own ids.
    foreign = Notification.objects.get(recipient=second, signal=first.signal)
    assert mark_read(user=officer, notification_ids=[foreign.pk]) == 0
    foreign.refresh_from_db()
    assert foreign.read_at is None
    assert mark_read(user=officer) == 1
    assert mark_read(user=officer) == 0
    assert selectors.unread_count(officer) == 0
    assert selectors.unread_count(second) == 2
    other.refresh_from_db()
    assert other.read_at is not None


def test_rendered_notifications_show_the_signal_at_summary_level_at_most(signal, owner, police, officer):
    sharing.share_create(signal=signal, acting_user=owner, organisation=police, level="full", **SHARE)
    [item] = selectors.render_notifications(officer, selectors.notifications_for(officer))
    assert item["sentence"] == notification_sentence(item["notification"])
    assert item["signal"].access_level == visibility.AccessLevel.SUMMARY
    assert item["signal"].message_text is None
    assert not item["gone"]
    share = signal.shares.get(revoked_at__isnull=True)
    sharing.share_revoke(share=share, acting_user=owner)
    [item] = selectors.render_notifications(officer, selectors.notifications_for(officer))
    assert item["gone"]
    assert item["signal"] is None


# --- e-mails ----------------------------------------------------------------------------------------------------


def test_the_email_goes_after_commit(signal, owner, officer, police, eager_celery, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
        assert mail.outbox == []  # not before the transaction commits
    assert len(callbacks) == 1
    assert [message.to for message in mail.outbox] == [[officer.email]]
    assert Notification.objects.get(recipient=officer).emailed_at is not None


def test_no_email_when_the_transaction_rolls_back(
    signal, owner, police, officer, eager_celery, django_capture_on_commit_callbacks
):
    class Abandoned(Exception):
        pass

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(Abandoned),
        transaction.atomic(),
    ):
        sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
        raise Abandoned
    assert callbacks == []
    assert mail.outbox == []
    assert not Notification.objects.exists()


def _every_kind_of_notification(signal, owner, colleague, police, officer, network):
    """Shared, acute, comment, double check, review requested, action assigned and action proposed, each about
    the secret-laden signal; all e-mails sent on commit."""
    enforcement = OrganisationFactory(network=network, handhaving=True)
    boa = MembershipFactory(organisation=enforcement).user
    sharing.share_create(
        signal=signal,
        acting_user=owner,
        organisation=police,
        level="full",
        message_text_for_partners=SECRET_PARTNER_TEXT,
        **SHARE,
    )
    sharing.share_create(signal=signal, acting_user=owner, organisation=enforcement, level="facts", **SHARE)
    sharing.follow(signal=signal, user=officer)
    sharing.follow(signal=signal, user=boa)
    services.step_save(
        signal=signal,
        number=1,
        answers={"emoji": {"text": f"{SECRET_ANSWER} over {SECRET_ALIAS}"}},
        acting_user=owner,
    )
    services.step_save(signal=signal, number=3, answers={"ernstige_feiten": {"answer": "yes"}}, acting_user=owner)
    at_owner = seen(owner, signal)
    sharing.comment_create(
        signal=at_owner, acting_user=owner, phase="beeldvorming", level="full", text=f"{SECRET_COMMENT} {SECRET_ALIAS}"
    )
    sharing.comment_create(signal=at_owner, acting_user=owner, phase="beeldvorming", level="facts", text=SECRET_COMMENT)
    sharing.double_check_create(
        signal=seen(boa, signal), acting_user=boa, step=1, agrees=False, reading=f"{SECRET_COMMENT} lezing"
    )
    sharing.action_propose(
        signal=seen(officer, signal),
        acting_user=officer,
        kind="opzoeken",
        executing_organisation=police,
        description=SECRET_COMMENT,
    )
    services.action_create(
        signal=signal,
        acting_user=owner,
        kind="handhavend_optreden",
        executing_organisation=enforcement,
        description=SECRET_COMMENT,
    )
    return boa


def test_emails_carry_no_content_of_the_signal(
    signal, owner, colleague, police, officer, network, eager_celery, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _every_kind_of_notification(signal, owner, colleague, police, officer, network)
    sent_kinds = set(Notification.objects.filter(emailed_at__isnull=False).values_list("kind", flat=True))
    # Every kind about a signal was e-mailed, so the check below means something (the risk calendar's and the
    # agreements card's, a case's and the internal report's kinds carry no signal: riskcalendar/tests/
    # test_alerts_and_feed.py, tests/test_canary_agreements.py, notifications/tests/test_case_notifications.py).
    assert sent_kinds == set(NotificationKind.values) - {
        NotificationKind.RISK_WINDOW,
        NotificationKind.RISK_DIGEST,
        *AGREEMENT_KINDS,
        *CASE_KINDS,
        NotificationKind.STAFF_REPORT,
    }
    notifications = {n.recipient.email: n for n in Notification.objects.select_related("recipient")}
    assert len(mail.outbox) == Notification.objects.count()
    for message in mail.outbox:
        text = f"{message.subject}\n{message.body}\n{message.from_email}"
        for secret in SECRETS:
            assert secret.lower() not in text.lower(), f"{secret} in an e-mail: {text}"
        assert signal.phenomenon.name not in text
        assert str(signal.pk) not in text  # not even which signal
        if message.to != [signal.created_by.email]:
            assert signal.created_by.get_full_name() not in text  # nor who reported it
    for notification in Notification.objects.select_related("recipient", "actor_organisation"):
        [message] = [
            m
            for m in mail.outbox
            if m.to == [notification.recipient.email] and f"/meldingen/{notification.pk}/" in m.body
        ]
        with translation.override(notification.recipient.language):
            assert notification_sentence(notification) in message.body
    assert notifications  # the loop above ran


def test_sending_twice_sends_once(signal, owner, police, officer, eager_celery, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    assert len(mail.outbox) == 1
    notification = Notification.objects.get(recipient=officer)
    emailed_at = notification.emailed_at
    assert send_notification_emails([str(notification.pk)]) == 0
    assert send_notification_emails.delay([str(notification.pk)]).get() == 0
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.emailed_at == emailed_at


def test_unknown_ids_are_skipped(signal):
    import uuid

    assert send_notification_emails([str(uuid.uuid4())]) == 0
    assert mail.outbox == []


def test_an_inactive_recipient_or_one_without_email_gets_nothing(signal, owner, police, officer):
    no_address = MembershipFactory(organisation=police, user__email="").user
    sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    officer.is_active = False
    officer.save(update_fields=["is_active"])  # left after being told, before the e-mail went
    ids = [str(pk) for pk in Notification.objects.values_list("pk", flat=True)]
    assert len(ids) == 2
    assert send_notification_emails(ids) == 0
    assert mail.outbox == []
    for notification in Notification.objects.filter(recipient__in=[officer, no_address]):
        assert notification.emailed_at is not None  # marked: not tried again
    assert send_notification_emails(ids) == 0


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_email_is_in_the_recipients_language(signal, owner, police, officer, language):
    officer.language = language
    officer.save(update_fields=["language"])
    sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    notification = Notification.objects.get(recipient=officer)
    with translation.override("en" if language == "nl" else "nl"):  # whatever the language of the sender
        assert send_notification_emails([str(notification.pk)]) == 1
    [message] = mail.outbox
    with translation.override(language):
        assert notification_sentence(notification) in message.body
        assert notification_subject(notification) == message.subject


def test_a_dutch_and_an_english_recipient_read_different_emails(signal, owner, police, officer):
    english = MembershipFactory(organisation=police, user__language="en").user
    officer.language = "nl"
    officer.save(update_fields=["language"])
    sharing.share_create(signal=signal, acting_user=owner, organisation=police, **SHARE)
    assert send_notification_emails([str(pk) for pk in Notification.objects.values_list("pk", flat=True)]) == 2
    body = {message.to[0]: message.body for message in mail.outbox}
    dutch_body, english_body = body[officer.email], body[english.email]
    notification = Notification.objects.get(recipient=english)
    with translation.override("en"):
        english_sentence = notification_sentence(notification)
    assert english_sentence in english_body
    assert english_sentence not in dutch_body, "the Dutch catalogue lacks the notification texts"
