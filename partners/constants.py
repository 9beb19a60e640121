from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerType(models.TextChoices):
    """The partner types of a network (DOMAIN.md §1, seeds 002 and 004)."""

    JONGERENWERK = "jongerenwerk", _("Youth work")
    POLITIE = "politie", _("Police")
    GEMEENTE_OOV = "gemeente_oov", _("Municipality (public order and safety)")
    SCHOOL = "school", _("School")
    HANDHAVING = "handhaving", _("Municipal enforcement")
    OTHER = "other", _("Other partner")


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("Member")
    COORDINATOR = "coordinator", _("Coordinator")


class Language(models.TextChoices):
    NL = "nl", _("Dutch")
    EN = "en", _("English")


# Role groups are shipped as data (migration 0002) and carry permission codenames; code checks codenames,
# never group names (STYLE.md rule 6).
ROLE_GROUP_MEMBER = "role:member"
ROLE_GROUP_COORDINATOR = "role:coordinator"
ROLE_GROUP_NETWORK_COORDINATOR = "role:network_coordinator"

ROLE_PERMISSIONS = {
    ROLE_GROUP_MEMBER: ["partners.view_network_partners"],
    ROLE_GROUP_COORDINATOR: [
        "partners.view_network_partners",
        "partners.manage_organisation_members",
        "partners.view_organisation_audit_log",
    ],
    ROLE_GROUP_NETWORK_COORDINATOR: ["partners.coordinate_network"],
}
