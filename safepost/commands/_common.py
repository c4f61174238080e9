"""Helpers shared by commands: loading a school, reporting bad input without a traceback."""

from __future__ import annotations

import argparse
import os
import sys
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
