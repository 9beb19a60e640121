"""Reference data every installation needs: the role groups with their permission codenames, and the partners'
information positions. Idempotent; used by the data migration (with historical models) and by ``seed_demo``
(so a flushed test database gets them back)."""

from .constants import ROLE_PERMISSIONS
from .reference_data import INFORMATION_POSITIONS


def ensure_role_groups(*, group_model, permission_model) -> None:
    for group_name, perms in ROLE_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=group_name)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            wanted.append(permission_model.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.set(wanted)


def ensure_information_positions(*, position_model) -> None:
    for partner_type, texts in INFORMATION_POSITIONS.items():
        # Never overwrite what an administrator edited.
        position_model.objects.get_or_create(partner_type=partner_type, defaults=texts)
