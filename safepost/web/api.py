"""The JSON API, mounted at ``/api/v1/``: one django-ninja API made of each app's router.

Every operation is authenticated by a bearer token (``Authorization: Bearer sp_...``), answers
errors as ``{"error": ..., "field": ...}``, refuses oversized bodies before reading them, and is
described by the generated OpenAPI document at ``/api/v1/openapi.json`` (browse it at
``/api/v1/docs``). To add an app's endpoints, add its router to :data:`ROUTERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import URLPattern, URLResolver, re_path
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI

from safepost.web.apitools import (
    ERROR_RESPONSES,
    BearerToken,
    ErrorOut,
    JsonParser,
    cap_request_body,
    install_error_handlers,
    problem,
)

#: Every app's router, by import path, mounted at the API's root (their paths begin
#: ``/schools/{school}/...``). Adding an app's API is one line here.
ROUTERS: list[str] = [
    "safepost.schools.api.router",
    "safepost.accounts.api.router",
    "safepost.consent.api.router",
    "safepost.policies.api.router",
    "safepost.posts.api.router",
    "safepost.inbox.api.router",
    "safepost.reports.api.router",
    "safepost.compliance.api.router",
    "safepost.safeguarding.api.router",
]

_DESCRIPTION = (
    "Schools, official-account applications, consent and draft checks. "
    "Authenticate with `Authorization: Bearer <token>` (create one under Sign-in > API tokens). "
    "A row you may not see and a row that does not exist both give 404. "
    "Every error is `{\"error\": \"what is wrong\", \"field\": \"which field\"}` (`field` when one is to blame). "
    "JSON bodies are limited to 1 MB."
)


class SafepostAPI(NinjaAPI):
    """NinjaAPI whose OpenAPI description lists the shared error responses on every operation."""

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(*args, **kwargs)
        schema["components"].setdefault("schemas", {})["Error"] = ErrorOut.model_json_schema()
        for operations in schema["paths"].values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, description in ERROR_RESPONSES.items():
                    responses.setdefault(status, {"description": description, "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
        return schema


api = SafepostAPI(
    title="safepost",
    version="1",
    description=_DESCRIPTION,
    auth=BearerToken(),
    parser=JsonParser(),
    urls_namespace="api",
)
install_error_handlers(api)
api.add_decorator(cap_request_body, mode="view")
for _router in ROUTERS:
    api.add_router("", _router)



def _json_not_allowed(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """ninja answers a wrong method with a plain-text 405: give it the API's error shape."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            allowed = response["Allow"]
            response = problem(405, f"use {allowed}")
            response["Allow"] = allowed
        return response

    return wrapper


@csrf_exempt  # no cookies: an unknown path answers 404 whatever the method
def _unknown_path(request: HttpRequest, rest: str = "") -> HttpResponse:
    return problem(404, "not found")


def _api_urls() -> tuple[list[URLPattern | URLResolver], str, str]:
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            pattern.callback = _json_not_allowed(pattern.callback)
    return [*patterns, re_path(r"^(?P<rest>.*)$", _unknown_path)], app_name, namespace


urls = _api_urls()
