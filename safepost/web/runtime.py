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
    """Point Django at our settings and the data directory, then set it up."""
    if data_dir:
        os.environ["SAFEPOST_DATA_DIR"] = str(Path(data_dir).resolve())
    os.environ.setdefault("SAFEPOST_DATA_DIR", str(Path("./safepost-data").resolve()))
    if demo:
        os.environ["SAFEPOST_DEMO"] = "1"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safepost.web.settings")
    import django

    django.setup()
    return Path(os.environ["SAFEPOST_DATA_DIR"])


def system_checks_pass(command: str) -> bool:
    """Run Django's system checks; print each problem with its hint. False if any is an error."""
    from django.core import checks

    found = checks.run_checks(include_deployment_checks=False)
    serious = [m for m in found if m.is_serious()]
    for message in found:
        print(f"safepost {command}: {'error' if message.is_serious() else 'warning'}: {message.msg}"
              + (f"\n  hint: {message.hint}" if message.hint else ""), file=sys.stderr)
    return not serious


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
    from safepost.inbox.sweeps import sweep_inbox
    from safepost.schools.sweeps import sweep_leavers

    return [sweep_leavers, sweep_inbox]


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
