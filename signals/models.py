"""The concerning message (signaal). The foundation holds only what the visibility core needs; the intake and
route issue adds the fields of DOMAIN.md §3."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase
from simple_history.models import HistoricalRecords


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
    sharing_summary = models.TextField(
        _("sharing summary"),
        blank=True,
        help_text=_("Written by the owner without personal data; this is what partners at summary level read."),
    )
    message_text = models.TextField(_("message text or factual description"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("signal")
        verbose_name_plural = _("signals")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner_organisation", "-created_at"], name="signal_owner_created_idx")]
        # One codename per sharing level; a share grants one of them to the receiving organisation's group.
        permissions = [
            ("view_signal_summary", _("Can see the signal at summary level")),
            ("view_signal_facts", _("Can see the signal at facts level")),
            ("view_signal_full", _("Can see the signal at full level")),
        ]

    def __str__(self):
        return str(self.id)


class SignalGroupObjectPermission(GroupObjectPermissionBase):
    """Direct-foreign-key object permissions: a real FK with cascade and an index, no generic object_pk text."""

    content_object = models.ForeignKey(Signal, on_delete=models.CASCADE, verbose_name=_("signal"))

    class Meta(GroupObjectPermissionBase.Meta):
        abstract = False
        verbose_name = _("signal group permission")
        verbose_name_plural = _("signal group permissions")
        indexes = [models.Index(fields=["content_object", "group"], name="signal_gperm_obj_group_idx")]


class SignalUserObjectPermission(UserObjectPermissionBase):
    """Exists so that guardian never falls back to its generic table for signals; access is granted per
    organisation (group), not per user."""

    content_object = models.ForeignKey(Signal, on_delete=models.CASCADE, verbose_name=_("signal"))

    class Meta(UserObjectPermissionBase.Meta):
        abstract = False
        verbose_name = _("signal user permission")
        verbose_name_plural = _("signal user permissions")
