"""Writes for signing in. Each writes its audit event."""

from __future__ import annotations

import base64
from datetime import timedelta

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.audit.chain import record
from safepost.signin.access import credentials_fingerprint
from safepost.signin.models import ApiToken, Profile

#: The backend that signs people in (the axes backend before it only refuses locked pairs).
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


@transaction.atomic
def do_sign_in(request: HttpRequest, user: AbstractBaseUser) -> None:
    """Start a session and record it (django-axes forgets this address's failures for the user)."""
    # A password sign-in names its backend on the user; OpenID Connect sign-in has none.
    backend = getattr(user, "backend", None) or MODEL_BACKEND
    auth.login(request, user, backend=backend)  # type: ignore[arg-type]  # AUTH_USER_MODEL is Django's User
    profile, _ = Profile.objects.get_or_create(user_id=user.pk)
    request.session["language"] = profile.language
    record(user, None, "signin.signed-in")


@transaction.atomic
def do_pass_second_factor(request: HttpRequest, device: TOTPDevice) -> None:
    """Mark the session verified; confirm the device the first time it is used."""
    if not device.confirmed:
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        record(request.user, None, "signin.totp-enrolled", device)
    otp_login(request, device)
    request.session["reauth_at"] = timezone.now().timestamp()
    record(request.user, None, "signin.second-factor-passed")


def pending_device(user: AbstractBaseUser) -> TOTPDevice:
    """The user's unconfirmed TOTP device, created on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def device_secret(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode("ascii")


@transaction.atomic
def do_reauthenticate(request: HttpRequest) -> None:
    request.session["reauth_at"] = timezone.now().timestamp()
    request.session.pop("reauth_failures", None)
    record(request.user, None, "signin.reauthenticated")


def do_record_failed_reauth(request: HttpRequest) -> int:
    """Count a wrong password on the re-authentication page in this session; return the count."""
    failures = int(request.session.get("reauth_failures", 0)) + 1
    request.session["reauth_failures"] = failures
    return failures


@transaction.atomic
def do_sign_out_after_failed_reauth(request: HttpRequest) -> None:
    """Someone holding this session does not know the password: end the session."""
    record(request.user, None, "signin.signed-out-after-failed-reauth")
    auth.logout(request)


def recently_reauthenticated(request: HttpRequest) -> bool:
    stamp = request.session.get("reauth_at")
    return stamp is not None and timezone.now().timestamp() - float(stamp) < settings.SAFEPOST_REAUTH_SECONDS


@transaction.atomic
def do_record_password_reset(user: AbstractBaseUser) -> None:
    """After a reset by email: forget the failed sign-ins counted against the username.

    Whoever reset it holds the mailbox, so the lock no longer protects anything; the user
    should not wait out a guesser's lock with their new password. API tokens stop by
    themselves (the password fingerprint changed: ``access.token_problem``)."""
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.reset_attempts(username=user.get_username().lower())
    record(user, None, "signin.password-reset")


@transaction.atomic
def do_set_language(request: HttpRequest, language: str) -> None:
    request.session["language"] = language
    if request.user.is_authenticated:
        Profile.objects.update_or_create(user=request.user, defaults={"language": language})
        record(request.user, None, "signin.language-changed", language=language)


@transaction.atomic
def do_create_token(user: AbstractBaseUser, name: str, *, verified: bool = True) -> str:
    """Create an API token and return it (the only time it is visible).

    ``verified``: whether the credential asking for it passed the second factor. The tokens
    page passes its session's state; code running with no session (the shell, a command, a
    test) acts for the user directly. A token made unverified never works for a user who
    needs a second factor (``access.user_for_token``). It works for
    ``SAFEPOST_TOKEN_DAYS`` days, and stops when the password or second factor changes."""
    token = ApiToken.generate()
    expires_at = timezone.now() + timedelta(days=settings.SAFEPOST_TOKEN_DAYS)
    row = ApiToken.objects.create(user_id=user.pk, name=name[:100], digest=ApiToken.hash(token), prefix=token[3:11],
                                  expires_at=expires_at, verified=verified,
                                  credentials=credentials_fingerprint(user))
    record(user, None, "signin.token-created", row, verified=verified, expires_at=expires_at.isoformat())
    return token


@transaction.atomic
def do_revoke_token(user: AbstractBaseUser, token: ApiToken) -> None:
    ApiToken.objects.filter(pk=token.pk).update(revoked=True)
    record(user, None, "signin.token-revoked", token)


@transaction.atomic
def do_record_failed_sign_in(username: str, locked: bool) -> None:
    """A wrong password (or a try while locked) for an existing login, for the audit trail.

    Only for a username that exists, and the event holds its user id, never the text typed:
    someone who types their password into the username box must not find it in the trail."""
    user = get_user_model().objects.filter(username=username).first() if username else None
    if user is not None:
        record(None, None, "signin.sign-in-failed", user, locked=locked)
