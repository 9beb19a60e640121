"""The concerning message (signaal) and its route (DOMAIN.md §3, seed 002)."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase
from simple_history.models import HistoricalRecords

from .constants import (
    AccessKind,
    ActionStatus,
    CommentPhase,
    Decision,
    LegalGround,
    PersonRole,
    Platform,
    ReceivedVia,
    ShareLevel,
    SignalStatus,
    SourceVisibility,
    Urgency,
)


class Phenomenon(models.Model):
    """One of the online phenomena of seed 002 (plus "overig"), with its explanation and example message."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    example = models.TextField(_("example message"), blank=True)
    guidance = models.TextField(_("guidance"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("online phenomenon")
        verbose_name_plural = _("online phenomena")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Signal(models.Model):
    """A concerning online message, owned by the organisation that logged it (DOMAIN.md §4)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner_organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("owner organisation"),
        on_delete=models.PROTECT,
        related_name="signals",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("logged by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Intake (startpunt).
    phenomenon = models.ForeignKey(
        Phenomenon,
        verbose_name=_("online phenomenon"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="signals",
    )
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices, blank=True)
    visibility = models.CharField(_("public or closed"), max_length=10, choices=SourceVisibility.choices, blank=True)
    observed_at = models.DateTimeField(_("seen at"), null=True, blank=True)
    received_via = models.CharField(_("how it reached me"), max_length=30, choices=ReceivedVia.choices, blank=True)
    message_text = models.TextField(_("message text or factual description"), blank=True)
    message_text_for_partners = models.TextField(
        _("message text for partners at facts level"),
        blank=True,
        help_text=_(
            "When the message names people or accounts, write the version partners at facts level read. Left "
            "empty, they read the message with the known names and handles left out."
        ),
    )
    sharing_summary = models.TextField(
        _("sharing summary"),
        blank=True,
        help_text=_("Written by the owner without personal data; this is what partners at summary level read."),
    )
    reach_followers = models.PositiveIntegerField(_("followers"), null=True, blank=True)
    reach_views = models.PositiveIntegerField(_("views"), null=True, blank=True)
    reach_likes = models.PositiveIntegerField(_("likes"), null=True, blank=True)
    reach_reposts = models.PositiveIntegerField(_("reposts"), null=True, blank=True)
    reach_comments = models.PositiveIntegerField(_("comments"), null=True, blank=True)
    location_mentioned = models.CharField(_("place mentioned"), max_length=300, blank=True)
    time_mentioned = models.CharField(_("time mentioned"), max_length=300, blank=True)
    investigation_order_reference = models.CharField(
        _("investigation order reference"),
        max_length=100,
        blank=True,
        help_text=_("Police may use a closed source only under an investigation order (opsporingsbevel) of the OM."),
    )
    # Route state.
    status = models.CharField(
        _("status"), max_length=10, choices=SignalStatus.choices, default=SignalStatus.DRAFT, db_index=True
    )
    step = models.PositiveSmallIntegerField(
        _("step"), default=1, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    closed_reason = models.TextField(_("reason for closing or watching"), blank=True)
    urgency = models.CharField(_("urgency"), max_length=10, choices=Urgency.choices, default=Urgency.MEDIUM)
    is_acute = models.BooleanField(_("acute"), default=False)
    acute_handled_at = models.DateTimeField(
        _("acute situation handled at"),
        null=True,
        blank=True,
        help_text=_("Until then an acute signal stands at the top of every worklist."),
    )
    is_practice = models.BooleanField(
        _("practice signal"), default=False, help_text=_("Made to practise with an example; never counted.")
    )
    # Acute, not yet handled and not closed: such a signal stands at the top of every worklist (the acute path).
    # Kept by the database from the three fields, so that an index serves "acute first, then newest" and a page of a
    # long list is read without sorting all of it (docs/adr/0011-worklist-order-stored.md).
    acute_open = models.GeneratedField(
        expression=models.Case(
            models.When(
                models.Q(is_acute=True, acute_handled_at__isnull=True) & ~models.Q(status=SignalStatus.CLOSED),
                then=models.Value(True),
            ),
            default=models.Value(False),
        ),
        output_field=models.BooleanField(),
        db_persist=True,
        verbose_name=_("acute, not yet handled"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    # The history keeps the fields people change; ``acute_open`` follows from them.
    history = HistoricalRecords(excluded_fields=["acute_open"])

    class Meta:
        verbose_name = _("signal")
        verbose_name_plural = _("signals")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner_organisation", "-created_at"], name="signal_owner_created_idx"),
            models.Index(fields=["-created_at", "-id"], name="signal_created_id_idx"),
            # The worklists' order (signals.selectors.ACUTE_FIRST_ORDERING): own signals, and all (shared lists).
            # The practice flag rides along (PostgreSQL only), so counting what a network's share grants let an
            # organisation see reads this index alone, owner by owner, without visiting the rows.
            models.Index(
                fields=["owner_organisation", "-acute_open", "-created_at", "-id"],
                include=["is_practice"],
                name="signal_owner_worklist_idx",
            ),
            models.Index(fields=["-acute_open", "-created_at", "-id"], name="signal_worklist_idx"),
        ]
        # One codename per sharing level; a share grants one of them to the receiving organisation's group.
        permissions = [
            ("view_signal_summary", _("Can see the signal at summary level")),
            ("view_signal_facts", _("Can see the signal at facts level")),
            ("view_signal_full", _("Can see the signal at full level")),
        ]

    def __str__(self):
        return str(self.id)

    @property
    def reach(self) -> dict:
        return {
            "followers": self.reach_followers,
            "views": self.reach_views,
            "likes": self.reach_likes,
            "reposts": self.reach_reposts,
            "comments": self.reach_comments,
        }


class Person(models.Model):
    """A person in or around the message, by pseudonym only (alias), with age and how they are known."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="persons")
    alias = models.CharField(_("alias"), max_length=100)
    role = models.CharField(_("role"), max_length=20, choices=PersonRole.choices, default=PersonRole.INVOLVED)
    age = models.PositiveSmallIntegerField(
        _("age"), null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(120)]
    )
    handle = models.CharField(_("account name (handle)"), max_length=150, blank=True)
    known_how = models.CharField(_("how known"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        ordering = ["role", "alias"]
        indexes = [models.Index(fields=["alias"], name="person_alias_idx")]

    def __str__(self):
        return self.alias


class StepAnswer(models.Model):
    """The answer to one question of one route step: structured, so partners can compare and reports show it."""

    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="answers")
    step = models.PositiveSmallIntegerField(_("step"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    question = models.CharField(_("question"), max_length=60)
    answer = models.CharField(_("answer"), max_length=60, blank=True)
    text = models.TextField(_("explanation"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("answered by"), on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("step answer")
        verbose_name_plural = _("step answers")
        constraints = [
            models.UniqueConstraint(fields=["signal", "step", "question"], name="stepanswer_unique_question"),
        ]

    def __str__(self):
        return f"{self.step}.{self.question}"


class StepDecision(models.Model):
    """The JA/NEE decision of step 3 (involve partners) or step 4 (intervene), with its reasons."""

    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="decisions")
    step = models.PositiveSmallIntegerField(_("step"), validators=[MinValueValidator(3), MaxValueValidator(4)])
    decision = models.CharField(_("decision"), max_length=5, choices=Decision.choices)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("decided by"), on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("step decision")
        verbose_name_plural = _("step decisions")
        constraints = [models.UniqueConstraint(fields=["signal", "step"], name="stepdecision_unique_step")]

    def __str__(self):
        return f"{self.step}: {self.decision}"


class Review(models.Model):
    """Four eyes: a second member of the owner organisation reviews steps 1 and 2; a different reading is kept."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewer"), on_delete=models.PROTECT, related_name="+"
    )
    agrees = models.BooleanField(_("agrees with the reading"), default=True)
    different_reading = models.TextField(_("different reading"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("colleague review")
        verbose_name_plural = _("colleague reviews")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.signal_id} ({self.reviewer_id})"


class Action(models.Model):
    """A step-5 action (online or offline), with who executes it, when, its status and its evaluation."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(_("action"), max_length=60)
    description = models.TextField(_("description"), blank=True)
    executing_organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("executing organisation"),
        on_delete=models.PROTECT,
        related_name="signal_actions",
    )
    executing_person = models.CharField(_("executing person"), max_length=200, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=15, choices=ActionStatus.choices, default=ActionStatus.PLANNED)
    proposed_by_organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("proposed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposed_signal_actions",
        help_text=_("A partner organisation that proposed this action in the joint interpretation."),
    )
    evaluation = models.TextField(_("evaluation"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["due_date", "created_at"]
        indexes = [models.Index(fields=["executing_organisation", "status", "due_date"], name="action_org_due_idx")]

    def __str__(self):
        return self.kind


def _attachment_path(instance, filename):
    # Never the uploaded name: a random name in a private folder, served only through a view.
    return f"signals/{instance.signal_id}/{instance.id}.{instance.extension}"


class Attachment(models.Model):
    """A screenshot: re-encoded without metadata; the SHA-256 of the original is kept as evidence."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=_attachment_path)
    content_type = models.CharField(_("content type"), max_length=50)
    extension = models.CharField(_("extension"), max_length=10)
    original_name = models.CharField(_("original file name"), max_length=255, blank=True)
    original_sha256 = models.CharField(_("SHA-256 of the original"), max_length=64)
    sanitised_sha256 = models.CharField(_("SHA-256 of the stored file"), max_length=64)
    original_size = models.PositiveIntegerField(_("original size (bytes)"))
    width = models.PositiveIntegerField(_("width"))
    height = models.PositiveIntegerField(_("height"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("screenshot")
        verbose_name_plural = _("screenshots")
        ordering = ["created_at"]

    def __str__(self):
        return str(self.id)


class MonitoringWarning(models.Model):
    """Recorded when an OOV organisation logs several signals about the same alias within a short period: the
    municipality must not monitor people systematically (stelselmatig, seed 004). Counted and shown, not hidden."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    signal = models.ForeignKey(
        Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="monitoring_warnings"
    )
    alias = models.CharField(_("alias"), max_length=100)
    signal_count = models.PositiveIntegerField(_("signals about this alias in the period"))
    shown_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("shown to"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("systematic-monitoring warning")
        verbose_name_plural = _("systematic-monitoring warnings")

    def __str__(self):
        return self.alias


class Share(models.Model):
    """The owner organisation shares a signal with one organisation of its network at a level, for a purpose, on a
    legal ground (DOMAIN.md §4, 002 step 3). The share is the record; the grant that opens the signal is a
    permission row of the receiving organisation's group (``SignalGroupObjectPermission``), written and removed
    only by ``signals.sharing`` through the visibility core."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="shares")
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("shared with"),
        on_delete=models.PROTECT,
        related_name="received_shares",
    )
    level = models.CharField(_("level"), max_length=10, choices=ShareLevel.choices, default=ShareLevel.SUMMARY)
    purpose = models.TextField(_("purpose"))
    legal_ground = models.CharField(_("legal ground"), max_length=20, choices=LegalGround.choices)
    justification = models.TextField(
        _("justification"), blank=True, help_text=_("Why the purpose cannot be reached with less.")
    )
    special_categories = models.BooleanField(_("special categories of personal data"), default=False)
    trust_relation_at_risk = models.BooleanField(_("may break a trust relation"), null=True, blank=True)
    weighing_effectiveness = models.TextField(_("effectiveness (doelmatigheid)"), blank=True)
    weighing_alternatives = models.TextField(_("replaceability (vervangbaarheid)"), blank=True)
    weighing_proportionality = models.TextField(_("proportionality (proportionaliteit)"), blank=True)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("shared by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("shared at"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    ended_reason = models.CharField(_("ended because"), max_length=20, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("share")
        verbose_name_plural = _("shares")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["organisation", "-created_at"], name="share_org_created_idx"),
            models.Index(fields=["signal", "organisation"], name="share_signal_org_idx"),
        ]

    def __str__(self):
        return f"{self.signal_id} → {self.organisation_id} ({self.level})"

    @property
    def is_active(self) -> bool:
        from django.utils import timezone

        return self.revoked_at is None and (self.expires_at is None or self.expires_at > timezone.now())

    @property
    def state(self) -> str:
        from django.utils import timezone

        if self.revoked_at is not None:
            return self.ended_reason or "revoked"
        if self.expires_at is not None and self.expires_at <= timezone.now():
            return "expired"
        return "active"


class Comment(models.Model):
    """Joint interpretation (BOB): a comment or reply by an organisation that can see the signal. ``level`` is
    the lowest share level that may read it: a comment quoting the message is not for summary readers."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", verbose_name=_("reply to"), on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT, related_name="+"
    )
    phase = models.CharField(_("phase"), max_length=20, choices=CommentPhase.choices)
    level = models.CharField(_("readable from level"), max_length=10, choices=ShareLevel.choices)
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at"]
        indexes = [models.Index(fields=["signal", "created_at"], name="comment_signal_created_idx")]

    def __str__(self):
        return str(self.id)


class DoubleCheck(models.Model):
    """ "Ja, dubbelcheck" (002 step 3): a partner at facts level or higher checks the owner's answers of step 1 or
    2 — agrees, or adds its own reading."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="double_checks")
    step = models.PositiveSmallIntegerField(_("step"), validators=[MinValueValidator(1), MaxValueValidator(2)])
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("checked by"), on_delete=models.PROTECT, related_name="+"
    )
    agrees = models.BooleanField(_("agrees with the answers"), default=True)
    reading = models.TextField(_("own reading"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("double check")
        verbose_name_plural = _("double checks")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.signal_id} {self.step}"


class SignalFollow(models.Model):
    """A user follows a signal: comments on it notify them. Logging, sharing with one's organisation or commenting
    follows it; the user can stop."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="follows")
    muted = models.BooleanField(_("stopped following"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")
        constraints = [models.UniqueConstraint(fields=["user", "signal"], name="signalfollow_unique")]

    def __str__(self):
        return f"{self.user_id} {self.signal_id}"


class AccessLogEntry(models.Model):
    """Who read a signal at facts level or above, or downloaded one of its screenshots (DOMAIN.md §4). Written
    by the visibility core's ``record_access``; append-only: never changed, removed only with its signal."""

    id = models.BigAutoField(primary_key=True)
    signal = models.ForeignKey(Signal, verbose_name=_("signal"), on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("who"), on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    level = models.CharField(_("level"), max_length=10)
    kind = models.CharField(_("what"), max_length=15, choices=AccessKind.choices)
    object_id = models.CharField(_("object"), max_length=64, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["signal", "-at"], name="accesslog_signal_at_idx")]

    def __str__(self):
        return f"{self.signal_id} {self.user_id} {self.at}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise RuntimeError("the access log is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise RuntimeError("the access log is append-only")


class SignalGroupObjectPermission(GroupObjectPermissionBase):
    """Direct-foreign-key object permissions: a real FK with cascade and an index, no generic object_pk text.

    ``expires_at`` carries a share's expiry into the grant, so the visibility core's one ``Exists()`` stops
    counting an expired share by itself, without waiting for a periodic job."""

    content_object = models.ForeignKey(Signal, on_delete=models.CASCADE, verbose_name=_("signal"))
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)

    class Meta(GroupObjectPermissionBase.Meta):
        abstract = False
        verbose_name = _("signal group permission")
        verbose_name_plural = _("signal group permissions")
        indexes = [
            models.Index(fields=["content_object", "group"], name="signal_gperm_obj_group_idx"),
            # An organisation's grants read from the index alone (PostgreSQL only): "Gedeeld met ons" and its count.
            models.Index(
                fields=["group"], include=["content_object", "permission", "expires_at"], name="signal_gperm_group_idx"
            ),
        ]


class SignalUserObjectPermission(UserObjectPermissionBase):
    """Exists so that guardian never falls back to its generic table for signals; access is granted per
    organisation (group), not per user."""

    content_object = models.ForeignKey(Signal, on_delete=models.CASCADE, verbose_name=_("signal"))

    class Meta(UserObjectPermissionBase.Meta):
        abstract = False
        verbose_name = _("signal user permission")
        verbose_name_plural = _("signal user permissions")
