"""docs/security.md promises that a pg_dump backup restores: this runs the script it names against the test
database, with a whole world of data committed, and requires every table's rows and the audit trigger back."""

import subprocess
from pathlib import Path

import pytest
from django.db import connection

from audit.audit import record
from audit.constants import AuditAction
from tests.factories import UserFactory

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "backup-restore-check.sh"


# Committed data: pg_dump reads over another connection.
@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_completely():
    # Rows that need no reference data (an earlier transactional test may have flushed the phenomena and groups).
    users = UserFactory.create_batch(5)
    for user in users:
        record(AuditAction.LOGIN, user=user)
    settings = connection.settings_dict
    host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    url = f"postgres://{settings['USER']}@{host}:{port}/{settings['NAME']}"
    if settings.get("PASSWORD"):
        url = url.replace("@", f":{settings['PASSWORD']}@", 1)
    result = subprocess.run([str(SCRIPT), url], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert "restore complete" in result.stdout
    assert "audit log append-only" in result.stdout
