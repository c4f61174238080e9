"""Writes for signing in. Each writes its audit event."""

from __future__ import annotations

import base64
from datetime import timedelta

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.audit.chain import record
from safepost.signin.models import ApiToken, LoginAttempt, Profile


def client_address(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR", ""))[:64]


def throttled(username: str, address: str) -> bool:
    """Too many recent failures for this username or from this address."""
    since = timezone.now() - timedelta(seconds=settings.SAFEPOST_LOGIN_WINDOW_SECONDS)
    recent = LoginAttempt.objects.filter(at__gte=since)
    limit = settings.SAFEPOST_LOGIN_ATTEMPTS
    return (recent.filter(username=username.lower()).count() >= limit
            or recent.filter(address=address).count() >= limit * 4)


def do_record_failed_sign_in(username: str, address: str) -> None:
    """Count a failed attempt (no audit event: it would let anyone flood the trail)."""
    LoginAttempt.objects.create(username=username.lower()[:150], address=address)


@transaction.atomic
def do_sign_in(request: HttpRequest, user: AbstractBaseUser) -> None:
    """Start a session, forget the user's failures, and record it."""
    auth.login(request, user)  # type: ignore[arg-type]  # AUTH_USER_MODEL is Django's User
    LoginAttempt.objects.filter(username=user.get_username().lower()).delete()
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
    record(request.user, None, "signin.reauthenticated")


def recently_reauthenticated(request: HttpRequest) -> bool:
    stamp = request.session.get("reauth_at")
    return stamp is not None and timezone.now().timestamp() - float(stamp) < settings.SAFEPOST_REAUTH_SECONDS


@transaction.atomic
def do_set_language(request: HttpRequest, language: str) -> None:
    request.session["language"] = language
    if request.user.is_authenticated:
        Profile.objects.update_or_create(user=request.user, defaults={"language": language})
        record(request.user, None, "signin.language-changed", language=language)


@transaction.atomic
def do_create_token(user: AbstractBaseUser, name: str) -> str:
    """Create an API token and return it (the only time it is visible)."""
    token = ApiToken.generate()
    row = ApiToken.objects.create(user_id=user.pk, name=name[:100], digest=ApiToken.hash(token), prefix=token[3:11])
    record(user, None, "signin.token-created", row)
    return token


@transaction.atomic
def do_revoke_token(user: AbstractBaseUser, token: ApiToken) -> None:
    ApiToken.objects.filter(pk=token.pk).update(revoked=True)
    record(user, None, "signin.token-revoked", token)
