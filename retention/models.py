"""How long a network keeps what it closed (issue #9, AVG): one policy per network, in months per kind. A network
without a policy keeps the defaults of ``settings.RETENTION_DEFAULT_MONTHS``. What the periods count from, and what
the nightly purge removes, is in retention/rules.py and retention/purge.py."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

MIN_MONTHS = 1
MAX_MONTHS = 120

_BOUNDS = [MinValueValidator(MIN_MONTHS), MaxValueValidator(MAX_MONTHS)]


class RetentionPolicy(models.Model):
    network = models.OneToOneField(
        "partners.Network", verbose_name=_("network"), on_delete=models.CASCADE, related_name="retention_policy"
    )
    signal_months = models.PositiveSmallIntegerField(
        _("closed signals (months)"),
        validators=_BOUNDS,
        help_text=_("Counted from the last change of a closed signal: closing it is its last change."),
    )
    case_months = models.PositiveSmallIntegerField(
        _("cases (months)"),
        validators=_BOUNDS,
        help_text=_(
            "Counted from the last activity on a case: its phase, interventions, aftercare and evaluation. A case "
            "with a finalised evaluation is kept at least as long as its evaluation."
        ),
    )
    evaluation_months = models.PositiveSmallIntegerField(
        _("finalised evaluations (months)"),
        validators=_BOUNDS,
        help_text=_("Counted from the day the evaluation was finalised."),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("retention policy")
        verbose_name_plural = _("retention policies")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(**{f"{field}__gte": MIN_MONTHS, f"{field}__lte": MAX_MONTHS}),
                name=f"retention_{field}_bounds",
            )
            for field in ("signal_months", "case_months", "evaluation_months")
        ]

    def __str__(self):
        return str(self.network)

    @classmethod
    def for_network(cls, network) -> "RetentionPolicy":
        """The network's policy, or an unsaved one with the defaults of the settings."""
        policy = cls.objects.filter(network_id=network.pk).first()
        if policy is None:
            defaults = settings.RETENTION_DEFAULT_MONTHS
            policy = cls(
                network=network,
                signal_months=defaults["signal"],
                case_months=defaults["case"],
                evaluation_months=defaults["evaluation"],
            )
        return policy

    @property
    def is_default(self) -> bool:
        return self._state.adding

    def months(self, kind: str) -> int:
        return {"signal": self.signal_months, "case": self.case_months, "evaluation": self.evaluation_months}[kind]
