"""`safepost audit verify`: recompute the audit trail's hash chain and report any edit or deletion."""

from __future__ import annotations

import argparse
import sys

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, open_existing_data_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["verify"], help="verify: check every event's hash and link")
    parser.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")


def run(args: argparse.Namespace) -> int:
    from safepost.web import runtime

    if not open_existing_data_dir(args.data_dir, "audit"):  # verifying only reads: create nothing
        return EXIT_BAD_INPUT
    if not runtime.system_checks_pass("audit"):
        return EXIT_BAD_INPUT
    from django.db import DatabaseError

    from safepost.audit.chain import verify

    try:
        count, problems = verify()
    except DatabaseError as exc:
        print(f"safepost audit: error: cannot read the audit trail ({exc}); has the database been created?",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    for problem in problems:
        print(f"event {problem.seq}: {problem.message}")
    if problems:
        print(f"safepost audit: {len(problems)} problem(s) in {count} events: the trail has been altered",
              file=sys.stderr)
        return EXIT_FINDINGS
    print(f"safepost audit: {count} events, chain intact")
    return EXIT_OK
