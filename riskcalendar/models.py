"""The risicokalender of the municipality (DOMAIN.md §9): entries kept by the OOV organisation, the windows the
product derives from them, who reads them, the calendar feeds and the weekly digests sent.

Who sees an entry is decided in partners/visibility.py (``risk_events_visible_to``): the keeping organisation and the
organisations of the network it chose, nobody else."""

import hashlib
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import SENTENCING_DAYS_AFTER, SENTENCING_DAYS_BEFORE, RiskKind, RiskLevel, WindowRule

MAX_WINDOW_DAYS = 365


class RiskEvent(models.Model):
    """An entry: a moment or period with a risk estimate, in an area (wijk) of the municipality."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    network = models.ForeignKey(
        "partners.Network",
        verbose_name=_("network"),
        on_delete=models.PROTECT,
        related_name="risk_events",
        editable=False,
    )
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("kept by"),
        on_delete=models.PROTECT,
        related_name="kept_risk_events",
        editable=False,
    )
    kind = models.CharField(_("kind"), max_length=20, choices=RiskKind.choices)
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("Name the moment, not a person: no names, at most the pseudonyms of a linked case."),
    )
    start_date = models.DateField(
        _("date"),
        help_text=_("The day of the incident, announcement or release, or the first day of the period."),
    )
    end_date = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("Only for a period of several days (a fair, the school holidays)."),
    )
    area = models.CharField(_("area"), max_length=100, help_text=_("The district (wijk) or area it concerns."))
    risk_level = models.CharField(_("risk level"), max_length=10, choices=RiskLevel.choices)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What is known and why it matters: no names of persons."),
    )
    case = models.ForeignKey(
        "interventions.Case",
        verbose_name=_("linked case"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="risk_events",
    )
    organisations = models.ManyToManyField(
        "partners.Organisation",
        verbose_name=_("organisations that see it"),
        through="RiskEventReader",
        related_name="readable_risk_events",
        blank=True,
    )
    days_before = models.PositiveSmallIntegerField(
        _("days before the announcement"),
        default=SENTENCING_DAYS_BEFORE,
        validators=[MaxValueValidator(MAX_WINDOW_DAYS)],
        help_text=_("For an announcement of a sentence or prosecution demand: where its window starts."),
    )
    days_after = models.PositiveSmallIntegerField(
        _("days after the announcement"),
        default=SENTENCING_DAYS_AFTER,
        validators=[MaxValueValidator(MAX_WINDOW_DAYS)],
        help_text=_("For an announcement of a sentence or prosecution demand: where its window ends."),
    )
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
        verbose_name = _("risk calendar entry")
        verbose_name_plural = _("risk calendar entries")
        ordering = ["-start_date"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True) | models.Q(end_date__gte=models.F("start_date")),
                name="risk_event_end_after_start",
            ),
        ]
        indexes = [models.Index(fields=["network", "organisation"], name="risk_event_keeper_idx")]

    def __str__(self):
        return self.title


class RiskEventReader(models.Model):
    """An organisation of the network (other than the keeper) that sees an entry and its windows."""

    event = models.ForeignKey(RiskEvent, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="readers")
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="risk_event_readings",
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisation that sees an entry")
        verbose_name_plural = _("organisations that see entries")
        constraints = [models.UniqueConstraint(fields=["event", "organisation"], name="risk_event_reader_unique")]
        # Visibility asks "entries my organisation reads".
        indexes = [models.Index(fields=["organisation", "event"], name="risk_event_reader_by_org")]

    def __str__(self):
        return f"{self.organisation} – {self.event}"


class RiskWindow(models.Model):
    """A calendar item derived from an entry (riskcalendar/rules.py); recomputed whenever the entry changes, in
    place, so that an alert already sent for a window stays sent unless its start moves."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    event = models.ForeignKey(RiskEvent, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="windows")
    rule = models.CharField(_("derived as"), max_length=20, choices=WindowRule.choices)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"))
    anchor_date = models.DateField(_("from the date"))
    alerted_for = models.DateField(
        _("start alerted"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The start date for which the partners were alerted: an alert goes out once per start."),
    )

    class Meta:
        verbose_name = _("risk window")
        verbose_name_plural = _("risk windows")
        ordering = ["start_date", "end_date"]
        constraints = [
            models.UniqueConstraint(fields=["event", "rule"], name="risk_window_unique_rule"),
            models.CheckConstraint(condition=models.Q(end_date__gte=models.F("start_date")), name="risk_window_order"),
        ]
        indexes = [models.Index(fields=["start_date", "end_date"], name="risk_window_dates_idx")]

    def __str__(self):
        return f"{self.get_rule_display()}: {self.start_date} – {self.end_date}"


def hash_feed_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class CalendarFeedToken(models.Model):
    """The secret of a user's calendar feed (/calendar/<key>.ics). Only its SHA-256 is stored: the key is shown
    once, when it is made; revoking deletes the row, after which the feed answers 404."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="calendar_feed_token",
    )
    key_hash = models.CharField(_("key (SHA-256)"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("calendar feed token")
        verbose_name_plural = _("calendar feed tokens")

    def __str__(self):
        return f"{self.user}"


class RiskDigest(models.Model):
    """The weekly digest of the coming four weeks, sent to an organisation's members once per week."""

    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    week_start = models.DateField(_("week of"))
    window_count = models.PositiveIntegerField(_("windows"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("risk digest")
        verbose_name_plural = _("risk digests")
        constraints = [models.UniqueConstraint(fields=["organisation", "week_start"], name="risk_digest_once")]

    def __str__(self):
        return f"{self.organisation} {self.week_start}"
