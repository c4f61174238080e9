"""A base for "recorded-response" platform fakes: a real HTTP server on 127.0.0.1 in a thread.

None of the REST platforms (Mastodon, Facebook, Instagram, X, YouTube) can be reached from where
safepost is built, so each connector is tested against a fake that answers exactly as the
platform's documentation says (request shapes, response bodies, error bodies, rate-limit headers).
A fake subclasses ``FakeServer``, keeps its state in plain attributes and registers routes:

    class FakeMastodon(FakeServer):
        def __init__(self) -> None:
            super().__init__()
            self.add_route("GET", r"/api/v1/statuses/(?P<id>\\d+)", self.get_status)

        def get_status(self, request: Recorded, id: str) -> Answer:
            return Answer(200, {...})

Every request is recorded (``server.requests``) so tests can assert request shapes, and faults can
be scripted: ``fail_next(2, 429, headers={"Retry-After": "3"})``, ``fail_next(1, 503)``,
``hang_next(1, seconds=2)`` (the answer comes after the client's timeout). Handlers run one at a
time (a lock), so a fake's state needs no locking of its own.

Start one with ``with serve(FakeMastodon()) as fake:`` or the ``fake_server`` fixture (a bare
server to add routes to).
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import pytest


@dataclass(frozen=True)
class Upload:
    filename: str
    content_type: str
    data: bytes


@dataclass
class Recorded:
    """One request as the fake received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # names in lower case
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> tuple[dict[str, list[str]], dict[str, Upload]]:
        """(fields, files) of an urlencoded or multipart/form-data body."""
        content_type = self.header("content-type") or ""
        if content_type.startswith("application/x-www-form-urlencoded"):
            return parse_qs(self.body.decode(), keep_blank_values=True), {}
        if not content_type.startswith("multipart/form-data"):
            return {}, {}
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + self.body)
        fields: dict[str, list[str]] = {}
        files: dict[str, Upload] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_filename()
            data = part.get_payload(decode=True) or b""
            if filename is not None:
                files[str(name)] = Upload(filename, part.get_content_type(), data)
            else:
                fields.setdefault(str(name), []).append(data.decode())
        return fields, files

    def params(self) -> dict[str, list[str]]:
        """Query and form fields together (the ways a platform accepts parameters)."""
        merged = {key: list(values) for key, values in self.query.items()}
        for key, values in self.form()[0].items():
            merged.setdefault(key, []).extend(values)
        return merged


@dataclass
class Answer:
    status: int = 200
    body: Any = None  # dict or list -> JSON; bytes -> as is; str -> text
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (longer than the client's timeout: a timeout)

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if isinstance(self.body, bytes):
            return self.body, headers
        if isinstance(self.body, str):
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
            return self.body.encode(), headers
        if self.body is None:
            return b"", headers
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
        return json.dumps(self.body).encode(), headers


Handler = Callable[..., Answer]


@dataclass
class Fault:
    remaining: int
    answer: Answer
    method: str | None = None
    path: re.Pattern[str] | None = None

    def applies(self, request: Recorded) -> bool:
        return (self.remaining > 0 and (self.method is None or self.method == request.method)
                and (self.path is None or bool(self.path.fullmatch(request.path))))


class FakeServer:
    """A threaded HTTP server on 127.0.0.1 with routes, a request record and scripted faults."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self.requests: list[Recorded] = []
        self.faults: list[Fault] = []
        self.lock = threading.RLock()
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- set-up ------------------------------------------------------------------------------------

    def add_route(self, method: str, pattern: str, handler: Handler) -> None:
        """``handler(request, **named groups of pattern)`` answers ``method`` on paths matching ``pattern``."""
        self.routes.append((method.upper(), re.compile(pattern), handler))

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.add_route(method, pattern, handler)
            return handler
        return register

    def fail_next(self, count: int, status: int = 503, *, body: Any = None, headers: dict[str, str] | None = None,
                  method: str | None = None, path: str | None = None) -> None:
        """The next ``count`` requests (matching ``method``/``path`` when given) get this answer instead."""
        with self.lock:
            self.faults.append(Fault(count, Answer(status, body if body is not None else {"error": f"status {status}"},
                                                   headers or {}),
                                     method.upper() if method else None, re.compile(path) if path else None))

    def hang_next(self, count: int, seconds: float, *, method: str | None = None, path: str | None = None) -> None:
        """The next ``count`` requests are answered (503) only after ``seconds``: set it above the client's timeout."""
        with self.lock:
            self.faults.append(Fault(count, Answer(503, {"error": "too slow"}, {}, delay=seconds),
                                     method.upper() if method else None, re.compile(path) if path else None))

    # -- reading the record ------------------------------------------------------------------------

    def requests_to(self, method: str, pattern: str) -> list[Recorded]:
        compiled = re.compile(pattern)
        with self.lock:
            return [r for r in self.requests if r.method == method.upper() and compiled.fullmatch(r.path)]

    # -- running -----------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None, "the fake server is not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> None:
        fake = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def handle_one(self) -> None:
                fake._handle(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = handle_one

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the record is the log

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def answer(self, request: Recorded) -> Answer:
        """The scripted fault, else the route's answer, else 404."""
        with self.lock:
            self.requests.append(request)
            for fault in self.faults:
                if fault.applies(request):
                    fault.remaining -= 1
                    return fault.answer
            for method, pattern, handler in self.routes:
                match = pattern.fullmatch(request.path)
                if match and method == request.method:
                    return handler(request, **match.groupdict())
        return self.not_found(request)

    def not_found(self, request: Recorded) -> Answer:
        """What the fake says for a path it does not know; a subclass answers in its platform's shape."""
        return Answer(404, {"error": f"the fake has no route for {request.method} {request.path}"})

    def _handle(self, http: BaseHTTPRequestHandler) -> None:
        length = int(http.headers.get("Content-Length") or 0)
        body = http.rfile.read(length) if length else b""
        parts = urlsplit(http.path)
        request = Recorded(method=http.command, path=parts.path, query=parse_qs(parts.query, keep_blank_values=True),
                           headers={name.lower(): value for name, value in http.headers.items()}, body=body)
        answer = self.answer(request)
        if answer.delay and self._closing.wait(answer.delay):
            return  # shutting down
        payload, headers = answer.encoded()
        try:
            http.send_response(answer.status)
            for name, value in headers.items():
                http.send_header(name, value)
            http.send_header("Content-Length", str(len(payload)))
            http.end_headers()
            if http.command != "HEAD":
                http.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)


F = TypeVar("F", bound=FakeServer)


@contextmanager
def serve(fake: F) -> Iterator[F]:
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def fake_server() -> Iterator[FakeServer]:
    """A started bare ``FakeServer``: add routes and faults, point a client at ``fake_server.url``."""
    with serve(FakeServer()) as fake:
        yield fake
