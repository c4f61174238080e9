"""Django settings, all from the environment.

| variable | default | what |
|---|---|---|
| ``SAFEPOST_DATA_DIR`` | ``./safepost-data`` | SQLite database (private: 0700, files 0600) |
| ``SAFEPOST_KEYS_DIR`` | the data dir | generated key files: ``secret-key``, ``vault-keys``, ``audit-key`` |
| ``SAFEPOST_SECRET_KEY_FILE``, ``SAFEPOST_VAULT_KEYS_FILE``, ``SAFEPOST_AUDIT_KEY_FILE`` | in the keys dir | one key file each |
| ``DATABASE_URL`` | SQLite in the data dir | e.g. ``postgres://user@127.0.0.1:5432/safepost`` |
| ``SAFEPOST_SECRET_KEY`` | generated once, stored in the data dir | Django's signing key |
| ``SAFEPOST_VAULT_KEYS`` | generated once, stored in the data dir | comma-separated Fernet keys, newest first |
| ``SAFEPOST_AUDIT_KEY`` | generated once, in its key file | HMAC key of the audit chain (32+ chars) |
| ``SAFEPOST_DEBUG`` | off | Django debug pages (never in production) |
| ``SAFEPOST_HTTPS`` | on (off in the demo and with DEBUG) | served over HTTPS: Secure cookies, HSTS |
| ``SAFEPOST_SECURE_COOKIES`` | ``SAFEPOST_HTTPS`` | Secure flag on the session and CSRF cookies |
| ``SAFEPOST_HSTS_SECONDS`` | 31536000 when HTTPS | ``Strict-Transport-Security`` max-age (0: none) |
| ``SAFEPOST_PROXY_SSL_HEADER`` | unset | behind a TLS proxy: the header it sets, e.g. ``X-Forwarded-Proto`` |
| ``SAFEPOST_SSL_REDIRECT`` | off | redirect http:// to https:// in safepost itself |
| ``SAFEPOST_ALLOWED_HOSTS`` | ``localhost,127.0.0.1,[::1]`` | comma-separated |
| ``SAFEPOST_EMAIL_URL`` | console | ``smtp://user:pass@host:port`` for real mail |
| ``SAFEPOST_DEMO`` | off | set by ``safepost demo``: demo-only helpers |
| ``SAFEPOST_OIDC_ISSUER`` ... | off | OpenID Connect sign-in (see docs/web.md) |
| ``SAFEPOST_TOKEN_DAYS`` | ``90`` | how long an API token works |
| ``SAFEPOST_TRUSTED_PROXY_HEADER`` | none: ``REMOTE_ADDR`` | header your own reverse proxy appends the client address to, e.g. ``X-Forwarded-For`` |
| ``SAFEPOST_PROXY_COUNT`` | ``1`` | how many of your proxies append to that header |
| ``SAFEPOST_SITE_URL`` | the address ``serve`` listens on | e.g. ``https://safepost.example.org``: links in emails |
| ``SAFEPOST_INVITATION_DAYS`` | ``7`` | how long an invitation link to set a password works |

A bad value does not crash at import: :mod:`safepost.web.checks` explains it as a system check.
"""

from __future__ import annotations

import os
from pathlib import Path

from safepost.web.config import (
    env_flag,
    env_header,
    env_int,
    env_list,
    read_database,
    read_oidc,
    read_secret_key,
)

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
    "axes",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves the API docs page's own Swagger files, so /api/v1/docs needs no CDN
    "safepost.web.apps.WebConfig",
    "safepost.audit",
    "safepost.schools",
    "safepost.signin",
    "safepost.consent",
    "safepost.policies",
    "safepost.accounts",
    "safepost.posts",
    "safepost.inbox",
    "safepost.reports",
    "safepost.compliance",
    "safepost.people",
    "safepost.safeguarding",
    "safepost.connect",
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
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
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
# django-axes' backend goes first: it refuses a locked (username, address) before any
# password is checked. It does not sign anyone in; ModelBackend does.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
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
# SESSION_COOKIE_SECURE, CSRF_COOKIE_SECURE: see "Deployment hardening" at the end.
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

SAFEPOST_VAULT_KEYS = os.environ.get("SAFEPOST_VAULT_KEYS", "")  # key files: see "Deployment hardening"
# Import previews nobody applied (they hold pupils' names) are deleted after this many hours.
SAFEPOST_IMPORT_PREVIEW_HOURS = 24
# OpenID Connect sign-in (Microsoft 365 / Google Workspace): off unless SAFEPOST_OIDC_ISSUER is set.
SAFEPOST_OIDC = read_oidc()
SAFEPOST_REAUTH_SECONDS = 300
#: Wrong passwords on the re-authentication page before the session is signed out.
SAFEPOST_REAUTH_ATTEMPTS = 5
#: API tokens stop working this many days after they are made.
SAFEPOST_TOKEN_DAYS = env_int("SAFEPOST_TOKEN_DAYS", 90, minimum=1)

# Password throttling (safepost/signin/throttle.py explains the design): per (username,
# client address), SAFEPOST_LOGIN_ATTEMPTS failures within the window lock that pair for the
# base time, doubling with every further failure up to the maximum.
SAFEPOST_LOGIN_ATTEMPTS = 5
SAFEPOST_LOGIN_WINDOW_SECONDS = 15 * 60
SAFEPOST_LOCKOUT_BASE_SECONDS = 60
SAFEPOST_LOCKOUT_MAX_SECONDS = 60 * 60
# Behind a reverse proxy, REMOTE_ADDR is the proxy: name the header it appends the client's
# address to, and how many of your proxies append to it. Never set this without a proxy that
# overwrites or appends the header, or clients choose their own address.
SAFEPOST_TRUSTED_PROXY_HEADER = env_header("SAFEPOST_TRUSTED_PROXY_HEADER")
SAFEPOST_PROXY_COUNT = env_int("SAFEPOST_PROXY_COUNT", 1, minimum=1)

AXES_ENABLED = True
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"  # shared by every worker
AXES_FAILURE_LIMIT = SAFEPOST_LOGIN_ATTEMPTS
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = "safepost.signin.throttle.cool_off"
AXES_USE_ATTEMPT_EXPIRATION = True  # keep a pair's count past its lock, so the next lock is longer
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # a try while locked is refused, not counted
AXES_USERNAME_CALLABLE = "safepost.signin.throttle.throttle_username"
AXES_CLIENT_IP_CALLABLE = "safepost.signin.throttle.client_address"
AXES_LOCKOUT_CALLABLE = "safepost.signin.throttle.lockout_response"
AXES_VERBOSE = False
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins are in the audit trail already


# ==== Deployment hardening: keys, HTTPS, cookies, CSP, caching ==============================
# Kept in one block (safepost/web/config.py does the reading); docs/security.md explains each.
from safepost.web.config import (  # noqa: E402
    key_file,
    keys_in_data_dir,
    read_audit_key,
    read_proxy_ssl_header,
)

# Key files: outside the data directory when SAFEPOST_KEYS_DIR or the *_FILE settings say so.
SAFEPOST_VAULT_KEYS_FILE = key_file(DATA_DIR, "vault-keys", "SAFEPOST_VAULT_KEYS_FILE")
SAFEPOST_AUDIT_KEY = read_audit_key()
SAFEPOST_AUDIT_KEY_FILE = key_file(DATA_DIR, "audit-key", "SAFEPOST_AUDIT_KEY_FILE")
SAFEPOST_KEYS_IN_DATA_DIR = keys_in_data_dir(DATA_DIR)

# HTTPS is the default. The demo and DEBUG (both on http://127.0.0.1) turn it off, and so do the
# tests (SAFEPOST_HTTPS=0 in their conftest); anything else must say SAFEPOST_HTTPS=0 itself.
SAFEPOST_HTTPS = env_flag("SAFEPOST_HTTPS", default=not (DEMO or DEBUG))
SESSION_COOKIE_SECURE = env_flag("SAFEPOST_SECURE_COOKIES", default=SAFEPOST_HTTPS)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# SecurityMiddleware sends HSTS only on requests that arrived over HTTPS (request.is_secure()).
SECURE_HSTS_SECONDS = env_int("SAFEPOST_HSTS_SECONDS", 365 * 24 * 3600) if SAFEPOST_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SAFEPOST_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_flag("SAFEPOST_HSTS_PRELOAD")
SECURE_SSL_REDIRECT = env_flag("SAFEPOST_SSL_REDIRECT")
# Only when configured: trusting X-Forwarded-Proto from a client that reaches gunicorn directly
# would let it claim HTTPS.
SECURE_PROXY_SSL_HEADER = read_proxy_ssl_header()
# Subdomains and the preload list commit the school's whole domain: the IT admin opts in
# (SAFEPOST_HSTS_INCLUDE_SUBDOMAINS / SAFEPOST_HSTS_PRELOAD), so Django's reminders are silenced.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]

# Content-Security-Policy (django-csp): everything from our own origin; no inline script or
# style anywhere (htmx's indicator style is off in base.html and lives in site.css).
from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # the second-factor QR code is a data: SVG
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
MIDDLEWARE += [
    "csp.middleware.CSPMiddleware",
    # Cache-Control: no-store on every page (pupils, consent, the vault) unless a view says otherwise.
    "safepost.web.middleware.NoStoreMiddleware",
]
# ==== end deployment hardening ==============================================================
# Links in emails (people, accounts, posts, inbox): the address the site is reached at, e.g.
# https://safepost.example-trust.org.uk (see safepost/web/links.py for why not the request's).
SAFEPOST_SITE_URL = os.environ.get("SAFEPOST_SITE_URL", "").strip()
# How long an invitation link to set a password works.
SAFEPOST_INVITATION_DAYS = env_int("SAFEPOST_INVITATION_DAYS", 7, minimum=1)

# Facebook Pages and Instagram (Meta's Graph API; docs/connectors.md). Facebook Login and the
# webhooks are off until SAFEPOST_FACEBOOK_APP_ID and SAFEPOST_FACEBOOK_APP_SECRET are set.
SAFEPOST_FACEBOOK_APP_ID = os.environ.get("SAFEPOST_FACEBOOK_APP_ID", "").strip()
SAFEPOST_FACEBOOK_APP_SECRET = os.environ.get("SAFEPOST_FACEBOOK_APP_SECRET", "").strip()
#: The Verify Token typed into the app's Webhooks settings on Meta's App Dashboard.
SAFEPOST_FACEBOOK_VERIFY_TOKEN = os.environ.get("SAFEPOST_FACEBOOK_VERIFY_TOKEN", "").strip()
#: Meta's addresses; tests point them at a local fake.
SAFEPOST_GRAPH_URL = os.environ.get("SAFEPOST_GRAPH_URL", "").strip()
SAFEPOST_FACEBOOK_DIALOG_URL = os.environ.get("SAFEPOST_FACEBOOK_DIALOG_URL", "https://www.facebook.com").strip()
#: safepost's own public address (https://...): the Facebook Login redirect and the photo
#: addresses Instagram fetches are built on it. The site's address unless the public one differs.
SAFEPOST_PUBLIC_URL = (os.environ.get("SAFEPOST_PUBLIC_URL", "").strip() or SAFEPOST_SITE_URL).rstrip("/")
#: How long a public photo address for Instagram works.
SAFEPOST_PUBLIC_MEDIA_SECONDS = 3600

# Connecting X and YouTube accounts by signing in (OAuth 2.0, safepost/accounts/oauth.py): a
# platform whose client id is not set has no "connect" button. Redirect URI: <site>/connect/callback/
SAFEPOST_OAUTH = {
    "x": {"client_id": os.environ.get("SAFEPOST_X_CLIENT_ID", ""),
          "client_secret": os.environ.get("SAFEPOST_X_CLIENT_SECRET", "")},
    "youtube": {"client_id": os.environ.get("SAFEPOST_GOOGLE_CLIENT_ID", ""),
                "client_secret": os.environ.get("SAFEPOST_GOOGLE_CLIENT_SECRET", "")},
}
