"""Connecting an official account by signing in to the platform (OAuth 2.0), for X and YouTube.

The flow is the authorisation-code flow with PKCE (S256) and ``state``, run by Authlib:

1. ``authorization_url`` (the connect view, a POST by someone who may use the vault) makes a
   random ``state`` and PKCE verifier, keeps them in the session with the account's id, and sends
   the browser to the platform: X's ``https://x.com/i/oauth2/authorize`` with ``SCOPES`` from
   ``safepost.connectors.x``, or Google's ``https://accounts.google.com/o/oauth2/v2/auth`` with the
   ``youtube.force-ssl`` scope, ``access_type=offline`` and ``prompt=consent`` (so Google issues a
   refresh token every time).
2. The platform sends the browser back to ``/connect/callback/`` (one address per installation,
   registered with each platform). ``exchange_code`` refuses an answer whose ``state`` is not the
   one in this session (a forged or replayed link), then swaps the code and the verifier for the
   tokens at the token endpoint (X: HTTP Basic with the app's id and secret, as X requires of
   confidential clients; Google: the id and secret in the form).
3. ``do_store_oauth_login`` (actions) seals the tokens in the vault: the access token in
   ``password`` (what the connectors read as ``Credentials.secret``), the refresh token and the
   expiry beside it. The audit trail records the platform and the scopes, never a token.

Refreshing: X access tokens last two hours and each refresh token works once (X returns a new one
every time); Google's access tokens last an hour. ``fresh_login`` is the one way the posting and
inbox code read an OAuth login: when the token expires within a minute it refreshes it under a row
lock (two workers must not spend one single-use refresh token) and stores the new pair before
anyone uses it. A refused refresh leaves the stored login as it was; the connector then reports
BAD_CREDENTIALS and the account page asks for a new sign-in.

Configuration (environment): ``SAFEPOST_X_CLIENT_ID``/``SAFEPOST_X_CLIENT_SECRET`` and
``SAFEPOST_GOOGLE_CLIENT_ID``/``SAFEPOST_GOOGLE_CLIENT_SECRET``; a platform without a client id
has no "connect" button. ``SAFEPOST_OAUTH[platform]["authorize_url"/"token_url"]`` override the
endpoints (the tests point them at a fake on 127.0.0.1).
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from safepost.accounts import vault
from safepost.accounts.models import OfficialAccount
from safepost.connectors import x as x_connector
from safepost.connectors import youtube as youtube_connector

SESSION_KEY = "oauth_pending"
PENDING_SECONDS = 600  # a sign-in not finished within ten minutes is forgotten
REFRESH_MARGIN = 60  # seconds before expiry that a token counts as expired
TIMEOUT = 15


class OAuthError(Exception):
    """The sign-in cannot be completed; the message is shown to the member of staff."""


@dataclass(frozen=True)
class OAuthApp:
    platform: str
    label: str
    client_id: str
    client_secret: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    token_auth: str  # how the app proves itself at the token endpoint (Authlib's method names)
    authorize_params: tuple[tuple[str, str], ...] = ()


_DEFAULTS: dict[str, dict[str, Any]] = {
    "x": {"label": "X", "authorize_url": x_connector.AUTHORIZE_URL, "token_url": x_connector.TOKEN_URL,
          "scopes": x_connector.SCOPES, "token_auth": "client_secret_basic"},
    "youtube": {"label": "Google (YouTube)", "authorize_url": youtube_connector.AUTHORIZE_URL,
                "token_url": youtube_connector.TOKEN_URL, "scopes": youtube_connector.SCOPES,
                "token_auth": "client_secret_post",
                "authorize_params": (("access_type", "offline"), ("prompt", "consent"),
                                     ("include_granted_scopes", "true"))},
}


def app_for(platform: str) -> OAuthApp | None:
    """The configured OAuth app for a platform, or None (not configured, or no OAuth sign-in)."""
    configured: dict[str, Any] = (getattr(settings, "SAFEPOST_OAUTH", {}) or {}).get(platform) or {}
    if platform not in _DEFAULTS or not configured.get("client_id"):
        return None
    values = {**_DEFAULTS[platform], **{k: v for k, v in configured.items() if v}}
    return OAuthApp(platform=platform, label=values["label"], client_id=values["client_id"],
                    client_secret=values.get("client_secret", ""), authorize_url=values["authorize_url"],
                    token_url=values["token_url"], scopes=tuple(values["scopes"]),
                    token_auth=values["token_auth"] if values.get("client_secret") else "none",
                    authorize_params=tuple(values.get("authorize_params", ())))


def _session(app: OAuthApp, redirect_uri: str, **kwargs: Any) -> Any:
    from authlib.integrations.requests_client import OAuth2Session

    return OAuth2Session(client_id=app.client_id, client_secret=app.client_secret or None,
                         token_endpoint_auth_method=app.token_auth, scope=" ".join(app.scopes),
                         redirect_uri=redirect_uri, code_challenge_method="S256", timeout=TIMEOUT, **kwargs)


def authorization_url(session: Any, app: OAuthApp, account: OfficialAccount, redirect_uri: str) -> str:
    """Where to send the browser; remembers state, verifier and account in ``session`` (Django's)."""
    from authlib.common.security import generate_token

    state, verifier = secrets.token_urlsafe(32), generate_token(64)
    url, _ = _session(app, redirect_uri).create_authorization_url(
        app.authorize_url, state=state, code_verifier=verifier, **dict(app.authorize_params))
    session[SESSION_KEY] = {"state": state, "verifier": verifier, "platform": app.platform,
                            "account": account.pk, "school": account.school.slug, "redirect_uri": redirect_uri,
                            "started": time.time()}
    return str(url)


def pending(session: Any) -> dict[str, Any] | None:
    """The sign-in this browser started (taken out of the session: each state works once)."""
    started: dict[str, Any] | None = session.pop(SESSION_KEY, None)
    if not started or time.time() - float(started.get("started", 0)) > PENDING_SECONDS:
        return None
    return started


def exchange_code(started: dict[str, Any], state: str, code: str) -> dict[str, str]:
    """The tokens for ``code``, after checking ``state`` against the one this session started with."""
    if not state or not secrets.compare_digest(str(started["state"]), state):
        raise OAuthError(_("The answer from the platform does not belong to the sign-in started here. Start again."))
    if not code:
        raise OAuthError(_("The platform sent no authorisation code. Start again."))
    app = app_for(str(started["platform"]))
    if app is None:
        raise OAuthError(_("Signing in to this platform is not set up on this installation."))
    try:
        token = _session(app, str(started["redirect_uri"])).fetch_token(
            app.token_url, grant_type="authorization_code", code=code, code_verifier=str(started["verifier"]))
    except Exception as exc:  # Authlib's OAuthError, a refused request, a network failure
        raise OAuthError(_("%(platform)s did not accept the sign-in (%(reason)s). Start again.")
                         % {"platform": app.label, "reason": _reason(exc)}) from None
    return _login_from(token, app)


def _login_from(token: dict[str, Any], app: OAuthApp, previous: dict[str, str] | None = None) -> dict[str, str]:
    access = str(token.get("access_token", ""))
    if not access:
        raise OAuthError(_("%(platform)s sent no access token. Start again.") % {"platform": app.label})
    expires_at = token.get("expires_at") or (time.time() + float(token["expires_in"]) if token.get("expires_in") else 0)
    login = dict(previous or {})
    login.update({"password": access, "oauth": app.platform, "token_type": str(token.get("token_type", "bearer")),
                  "scope": str(token.get("scope", " ".join(app.scopes))), "expires_at": str(int(float(expires_at)))})
    if token.get("refresh_token"):
        login["refresh_token"] = str(token["refresh_token"])  # X sends a new one each time; Google keeps its own
    return login


def _reason(exc: Exception) -> str:
    error = getattr(exc, "error", "") or type(exc).__name__
    description = getattr(exc, "description", "")
    return f"{error}: {description}" if description else str(error)


def needs_refresh(login: dict[str, str], now: float | None = None) -> bool:
    expires_at = login.get("expires_at", "")
    return bool(login.get("oauth") and login.get("refresh_token") and expires_at
                and float(expires_at) - REFRESH_MARGIN <= (now or time.time()))


def fresh_login(account: OfficialAccount) -> dict[str, str]:
    """The account's login from the vault, its OAuth token refreshed first if it is (nearly) expired."""
    login = vault.unseal(account.secret)
    if not needs_refresh(login):
        return login
    with transaction.atomic():
        locked = OfficialAccount.objects.select_for_update().get(pk=account.pk)
        login = vault.unseal(locked.secret)
        if not needs_refresh(login):
            return login  # another worker refreshed it while this one waited for the lock
        app = app_for(login["oauth"])
        if app is None:
            return login
        try:
            token = _session(app, "").refresh_token(app.token_url, refresh_token=login["refresh_token"])
        except Exception:  # refused or unreachable: the connector will say the sign-in needs renewing
            return login
        login = _login_from(token, app, previous=login)
        from django.utils import timezone

        OfficialAccount.objects.filter(pk=account.pk).update(secret=vault.seal(login), secret_updated_at=timezone.now())
        account.secret = vault.seal(login)
    return login


def connector_extra(login: dict[str, str]) -> dict[str, str]:
    """What a connector may read beside the token (never the refresh token: only this module uses it)."""
    return {key: login[key] for key in ("expires_at", "scope", "user_id", "channel_id") if login.get(key)}
