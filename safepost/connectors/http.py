"""The one HTTP layer every REST connector uses (Mastodon, Facebook, Instagram, X, YouTube).

``HttpClient`` wraps an ``httpx.Client`` and gives each connector, the same way:

* a timeout on every request, and the token only ever in the ``Authorization`` header;
* retries on 429, 5xx and transport errors, with exponential backoff and full jitter (the n-th
  retry waits a random time between 0 and ``base_delay * 2**(n-1)``, at most ``max_delay``),
  within a bounded number of attempts and a bounded total time (``RetryPolicy``);
* ``Retry-After`` honoured, and each platform's rate-limit headers too: the connector passes a
  ``rate_limit`` hook (``x_rate_limit``, ``mastodon_rate_limit``, ``meta_usage`` below) that reads
  a response's headers into "no request before this time", and the client waits for it before
  its next request. A wait longer than what is left of the budget is not slept through: the call
  fails with ``retryable=True`` and ``retry_after``, so the caller's queue tries again later;
* failures as ``ConnectorError`` in plain words for school staff, by status class, with the
  platform's own error text from a ``describe_error`` hook that can also replace the words,
  the retryability or the bad-credentials flag for the platform's own error codes;
* no secret in an exception, a log line or a repr: messages and details are scrubbed of the
  token (and any other secret given), logs name the method and path without the query string,
  and exceptions are raised ``from None`` so no httpx request (with its headers) rides along.

Retrying is only safe when the platform will not act twice. GET, HEAD, PUT, DELETE and OPTIONS
are retried on any retryable failure; a POST or PATCH only when it carries an
``Idempotency-Key`` header or the connector says ``idempotent=True``. Otherwise it is retried
only when the platform certainly did not act: a 429, a 503, or a connection that never opened.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from safepost.connectors.base import ConnectorError, Health

log = logging.getLogger(__name__)


class _NoQueryInHttpxLogs(logging.Filter):
    """httpx logs every request's full URL at INFO; some platforms (Meta) accept a token in the
    query string, so its log lines keep the scheme, host and path only."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(arg.copy_with(query=None) if isinstance(arg, httpx.URL) else arg
                                for arg in record.args)
        return True


if not any(isinstance(existing, _NoQueryInHttpxLogs) for existing in logging.getLogger("httpx").filters):
    logging.getLogger("httpx").addFilter(_NoQueryInHttpxLogs())

SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
NOT_ACTED_ON = frozenset({429, 503})  # the platform says it did not take the request
MAX_PLATFORM_TEXT = 300  # characters of the platform's own error text kept in a message

RateLimitHook = Callable[[httpx.Headers, float], float | None]
"""(response headers, now as epoch seconds) -> epoch seconds before which no request should go, or None."""


@dataclass(frozen=True)
class PlatformError:
    """What a platform's error body says, read by a connector's ``describe_error`` hook.

    ``text`` and ``code`` are the platform's own words and code (kept in ``detail`` for the log,
    and the text quoted in refusals). The other fields, when set, override the defaults for the
    status: ``message`` replaces the plain words, ``retryable`` and ``bad_credentials`` the flags
    (e.g. Meta answers an expired token with 400 and code 190), ``retry_after`` the wait.
    """

    text: str = ""
    code: str = ""
    message: str | None = None
    retryable: bool | None = None
    bad_credentials: bool | None = None
    retry_after: float | None = None


ErrorHook = Callable[[httpx.Response], PlatformError]


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # tries in all, the first included
    base_delay: float = 1.0  # seconds: the ceiling of the first retry's random wait
    max_delay: float = 30.0  # no backoff wait is longer than this
    budget: float = 60.0  # seconds one call may take in all, waits included


NO_RETRY = RetryPolicy(attempts=1)


def generic_error(response: httpx.Response) -> PlatformError:
    """The error text of the common JSON shapes: ``error`` (a string, or an object with
    ``message``), ``error_description``, ``message``, ``detail``/``title`` (RFC 7807) and
    ``errors[0].message``. A body that is not JSON gives nothing: an HTML error page is no help."""
    body = _json_or_none(response)
    if not isinstance(body, dict):
        return PlatformError()
    error = body.get("error")
    code = ""
    text = ""
    if isinstance(error, dict):
        text = str(error.get("message") or "")
        code = str(error.get("code") or error.get("type") or "")
    elif isinstance(error, str):
        text = error
    description = body.get("error_description")
    if isinstance(description, str) and description and description != text:
        text = f"{text}: {description}" if text else description
    for key in ("message", "detail", "title"):
        if not text and isinstance(body.get(key), str):
            text = body[key]
    errors = body.get("errors")
    if not text and isinstance(errors, list) and errors and isinstance(errors[0], dict):
        text = str(errors[0].get("message") or errors[0].get("detail") or "")
    return PlatformError(text=text, code=code)


# -- rate-limit headers, one reader per platform --------------------------------------------------

def x_rate_limit(headers: httpx.Headers, now: float) -> float | None:
    """X (API v2): ``x-rate-limit-remaining``/``x-rate-limit-reset`` (epoch seconds) per endpoint,
    and ``x-user-limit-24hour-*`` / ``x-app-limit-24hour-*`` for the daily posting caps."""
    until: float | None = None
    for prefix in ("x-rate-limit", "x-user-limit-24hour", "x-app-limit-24hour"):
        remaining, reset = headers.get(f"{prefix}-remaining"), headers.get(f"{prefix}-reset")
        if remaining is None or reset is None:
            continue
        try:
            exhausted, at = int(remaining) <= 0, float(reset)
        except ValueError:
            continue
        if exhausted and at > now:
            until = max(until or at, at)
    return until


def mastodon_rate_limit(headers: httpx.Headers, now: float) -> float | None:
    """Mastodon: ``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (an ISO 8601 time)."""
    remaining, reset = headers.get("x-ratelimit-remaining"), headers.get("x-ratelimit-reset")
    if remaining is None or reset is None:
        return None
    try:
        exhausted = int(remaining) <= 0
        at = datetime.fromisoformat(reset.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None
    return at if exhausted and at > now else None


META_APP_WAIT = 600.0  # x-app-usage gives no time; its window is a rolling hour, so look again in 10 minutes


def meta_usage(headers: httpx.Headers, now: float) -> float | None:
    """Meta (Graph API, Facebook and Instagram): ``x-app-usage`` (percentages of the app's hourly
    allowance) and ``x-business-use-case-usage`` (per business: percentages and
    ``estimated_time_to_regain_access`` in minutes). At 100% the calls are throttled."""
    until: float | None = None
    app = _json_text(headers.get("x-app-usage"))
    if isinstance(app, dict) and _at_limit(app):
        until = now + META_APP_WAIT
    business = _json_text(headers.get("x-business-use-case-usage"))
    if isinstance(business, dict):
        for entries in business.values():
            for entry in entries if isinstance(entries, list) else []:
                if not isinstance(entry, dict):
                    continue
                minutes = entry.get("estimated_time_to_regain_access")
                if _at_limit(entry) or (isinstance(minutes, int | float) and minutes > 0):
                    wait = 60.0 * minutes if isinstance(minutes, int | float) and minutes > 0 else META_APP_WAIT
                    until = max(until or 0.0, now + wait)
    return until


def _at_limit(usage: Mapping[str, Any]) -> bool:
    return any(isinstance(usage.get(key), int | float) and usage[key] >= 100
               for key in ("call_count", "total_cputime", "total_time"))


def _json_text(value: str | None) -> Any:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return None


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError):
        return None


def retry_after_seconds(headers: httpx.Headers, now: float) -> float | None:
    """``Retry-After`` as seconds from now: a number of seconds or an HTTP date."""
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError, IndexError):
        return None


def health_from(error: ConnectorError) -> Health:
    """The account health a failed check means."""
    if error.bad_credentials:
        return Health.BAD_CREDENTIALS
    if error.status == 429:
        return Health.RATE_LIMITED
    return Health.UNREACHABLE if error.retryable else Health.BAD_CREDENTIALS


# -- the client -----------------------------------------------------------------------------------

class HttpClient:
    """One platform account's HTTP client. ``platform`` and ``account`` name them in messages
    ("Mastodon", "@school@example.social"); ``token`` goes in ``Authorization: <scheme> <token>``."""

    def __init__(self, *, platform: str, base_url: str, account: str, token: str = "",
                 auth_scheme: str = "Bearer", timeout: float = 20.0, retry: RetryPolicy | None = None,
                 rate_limit: RateLimitHook | None = None, describe_error: ErrorHook = generic_error,
                 secrets: Sequence[str] = (), headers: Mapping[str, str] | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.time,
                 jitter: Callable[[], float] = random.random,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.platform = platform
        self.account = account
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self._rate_limit = rate_limit
        self._describe_error = describe_error
        self._secrets = tuple(secret for secret in (token, *secrets) if secret)
        self._sleep = sleep
        self._clock = clock
        self._jitter = jitter
        self._blocked_until = 0.0
        self._host = urlsplit(base_url).netloc or base_url
        sent = {"User-Agent": "safepost (school social media)", **(headers or {})}
        if token:
            sent["Authorization"] = f"{auth_scheme} {token}"
        self._client = httpx.Client(base_url=base_url, headers=sent, timeout=httpx.Timeout(timeout),
                                    transport=transport, follow_redirects=False)

    def __repr__(self) -> str:
        return f"HttpClient(platform={self.platform!r}, host={self._host!r})"

    def close(self) -> None:
        self._client.close()

    def request(self, method: str, url: str, *, doing: str, params: Any = None, json: Any = None,
                data: Mapping[str, Any] | None = None, files: Any = None, content: bytes | None = None,
                headers: Mapping[str, str] | None = None, ok: Collection[int] = (),
                idempotent: bool | None = None, retry: RetryPolicy | None = None) -> httpx.Response:
        """The response when its status is 2xx or in ``ok``; otherwise ConnectorError.

        ``doing`` says what the call is for, in words ("publishing the post"): messages use it.
        """
        method = method.upper()
        policy = retry or self.retry
        if idempotent is None:
            idempotent = method in SAFE_METHODS or any(name.lower() == "idempotency-key" for name in headers or {})
        started = self._clock()
        attempt = 0
        while True:
            attempt += 1
            self._wait_for_rate_limit(doing, started, policy)
            try:
                response = self._client.request(method, url, params=params, json=json, data=data, files=files,
                                                content=content, headers=headers)
            except httpx.TimeoutException as error:
                failure = self._error(f"{self.platform} at {self._host} did not answer within {self.timeout:g} "
                                      f"seconds while {doing}; it will be tried again", retryable=True,
                                      detail=type(error).__name__)
                may_retry = idempotent or isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout)
                failure.maybe_sent = not may_retry
            except httpx.TransportError as error:
                failure = self._error(f"could not reach {self.platform} at {self._host} while {doing}; "
                                      "it will be tried again", retryable=True, detail=type(error).__name__)
                may_retry = idempotent or isinstance(error, httpx.ConnectError)
                failure.maybe_sent = not may_retry
            else:
                self._note_rate_limit(response.headers)
                if response.is_success or response.status_code in ok:
                    return response
                failure = self._translate(response, doing)
                may_retry = failure.retryable and (idempotent or response.status_code in NOT_ACTED_ON)
                failure.maybe_sent = failure.retryable and not may_retry
            if not may_retry or attempt >= policy.attempts:
                raise failure
            wait = failure.retry_after if failure.retry_after is not None else self._backoff(attempt, policy)
            if self._clock() - started + wait > policy.budget:
                failure.retry_after = max(wait, failure.retry_after or 0.0)
                raise failure
            log.info("%s %s %s: %s; try %d again in %.1fs", self.platform, method, _path_of(url),
                     failure.status or failure.detail, attempt + 1, wait)
            self._sleep(wait)

    def json(self, method: str, url: str, *, doing: str, **kwargs: Any) -> Any:
        """``request`` and the body as JSON, or ConnectorError when it is not JSON."""
        response = self.request(method, url, doing=doing, **kwargs)
        body = _json_or_none(response)
        if body is None:
            raise self._error(f"{self.platform} answered in a way safepost does not understand while {doing}; "
                              "it will be tried again", retryable=True, status=response.status_code,
                              detail=f"not JSON: {response.headers.get('content-type', '')}")
        return body

    # -- waiting -----------------------------------------------------------------------------------

    def _backoff(self, attempt: int, policy: RetryPolicy) -> float:
        """Full jitter: a random wait between 0 and the exponential ceiling."""
        ceiling = min(policy.max_delay, policy.base_delay * 2.0 ** (attempt - 1))
        return ceiling * self._jitter()

    def _note_rate_limit(self, headers: httpx.Headers) -> None:
        if self._rate_limit is None:
            return
        try:
            until = self._rate_limit(headers, self._clock())
        except Exception:  # a malformed header must never break a call that worked
            log.warning("%s: unreadable rate-limit headers ignored", self.platform)
            return
        if until is not None:
            self._blocked_until = max(self._blocked_until, until)

    def _wait_for_rate_limit(self, doing: str, started: float, policy: RetryPolicy) -> None:
        now = self._clock()
        wait = self._blocked_until - now
        if wait <= 0:
            return
        if now - started + wait > policy.budget:
            # status 429: the platform's own limit, met before sending (health says RATE_LIMITED).
            raise self._error(f"{self.platform} has asked {self.account} to wait before {doing}; it will be tried "
                              f"again in about {_duration(wait)}", retryable=True, retry_after=wait, status=429,
                              detail="rate-limit headers: no requests left until the reset; nothing was sent")
        log.info("%s: rate limit reached, waiting %.1fs", self.platform, wait)
        self._sleep(wait)

    # -- errors ------------------------------------------------------------------------------------

    def _translate(self, response: httpx.Response, doing: str) -> ConnectorError:
        status = response.status_code
        try:
            said = self._describe_error(response)
        except Exception:  # an unexpected body must not hide the status
            said = PlatformError()
        text = " ".join(said.text.split())[:MAX_PLATFORM_TEXT]
        now = self._clock()
        retry_after = said.retry_after if said.retry_after is not None else retry_after_seconds(response.headers, now)
        if retry_after is None and status == 429 and self._rate_limit is not None:
            until = self._rate_limit(response.headers, now)
            retry_after = max(0.0, until - now) if until is not None else None
        message, retryable, bad_credentials = self._words(status, text, doing)
        detail = " ".join(part for part in (str(status), said.code, text) if part)
        return self._error(
            said.message or message, status=status, detail=detail, retry_after=retry_after,
            retryable=retryable if said.retryable is None else said.retryable,
            bad_credentials=bad_credentials if said.bad_credentials is None else said.bad_credentials)

    def _words(self, status: int, text: str, doing: str) -> tuple[str, bool, bool]:
        """(plain words, retryable, bad credentials) for a status, before the platform's overrides."""
        platform, account = self.platform, self.account
        said = f": {text}" if text else ""
        if status == 401:
            return (f"{platform} no longer accepts the sign-in saved for {account}{said}. Reconnect the account "
                    "in its settings", False, True)
        if status == 403:
            return (f"{platform} does not let {account} do this ({doing}){said}. The account may need "
                    "reconnecting with the right permissions", False, False)
        if status in (404, 410):
            return f"{platform} could not find what safepost asked for while {doing}; it may have been deleted", \
                False, False
        if status == 408:
            return f"{platform} took too long while {doing}; it will be tried again", True, False
        if status == 413:
            return f"{platform} says this is too large ({doing}){said}. Use a smaller photo or file", False, False
        if status == 429:
            return (f"{platform} is limiting how often {account} can do things ({doing}); it will be tried again "
                    "later", True, False)
        if status >= 500:
            return (f"{platform} had a problem on its side ({status}) while {doing}; it will be tried again later",
                    True, False)
        return f"{platform} refused {doing} for {account}{said or f' (error {status})'}", False, False

    def _error(self, message: str, *, retryable: bool, status: int | None = None, detail: str = "",
               retry_after: float | None = None, bad_credentials: bool = False) -> ConnectorError:
        return ConnectorError(self.scrub(message), retryable=retryable, status=status, retry_after=retry_after,
                              detail=self.scrub(detail), bad_credentials=bad_credentials)

    def scrub(self, text: str) -> str:
        """The text with every secret this client knows replaced by ``<hidden>``."""
        for secret in self._secrets:
            text = text.replace(secret, "<hidden>")
        return text


def _path_of(url: str) -> str:
    """The path only: a query string may carry a token on some platforms."""
    return urlsplit(url).path or "/"


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(1, round(seconds))} seconds"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} minutes"
    return f"{round(seconds / 3600)} hours"


__all__ = [
    "NO_RETRY",
    "ErrorHook",
    "HttpClient",
    "PlatformError",
    "RateLimitHook",
    "RetryPolicy",
    "generic_error",
    "health_from",
    "mastodon_rate_limit",
    "meta_usage",
    "retry_after_seconds",
    "x_rate_limit",
]
