"""Helpers shared by commands: loading a school, reporting bad input without a traceback."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from safepost.engine.errors import InputError

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


def fail(error: InputError | str, command: str) -> int:
    """Print a bad-input error the way every command does, and return exit status 2."""
    print(f"safepost {command}: error: {error}", file=sys.stderr)
    return EXIT_BAD_INPUT


def use_colour(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
