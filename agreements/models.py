"""The afsprakenkaart and the covenant of a network (DOMAIN.md §7, seeds 002 and 001).

A network keeps versions of its card: one column per organisation taking part, the four questions as rows. Each
organisation fills its own column and gives its akkoord (confirming the three basisafspraken); the network coordinator
adopts (vaststellen) a version once every column agreed. An adopted version never changes: the next version starts as
a copy. The practice session (oefensessie) prepares the card in the five steps of seed 002. The covenant record holds
what the network agreed in its netwerkconvenant (seed 001, Vredestijd 6 and 9).

Who sees and changes what is decided in partners/visibility.py (the agreements section): everything here is seen by
the members of the network's organisations, nobody else."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import QUESTION_FIELDS, QUESTION_LABELS, CardStatus, SessionStatus


def _answer_field(label):
    return models.TextField(label, blank=True)


class AgreementCard(models.Model):
    """One version of a network's afsprakenkaart."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    network = models.ForeignKey(
        "partners.Network", verbose_name=_("network"), on_delete=models.PROTECT, related_name="agreement_cards"
    )
    version = models.PositiveIntegerField(_("version"))
    status = models.CharField(_("status"), max_length=20, choices=CardStatus.choices, default=CardStatus.CONCEPT)
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("based on"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("put forward for agreement at"), null=True, blank=True)
    adopted_at = models.DateTimeField(_("adopted at"), null=True, blank=True)
    adopted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("adopted by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("agreements card")
        verbose_name_plural = _("agreements cards")
        ordering = ["network", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["network", "version"], name="agreement_card_unique_version"),
            # One version in the making per network: the next one starts when this one is adopted.
            models.UniqueConstraint(
                fields=["network"],
                condition=~Q(status=CardStatus.VASTGESTELD),
                name="agreement_card_one_open_version",
            ),
            models.CheckConstraint(
                condition=~Q(status=CardStatus.VASTGESTELD) | Q(adopted_at__isnull=False),
                name="agreement_card_adopted_has_date",
            ),
        ]

    def __str__(self):
        return f"{self.network} – {_('version')} {self.version}"

    @property
    def is_open(self) -> bool:
        return self.status != CardStatus.VASTGESTELD


class CardColumn(models.Model):
    """An organisation's column of a card: its answers to the four questions and its akkoord."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    card = models.ForeignKey(AgreementCard, verbose_name=_("card"), on_delete=models.CASCADE, related_name="columns")
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    involve_partner = _answer_field(_("when we involve a partner"))
    expect_involved = _answer_field(_("when we expect to be involved"))
    intervene_at = _answer_field(_("when we intervene"))
    expect_intervene = _answer_field(_("when we expect partners to intervene"))
    updated_at = models.DateTimeField(_("updated at"), null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    # The akkoord, with the basisafspraken confirmed: both or neither.
    agreed_at = models.DateTimeField(_("agreed at"), null=True, blank=True)
    agreed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("agreed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("column")
        verbose_name_plural = _("columns")
        constraints = [
            models.UniqueConstraint(fields=["card", "organisation"], name="card_column_unique_organisation"),
            models.CheckConstraint(
                condition=Q(agreed_at__isnull=True) | Q(agreed_by__isnull=False), name="card_column_agreed_by_whom"
            ),
        ]

    def __str__(self):
        return f"{self.card} – {self.organisation}"

    def answers(self) -> dict[str, str]:
        return {field: getattr(self, field) for field in QUESTION_FIELDS}

    @property
    def filled(self) -> int:
        """How many of the four questions this column answered."""
        return sum(1 for field in QUESTION_FIELDS if getattr(self, field).strip())


class CardNote(models.Model):
    """A conclusion carried into a card in the making (step 5): from a practice session or an evaluation. Each
    organisation decides what of it goes into its own column."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    card = models.ForeignKey(AgreementCard, verbose_name=_("card"), on_delete=models.CASCADE, related_name="notes")
    question = models.CharField(
        _("question"), max_length=20, choices=[(field, field) for field in QUESTION_FIELDS], blank=True
    )
    text = models.TextField(_("conclusion"))
    session = models.ForeignKey(
        "agreements.PracticeSession",
        verbose_name=_("practice session"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Where a conclusion without a practice session comes from (an evaluation), in the words of whoever carried it.
    source = models.CharField(_("source"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("conclusion for the card")
        verbose_name_plural = _("conclusions for the card")
        ordering = ["created_at"]

    def __str__(self):
        return self.text[:50]

    @property
    def question_label(self) -> str:
        return str(QUESTION_LABELS.get(self.question, ""))


class PracticeSession(models.Model):
    """Preparing the card (seed 002, steps 1-4): partners walk the route for chosen example messages, each writes down
    how, and the answers are put side by side for the discussion."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    network = models.ForeignKey(
        "partners.Network", verbose_name=_("network"), on_delete=models.PROTECT, related_name="practice_sessions"
    )
    title = models.CharField(_("title"), max_length=200)
    phenomena = models.ManyToManyField("signals.Phenomenon", verbose_name=_("example messages"), related_name="+")
    organisations = models.ManyToManyField(
        "partners.Organisation", verbose_name=_("participating organisations"), related_name="+"
    )
    status = models.CharField(_("status"), max_length=20, choices=SessionStatus.choices, default=SessionStatus.WRITING)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("opened by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("practice session")
        verbose_name_plural = _("practice sessions")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title


class PracticeAnswer(models.Model):
    """How one professional would walk the route for one example message (step 3: write it down for yourself)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    session = models.ForeignKey(
        PracticeSession, verbose_name=_("practice session"), on_delete=models.CASCADE, related_name="answers"
    )
    phenomenon = models.ForeignKey(
        "signals.Phenomenon", verbose_name=_("example message"), on_delete=models.PROTECT, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    interpretation = models.TextField(_("how I interpret this message"), blank=True)
    context = models.TextField(_("context information I have"), blank=True)
    involve = models.TextField(_("(when) I involve a partner"), blank=True)
    intervene = models.TextField(_("(how) I intervene"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("practice answer")
        verbose_name_plural = _("practice answers")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "phenomenon", "author"], name="practice_answer_one_per_author_and_example"
            )
        ]

    def __str__(self):
        return f"{self.session} – {self.phenomenon}"


def _covenant_path(instance, filename):
    return f"covenants/{instance.network_id}/{uuid.uuid4()}.pdf"


class Covenant(models.Model):
    """The netwerkconvenant of a network (seed 001, Vredestijd 6 and 9): kept by the network coordinator, read by
    every member of the network."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    network = models.OneToOneField(
        "partners.Network", verbose_name=_("network"), on_delete=models.PROTECT, related_name="covenant"
    )
    coordinator_name = models.CharField(
        _("network coordinator"),
        max_length=200,
        blank=True,
        help_text=_("Name and function of the regisseur, as the partners may know them."),
    )
    coordinator_contact = models.CharField(_("how to reach the network coordinator"), max_length=200, blank=True)
    scale_up = models.TextField(
        _("when to scale up"), blank=True, help_text=_("When and how the network scales up, and who decides.")
    )
    dpia_done_on = models.DateField(_("DPIA done on"), null=True, blank=True)
    dpia_reference = models.CharField(_("DPIA reference"), max_length=200, blank=True)
    dpo_name = models.CharField(_("data-protection officer"), max_length=200, blank=True)
    dpo_contact = models.CharField(_("how to reach the data-protection officer"), max_length=200, blank=True)
    document = models.FileField(_("covenant document"), upload_to=_covenant_path, blank=True)
    document_name = models.CharField(_("file name"), max_length=255, blank=True)
    document_uploaded_at = models.DateTimeField(_("uploaded at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("covenant")
        verbose_name_plural = _("covenants")

    def __str__(self):
        return str(self.network)


class CovenantTask(models.Model):
    """The task division (taakverdeling) of the covenant: what one organisation does."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    covenant = models.ForeignKey(Covenant, verbose_name=_("covenant"), on_delete=models.CASCADE, related_name="tasks")
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    tasks = models.TextField(_("tasks"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("task division")
        verbose_name_plural = _("task divisions")
        constraints = [
            models.UniqueConstraint(fields=["covenant", "organisation"], name="covenant_task_unique_organisation")
        ]

    def __str__(self):
        return f"{self.covenant} – {self.organisation}"
