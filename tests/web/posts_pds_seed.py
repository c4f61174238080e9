"""Seed and inspect a safepost data directory from a separate process, for the tests and the
benchmark that run real `safepost posts publish-due` workers against the local Bluesky PDS.

    python -m tests.web.posts_pds_seed seed --pds URL --handle H --password P --posts N \
        [--start-in SECONDS] [--spread SECONDS]
    python -m tests.web.posts_pds_seed state

The data directory (and DATABASE_URL, for PostgreSQL) come from the environment, exactly as the
workers read them. Everything is synthetic. Output is one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from datetime import timedelta
from typing import Any


def _setup() -> None:
    from safepost.web import runtime

    runtime.configure(None)
    runtime.migrate()


def seed(args: argparse.Namespace) -> dict[str, Any]:
    from django.contrib.auth.models import User
    from django.utils import timezone

    from safepost.accounts import vault
    from safepost.accounts.models import Application, OfficialAccount
    from safepost.posts.actions import DraftInput, do_decide_revision, do_save_draft, do_submit_post
    from safepost.posts.models import Publication
    from safepost.posts.states import Decision
    from safepost.schools.models import Membership, Organisation, Role, School, StaffMember

    tag = secrets.token_hex(4)
    org = Organisation.objects.create(name=f"Trust {tag}", slug=f"trust-{tag}")
    school = School.objects.create(organisation=org, name=f"Testing School {tag}", slug=f"school-{tag}")
    staff = StaffMember.objects.create(school=school, staff_id="S1", last_name="Teacher")
    members = {}
    for role in (Role.STAFF, Role.ADMINISTRATOR):
        user = User.objects.create(username=f"{role.value}-{tag}", email=f"{role.value}-{tag}@example.test")
        members[role] = Membership.objects.create(user=user, school=school, role=role)
    app = Application.objects.create(school=school, platform="bluesky", name="School news", aim="news",
                                     audience="parents", promotion="website", visibility="open", lead=staff,
                                     requested_by=members[Role.ADMINISTRATOR].user, status="created")
    account = OfficialAccount.objects.create(
        school=school, application=app, platform="bluesky", name="School news", url=f"{args.pds}/profile/x",
        handle=args.handle, about_links_aup=True, lead=staff, recorded_by=members[Role.ADMINISTRATOR].user,
        secret=vault.seal({"username": args.handle, "password": args.password, "base_url": args.pds}))
    start = timezone.now() + timedelta(seconds=args.start_in)
    posts = []
    for i in range(args.posts):
        when = start + timedelta(seconds=args.spread * i / max(1, args.posts - 1))
        data = DraftInput(text=f"Post {i + 1} of {args.posts}: a lovely week of learning ({tag}).",
                          account_ids=(account.pk,), scheduled_for=when)
        post = do_submit_post(members[Role.STAFF], do_save_draft(members[Role.STAFF], None, data))
        do_decide_revision(members[Role.ADMINISTRATOR], post.latest, Decision.APPROVE)  # type: ignore[arg-type]
        posts.append(post.pk)
    if args.due_now:
        Publication.objects.filter(post__in=posts).update(due_at=timezone.now())
    return {"school": school.slug, "posts": posts, "account": account.pk}


def state(args: argparse.Namespace) -> dict[str, Any]:
    from safepost.posts.models import Publication

    rows = Publication.objects.select_related("post", "revision").order_by("pk")
    if args.school:
        rows = rows.filter(post__school__slug=args.school)
    return {"publications": [
        {"pk": p.pk, "key": p.idempotency_key, "status": p.status, "remote_id": p.remote_id, "url": p.url,
         "attempts": p.attempts, "claimed_by": p.claimed_by, "post_status": p.post.status, "error": p.error,
         "scheduled_for": p.revision.scheduled_for.isoformat() if p.revision.scheduled_for else None,
         "published_at": p.published_at.isoformat() if p.published_at else None}
        for p in rows]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="posts_pds_seed")
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("seed")
    s.add_argument("--pds", required=True)
    s.add_argument("--handle", required=True)
    s.add_argument("--password", required=True)
    s.add_argument("--posts", type=int, default=1)
    s.add_argument("--start-in", type=float, default=60.0, help="seconds until the first post is due")
    s.add_argument("--spread", type=float, default=0.0, help="seconds between the first and the last post")
    s.add_argument("--due-now", action="store_true", help="make every publication due at once after approval")
    t = sub.add_parser("state")
    t.add_argument("--school")
    args = parser.parse_args(argv)
    _setup()
    out = seed(args) if args.command == "seed" else state(args)
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
