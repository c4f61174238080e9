"""Absolute links for emails.

Every email safepost sends (from a page, a task or a sweep) builds its links from one setting,
``SAFEPOST_SITE_URL`` (e.g. ``https://safepost.example-trust.org.uk``): a sweep has no request to
take an address from, and an address taken from a request's ``Host`` header would let whoever
sends that header choose where a password or invitation link points. ``SAFEPOST_BASE_URL`` is the
older name and still read. When neither is set, ``safepost serve`` and ``safepost demo`` set it to
the address they listen on; a system check warns when mail goes out by SMTP without it.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from django.conf import settings


def site_url() -> str:
    """The configured address of the site, without a trailing slash ("" when none is set)."""
    for name in ("SAFEPOST_SITE_URL", "SAFEPOST_BASE_URL"):
        value = str(getattr(settings, name, "") or os.environ.get(name, "")).strip()
        if value:
            return value.rstrip("/")
    return ""


def absolute(path: str) -> str:
    """``path`` (from ``reverse()``) as a link a mail reader can click."""
    return site_url() + path


def site_parts() -> tuple[str, str] | None:
    """(protocol, domain) of the site URL, for Django's password-reset email; None when unset."""
    url = site_url()
    if not url:
        return None
    parts = urlsplit(url)
    return parts.scheme or "https", parts.netloc + parts.path
