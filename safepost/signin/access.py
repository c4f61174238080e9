"""Permission-checked reads for sign-in records."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.utils import timezone

from safepost.signin.models import ApiToken


def user_for_token(raw: str) -> AbstractBaseUser | None:
    """The active user a bearer token stands for, or None when the token is unknown or revoked.

    The API's only way to turn a token into a user: expiry and revocation rules live here."""
    token = ApiToken.objects.select_related("user").filter(digest=ApiToken.hash(raw.strip()), revoked=False).first()
    if token is None or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user
