"""Production: everything comes from the environment; there is no default secret."""

import os

os.environ.setdefault("DJANGO_DEBUG", "false")
# Behind one reverse proxy that terminates TLS (docs/security.md): the client address is its X-Forwarded-For entry.
os.environ.setdefault("DJANGO_NUM_PROXIES", "1")
os.environ.setdefault("SAMEN_DUIDEN_REQUIRE_2FA", "true")

import environ

from .base import *  # noqa: F403
from .base import env

if not REDIS_URL:  # noqa: F405
    raise environ.ImproperlyConfigured("REDIS_URL is required in production")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
