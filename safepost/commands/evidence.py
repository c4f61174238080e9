"""`safepost evidence verify` / `safepost evidence verify-bundle FILE.zip`: show that safeguarding
evidence is unchanged, in the data directory or in a bundle exported for the police or the LADO."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, open_existing_data_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["verify", "verify-bundle"],
                        help="verify: recompute the SHA-256 of every stored evidence item and compare it with the "
                             "one recorded when it was added; verify-bundle: check an exported bundle's files "
                             "against its manifest")
    parser.add_argument("bundle", nargs="?", metavar="FILE.zip", help="verify-bundle: the bundle to check")
    parser.add_argument("--data-dir", help="verify: data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")


def run(args: argparse.Namespace) -> int:
    if args.action == "verify-bundle":
        if not args.bundle:
            print("safepost evidence: error: give the bundle: safepost evidence verify-bundle FILE.zip", file=sys.stderr)
            return EXIT_BAD_INPUT
        return _verify_bundle(Path(args.bundle))
    if args.bundle:
        print("safepost evidence: error: `verify` takes no file (did you mean verify-bundle?)", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not open_existing_data_dir(args.data_dir, "evidence"):
        return EXIT_BAD_INPUT
    return _verify_stored()


def _verify_bundle(path: Path) -> int:
    # Pure Python: whoever receives a bundle checks it without a safepost database.
    from safepost.safeguarding.bundlecheck import BundleError, verify_bundle

    if not path.is_file():
        print(f"safepost evidence: error: {path} does not exist", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        count, problems = verify_bundle(path)
    except BundleError as exc:
        print(f"safepost evidence: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return _report(count, problems, f"{path}: {count} files match the manifest", "files")


def _verify_stored() -> int:
    from django.db import DatabaseError

    from safepost.safeguarding.bundle import verify_stored

    try:
        count, problems = verify_stored()
    except DatabaseError as exc:
        print(f"safepost evidence: error: cannot read the evidence ({exc}); has the database been created?",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    return _report(count, problems, f"{count} evidence items: every one matches its recorded SHA-256", "items")


def _report(count: int, problems: list[Any], ok_line: str, noun: str) -> int:
    for problem in problems:
        print(f"{problem.where}: {problem.message}")
    if problems:
        print(f"{len(problems)} of {count} {noun} do not match: the evidence was changed", file=sys.stderr)
        return EXIT_FINDINGS
    print(ok_line)
    return EXIT_OK
