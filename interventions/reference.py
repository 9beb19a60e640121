"""Reference data of the intervention matrix (``catalogue_data``). Idempotent; used by the data migration (with
historical models) and by ``seed_demo`` (a flushed test database gets it back)."""

from .catalogue_data import INTERVENTION_TYPES

FIELDS = ("title", "description", "phase", "mode", "level", "partner_types", "targets", "source")


def ensure_intervention_types(*, intervention_type_model) -> None:
    for position, item in enumerate(INTERVENTION_TYPES):
        # Never overwrite what an administrator edited.
        intervention_type_model.objects.get_or_create(
            code=item["code"],
            defaults={**{field: item[field] for field in FIELDS}, "position": position},
        )
