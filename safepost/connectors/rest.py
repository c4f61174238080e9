"""A small JSON-over-HTTPS client for the REST connectors (X, YouTube), on httpx.

What every call gets: a bearer token that never appears in a message; retries of timeouts, 429 and
5xx with exponential backoff and full jitter (a random wait between 0 and 2^n times ``backoff``),
sleeping only when the wait is short (``max_wait``) and otherwise handing the wait back to the caller
as ``retry_after`` (the publishing and inbox sweeps reschedule); the platform's rate-limit headers
remembered per endpoint, so a call that would certainly be refused (0 remaining until a reset in
the future) is not sent; and errors in plain words, with the platform's own code kept in ``detail``
for the log.
"""

from __future__ import annotations

import email.utils
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from safepost.connectors.base import ConnectorError

USER_AGENT = "safepost (school social media; +https://github.com/)"


@dataclass(frozen=True)
class Problem:
    """What a platform's error body means: plain words, its own detail, and whether to retry."""

    words: str = ""
    detail: str = ""
    retryable: bool | None = None  # None: decide by the status (429, 5xx retry)
    retry_after: float | None = None
    rate_limited: bool = False


class RestError(ConnectorError):
    """A failed call, with what the connector needs to decide (status, detail, bad credentials)."""

    def connector_error(self, message: str = "") -> ConnectorError:
        """The same failure as a plain ConnectorError (optionally with other words)."""
        return ConnectorError(message or self.message, retryable=self.retryable, status=self.status,
                              retry_after=self.retry_after, detail=self.detail,
                              bad_credentials=self.bad_credentials)


@dataclass
class _Limit:
    remaining: int
    reset_at: float  # Unix time


class RestClient:
    def __init__(self, *, platform: str, base_url: str, token: str, timeout: float,
                 describe_error: Callable[[int, object], Problem], reconnect_hint: str,
                 rate_headers: tuple[str, str, str] | None = None, max_wait: float = 5.0, attempts: int = 3,
                 backoff: float = 0.5, auth_param: tuple[str, str] | None = None) -> None:
        self.platform = platform
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.describe_error = describe_error
        self.reconnect_hint = reconnect_hint
        self.rate_headers = rate_headers
        self.max_wait = max_wait
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.auth_param = auth_param  # ("key", api key) for a Google API key instead of a token
        self.sleep: Callable[[float], None] = time.sleep  # tests record the waits instead
        self.random: Callable[[float, float], float] = random.uniform
        self.clock: Callable[[], float] = time.time
        self.limits: dict[str, _Limit] = {}
        self.waits: list[float] = []  # every backoff slept, for the log and the tests
        self._client: httpx.Client | None = None

    # -- the one entry point ---------------------------------------------------------------------

    def call(self, method: str, path: str, *, doing: str, params: dict[str, str] | None = None,
             json: object = None, data: dict[str, str] | None = None,
             files: dict[str, tuple[str, bytes, str]] | None = None) -> dict[str, Any]:
        """The JSON answer (an empty dict for 204), or RestError after the retries."""
        key = f"{method} {re.sub(r'/[0-9][0-9A-Za-z_-]*', '/:id', path)}"
        for attempt in range(1, self.attempts + 1):
            self._respect_known_limit(key, doing)
            try:
                response = self._http().request(method, self.base_url + path, params=self._params(params),
                                                json=json, data=data, files=files)
            except httpx.TimeoutException:
                error = self._error(f"{self.platform} did not answer within {self.timeout:g} seconds while {doing}",
                                    retryable=True)
            except httpx.TransportError:
                error = self._error(f"could not reach {self.platform} at {self._host()} while {doing}",
                                    retryable=True)
            else:
                self._note_limit(key, response.headers)
                if response.status_code < 400:
                    return self._json(response)
                error = self._refusal(response, doing)
            if not error.retryable or attempt == self.attempts:
                raise error
            wait = error.retry_after if error.retry_after is not None else self.random(0.0, self.backoff * 2 ** attempt)
            if wait > self.max_wait:
                raise error  # too long to hold a worker: the sweep reschedules with retry_after
            self.waits.append(wait)
            self.sleep(wait)
            self.limits.pop(key, None)  # waited for the reset (or a backoff): the next answer tells anew
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- rate limits -----------------------------------------------------------------------------

    def _note_limit(self, key: str, headers: httpx.Headers) -> None:
        if self.rate_headers is None:
            return
        _, remaining_header, reset_header = self.rate_headers
        try:
            remaining, reset_at = int(headers[remaining_header]), float(headers[reset_header])
        except (KeyError, ValueError):
            return
        self.limits[key] = _Limit(remaining=remaining, reset_at=reset_at)

    def _respect_known_limit(self, key: str, doing: str) -> None:
        limit = self.limits.get(key)
        if limit is None or limit.remaining > 0:
            return
        wait = limit.reset_at - self.clock()
        if wait <= 0:
            del self.limits[key]
            return
        if wait <= self.max_wait:
            self.waits.append(wait)
            self.sleep(wait)
            del self.limits[key]
            return
        raise self._error(f"{self.platform} allows no more of this ({doing}) until {self._clock_time(limit.reset_at)}; "
                          "it will be tried again then", retryable=True, status=429, retry_after=wait,
                          detail="x-rate-limit-remaining: 0")

    def _retry_after(self, response: httpx.Response) -> float | None:
        """Seconds to wait from the platform's headers: its reset time, or Retry-After."""
        if self.rate_headers is not None:
            reset = response.headers.get(self.rate_headers[2])
            if reset:
                try:
                    return max(0.0, float(reset) - self.clock())
                except ValueError:
                    pass
        value = response.headers.get("retry-after", "")
        if value.strip().isdigit():
            return float(value)
        if value:
            parsed = email.utils.parsedate_to_datetime(value) if "," in value else None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - self.clock())
        return None

    # -- errors ----------------------------------------------------------------------------------

    def _refusal(self, response: httpx.Response, doing: str) -> RestError:
        status = response.status_code
        try:
            body: object = response.json()
        except ValueError:
            body = None
        problem = self.describe_error(status, body)
        detail = problem.detail or f"HTTP {status}"
        if status == 401:
            return self._error(f"{self.platform} no longer accepts safepost's sign-in ({problem.words or detail}); "
                               f"{self.reconnect_hint}", retryable=False, status=status, detail=detail,
                               bad_credentials=True)
        if status == 429 or problem.rate_limited:
            retry_after = problem.retry_after if problem.retry_after is not None else self._retry_after(response)
            when = f" after {self._clock_time(self.clock() + retry_after)}" if retry_after else " later"
            words = problem.words or f"{self.platform} is limiting how often safepost may do this"
            return self._error(f"{words} ({doing}); it will be tried again{when}",
                               retryable=problem.retryable is not False, status=status, retry_after=retry_after,
                               detail=detail)
        if status >= 500 or status == 408:
            return self._error(f"{self.platform} had a problem while {doing} ({status}); it will be tried again",
                               retryable=problem.retryable is not False, status=status, detail=detail,
                               retry_after=problem.retry_after)
        return self._error(f"{self.platform} refused {doing}: {problem.words or detail}",
                           retryable=bool(problem.retryable), status=status, detail=detail,
                           retry_after=problem.retry_after)

    def _error(self, message: str, *, retryable: bool, status: int | None = None, retry_after: float | None = None,
               detail: str = "", bad_credentials: bool = False) -> RestError:
        if self.token:
            message, detail = message.replace(self.token, "<hidden>"), detail.replace(self.token, "<hidden>")
        return RestError(message, retryable=retryable, status=status, retry_after=retry_after, detail=detail,
                         bad_credentials=bad_credentials)

    # -- the wire --------------------------------------------------------------------------------

    def _http(self) -> httpx.Client:
        if self._client is None:
            headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
            if self.token and self.auth_param is None:
                headers["Authorization"] = f"Bearer {self.token}"
            self._client = httpx.Client(timeout=self.timeout, headers=headers, follow_redirects=False)
        return self._client

    def _params(self, params: dict[str, str] | None) -> dict[str, str] | None:
        if self.auth_param is None:
            return params
        return {**(params or {}), self.auth_param[0]: self.auth_param[1]}

    @staticmethod
    def _json(response: httpx.Response) -> dict[str, Any]:
        if response.status_code == 204 or not response.content:
            return {}
        try:
            answer = response.json()
        except ValueError:
            return {}
        return answer if isinstance(answer, dict) else {"items": answer}

    def _host(self) -> str:
        return urlsplit(self.base_url).netloc or self.base_url

    @staticmethod
    def _clock_time(moment: float) -> str:
        return datetime.fromtimestamp(moment, UTC).strftime("%H:%M UTC")
