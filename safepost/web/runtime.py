"""Starting Django from a `safepost` command: settings from the environment, migrations, checks,
and the sweep loop (time-based work)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from threading import Event


def configure(data_dir: str | None = None, demo: bool = False) -> Path:
    """Point Django at our settings and the data directory, then set it up. Everything this
    process (and its children: gunicorn, the worker) creates is private to the user: umask 077."""
    os.umask(0o077)
    if data_dir:
        os.environ["SAFEPOST_DATA_DIR"] = str(Path(data_dir).resolve())
    os.environ.setdefault("SAFEPOST_DATA_DIR", str(Path("./safepost-data").resolve()))
    if demo:
        os.environ["SAFEPOST_DEMO"] = "1"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safepost.web.settings")
    import django

    django.setup()
    return Path(os.environ["SAFEPOST_DATA_DIR"])


def system_checks_pass(command: str, deploy: bool = False) -> bool:
    """Run Django's system checks (with ``deploy``, also `check --deploy`'s); print each problem
    with its hint. False if any is an error."""
    from django.core import checks

    # run_checks does not drop SILENCED_SYSTEM_CHECKS itself (the `check` command does).
    found = [m for m in checks.run_checks(include_deployment_checks=deploy) if not m.is_silenced()]
    serious = [m for m in found if m.is_serious()]
    for message in found:
        print(f"safepost {command}: {'error' if message.is_serious() else 'warning'}: {message.msg}"
              + (f"\n  hint: {message.hint}" if message.hint else ""), file=sys.stderr)
    return not serious


def make_data_dir_private(data_dir: Path) -> list[str]:
    """Tighten a data directory made by an older safepost (0755, database 0644) to 0700 and its
    files to 0600. Returns what was changed, to print. Only what this user owns is touched."""
    changed: list[str] = []
    if not data_dir.is_dir() or data_dir.stat().st_uid != os.getuid():
        return changed
    if data_dir.stat().st_mode & 0o077:
        data_dir.chmod(0o700)
        changed.append(f"{data_dir} is now 0700")
    for path in data_dir.iterdir():
        info = path.lstat()
        if path.is_symlink() or info.st_uid != os.getuid() or not info.st_mode & 0o077:
            continue
        path.chmod(0o700 if path.is_dir() else 0o600)
        changed.append(f"{path.name} is now {'0700' if path.is_dir() else '0600'}")
    return changed


def migrate(verbose: bool = False) -> None:
    """Create or update the database tables (idempotent; quick when nothing is pending)."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1 if verbose else 0)


def database_label() -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"SQLite at {db['NAME']}"
    return f"PostgreSQL database {db.get('NAME')} on {db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}"


SWEEP_ADVISORY_LOCK = 0x5AFE905


def sweeps() -> list[Callable[[], int]]:
    from safepost.compliance.sweeps import sweep_compliance
    from safepost.inbox.sweeps import sweep_inbox
    from safepost.posts.sweeps import (
        sweep_due_publications,
        sweep_expired_posts,
        sweep_takedowns,
        sweep_withdrawals,
    )
    from safepost.safeguarding.sweeps import sweep_safeguarding
    from safepost.schools.sweeps import sweep_import_previews, sweep_leavers

    # Publishing runs in its own faster loop (publish_loop); here only as a catch-up.
    return [sweep_leavers, sweep_import_previews, sweep_expired_posts, sweep_due_publications, sweep_withdrawals, sweep_takedowns,
            sweep_inbox, sweep_compliance, sweep_safeguarding]


def run_sweeps_once() -> int:
    """Run every sweep once; a failing sweep is logged and does not stop the others."""
    import logging

    from django.db import close_old_connections

    close_old_connections()
    done = 0
    for sweep in sweeps():
        try:
            done += sweep()
        except Exception:
            logging.getLogger("safepost.sweep").exception("sweep %s failed", sweep.__name__)
    return done


def sweep_loop(stop: Event, interval: float = 60.0) -> None:
    """Run the sweeps every ``interval`` seconds until ``stop`` is set. On PostgreSQL only the
    process holding the advisory lock sweeps; the others wait as standbys."""
    while not stop.is_set():
        if _hold_sweep_lock():
            run_sweeps_once()
        stop.wait(interval)


def publish_loop(stop: Event, interval: float = 5.0, worker_id: str | None = None) -> None:
    """Publish due posts every ``interval`` seconds until ``stop`` is set. Runs in every worker
    (no advisory lock): each publication is claimed by one worker with a conditional update,
    and a post scheduled for a time goes out within seconds of it."""
    import logging

    from django.db import close_old_connections

    from safepost.posts.publishing import sweep_due_publications

    while not stop.is_set():
        close_old_connections()
        try:
            while sweep_due_publications(worker_id) and not stop.is_set():
                pass
        except Exception:
            logging.getLogger("safepost.sweep").exception("publishing sweep failed")
        stop.wait(interval)


def _hold_sweep_lock() -> bool:
    from django.db import connection

    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        # Session-level lock: kept by this connection for as long as the process lives.
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [SWEEP_ADVISORY_LOCK])
        row = cursor.fetchone()
    return bool(row and row[0])


def wait_forever(stop: Event, tick: float, check: Callable[[], bool]) -> None:
    """Sleep in short ticks until ``stop`` is set or ``check`` says a child has died."""
    while not stop.is_set() and check():
        time.sleep(tick)
