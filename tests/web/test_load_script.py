"""bench/load.py's own HTTP client: loopback only, lengths and chunks, a retry on a closed
keep-alive connection (the load figures in docs/web.md depend on it being right)."""

from __future__ import annotations

import asyncio
import importlib.util
import socket
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("safepost_bench_load", ROOT / "bench" / "load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


load = _load()


def test_it_only_targets_this_machine() -> None:
    assert load.loopback("http://127.0.0.1:8000") == ("127.0.0.1", 8000)
    assert load.loopback("http://localhost:9000/")[1] == 9000
    for url in ("http://10.0.0.5:8000", "http://192.168.1.2", "https://127.0.0.1:8000", "http://127.0.0.1:8000/s/"):
        with pytest.raises(SystemExit):
            load.loopback(url)


def _serve(replies: list[bytes]) -> tuple[int, threading.Thread]:
    """A one-connection-at-a-time server answering each request with the next canned reply;
    a reply of b"" closes the connection instead (an idle keep-alive timeout)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]

    def run() -> None:
        with server:
            while replies:
                conn, _ = server.accept()
                with conn:
                    while replies:
                        data = b""
                        while b"\r\n\r\n" not in data:
                            chunk = conn.recv(65536)
                            if not chunk:
                                break
                            data += chunk
                        if not data:
                            break
                        reply = replies.pop(0)
                        if not reply:
                            break
                        conn.sendall(reply)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return port, thread


def test_it_reads_lengths_chunks_cookies_and_retries_a_closed_connection() -> None:
    replies = [
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nSet-Cookie: sessionid=abc; HttpOnly; Path=/\r\n\r\nhello",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n",
        b"",  # the server drops the idle connection...
        b"HTTP/1.1 302 Found\r\nLocation: /next/\r\nContent-Length: 0\r\n\r\n",  # ...the retry gets this
    ]
    port, thread = _serve(replies)

    async def run() -> list[object]:
        conn = load.Connection("127.0.0.1", port)
        first = await conn.request("GET", "/")
        second = await conn.request("POST", "/form/", {"a": "1"})
        third = await conn.request("GET", "/again/")
        await conn.close()
        return [first.body, conn.cookies, second.body, third.status, third.header("location")]

    # In its own thread: Playwright's sync API (the browser tests) keeps a loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        result = pool.submit(asyncio.run, run()).result(timeout=30)
    assert result == [b"hello", {"sessionid": "abc"}, b"abcdefg", 302, "/next/"]
    thread.join(timeout=5)


def test_it_takes_percentiles_by_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert load.percentile(values, 50) in (50.0, 51.0)
    assert load.percentile(values, 95) in (95.0, 96.0)
    assert load.percentile([7.0], 99) == 7.0
