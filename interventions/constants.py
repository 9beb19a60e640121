"""Choices of the cases and the online intervention matrix (DOMAIN.md §5-6, seeds 000, 001, 002 step 5, 003)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Phase(models.TextChoices):
    """The phases of the cycle of online-driven violence (seed 001). A case can move back and forth."""

    VREDESTIJD = "vredestijd", _("Peace time")
    CRISIS = "crisis", _("Crisis")
    NAZORG = "nazorg", _("Aftercare")


class Mode(models.TextChoices):
    ONLINE = "online", _("Online")
    OFFLINE = "offline", _("Offline")
    BOTH = "both", _("Online and offline")


class Level(models.TextChoices):
    """Macro: the municipality or society; meso: a group, network or neighbourhood; micro: one young person."""

    MACRO = "macro", _("Macro")
    MESO = "meso", _("Meso")
    MICRO = "micro", _("Micro")


class Target(models.TextChoices):
    POSTER = "poster", _("Poster or perpetrator")
    VICTIM = "victim", _("Victim")
    GROUP = "group", _("Group")
    PARENTS = "parents", _("Parents")
    COMMUNITY = "community", _("Community")
    OWN_STAFF = "own_staff", _("Own staff")


class InterventionStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")
