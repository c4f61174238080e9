"""`safepost manage seed_year --school SLUG`: a synthetic year of posts, comments, replies and
takedowns for a demo school, for the governors' report (see safepost/reports/yeardata.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from safepost.reports.yeardata import SeedError, seed_year
from safepost.schools.models import School


class Command(BaseCommand):
    help = "make a synthetic year of activity for a demo school (for the governors' report)"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--school", required=True, metavar="SLUG")
        parser.add_argument("--end", metavar="YYYY-MM-DD", help="the year's last day (default today)")
        parser.add_argument("--seed", type=int, default=0, help="random seed (the same seed, the same data)")

    def handle(self, *args: Any, **o: Any) -> None:
        school = School.objects.filter(slug=o["school"]).first()
        if school is None:
            raise CommandError(f"--school {o['school']!r}: no school with that slug")
        try:
            end = date.fromisoformat(o["end"]) if o["end"] else timezone.localdate()
        except ValueError:
            raise CommandError(f"--end {o['end']!r}: give a date as YYYY-MM-DD") from None
        try:
            seeded = seed_year(school, end, o["seed"])
        except SeedError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"school {school.slug}: {seeded.posts} posts ({seeded.revisions} checks), "
                          f"{seeded.publications} publications, {seeded.comments} comments, "
                          f"{seeded.takedowns} takedowns, ending {end.isoformat()} (synthetic)")
