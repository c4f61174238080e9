"""Load test: N concurrent signed-in users against `safepost serve` (or `safepost demo`) on localhost.

    python bench/load.py                       # starts `safepost demo` on SQLite in a temp dir
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/safepost_load python bench/load.py
    python bench/load.py --url http://127.0.0.1:8000 --users 50 --seconds 30

Each virtual user signs in (a staff or governor login of the demo trust: no second factor),
then loops over the pages people use (overview, accounts, policy, pupils, the live draft
check) with a think time between requests, like a person. Prints p50/p95/p99 latency per page
and overall, the load average, and the CPU the server and this generator used; exits 1 if the
overall p95 is 100 ms or more.

The generator must not compete with the server it measures: the users are coroutines on one
event loop speaking plain HTTP/1.1 over keep-alive connections (about 0.1 ms of CPU a request,
against several ms for a threaded `requests` client). It only ever connects to a loopback
address, runs for a bounded time and a bounded number of users, and stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import os
import random
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

SCHOOLS = ("newport", "pontlliw", "learn-to-live", "baguley-hall", "dobcroft")
LOGINS = ("teacher", "teacher2", "governor")
PASSWORD = "demo-password-1"
DRAFT = ("What a brilliant trip to the museum today! Year 5 loved the dinosaur gallery. "
         "Thank you to all the parents who helped. Photos on the website soon.")
MAX_USERS = 500
MAX_SECONDS = 600
REQUEST_TIMEOUT = 10.0


class LoadError(Exception):
    """The server could not be reached or answered something unexpected while setting up."""


@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k == name), None)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


@dataclass
class Connection:
    """One keep-alive HTTP/1.1 connection with a cookie jar: a browser tab, minus the browser."""

    host: str
    port: int
    cookies: dict[str, str] = field(default_factory=dict)
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, form: dict[str, str] | None = None,
                      headers: dict[str, str] | None = None) -> Response:
        try:
            return await asyncio.wait_for(self._request(method, path, form, headers or {}), REQUEST_TIMEOUT)
        except (TimeoutError, OSError, asyncio.IncompleteReadError):
            await self.close()
            raise

    async def _request(self, method: str, path: str, form: dict[str, str] | None, headers: dict[str, str]) -> Response:
        reused = self.writer is not None
        try:
            return await self._exchange(method, path, form, headers)
        except (ConnectionError, asyncio.IncompleteReadError) as exc:
            # The server may close an idle keep-alive connection just as we reuse it; like a
            # browser, try once more on a fresh connection (nothing was read, nothing happened).
            if not reused or (isinstance(exc, asyncio.IncompleteReadError) and exc.partial):
                raise
            await self.close()
            return await self._exchange(method, path, form, headers)

    async def _exchange(self, method: str, path: str, form: dict[str, str] | None, headers: dict[str, str]) -> Response:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None and self.writer is not None
        body = urllib.parse.urlencode(form).encode() if form is not None else b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Connection: keep-alive"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if form is not None:
            lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        status_line = await self.reader.readuntil(b"\r\n")
        status = int(status_line.split()[1])
        response_headers: list[tuple[str, str]] = []
        while (line := await self.reader.readuntil(b"\r\n")) != b"\r\n":
            name, _, value = line.decode("latin-1").partition(":")
            response_headers.append((name.strip().lower(), value.strip()))
        response = Response(status, response_headers, await self._body(response_headers))
        for name, value in response_headers:
            if name == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        if (response.header("connection") or "").lower() == "close":
            await self.close()
        return response

    async def _body(self, headers: list[tuple[str, str]]) -> bytes:
        assert self.reader is not None
        values = dict(headers)
        if "content-length" in values:
            return await self.reader.readexactly(int(values["content-length"]))
        if values.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                chunks.append(await self.reader.readexactly(size))
                await self.reader.readexactly(2)
            await self.reader.readuntil(b"\r\n")
            return b"".join(chunks)
        return await self.reader.read()  # no length: the server closes the connection

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None
            self.reader = None


def loopback(url: str) -> tuple[str, int]:
    """Host and port of ``url``, refusing anything that is not this machine."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme != "http" or parts.path not in ("", "/"):
        raise SystemExit(f"--url {url}: give http://127.0.0.1:PORT (no path, no https)")
    try:
        resolved = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        raise SystemExit(f"--url {url}: cannot resolve {host!r}") from None
    if not resolved.is_loopback:
        raise SystemExit(f"--url {url}: the load test only targets this machine (127.0.0.0/8)")
    return str(resolved), parts.port or 80


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_demo(port: int, workers: int | None, threads: int | None) -> subprocess.Popen[bytes]:
    data = os.environ.get("SAFEPOST_LOAD_DATA_DIR") or tempfile.mkdtemp(prefix="safepost-load-")
    env = os.environ | {"SAFEPOST_DATA_DIR": data}
    command = [sys.executable, "-m", "safepost", "demo", "--port", str(port), "--data-dir", data]
    if workers:
        command += ["--workers", str(workers)]
    if threads:
        command += ["--threads", str(threads)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=Path(__file__).resolve().parents[1], start_new_session=True)


async def wait_healthy(host: str, port: int, proc: subprocess.Popen[bytes] | None) -> None:
    for _ in range(240):
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"safepost demo exited with status {proc.returncode} while starting")
        conn = Connection(host, port)
        try:
            if (await conn.request("GET", "/healthz")).status == 200:
                return
        except (TimeoutError, OSError, asyncio.IncompleteReadError):
            pass
        finally:
            await conn.close()
        await asyncio.sleep(0.5)
    raise SystemExit("the server did not answer /healthz within 2 minutes")


async def sign_in(host: str, port: int, username: str) -> Connection:
    conn = Connection(host, port)
    page = await conn.request("GET", "/signin/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    if token is None:
        raise LoadError("no CSRF token on the sign-in page")
    response = await conn.request("POST", "/signin/", {"csrfmiddlewaretoken": token.group(1), "username": username,
                                                       "password": PASSWORD},
                                  {"Referer": f"http://{host}:{port}/signin/"})
    location = response.header("location") or ""
    if response.status != 302 or "/signin/" in location:
        raise LoadError(f"could not sign in as {username} (HTTP {response.status})")
    return conn


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    signed_in: int = 0


async def user(host: str, port: int, index: int, args: argparse.Namespace, gate: asyncio.Semaphore,
               start: asyncio.Event, results: Results) -> None:
    rng = random.Random(index)
    school = SCHOOLS[index % len(SCHOOLS)]
    login = f"{LOGINS[(index // len(SCHOOLS)) % len(LOGINS)]}.{school}"
    async with gate:  # argon2 is slow on purpose: sign in a few at a time, before measuring
        conn = await sign_in(host, port, login)
    pages = [("overview", "GET", f"/s/{school}/"), ("accounts", "GET", f"/s/{school}/accounts/"),
             ("policy", "GET", f"/s/{school}/policy/")]
    if not login.startswith("governor"):
        pages += [("pupils", "GET", f"/s/{school}/pupils/"), ("check", "POST", f"/s/{school}/policy/check/")]
    results.signed_in += 1
    await start.wait()
    until = time.monotonic() + args.seconds
    await asyncio.sleep(rng.uniform(0, args.think))  # spread the start
    while time.monotonic() < until:
        name, method, path = rng.choice(pages)
        started = time.perf_counter()
        try:
            if method == "GET":
                response = await conn.request("GET", path)
            else:
                response = await conn.request("POST", path, {"text": DRAFT, "channel": "facebook"},
                                              {"X-CSRFToken": conn.cookies.get("csrftoken", ""), "HX-Request": "true",
                                               "Referer": f"http://{host}:{port}{path}"})
            elapsed = (time.perf_counter() - started) * 1000
            if response.status == 200:
                results.latencies.setdefault(name, []).append(elapsed)
            else:
                results.errors.append(f"{name}: HTTP {response.status}")
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
            results.errors.append(f"{name}: {type(exc).__name__} {exc}")
        await asyncio.sleep(rng.uniform(0.5 * args.think, 1.5 * args.think))
    await conn.close()


async def warm_up(host: str, port: int, rounds: int) -> None:
    """Visit each school's pages so every server process has built its caches (templates, the
    school's roster index): the measurement is of a running server, not of its first minute."""
    for school in SCHOOLS:
        conn = await sign_in(host, port, f"teacher.{school}")
        for _ in range(rounds):
            await asyncio.gather(*(conn_for(conn, host, port).request("GET", f"/s/{school}{p}")
                                   for p in ("/", "/accounts/", "/policy/", "/pupils/")))
            await conn.request("POST", f"/s/{school}/policy/check/", {"text": DRAFT},
                               {"X-CSRFToken": conn.cookies.get("csrftoken", ""),
                                "Referer": f"http://{host}:{port}/"})
        await conn.close()


def conn_for(signed_in: Connection, host: str, port: int) -> Connection:
    """A second connection with the same cookies (so warm-up requests reach several workers)."""
    return Connection(host, port, cookies=dict(signed_in.cookies))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def tree_cpu_seconds(pid: int) -> float:
    """User+system CPU seconds of a process and its descendants (Linux /proc), 0 if unknown."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        children_of: dict[int, list[int]] = {}
        stats: dict[int, list[str]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                stats[int(entry)] = fields
                children_of.setdefault(int(fields[1]), []).append(int(entry))
        todo = [pid]
        while todo:
            current = todo.pop()
            if current in stats:
                total += (int(stats[current][11]) + int(stats[current][12])) / ticks
            todo += children_of.get(current, [])
    except OSError:
        return 0.0
    return total


async def run(args: argparse.Namespace) -> int:
    proc = None
    if args.url is None:
        host, port = "127.0.0.1", free_port()
        proc = start_demo(port, args.workers, args.threads)
    else:
        host, port = loopback(args.url)
    try:
        await wait_healthy(host, port, proc)
        results = Results()
        start = asyncio.Event()
        gate = asyncio.Semaphore(4)
        tasks = [asyncio.create_task(user(host, port, i, args, gate, start, results)) for i in range(args.users)]
        # Every user signs in first (not measured), then the warm-up, then the measurement.
        while results.signed_in < args.users:
            if failed := [t for t in tasks if t.done()]:
                raise LoadError(f"a user could not start: {failed[0].exception()}")
            await asyncio.sleep(0.1)
        await warm_up(host, port, args.warm_up)
        load_before = os.getloadavg()
        server_cpu = tree_cpu_seconds(proc.pid) if proc else 0.0
        own = resource.getrusage(resource.RUSAGE_SELF)
        wall = time.monotonic()
        start.set()
        done = await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True),
                                      args.seconds + args.think * 2 + REQUEST_TIMEOUT + 5)
        wall = time.monotonic() - wall
        own_after = resource.getrusage(resource.RUSAGE_SELF)
        server_cpu = tree_cpu_seconds(proc.pid) - server_cpu if proc else 0.0
        load_after = os.getloadavg()
        crashed = [d for d in done if isinstance(d, BaseException)]
    finally:
        if proc is not None:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
    every = [v for values in results.latencies.values() for v in values]
    generator_cpu = (own_after.ru_utime + own_after.ru_stime) - (own.ru_utime + own.ru_stime)
    database = "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    print(f"{args.users} users, {args.seconds:.0f} s, think {args.think} s, {database}: {len(every)} requests "
          f"({len(every) / wall:.1f}/s), {len(results.errors) + len(crashed)} errors")
    print(f"  load average {load_before[0]:.2f} before, {load_after[0]:.2f} after (1 min; {os.cpu_count()} cores)")
    if every:
        per = 1000 / len(every)
        print(f"  CPU per request: server {server_cpu * per:.1f} ms" if proc else "  CPU per request: server ?",
              f", load generator {generator_cpu * per:.2f} ms", sep="")
    for name, values in sorted(results.latencies.items()):
        print(f"  {name:9} n={len(values):5}  p50 {statistics.median(values):6.1f} ms  "
              f"p95 {percentile(values, 95):6.1f} ms  p99 {percentile(values, 99):6.1f} ms")
    p95 = percentile(every, 95) if every else float("inf")
    p99 = percentile(every, 99) if every else float("inf")
    print(f"  {'all':9} n={len(every):5}  p50 {statistics.median(every) if every else 0:6.1f} ms  "
          f"p95 {p95:6.1f} ms  p99 {p99:6.1f} ms")
    for error in (results.errors + [f"{type(f).__name__}: {f}" for f in crashed])[:5]:
        print(f"  error: {error}")
    return 0 if p95 < 100 and not results.errors and not crashed else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--url", help="a running server on this machine (default: start `safepost demo`)")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds between a user's requests")
    parser.add_argument("--warm-up", type=int, default=6, help="warm-up rounds per school before measuring")
    parser.add_argument("--workers", type=int, help="gunicorn workers for the started demo")
    parser.add_argument("--threads", type=int, help="threads per gunicorn worker for the started demo")
    args = parser.parse_args()
    if not 1 <= args.users <= MAX_USERS or not 0 < args.seconds <= MAX_SECONDS or args.think <= 0:
        parser.error(f"--users must be 1..{MAX_USERS}, --seconds 0..{MAX_SECONDS}, --think above 0")
    try:
        return asyncio.run(run(args))
    except LoadError as exc:
        print(f"load.py: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
