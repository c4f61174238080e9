"""The Bluesky connector when the server is unreachable or silent (real sockets, no PDS needed)."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from safepost.connectors import ConnectorError, Credentials, Health, OutgoingPost
from safepost.connectors.bluesky import BlueskyConnector, grapheme_count, record_key_for

TID = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A real TCP server on 127.0.0.1 that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    server.close()


@pytest.fixture
def answering_server() -> Iterator[tuple[str, list[tuple[int, dict[str, str]]]]]:
    """A real HTTP server on 127.0.0.1 that answers every request with the next queued (status, headers)."""
    answers: list[tuple[int, dict[str, str]]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, headers = answers.pop(0) if answers else (500, {})
            body = json.dumps({"error": "Busy", "message": f"status {status}"}).encode()
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", answers
    server.shutdown()
    server.server_close()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # closed again: nothing listens there


def test_it_retries_later_when_the_server_is_unreachable() -> None:
    connector = BlueskyConnector(Credentials("school.test", "s3cret-pw", base_url=f"http://127.0.0.1:{closed_port()}"))

    with pytest.raises(ConnectorError) as failed:
        connector.publish(OutgoingPost(text="Hello", idempotency_key="k"))

    assert failed.value.retryable
    assert "could not reach Bluesky at 127.0.0.1" in failed.value.message
    assert "s3cret-pw" not in failed.value.message
    assert connector.health() is Health.UNREACHABLE


def test_it_honours_the_timeout_against_a_server_that_never_answers(silent_server: str) -> None:
    connector = BlueskyConnector(Credentials("school.test", "s3cret-pw", base_url=silent_server), timeout=0.5)

    started = time.monotonic()
    with pytest.raises(ConnectorError) as failed:
        connector.find_published("k")
    elapsed = time.monotonic() - started

    assert failed.value.retryable
    assert "did not answer within 0.5 seconds" in failed.value.message
    assert elapsed < 3, f"the 0.5 s timeout took {elapsed:.1f} s"


def test_it_retries_after_the_time_a_rate_limit_says(
        answering_server: tuple[str, list[tuple[int, dict[str, str]]]]) -> None:
    url, answers = answering_server
    answers.append((429, {"Retry-After": "7"}))
    connector = BlueskyConnector(Credentials("school.test", "s3cret-pw", base_url=url))

    with pytest.raises(ConnectorError) as limited:
        connector.find_published("k")

    assert limited.value.retryable
    assert limited.value.status == 429
    assert limited.value.retry_after == 7.0
    assert "rate-limiting @school.test" in limited.value.message
    answers.append((429, {}))
    assert connector.health() is Health.RATE_LIMITED


def test_it_retries_later_when_the_server_fails(answering_server: tuple[str, list[tuple[int, dict[str, str]]]]) -> None:
    url, answers = answering_server
    answers.append((503, {}))
    connector = BlueskyConnector(Credentials("school.test", "s3cret-pw", base_url=url))

    with pytest.raises(ConnectorError) as failed:
        connector.find_published("k")

    assert failed.value.retryable and failed.value.status == 503
    assert "s3cret-pw" not in failed.value.message + failed.value.detail


def test_it_derives_one_valid_record_key_per_idempotency_key() -> None:
    keys = [record_key_for(f"revision-{n}/account-{n % 7}") for n in range(2000)]

    assert all(TID.match(key) for key in keys)
    assert len(set(keys)) == len(keys)
    assert record_key_for("revision-5/account-5") == keys[5]


@pytest.mark.parametrize(("text", "count"), [
    ("hello", 5), ("e\u0301te\u0301", 3), ("👍🏽", 1), ("👨‍👩‍👧", 1), ("🇬🇧🇫🇷", 2), ("a\r\nb", 3), ("", 0),
])
def test_it_counts_graphemes_like_bluesky(text: str, count: int) -> None:
    assert grapheme_count(text) == count


def test_it_refuses_more_photos_than_bluesky_takes_before_any_network_call() -> None:
    from safepost.connectors import Photo

    connector = BlueskyConnector(Credentials("school.test", "pw", base_url=f"http://127.0.0.1:{closed_port()}"))
    photo = Photo(data=b"x", mime_type="image/png", alt_text="")
    with pytest.raises(ConnectorError) as refused:
        connector.publish(OutgoingPost(text="Five photos", idempotency_key="k", photos=[photo] * 5))
    assert not refused.value.retryable and "5 photos" in refused.value.message
