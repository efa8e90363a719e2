"""TweetDesk settings, read from the environment.

`make run` sets the embedded defaults (SQLite, kombu's filesystem broker, the local X API sandbox);
production sets the variables listed in `.env.example` (see README). A `.env` file at the project
root, written by `make` on first use, is read when present; real environment variables win.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (production). "
            "For local use run `make run`, which writes a .env with a generated key."
        )
    SECRET_KEY = "insecure-debug-only-key"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "django_filters",
    "accounts",
    "audit",
    "moderation",
    "incidents",
    "notifications",
    "publishing",
    "ruleset",
    "mentions",
    "dashboard",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "tweetdesk.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.role",
                "incidents.context_processors.critical_incidents",
                "notifications.context_processors.notification_count",
            ],
        },
    },
]

WSGI_APPLICATION = "tweetdesk.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'tweetdesk.sqlite3'}"),
}
# Persistent connections: a new PostgreSQL connection per request costs more than the request.
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
WHITENOISE_USE_FINDERS = DEBUG

CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://")}
# With a cache every process shares (Redis), sessions are read from it and written through to
# the database; a per-process cache would let one process miss another's logout.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.db"
    if "locmem" in CACHES["default"]["BACKEND"].lower()
    else "django.contrib.sessions.backends.cached_db"
)

# EMAIL_URL (django-environ): smtp+tls://user:password@smtp.example.org:587, smtp+ssl://...:465,
# or consolemail:// (the default: mail is printed). EMAIL_BACKEND still overrides the backend.
vars().update(
    {
        key: value
        for key, value in env.email_url("EMAIL_URL", default="consolemail://").items()
        if value not in (None, "")
    }
)
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default=EMAIL_BACKEND)  # noqa: F821 - set just above
# Seconds before an SMTP server that does not answer is given up on (the task then retries).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="tweetdesk@localhost")

# --- Celery -------------------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL)
if CELERY_BROKER_URL.startswith("filesystem://"):
    # The embedded broker of `make run`: kombu keeps messages as files, no server needed.
    _broker_dir = VAR_DIR / "celery-broker"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="tweetdesk")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Crash-only worker: when an established broker connection is lost the worker finishes its
# running tasks and exits, and its supervisor (compose's `restart: unless-stopped`, systemd)
# starts a fresh one. Celery's in-process reconnect to Redis has a history of workers that
# reconnect but never consume again (celery#4453, #8030, #9054); once our CI saw a worker stay
# idle for 90 s after a Redis restart. A fresh process cannot inherit that state, and the
# stranded-drafts sweep re-queues whatever the lost broker held.
CELERY_BROKER_CONNECTION_RETRY = env.bool("CELERY_BROKER_CONNECTION_RETRY", default=False)
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    "requeue-stranded-drafts": {
        "task": "publishing.tasks.requeue_stranded_drafts",
        "schedule": env.float("REQUEUE_SWEEP_SECONDS", default=60.0),
    },
    # Scheduled tweets go out to the minute: the database holds the schedule, beat releases it.
    "release-scheduled-drafts": {
        "task": "moderation.tasks.release_scheduled_drafts",
        "schedule": env.float("RELEASE_SWEEP_SECONDS", default=20.0),
    },
}
# Mentions inbox (issue 7): every LPT account's mentions, fetched with since_id.
CELERY_BEAT_SCHEDULE["fetch-mentions"] = {
    "task": "mentions.tasks.fetch_all_mentions",
    "schedule": env.float("MENTIONS_FETCH_SECONDS", default=120.0),
}
MENTIONS_PAGE_SIZE = env.int("MENTIONS_PAGE_SIZE", default=100)  # X allows 5 to 100
MENTIONS_MAX_PAGES = env.int("MENTIONS_MAX_PAGES", default=10)
# A fetch that died (worker killed) holds its account's feed no longer than this.
MENTIONS_FETCH_LEASE_SECONDS = env.int("MENTIONS_FETCH_LEASE_SECONDS", default=300)

# --- X API ----------------------------------------------------------------------------------
# tweepy hard-codes https://api.twitter.com; publishing.xapi reroutes it to this base URL.
TWITTER_API_BASE_URL = env.str("TWITTER_API_BASE_URL", default="https://api.twitter.com")
# Where a posted tweet can be seen by people ("view on X" links).
TWITTER_WEB_BASE_URL = env.str("TWITTER_WEB_BASE_URL", default="https://x.com")
TWITTER_API_TIMEOUT = (
    env.float("TWITTER_API_CONNECT_TIMEOUT", default=3.05),
    env.float("TWITTER_API_READ_TIMEOUT", default=10.0),
)
POST_MAX_RETRIES = env.int("POST_MAX_RETRIES", default=5)
# A post whose time passed more than this long ago is not sent without a person deciding.
POST_LATENESS_MINUTES = env.int("POST_LATENESS_MINUTES", default=60)
# A draft left `queued` or `posting` for longer than this is considered stranded and re-queued.
STRANDED_AFTER_SECONDS = env.int("STRANDED_AFTER_SECONDS", default=300)

# --- Posting pipeline (publishing/) --------------------------------------------------------
# TweetDesk's own cap per LPT account, under X's per-user limits; 0 turns it off.
POST_RATE_CAP_PER_24H = env.int("POST_RATE_CAP_PER_24H", default=50)
# Transient failures: exponential backoff with full jitter, base * 2**(attempt-1), capped.
POST_BACKOFF_BASE_SECONDS = env.float("POST_BACKOFF_BASE_SECONDS", default=2.0)
POST_BACKOFF_CAP_SECONDS = env.float("POST_BACKOFF_CAP_SECONDS", default=300.0)
# After an unknown outcome, wait at least this long before looking for the tweet on X.
POST_UNKNOWN_RECHECK_SECONDS = env.float("POST_UNKNOWN_RECHECK_SECONDS", default=5.0)
# An attempt in flight longer than this is presumed dead (worker killed) and resolved on X.
# A worker never sends a tweet once less than one request's timeout is left of its lease.
POST_LEASE_SECONDS = env.int("POST_LEASE_SECONDS", default=180)

# --- Secrets at rest ------------------------------------------------------------------------
# Comma-separated Fernet keys, newest first; older keys only decrypt (see `rotate_encryption_key`).
ENCRYPTION_KEYS = env.list("ENCRYPTION_KEYS", default=[])
if not ENCRYPTION_KEYS:
    raise ImproperlyConfigured(
        "ENCRYPTION_KEYS must hold at least one Fernet key (it encrypts the LPT accounts' "
        "credentials). `make run` writes one into .env; in production set it in the environment."
    )

# --- Security: sign-in, two-factor, sessions, headers (issue 6) -----------------------------
# Kept in one block so that the rest of the settings merge cleanly. See README "Security".
from datetime import timedelta  # noqa: E402

from csp.constants import NONE, SELF  # noqa: E402

INSTALLED_APPS[INSTALLED_APPS.index("django.contrib.admin")] = (
    # The Django admin, with access decided by accounts.permissions like every other page.
    "accounts.apps.TweetDeskAdminConfig"
)
INSTALLED_APPS += ["django_otp", "django_otp.plugins.otp_totp", "axes", "csp"]


def _insert_after(entry: str, *new: str) -> None:
    at = MIDDLEWARE.index(entry) + 1
    MIDDLEWARE[at:at] = list(new)


_insert_after("django.middleware.security.SecurityMiddleware", "csp.middleware.CSPMiddleware")
_insert_after(
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.SessionIdleTimeoutMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # django-axes wants to be last

# Argon2 first (OWASP's first choice); the others still verify older hashes and upgrade them.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins for one username from
# one address, that pair is locked out for the cool-off time. `manage.py axes_reset_username`
# unlocks early.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "accounts.backends.CachedModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"

# Sessions end after this much inactivity. Activity is any request but the polling ones named
# here (accounts.middleware.SessionIdleTimeoutMiddleware), so an open tab does not keep a
# session alive; each activity renews the session and its cookie.
SESSION_IDLE_SECONDS = env.int("SESSION_IDLE_MINUTES", default=30) * 60
SESSION_IDLE_EXEMPT_URL_NAMES = ["notifications:count"]
SESSION_COOKIE_AGE = SESSION_IDLE_SECONDS
SESSION_SAVE_EVERY_REQUEST = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# Two-factor (django-otp, TOTP): optional for comms, required for admins unless this is off.
# Off by default only under DEBUG (`make run`), so the demo needs no authenticator app.
TWO_FACTOR_REQUIRED_FOR_ADMINS = env.bool("TWO_FACTOR_REQUIRED_FOR_ADMINS", default=not DEBUG)
OTP_TOTP_ISSUER = "TweetDesk"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# Headers. The CSP allows no inline script or style: htmx is a static file and its inline
# indicator style is switched off in base.html (htmx-config).
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
_csp = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
if DEBUG:
    # Django's debug pages use inline styles; under DEBUG the browser only reports violations.
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _csp
else:
    CONTENT_SECURITY_POLICY = _csp
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env.bool("BEHIND_TLS_PROXY", default=False):
        # Only when a proxy that sets this header terminates TLS in front of gunicorn.
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # tweepy logs full request headers and bodies at DEBUG; keep it above that.
        "tweepy": {"level": "INFO"},
        "requests_oauthlib": {"level": "WARNING"},
        "oauthlib": {"level": "WARNING"},
    },
}
