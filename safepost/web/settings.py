"""Django settings, all from the environment.

| variable | default | what |
|---|---|---|
| ``SAFEPOST_DATA_DIR`` | ``./safepost-data`` | SQLite database, generated secret key, vault keys |
| ``DATABASE_URL`` | SQLite in the data dir | e.g. ``postgres://user@127.0.0.1:5432/safepost`` |
| ``SAFEPOST_SECRET_KEY`` | generated once, stored in the data dir | Django's signing key |
| ``SAFEPOST_VAULT_KEYS`` | generated once, stored in the data dir | comma-separated Fernet keys, newest first |
| ``SAFEPOST_DEBUG`` | off | Django debug pages (never in production) |
| ``SAFEPOST_ALLOWED_HOSTS`` | ``localhost,127.0.0.1,[::1]`` | comma-separated |
| ``SAFEPOST_EMAIL_URL`` | console | ``smtp://user:pass@host:port`` for real mail |
| ``SAFEPOST_DEMO`` | off | set by ``safepost demo``: demo-only helpers |
| ``SAFEPOST_OIDC_ISSUER`` ... | off | OpenID Connect sign-in (see docs/web.md) |

A bad value does not crash at import: :mod:`safepost.web.checks` explains it as a system check.
"""

from __future__ import annotations

import os
from pathlib import Path

from safepost.web.config import env_flag, env_list, read_database, read_oidc, read_secret_key

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("SAFEPOST_DATA_DIR", "./safepost-data")).resolve()

SECRET_KEY = read_secret_key(DATA_DIR)
DEBUG = env_flag("SAFEPOST_DEBUG")
DEMO = env_flag("SAFEPOST_DEMO")
ALLOWED_HOSTS = env_list("SAFEPOST_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("SAFEPOST_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "safepost.web.apps.WebConfig",
    "safepost.audit",
    "safepost.schools",
    "safepost.signin",
    "safepost.consent",
    "safepost.policies",
    "safepost.accounts",
    "safepost.posts",
    "safepost.inbox",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "safepost.signin.middleware.UserLanguageMiddleware",
    "safepost.signin.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "safepost.web.urls"
WSGI_APPLICATION = "safepost.web.wsgi.application"

_LOADERS = ["django.template.loaders.filesystem.Loader", "django.template.loaders.app_directories.Loader"]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": False,  # the loaders below read the apps' templates, cached
        "OPTIONS": {
            # Parsed templates are kept per process (Django's cached loader); DEBUG re-reads them.
            "loaders": _LOADERS if DEBUG else [("django.template.loaders.cached.Loader", _LOADERS)],
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

DATABASES = {"default": read_database(DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "signin:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "signin:login"

# Sessions live in the database. Not cached_db: its cache is per process, so a gunicorn worker
# that had read a session would keep serving it after another worker signed the user out or
# recorded their second factor. One indexed read per request is the price of being right.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 10  # a school day
SESSION_COOKIE_SECURE = env_flag("SAFEPOST_SECURE_COOKIES")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en", "English"), ("cy", "Cymraeg")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
if DATA_DIR.is_dir():
    STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns about a missing root; we serve from finders
STATICFILES_DIRS: list[Path] = []
WHITENOISE_USE_FINDERS = True  # serve straight from the package: no collectstatic step
WHITENOISE_AUTOREFRESH = DEBUG

# Uploaded photos live in the private data directory and are never served as static files:
# pages show thumbnails through a view that checks access.
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media-not-served/"

# Uploads: rosters are small; anything bigger is a mistake or an attack.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("SAFEPOST_FROM_EMAIL", "safepost@localhost")
if os.environ.get("SAFEPOST_EMAIL_URL"):
    from safepost.web.config import apply_email_url

    globals().update(apply_email_url(os.environ["SAFEPOST_EMAIL_URL"]))

OTP_TOTP_ISSUER = "safepost"

TASKS = {
    "default": {
        "BACKEND": os.environ.get("SAFEPOST_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("SAFEPOST_LOG_LEVEL", "WARNING")},
}

SAFEPOST_VAULT_KEYS = os.environ.get("SAFEPOST_VAULT_KEYS", "")
# OpenID Connect sign-in (Microsoft 365 / Google Workspace): off unless SAFEPOST_OIDC_ISSUER is set.
SAFEPOST_OIDC = read_oidc()
SAFEPOST_REAUTH_SECONDS = 300
SAFEPOST_LOGIN_ATTEMPTS = 5
SAFEPOST_LOGIN_WINDOW_SECONDS = 15 * 60
