"""How late do scheduled posts go out? Schedules N posts (default 100) on the local Bluesky PDS
at staggered times over about a minute and a half, runs real `safepost posts publish-due --loop`
workers, and prints p50/p99/max of (published_at - scheduled_for). Target: p99 < 60 s.

    SAFEPOST_TEST_PDS=http://localhost:2583 python bench/publish_latency.py [--posts 100]
        [--spread 90] [--workers 1] [--interval 2]

Posts go to a fresh account on the PDS (a real server, not the manual connector: the manual
connector waits for a person, so its latency is a person's). Uses a temporary data directory
(SQLite), or PostgreSQL when DATABASE_URL is set (a throwaway database is created and dropped).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]


def pds_account(url: str) -> tuple[str, str]:
    from atproto import Client, models

    handle, password = f"b{secrets.token_hex(5)}.test", f"pw-{secrets.token_urlsafe(12)}"
    Client(base_url=f"{url}/xrpc").com.atproto.server.create_account(models.ComAtprotoServerCreateAccount.Data(
        handle=handle, email=f"{handle}@example.test", password=password))
    return handle, password


def helper(env: dict[str, str], *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "tests.web.posts_pds_seed", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False, timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"publish_latency: seeding failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def database(env: dict[str, str]) -> tuple[dict[str, str], str | None]:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        env.pop("DATABASE_URL", None)
        return env, None
    import psycopg

    name = f"sp_bench_publish_{secrets.token_hex(3)}"
    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return env | {"DATABASE_URL": urlunsplit(urlsplit(url)._replace(path=f"/{name}"))}, admin + "#" + name


def drop(handle: str | None) -> None:
    if handle is None:
        return
    import psycopg

    admin, name = handle.split("#")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=100)
    parser.add_argument("--spread", type=float, default=90.0, help="seconds between the first and last post")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--interval", type=float, default=2.0, help="the publish loop's pause between passes")
    args = parser.parse_args()
    pds = os.environ.get("SAFEPOST_TEST_PDS", "").rstrip("/")
    if not pds:
        print("publish_latency: set SAFEPOST_TEST_PDS to the local PDS (tools/pds/run.sh)", file=sys.stderr)
        return 2
    data = tempfile.mkdtemp(prefix="safepost-bench-publish-")
    env = os.environ | {"SAFEPOST_DATA_DIR": data, "PYTHONPATH": str(ROOT)}
    env.pop("SAFEPOST_TEST_CRASH_AT", None)
    env, db = database(env)
    try:
        handle, password = pds_account(pds)
        start_in = 30.0 + args.posts * 0.15  # seeding (engine check, approval) must finish first
        t0 = time.monotonic()
        seeded = helper(env, "seed", "--pds", pds, "--handle", handle, "--password", password,
                        "--posts", str(args.posts), "--start-in", str(start_in), "--spread", str(args.spread))
        print(f"seeded {len(seeded['posts'])} posts in {time.monotonic() - t0:.1f} s; first due in "
              f"{start_in - (time.monotonic() - t0):.0f} s, last {args.spread:.0f} s later", flush=True)
        workers = [subprocess.Popen([sys.executable, "-m", "safepost", "posts", "publish-due", "--loop",
                                     "--interval", str(args.interval), "--worker-id", f"bench-{i}"],
                                    cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                   for i in range(args.workers)]
        deadline = time.monotonic() + start_in + args.spread + 180
        rows: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            time.sleep(5)
            rows = helper(env, "state", "--school", seeded["school"])["publications"]
            if all(r["status"] in ("published", "failed") for r in rows):
                break
        for w in workers:
            w.terminate()
            w.wait(timeout=30)
        return report(rows, args)
    finally:
        drop(db)


def report(rows: list[dict[str, Any]], args: argparse.Namespace) -> int:
    lates = [(datetime.fromisoformat(r["published_at"]) - datetime.fromisoformat(r["scheduled_for"])).total_seconds()
             for r in rows if r["status"] == "published"]
    failed = [r for r in rows if r["status"] != "published"]
    print(f"posts: {len(rows)}, published: {len(lates)}, not published: {len(failed)}, workers: {args.workers}, "
          f"loop interval: {args.interval} s, database: {'PostgreSQL' if os.environ.get('DATABASE_URL') else 'SQLite'}")
    if lates:
        print(f"published_at - scheduled_for: p50 {percentile(lates, 0.5):.1f} s, p99 {percentile(lates, 0.99):.1f} s, "
              f"max {max(lates):.1f} s, mean {statistics.mean(lates):.1f} s")
    for r in failed[:5]:
        print(f"  not published: {r['key']} {r['status']} {r['error']}")
    ok = bool(lates) and not failed and percentile(lates, 0.99) < 60
    print("target p99 < 60 s:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
