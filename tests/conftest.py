from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from safepost.connectors import Credentials

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def example_school_dir() -> Path:
    return REPO / "examples" / "school"


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    path = SHARED / "bench"
    if not path.exists():
        pytest.skip("../shared/bench is not beside the repository")
    return path


# -- the local Bluesky server (tools/pds) for tests marked @pytest.mark.pds ------------------------
# SAFEPOST_TEST_PDS=http://localhost:2583 uses a server already running; otherwise the session
# installs one (once, cached in $SAFEPOST_PDS_DIR or ~/.cache/safepost-pds), starts it on a free port
# and stops it at the end. A server that cannot start FAILS the tests: they are never skipped.

PDS_TOOLS = REPO / "tools" / "pds"


def _pds_answers(url: str) -> str | None:
    """None when ``url`` answers /xrpc/_health, else the reason in words."""
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/xrpc/_health", timeout=10) as answer:
            answer.read()
    except Exception as error:  # any failure is reported to the person running the tests
        return f"{type(error).__name__}: {error}"
    return None


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _start_pds() -> tuple[str, int]:
    import os
    import subprocess

    folder = os.environ.get("SAFEPOST_PDS_DIR") or str(Path.home() / ".cache" / "safepost-pds")
    env = {**os.environ, "SAFEPOST_PDS_DIR": folder, "SAFEPOST_PDS_STOP_WITH": str(os.getpid())}
    steps = (("install", [str(PDS_TOOLS / "install.sh"), folder], 1200),
             ("start", [str(PDS_TOOLS / "run.sh"), str(_free_port())], 300))
    output = ""
    for step, command, timeout in steps:
        try:
            done = subprocess.run(["bash", *command], env=env, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the local Bluesky server did not {step} within {timeout}s ({' '.join(command)})")
        if done.returncode != 0:
            pytest.fail(f"the local Bluesky server could not {step} (exit {done.returncode}); "
                        f"set SAFEPOST_TEST_PDS to a running one, or fix this:\n{done.stderr[-3000:]}")
        output = done.stdout
    lines = output.split()
    try:
        url, pid = lines[0], int(lines[lines.index("PID") + 1])
    except (IndexError, ValueError):
        pytest.fail(f"tools/pds/run.sh printed {output!r}, not the URL and 'PID n'")
    return url, pid


def _stop_pds(pid: int) -> None:
    import os
    import signal
    import time

    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(150):
            time.sleep(0.1)
            os.kill(pid, 0)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # stopped


@pytest.fixture(scope="session")
def pds_url() -> Iterator[str]:
    """The URL of a real local Bluesky PDS (``http://localhost:PORT``, no ``/xrpc``)."""
    import os

    given = os.environ.get("SAFEPOST_TEST_PDS", "").strip().rstrip("/")
    if given:
        problem = _pds_answers(given)
        if problem:
            pytest.fail(f"SAFEPOST_TEST_PDS={given} does not answer {given}/xrpc/_health ({problem}); "
                        "start it (tools/pds/run.sh) or unset SAFEPOST_TEST_PDS to let the tests start one")
        yield given
        return
    url, pid = _start_pds()
    try:
        yield url
    finally:
        _stop_pds(pid)


@pytest.fixture(scope="session")
def make_pds_account(pds_url: str) -> Callable[[], Credentials]:
    """Create a fresh account on the local PDS (handle ``xxxxxxxx.test``, no invite code); its Credentials."""
    import secrets

    from atproto import Client, models

    def make() -> Credentials:
        handle = f"t{secrets.token_hex(5)}.test"
        password = f"pw-{secrets.token_urlsafe(12)}"
        client = Client(base_url=f"{pds_url}/xrpc")
        client.com.atproto.server.create_account(models.ComAtprotoServerCreateAccount.Data(
            handle=handle, email=f"{handle}@example.test", password=password))
        return Credentials(handle=handle, secret=password, base_url=pds_url)

    return make


@pytest.fixture
def pds_account(make_pds_account: Callable[[], Credentials]) -> Credentials:
    """A new account on the local PDS for this test: Credentials(handle, secret, base_url)."""
    return make_pds_account()
