"""`safepost compliance remind` and `safepost compliance status --school SLUG`.

``remind`` runs the compliance sweep once (the sweep loop of `safepost serve` does it hourly per
school): adults with something due get one email with a one-click acknowledgement link, and the
headteacher hears when the policy's review is near. Running it twice sends nothing twice.
``status`` prints the school's coverage: adults, acknowledged, trained, declarations due.
"""

from __future__ import annotations

import argparse
import sys

from safepost.commands._common import EXIT_BAD_INPUT, EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    remind = sub.add_parser("remind", help="send due compliance reminders once (needs SAFEPOST_BASE_URL)")
    status = sub.add_parser("status", help="print a school's acknowledgement and training coverage")
    status.add_argument("--school", required=True, help="the school's slug")
    for each in (remind, status):
        each.add_argument("--data-dir", help="data directory (default $SAFEPOST_DATA_DIR or ./safepost-data)")


def run(args: argparse.Namespace) -> int:
    from safepost.web import runtime

    runtime.configure(args.data_dir)
    if not runtime.system_checks_pass("compliance"):
        return EXIT_BAD_INPUT
    runtime.migrate()
    return _remind() if args.action == "remind" else _status(args.school)


def _remind() -> int:
    from safepost.compliance.sweeps import sweep_compliance
    from safepost.inbox.safeguarding import base_url

    if not base_url():
        print("safepost compliance: error: set SAFEPOST_BASE_URL (e.g. https://safepost.example.sch.uk): "
              "reminder emails carry absolute links", file=sys.stderr)
        return EXIT_BAD_INPUT
    sent = sweep_compliance(force=True)
    print(f"safepost compliance remind: {sent} email(s) sent")
    return EXIT_OK


def _status(slug: str) -> int:
    from django.utils import timezone

    from safepost.compliance.actions import do_sync_adults
    from safepost.compliance.stats import coverage
    from safepost.schools.models import School

    school = School.objects.filter(slug=slug).first()
    if school is None:
        print(f"safepost compliance: error: no school {slug!r}", file=sys.stderr)
        return EXIT_BAD_INPUT
    today = timezone.localdate()
    do_sync_adults(school, today)
    found = coverage(school, today)
    print(f"{school.name} on {today:%d/%m/%Y}: {found.adults} adults, {found.acknowledged_current} acknowledged "
          f"the current version, {found.training_current} with current training, "
          f"{found.declarations_due} owe a declaration")
    return EXIT_OK
