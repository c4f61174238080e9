"""The one-click acknowledgement link in reminder emails: signed and expiring (django.core.signing).

The link names the adult, the school and the policy version; whoever opens it sees the policy
and one button, and only the button's POST acknowledges. It works without signing in (many
volunteers and staff on the staff list never do), so it says nothing a stranger could misuse:
no pupil, only the policy the school publishes anyway. It expires after
``SAFEPOST_ACK_LINK_DAYS`` days (default 30); a newer reminder carries a fresh one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext as _

from safepost.compliance.models import Adult, PolicyVersion
from safepost.inbox.safeguarding import base_url

SALT = "safepost.compliance.acknowledge"


class LinkError(Exception):
    """A link that is tampered with, expired or for another school; the message says which."""


@dataclass(frozen=True)
class Claim:
    adult_id: int
    version_id: int
    school_id: int


def link_days() -> int:
    return int(getattr(settings, "SAFEPOST_ACK_LINK_DAYS", 30))


def make_token(adult: Adult, version: PolicyVersion) -> str:
    return signing.dumps({"a": adult.pk, "v": version.pk, "s": adult.school_id}, salt=SALT, compress=True)


def read_token(token: str) -> Claim:
    """The claim a link carries, or LinkError saying what is wrong with it."""
    try:
        data = signing.loads(token, salt=SALT, max_age=timedelta(days=link_days()))
    except signing.SignatureExpired:
        raise LinkError(_("This link has expired (links work for %(days)s days). Use the link in your newest "
                          "reminder email, or sign in and open “My compliance”.") % {"days": link_days()}) from None
    except signing.BadSignature:
        raise LinkError(_("This link is not valid: it may have been cut short or changed. Copy the whole link "
                          "from the email, or sign in and open “My compliance”.")) from None
    try:
        return Claim(int(data["a"]), int(data["v"]), int(data["s"]))
    except (KeyError, TypeError, ValueError):
        raise LinkError(_("This link is not valid.")) from None


def acknowledge_path(adult: Adult, version: PolicyVersion) -> str:
    return reverse("compliance:acknowledge-link", kwargs={"school": adult.school.slug,
                                                         "token": make_token(adult, version)})


def acknowledge_url(adult: Adult, version: PolicyVersion) -> str:
    """The absolute link for an email (``SAFEPOST_BASE_URL``, as every email of safepost uses)."""
    return base_url() + acknowledge_path(adult, version)
