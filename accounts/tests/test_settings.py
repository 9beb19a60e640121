"""Production asks for two-factor authentication and limits sessions by default; the environment can change it."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PRINT = (
    "import django, json; django.setup(); from django.conf import settings as s; print(json.dumps(["
    "s.SAMEN_DUIDEN_REQUIRE_2FA, s.SESSION_COOKIE_AGE, s.SAMEN_DUIDEN_SESSION_MAX_HOURS, s.AXES_FAILURE_LIMIT,"
    " s.AXES_COOLOFF_TIME.total_seconds(), s.AXES_LOCKOUT_PARAMETERS, s.AUTHENTICATION_BACKENDS[0]]))"
)


def _settings(module: str, **extra) -> list:
    # The test settings put their own defaults into this process's environment: leave them out.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SAMEN_DUIDEN_", "AXES_"))}
    env.update(
        DJANGO_SETTINGS_MODULE=module,
        DJANGO_SECRET_KEY="x" * 20 + "-settings-check-key-that-is-long-enough-0123456789",
        DJANGO_ALLOWED_HOSTS="samenduiden.example.nl",
        REDIS_URL="redis://127.0.0.1:6379/0",
        **extra,
    )
    result = subprocess.run(  # noqa: S603  (this interpreter, a fixed script)
        [sys.executable, "-c", PRINT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_defaults():
    assert _settings("config.settings.production") == [
        True,
        30 * 60,
        10,
        5,
        30 * 60,
        [["username", "ip_address"]],
        "axes.backends.AxesStandaloneBackend",
    ]


def test_the_environment_sets_the_limits_and_the_demo_needs_no_second_step():
    assert _settings(
        "config.settings.production",
        SAMEN_DUIDEN_REQUIRE_2FA="false",
        SAMEN_DUIDEN_SESSION_IDLE_MINUTES="15",
        SAMEN_DUIDEN_SESSION_MAX_HOURS="8",
        AXES_FAILURE_LIMIT="10",
        AXES_COOLOFF_MINUTES="60",
    )[:5] == [False, 15 * 60, 8, 10, 60 * 60]
    demo = _settings("config.settings.dev", DATABASE_URL="sqlite:////tmp/samenduiden-settings-check.sqlite3")
    assert demo[0] is False
