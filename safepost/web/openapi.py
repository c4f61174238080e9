"""The OpenAPI 3.1 description of the JSON API (validated in the tests)."""

from __future__ import annotations

from typing import Any

_error = {"$ref": "#/components/responses/Error"}
_slug = {"name": "school", "in": "path", "required": True, "schema": {"type": "string"}}
_pk = {"name": "pk", "in": "path", "required": True, "schema": {"type": "integer"}}


def _op(summary: str, params: list[dict[str, Any]], ok: str = "200", body: str | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {
        "summary": summary,
        "parameters": params,
        "responses": {ok: {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}},
                      "400": _error, "401": _error, "404": _error},
    }
    if body:
        op["requestBody"] = {"required": True, "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{body}"}}}}
    return op


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "safepost", "version": "1",
             "description": "Schools, official-account applications, consent and draft checks. "
                            "Authenticate with `Authorization: Bearer <token>` (create one under Sign-in > API tokens). "
                            "A row you may not see and a row that does not exist both give 404."},
    "servers": [{"url": "/api/v1"}],
    "security": [{"bearer": []}],
    "paths": {
        "/schools": {"get": _op("Schools you belong to (with your role) or administer for your organisation", [])},
        "/schools/{school}/applications": {
            "get": _op("Account applications", [_slug]),
            "post": _op("Apply for an official account", [_slug], "201", "ApplicationInput"),
        },
        "/schools/{school}/applications/{pk}/decision": {
            "post": _op("Approve or reject an application (senior leadership)", [_slug, _pk], body="Decision"),
        },
        "/schools/{school}/accounts": {"get": _op("The registry of official accounts", [_slug])},
        "/schools/{school}/check": {"post": _op("Check a draft post against the school's policy", [_slug],
                                                body="DraftInput")},
        "/schools/{school}/pupils/{pk}/consent": {
            "post": _op("Record, refuse or withdraw consent for one channel", [_slug, _pk], "201", "ConsentInput"),
        },
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "responses": {"Error": {"description": "What is wrong, and which field", "content": {"application/json": {
            "schema": {"type": "object", "required": ["error"],
                       "properties": {"error": {"type": "string"}, "field": {"type": "string"}}}}}}},
        "schemas": {
            "ApplicationInput": {"type": "object",
                                 "required": ["platform", "name", "aim", "audience", "promotion", "visibility",
                                              "lead", "runners"],
                                 "properties": {
                                     "platform": {"type": "string"}, "name": {"type": "string"},
                                     "aim": {"type": "string"}, "audience": {"type": "string"},
                                     "promotion": {"type": "string"},
                                     "visibility": {"type": "string", "enum": ["open", "closed"]},
                                     "lead": {"type": "string", "description": "staff_id"},
                                     "runners": {"type": "array", "items": {"type": "string"}, "minItems": 2}}},
            "Decision": {"type": "object", "required": ["decision"],
                         "properties": {"decision": {"type": "string", "enum": ["approve", "reject"]},
                                        "reason": {"type": "string"}}},
            "DraftInput": {"type": "object", "required": ["text"],
                           "properties": {"text": {"type": "string"}, "channel": {"type": "string"},
                                          "id": {"type": "string"}}},
            "ConsentInput": {"type": "object", "required": ["channel", "decision", "evidence"],
                             "properties": {"channel": {"type": "string",
                                                        "enum": ["social_media", "website", "class_platform"]},
                                            "decision": {"type": "string", "enum": ["given", "refused", "withdrawn"]},
                                            "evidence": {"type": "string"}}},
        },
    },
}
