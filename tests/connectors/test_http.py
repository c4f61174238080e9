"""The shared HTTP layer against a real local server (tests/connectors/fakeserver.py): retries,
backoff with jitter, rate-limit headers, plain words, and no secret anywhere."""

from __future__ import annotations

import json
import logging
import socket
from datetime import UTC, datetime

import httpx
import pytest

from safepost.connectors import ConnectorError, Health
from safepost.connectors.http import (
    HttpClient,
    PlatformError,
    RetryPolicy,
    health_from,
    mastodon_rate_limit,
    meta_usage,
    retry_after_seconds,
    x_rate_limit,
)
from tests.connectors.fakeserver import Answer, FakeServer, Recorded

TOKEN = "tok-SECRET-0123456789abcdef"


class FakeTime:
    """A clock that only moves when the client sleeps: tests never wait for a backoff."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def time_() -> FakeTime:
    return FakeTime()


@pytest.fixture
def ok_route(fake_server: FakeServer) -> FakeServer:
    fake_server.add_route("GET", r"/thing", lambda request: Answer(200, {"ok": True}))
    fake_server.add_route("POST", r"/thing", lambda request: Answer(200, {"created": True}))
    return fake_server


def client(server: FakeServer, time_: FakeTime, **kwargs: object) -> HttpClient:
    options: dict[str, object] = {"platform": "Example", "base_url": server.url, "account": "@school",
                                  "token": TOKEN, "timeout": 2.0, "sleep": time_.sleep, "clock": time_.clock,
                                  "jitter": lambda: 1.0}
    options.update(kwargs)
    return HttpClient(**options)  # type: ignore[arg-type]


def test_it_sends_the_token_in_the_authorization_header_only(ok_route: FakeServer, time_: FakeTime) -> None:
    answer = client(ok_route, time_).json("GET", "/thing", doing="reading", params={"a": "1"})

    assert answer == {"ok": True}
    [request] = ok_route.requests
    assert request.header("authorization") == f"Bearer {TOKEN}"
    assert request.query == {"a": ["1"]}
    assert TOKEN not in repr(client(ok_route, time_))


def test_it_retries_5xx_with_full_jitter_backoff_and_then_succeeds(ok_route: FakeServer, time_: FakeTime) -> None:
    ok_route.fail_next(3, 502)
    jitters = iter([0.5, 0.25, 1.0])
    http = client(ok_route, time_, jitter=lambda: next(jitters),
                  retry=RetryPolicy(attempts=4, base_delay=2.0, max_delay=5.0, budget=60))

    assert http.json("GET", "/thing", doing="reading") == {"ok": True}

    # Ceilings 2, 4, 8 -> capped at 5; each wait is the ceiling times the random fraction.
    assert time_.slept == [1.0, 1.0, 5.0]
    assert len(ok_route.requests) == 4


def test_it_gives_up_after_the_attempts_with_a_retryable_error_in_plain_words(
        ok_route: FakeServer, time_: FakeTime) -> None:
    ok_route.fail_next(10, 500, body={"error": "database is down"})
    http = client(ok_route, time_, retry=RetryPolicy(attempts=3, base_delay=1.0))

    with pytest.raises(ConnectorError) as failed:
        http.request("GET", "/thing", doing="reading the comments")

    error = failed.value
    assert error.retryable and error.status == 500
    assert error.message == "Example had a problem on its side (500) while reading the comments; it will be tried again later"
    assert error.detail == "500 database is down"
    assert len(ok_route.requests) == 3 and len(time_.slept) == 2


def test_a_429_waits_as_long_as_retry_after_says(ok_route: FakeServer, time_: FakeTime) -> None:
    ok_route.fail_next(1, 429, headers={"Retry-After": "7"}, body={"error": "Too many requests"})

    assert client(ok_route, time_).json("GET", "/thing", doing="reading") == {"ok": True}
    assert time_.slept == [7.0]


def test_a_wait_beyond_the_budget_fails_at_once_saying_when_to_try_again(ok_route: FakeServer, time_: FakeTime) -> None:
    ok_route.fail_next(1, 429, headers={"Retry-After": "900"})

    with pytest.raises(ConnectorError) as failed:
        client(ok_route, time_, retry=RetryPolicy(budget=60)).request("POST", "/thing", doing="publishing the post")

    error = failed.value
    assert error.retryable and error.status == 429 and error.retry_after == 900
    assert error.message == ("Example is limiting how often @school can do things (publishing the post); "
                             "it will be tried again later")
    assert time_.slept == []
    assert health_from(error) is Health.RATE_LIMITED


def test_a_post_is_not_retried_after_a_500_unless_it_is_idempotent(ok_route: FakeServer, time_: FakeTime) -> None:
    ok_route.fail_next(1, 500)
    with pytest.raises(ConnectorError) as failed:
        client(ok_route, time_).request("POST", "/thing", doing="publishing the post")
    assert failed.value.retryable  # the caller's queue decides, after looking the post up
    assert len(ok_route.requests) == 1

    ok_route.fail_next(1, 500)
    client(ok_route, time_).request("POST", "/thing", doing="publishing the post", headers={"Idempotency-Key": "k1"})
    assert len(ok_route.requests) == 3
    ok_route.fail_next(1, 503)  # "not taken": safe to retry any method
    client(ok_route, time_).request("POST", "/thing", doing="publishing the post")
    assert len(ok_route.requests) == 5


def test_rate_limit_headers_make_the_next_request_wait_until_the_reset(fake_server: FakeServer, time_: FakeTime) -> None:
    reset = datetime.fromtimestamp(time_.now + 30, UTC).isoformat().replace("+00:00", "Z")
    fake_server.add_route("GET", r"/thing", lambda request: Answer(200, {"ok": True}, {
        "X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}))
    http = client(fake_server, time_, rate_limit=mastodon_rate_limit)

    http.request("GET", "/thing", doing="reading")
    assert time_.slept == []
    http.request("GET", "/thing", doing="reading")
    assert time_.slept == [pytest.approx(30, abs=0.01)]


def test_a_rate_limit_reset_beyond_the_budget_fails_without_sending(fake_server: FakeServer, time_: FakeTime) -> None:
    fake_server.add_route("GET", r"/thing", lambda request: Answer(200, {}, {
        "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(time_.now) + 600)}))
    http = client(fake_server, time_, rate_limit=x_rate_limit)
    http.request("GET", "/thing", doing="reading")

    with pytest.raises(ConnectorError) as failed:
        http.request("GET", "/thing", doing="reading the mentions")

    assert failed.value.retryable and failed.value.retry_after == pytest.approx(600)
    assert failed.value.message == ("Example has asked @school to wait before reading the mentions; "
                                    "it will be tried again in about 10 minutes")
    assert len(fake_server.requests) == 1
    assert health_from(failed.value) is Health.RATE_LIMITED


def test_a_429_without_retry_after_waits_for_the_platforms_reset_header(fake_server: FakeServer, time_: FakeTime) -> None:
    fake_server.fail_next(1, 429, headers={"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(time_.now) + 12)})
    fake_server.add_route("GET", r"/thing", lambda request: Answer(200, {}))

    client(fake_server, time_, rate_limit=x_rate_limit).request("GET", "/thing", doing="reading")

    assert time_.slept == [pytest.approx(12)]


def test_a_silent_server_times_out_and_is_retried(fake_server: FakeServer) -> None:
    fake_server.hang_next(1, seconds=3)
    fake_server.add_route("GET", r"/thing", lambda request: Answer(200, {"ok": True}))
    time_ = FakeTime()
    http = HttpClient(platform="Example", base_url=fake_server.url, account="@school", token=TOKEN, timeout=0.3,
                      sleep=time_.sleep, clock=time_.clock)

    assert http.json("GET", "/thing", doing="reading") == {"ok": True}
    assert len(fake_server.requests) == 2 and len(time_.slept) == 1

    fake_server.hang_next(1, seconds=3)
    with pytest.raises(ConnectorError) as failed:
        http.request("POST", "/thing", doing="publishing the post")  # may have been taken: not retried
    assert failed.value.retryable and failed.value.status is None
    assert "did not answer within 0.3 seconds while publishing the post" in failed.value.message
    assert failed.value.__context__ is None  # the httpx exception (with the request's headers) is dropped


def test_a_closed_port_is_unreachable_in_plain_words(time_: FakeTime) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    http = HttpClient(platform="Example", base_url=f"http://127.0.0.1:{port}", account="@school", token=TOKEN,
                      sleep=time_.sleep, clock=time_.clock, retry=RetryPolicy(attempts=2))

    with pytest.raises(ConnectorError) as failed:
        http.request("POST", "/thing", doing="publishing the post")

    assert failed.value.message == (f"could not reach Example at 127.0.0.1:{port} while publishing the post; "
                                    "it will be tried again")
    assert failed.value.retryable and len(time_.slept) == 1  # never sent, so retried even for a POST
    assert health_from(failed.value) is Health.UNREACHABLE


@pytest.mark.parametrize(("status", "body", "words", "bad_credentials"), [
    (401, {"error": "The access token is invalid"},
     "Example no longer accepts the sign-in saved for @school: The access token is invalid. "
     "Reconnect the account in its settings", True),
    (403, {"error": "This action is not allowed"},
     "Example does not let @school do this (publishing the post): This action is not allowed. "
     "The account may need reconnecting with the right permissions", False),
    (404, {"error": "Record not found"},
     "Example could not find what safepost asked for while publishing the post; it may have been deleted", False),
    (413, "<html>too big</html>",
     "Example says this is too large (publishing the post). Use a smaller photo or file", False),
    (422, {"error": "Validation failed: Text can't be blank"},
     "Example refused publishing the post for @school: Validation failed: Text can't be blank", False),
    (400, {"errors": [{"message": "Invalid Request", "code": 32}]},
     "Example refused publishing the post for @school: Invalid Request", False),
    (418, b"",
     "Example refused publishing the post for @school (error 418)", False),
])
def test_refusals_are_in_plain_words_per_status(
        fake_server: FakeServer, time_: FakeTime, status: int, body: object, words: str, bad_credentials: bool) -> None:
    fake_server.fail_next(1, status, body=body)

    with pytest.raises(ConnectorError) as failed:
        client(fake_server, time_).request("POST", "/thing", doing="publishing the post")

    error = failed.value
    assert error.message == words
    assert not error.retryable and error.status == status
    assert error.bad_credentials is bad_credentials
    assert health_from(error) is Health.BAD_CREDENTIALS
    assert len(fake_server.requests) == 1


def test_a_platform_hook_overrides_the_words_and_the_flags(fake_server: FakeServer, time_: FakeTime) -> None:
    def meta_error(response: httpx.Response) -> PlatformError:
        error = response.json()["error"]
        if error["code"] == 190:
            return PlatformError(text=error["message"], code=str(error["code"]), bad_credentials=True,
                                 message="Facebook's permission for the page has expired; reconnect it")
        return PlatformError(text=error["message"], code=str(error["code"]))

    fake_server.fail_next(1, 400, body={"error": {"message": "Error validating access token: Session has expired",
                                                  "type": "OAuthException", "code": 190, "fbtrace_id": "A1"}})
    with pytest.raises(ConnectorError) as failed:
        client(fake_server, time_, describe_error=meta_error).request("GET", "/me", doing="checking the page")

    assert failed.value.message == "Facebook's permission for the page has expired; reconnect it"
    assert failed.value.bad_credentials and not failed.value.retryable
    assert failed.value.detail == "400 190 Error validating access token: Session has expired"
    assert health_from(failed.value) is Health.BAD_CREDENTIALS


def test_no_secret_reaches_a_message_a_detail_a_repr_or_a_log(
        fake_server: FakeServer, time_: FakeTime, caplog: pytest.LogCaptureFixture) -> None:
    # A platform that echoes the token back in its error, and a URL with a token in the query.
    fake_server.add_route("GET", r"/echo", lambda request: Answer(
        401, {"error": f"bad token {request.header('authorization')}"}))
    fake_server.fail_next(1, 500, path=r"/echo")
    caplog.set_level(logging.DEBUG)

    with pytest.raises(ConnectorError) as failed:
        client(fake_server, time_).request("GET", f"/echo?access_token={TOKEN}", doing="reading")

    error = failed.value
    assert "<hidden>" in error.message
    texts = [error.message, error.detail, str(error), repr(error), caplog.text,
             *(repr(record.args) for record in caplog.records)]
    assert all(TOKEN not in text for text in texts)
    assert error.__cause__ is None and error.__context__ is None  # no httpx request (headers) rides along


def test_rate_limit_header_readers() -> None:
    now = 1_800_000_000.0
    headers = httpx.Headers
    assert x_rate_limit(headers({"x-rate-limit-remaining": "3", "x-rate-limit-reset": str(now + 60)}), now) is None
    assert x_rate_limit(headers({"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(now + 60)}), now) == now + 60
    assert x_rate_limit(headers({"x-user-limit-24hour-remaining": "0",
                                 "x-user-limit-24hour-reset": str(now + 3600)}), now) == now + 3600
    assert x_rate_limit(headers({"x-rate-limit-remaining": "zero", "x-rate-limit-reset": "soon"}), now) is None
    reset = datetime.fromtimestamp(now + 45, UTC).isoformat()
    assert mastodon_rate_limit(headers({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}), now) == now + 45
    assert mastodon_rate_limit(headers({"X-RateLimit-Remaining": "299", "X-RateLimit-Reset": reset}), now) is None
    app = json.dumps({"call_count": 100, "total_time": 20, "total_cputime": 10})
    assert meta_usage(headers({"x-app-usage": app}), now) == now + 600
    business = json.dumps({"1234": [{"type": "pages", "call_count": 100, "total_cputime": 5, "total_time": 5,
                                     "estimated_time_to_regain_access": 19}]})
    assert meta_usage(headers({"x-business-use-case-usage": business}), now) == now + 19 * 60
    calm = json.dumps({"call_count": 12, "total_time": 2, "total_cputime": 1})
    assert meta_usage(headers({"x-app-usage": calm, "x-business-use-case-usage": "not json"}), now) is None
    assert retry_after_seconds(headers({"Retry-After": "Thu, 15 Jan 2027 08:00:30 GMT"}),
                               datetime(2027, 1, 15, 8, 0, tzinfo=UTC).timestamp()) == 30
    assert retry_after_seconds(headers({"Retry-After": "later"}), now) is None


def test_the_fake_records_multipart_uploads(fake_server: FakeServer, time_: FakeTime) -> None:
    seen: list[Recorded] = []

    def upload(request: Recorded) -> Answer:
        seen.append(request)
        return Answer(202, {"id": "1"})

    fake_server.add_route("POST", r"/upload", upload)
    client(fake_server, time_).request("POST", "/upload", doing="uploading", data={"description": "A dog"},
                                       files={"file": ("dog.png", b"\x89PNG...", "image/png")})

    fields, files = seen[0].form()
    assert fields == {"description": ["A dog"]}
    assert files["file"].data == b"\x89PNG..." and files["file"].content_type == "image/png"
    assert files["file"].filename == "dog.png"
