"""The Bluesky connector when the server is unreachable or silent (real sockets, no PDS needed)."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator

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
