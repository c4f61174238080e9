"""`safepost report governors --school SLUG --term YYYY-autumn --out FILE.pdf [--lang cy]`: the
governors' report of one school and term as a PDF, from the command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from safepost.commands._common import DATA_DIR_HELP, EXIT_OK, fail, open_existing_data_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="report", required=True)
    governors = sub.add_parser("governors", help="a school's termly report for governors, as a PDF")
    governors.add_argument("--school", required=True, metavar="SLUG", help="the school's slug (its address in safepost)")
    governors.add_argument("--term", required=True, metavar="YYYY-SEASON",
                           help="the term: YYYY-autumn, YYYY-spring or YYYY-summer, for example 2026-autumn")
    governors.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    governors.add_argument("--lang", default="en", metavar="en|cy", help="the report's language: en (default) or cy")
    governors.add_argument("--data-dir", help=DATA_DIR_HELP)


def run(args: argparse.Namespace) -> int:
    command = "report governors"
    # Bad input is named before the database is opened.
    from safepost.reports.terms import LanguageError, TermError, language, parse_term

    try:
        term = parse_term(args.term)
    except TermError as exc:
        return fail(f"--term {exc}", command)
    try:
        lang = language(args.lang)
    except LanguageError as exc:
        return fail(f"--lang {exc}", command)
    out = Path(args.out)
    if not out.parent.is_dir():
        return fail(f"--out {args.out!r}: the folder {out.parent} does not exist", command)
    if not open_existing_data_dir(args.data_dir, command):
        return 2
    from safepost.reports.report import render_pdf, school_report
    from safepost.schools.models import School

    school = School.objects.filter(slug=args.school).first()
    if school is None:
        return fail(f"--school {args.school!r}: no school with that slug", command)
    started = time.perf_counter()
    pdf = render_pdf(school_report(school, term, lang))
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        return fail(f"--out {args.out!r}: cannot write it ({exc.strerror})", command)
    print(f"safepost {command}: wrote {out} ({len(pdf) // 1024} KB, {time.perf_counter() - started:.1f} s)",
          file=sys.stderr)
    return EXIT_OK
