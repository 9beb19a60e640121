"""In-app notifications (the bell) and their e-mails (DOMAIN.md §4, issue "Sharing").

A notification stores only who is told, what kind of event, the organisation that caused it and the object it is
about — never a text about the signal. What it says is rendered when it is read, through the visibility core at
the reader's level at that moment, so a revoked or expired share leaves nothing readable behind."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    SHARED = "shared", _("Shared with your organisation")
    ACUTE = "acute", _("Acute signal")
    COMMENT = "comment", _("New comment")
    DOUBLE_CHECK = "double_check", _("Double check by a partner")
    REVIEW_REQUESTED = "review_requested", _("Review requested")
    ACTION_ASSIGNED = "action_assigned", _("Action assigned")
    ACTION_PROPOSED = "action_proposed", _("Action proposed")
    RISK_WINDOW = "risk_window", _("Period of elevated risk starts")
    RISK_DIGEST = "risk_digest", _("Risk calendar: the coming four weeks")
    AGREEMENT_INVITED = "agreement_invited", _("Agreements card: fill in your column")
    AGREEMENT_SUBMITTED = "agreement_submitted", _("Agreements card: awaiting your agreement")
    AGREEMENT_ADOPTED = "agreement_adopted", _("Agreements card adopted")
    AFTERCARE_DUE = "aftercare_due", _("Aftercare task due")
    EVALUATION_STARTED = "evaluation_started", _("Evaluation: write your organisation's part")
    EVALUATION_FINALISED = "evaluation_final", _("Evaluation finalised")
    STAFF_REPORT = "staff_report", _("Internal report of a burdening incident")


# About a case (the aftercare plan, the evaluation): the case is named only on the page, never in the e-mail.
CASE_KINDS = (
    NotificationKind.AFTERCARE_DUE,
    NotificationKind.EVALUATION_STARTED,
    NotificationKind.EVALUATION_FINALISED,
)

AGREEMENT_KINDS = (
    NotificationKind.AGREEMENT_INVITED,
    NotificationKind.AGREEMENT_SUBMITTED,
    NotificationKind.AGREEMENT_ADOPTED,
)


class Notification(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    signal = models.ForeignKey(
        "signals.Signal",
        verbose_name=_("signal"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    risk_window = models.ForeignKey(
        "riskcalendar.RiskWindow",
        verbose_name=_("risk window"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    agreement_card = models.ForeignKey(
        "agreements.AgreementCard",
        verbose_name=_("agreements card"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    case = models.ForeignKey(
        "interventions.Case",
        verbose_name=_("case"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("by organisation"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notification_recipient_idx"),
            models.Index(
                fields=["recipient"], condition=models.Q(read_at__isnull=True), name="notification_unread_idx"
            ),
        ]

    def __str__(self):
        return f"{self.kind} → {self.recipient_id}"

    @property
    def is_urgent(self) -> bool:
        return self.kind == NotificationKind.ACUTE
