"""`safepost inbox import FILE --school SLUG --account ID` and `safepost inbox sweep`.

``import`` reads comments exported from a platform without an API (CSV or JSON Lines), triages
and stores them; every bad line is reported with its number and the rest are imported; running
it again imports nothing twice. ``sweep`` runs the inbox's time-based work once (fetch, alerts,
assignment, reminders, overdue escalation), as the sweep loop of `safepost serve` does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    imp = sub.add_parser("import", help="import comments from a CSV or JSON Lines file")
    imp.add_argument("file", help="a .csv or .jsonl file: id, text, received_at, post_id, parent_id, author, "
                                  "author_role, url")
    imp.add_argument("--school", required=True, help="the school's slug")
    imp.add_argument("--account", required=True, type=int, help="the official account's id")
    sweep = sub.add_parser("sweep", help="run the inbox sweep once")
    for each in (imp, sweep):
        each.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")


def run(args: argparse.Namespace) -> int:
    from safepost.web import runtime

    runtime.configure(args.data_dir)
    if not runtime.system_checks_pass("inbox"):
        return EXIT_BAD_INPUT
    runtime.migrate()
    return _import(args) if args.action == "import" else _sweep()


def _sweep() -> int:
    from safepost.inbox.sweeps import sweep_inbox

    done = sweep_inbox()
    print(f"safepost inbox sweep: {done} thing(s) done")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from safepost.accounts.models import OfficialAccount
    from safepost.inbox.importfile import parse
    from safepost.inbox.ingest import do_ingest_comments

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"safepost inbox: error: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    account = OfficialAccount.objects.select_related("school").filter(pk=args.account,
                                                                      school__slug=args.school).first()
    if account is None:
        print(f"safepost inbox: error: school {args.school!r} has no account {args.account}", file=sys.stderr)
        return EXIT_BAD_INPUT
    parsed = parse(data, path.name)
    result = do_ingest_comments(account, parsed.comments, source="import", roles=parsed.roles)
    for error in [*parsed.errors, *result.errors]:
        print(f"safepost inbox: {error}", file=sys.stderr)
    print(f"safepost inbox import: {len(result.created)} imported, {result.duplicates} already there, "
          f"{len(parsed.errors) + len(result.errors)} refused, {len(result.safeguarding)} sent to the DSL")
    return EXIT_FINDINGS if parsed.errors or result.errors else EXIT_OK
