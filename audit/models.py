"""The security audit log: who did what to which object, from where, when (issue #9, docs/security.md).

Append-only: the application only inserts. PostgreSQL refuses every UPDATE and DELETE of a row with a trigger
(migration 0002), so neither a bug nor the admin can rewrite history; the model refuses them too, for a clear error
before the database's. Only TRUNCATE (the test suite's flush) passes. Rows carry identifiers and codes, never
message content: ``detail`` holds a short fact like a format or a count, never text a user typed.

Nothing here is a foreign key: a row outlives the user, organisation or object it names (a purged signal leaves its
tombstone here), and a foreign key's ON DELETE would have to change the row.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .constants import AuditAction, AuditResult


class AppendOnlyError(Exception):
    """An audit event is never changed or removed."""


class AuditEvent(models.Model):
    id = models.BigAutoField(primary_key=True)
    at = models.DateTimeField(_("when (UTC)"), auto_now_add=True, db_index=True)
    user_id = models.UUIDField(_("user id"), null=True, blank=True)
    username = models.CharField(_("who"), max_length=150, blank=True)
    organisation_id = models.UUIDField(_("organisation id"), null=True, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    action = models.CharField(_("action"), max_length=32, choices=AuditAction.choices)
    result = models.CharField(_("result"), max_length=10, choices=AuditResult.choices, default=AuditResult.SUCCESS)
    object_type = models.CharField(_("object type"), max_length=64, blank=True)
    object_id = models.CharField(_("object"), max_length=64, blank=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    detail = models.CharField(_("detail"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("security event")
        verbose_name_plural = _("security audit log")
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["organisation_id", "-at"], name="audit_org_at_idx"),
            models.Index(fields=["object_type", "object_id"], name="audit_object_idx"),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.username or '-'} {self.action} {self.result}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("audit events are never changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("audit events are never removed")
