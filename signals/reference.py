"""Reference data of the signals app: the online phenomena of seed 002. Idempotent; used by the data migration
(historical models) and by ``seed_demo`` (a flushed test database gets them back)."""

from .phenomena_data import PHENOMENA


def ensure_phenomena(*, phenomenon_model) -> None:
    for position, item in enumerate(PHENOMENA):
        # Never overwrite what an administrator edited.
        phenomenon_model.objects.get_or_create(
            code=item["code"],
            defaults={
                "name": item["name"],
                "description": item.get("description", ""),
                "example": item.get("example", ""),
                "guidance": item.get("guidance", ""),
                "position": position,
            },
        )
