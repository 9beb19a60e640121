"""Cases (casussen), their phase history, the online intervention matrix and interventions (DOMAIN.md §5-6).

Who sees a case, its signals and its interventions is decided in ``partners.visibility``; these models only hold
the data."""

import uuid

from django.conf import settings
from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from partners.constants import PartnerType

from .constants import InterventionStatus, Level, Mode, Phase, Target


class InterventionTypeQuerySet(models.QuerySet):
    def _with_code(self, field: str, code: str):
        # A JSON list of codes. PostgreSQL answers "contains" from the jsonb value; SQLite (the embedded demo
        # database) has no JSON containment, so there the quoted code is looked up in the JSON text. Codes are
        # distinct lower-case words, so a quoted code never matches inside another one.
        if connection.vendor == "postgresql":
            return self.filter(**{f"{field}__contains": [code]})
        return self.filter(**{f"{field}__icontains": f'"{code}"'})

    def for_partner_type(self, partner_type: str):
        return self._with_code("partner_types", partner_type)

    def for_target(self, target: str):
        return self._with_code("targets", target)

    def search(self, q: str):
        """Free text over title, description and source reference (the matrix page and the API alike)."""
        q = (q or "").strip()
        if not q:
            return self
        return self.filter(
            models.Q(title__icontains=q) | models.Q(description__icontains=q) | models.Q(source__icontains=q)
        )


class InterventionType(models.Model):
    """One entry of the intervention matrix: a handvat of seed 001, an action of seed 002 step 5 or a
    de-escalation tactic of seeds 001/003. Reference data, editable in the admin."""

    code = models.SlugField(_("code"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    partner_types = models.JSONField(
        _("partner types"),
        default=list,
        help_text=_("The partner types suited to carry it out."),
    )
    targets = models.JSONField(_("targets"), default=list)
    source = models.CharField(_("source reference"), max_length=200)
    position = models.PositiveIntegerField(_("position"), default=0)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive types are no longer suggested; interventions already planned keep them."),
    )

    objects = InterventionTypeQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("intervention type")
        verbose_name_plural = _("intervention types")
        ordering = ["position", "title"]
        indexes = [models.Index(fields=["phase", "mode"], name="intervention_type_phase_mode")]

    def __str__(self):
        return self.title

    def partner_type_labels(self) -> list[str]:
        labels = dict(PartnerType.choices)
        return [str(labels[code]) for code in self.partner_types if code in labels]

    def target_labels(self) -> list[str]:
        labels = dict(Target.choices)
        return [str(labels[code]) for code in self.targets if code in labels]


class Case(models.Model):
    """A casus: signals about one situation bundled, with a lead organisation, participating organisations and the
    phase of the cycle (DOMAIN.md §5)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    network = models.ForeignKey(
        "partners.Network",
        verbose_name=_("network"),
        on_delete=models.PROTECT,
        related_name="cases",
        editable=False,
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("Describe the situation, not the persons: no names, at most pseudonyms."),
    )
    description = models.TextField(_("description"), blank=True)
    lead_organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("lead organisation"),
        on_delete=models.PROTECT,
        related_name="led_cases",
    )
    organisations = models.ManyToManyField(
        "partners.Organisation",
        verbose_name=_("participating organisations"),
        through="CaseParticipant",
        related_name="cases",
    )
    signals = models.ManyToManyField(
        "signals.Signal",
        verbose_name=_("signals"),
        through="CaseSignal",
        related_name="cases",
    )
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices, default=Phase.VREDESTIJD)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-updated_at"]

    def __str__(self):
        return self.title


class CaseParticipant(models.Model):
    """An organisation taking part in a case. The lead organisation always takes part."""

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="participants")
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="case_participations",
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("case participant")
        verbose_name_plural = _("case participants")
        constraints = [
            models.UniqueConstraint(fields=["case", "organisation"], name="case_participant_unique"),
        ]
        # The case list asks "cases my organisation takes part in".
        indexes = [models.Index(fields=["organisation", "case"], name="case_participant_by_org")]

    def __str__(self):
        return f"{self.organisation} – {self.case}"


class CaseSignal(models.Model):
    """A signal bundled into a case. Who sees it, and at which level, stays the signal's own sharing."""

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="signal_links")
    signal = models.ForeignKey(
        "signals.Signal",
        verbose_name=_("signal"),
        on_delete=models.CASCADE,
        related_name="case_links",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    added_by_organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("added by organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("signal of a case")
        verbose_name_plural = _("signals of cases")
        constraints = [models.UniqueConstraint(fields=["case", "signal"], name="case_signal_unique")]

    def __str__(self):
        return f"{self.case} – {self.signal_id}"


class CasePhaseChange(models.Model):
    """One move of a case's phase, with who moved it and why. Append-only: the phase history of the case."""

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="phase_changes")
    from_phase = models.CharField(_("from phase"), max_length=20, choices=Phase.choices, blank=True)
    to_phase = models.CharField(_("to phase"), max_length=20, choices=Phase.choices)
    reason = models.TextField(_("reason"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("phase change")
        verbose_name_plural = _("phase changes")
        ordering = ["changed_at"]

    def __str__(self):
        return f"{self.case}: {self.from_phase} → {self.to_phase}"


class Intervention(models.Model):
    """An intervention planned or carried out on a case or on a signal: from the matrix or custom (DOMAIN.md §6)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(
        Case,
        verbose_name=_("case"),
        on_delete=models.CASCADE,
        related_name="interventions",
        null=True,
        blank=True,
    )
    signal = models.ForeignKey(
        "signals.Signal",
        verbose_name=_("signal"),
        on_delete=models.CASCADE,
        related_name="interventions",
        null=True,
        blank=True,
    )
    intervention_type = models.ForeignKey(
        InterventionType,
        verbose_name=_("from the intervention matrix"),
        on_delete=models.PROTECT,
        related_name="interventions",
        null=True,
        blank=True,
    )
    title = models.CharField(_("title"), max_length=200)
    phase = models.CharField(_("phase"), max_length=20, choices=Phase.choices)
    executing_organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("executing organisation"),
        on_delete=models.PROTECT,
        related_name="interventions",
    )
    executing_person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("executing person"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    goal = models.TextField(_("goal"))
    target = models.CharField(_("target"), max_length=20, choices=Target.choices)
    planned_date = models.DateField(_("planned date"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InterventionStatus.choices,
        default=InterventionStatus.PROPOSED,
    )
    outcome = models.TextField(_("outcome"), blank=True)
    effect = models.TextField(_("effect"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_by_organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("created by organisation"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("intervention")
        verbose_name_plural = _("interventions")
        ordering = ["planned_date", "created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(case__isnull=False, signal__isnull=True)
                | models.Q(case__isnull=True, signal__isnull=False),
                name="intervention_on_case_or_signal",
            ),
        ]

    def __str__(self):
        return self.title


class CrisisPlan(models.Model):
    """The action plan of a case in crisis (seed 001 Crisis, "Maak een actieplan" a-f): each choice with the
    network's decision and reasoning, the one line the network agreed, the communication lead and the checklist of
    signals of (further) escalation. ``choices`` maps a choice code of ``crisis_data.ACTION_PLAN_CHOICES`` to
    ``{"option": code, "reasoning": text}``; ``checklist`` maps a checklist code to ``{"checked": bool, "note": text}``.
    """

    case = models.OneToOneField(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="crisis_plan")
    choices = models.JSONField(_("choices"), default=dict, blank=True)
    one_line = models.TextField(_("the one line agreed by the network"), blank=True)
    communication_lead = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("communication lead"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    checklist = models.JSONField(_("escalation checklist"), default=dict, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("crisis action plan")
        verbose_name_plural = _("crisis action plans")

    def __str__(self):
        return str(self.case)
