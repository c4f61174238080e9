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

Retries: a read (GET) or a DELETE is repeated on a 5xx, a timeout, a dropped connection or a
throttling code, with exponential backoff and full jitter; a POST is repeated only when Meta
refused it before doing anything (throttling codes, or the connection could not be opened). A POST
that failed in a way that leaves its effect unknown (a 5xx, a read timeout) is never repeated here:
the Graph API has no idempotency key, so a blind repeat could publish twice.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NoReturn

import httpx

from safepost.connectors.base import ConnectorError

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


def parse_time(value: object) -> datetime | None:
    """A Graph API time: ISO 8601 such as ``2024-03-01T10:00:00+0000``, or a Unix timestamp."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, UTC)
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# -- the client ----------------------------------------------------------------------------------


class GraphClient:
    """Calls one Graph API host with one access token; every failure becomes a ConnectorError in words.

    ``platform`` names the platform in messages ("Facebook", "Instagram"); ``account`` names the
    account ("the page Oakfield Primary"). The token never appears in a message, detail or log.
    """

    def __init__(self, base_url: str, token: str, *, platform: str, account: str, timeout: float = 20.0,
                 attempts: int = 3, backoff: float = 0.5, max_wait: float = 20.0,
                 sleep: Callable[[float], None] = time.sleep, secrets: tuple[str, ...] = ()) -> None:
        self.base_url = (base_url or DEFAULT_GRAPH).rstrip("/")
        self.token = token
        self.platform = platform
        self.account = account
        self.timeout = timeout
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_wait = max_wait
        self.sleep = sleep
        self.secrets = tuple(s for s in (token, *secrets) if s)
        self.last_usage: float | None = None  # the highest usage percentage Meta last reported
        self._http = httpx.Client(timeout=timeout, follow_redirects=False)

    def close(self) -> None:
        self._http.close()

    # -- verbs -------------------------------------------------------------------------------------

    def get(self, path: str, doing: str, params: Mapping[str, Any] | None = None, *,
            token: str | None = None) -> dict[str, Any]:
        return self._call("GET", path, doing, params=dict(params or {}), token=token, may_repeat=True)

    def post(self, path: str, doing: str, data: Mapping[str, Any] | None = None, *,
             files: Mapping[str, tuple[str, bytes, str]] | None = None) -> dict[str, Any]:
        return self._call("POST", path, doing, data=dict(data or {}), files=files, may_repeat=False)

    def delete(self, path: str, doing: str) -> dict[str, Any]:
        return self._call("DELETE", path, doing, may_repeat=True)

    def get_url(self, url: str, doing: str) -> dict[str, Any]:
        """Follow a ``paging.next`` address (it carries its own query, token included)."""
        return self._call("GET", url, doing, may_repeat=True, absolute=True)

    # -- the wire ----------------------------------------------------------------------------------

    def _call(self, method: str, path: str, doing: str, *, params: dict[str, Any] | None = None,
              data: dict[str, Any] | None = None, files: Mapping[str, tuple[str, bytes, str]] | None = None,
              token: str | None = None, may_repeat: bool, absolute: bool = False) -> dict[str, Any]:
        url = path if absolute else f"{self.base_url}/{path.lstrip('/')}"
        if not absolute and (token or self.token):
            params = {**(params or {}), "access_token": token or self.token}
        for attempt in range(1, self.attempts + 1):
            last = attempt == self.attempts
            try:
                response = self._http.request(method, url, params=params, data=data, files=files)
            except httpx.ConnectError:
                # Nothing reached Meta: repeating is safe even for a POST.
                if last:
                    self._fail(f"could not reach {self.platform} while {doing}", retryable=True)
                self._wait(attempt, None)
                continue
            except httpx.TimeoutException:
                if last or not may_repeat:
                    self._fail(self._unknown_outcome(doing, f"{self.platform} did not answer within "
                                                            f"{self.timeout:g} seconds", method),
                               retryable=method != "POST")
                self._wait(attempt, None)
                continue
            except httpx.HTTPError as error:
                if last or not may_repeat:
                    self._fail(self._unknown_outcome(doing, f"the connection to {self.platform} failed "
                                                            f"({type(error).__name__})", method),
                               retryable=method != "POST")
                self._wait(attempt, None)
                continue
            self.last_usage = usage_percent(response.headers)
            body = self._body(response)
            error = graph_error(body)
            if response.status_code < 400 and error is None:
                return body
            decision = self._judge(response, error, doing, method, last, may_repeat)
            if decision is None:
                self._wait(attempt, regain_seconds(response.headers))
                continue
        raise AssertionError("unreachable: the last attempt always returns or fails")  # pragma: no cover

    @staticmethod
    def _body(response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            return {}
        return body if isinstance(body, dict) else {"data": body}

    def _judge(self, response: httpx.Response, error: GraphError | None, doing: str, method: str,
               last: bool, may_repeat: bool) -> None:
        """Return None to try again, or raise the ConnectorError this failure deserves."""
        status = response.status_code
        wait = regain_seconds(response.headers)
        detail = error.detail if error else f"HTTP {status}"
        if (error is not None and error.code in THROTTLE_CODES) or status == 429:
            # Refused before anything was done: safe to repeat, unless Meta asks for a long wait.
            if last or (wait is not None and wait > self.max_wait):
                self._fail(f"{self.platform} is limiting how often safepost may call it for {self.account} "
                           f"({doing}); it will be tried again later", retryable=True, status=429,
                           retry_after=wait, detail=detail)
            return None
        if error is not None and error.code in TOKEN_CODES:
            self._fail(f"{self.platform} no longer accepts safepost's access to {self.account}: the sign-in has "
                       f"expired or was withdrawn. Re-authorise the account (Connect with {self.platform} on "
                       "the account page)", retryable=False, status=status, detail=detail)
        if error is not None and error.code in PERMISSION_CODES:
            self._fail(f"{self.platform} refused {doing} for {self.account}: safepost lacks a permission it "
                       "needs. Re-authorise the account and allow every permission asked for",
                       retryable=False, status=status, detail=detail)
        transient = status >= 500 or (error is not None and error.code in TRANSIENT_CODES)
        if transient:
            if not may_repeat:
                self._fail(self._unknown_outcome(doing, f"{self.platform} had a problem ({status})", method),
                           retryable=False, status=status, detail=detail)
            if last:
                self._fail(f"{self.platform} had a problem while {doing} ({status}); it will be tried again "
                           "later", retryable=True, status=status, detail=detail)
            return None
        if error is not None and error.code == POLICY_BLOCK:
            self._fail(f"{self.platform} has temporarily blocked {self.account} from {doing} under its "
                       "policies; try again later", retryable=True, status=status, detail=detail)
        words = (error.message if error else "") or f"HTTP {status}"
        self._fail(f"{self.platform} refused {doing} for {self.account}: {words}", retryable=False,
                   status=status, detail=detail)

    def _unknown_outcome(self, doing: str, what: str, method: str) -> str:
        if method != "POST":
            return f"{what} while {doing}; it will be tried again later"
        return (f"{what} while {doing}, so it may or may not have happened. Check {self.account} on "
                f"{self.platform} before trying again")

    def _wait(self, attempt: int, told: float | None) -> None:
        # Full jitter: a random wait up to the exponential step, so retries from many workers spread out.
        step = min(self.max_wait, self.backoff * (2 ** (attempt - 1)))
        self.sleep(min(self.max_wait, told) if told is not None else random.uniform(0, step))

    def _fail(self, message: str, *, retryable: bool, status: int | None = None,
              retry_after: float | None = None, detail: str = "") -> NoReturn:
        for secret in self.secrets:
            message, detail = message.replace(secret, "<hidden>"), detail.replace(secret, "<hidden>")
        raise ConnectorError(message, retryable=retryable, status=status, retry_after=retry_after,
                             detail=detail) from None
