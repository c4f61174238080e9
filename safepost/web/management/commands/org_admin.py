"""Grant or revoke organisation administration (a trust's or local authority's IT staff)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from safepost.schools.actions import do_grant_org_admin, do_revoke_org_admin
from safepost.schools.models import Organisation


class Command(BaseCommand):
    help = ("make a user an administrator of every school of an organisation (or stop it); they never "
            "read safeguarding records without a DSL or headteacher role in the school")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["grant", "revoke"])
        parser.add_argument("organisation", help="organisation slug")
        parser.add_argument("username")

    def handle(self, *args: Any, **o: Any) -> None:
        organisation = Organisation.objects.filter(slug=o["organisation"]).first()
        if organisation is None:
            known = ", ".join(Organisation.objects.values_list("slug", flat=True)[:20]) or "none yet"
            raise CommandError(f"no organisation {o['organisation']!r} (known: {known})")
        user = get_user_model().objects.filter(username=o["username"]).first()
        if user is None:
            raise CommandError(f"no user {o['username']!r}")
        if o["action"] == "grant":
            done = do_grant_org_admin(None, organisation, user)
            self.stdout.write(f"{o['username']} administers {organisation.slug}"
                              + ("" if done else " (already did)") + "; they must use a second factor")
        else:
            done = do_revoke_org_admin(None, organisation, user)
            self.stdout.write(f"{o['username']} no longer administers {organisation.slug}" + ("" if done else
                                                                                          " (did not)"))
