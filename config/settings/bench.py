"""`make bench` only: the app as production runs it (DEBUG off, no toolbar, real caches) on 127.0.0.1 over plain
http, against the benchmark's own database (benchmark/run.py sets DATABASE_URL and REDIS_URL), with the benchmark
app: its data set, the bare reference view and a middleware that reports the number of queries of each request."""

import os

os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-insecure-key")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
# Abuse limits far above the benchmark's readers (the throttle tests set tiny ones).
os.environ.setdefault("DJANGO_THROTTLE_ANON", "1000000/min")
os.environ.setdefault("DJANGO_THROTTLE_USER", "1000000/min")
os.environ.setdefault("DJANGO_THROTTLE_EXPORTS", "1000000/min")
os.environ.setdefault("DJANGO_THROTTLE_TOKEN_FAILURES", "1000000/min")

from .base import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "benchmark"]  # noqa: F405
MIDDLEWARE = ["benchmark.middleware.QueryCountMiddleware", *MIDDLEWARE]  # noqa: F405
ROOT_URLCONF = "benchmark.urls"
# Static files from the apps' folders without collectstatic; the pages measured are the same either way.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", str(BASE_DIR / "build" / "bench" / "static"))  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = os.environ.get("BENCH_MEDIA_ROOT", str(BASE_DIR / "build" / "bench" / "media"))  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"handlers": [], "level": "WARNING"}}
