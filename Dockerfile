# syntax=docker/dockerfile:1
# Production image: gunicorn serving config.wsgi, static files collected for whitenoise.
# The same image runs the Celery worker and beat (see docker-compose.yml).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production

# WeasyPrint lays out text with Pango and HarfBuzz and needs at least one font; gettext for Django's i18n tools
# (the compiled .mo files are committed, so nothing is compiled here).
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core gettext \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 1000 app \
    && useradd --system --uid 1000 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app

WORKDIR /app

# Dependencies first, in their own layer: it is rebuilt only when the pins change.
COPY pyproject.toml constraints.txt README.md ./
RUN pip install -c constraints.txt . && rm -rf build ./*.egg-info

COPY . .
# collectstatic needs settings that import, not real secrets or servers; none of these values end up in the image's
# environment.
RUN DJANGO_SECRET_KEY=collectstatic-only \
    DATABASE_URL=sqlite:////tmp/collectstatic.sqlite3 \
    REDIS_URL=redis://127.0.0.1:6379/0 \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/media \
    && chown app:app /app/media

USER app
EXPOSE 8000
# Tune with GUNICORN_CMD_ARGS, e.g. "--workers 5 --timeout 60".
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
