"""Exactly once against the real local Bluesky PDS, with real worker processes killed mid-publish.

Each test gets its own data directory (SQLite file) or, with DATABASE_URL set, its own
PostgreSQL database, shared by the subprocesses: `python -m tests.web.posts_pds_seed` seeds it
and reads it back, `python -m safepost posts publish-due` publishes. The posts on the PDS are
counted with com.atproto.repo.list_records.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

from safepost.connectors import Credentials

pytestmark = pytest.mark.pds
ROOT = Path(__file__).resolve().parents[2]
LEASE = 2.0  # seconds: a killed worker's claim is stale after this


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment for the subprocesses: a fresh data dir, and a fresh database on PostgreSQL."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("SAFEPOST_TEST_CRASH")}
    base.update(SAFEPOST_DATA_DIR=str(tmp_path / "data"), SAFEPOST_PUBLISH_LEASE_SECONDS=str(LEASE),
                PYTHONPATH=str(ROOT), DJANGO_SETTINGS_MODULE="safepost.web.settings")
    base.pop("SAFEPOST_TASK_BACKEND", None)
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        base.pop("DATABASE_URL", None)
        yield base
        return
    import psycopg

    name = f"sp_posts_pds_{os.getpid()}_{tmp_path.name[-12:]}".replace("-", "_").lower()
    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base["DATABASE_URL"] = urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    try:
        yield base
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(env: dict[str, str], *args: str, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env | extra, capture_output=True, text=True,
                          timeout=timeout, check=False)


def helper(env: dict[str, str], *args: str) -> dict[str, Any]:
    done = run(env, "-m", "tests.web.posts_pds_seed", *args)
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def worker(env: dict[str, str], name: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return run(env, "-m", "safepost", "posts", "publish-due", "--worker-id", name, **extra)


def records(pds_url: str, account: Credentials) -> list[dict[str, Any]]:
    """Every post in the account's repository, read from the PDS itself."""
    from atproto import Client

    client = Client(base_url=f"{pds_url}/xrpc")
    out: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = client.com.atproto.repo.list_records(
            {"repo": account.handle, "collection": "app.bsky.feed.post", "limit": 100, "cursor": cursor})
        out += [{"uri": r.uri, "text": r.value.text} for r in page.records]  # type: ignore[union-attr]
        cursor = page.cursor
        if not cursor or not page.records:
            return out


def seed(env: dict[str, str], pds_url: str, account: Credentials, posts: int, *more: str) -> dict[str, Any]:
    return helper(env, "seed", "--pds", pds_url, "--handle", account.handle, "--password", account.secret,
                  "--posts", str(posts), *more)


# "during-call" kills the worker a delay after the connector's publish starts. In a fresh worker
# a publish to the local PDS takes about 0.7-1 s (sign-in, look-up, create, read back): 0.05 s
# lands in the sign-in (nothing posted yet), 0.75 s around the create request (measured: the
# record is written by 0.9 s), 1.5 s after the record exists but before the reply is used.
STEPS = [("before-call", "0"), ("during-call", "0.05"), ("during-call", "0.75"), ("during-call", "1.5"),
         ("after-call", "0"), ("before-record", "0")]


@pytest.mark.parametrize(("step", "delay"), STEPS, ids=[f"{s}-{d}" for s, d in STEPS])
def test_it_posts_exactly_once_when_the_worker_is_killed_at_each_step(
        step: str, delay: str, env: dict[str, str], pds_url: str,
        make_pds_account: Callable[[], Credentials]) -> None:
    account = make_pds_account()
    seeded = seed(env, pds_url, account, 1, "--due-now")
    killed = worker(env, "doomed", SAFEPOST_TEST_CRASH_AT=step, SAFEPOST_TEST_CRASH_DELAY=delay)
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr[-2000:])
    pub = helper(env, "state", "--school", seeded["school"])["publications"][0]
    assert pub["status"] == "in_flight" and pub["claimed_by"] == "doomed"  # nothing recorded by the dead worker
    on_pds_after_crash = len(records(pds_url, account))
    if step == "before-call":
        assert on_pds_after_crash == 0
    elif step in ("after-call", "before-record"):
        assert on_pds_after_crash == 1  # posted, but the database does not know yet
    print(f"{step} {delay}: {on_pds_after_crash} post(s) on the PDS when the worker died")
    time.sleep(LEASE + 0.5)  # the dead worker's claim goes stale
    again = worker(env, "rescuer")
    assert again.returncode == 0, again.stderr[-2000:]
    posted = records(pds_url, account)
    assert len(posted) == 1, f"{step}: {len(posted)} posts on the PDS"
    pub = helper(env, "state", "--school", seeded["school"])["publications"][0]
    assert pub["status"] == "published" and pub["post_status"] == "published"
    assert pub["remote_id"] == posted[0]["uri"] and pub["claimed_by"] == "rescuer" and pub["attempts"] == 2
    assert worker(env, "late").returncode == 0 and len(records(pds_url, account)) == 1


def test_it_publishes_twenty_posts_through_three_workers_at_once_without_duplicates(
        env: dict[str, str], pds_url: str, make_pds_account: Callable[[], Credentials]) -> None:
    account = make_pds_account()
    env = env | {"SAFEPOST_PUBLISH_LEASE_SECONDS": "120"}  # live workers: the real lease
    seeded = seed(env, pds_url, account, 20, "--due-now")
    procs = [subprocess.Popen([sys.executable, "-m", "safepost", "posts", "publish-due", "--worker-id", f"w{i}"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(3)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [o[1][-2000:] for o in outputs]
    posted = records(pds_url, account)
    texts = [r["text"] for r in posted]
    assert len(posted) == 20 and len(set(texts)) == 20
    pubs = helper(env, "state", "--school", seeded["school"])["publications"]
    assert {p["status"] for p in pubs} == {"published"} and len(pubs) == 20
    assert {p["remote_id"] for p in pubs} == {r["uri"] for r in posted}
    assert all(p["attempts"] == 1 for p in pubs)  # each claimed by exactly one worker, once
    print("claims per worker:", {w: sum(p["claimed_by"] == w for p in pubs) for w in ("w0", "w1", "w2")})
