"""Throttling password guesses with django-axes: per (username, client address), growing delays.

Why this shape:

- The key is the *pair* (username, address). Counting per username alone let anyone lock a
  teacher out by typing wrong passwords; counting per address alone blocked a whole school
  behind one NAT or reverse proxy. A guesser now only ever locks out themselves.
- The lock grows: after ``SAFEPOST_LOGIN_ATTEMPTS`` failures the pair waits
  ``SAFEPOST_LOCKOUT_BASE_SECONDS``; every further failure doubles the wait, up to
  ``SAFEPOST_LOCKOUT_MAX_SECONDS``. A person who mistypes waits a minute; a guesser gets a
  few dozen tries a day.
- The client address is ``REMOTE_ADDR`` unless the IT admin names the header their own
  reverse proxy writes (``SAFEPOST_TRUSTED_PROXY_HEADER``) and how many proxies append to it
  (``SAFEPOST_PROXY_COUNT``). We then take the entry the outermost trusted proxy appended,
  counted from the right: everything to its left was written by the client and can be forged.
  django-ipware's chain heuristics were measured returning the left-most (client-written)
  entry for ``X-Forwarded-For: <forged>, <real>`` with a proxy count of 0, so the rule is
  written out here instead (see tests/web/test_throttle.py).

The sign-in page and the re-authentication page both go through :func:`check_password`, so
they share one count: guessing on one page cannot dodge the limit of the other.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Max, Min, Sum
from django.http import HttpRequest
from django.utils import timezone

#: The request attribute that carries the normalised username from axes' username hook to the
#: cool-off hook (axes hands the cool-off hook only the request).
_USERNAME_ATTR = "safepost_throttle_username"


#: Stands for a client whose address is unknown (a WSGI server on a Unix socket sets none).
#: Never empty: axes stores addresses in an ``inet`` column on PostgreSQL, where "" becomes
#: NULL and would match no earlier failure, so nothing would ever be counted.
UNKNOWN_ADDRESS = "0.0.0.0"


def client_address(request: HttpRequest) -> str:
    """The client's address (``AXES_CLIENT_IP_CALLABLE``): from the trusted proxy header if
    one is configured, else the socket's."""
    remote = _address(str(request.META.get("REMOTE_ADDR", ""))) or UNKNOWN_ADDRESS
    header = settings.SAFEPOST_TRUSTED_PROXY_HEADER
    if not header:
        return remote
    hops = [hop.strip() for hop in str(request.META.get(header, "")).split(",") if hop.strip()]
    count = settings.SAFEPOST_PROXY_COUNT
    if len(hops) < count:
        return remote  # not through our proxy chain: the socket address is all we know
    return _address(hops[-count]) or remote


def _address(text: str) -> str:
    """``text`` as a normalised IP address, or "" when it is not one."""
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return ""


def throttle_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The username axes counts failures under (``AXES_USERNAME_CALLABLE``): lower-cased."""
    raw = (credentials or {}).get("username")
    if raw is None:
        raw = request.POST.get("username", "")
    name = str(raw).strip().lower()[:150]
    setattr(request, _USERNAME_ATTR, name)
    return name


def recorded_failures(username: str, address: str) -> tuple[int, datetime | None, datetime | None]:
    """All failures on record for the pair, with the first and last row's time.

    axes keeps one row per user agent as well, each stamped with its own last failure."""
    from axes.models import AccessAttempt

    found = AccessAttempt.objects.filter(username=username, ip_address=address).aggregate(
        total=Sum("failures_since_start"), first=Min("attempt_time"), last=Max("attempt_time"))
    return int(found["total"] or 0), found["first"], found["last"]


def lock_for(failures: int) -> timedelta:
    """How long a (username, address) pair waits after its latest failure."""
    limit = settings.SAFEPOST_LOGIN_ATTEMPTS
    if failures < limit:
        # Not locked: this is how long failures are remembered for.
        return timedelta(seconds=settings.SAFEPOST_LOGIN_WINDOW_SECONDS)
    doublings = min(failures - limit, 30)  # 2**30 seconds is far past any cap
    seconds = settings.SAFEPOST_LOCKOUT_BASE_SECONDS * 2 ** doublings
    return timedelta(seconds=min(seconds, settings.SAFEPOST_LOCKOUT_MAX_SECONDS))


def cool_off(request: HttpRequest | None) -> timedelta:
    """``AXES_COOLOFF_TIME``: how far back axes counts this request's (username, address).

    axes uses this twice: it counts the rows whose last failure lies within it, and it keeps
    a row for at least this long after its last failure (``AXES_USE_ATTEMPT_EXPIRATION``).

    - Fewer failures than the limit: the window (failures are remembered that long).
    - Locked (the latest failure is within :func:`lock_for` of now): at least the window, and
      back to the pair's oldest row, so every row counts (axes keeps a row per user agent, so
      a guesser who changes agent would otherwise drop out of the count), and the new row is
      kept long enough for the next lock to be longer.
    - Lock over: the lock time, which no row is newer than, so nothing counts."""
    window = timedelta(seconds=settings.SAFEPOST_LOGIN_WINDOW_SECONDS)
    username = getattr(request, _USERNAME_ATTR, None) if request is not None else None
    address = getattr(request, "axes_ip_address", None) if request is not None else None
    if username is None or address is None:
        return window
    total, first, last = recorded_failures(username, address)
    lock = lock_for(total)
    if total < settings.SAFEPOST_LOGIN_ATTEMPTS or first is None or last is None:
        return window
    now = getattr(request, "axes_attempt_time", None) or timezone.now()
    if now - last < lock:
        return max(lock, window, now - first + timedelta(seconds=1))
    return lock


@dataclass(frozen=True)
class PasswordCheck:
    """What :func:`check_password` found."""

    #: The user when the password was right and the pair was not locked; else None.
    user: AbstractBaseUser | None
    #: The pair was already locked: the password was not even checked.
    refused: bool
    #: The pair is locked now (already, or by this failure).
    locked: bool


def check_password(request: HttpRequest, username: str, password: str) -> PasswordCheck:
    """Check a password the way every page must: through django-axes.

    Runs Django's ``authenticate`` so axes sees every attempt: its backend refuses a locked
    pair before any password is checked (so a guesser learns nothing while locked, and a
    try while locked is not counted), and its ``user_login_failed`` handler counts a failure
    and marks the request when that failure reaches the limit."""
    user = auth.authenticate(request, username=username, password=password)
    locked = bool(getattr(request, "axes_locked_out", False))
    # axes sets the failure count only when it counted this attempt, not when it refused it.
    refused = locked and getattr(request, "axes_failures_since_start", None) is None
    return PasswordCheck(user=None if locked else user, refused=refused, locked=locked)


def lockout_response(request: HttpRequest, response: Any, credentials: Any = None) -> Any:
    """``AXES_LOCKOUT_CALLABLE``: our views already rendered the lockout, with status 429."""
    if response is not None:
        return response
    from django.http import HttpResponse

    return HttpResponse("Too many failed attempts. Wait a little and try again.", status=429,
                        content_type="text/plain; charset=utf-8")
