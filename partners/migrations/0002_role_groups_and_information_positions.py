"""Ship the role groups (with their permission codenames) and the partners' information positions as data."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_role_groups(apps, schema_editor):
    from partners.constants import ROLE_PERMISSIONS

    # Permissions are normally created after all migrations ran; the role groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, perms in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for perm in perms:
            app_label, codename = perm.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def load_information_positions(apps, schema_editor):
    from partners.reference_data import INFORMATION_POSITIONS

    InformationPosition = apps.get_model("partners", "InformationPosition")
    for partner_type, texts in INFORMATION_POSITIONS.items():
        # Never overwrite what an administrator edited.
        InformationPosition.objects.get_or_create(partner_type=partner_type, defaults=texts)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_role_groups, migrations.RunPython.noop),
        migrations.RunPython(load_information_positions, migrations.RunPython.noop),
    ]
