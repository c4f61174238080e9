"""Meta's Graph API, shared by the Facebook Pages and Instagram connectors.

Followed documents (developers.facebook.com):
- docs/graph-api/guides/error-handling: the error body ``{"error": {"message", "type", "code",
  "error_subcode", "error_user_title", "error_user_msg", "fbtrace_id"}}``; 190 (and 102) means the
  access token expired or was revoked; 4, 17, 32 and 613 are throttling ("wait and retry"); 1 and 2
  are temporary; 10 and 200-299 are missing permissions; 368 is a temporary policy block.
- docs/graph-api/overview/rate-limiting: the ``X-App-Usage`` header (``call_count``,
  ``total_cputime``, ``total_time`` as percentages), ``X-Page-Usage`` and
  ``X-Business-Use-Case-Usage`` (per business id, a list of ``{type, call_count, total_cputime,
  total_time, estimated_time_to_regain_access}`` where the last is in minutes); Pages and
  Instagram requests made with a Page token are counted as Business Use Case limits, whose
  throttling codes are 80001 (Pages) and 80002 (Instagram) among the 800xx range.
- docs/graph-api/webhooks/getting-started: verification requests (``hub.mode=subscribe``,
  ``hub.challenge``, ``hub.verify_token``) and the ``X-Hub-Signature-256: sha256=<hex>`` header,
  an HMAC-SHA256 of the raw body keyed with the app secret.

The wire is ``safepost.connectors.http.HttpClient`` (shared by every REST connector): timeouts,
retries with exponential backoff and full jitter, ``meta_usage`` reading the usage headers, errors
scrubbed of secrets. ``GraphClient`` adds the Graph API's own rules (see its docstring): a read or a
DELETE is repeated on a 5xx, a timeout or a throttling code; a POST only when Meta refused it before
doing anything; a POST whose effect is unknown is never repeated, since the Graph API has no
idempotency key and a blind repeat could publish twice.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from safepost.connectors.base import ConnectorError, Health
from safepost.connectors.base import parse_time as parse_iso_time
from safepost.connectors.http import (
    HttpClient,
    PlatformError,
    RetryPolicy,
    generic_error,
    health_from,
    meta_usage,
)

GRAPH_VERSION = "v25.0"
DEFAULT_GRAPH = f"https://graph.facebook.com/{GRAPH_VERSION}"

TOKEN_CODES = frozenset({102, 190})
THROTTLE_CODES = frozenset({4, 17, 32, 613, *range(80001, 80015)})
TRANSIENT_CODES = frozenset({1, 2})
PERMISSION_CODES = frozenset({3, 10, *range(200, 300)})
POLICY_BLOCK = 368
#: Subcodes that say the object asked for does not exist (error 100, "Unsupported get/post request").
MISSING_SUBCODES = frozenset({33})
#: Usage above this percentage counts as rate-limited for ``health``.
USAGE_LIMIT_PERCENT = 95.0


@dataclass(frozen=True)
class GraphError:
    """The ``error`` object of a Graph API error body."""

    code: int
    subcode: int
    type: str
    message: str
    fbtrace_id: str

    @property
    def detail(self) -> str:
        sub = f"/{self.subcode}" if self.subcode else ""
        return f"{self.type} {self.code}{sub}: {self.message} (fbtrace_id {self.fbtrace_id})".strip()


def graph_error(body: object) -> GraphError | None:
    """The error in a Graph API answer, or None when the body is not an error body."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None

    def number(value: object) -> int:
        try:
            return int(str(value))
        except ValueError:
            return 0

    return GraphError(code=number(error.get("code")), subcode=number(error.get("error_subcode")),
                      type=str(error.get("type") or ""), message=str(error.get("message") or ""),
                      fbtrace_id=str(error.get("fbtrace_id") or ""))


def _json_header(headers: Mapping[str, str], name: str) -> Any:
    raw = headers.get(name)
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None  # a header we cannot read must not fail the request it came with


def usage_percent(headers: Mapping[str, str]) -> float | None:
    """The highest usage percentage any of Meta's usage headers reports, or None if none is there."""
    values: list[float] = []
    for name in ("X-App-Usage", "X-Page-Usage", "X-Ad-Account-Usage"):
        usage = _json_header(headers, name)
        if isinstance(usage, dict):
            values.extend(float(v) for k, v in usage.items() if k != "type" and isinstance(v, int | float))
    for entries in _business_usage(headers):
        values.extend(float(entries[k]) for k in ("call_count", "total_cputime", "total_time")
                      if isinstance(entries.get(k), int | float))
    return max(values) if values else None


def _business_usage(headers: Mapping[str, str]) -> Iterator[dict[str, Any]]:
    usage = _json_header(headers, "X-Business-Use-Case-Usage")
    if not isinstance(usage, dict):
        return
    for entries in usage.values():
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict):
                yield entry


def regain_seconds(headers: Mapping[str, str]) -> float | None:
    """Seconds until Meta lets the account call again (``estimated_time_to_regain_access`` is minutes)."""
    minutes = [float(entry["estimated_time_to_regain_access"]) for entry in _business_usage(headers)
               if isinstance(entry.get("estimated_time_to_regain_access"), int | float)]
    if minutes and max(minutes) > 0:
        return max(minutes) * 60.0
    retry_after = headers.get("Retry-After")
    if retry_after and retry_after.strip().isdigit():
        return float(retry_after)
    return None


# -- webhooks ------------------------------------------------------------------------------------


def sign_body(app_secret: str, body: bytes) -> str:
    """The ``X-Hub-Signature-256`` value Meta sends with ``body``."""
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def signature_is_valid(app_secret: str, body: bytes, header: str | None) -> bool:
    """True only if ``header`` is the HMAC-SHA256 of the raw body with the app secret.

    Compared in constant time; a missing header, another algorithm or an empty secret is refused.
    """
    if not app_secret or not header or not header.startswith("sha256="):
        return False
    return hmac.compare_digest(sign_body(app_secret, body).encode(), header.strip().encode())


def challenge_answer(params: Mapping[str, str], verify_token: str) -> str | None:
    """The ``hub.challenge`` to echo for a subscription check with our verify token, else None."""
    if not verify_token or params.get("hub.mode") != "subscribe":
        return None
    offered = params.get("hub.verify_token") or ""
    if not hmac.compare_digest(offered.encode(), verify_token.encode()):
        return None
    challenge = params.get("hub.challenge") or ""
    return challenge if challenge and len(challenge) <= 200 else None


def as_object(value: object) -> dict[str, Any]:
    """A JSON object from an answer, or an empty one when the field is missing or another type."""
    return value if isinstance(value, dict) else {}


def parse_time(value: object) -> datetime | None:
    """A Graph API time: ISO 8601 such as ``2024-03-01T10:00:00+0000``, or a Unix timestamp."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    return parse_iso_time(value)


# -- the client ----------------------------------------------------------------------------------


def describe_graph_error(platform: str, account: str) -> Callable[[httpx.Response], PlatformError]:
    """The ``describe_error`` hook of ``http.HttpClient`` for Graph API error bodies."""

    def describe(response: httpx.Response) -> PlatformError:
        try:
            error = graph_error(response.json())
        except ValueError:
            error = None
        if error is None:
            return generic_error(response)
        code = f"{error.type} {error.code}/{error.subcode} fbtrace_id={error.fbtrace_id}"
        if error.code in THROTTLE_CODES:
            return PlatformError(text=error.message, code=code, retryable=True, retry_after=regain_seconds(
                response.headers), message=f"{platform} is limiting how often safepost may call it for {account}; "
                                           "it will be tried again later")
        if error.code in TOKEN_CODES:
            return PlatformError(text=error.message, code=code, retryable=False, bad_credentials=True, message=(
                f"{platform} no longer accepts safepost's access to {account}: the sign-in has expired or was "
                f"withdrawn. Re-authorise the account (Connect with Facebook Login on the account's page)"))
        if error.code in PERMISSION_CODES:
            return PlatformError(text=error.message, code=code, retryable=False, message=(
                f"{platform} refused this for {account}: safepost lacks a permission it needs. Re-authorise the "
                "account and allow every permission asked for"))
        if error.code in TRANSIENT_CODES:
            return PlatformError(text=error.message, code=code, retryable=True)
        if error.code == POLICY_BLOCK:
            return PlatformError(text=error.message, code=code, retryable=True, message=(
                f"{platform} has temporarily blocked {account} from this under its policies; it will be tried "
                "again later"))
        return PlatformError(text=error.message, code=code, retryable=False if response.status_code < 500 else None)

    return describe


#: Failures after which the platform certainly did nothing: the connection never opened.
NEVER_SENT = frozenset({"ConnectError", "ConnectTimeout", "PoolTimeout"})


class GraphClient:
    """Graph API calls for one account, over the shared ``http.HttpClient`` (timeouts, retries with
    full jitter, Meta's usage headers, scrubbed errors), with what the Graph API adds:

    - the token goes in the ``Authorization: Bearer`` header, never in a URL;
    - Meta answers throttling with 400/403 and codes 4, 17, 32, 613 or 800xx: those refusals are
      retried here even for a POST (nothing was done), after the time Meta gives or a jittered wait;
    - a POST whose outcome is unknown (a 5xx other than 503, a read timeout) is not repeated and
      fails *not retryable*, asking staff to look at the platform first: no idempotency key exists.

    ``platform`` names the platform in messages ("Facebook"); ``account`` the account ("the Page
    Oakfield Primary"). The token and every secret in ``secrets`` are scrubbed from all errors.
    """

    def __init__(self, base_url: str, token: str, *, platform: str, account: str, timeout: float = 20.0,
                 attempts: int = 3, backoff: float = 0.5, max_wait: float = 20.0,
                 sleep: Callable[[float], None] = time.sleep, secrets: tuple[str, ...] = ()) -> None:
        self.base_url = (base_url or DEFAULT_GRAPH).rstrip("/") + "/"
        self.token = token
        self.platform = platform
        self.account = account
        self.timeout = timeout
        self.policy = RetryPolicy(attempts=max(1, attempts), base_delay=backoff, max_delay=max_wait, budget=60.0)
        self.max_wait = max_wait
        self.sleep = sleep
        self.secrets = tuple(s for s in (token, *secrets) if s)
        self.last_usage: float | None = None  # the highest usage percentage Meta last reported
        self._http: HttpClient | None = None  # made on first use: a capabilities probe never opens one

    def close(self) -> None:
        if self._http is not None:
            self._http.close()

    def _client(self) -> HttpClient:
        if self._http is None:
            self._http = HttpClient(platform=self.platform, base_url=self.base_url, account=self.account,
                                    token=self.token, timeout=self.timeout, retry=self.policy,
                                    rate_limit=self._note_usage,
                                    describe_error=describe_graph_error(self.platform, self.account),
                                    secrets=self.secrets, sleep=lambda seconds: self.sleep(seconds))
        return self._http

    def _note_usage(self, headers: httpx.Headers, now: float) -> float | None:
        self.last_usage = usage_percent(headers)
        return meta_usage(headers, now)

    # -- verbs -------------------------------------------------------------------------------------

    def get(self, path: str, doing: str, params: Mapping[str, Any] | None = None, *,
            token: str | None = None) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else None
        return self._call("GET", path, doing, params=dict(params or {}), headers=headers)

    def post(self, path: str, doing: str, data: Mapping[str, Any] | None = None, *,
             files: Mapping[str, tuple[str, bytes, str]] | None = None) -> dict[str, Any]:
        for attempt in range(1, self.policy.attempts + 1):
            try:
                return self._call("POST", path, doing, data=dict(data or {}), files=files)
            except ConnectorError as error:
                if _throttled(error):
                    wait = error.retry_after if error.retry_after is not None else (
                        random.uniform(0, min(self.max_wait, self.policy.base_delay * 2 ** (attempt - 1))))
                    if attempt < self.policy.attempts and wait <= self.max_wait:
                        self.sleep(wait)  # Meta refused before doing anything: safe to ask again
                        continue
                    raise
                if error.retryable and error.status not in (429, 503) and error.detail not in NEVER_SENT:
                    raise self._unknown_outcome(error, doing) from None
                raise
        raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover

    def delete(self, path: str, doing: str) -> dict[str, Any]:
        return self._call("DELETE", path, doing)

    def get_url(self, url: str, doing: str) -> dict[str, Any]:
        """Follow a ``paging.next`` address (absolute; it carries its own query)."""
        return self._call("GET", url, doing)

    # -- the wire ----------------------------------------------------------------------------------

    def _call(self, method: str, path: str, doing: str, **kwargs: Any) -> dict[str, Any]:
        try:
            body = self._client().json(method, path, doing=doing, **kwargs)
        except ConnectorError as error:
            error.message, error.detail = self.scrub(error.message), self.scrub(error.detail)
            raise
        if not isinstance(body, dict):
            return {"data": body}
        if graph_error(body) is not None:  # an error body with a 2xx status: still an error
            raise ConnectorError(self.scrub(f"{self.platform} refused {doing} for {self.account}: "
                                            f"{graph_error(body).message}"),  # type: ignore[union-attr]
                                 retryable=False, detail=self.scrub(json.dumps(body)[:300]))
        return body

    def _unknown_outcome(self, error: ConnectorError, doing: str) -> ConnectorError:
        unknown = ConnectorError(self.scrub(
            f"{self.platform} did not answer clearly while {doing} ({error.status or error.detail}), so it may or "
            f"may not have happened. Check {self.account} on {self.platform} before trying again"),
            retryable=False, status=error.status, detail=error.detail)
        unknown.maybe_sent = True  # publishing asks a person to check, then paste the address or publish again
        return unknown

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<hidden>")
        return text


_THROTTLE_DETAIL = re.compile(r"\b(?:" + "|".join(str(code) for code in sorted(THROTTLE_CODES)) + r")/\d+\b")


def _throttled(error: ConnectorError) -> bool:
    """A refusal for rate limits (429, or one of Meta's throttling codes), or the shared client's
    own refusal to call before the time Meta's usage headers gave: nothing reached Meta."""
    return (error.status == 429 or bool(_THROTTLE_DETAIL.search(error.detail))
            or error.detail.startswith("rate limit headers"))


def health_of(error: ConnectorError) -> Health:
    """The account health a failed check means, knowing Meta's throttling codes."""
    if error.bad_credentials:
        return Health.BAD_CREDENTIALS
    if _throttled(error):
        return Health.RATE_LIMITED
    return health_from(error)
