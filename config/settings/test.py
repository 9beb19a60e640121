"""The test suite: real PostgreSQL and Redis (`make test` starts throwaway ones when none run)."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/samenduiden")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
# Two-factor authentication and the session limits are off by default in tests (force_login, time travel over
# hours); accounts/tests switches them on with override_settings.
os.environ.setdefault("SAMEN_DUIDEN_REQUIRE_2FA", "false")
os.environ.setdefault("SAMEN_DUIDEN_SESSION_IDLE_MINUTES", str(14 * 24 * 60))
os.environ.setdefault("SAMEN_DUIDEN_SESSION_MAX_HOURS", "0")
# Abuse limits far above the suite's many requests from one address and user (the throttle tests set tiny ones).
os.environ.setdefault("DJANGO_THROTTLE_ANON", "1000000/min")
os.environ.setdefault("DJANGO_THROTTLE_USER", "1000000/min")
os.environ.setdefault("DJANGO_THROTTLE_EXPORTS", "1000000/min")
os.environ.setdefault("DJANGO_THROTTLE_TOKEN_FAILURES", "1000000/min")

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast; tests only
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Serve static files from the apps' and project's static folders without collectstatic (live-server tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Uploaded screenshots go to a throwaway folder, never into the working tree.
import tempfile  # noqa: E402

MEDIA_ROOT = tempfile.mkdtemp(prefix="samenduiden-test-media-")
