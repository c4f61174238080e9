"""Helpers shared by commands: loading a school, reporting bad input without a traceback."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from safepost.engine.errors import InputError

if TYPE_CHECKING:
    from safepost.engine.school import SchoolContext

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


def fail(error: InputError | str, command: str) -> int:
    """Print a bad-input error the way every command does (one line per problem), return 2."""
    problems = getattr(error, "errors", None) or [error]
    for problem in problems:
        print(f"safepost {command}: error: {problem}", file=sys.stderr)
    return EXIT_BAD_INPUT


SCHOOL_HELP = "school directory (school.toml, roster.csv, staff.csv)"


def add_school_arguments(parser: argparse.ArgumentParser, required: bool = True, help: str = SCHOOL_HELP) -> None:
    """``--school DIR`` and the two flags that say a school really has no roster or staff list."""
    parser.add_argument("--school", required=required, metavar="DIR", help=help)
    parser.add_argument("--no-roster", action="store_true",
                        help="the school has no roster.csv: check without pupils' names "
                             "(otherwise a missing roster.csv is an error)")
    parser.add_argument("--no-staff", action="store_true",
                        help="the school has no staff.csv (otherwise a missing staff.csv is an error)")


def load_school_from(args: argparse.Namespace) -> SchoolContext:
    """The school ``--school`` names; raises InputError naming a missing or bad file."""
    from safepost.engine.school import load_school

    return load_school(args.school, roster_required=not args.no_roster, staff_required=not args.no_staff)


def use_colour(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


DATA_DIR_HELP = "data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)"


def open_existing_data_dir(given: str | None, command: str) -> bool:
    """Set up Django on a data directory that must already exist; never create one.

    For commands that only read (``audit verify``, ``manage`` other than ``migrate``): a wrong
    or missing ``--data-dir`` must not leave behind a new empty database and secret key that
    then "verify" as an intact, empty trail. Prints where it looked and returns False (the
    caller exits 2) when the directory, its secret key or its SQLite database is missing.
    """
    data_dir = Path(given or os.environ.get("SAFEPOST_DATA_DIR") or "./safepost-data").resolve()
    source = "--data-dir" if given else ("$SAFEPOST_DATA_DIR" if os.environ.get("SAFEPOST_DATA_DIR") else "the default")
    problem = _missing_from_data_dir(data_dir)
    if problem is None:
        from safepost.web import runtime

        runtime.configure(str(data_dir))
        problem = _missing_database()
    if problem is not None:
        print(f"safepost {command}: error: data directory {data_dir} (from {source}): {problem}; "
              "give --data-dir or set SAFEPOST_DATA_DIR to the directory `safepost serve` uses",
              file=sys.stderr)
        return False
    return True


def _missing_from_data_dir(data_dir: Path) -> str | None:
    if not data_dir.is_dir():
        return "no such directory"
    if "SAFEPOST_SECRET_KEY" in os.environ:
        return None
    from safepost.web.config import key_file  # where the settings would read (or make) the key

    secret = key_file(data_dir, "secret-key", "SAFEPOST_SECRET_KEY_FILE")
    if not secret.is_file():
        return f"there is no secret key at {secret}, so it is not a safepost installation"
    return None


def _missing_database() -> str | None:
    """A SQLite database that does not exist would be created empty by the first query."""
    from django.db import connection

    if connection.vendor != "sqlite" or connection.is_in_memory_db():
        return None
    name = Path(str(connection.settings_dict["NAME"]))
    return None if name.is_file() else f"its database {name} does not exist"
