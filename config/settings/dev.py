"""Local development: `make run`. Embedded defaults where no server is given."""

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent.parent

os.environ.setdefault("DJANGO_DEBUG", "true")
os.environ.setdefault("DJANGO_SECRET_KEY", "dev-only-insecure-key-not-for-production")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_REPO / 'db.sqlite3'}")

from .base import *  # noqa: E402, F403
