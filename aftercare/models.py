"""Aftercare (nazorg) of a case, support for own staff, the misinformation log and the evaluation with its report
(DOMAIN.md §8). Who sees what is decided in ``partners.visibility``; these models only hold the data."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import (
    AFTERCARE_TASK_TEXTS,
    EvaluationStatus,
    IncidentKind,
    ReportStatus,
    RumourStatus,
    StaffReportStatus,
    TaskStatus,
)


class AftercareTask(models.Model):
    """One task of a case's aftercare plan, made from a handvat of seed 001 (``code``) or added by hand (no code)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(
        "interventions.Case", verbose_name=_("case"), on_delete=models.CASCADE, related_name="aftercare_tasks"
    )
    code = models.CharField(_("handvat"), max_length=30, blank=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("what it asks"), blank=True)
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="aftercare_tasks",
        null=True,
        blank=True,
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.OPEN)
    note = models.TextField(_("note"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    # The day the organisation was last reminded that the task is due: the daily job reminds once per day at most.
    reminded_on = models.DateField(_("reminded on"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("aftercare task")
        verbose_name_plural = _("aftercare tasks")
        ordering = ["position", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "code"], condition=~models.Q(code=""), name="aftercare_task_one_per_handvat"
            ),
        ]
        # The daily reminder asks "open tasks due by today".
        indexes = [models.Index(fields=["due_date", "status"], name="aftercare_task_due_idx")]

    def __str__(self):
        return self.title

    @property
    def source_point(self) -> str:
        entry = AFTERCARE_TASK_TEXTS.get(self.code)
        return entry[2] if entry else ""


class StaffReport(models.Model):
    """A confidential internal report of a burdening online incident by a professional (seed 001, "Bied interne
    ondersteuning"). Read by the reporter and the coordinators of their own organisation only: never shared with
    partners, never in a network report."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="staff_reports",
        editable=False,
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reporter"), on_delete=models.PROTECT, related_name="staff_reports"
    )
    case = models.ForeignKey(
        "interventions.Case",
        verbose_name=_("case"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    occurred_on = models.DateField(_("when it happened"))
    kind = models.CharField(_("what happened"), max_length=20, choices=IncidentKind.choices)
    description = models.TextField(_("description"))
    stressors = models.JSONField(_("causes of stress"), default=list, blank=True)
    wishes = models.JSONField(_("follow-up wished"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=StaffReportStatus.choices, default=StaffReportStatus.REPORTED
    )
    follow_up = models.JSONField(_("follow-up offered"), default=list, blank=True)
    follow_up_note = models.TextField(_("follow-up agreed"), blank=True)
    followed_up_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("followed up by"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("internal report of a burdening incident")
        verbose_name_plural = _("internal reports of burdening incidents")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["organisation", "-created_at"], name="staff_report_org_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.occurred_on})"


class Rumour(models.Model):
    """An entry of a case's misinformation log: the rumour, the counter-message and who carries it, checked against
    the six recommendations of seed 001 (``rules``: the codes ticked)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(
        "interventions.Case", verbose_name=_("case"), on_delete=models.CASCADE, related_name="rumours"
    )
    rumour = models.TextField(_("rumour"))
    where = models.CharField(_("where it goes round"), max_length=200, blank=True)
    facts = models.TextField(_("the facts"), blank=True)
    counter_message = models.TextField(_("counter-message"), blank=True)
    messenger = models.CharField(_("credible messenger"), max_length=200, blank=True)
    carried_by = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation in contact with the messenger"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    rules = models.JSONField(_("recommendations followed"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=RumourStatus.choices, default=RumourStatus.SPOTTED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    created_by_organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("created by organisation"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("rumour")
        verbose_name_plural = _("misinformation log")
        ordering = ["-created_at"]

    def __str__(self):
        return self.rumour[:60]


class Evaluation(models.Model):
    """The network-wide evaluation of a case, started by the network coordinator: each participating organisation
    writes its part, the coordinator adds the conclusions, the agreed follow-ups and the state of the procedures,
    and finalises it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.OneToOneField(
        "interventions.Case", verbose_name=_("case"), on_delete=models.CASCADE, related_name="evaluation"
    )
    network = models.ForeignKey(
        "partners.Network", verbose_name=_("network"), on_delete=models.PROTECT, related_name="+", editable=False
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EvaluationStatus.choices, default=EvaluationStatus.OPEN
    )
    period_start = models.DateField(_("period from"), null=True, blank=True)
    period_end = models.DateField(_("period until"), null=True, blank=True)
    conclusions = models.TextField(_("conclusions of the network"), blank=True)
    follow_ups = models.TextField(_("agreed follow-ups"), blank=True, help_text=_("One per line."))
    # {procedure code: {"status": ProcedureStatus, "note": text}}
    procedures = models.JSONField(_("procedures"), default=dict, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("started by"), on_delete=models.PROTECT, related_name="+"
    )
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finalised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("finalised by"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    finalised_at = models.DateTimeField(_("finalised at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["-started_at"]

    def __str__(self):
        return str(self.case)

    @property
    def is_open(self) -> bool:
        return self.status == EvaluationStatus.OPEN

    def follow_up_lines(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.follow_ups.splitlines() if line.strip(" -•\t")]


class EvaluationPart(models.Model):
    """One organisation's part of an evaluation. Partners read it once submitted; ``internal`` never leaves the
    organisation."""

    evaluation = models.ForeignKey(
        Evaluation, verbose_name=_("evaluation"), on_delete=models.CASCADE, related_name="parts"
    )
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    went_well = models.TextField(_("what went well"), blank=True)
    went_badly = models.TextField(_("what did not go well"), blank=True)
    do_better = models.TextField(_("what can be better next time"), blank=True)
    perceptions = models.TextField(_("different perceptions"), blank=True)
    agreements_to_change = models.TextField(_("agreements to change"), blank=True)
    internal = models.TextField(_("internal evaluation"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("part of an evaluation")
        verbose_name_plural = _("parts of evaluations")
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "organisation"], name="evaluation_part_per_organisation")
        ]

    def __str__(self):
        return f"{self.evaluation} – {self.organisation}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class EvaluationReport(models.Model):
    """The PDF report of a finalised evaluation as one organisation may read it (each organisation sees the case's
    signals at its own level, so each gets its own PDF). Made by a Celery task; ``fingerprint`` is what the report
    was made from (the signals and their levels, the interventions, the evaluation), so that a report whose sources
    changed — a share revoked, a text edited — is made again before anyone downloads it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    evaluation = models.ForeignKey(
        Evaluation, verbose_name=_("evaluation"), on_delete=models.CASCADE, related_name="reports"
    )
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    # The member whose sight the report is made with (a member of ``organisation``).
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("requested by"), on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(_("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.QUEUED)
    fingerprint = models.CharField(_("made from"), max_length=64, blank=True)
    file = models.FileField(_("file"), upload_to="evaluation-reports/", blank=True)
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    requested_at = models.DateTimeField(_("requested at"), auto_now=True)
    rendered_at = models.DateTimeField(_("made at"), null=True, blank=True)

    class Meta:
        verbose_name = _("evaluation report")
        verbose_name_plural = _("evaluation reports")
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "organisation"], name="evaluation_report_per_organisation")
        ]

    def __str__(self):
        return f"{self.evaluation} – {self.organisation}"


class ReportDownload(models.Model):
    """Who downloaded an evaluation report, when (append-only)."""

    report = models.ForeignKey(
        EvaluationReport, verbose_name=_("report"), on_delete=models.CASCADE, related_name="downloads"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        "partners.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    via = models.CharField(_("via"), max_length=10, default="page")
    downloaded_at = models.DateTimeField(_("downloaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("report download")
        verbose_name_plural = _("report downloads")
        ordering = ["-downloaded_at"]

    def __str__(self):
        return f"{self.report} – {self.user_id}"
