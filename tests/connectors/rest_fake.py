"""A local HTTP server on 127.0.0.1 that hands every request to a fake platform's ``handle``.

The fake platforms (x_fake.py, youtube_fake.py) answer with the request and response shapes of
each platform's documentation; this file only carries bytes, records every request, and plays
scripted faults (a status, headers and body for the next N matching requests) before the fake sees
the request.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, tuple[str, bytes, str]]:
        """Multipart or urlencoded fields: name -> (filename, bytes, content type)."""
        kind = self.headers.get("content-type", "")
        if kind.startswith("application/x-www-form-urlencoded"):
            return {k: ("", v.encode(), "text/plain") for k, v in parse_qsl(self.body.decode())}
        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {kind}\r\n\r\n".encode() + self.body)
        fields: dict[str, tuple[str, bytes, str]] = {}
        for part in message.iter_parts():  # type: ignore[attr-defined]
            name = part.get_param("name", header="content-disposition")
            fields[str(name)] = (part.get_filename() or "", part.get_payload(decode=True) or b"",
                                 part.get_content_type())
        return fields


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    method: str
    path: re.Pattern[str]
    reply: Reply
    times: int = 1


class FakeServer:
    """Serves ``handle(request) -> Reply`` on 127.0.0.1 until ``close``."""

    def __init__(self, handle: Callable[[Request], Reply]) -> None:
        self.handle = handle
        self.requests: list[Request] = []
        self.faults: list[Fault] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                parts = urlsplit(self.path)
                request = Request(method=self.command, path=parts.path, query=dict(parse_qsl(parts.query)),
                                  headers={k.lower(): v for k, v in self.headers.items()},
                                  body=self.rfile.read(length) if length else b"")
                reply = server.dispatch(request)
                body = b"" if reply.body is None else (reply.body if isinstance(reply.body, bytes)
                                                       else json.dumps(reply.body).encode())
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json; charset=utf-8"} if body else {}
                for name, value in {**headers, **reply.headers, "Content-Length": str(len(body))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = do_DELETE = _serve

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def dispatch(self, request: Request) -> Reply:
        with self.lock:
            self.requests.append(request)
            for fault in self.faults:
                if fault.times > 0 and fault.method == request.method and fault.path.search(request.path):
                    fault.times -= 1
                    return fault.reply
            return self.handle(request)

    def fail(self, method: str, path: str, reply: Reply, times: int = 1) -> None:
        """The next ``times`` requests to ``method path`` (a regular expression) get ``reply``."""
        with self.lock:
            self.faults.append(Fault(method, re.compile(path), reply, times))

    def sent(self, method: str, path: str) -> list[Request]:
        return [r for r in self.requests if r.method == method and re.search(path, r.path)]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
