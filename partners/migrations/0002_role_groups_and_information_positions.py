"""Ship the role groups (with their permission codenames) and the partners' information positions as data."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_role_groups(apps, schema_editor):
    from partners.reference import ensure_role_groups

    # Permissions are normally created after all migrations ran; the role groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ensure_role_groups(group_model=apps.get_model("auth", "Group"), permission_model=apps.get_model("auth", "Permission"))


def load_information_positions(apps, schema_editor):
    from partners.reference import ensure_information_positions

    ensure_information_positions(position_model=apps.get_model("partners", "InformationPosition"))


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
