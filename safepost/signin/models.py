"""Sign-in records: per-user preferences, API tokens, linked OpenID Connect accounts.

Failed sign-ins are counted by django-axes (see throttle.py)."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models


class Profile(models.Model):
    """Per-user preferences."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")


class ApiToken(models.Model):
    """A token for the JSON API. Only its SHA-256 is stored; the token is shown once.

    A token carries no more than the session that made it: ``verified`` records whether that
    session had passed the second factor, and ``credentials`` fingerprints the user's
    password and second factor at the time, so changing either stops the token
    (``access.user_for_token`` applies the rules)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()
    verified = models.BooleanField(default=False, help_text="made by a session that passed the second factor")
    credentials = models.CharField(max_length=64, help_text="fingerprint of the password and second factor")
    revoked = models.BooleanField(default=False)

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode("utf-8")).hexdigest()

    @staticmethod
    def generate() -> str:
        return "sp_" + secrets.token_urlsafe(32)


class OidcIdentity(models.Model):
    """An OpenID Connect account (issuer, subject) linked to a safepost login at its first use."""

    issuer = models.CharField(max_length=300)
    subject = models.CharField(max_length=255)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="oidc_identities")
    linked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issuer", "subject"], name="one_login_per_oidc_subject")]
