"""Ship the intervention matrix (seeds 001, 002 step 5, 003) as data."""

from django.db import migrations


def load_intervention_types(apps, schema_editor):
    from interventions.reference import ensure_intervention_types

    ensure_intervention_types(intervention_type_model=apps.get_model("interventions", "InterventionType"))


class Migration(migrations.Migration):
    dependencies = [("interventions", "0001_cases_and_interventions")]

    operations = [migrations.RunPython(load_intervention_types, migrations.RunPython.noop)]
