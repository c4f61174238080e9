"""The inbox page under load: 20 moderators on a school with 100,000 comments, with locust.

    python bench/inbox_load.py                               # SQLite in a temporary folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sp_inbox_load python bench/inbox_load.py
    python bench/inbox_load.py --comments 100000 --users 20 --seconds 60

Seeds one school with N comments (the engine's triage of safeguard's labelled comments, copied
with their own ids and times over the last 60 days; 1 in 10 still open, the rest handled),
20 moderators each with a signed-in, second-factor-verified session, starts `safepost serve`
(gunicorn) on a free loopback port, and runs locust headless: each moderator loads the queue,
their own queue, the next page and a comment, with 0.5 to 2 s of thought between requests.
Prints locust's p50/p95/p99 per page; exits 1 if the inbox page's p95 is 150 ms or more.
The PostgreSQL database must exist; its inbox tables are emptied first.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LABELLED = ROOT / "safepost" / "engine" / "triage" / "data" / "labelled.jsonl"
P95_LIMIT_MS = 150.0

LOCUSTFILE = '''
import itertools, json, os, random
from locust import HttpUser, between, task

SESSIONS = json.loads(os.environ["INBOX_SESSIONS"])
SLUG = os.environ["INBOX_SCHOOL"]
COMMENTS = json.loads(os.environ["INBOX_COMMENTS"])
NEXT_SESSION = itertools.cycle(SESSIONS)  # one moderator's session per simulated user


class Moderator(HttpUser):
    wait_time = between(0.5, 2.0)

    def on_start(self):
        self.client.cookies.set("sessionid", next(NEXT_SESSION))

    @task(6)
    def inbox(self):
        self.client.get(f"/s/{SLUG}/inbox/", name="inbox page")

    @task(2)
    def mine(self):
        self.client.get(f"/s/{SLUG}/inbox/?queue=mine", name="inbox: assigned to me")

    @task(1)
    def next_page(self):
        self.client.get(f"/s/{SLUG}/inbox/?queue=all&page=2", name="inbox: page 2")

    @task(2)
    def comment(self):
        self.client.get(f"/s/{SLUG}/inbox/{random.choice(COMMENTS)}/", name="one comment")
'''


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def seed(n: int, users: int) -> tuple[str, list[str], list[int]]:
    """The school's slug, one session key per moderator, and some open comment ids."""
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from safepost.accounts.models import Application, OfficialAccount
    from safepost.connectors import RemoteComment
    from safepost.inbox.ingest import do_ingest_comments
    from safepost.inbox.models import Comment, Priority, SafeguardingConcern
    from safepost.inbox.states import CommentStatus
    from safepost.schools.models import Membership, Organisation, School, StaffMember

    SafeguardingConcern.objects.all().delete()
    Comment.objects.all().delete()
    org, _ = Organisation.objects.get_or_create(slug="load-trust", defaults={"name": "Load Trust"})
    school, _ = School.objects.get_or_create(slug="load", defaults={"organisation": org, "name": "Load School"})
    lead, _ = StaffMember.objects.get_or_create(school=school, staff_id="L1", defaults={"last_name": "Lead"})
    moderators = []
    for index in range(users):
        user, _ = User.objects.get_or_create(username=f"moderator{index}", defaults={"email": f"m{index}@load.sch.uk"})
        Membership.objects.get_or_create(user=user, school=school, defaults={"role": "administrator"})
        moderators.append(user)
    app, _ = Application.objects.get_or_create(school=school, name="Load Facebook", defaults={
        "platform": "facebook", "aim": "-", "audience": "-", "promotion": "-", "visibility": "open", "lead": lead,
        "requested_by": moderators[0], "status": "created"})
    account, _ = OfficialAccount.objects.get_or_create(application=app, defaults={
        "school": school, "platform": "facebook", "name": "Load Facebook", "url": "https://example.org/load",
        "handle": "load", "lead": lead, "recorded_by": moderators[0], "about_links_aup": True})
    # Triage each distinct comment once through the real ingest, then copy the rows.
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    now = timezone.now()
    do_ingest_comments(account, [RemoteComment(remote_id=f"t{i}", text=r["text"], author_handle="someone",
                                               created_at=now, post_remote_id="p") for i, r in enumerate(rows)])
    templates = list(Comment.objects.filter(account=account))
    SafeguardingConcern.objects.all().delete()
    Comment.objects.all().delete()
    copies = []
    for i in range(n):
        t = templates[i % len(templates)]
        received = now - timedelta(seconds=(n - i) * 60 * 60 * 24 * 60 // n)
        is_open = i % 10 == 0
        copies.append(Comment(
            school=school, account=account, remote_id=f"c{i}", post_remote_id=f"p{i % 500}", author_handle=f"a{i % 900}",
            text=t.text, received_at=received, category=t.category, confidence=t.confidence, evidence=t.evidence,
            actions=t.actions, findings=t.findings, deadline=received + timedelta(hours=24) if t.deadline else None,
            status=CommentStatus.ASSIGNED if is_open else CommentStatus.HANDLED,
            priority=t.priority if is_open else Priority.CLOSED, assignee=moderators[i % users] if is_open else None,
            first_response_at=None if is_open else received + timedelta(hours=2)))
    Comment.objects.bulk_create(copies, batch_size=5000)
    refresh_statistics()
    sessions = []
    for user in moderators:
        device, _ = TOTPDevice.objects.get_or_create(user=user, name="load", defaults={"confirmed": True})
        store = SessionStore()
        store.update({"_auth_user_id": str(user.pk), "_auth_user_backend": "django.contrib.auth.backends.ModelBackend",
                      "_auth_user_hash": user.get_session_auth_hash(), "otp_device_id": device.persistent_id,
                      "privileged": True})
        store.create()
        sessions.append(store.session_key or "")
    open_ids = list(Comment.objects.filter(school=school, priority__lt=Priority.CLOSED).values_list("pk", flat=True)[:500])
    return school.slug, sessions, open_ids


def refresh_statistics() -> None:
    """What autovacuum does shortly after a bulk load in production: planner statistics (and, on
    PostgreSQL, the visibility map that lets the queue's count read the index alone)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE inbox_comment" if connection.vendor == "postgresql" else "ANALYZE")


def wait_healthy(port: int, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(240):
        if proc.poll() is not None:
            raise SystemExit(f"safepost serve exited with status {proc.returncode} while starting")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("the server did not answer /healthz within 2 minutes")


def warm_up(port: int, slug: str, session: str, comments: list[int]) -> None:
    """Visit the pages a few times so every server process has loaded its code and templates:
    the measurement is of a running server, not of its first minute. Fails on anything but 200."""
    paths = [f"/s/{slug}/inbox/", f"/s/{slug}/inbox/?queue=mine", f"/s/{slug}/inbox/{comments[0]}/"]
    for _ in range(10):
        for path in paths:
            request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Cookie": f"sessionid={session}"})
            with urllib.request.urlopen(request, timeout=30) as answer:
                if answer.status != 200 or answer.url.rstrip("/").endswith("otp"):
                    raise SystemExit(f"{path} answered {answer.status} at {answer.url}: the seeded session is refused")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    data = os.environ.setdefault("SAFEPOST_DATA_DIR", tempfile.mkdtemp(prefix="safepost-inbox-load-"))
    from safepost.web import runtime

    runtime.configure()
    runtime.migrate()
    began = time.perf_counter()
    slug, sessions, comments = seed(args.comments, args.users)
    print(f"database: {runtime.database_label()}; seeded {args.comments:,} comments in "
          f"{time.perf_counter() - began:.0f} s")
    from django.db import connections

    connections.close_all()
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "safepost", "serve", "--port", str(port), "--data-dir", data,
                               "--no-worker"], cwd=ROOT, env=os.environ.copy(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_healthy(port, server)
        warm_up(port, slug, sessions[0], comments)
        return run_locust(args, port, slug, sessions, comments, Path(data))
    finally:
        server.terminate()
        server.wait(timeout=30)


def run_locust(args: argparse.Namespace, port: int, slug: str, sessions: list[str], comments: list[int],
               data: Path) -> int:
    locustfile = data / "inbox_locustfile.py"
    locustfile.write_text(LOCUSTFILE, encoding="utf-8")
    env = {**os.environ, "INBOX_SESSIONS": json.dumps(sessions), "INBOX_SCHOOL": slug,
           "INBOX_COMMENTS": json.dumps(comments)}
    prefix = data / "inbox_load"
    subprocess.run([sys.executable, "-m", "locust", "-f", str(locustfile), "--headless", "-u", str(args.users),
                    "-r", str(args.users), "-t", f"{args.seconds}s", "--host", f"http://127.0.0.1:{port}",
                    "--csv", str(prefix), "--only-summary", "--exit-code-on-error", "0"],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=args.seconds + 120)
    return report(Path(f"{prefix}_stats.csv"), args)


def report(stats: Path, args: argparse.Namespace) -> int:
    inbox_p95 = None
    print(f"{args.users} moderators for {args.seconds} s (locust):")
    with stats.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            print(f"  {row['Name']:<24} {row['Request Count']:>6} requests, {row['Failure Count']} failed, "
                  f"p50 {row['50%']} ms, p95 {row['95%']} ms, p99 {row['99%']} ms")
            if row["Name"] == "inbox page":
                inbox_p95 = float(row["95%"])
                failures = int(row["Failure Count"])
    if inbox_p95 is None:
        print("no requests to the inbox page were made")
        return 1
    ok = inbox_p95 < P95_LIMIT_MS and failures == 0
    print(f"inbox page p95 {inbox_p95:.0f} ms (limit {P95_LIMIT_MS:.0f} ms): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
