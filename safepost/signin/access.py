"""Permission-checked reads for sign-in records, and every rule about API tokens."""

from __future__ import annotations

import hashlib
import hmac

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import User
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import devices_for_user

from safepost.schools.models import PRIVILEGED_ROLES, Membership, OrganisationAdmin
from safepost.signin.models import ApiToken


def holds_privileged_role(user: AbstractBaseUser) -> bool:
    """Whether the user must pass the second factor: a privileged role in any school, or a
    trust's administrator. The session middleware and the API tokens both ask this."""
    return (Membership.objects.filter(user_id=user.pk, role__in=PRIVILEGED_ROLES).exists()
            or OrganisationAdmin.objects.filter(user_id=user.pk).exists())


def credentials_fingerprint(user: AbstractBaseUser) -> str:
    """A digest of the user's password hash and confirmed second-factor devices.

    A token keeps the fingerprint of the moment it was made; a password change or reset, or
    a second factor removed, reset or added, gives a different one and so stops every token.
    (Like Django's own sessions, a password re-hashed by a newer hasher also changes it.)"""
    parts = [str(getattr(user, "password", ""))]
    for device in sorted(devices_for_user(user, confirmed=True), key=lambda d: d.persistent_id):
        parts.append(f"{device.persistent_id}:{getattr(device, 'key', '')}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def token_problem(token: ApiToken, fingerprint: str | None = None, privileged: bool | None = None) -> str:
    """Why a stored token does not work now (in the user's language, for the tokens page), or
    "" when it does.

    ``fingerprint`` and ``privileged`` may be passed when already known for the token's user."""
    if token.revoked:
        return _("revoked")
    if token.expires_at <= timezone.now():
        return _("expired")
    if not token.user.is_active:
        return _("login switched off")
    if fingerprint is None:
        fingerprint = credentials_fingerprint(token.user)
    if not hmac.compare_digest(token.credentials, fingerprint):
        return _("password or second factor changed since")
    if not token.verified and (holds_privileged_role(token.user) if privileged is None else privileged):
        return _("made without the second factor your role needs")
    return ""


def user_for_token(raw: str) -> User | None:
    """The active user a bearer token stands for, or None when it does not work.

    The API's only way to turn a token into a user; every token rule is applied here
    (:func:`token_problem`): revoked, expired, user switched off, password or second factor
    changed since, or made by a session without the second factor for a user who needs it."""
    token = ApiToken.objects.select_related("user").filter(digest=ApiToken.hash(raw.strip())).first()
    if token is None or token_problem(token):
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


def access_own_token(user: AbstractBaseUser, pk: int) -> ApiToken:
    """One of the user's own unrevoked tokens; 404 for anyone else's or a missing one."""
    token = ApiToken.objects.select_related("user").filter(pk=pk, user_id=user.pk, revoked=False).first()
    if token is None:
        raise Http404("Not found")
    return token


def own_tokens(user: AbstractBaseUser) -> list[ApiToken]:
    """The user's unrevoked tokens, newest first, each with ``problem`` set for the page."""
    tokens = list(ApiToken.objects.select_related("user").filter(user_id=user.pk, revoked=False)
                  .order_by("-created_at"))
    fingerprint, privileged = credentials_fingerprint(user), holds_privileged_role(user)
    for token in tokens:
        token.problem = token_problem(token, fingerprint, privileged)  # type: ignore[attr-defined]
    return tokens
