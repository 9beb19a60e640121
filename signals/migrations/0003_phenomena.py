"""Ship the online phenomena of seed 002 as data."""

from django.db import migrations


def load_phenomena(apps, schema_editor):
    from signals.reference import ensure_phenomena

    ensure_phenomena(phenomenon_model=apps.get_model("signals", "Phenomenon"))


class Migration(migrations.Migration):
    dependencies = [("signals", "0002_route")]

    operations = [migrations.RunPython(load_phenomena, migrations.RunPython.noop)]
