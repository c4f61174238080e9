"""Reading configuration from the environment without crashing on a bad value.

A bad value is kept as a :class:`SettingProblem` and reported by the system checks in
:mod:`safepost.web.checks`, so `safepost serve` prints what is wrong and how to fix it.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

PROBLEMS: list[SettingProblem] = []


@dataclass(frozen=True)
class SettingProblem:
    setting: str
    message: str
    hint: str


def problem(setting: str, message: str, hint: str) -> None:
    PROBLEMS.append(SettingProblem(setting, message, hint))


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if value == "":
        return default
    if value in {"0", "no", "false", "off"}:
        return False
    if value in {"1", "yes", "true", "on"}:
        return True
    problem(name, f"{value!r} is not a yes/no value", f"set {name} to 1 or 0")
    return False


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def ensure_data_dir(data_dir: Path) -> bool:
    try:
        # Private from the start: the database holds pupils' names and consent records.
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        problem("SAFEPOST_DATA_DIR", f"cannot create {data_dir}: {exc.strerror}",
                "point SAFEPOST_DATA_DIR at a directory this user can write")
        return False
    return True


def read_secret_key(data_dir: Path) -> str:
    """``SAFEPOST_SECRET_KEY``, or a key generated once and kept in its key file
    (``SAFEPOST_SECRET_KEY_FILE``, else ``secret-key`` in the keys directory)."""
    given = os.environ.get("SAFEPOST_SECRET_KEY")
    if given is not None:
        if len(given) < 32:
            problem("SAFEPOST_SECRET_KEY", "is shorter than 32 characters",
                    "use a long random value, e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))'")
        return given
    path = key_file(data_dir, "secret-key", "SAFEPOST_SECRET_KEY_FILE")
    return _stored_secret(path, "SAFEPOST_SECRET_KEY_FILE", lambda: secrets.token_urlsafe(50))


def _stored_secret(path: Path, setting: str, make: Any) -> str:
    if path.exists():
        value = path.read_text(encoding="ascii").strip()
        if len(value) < 32:
            problem(setting, f"{path} holds no key (or one shorter than 32 characters)",
                    "delete the file to have a new key generated, or restore it from your key backup")
        return value
    value = str(make())
    try:
        if not write_private(path, value + "\n", replace=False):
            return path.read_text(encoding="ascii").strip()  # another process made it first
    except OSError as exc:
        problem(setting, f"cannot write {path}: {exc.strerror}",
                "point SAFEPOST_KEYS_DIR (or the key file setting) at a directory this user can write")
        return "unusable-" + secrets.token_urlsafe(40)
    return value


# ---- key locations (hardening) -------------------------------------------------------------
# Keys may live outside the data directory, so a backup of the data (database, uploads) does
# not also hold the keys that decrypt the vault or sign sessions and audit events.

KEY_FILE_SETTINGS = {
    "secret-key": "SAFEPOST_SECRET_KEY_FILE",
    "vault-keys": "SAFEPOST_VAULT_KEYS_FILE",
    "audit-key": "SAFEPOST_AUDIT_KEY_FILE",
}


def keys_dir(data_dir: Path) -> Path:
    """``SAFEPOST_KEYS_DIR``, else the data directory (the demo's default; a deploy warning)."""
    given = os.environ.get("SAFEPOST_KEYS_DIR", "").strip()
    return Path(given).expanduser().resolve() if given else data_dir


def key_file(data_dir: Path, name: str, setting: str) -> Path:
    """Where one key file lives: its own setting, else ``name`` in the keys directory."""
    given = os.environ.get(setting, "").strip()
    return Path(given).expanduser().resolve() if given else keys_dir(data_dir) / name


def write_private(path: Path, text: str, replace: bool = True) -> bool:
    """Write ``text`` readable by the owner only (0600; a new parent directory 0700), atomically.
    With ``replace=False`` an existing file wins (two processes generating a key at once keep
    the first one) and False is returned."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            temp.replace(path)
            return True
        try:
            os.link(temp, path)  # fails if the file appeared meanwhile
        except FileExistsError:
            return False
        return True
    finally:
        temp.unlink(missing_ok=True)


def keys_in_data_dir(data_dir: Path) -> list[str]:
    """The key files that would sit inside the data directory (and so in its backups)."""
    values = {"secret-key": "SAFEPOST_SECRET_KEY", "vault-keys": "SAFEPOST_VAULT_KEYS", "audit-key": "SAFEPOST_AUDIT_KEY"}
    found = []
    for name, setting in KEY_FILE_SETTINGS.items():
        if os.environ.get(values[name], "").strip():
            continue  # given as a value (from the service manager's secret store), not a file
        path = key_file(data_dir, name, setting)
        if path.resolve().is_relative_to(data_dir.resolve()):
            found.append(name)
    return found


def read_audit_key() -> str:
    """``SAFEPOST_AUDIT_KEY`` given as a value ("" when it lives in its key file)."""
    given = os.environ.get("SAFEPOST_AUDIT_KEY", "").strip()
    if given and len(given) < 32:
        problem("SAFEPOST_AUDIT_KEY", "is shorter than 32 characters",
                "use a long random value, e.g. python -c 'import secrets; print(secrets.token_hex(32))'")
    return given


def read_proxy_ssl_header() -> tuple[str, str] | None:
    """``SAFEPOST_PROXY_SSL_HEADER``: ``X-Forwarded-Proto`` (value https) or ``Header=value``."""
    raw = os.environ.get("SAFEPOST_PROXY_SSL_HEADER", "").strip()
    if not raw:
        return None
    name, _sep, value = raw.partition("=")
    name, value = name.strip(), (value.strip() or "https")
    if not name or not all(c.isalnum() or c == "-" for c in name):
        problem("SAFEPOST_PROXY_SSL_HEADER", f"{raw!r} is not a header name",
                "set it to the header your proxy sets, e.g. X-Forwarded-Proto")
        return None
    return "HTTP_" + name.upper().replace("-", "_"), value


# ---- end key locations ---------------------------------------------------------------------


def read_database(data_dir: Path) -> dict[str, Any]:
    """``DATABASE_URL`` (PostgreSQL or SQLite), or SQLite in the data directory."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        ensure_data_dir(data_dir)
        return sqlite(data_dir / "safepost.sqlite3")
    scheme = urlsplit(url).scheme
    if scheme == "sqlite":
        return sqlite(Path(unquote(urlsplit(url).path)) if urlsplit(url).path not in {"", "/"} else data_dir / "safepost.sqlite3")
    if scheme not in {"postgres", "postgresql", "pgsql"}:
        problem("DATABASE_URL", f"unsupported database scheme {scheme or '(none)'!r}",
                "use postgres://user:password@host:5432/dbname or leave it unset for SQLite")
        return sqlite(data_dir / "safepost.sqlite3")
    import dj_database_url

    config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True))
    if not config.get("NAME"):
        problem("DATABASE_URL", "names no database", "add the database name: postgres://user@host:5432/safepost")
    return config


def sqlite(path: Path) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        # Keep each thread's connection: opening one (and its PRAGMAs) costs more than most pages.
        "CONN_MAX_AGE": 600,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": {
            # IMMEDIATE: writers queue for the lock instead of failing mid-transaction, which the
            # audit chain (read the last hash, then append) relies on.
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }


def apply_email_url(url: str) -> dict[str, Any]:
    parts = urlsplit(url)
    if parts.scheme not in {"smtp", "smtps"}:
        problem("SAFEPOST_EMAIL_URL", f"unsupported scheme {parts.scheme!r}", "use smtp://user:pass@host:587")
        return {}
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or (465 if parts.scheme == "smtps" else 587),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": parts.scheme == "smtps",
        "EMAIL_USE_TLS": parts.scheme == "smtp",
    }


def read_oidc() -> Any:
    """``SAFEPOST_OIDC_*``: OpenID Connect sign-in, or None (the default: off)."""
    issuer = os.environ.get("SAFEPOST_OIDC_ISSUER", "").strip().rstrip("/")
    if not issuer:
        return None
    from safepost.signin.oidc import OidcConfig

    client_id = os.environ.get("SAFEPOST_OIDC_CLIENT_ID", "").strip()
    secret = os.environ.get("SAFEPOST_OIDC_CLIENT_SECRET", "").strip()
    parts = urlsplit(issuer)
    loopback = parts.hostname in {"127.0.0.1", "localhost", "::1"}
    if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
        problem("SAFEPOST_OIDC_ISSUER", f"{issuer!r} is not an https address",
                "use the provider's issuer, e.g. https://login.microsoftonline.com/<tenant id>/v2.0 "
                "or https://accounts.google.com")
        return None
    if "{" in issuer or issuer.endswith(("/common/v2.0", "/organizations/v2.0")):
        problem("SAFEPOST_OIDC_ISSUER", "is a multi-tenant Microsoft address",
                "use your tenant's own issuer: https://login.microsoftonline.com/<tenant id>/v2.0")
        return None
    if not client_id or not secret:
        problem("SAFEPOST_OIDC_CLIENT_ID", "OpenID Connect needs a client id and secret",
                "set SAFEPOST_OIDC_CLIENT_ID and SAFEPOST_OIDC_CLIENT_SECRET from the app registration")
        return None
    domains = tuple(d.lower().lstrip("@") for d in env_list("SAFEPOST_OIDC_DOMAINS", []))
    discovery = os.environ.get("SAFEPOST_OIDC_DISCOVERY_URL", "").strip() or issuer + "/.well-known/openid-configuration"
    return OidcConfig(issuer=issuer, client_id=client_id, client_secret=secret,
                      label=os.environ.get("SAFEPOST_OIDC_LABEL", "").strip() or "your school account",
                      domains=domains, discovery_url=discovery)


def env_int(name: str, default: int, minimum: int = 0) -> int:
    """A whole number of at least ``minimum`` from the environment, or ``default``."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        problem(name, f"{raw!r} is not a whole number", f"set {name} to a number such as {default}")
        return default
    if value < minimum:
        problem(name, f"{value} is below {minimum}", f"set {name} to {minimum} or more")
        return default
    return value


def env_header(name: str) -> str:
    """An HTTP header name from the environment as Django's ``request.META`` key, or ""."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return ""
    if not all(c.isalnum() or c == "-" for c in raw):
        problem(name, f"{raw!r} is not an HTTP header name", f"set {name} to e.g. X-Forwarded-For")
        return ""
    key = raw.upper().replace("-", "_")
    return key if key == "REMOTE_ADDR" else "HTTP_" + key
