"""How fast does the inbox take in comments? `python bench/inbox_ingest.py [--n 10000] [--batch 500]`.

Ingests N synthetic comments (safepost's labelled comments, varied so each is distinct) into one
school's account in batches, as the fetch sweep does: each is triaged by the engine (category,
findings, actions, deadline), de-duplicated and stored, and safeguarding ones raise a concern.
Safeguarding alerts are queued as tasks (as in production: the worker sends them, see
tests/web/test_inbox_pds.py for the 60 s figure end to end). Then it asks for the first page of the inbox as a moderator would see it. Prints the figures;
exits 1 if the whole run (ingest + first page) takes 60 s or more.

    python bench/inbox_ingest.py                                    # SQLite in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sp_inbox_bench python bench/inbox_ingest.py

The PostgreSQL database must exist; its inbox tables are emptied first.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LABELLED = ROOT / "safepost" / "engine" / "triage" / "data" / "labelled.jsonl"
LIMIT_SECONDS = 60.0


def comments(n: int) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(f"{rows[i % len(rows)]['text']} ({i})", rows[i % len(rows)].get("author_role", "unknown"))
            for i in range(n)]


def setup() -> tuple[object, object]:
    os.environ.setdefault("SAFEPOST_DATA_DIR", tempfile.mkdtemp(prefix="safepost-bench-inbox-"))
    from safepost.web import runtime

    runtime.configure()
    runtime.migrate()
    from django.contrib.auth.models import User

    from safepost.accounts.models import Application, OfficialAccount
    from safepost.inbox.models import Comment, SafeguardingConcern
    from safepost.schools.models import Membership, Organisation, School, StaffMember

    SafeguardingConcern.objects.all().delete()
    Comment.objects.all().delete()
    org, _ = Organisation.objects.get_or_create(slug="bench-trust", defaults={"name": "Bench Trust"})
    school, _ = School.objects.get_or_create(slug="bench", defaults={"organisation": org, "name": "Bench School",
                                                                      "nation": "wales"})
    user, _ = User.objects.get_or_create(username="bench-moderator", defaults={"email": "mod@bench.sch.uk"})
    Membership.objects.get_or_create(user=user, school=school, defaults={"role": "administrator"})
    lead, _ = StaffMember.objects.get_or_create(school=school, staff_id="B1", defaults={"last_name": "Lead"})
    app, _ = Application.objects.get_or_create(
        school=school, name="Bench Facebook", defaults={
            "platform": "facebook", "aim": "-", "audience": "-", "promotion": "-", "visibility": "open", "lead": lead,
            "requested_by": user, "status": "created"})
    account, _ = OfficialAccount.objects.get_or_create(
        application=app, defaults={"school": school, "platform": "facebook", "name": "Bench Facebook",
                                   "url": "https://example.org/bench", "handle": "bench", "lead": lead,
                                   "recorded_by": user, "about_links_aup": True})
    return account, user


def signed_in(user: object) -> object:
    """A client signed in with its second factor passed (moderators are privileged)."""
    from django.test import Client
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    device, _ = TOTPDevice.objects.get_or_create(user=user, name="bench", defaults={"confirmed": True})
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    return client


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500, help="comments per fetch")
    args = parser.parse_args()
    account, user = setup()
    from django.test.utils import override_settings

    from safepost.connectors import RemoteComment
    from safepost.inbox.ingest import do_ingest_comments
    from safepost.inbox.models import Comment
    from safepost.web import runtime

    texts = comments(args.n)
    start_at = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    remotes = [RemoteComment(remote_id=f"bench-{i}", text=text, author_handle=f"author{i % 300}",
                             created_at=start_at + timedelta(seconds=i * 5), post_remote_id=f"post-{i % 40}")
               for i, (text, _role) in enumerate(texts)]
    roles = {f"bench-{i}": role for i, (_t, role) in enumerate(texts)}
    print(f"database: {runtime.database_label()}")
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        began = time.perf_counter()
        safeguarding = 0
        for start in range(0, len(remotes), args.batch):
            result = do_ingest_comments(account, remotes[start:start + args.batch], roles=roles)  # type: ignore[arg-type]
            safeguarding += len(result.safeguarding)
        ingested = time.perf_counter() - began
        again = time.perf_counter()
        dup = do_ingest_comments(account, remotes[:args.batch], roles=roles)  # type: ignore[arg-type]
        dup_seconds = time.perf_counter() - again
    stored = Comment.objects.filter(account=account).count()
    client = signed_in(user)
    page_began = time.perf_counter()
    page = client.get(f"/s/{account.school.slug}/inbox/")  # type: ignore[attr-defined]
    assert b"Bench Facebook" in page.content, "the inbox page does not list the comments"  # type: ignore[attr-defined]
    page_seconds = time.perf_counter() - page_began
    total = ingested + page_seconds
    print(f"ingested {stored:,} comments (triaged, stored, {safeguarding} safeguarding concerns raised) "
          f"in {ingested:.1f} s: {stored / ingested:,.0f} comments/s, batches of {args.batch}")
    print(f"re-fetching {args.batch} already stored: {len(dup.created)} created, {dup.duplicates} duplicates, "
          f"{dup_seconds * 1000:.0f} ms")
    print(f"first inbox page: HTTP {page.status_code} in {page_seconds * 1000:.0f} ms")
    print(f"total {total:.1f} s (limit {LIMIT_SECONDS:.0f} s): {'PASS' if total < LIMIT_SECONDS else 'FAIL'}")
    return 0 if total < LIMIT_SECONDS and stored == args.n and page.status_code == 200 else 1


if __name__ == "__main__":
    raise SystemExit(main())
