"""A fake OpenID Connect provider on 127.0.0.1, answering in Microsoft's or Google's formats.

The recorded documents in ``tests/web/oidc/`` follow each provider's documented discovery,
token and ID-token shapes; the fake rewrites their hosts to its own address, signs ID tokens
with a key it generates (published at the recorded ``jwks_uri`` path), checks the client's
secret, the redirect URI and the PKCE verifier, and hands out each code once. Nothing leaves
this machine. Tests can make it misbehave (wrong nonce, wrong audience, a foreign key).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from joserfc import jwt
from joserfc.jwk import RSAKey

RECORDED = Path(__file__).parent / "oidc"
REAL_HOSTS = ("https://login.microsoftonline.com", "https://graph.microsoft.com", "https://accounts.google.com",
              "https://oauth2.googleapis.com", "https://openidconnect.googleapis.com", "https://www.googleapis.com")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass
class FakeProvider:
    flavour: str  # "microsoft" or "google"
    client_id: str = "safepost-test-client"
    client_secret: str = "test-secret-not-real"
    claims: dict[str, Any] = field(default_factory=dict)  # overrides of the recorded ID-token claims
    tamper: dict[str, Any] = field(default_factory=dict)  # nonce / aud / foreign_key
    base: str = ""
    discovery: dict[str, Any] = field(default_factory=dict)
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.recorded = json.loads((RECORDED / f"{self.flavour}.json").read_text("utf-8"))
        self.key = RSAKey.generate_key(2048, parameters={"kid": secrets.token_hex(8), "use": "sig", "alg": "RS256"})

    # -- lifecycle -----------------------------------------------------------------------------
    def __enter__(self) -> FakeProvider:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                provider.handle(self, "GET")

            def do_POST(self) -> None:
                provider.handle(self, "POST")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        text = json.dumps(self.recorded["discovery"])
        for host in REAL_HOSTS:
            text = text.replace(host, self.base)
        self.discovery = json.loads(text)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)  # shutdown() waits for one poll
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def issuer(self) -> str:
        return str(self.discovery["issuer"])

    @property
    def discovery_url(self) -> str:
        return self.issuer + "/.well-known/openid-configuration"

    def path_of(self, endpoint: str) -> str:
        return urllib.parse.urlsplit(self.discovery[endpoint]).path

    # -- the user at the provider --------------------------------------------------------------
    def consent(self, authorize_url: str) -> str:
        """What the browser does at the provider: the user signs in and consents. Returns the
        callback address the provider redirects back to (with ``code`` and ``state``)."""
        parts = urllib.parse.urlsplit(authorize_url)
        assert f"{parts.scheme}://{parts.netloc}{parts.path}" == self.discovery["authorization_endpoint"]
        query = dict(urllib.parse.parse_qsl(parts.query))
        assert query["response_type"] == "code" and query["client_id"] == self.client_id
        assert "openid" in query["scope"].split() and query["code_challenge_method"] == "S256"
        code = secrets.token_urlsafe(24)
        self.codes[code] = query
        return query["redirect_uri"] + "?" + urllib.parse.urlencode({"code": code, "state": query["state"]})

    # -- HTTP ----------------------------------------------------------------------------------
    def handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        path = urllib.parse.urlsplit(handler.path).path
        self.requests.append(f"{method} {path}")
        if method == "GET" and path == urllib.parse.urlsplit(self.discovery_url).path:
            return self.reply(handler, 200, self.discovery)
        if method == "GET" and path == self.path_of("jwks_uri"):
            return self.reply(handler, 200, {"keys": [self.key.as_dict(private=False)]})
        if method == "POST" and path == self.path_of("token_endpoint"):
            length = int(handler.headers.get("Content-Length", "0"))
            form = dict(urllib.parse.parse_qsl(handler.rfile.read(length).decode()))
            return self.token(handler, form)
        if method == "GET" and path == self.path_of("userinfo_endpoint"):
            return self.reply(handler, 200, self.recorded["userinfo"])
        return self.reply(handler, 404, {"error": "not_found"})

    def reply(self, handler: BaseHTTPRequestHandler, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json; charset=utf-8")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _client_ok(self, handler: BaseHTTPRequestHandler, form: dict[str, str]) -> bool:
        header = handler.headers.get("Authorization", "")
        if header.startswith("Basic "):
            client_id, _, secret = base64.b64decode(header[6:]).decode().partition(":")
            return (urllib.parse.unquote(client_id), urllib.parse.unquote(secret)) == (self.client_id, self.client_secret)
        return (form.get("client_id"), form.get("client_secret")) == (self.client_id, self.client_secret)

    def token(self, handler: BaseHTTPRequestHandler, form: dict[str, str]) -> None:
        if not self._client_ok(handler, form):
            return self.reply(handler, 401, {"error": "invalid_client",
                                             "error_description": "AADSTS7000215: Invalid client secret provided."})
        grant = self.codes.pop(form.get("code", ""), None)  # each code works once
        if grant is None or form.get("grant_type") != "authorization_code" or \
                form.get("redirect_uri") != grant["redirect_uri"]:
            return self.reply(handler, 400, {"error": "invalid_grant", "error_description": "Bad Request"})
        challenge = _b64(hashlib.sha256(form.get("code_verifier", "").encode()).digest())
        if challenge != grant["code_challenge"]:
            return self.reply(handler, 400, {"error": "invalid_grant",
                                             "error_description": "PKCE verification failed."})
        access_token = secrets.token_urlsafe(32)
        now = int(time.time())
        claims = {**self.recorded["id_token_claims"], **self.claims,
                  "iss": self.issuer, "aud": self.tamper.get("aud", self.client_id), "iat": now, "exp": now + 3600,
                  "nonce": self.tamper.get("nonce", grant.get("nonce")),
                  "at_hash": _b64(hashlib.sha256(access_token.encode()).digest()[:16])}
        if self.flavour == "microsoft":
            claims["nbf"] = now
        else:
            claims["azp"] = self.client_id
        key = self.tamper.get("foreign_key") or self.key
        header = {"alg": "RS256", "kid": key.kid, "typ": "JWT"}
        id_token = jwt.encode(header, claims, key)
        self.reply(handler, 200, {**self.recorded["token_response"], "access_token": access_token,
                                  "id_token": id_token})
