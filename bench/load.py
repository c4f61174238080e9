"""Load test: N concurrent signed-in users against `safepost serve` (or `safepost demo`) on localhost.

    python bench/load.py                       # starts `safepost demo` on SQLite in a temp dir
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/safepost_load python bench/load.py
    python bench/load.py --url http://127.0.0.1:8000 --users 50 --seconds 30

Each virtual user signs in (a staff or governor login of the demo trust: no second factor),
then loops over the pages people use (overview, accounts, policy, pupils, the live draft
check) with a think time between requests, like a person. Prints p50/p95/p99 latency per page
and overall; exits 1 if the overall p95 is 100 ms or more.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

SCHOOLS = ("newport", "pontlliw", "learn-to-live", "baguley-hall", "dobcroft")
LOGINS = ("teacher", "teacher2", "governor")
PASSWORD = "demo-password-1"
DRAFT = ("What a brilliant trip to the museum today! Year 5 loved the dinosaur gallery. "
         "Thank you to all the parents who helped. Photos on the website soon.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_demo(port: int) -> subprocess.Popen[bytes]:
    data = tempfile.mkdtemp(prefix="safepost-load-")
    env = os.environ | {"SAFEPOST_DATA_DIR": data}
    proc = subprocess.Popen([sys.executable, "-m", "safepost", "demo", "--port", str(port), "--data-dir", data],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=Path(__file__).resolve().parents[1])
    for _ in range(240):
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                return proc
        except requests.RequestException:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("safepost demo did not start within 2 minutes")


def sign_in(base: str, username: str) -> requests.Session:
    session = requests.Session()
    page = session.get(base + "/signin/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the sign-in page"
    response = session.post(base + "/signin/", data={"csrfmiddlewaretoken": token.group(1), "username": username,
                                                     "password": PASSWORD}, headers={"Referer": base + "/signin/"})
    assert response.ok and "/signin/" not in response.url, f"could not sign in as {username}"
    return session


class User(threading.Thread):
    def __init__(self, base: str, index: int, seconds: float, think: float, results: dict[str, list[float]],
                 errors: list[str], lock: threading.Lock, ready: threading.Barrier) -> None:
        super().__init__(daemon=True)
        self.base, self.seconds, self.think, self.ready = base, seconds, think, ready
        self.school = SCHOOLS[index % len(SCHOOLS)]
        self.login = f"{LOGINS[(index // len(SCHOOLS)) % len(LOGINS)]}.{self.school}"
        self.results, self.errors, self.lock = results, errors, lock
        self.rng = random.Random(index)

    def run(self) -> None:
        with SIGN_IN:  # argon2 is slow on purpose: sign in a few at a time, before measuring
            session = sign_in(self.base, self.login)
        csrf = session.cookies.get("csrftoken", "")
        pages = [("overview", "get", f"/s/{self.school}/"), ("accounts", "get", f"/s/{self.school}/accounts/"),
                 ("policy", "get", f"/s/{self.school}/policy/")]
        if not self.login.startswith("governor"):
            pages += [("pupils", "get", f"/s/{self.school}/pupils/"), ("check", "post", f"/s/{self.school}/policy/check/")]
        self.ready.wait()
        until = time.time() + self.seconds
        time.sleep(self.rng.uniform(0, self.think))  # spread the start
        while time.time() < until:
            name, method, path = self.rng.choice(pages)
            started = time.perf_counter()
            try:
                if method == "get":
                    response = session.get(self.base + path, timeout=10)
                else:
                    response = session.post(self.base + path, data={"text": DRAFT, "channel": "facebook"},
                                            headers={"X-CSRFToken": csrf, "HX-Request": "true",
                                                     "Referer": self.base + path}, timeout=10)
                elapsed = (time.perf_counter() - started) * 1000
                with self.lock:
                    if response.status_code == 200:
                        self.results.setdefault(name, []).append(elapsed)
                    else:
                        self.errors.append(f"{name}: HTTP {response.status_code}")
            except requests.RequestException as exc:
                with self.lock:
                    self.errors.append(f"{name}: {exc}")
            time.sleep(self.rng.uniform(0.5 * self.think, 1.5 * self.think))


SIGN_IN = threading.Semaphore(4)


def warm_up(base: str) -> None:
    """Visit each school's pages a few times so every server process has built its caches
    (templates, the school's roster index): the measurement is of a running server."""
    for school in SCHOOLS:
        session = sign_in(base, f"teacher.{school}")
        for _ in range(6):
            for path in ("/", "/accounts/", "/policy/", "/pupils/"):
                session.get(f"{base}/s/{school}{path}", timeout=30)
            session.post(f"{base}/s/{school}/policy/check/", data={"text": DRAFT},
                         headers={"X-CSRFToken": session.cookies.get("csrftoken", ""), "Referer": base}, timeout=30)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="a running server (default: start `safepost demo`)")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds between a user's requests")
    args = parser.parse_args()
    proc = None
    base = args.url
    if base is None:
        port = free_port()
        proc = start_demo(port)
        base = f"http://127.0.0.1:{port}"
    try:
        results: dict[str, list[float]] = {}
        errors: list[str] = []
        lock = threading.Lock()
        ready = threading.Barrier(args.users, action=lambda: warm_up(base.rstrip("/")))
        users = [User(base.rstrip("/"), i, args.seconds, args.think, results, errors, lock, ready)
                 for i in range(args.users)]
        for user in users:
            user.start()
        for user in users:
            user.join()
    finally:
        if proc is not None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
    every = [v for values in results.values() for v in values]
    database = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    print(f"{args.users} users, {args.seconds:.0f} s, think {args.think} s, {database}: {len(every)} requests "
          f"({len(every) / args.seconds:.1f}/s), {len(errors)} errors")
    for name, values in sorted(results.items()):
        print(f"  {name:9} n={len(values):5}  p50 {statistics.median(values):6.1f} ms  "
              f"p95 {percentile(values, 95):6.1f} ms  p99 {percentile(values, 99):6.1f} ms")
    p95 = percentile(every, 95) if every else float("inf")
    print(f"  {'all':9} n={len(every):5}  p50 {statistics.median(every) if every else 0:6.1f} ms  p95 {p95:6.1f} ms")
    for error in errors[:5]:
        print(f"  error: {error}")
    return 0 if p95 < 100 and not errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
