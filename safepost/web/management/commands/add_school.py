"""Create an organisation (if needed), a school, and its first headteacher login."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from safepost.audit.chain import record
from safepost.engine import InputError, load_policy
from safepost.schools.models import Membership, Nation, Organisation, Role, School


class Command(BaseCommand):
    help = "create a school and its headteacher's login"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug")
        parser.add_argument("name")
        parser.add_argument("--organisation", default="", help="organisation slug (default: the school's own)")
        parser.add_argument("--pack", default="default", help="policy pack id")
        parser.add_argument("--nation", default="england", choices=Nation.values)
        parser.add_argument("--head", required=True, help="username of the headteacher (created if missing)")
        parser.add_argument("--email", default="")

    @transaction.atomic
    def handle(self, *args: Any, **o: Any) -> None:
        try:
            load_policy(o["pack"])
        except InputError as exc:
            raise CommandError(exc.message) from None
        if School.objects.filter(slug=o["slug"]).exists():
            raise CommandError(f"a school with slug {o['slug']!r} exists")
        org_slug = o["organisation"] or o["slug"]
        org, _ = Organisation.objects.get_or_create(slug=org_slug, defaults={"name": o["name"], "kind": "single"})
        school = School.objects.create(organisation=org, slug=o["slug"], name=o["name"], policy_pack=o["pack"],
                                       nation=o["nation"])
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(username=o["head"], defaults={"email": o["email"]})
        Membership.objects.create(user=user, school=school, role=Role.HEADTEACHER)
        record(None, school, "schools.school-created", school, pack=o["pack"])
        self.stdout.write(f"school {school.slug} created; headteacher {user.get_username()}"
                          + ("; set their password with: safepost manage changepassword " + user.get_username()
                             if created else ""))
