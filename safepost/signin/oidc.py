"""Optional OpenID Connect sign-in (Microsoft 365 / Entra ID, Google Workspace), off by default.

Configured from the environment (see ``settings.SAFEPOST_OIDC``): the provider's issuer, this
installation's client id and secret, and the email domains the school owns. The flow is the
authorisation-code flow with PKCE (S256), ``state`` and ``nonce``; the ID token's signature
(the provider's JWKS), issuer, audience, expiry and nonce are checked by Authlib.

A provider's account never creates a safepost login: schools decide who has a role. The first
time, the verified email address must match exactly one active login (and, when configured, be
in one of the school's domains); the provider's (issuer, subject) pair is then linked to that
login and used from then on, so a later change of address cannot move the sign-in to someone
else. Privileged roles still pass safepost's own second factor afterwards.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from safepost.audit.chain import record
from safepost.signin.models import OidcIdentity

_lock = threading.Lock()
_clients: dict[tuple[str, ...], Any] = {}
TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class OidcConfig:
    """The provider this installation trusts (``SAFEPOST_OIDC_*`` environment variables)."""

    issuer: str
    client_id: str
    client_secret: str
    label: str
    domains: tuple[str, ...]
    discovery_url: str


class OidcRefused(Exception):
    """The provider's answer was valid but names nobody who may sign in here."""


def config() -> OidcConfig | None:
    """The configuration, or None when OpenID Connect sign-in is off."""
    value = getattr(settings, "SAFEPOST_OIDC", None)
    return value if isinstance(value, OidcConfig) else None


def client(cfg: OidcConfig) -> Any:
    """The Authlib client for ``cfg`` (one per process: it caches the discovery document and keys)."""
    from authlib.integrations.django_client import OAuth

    key = (cfg.issuer, cfg.client_id, cfg.client_secret, cfg.discovery_url)
    with _lock:
        if key not in _clients:
            oauth = OAuth()
            _clients[key] = oauth.register(
                name="school", client_id=cfg.client_id, client_secret=cfg.client_secret,
                server_metadata_url=cfg.discovery_url,
                client_kwargs={"scope": "openid email profile", "code_challenge_method": "S256",
                               "default_timeout": TIMEOUT_SECONDS},
            )
        return _clients[key]


def claims_options(cfg: OidcConfig) -> dict[str, Any]:
    """What the ID token must say. Authlib checks ``aud`` only when told to (OpenID Connect Core
    3.1.3.7 requires it: a token issued to another application must not sign anyone in here)."""
    return {"iss": {"essential": True, "values": [cfg.issuer]},
            "aud": {"essential": True, "values": [cfg.client_id]},
            "sub": {"essential": True}}


def email_of(claims: dict[str, Any]) -> str:
    """The address a provider vouches for, or "".

    Google: ``email`` with ``email_verified`` true. Microsoft (v2.0 tokens): ``email`` when the
    tenant releases it, else ``preferred_username`` (the work account's sign-in name, an
    address in the tenant's own domains, which ``domains`` then checks).
    """
    if "email_verified" in claims:
        verified = claims["email_verified"] in (True, "true", "True")
        return str(claims.get("email", "")).strip().lower() if verified else ""
    return str(claims.get("email") or claims.get("preferred_username") or "").strip().lower()


def resolve_user(cfg: OidcConfig, claims: dict[str, Any]) -> AbstractBaseUser:
    """The safepost login for a validated ID token's claims, linking it the first time."""
    issuer, subject = str(claims.get("iss", "")), str(claims.get("sub", ""))
    if not issuer or not subject:
        raise OidcRefused("the provider's answer names no subject")
    linked = OidcIdentity.objects.select_related("user").filter(issuer=issuer, subject=subject).first()
    if linked is not None:
        if not linked.user.is_active:
            raise OidcRefused("this login is switched off")
        return linked.user
    email = email_of(claims)
    if not email:
        raise OidcRefused("the provider did not confirm an email address")
    domain = email.rpartition("@")[2]
    if cfg.domains and domain not in cfg.domains:
        raise OidcRefused(f"addresses at {domain} cannot sign in here")
    users = list(get_user_model().objects.filter(email__iexact=email, is_active=True)[:2])
    if len(users) != 1:
        raise OidcRefused("no single safepost login has this email address" if not users else
                          "more than one safepost login has this email address")
    user = users[0]
    with transaction.atomic():
        OidcIdentity.objects.create(issuer=issuer, subject=subject, user=user)
        record(user, None, "signin.oidc-linked", issuer=issuer)
    return user
