"""Settings shared by every environment.

All logic lives here; dev, test and production only set defaults for the environment and import this module
(STYLE.md rule 1). The environment is read in this one place, with django-environ.
"""

from datetime import timedelta
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_htmx",
    "csp",
    "guardian",
    "simple_history",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    # Our apps.
    "partners",
    "signals",
    "agreements",
    "interventions",
    "aftercare",
    "riskcalendar",
    "notifications",
    "audit",
    "retention",
    "privacy",
    "accounts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise, so static files keep their long cache lifetime; every other response gets the policy.
    "csp.middleware.CSPMiddleware",
    "partners.security_headers.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "partners.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Idle timeout and absolute lifetime of a session; then two-factor authentication first (accounts/).
    "accounts.middleware.SessionLimitsMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "audit.middleware.AuditMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "partners.context_processors.membership",
                "notifications.context_processors.unread",
            ],
        },
    },
]

# Database: PostgreSQL in production and tests; the embedded default (SQLite) only where no server is given.
DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded demo database: take the write lock at the start of a transaction, so that concurrent requests
    # (an htmx draft save and a submit) wait for each other instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
    # PostgreSQL's covering indexes (``include=``, signals.Signal) are plain indexes there: fine for the demo.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "partners.User"
AUTHENTICATION_BACKENDS = [
    # django-axes first: refuses a username and address that are locked out, before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, loading the user's membership with the user (one query less on every page).
    "partners.authentication.MembershipBackend",
    "guardian.backends.ObjectPermissionBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = None  # show the logged-out page with its shared-computer advice

# Authentication hardening (accounts/, docs/security.md). Two-factor authentication (TOTP app plus backup codes):
# required for every account in production, optional in the demo and the tests.
SAMEN_DUIDEN_REQUIRE_2FA = env.bool("SAMEN_DUIDEN_REQUIRE_2FA", default=False)
OTP_TOTP_ISSUER = "Samen Duiden"
# Sessions end after this many idle minutes (the expiry moves on with use, at most once a minute a write) and at the
# latest this many hours after signing in (0: no absolute limit).
SESSION_COOKIE_AGE = env.int("SAMEN_DUIDEN_SESSION_IDLE_MINUTES", default=30) * 60
SAMEN_DUIDEN_SESSION_MAX_HOURS = env.int("SAMEN_DUIDEN_SESSION_MAX_HOURS", default=10)
# django-axes: after AXES_FAILURE_LIMIT failed sign-ins for one username from one address, that combination is
# locked for the cool-off time (or until an administrator lifts the lock in the admin).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The client's address as the audit log and the rate limits read it (REST_FRAMEWORK["NUM_PROXIES"] below).
AXES_CLIENT_IP_CALLABLE = "audit.audit.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
AXES_HTTP_RESPONSE_CODE = 429
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the lockout page names a fixed wait
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins are in the audit log already
AXES_VERBOSE = False  # no banner on every manage.py command; lockouts are in the audit log

# django-guardian: object permissions live in direct-foreign-key tables (see partners/visibility.py); there is no
# anonymous user with permissions.
ANONYMOUS_USER_NAME = None
GUARDIAN_MONKEY_PATCH_USER = False
GUARDIAN_MONKEY_PATCH_GROUP = False

# Internationalisation: English source strings, Dutch first.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Amsterdam"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"  # Never served directly: uploads are served by views that check visibility.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Redis: cache and Celery broker. Without REDIS_URL (the embedded default of `make run`), tasks run in-process.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    CELERY_BROKER_URL = REDIS_URL
    CELERY_RESULT_BACKEND = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = False
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CELERY_BROKER_URL = "memory://"
    CELERY_RESULT_BACKEND = "cache+memory://"
    CELERY_TASK_ALWAYS_EAGER = True
    CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BEAT_SCHEDULE: dict = {
    # Expired shares already give no sight (the visibility core checks the time); this tidies their grants away and
    # records the end in the share's history.
    "end-expired-shares": {"task": "signals.tasks.end_expired_shares", "schedule": 15 * 60},
    # The risk calendar: windows that start today, each morning at 07:00 Amsterdam time; the coming four weeks each
    # Monday at 07:30 (CELERY_TIMEZONE is Europe/Amsterdam, so the hour holds across daylight saving time).
    "risk-window-alerts": {
        "task": "riskcalendar.tasks.send_risk_window_alerts",
        "schedule": crontab(hour=7, minute=0),
    },
    # Aftercare tasks that are due, each morning at 07:15: their organisation is reminded (again a week later).
    "aftercare-reminders": {
        "task": "aftercare.tasks.send_aftercare_reminders",
        "schedule": crontab(hour=7, minute=15),
    },
    "risk-weekly-digest": {
        "task": "riskcalendar.tasks.send_risk_digests",
        "schedule": crontab(hour=7, minute=30, day_of_week="mon"),
    },
    # Retention (AVG): what passed its network's retention period is removed everywhere, each night at 02:30.
    "retention-purge": {"task": "retention.tasks.purge_expired", "schedule": crontab(hour=2, minute=30)},
}
# The retention periods in months of a network without its own policy (retention/models.py).
RETENTION_DEFAULT_MONTHS = {"signal": 12, "case": 24, "evaluation": 60}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# The address of the application as users reach it, for links in e-mails.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Samen Duiden <noreply@samenduiden.invalid>")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not from the cookie.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp): scripts and styles only from our own static files, never inline (base.html
# configures htmx for it: no eval, no indicator <style>). data: images are the icons inside the design system's CSS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}
# What a browser may use at all on our pages (the Permissions-Policy header, partners/security_headers.py).
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: an API client without credentials gets 401 with a WWW-Authenticate header.
        "partners.authentication.MembershipTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # Abuse limits on the Redis cache (partners/ratelimit.py): per user, per address without a user, and a stricter
    # scope for exports and PDFs (the HTML downloads share that bucket through partners.ratelimit.rate_limited).
    "DEFAULT_THROTTLE_CLASSES": [
        "partners.ratelimit.AnonRateThrottle",
        "partners.ratelimit.UserRateThrottle",
        "partners.ratelimit.ScopedRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("DJANGO_THROTTLE_ANON", default="120/min"),
        "user": env.str("DJANGO_THROTTLE_USER", default="1200/min"),
        "exports": env.str("DJANGO_THROTTLE_EXPORTS", default="60/hour"),
        "token_failures": env.str("DJANGO_THROTTLE_TOKEN_FAILURES", default="20/hour"),
    },
    # The address of a caller without a user: the reverse proxies in front (production: 1) each add one to
    # X-Forwarded-For; 0 reads REMOTE_ADDR (a client cannot choose its address by sending the header itself).
    "NUM_PROXIES": env.int("DJANGO_NUM_PROXIES", default=0),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Samen Duiden API",
    "DESCRIPTION": "Signals, sharing and follow-up between municipal partners. Objects the caller may not see "
    "answer 404.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SWAGGER_UI_DIST": "SIDECAR",
    # No badge image from the public validator (blocked by the Content-Security-Policy, and it would tell a third party
    # where the schema is).
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    # Pagination's 404 and the filters' 400 on every list (config/schema.py).
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "config.schema.document_list_errors"],
    # Choice sets shared by several fields, or several sets behind one field name, get one clear enum name each.
    "ENUM_NAME_OVERRIDES": {
        "SignalStatusEnum": "signals.constants.SignalStatus",
        "ActionStatusEnum": "signals.constants.ActionStatus",
        "DecisionEnum": "signals.constants.Decision",
        "CommentPhaseEnum": "signals.constants.CommentPhase",
        "ShareLevelEnum": "signals.constants.ShareLevel",
        "LegalGroundEnum": "signals.constants.LegalGround",
        "PhaseEnum": "interventions.constants.Phase",
        "InterventionStatusEnum": "interventions.constants.InterventionStatus",
        "InterventionLevelEnum": "interventions.constants.Level",
        "TargetEnum": "interventions.constants.Target",
        "PartnerTypeEnum": "partners.constants.PartnerType",
        # The step-5 action kinds keep the name they had before the risk calendar also had a "kind".
        "KindEnum": "signals.route_data.ACTIONS",
        "RiskKindEnum": "riskcalendar.constants.RiskKind",
        "RiskLevelEnum": "riskcalendar.constants.RiskLevel",
        "WindowRuleEnum": "riskcalendar.constants.WindowRule",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # WeasyPrint reports every layout step at INFO; its warnings (a missing font, a refused resource) still show.
    "loggers": {"weasyprint.progress": {"level": "WARNING"}},
}
