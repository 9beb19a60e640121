"""Networks, organisations, users and their memberships (DOMAIN.md §1) and the partners' information positions
(DOMAIN.md §2, seeds 004 and 002 "Partners en rollen")."""

import uuid

from django.conf import settings
from django.contrib.auth.models import AbstractUser, Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import Language, MembershipRole, PartnerType


class User(AbstractUser):
    """A professional (or a platform operator, who administers but never reads case content)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=Language.choices,
        default=Language.NL,
    )

    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.username


class Network(models.Model):
    """A samenwerkingsverband: one municipality (or region) with its organisations."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("name"), max_length=200, unique=True)
    coordinator = models.OneToOneField(
        "partners.Membership",
        verbose_name=_("network coordinator"),
        help_text=_("A coordinator of a public-order (OOV) organisation of this network: the regisseur."),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="coordinated_network",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["name"]
        permissions = [("coordinate_network", _("Can coordinate the network (regisseur)"))]

    def __str__(self):
        return self.name


class Organisation(models.Model):
    """An organisation of one partner type in one network. Its members form one auth group, which carries the
    object permissions that shares give it (see partners/visibility.py)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    network = models.ForeignKey(
        Network,
        verbose_name=_("network"),
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    name = models.CharField(_("name"), max_length=200)
    partner_type = models.CharField(_("partner type"), max_length=20, choices=PartnerType.choices)
    group = models.OneToOneField(
        Group,
        verbose_name=_("permission group"),
        on_delete=models.PROTECT,
        related_name="organisation",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["network__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["network", "name"], name="organisation_unique_name_per_network"),
        ]

    def __str__(self):
        return self.name


class Membership(models.Model):
    """A user belongs to exactly one organisation, as member or coordinator (team lead)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=MembershipRole.choices,
        default=MembershipRole.MEMBER,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        permissions = [
            ("view_network_partners", _("Can see the organisations of the own network")),
            ("manage_organisation_members", _("Can manage the members of the own organisation")),
            ("view_organisation_audit_log", _("Can see the audit log of the own organisation")),
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"

    @property
    def is_coordinator(self) -> bool:
        return self.role == MembershipRole.COORDINATOR

    @property
    def is_network_coordinator(self) -> bool:
        network = self.organisation.network
        return network.coordinator_id is not None and network.coordinator_id == self.pk


class InformationPosition(models.Model):
    """What a partner type is and may do online: reference data from seeds 004 and 002, editable in the admin."""

    partner_type = models.CharField(_("partner type"), max_length=20, choices=PartnerType.choices, unique=True)
    role = models.TextField(_("role"), blank=True)
    online_application = models.TextField(_("online application"), blank=True)
    sources = models.TextField(_("sources it may use"), blank=True)
    information_needed = models.TextField(_("information it needs"), blank=True)
    opportunities = models.TextField(_("opportunities"), blank=True)
    route_role = models.TextField(_("role in the route"), blank=True)
    source_reference = models.CharField(_("source reference"), max_length=200, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("information position")
        verbose_name_plural = _("information positions")

    def __str__(self):
        return self.get_partner_type_display()
