"""`safepost audit verify` / `safepost audit anchor`: check the audit trail's keyed hash chain, and
record its head outside the database so a later verify can tell if it was cut back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, open_existing_data_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["verify", "anchor"],
                        help="verify: check every event's hash and link (and the anchors given); "
                             "anchor: verify, then print the chain head and append it to --to FILE")
    parser.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")
    parser.add_argument("--anchor", metavar="FILE",
                        help="verify: also check the anchors in FILE (written by `safepost audit anchor`)")
    parser.add_argument("--to", metavar="FILE",
                        help="anchor: append the anchor line to FILE, kept outside the database "
                             "(another machine, a write-once share, a printed copy)")


def run(args: argparse.Namespace) -> int:
    from safepost.web import runtime

    args.anchor, args.to = getattr(args, "anchor", None), getattr(args, "to", None)
    if args.action == "verify" and args.to:
        print("safepost audit: error: --to is for `safepost audit anchor`", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.action == "anchor" and args.anchor:
        print("safepost audit: error: --anchor is for `safepost audit verify`", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not open_existing_data_dir(args.data_dir, "audit"):  # verifying only reads: create nothing
        return EXIT_BAD_INPUT
    if not runtime.system_checks_pass("audit"):
        return EXIT_BAD_INPUT
    from django.db import DatabaseError

    try:
        return _verify_then_anchor(args)
    except DatabaseError as exc:
        print(f"safepost audit: error: cannot read the audit trail ({exc}); has the database been created?",
              file=sys.stderr)
        return EXIT_BAD_INPUT


def _verify_then_anchor(args: argparse.Namespace) -> int:
    from safepost.audit.chain import AnchorFileError, check_anchors, verify

    count, problems = verify()
    if args.anchor:
        try:
            problems += check_anchors(Path(args.anchor))
        except AnchorFileError as exc:
            print(f"safepost audit: error: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
    for problem in problems:
        print(f"event {problem.seq}: {problem.message}")
    if problems:
        print(f"safepost audit: {len(problems)} problem(s) in {count} events: the trail has been altered"
              + ("; not anchored" if args.action == "anchor" else ""), file=sys.stderr)
        return EXIT_FINDINGS
    if args.action == "anchor":
        return _anchor(args, count)
    anchored = f", matches the anchors in {args.anchor}" if args.anchor else ""
    print(f"safepost audit: {count} events, chain intact{anchored}")
    return EXIT_OK


def _anchor(args: argparse.Namespace, count: int) -> int:
    from safepost.audit.chain import current_anchor

    line = current_anchor().line()
    if args.to:
        try:
            with open(args.to, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        except OSError as exc:
            print(f"safepost audit: error: cannot append to {args.to}: {exc.strerror}", file=sys.stderr)
            return EXIT_BAD_INPUT
    print(line)
    print(f"safepost audit: {count} events, chain intact; anchored"
          + (f" (appended to {args.to})" if args.to else " (keep this line outside the database)"),
          file=sys.stderr)
    return EXIT_OK
