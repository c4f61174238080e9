"""A fake OAuth 2.0 authorisation server on 127.0.0.1, in X's or Google's documented shapes.

X (docs.x.com fundamentals/authentication/oauth-2-0/user-access-token and authorization-code):
the token endpoint ``POST /2/oauth2/token`` takes ``application/x-www-form-urlencoded`` with
``code``, ``grant_type``, ``redirect_uri`` and ``code_verifier``; a confidential client proves
itself with HTTP Basic (client id and secret); the answer is ``{"token_type": "bearer",
"expires_in": 7200, "access_token", "scope", "refresh_token"}``, and a refresh returns a new refresh
token (the old one stops working). Google (developers.google.com/identity/protocols/oauth2/web-server):
``POST /token`` with ``client_id`` and ``client_secret`` in the form; ``{"access_token",
"expires_in": 3599, "refresh_token", "scope", "token_type": "Bearer"}``; a refresh answers without
a new refresh token. Errors: ``{"error": "invalid_grant", "error_description"}`` with 400.

The authorisation page itself is a person's job: ``approve(params)`` plays the person saying yes
and returns the code the platform would put in the redirect.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from tests.connectors.fakeserver import Answer, FakeServer, Recorded


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@dataclass
class Grant:
    challenge: str
    redirect_uri: str
    scope: str
    used: bool = False


@dataclass
class FakeOAuthServer(FakeServer):
    flavour: str = "x"  # "x" or "google"
    client_id: str = "safepost-client-id"
    client_secret: str = "safepost-client-secret"
    grants: dict[str, Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token -> scope
    issued: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__()
        self.token_path = "/2/oauth2/token" if self.flavour == "x" else "/token"
        self.add_route("POST", self.token_path, self.token)
        self.add_route("GET", "/i/oauth2/authorize" if self.flavour == "x" else "/o/oauth2/v2/auth", self.authorize)

    @property
    def authorize_url(self) -> str:
        return self.url + ("/i/oauth2/authorize" if self.flavour == "x" else "/o/oauth2/v2/auth")

    @property
    def token_url(self) -> str:
        return self.url + self.token_path

    def approve(self, params: dict[str, str]) -> str:
        """The person signs in and allows safepost: the code X or Google would send back."""
        assert params["response_type"] == "code" and params["client_id"] == self.client_id
        assert params["code_challenge_method"] == "S256" and len(params["code_challenge"]) == 43
        code = secrets.token_urlsafe(24)
        self.grants[code] = Grant(params["code_challenge"], params["redirect_uri"], params["scope"])
        return code

    def authorize(self, request: Recorded) -> Answer:
        """The platform's consent page, for a browser test: the person says yes at once and the
        browser goes back to safepost with the code and the state, as the platform would send it."""
        params = {key: values[0] for key, values in request.query.items()}
        code = self.approve(params)
        back = f"{params['redirect_uri']}?{urlencode({'state': params['state'], 'code': code})}"
        return Answer(302, None, {"Location": back})

    def token(self, request: Recorded) -> Answer:
        fields = {key: values[0] for key, values in request.form()[0].items()}
        client = self._client(request, fields)
        if client is None:
            return Answer(401, {"error": "invalid_client", "error_description": "Missing valid authorization header"}
                          if self.flavour == "x" else {"error": "invalid_client", "error_description": "Unauthorized"})
        if fields.get("grant_type") == "authorization_code":
            grant = self.grants.get(fields.get("code", ""))
            if (grant is None or grant.used or grant.redirect_uri != fields.get("redirect_uri")
                    or s256(fields.get("code_verifier", "")) != grant.challenge):
                return self._invalid("Value passed for the authorization code was invalid.")
            grant.used = True
            return Answer(200, self._tokens(grant.scope, new_refresh=True))
        if fields.get("grant_type") == "refresh_token":
            scope = self.refresh_tokens.get(fields.get("refresh_token", ""))
            if scope is None:
                return self._invalid("Value passed for the token was invalid." if self.flavour == "x"
                                     else "Token has been expired or revoked.")
            if self.flavour == "x":
                del self.refresh_tokens[fields["refresh_token"]]  # X's refresh tokens work once
            return Answer(200, self._tokens(scope, new_refresh=self.flavour == "x"))
        return Answer(400, {"error": "unsupported_grant_type", "error_description": "grant_type not supported"})

    def _client(self, request: Recorded, fields: dict[str, str]) -> str | None:
        if self.flavour == "x":
            expected = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
            return self.client_id if request.header("authorization") == f"Basic {expected}" else None
        if fields.get("client_id") == self.client_id and fields.get("client_secret") == self.client_secret:
            return self.client_id
        return None

    def _invalid(self, description: str) -> Answer:
        return Answer(400, {"error": "invalid_request" if self.flavour == "x" else "invalid_grant",
                            "error_description": description})

    def _tokens(self, scope: str, *, new_refresh: bool) -> dict[str, Any]:
        body: dict[str, Any] = {"access_token": f"access-{secrets.token_urlsafe(16)}", "scope": scope}
        if self.flavour == "x":
            body.update(token_type="bearer", expires_in=7200)
        else:
            body.update(token_type="Bearer", expires_in=3599)
        if new_refresh:
            refresh = f"refresh-{secrets.token_urlsafe(16)}"
            self.refresh_tokens[refresh] = scope
            body["refresh_token"] = refresh
        self.issued.append(body)
        return body
