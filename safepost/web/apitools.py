"""What every API router shares: bearer-token auth, the one error shape, body limits and strict
string types derived from the models.

An app's ``api.py`` imports from here and from django-ninja only; ``safepost.web.api`` mounts the
routers and installs the handlers below, so a new router gets authentication, the error shape,
the body limits and its OpenAPI description without writing any of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import RequestDataTooBig
from django.db import DataError, models
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.parser import Parser
from ninja.security import HttpBearer
from pydantic import GetCoreSchemaHandler
from pydantic_core import PydanticCustomError, core_schema

from safepost.schools.access import Refused
from safepost.signin.access import user_for_token

#: The largest JSON body the API reads. Checked against Content-Length before anything is read,
#: and again while the body streams in (a client may lie about the length or send none).
MAX_JSON_BYTES = 1024 * 1024


class ErrorOut(Schema):
    """Every error the API answers: what is wrong, and which field of the request when one is to blame."""

    error: str
    field: str | None = None


def problem(status: int, message: str, field: str | None = None) -> JsonResponse:
    """The one error response of the API (see :class:`ErrorOut`)."""
    body: dict[str, Any] = {"error": message}
    if field:
        body["field"] = field
    response = JsonResponse(body, status=status)
    if status == 401:
        response["WWW-Authenticate"] = "Bearer"
    return response


# --- authentication --------------------------------------------------------------------------

class BearerToken(HttpBearer):
    """``Authorization: Bearer sp_...``; the token rules live in ``signin.access.user_for_token``."""

    def __call__(self, request: HttpRequest) -> AbstractBaseUser | None:
        scheme, _, raw = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not raw.strip():
            raise AuthenticationError(401, "send Authorization: Bearer <token>")
        return self.authenticate(request, raw)

    def authenticate(self, request: HttpRequest, token: str) -> AbstractBaseUser | None:
        user = user_for_token(token)
        if user is None:
            raise AuthenticationError(401, "unknown or revoked token")
        request.user = user  # the access_* functions and audit records expect the usual attribute
        return user


def user_of(request: HttpRequest) -> AbstractBaseUser:
    """The user the bearer token stands for (set by :class:`BearerToken`)."""
    user: AbstractBaseUser = request.auth  # type: ignore[attr-defined]
    return user


# --- reading the body --------------------------------------------------------------------------

class BodyError(ValueError):
    """The body is not JSON we can read; the message says why and where."""


class JsonParser(Parser):
    """Strict JSON: UTF-8 only, nesting bounded, and an error that says where it went wrong."""

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BodyError(f"the body is not UTF-8 (byte {exc.start})") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BodyError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
        except RecursionError as exc:
            raise BodyError("the JSON is nested too deeply") from exc
        if not isinstance(data, dict):
            raise BodyError("the body must be a JSON object")
        return data


class _CappedStream:
    """A request stream that refuses to yield more than ``limit`` bytes."""

    def __init__(self, stream: Any, limit: int) -> None:
        self._stream, self._limit, self._seen = stream, limit, 0

    def _count(self, data: bytes) -> bytes:
        self._seen += len(data)
        if self._seen > self._limit:
            raise RequestDataTooBig(f"the body is larger than {self._limit} bytes")
        return data

    def read(self, size: int = -1) -> bytes:
        # Never ask for more than one byte past the limit, whatever the caller asked for.
        room = self._limit - self._seen + 1
        return self._count(self._stream.read(room if size is None or size < 0 else min(size, room)))

    def readline(self, size: int = -1) -> bytes:
        room = self._limit - self._seen + 1
        return self._count(self._stream.readline(room if size is None or size < 0 else min(size, room)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)  # close() and the like, unchanged


def body_limit(request: HttpRequest) -> int:
    """JSON bodies are small; uploads (multipart) may be as large as the image limits allow."""
    if request.content_type == "multipart/form-data":
        from safepost.engine.images.types import MAX_FILE_BYTES

        return MAX_FILE_BYTES
    return MAX_JSON_BYTES


def cap_request_body(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Refuse a body over its limit before anything reads it (installed on every operation).

    Django's DATA_UPLOAD_MAX_MEMORY_SIZE only guards ``request.body`` and form parsing, and only
    by the declared length, so the limit is checked here against Content-Length and enforced on
    the stream itself."""

    @wraps(run)
    def capped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        limit = body_limit(request)
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return problem(400, "Content-Length must be a number of bytes")
        if declared > limit:
            return problem(413, f"the body is larger than {limit // 1024} KB")
        # Django's own attribute: the only hook through which every reader of the body passes.
        request._stream = _CappedStream(request._stream, limit)  # type: ignore[assignment]
        return run(request, *args, **kwargs)

    return capped


# --- strict strings derived from the models -----------------------------------------------------

def _clean(value: str) -> str:
    # PostgreSQL refuses NUL in text and cannot encode lone surrogates (JSON's "\\ud800"):
    # both would be a DataError, so they are refused here with the field named.
    if "\x00" in value:
        raise PydanticCustomError("nul_character", "must not contain the NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise PydanticCustomError("surrogate", "must be valid Unicode text (a lone surrogate at {at})",
                                  {"at": exc.start}) from exc
    return value


@dataclass(frozen=True)
class Text:
    """A string that PostgreSQL will store: no NUL, no lone surrogates, and within the lengths given.

    Use as ``Annotated[str, Text(max_length=...)]``."""

    max_length: int | None = None
    min_length: int = 0

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        inner = core_schema.str_schema(strict=True, min_length=self.min_length, max_length=self.max_length)
        return core_schema.no_info_after_validator_function(_clean, inner)


class OneOf:
    """One of the given values, e.g. some members of a TextChoices, listed by value in errors and
    in the OpenAPI description. Use as ``Annotated[str, OneOf(Change.GIVEN, Change.REFUSED)]``."""

    def __init__(self, *values: str) -> None:
        self.values = [str(v) for v in values]  # a TextChoices member's str() is its value

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.literal_schema(self.values)


@dataclass(frozen=True)
class FromModel:
    """The model field's own limits: its choices (as an enum), its max_length, and blank=False
    meaning "required, not empty". Use as ``Annotated[str, FromModel(Application, "platform")]``
    so the schema can never drift from the model."""

    model: type[models.Model]
    name: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        field = self.model._meta.get_field(self.name)
        if getattr(field, "choices", None):
            values = [value for value, _label in field.flatchoices]  # type: ignore[union-attr]
            return OneOf(*values).__get_pydantic_core_schema__(source, handler)
        text = Text(max_length=getattr(field, "max_length", None), min_length=0 if field.blank else 1)  # type: ignore[union-attr]
        return text.__get_pydantic_core_schema__(source, handler)


# --- errors ---------------------------------------------------------------------------------------

#: Exceptions an action raises for a request the rules refuse, and the status each becomes.
#: The message of the exception is the ``error`` of the response. A new app adds its own here.
ERROR_STATUS: dict[type[Exception], int] = {}


class FieldError(Exception):
    """A field that passed its schema but does not make sense here (e.g. a staff_id of another school)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def register_errors(statuses: dict[type[Exception], int]) -> None:
    """Map an app's refusal exceptions to API statuses (e.g. ``{InvalidTransition: 409}``)."""
    ERROR_STATUS.update(statuses)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    # ninja prefixes where the value came from ("body", the parameter's name) or ("path", ...).
    if parts[:1] == ["body"]:
        parts = parts[2:]
    elif parts[:1] in (["path"], ["query"], ["form"], ["file"]):
        parts = parts[1:]
    return ".".join(parts)


def _validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    first: dict[str, Any] = dict(exc.errors[0]) if exc.errors else {"loc": (), "msg": "invalid request"}
    field = _field(first.get("loc", ()))
    message = str(first.get("msg", "invalid value"))
    if not field and first.get("type") in {"missing", "model_attributes_type", "dict_type"}:
        message = "send a JSON object as the body"
    elif first.get("type") == "missing":
        message = "is required"
    return problem(400, message, field or None)


def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # ninja wraps a parser failure in HttpError(400, "Cannot parse request body"): say what it was.
    cause = exc.__cause__
    if isinstance(cause, BodyError):
        return problem(400, str(cause))
    if isinstance(cause, RequestDataTooBig):
        return _too_big(request, cause)
    return problem(exc.status_code, str(exc))


def _too_big(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(413, str(exc) or "the body is too large")


def _data_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    # The schemas keep values within the columns' limits; this is the last guard, never a 500.
    return problem(400, "a value does not fit what the database stores")


def _field_error(request: HttpRequest, exc: FieldError) -> HttpResponse:
    return problem(400, str(exc), exc.field)


def _refusal(request: HttpRequest, exc: Exception) -> HttpResponse:
    # Looked up when the error happens, so an app may register its errors at any time.
    status = next((code for kind, code in ERROR_STATUS.items() if isinstance(exc, kind)), None)
    if status is None:
        raise exc  # a bug, not a refusal: Django's 500 page and the error log, as everywhere else
    return problem(status, str(exc))


def install_error_handlers(api: Any) -> None:
    """Every error of the API in the shape of :class:`ErrorOut`."""
    api.add_exception_handler(Http404, lambda request, exc: problem(404, "not found"))
    # A member refused within their own school: the API's contract stays one 404 for both.
    api.add_exception_handler(Refused, lambda request, exc: problem(404, "not found"))
    api.add_exception_handler(ValidationError, _validation_error)
    api.add_exception_handler(HttpError, _http_error)
    api.add_exception_handler(RequestDataTooBig, _too_big)
    api.add_exception_handler(DataError, _data_error)
    api.add_exception_handler(FieldError, _field_error)
    api.add_exception_handler(Exception, _refusal)


#: The statuses every operation may answer with an :class:`ErrorOut`, added to the OpenAPI description.
ERROR_RESPONSES = {
    400: "The request is malformed or a field is invalid (`field` names it)",
    401: "No token, or an unknown or revoked one",
    404: "No such row, or one you may not see",
    409: "The change is not allowed from the row's current state",
    413: "The body is larger than the limit",
}
