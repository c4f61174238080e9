"""System checks that explain a bad setting instead of failing later with a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from safepost.web.config import PROBLEMS


@register(Tags.compatibility)
def check_environment(app_configs: Any = None, **kwargs: Any) -> list[Error | Warning]:
    """Every problem :mod:`safepost.web.config` noticed while reading the environment."""
    return [
        Error(f"{p.setting}: {p.message}", hint=p.hint, id=f"safepost.E{index:03d}")
        for index, p in enumerate(PROBLEMS, start=1)
    ]


@register(Tags.security, deploy=True)
def check_deployment(app_configs: Any = None, **kwargs: Any) -> list[Error | Warning]:
    """`check --deploy`, which `safepost serve` runs at start: errors stop it (unless
    --allow-insecure), warnings are printed."""
    found: list[Error | Warning] = []
    if settings.DEBUG:
        found.append(Error("SAFEPOST_DEBUG is on: error pages would show settings and pupils' data",
                           hint="turn it off outside development (or start with --allow-insecure)",
                           id="safepost.E101"))
    if settings.DEMO:
        found.append(Warning("SAFEPOST_DEMO is on: demo helpers are enabled",
                             hint="unset SAFEPOST_DEMO for a real school", id="safepost.W002"))
    found += check_data_dir_private()
    found += check_key_locations()
    if not settings.SAFEPOST_HTTPS:
        found.append(Warning("SAFEPOST_HTTPS is off: cookies are sent over plain http and no HSTS header",
                             hint="serve over HTTPS (a reverse proxy) and unset SAFEPOST_HTTPS", id="safepost.W104"))
    found += check_site_url()
    return found


def check_site_url() -> list[Error | Warning]:
    """Links in emails are absolute only with a site URL (serve sets one from --host/--port)."""
    from safepost.web.links import site_url

    if site_url():
        return []
    return [Warning("SAFEPOST_SITE_URL is not set: links in emails cannot be clicked",
                    hint="set it to the address people reach safepost at, e.g. https://safepost.example.org",
                    id="safepost.W105")]


def private_paths() -> list[Path]:
    """The data directory and, on SQLite, the database file."""
    paths = [Path(settings.DATA_DIR)]
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        paths.append(Path(database["NAME"]))
    return paths


def check_data_dir_private(paths: list[Path] | None = None) -> list[Error | Warning]:
    """The data directory and the SQLite database must not be readable by other users."""
    found: list[Error | Warning] = []
    for path in private_paths() if paths is None else paths:
        if path.exists() and path.stat().st_mode & 0o077:
            found.append(Error(f"{path} can be read by other users (mode {path.stat().st_mode & 0o777:o})",
                               hint=f"chmod {'700' if path.is_dir() else '600'} {path}", id="safepost.E102"))
    return found


def check_key_locations() -> list[Error | Warning]:
    """Keys beside the database end up in the same backup as the data they protect."""
    names = settings.SAFEPOST_KEYS_IN_DATA_DIR
    if not names:
        return []
    return [Warning(f"the keys ({', '.join(names)}) are kept in the data directory {settings.DATA_DIR}: "
                    "a backup of it holds both the keys and the data they protect",
                    hint="move them to a directory that is backed up separately and set SAFEPOST_KEYS_DIR "
                         "(or SAFEPOST_SECRET_KEY_FILE, SAFEPOST_VAULT_KEYS_FILE, SAFEPOST_AUDIT_KEY_FILE); "
                         "see docs/security.md",
                    id="safepost.W103")]
