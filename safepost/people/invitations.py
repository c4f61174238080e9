"""The invitation link: signed, expiring, and good for one use.

The token is ``django.core.signing`` over the user's id and a fingerprint of their login's
state (password hash and last sign-in). Signing makes it tamper-proof, ``max_age`` makes it
expire after ``SAFEPOST_INVITATION_DAYS``, and setting the password changes the fingerprint, so
a link that was used (or any older link) no longer opens. Nothing is stored.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from enum import StrEnum

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.urls import reverse

from safepost.web.links import absolute

SALT = "safepost.people.invitation"


class InvitationProblem(StrEnum):
    """Why a link does not open; each has its own words on the page."""

    EXPIRED = "expired"
    INVALID = "invalid"
    USED = "used"


class InvitationRefused(Exception):
    def __init__(self, problem: InvitationProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def lifetime() -> timedelta:
    return timedelta(days=settings.SAFEPOST_INVITATION_DAYS)


def _fingerprint(user: AbstractBaseUser) -> str:
    state = f"{user.password}|{user.last_login.isoformat() if user.last_login else ''}|{user.is_active}"
    return hashlib.sha256(state.encode("utf-8")).hexdigest()[:20]


def make_token(user: AbstractBaseUser) -> str:
    return signing.dumps({"u": user.pk, "f": _fingerprint(user)}, salt=SALT, compress=True)


def invitation_link(user: AbstractBaseUser) -> str:
    return absolute(reverse("people:accept-invitation", kwargs={"token": make_token(user)}))


def user_for_token(token: str) -> AbstractBaseUser:
    """The invited user, or :class:`InvitationRefused` saying why not."""
    try:
        data = signing.loads(token, salt=SALT, max_age=lifetime())
    except signing.SignatureExpired:
        raise InvitationRefused(InvitationProblem.EXPIRED) from None
    except signing.BadSignature:
        raise InvitationRefused(InvitationProblem.INVALID) from None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        raise InvitationRefused(InvitationProblem.INVALID)
    user = get_user_model().objects.filter(pk=data["u"]).first()
    if user is None or not user.is_active:
        raise InvitationRefused(InvitationProblem.INVALID)
    if data.get("f") != _fingerprint(user):
        raise InvitationRefused(InvitationProblem.USED)
    return user
