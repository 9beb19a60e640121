"""Sharing a signal with partners and interpreting it together (DOMAIN.md §4, seed 002 step 3, seed 003 Tabel 2).

Writes only. Who may see what is the visibility core's (``partners.visibility``): these services record a share
and ask the core to grant or take away sight; they never decide visibility by themselves. Callers pass a signal
fetched through ``visibility.get_signal_for_user`` (it carries ``access_level``)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.models import NotificationKind
from notifications.services import notify
from partners import visibility
from partners.models import Organisation, User
from partners.visibility import AccessLevel

from . import route
from .constants import (
    SPECIAL_CATEGORY_FULL_GROUNDS,
    ActionStatus,
    CommentPhase,
    LegalGround,
    ReceivedVia,
    ShareLevel,
    SignalStatus,
    SourceVisibility,
)
from .models import Action, Comment, DoubleCheck, Share, Signal, SignalFollow, StepAnswer
from .route_data import DOUBLE_CHECK_STEPS

COMMENT_MAX_LENGTH = 5000
# Signals a young person forwarded to the professional: sharing them asks the trust-relation question first.
IN_CONFIDENCE = frozenset({ReceivedVia.FROM_YOUTH})

SHARE_TO_ACCESS = {
    ShareLevel.SUMMARY: AccessLevel.SUMMARY,
    ShareLevel.FACTS: AccessLevel.FACTS,
    ShareLevel.FULL: AccessLevel.FULL,
}


def _acting_organisation(user: User) -> Organisation:
    membership = visibility.membership_of(user)
    if membership is None:
        raise ValidationError(_("You are not a member of an organisation."))
    return membership.organisation


def _require_owner(signal: Signal, user: User) -> Organisation:
    organisation = _acting_organisation(user)
    if organisation.pk != signal.owner_organisation_id:
        raise ValidationError(_("Only the owner organisation can share this signal."))
    return organisation


def special_categories_answered(signal: Signal) -> bool | None:
    """The owner's step-3 answer to "Heb je te maken met bijzondere persoonsgegevens?", or None when unanswered."""
    flagged = route.flagged_question("special_categories")
    if not flagged:
        return None
    answer = StepAnswer.objects.filter(signal=signal, step=flagged[0], question=flagged[1]).first()
    if answer is None or answer.answer not in ("yes", "no"):
        return None
    return answer.answer == "yes"


def trust_question_needed(signal: Signal) -> bool:
    return signal.received_via in IN_CONFIDENCE


def follow(*, signal: Signal, user: User, following: bool = True) -> None:
    """Follow a signal (comments on it notify you) or stop following it."""
    record, created = SignalFollow.objects.get_or_create(user=user, signal=signal, defaults={"muted": not following})
    if not created and record.muted == following:
        record.muted = not following
        record.save(update_fields=["muted"])


def _auto_follow(signal: Signal, user: User) -> None:
    """Logging, commenting or checking follows a signal, unless the user stopped following it before."""
    SignalFollow.objects.get_or_create(user=user, signal=signal)


def _followers(signal: Signal) -> list:
    return list(SignalFollow.objects.filter(signal=signal, muted=False).values_list("user_id", flat=True))


# --- shares ---------------------------------------------------------------------------------------------------


def _validate_share(
    *,
    signal: Signal,
    organisation: Organisation,
    level: str,
    purpose: str,
    legal_ground: str,
    justification: str,
    expires_at: dt.datetime | None,
    special_categories: bool,
    trust_relation_at_risk: bool | None,
    weighing: dict[str, str],
) -> None:
    errors: dict[str, list[str]] = {}

    def error(field, message):
        errors.setdefault(field, []).append(message)

    if signal.status == SignalStatus.DRAFT:
        error("__all__", _("Log the message first; a draft cannot be shared."))
    if signal.is_practice:
        error("__all__", _("A practice signal is never shared."))
    if organisation.network_id != signal.owner_organisation.network_id:
        error("organisation", _("Choose an organisation of your network."))
    elif organisation.pk == signal.owner_organisation_id:
        error("organisation", _("Your own organisation already sees this signal."))
    if level not in ShareLevel.values:
        error("level", _("Choose a level: summary, facts or full."))
    if legal_ground not in LegalGround.values:
        error("legal_ground", _("Choose the legal ground for sharing."))
    if not purpose.strip():
        error("purpose", _("Say what you want to reach by sharing (the purpose)."))
    if level in (ShareLevel.FACTS, ShareLevel.FULL) and not justification.strip():
        error(
            "justification",
            _("Sharing more than a summary needs a justification: why can the purpose not be reached with less?"),
        )
    if expires_at is not None and expires_at <= timezone.now():
        error("expires_at", _("The end of the share must lie in the future."))
    if not (signal.sharing_summary or "").strip():
        error(
            "sharing_summary",
            _("Write the sharing summary first: it is what every partner reads, without personal data."),
        )
    if (
        level == ShareLevel.FULL
        and special_categories
        and signal.visibility == SourceVisibility.CLOSED
        and legal_ground not in SPECIAL_CATEGORY_FULL_GROUNDS
    ):
        error(
            "level",
            _(
                "This signal holds special categories of personal data from a closed source. Those are in principle "
                "not shared: at full level only on the ground of vital interest or acute danger, or a legal duty. "
                "Share at facts level, or choose one of those grounds if it applies."
            ),
        )
    if trust_question_needed(signal):
        if trust_relation_at_risk is None:
            error(
                "trust_relation_at_risk",
                _(
                    "A young person sent you this message in confidence. Answer first whether sharing may break "
                    "that trust relation."
                ),
            )
        elif trust_relation_at_risk:
            for field, label in (
                ("weighing_effectiveness", _("effectiveness")),
                ("weighing_alternatives", _("replaceability")),
                ("weighing_proportionality", _("proportionality")),
            ):
                if not (weighing.get(field) or "").strip():
                    error(field, _("Write down your weighing of %(label)s.") % {"label": label})
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def share_create(
    *,
    signal: Signal,
    acting_user: User,
    organisation: Organisation,
    level: str = ShareLevel.SUMMARY,
    purpose: str = "",
    legal_ground: str = "",
    justification: str = "",
    expires_at: dt.datetime | None = None,
    special_categories: bool | None = None,
    trust_relation_at_risk: bool | None = None,
    weighing_effectiveness: str = "",
    weighing_alternatives: str = "",
    weighing_proportionality: str = "",
    sharing_summary: str | None = None,
    message_text_for_partners: str | None = None,
) -> Share:
    """Share ``signal`` with ``organisation`` at ``level``. A share to an organisation that already had one
    replaces it. Receivers are notified after commit (as acute when the signal is acute)."""
    _require_owner(signal, acting_user)
    signal = Signal.objects.select_for_update().select_related("owner_organisation").get(pk=signal.pk)
    changed = []
    if sharing_summary is not None and sharing_summary.strip() != signal.sharing_summary:
        signal.sharing_summary = sharing_summary.strip()
        changed.append("sharing_summary")
    if message_text_for_partners is not None and message_text_for_partners.strip() != (
        signal.message_text_for_partners
    ):
        signal.message_text_for_partners = message_text_for_partners.strip()
        changed.append("message_text_for_partners")
    answered = special_categories_answered(signal)
    # The step-3 answer "ja" cannot be overruled by leaving the box empty here.
    special = bool(special_categories) or bool(answered)
    weighing = {
        "weighing_effectiveness": weighing_effectiveness,
        "weighing_alternatives": weighing_alternatives,
        "weighing_proportionality": weighing_proportionality,
    }
    _validate_share(
        signal=signal,
        organisation=organisation,
        level=level,
        purpose=purpose,
        legal_ground=legal_ground,
        justification=justification,
        expires_at=expires_at,
        special_categories=special,
        trust_relation_at_risk=trust_relation_at_risk,
        weighing=weighing,
    )
    if changed:
        signal._history_user = acting_user
        signal.save(update_fields=[*changed, "updated_at"])
    now = timezone.now()
    for previous in Share.objects.filter(signal=signal, organisation=organisation, revoked_at__isnull=True):
        # Whether it still worked is asked before it is ended (``is_active`` is false once ``revoked_at`` is set).
        previous.ended_reason = "replaced" if previous.is_active else "expired"
        previous.revoked_at = now
        previous.revoked_by = acting_user
        previous._history_user = acting_user
        previous.save(update_fields=["revoked_at", "revoked_by", "ended_reason"])
    share = Share(
        signal=signal,
        organisation=organisation,
        level=level,
        purpose=purpose.strip(),
        legal_ground=legal_ground,
        justification=justification.strip(),
        expires_at=expires_at,
        special_categories=special,
        trust_relation_at_risk=trust_relation_at_risk if trust_question_needed(signal) else None,
        created_by=acting_user,
        **{field: value.strip() for field, value in weighing.items()},
    )
    share._history_user = acting_user
    share.save()
    visibility.grant_signal_level(
        signal=signal, organisation=organisation, level=SHARE_TO_ACCESS[level], expires_at=expires_at
    )
    notify(
        kind=NotificationKind.ACUTE if is_acute_open(signal) else NotificationKind.SHARED,
        signal=signal,
        actor_organisation=signal.owner_organisation,
        organisation_ids=[organisation.pk],
    )
    return share


def is_acute_open(signal: Signal) -> bool:
    """Acute and not yet handled (nor closed): the signal stands at the top and its receivers are told as acute."""
    return signal.is_acute and signal.acute_handled_at is None and signal.status != SignalStatus.CLOSED


@transaction.atomic
def share_revoke(*, share: Share, acting_user: User) -> Share:
    """End a share now: the receiving organisation no longer sees the signal, anywhere."""
    share = Share.objects.select_for_update().select_related("signal", "organisation").get(pk=share.pk)
    _require_owner(share.signal, acting_user)
    if share.revoked_at is not None:
        raise ValidationError(_("This share has already ended."))
    share.ended_reason = "revoked" if share.is_active else "expired"  # asked before ``revoked_at`` is set
    share.revoked_at = timezone.now()
    share.revoked_by = acting_user
    share._history_user = acting_user
    share.save(update_fields=["revoked_at", "revoked_by", "ended_reason"])
    visibility.revoke_signal(signal=share.signal, organisation=share.organisation)
    return share


def end_expired_shares() -> int:
    """Record the end of the shares whose time is up and remove their grants. Sight ended already at the expiry
    time (the visibility core compares with the clock); this keeps the records and tables tidy."""
    ended = 0
    now = timezone.now()
    expired = Share.objects.filter(revoked_at__isnull=True, expires_at__lte=now).select_related(
        "signal", "organisation"
    )
    for share in expired:
        with transaction.atomic():
            share.revoked_at = share.expires_at
            share.ended_reason = "expired"
            share.save(update_fields=["revoked_at", "ended_reason"])
            ended += 1
    visibility.remove_expired_grants()
    return ended


# --- the message as partners at facts level read it --------------------------------------------------------


def partner_version_needed(signal: Signal) -> bool:
    """Does the message text name one of the signal's persons or an @handle? Then the owner is offered to write
    the version partners at facts level read."""
    text = signal.message_text or ""
    return visibility.leave_out_names(text, visibility.names_in(signal)) != text


# --- the acute path -------------------------------------------------------------------------------------------


def acute_handled(*, signal: Signal, acting_user: User) -> Signal:
    """The owner marks the acute situation handled: the signal leaves the top of the worklists."""
    _require_owner(signal, acting_user)
    signal = Signal.objects.get(pk=signal.pk)
    if not signal.is_acute:
        raise ValidationError(_("This signal is not acute."))
    if signal.acute_handled_at is not None:
        raise ValidationError(_("The acute situation was already marked handled."))
    signal.acute_handled_at = timezone.now()
    signal._history_user = acting_user
    signal.save(update_fields=["acute_handled_at", "updated_at"])
    return signal


def notify_acute(*, signal: Signal) -> None:
    """A signal became acute: tell the organisations it is shared with now (the owner is led to share at once)."""
    readers = [pk for pk in visibility.organisations_reading(signal) if pk != signal.owner_organisation_id]
    if readers:
        notify(
            kind=NotificationKind.ACUTE,
            signal=signal,
            actor_organisation=signal.owner_organisation,
            organisation_ids=readers,
        )


# --- joint interpretation -------------------------------------------------------------------------------------


def _level_code(level: AccessLevel) -> str:
    return min(level, AccessLevel.FULL).code


def default_comment_level(signal: Signal) -> str:
    """Partners write for readers at their own level; the owner for partners who read the message (facts)."""
    level = AccessLevel(signal.access_level)
    return ShareLevel.FACTS if level >= AccessLevel.OWNER else _level_code(level)


@transaction.atomic
def comment_create(
    *,
    signal: Signal,
    acting_user: User,
    text: str,
    phase: str,
    level: str | None = None,
    parent: Comment | None = None,
) -> Comment:
    """A comment in the joint interpretation (beeldvorming, oordeelsvorming, besluitvorming), or a reply.

    ``level`` is the lowest share level that may read it: at most the writer's own level (a partner cannot write
    for readers who see more than it does, which would tell them nothing new, nor make its text reach readers
    below what it read); a reply is never readable below its thread."""
    organisation = _acting_organisation(acting_user)
    own_level = AccessLevel(signal.access_level)
    if own_level <= AccessLevel.NONE:
        raise ValidationError(_("You cannot see this signal."))
    level = level or default_comment_level(signal)
    errors: dict[str, list[str]] = {}
    text = (text or "").strip()
    if not text:
        errors["text"] = [_("Write your comment.")]
    elif len(text) > COMMENT_MAX_LENGTH:
        errors["text"] = [_("Keep the comment under %(max)s characters.") % {"max": COMMENT_MAX_LENGTH}]
    if phase not in CommentPhase.values:
        errors["phase"] = [_("Choose beeldvorming, oordeelsvorming or besluitvorming.")]
    if level not in ShareLevel.values:
        errors["level"] = [_("Choose who may read the comment.")]
    elif own_level < AccessLevel.OWNER and AccessLevel.from_code(level) > own_level:
        errors["level"] = [_("You can write only for partners at your own level or below it.")]
    if parent is not None:
        readable = visibility.comments_visible_to(acting_user, signal).filter(pk=parent.pk).exists()
        if parent.signal_id != signal.pk or not readable:
            errors["parent"] = [_("You can reply only to a comment you can read on this signal.")]
        elif level in ShareLevel.values and AccessLevel.from_code(level) < AccessLevel.from_code(parent.level):
            level = parent.level  # a reply never reaches readers its thread does not reach
    if errors:
        raise ValidationError(errors)
    comment = Comment(
        signal_id=signal.pk,
        parent=parent,
        organisation=organisation,
        author=acting_user,
        phase=phase,
        level=level,
        text=text,
    )
    comment._history_user = acting_user
    comment.save()
    _auto_follow(signal, acting_user)
    notify(
        kind=NotificationKind.COMMENT,
        signal=signal,
        actor_organisation=organisation,
        user_ids=_followers(signal),
        exclude_user=acting_user,
        min_level=AccessLevel.from_code(level),
    )
    return comment


@transaction.atomic
def double_check_create(
    *, signal: Signal, acting_user: User, step: int, agrees: bool, reading: str = ""
) -> DoubleCheck:
    """ "Ja, dubbelcheck": a partner at facts level or higher checks the owner's answers of step 1 or 2."""
    organisation = _acting_organisation(acting_user)
    level = AccessLevel(signal.access_level)
    if level >= AccessLevel.OWNER:
        raise ValidationError(_("Colleagues of the owner organisation look along through the review, not here."))
    if level < AccessLevel.FACTS:
        raise ValidationError(_("Double-checking needs at least facts level: you cannot read the answers."))
    errors = {}
    if step not in DOUBLE_CHECK_STEPS:
        errors["step"] = [_("Partners double-check steps 1 and 2.")]
    if not agrees and not (reading or "").strip():
        errors["reading"] = [_("Write down your reading where it differs.")]
    if errors:
        raise ValidationError(errors)
    check = DoubleCheck(
        signal_id=signal.pk,
        step=step,
        organisation=organisation,
        author=acting_user,
        agrees=agrees,
        reading=(reading or "").strip(),
    )
    check._history_user = acting_user
    check.save()
    _auto_follow(signal, acting_user)
    notify(
        kind=NotificationKind.DOUBLE_CHECK,
        signal=signal,
        actor_organisation=organisation,
        organisation_ids=[signal.owner_organisation_id],
        min_level=AccessLevel.OWNER,
    )
    return check


@transaction.atomic
def action_propose(
    *,
    signal: Signal,
    acting_user: User,
    kind: str,
    executing_organisation: Organisation,
    description: str = "",
    due_date: dt.date | None = None,
) -> Action:
    """A partner proposes a step-5 action; the owner organisation plans or drops it."""
    organisation = _acting_organisation(acting_user)
    if AccessLevel(signal.access_level) >= AccessLevel.OWNER:
        raise ValidationError(_("The owner organisation plans actions at step 5."))
    errors = {}
    if kind not in route.ACTION_CODES:
        errors["kind"] = [_("Choose an action from the list.")]
    if executing_organisation.network_id != organisation.network_id:
        errors["executing_organisation"] = [_("Choose an organisation of your network.")]
    if errors:
        raise ValidationError(errors)
    action = Action(
        signal_id=signal.pk,
        kind=kind,
        executing_organisation=executing_organisation,
        description=(description or "").strip(),
        due_date=due_date,
        status=ActionStatus.PROPOSED,
        proposed_by_organisation=organisation,
        created_by=acting_user,
    )
    action._history_user = acting_user
    action.save()
    _auto_follow(signal, acting_user)
    notify(
        kind=NotificationKind.ACTION_PROPOSED,
        signal=signal,
        actor_organisation=organisation,
        organisation_ids=[signal.owner_organisation_id],
        min_level=AccessLevel.OWNER,
    )
    return action
