"""What a notification says. Only the kind and the organisation that caused it: no content of the signal."""

from django.utils.translation import gettext as _

from .models import NotificationKind


def notification_sentence(notification) -> str:
    organisation = notification.actor_organisation.name if notification.actor_organisation_id else _("A partner")
    sentences = {
        NotificationKind.SHARED: _("%(organisation)s shared a signal with your organisation."),
        NotificationKind.ACUTE: _(
            "Acute: %(organisation)s shared a signal where serious offences are plausible. Act at once."
        ),
        NotificationKind.COMMENT: _("%(organisation)s commented on a signal you follow."),
        NotificationKind.DOUBLE_CHECK: _("%(organisation)s double-checked the answers of a signal you follow."),
        NotificationKind.REVIEW_REQUESTED: _("A colleague asks you to look along with steps 1 and 2 of a signal."),
        NotificationKind.ACTION_ASSIGNED: _("%(organisation)s assigned an action on a signal to your organisation."),
        NotificationKind.ACTION_PROPOSED: _("%(organisation)s proposed an action on a signal of your organisation."),
        NotificationKind.RISK_WINDOW: _("A window of elevated risk in the risk calendar starts."),
        NotificationKind.RISK_DIGEST: _("The risk calendar holds windows in the coming four weeks."),
        NotificationKind.AGREEMENT_INVITED: _(
            "The network coordinator started a new version of the agreements card: fill in your organisation's column."
        ),
        NotificationKind.AGREEMENT_SUBMITTED: _("The agreements card awaits your organisation's agreement (akkoord)."),
        NotificationKind.AGREEMENT_ADOPTED: _("The network adopted a new version of the agreements card."),
        NotificationKind.AFTERCARE_DUE: _("An aftercare task of your organisation is due."),
        NotificationKind.EVALUATION_STARTED: _(
            "The network coordinator started the evaluation of a case: write your organisation's part."
        ),
        NotificationKind.EVALUATION_FINALISED: _("The evaluation of a case was finalised: the report can be read."),
        NotificationKind.STAFF_REPORT: _(
            "A colleague made an internal report of a burdening online incident. Follow it up."
        ),
    }
    return sentences.get(notification.kind, _("Something changed on a signal.")) % {"organisation": organisation}


def notification_subject(notification) -> str:
    prefix = _("[Samen Duiden]")
    label = NotificationKind(notification.kind).label
    return f"{prefix} {label}"
