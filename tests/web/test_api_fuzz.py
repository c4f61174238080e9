"""Every operation in the generated OpenAPI description, fed malformed bodies: never a 500.

The operations are read from the description, so a router mounted later is fuzzed too."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from django.test import Client

from safepost.schools.models import Role
from safepost.signin.actions import do_create_token
from tests.web.conftest import World
from tests.web.test_api_input import application, post

RAW_BODIES = [b"", b"null", b"[]", b"{", b"\xff\xfe{}", b"[" * 100_000, b'{"a": ' * 5_000, b"1e999999",
              b'"\\ud800"', b"{" + b",".join(b'"k%d": 1' % i for i in range(5_000)) + b"}", b"\x00"]
BAD_VALUES: list[object] = [None, 0, 1.5, True, [], {}, ["x"], {"x": "y"}, "", "x" * 100_000, "a\x00b", "\ud800",
                            -(2**70)]


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def body_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    ref = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" not in ref:
        return None
    schema: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return schema


def example(prop: dict[str, Any]) -> object:
    """A plausible value for a property, so that one bad field at a time reaches the code."""
    if "enum" in prop:
        return prop["enum"][0]
    kind = prop.get("type") or next((p.get("type") for p in prop.get("anyOf", []) if p.get("type") != "null"), None)
    return {"string": "x", "integer": 1, "number": 1, "boolean": True, "array": ["x", "y"]}.get(str(kind), {})


def mutations(schema: dict[str, Any]) -> Iterator[bytes]:
    props: dict[str, Any] = schema.get("properties", {})
    valid = {name: example(prop) for name, prop in props.items()}
    yield json.dumps(valid).encode()
    for name in props:
        yield json.dumps({k: v for k, v in valid.items() if k != name}).encode()
        for bad in BAD_VALUES:
            yield json.dumps(valid | {name: bad}).encode()
            yield json.dumps(valid | {name: [bad]}).encode()


def concrete(path: str, ids: dict[str, int]) -> str:
    """Fill path parameters: the school, and for ``{pk}`` a real row of the collection named before it."""
    path = path.replace("{school}", "alpha")
    return re.sub(r"([a-z_]+)/\{pk\}", lambda m: f"{m.group(1)}/{ids.get(m.group(1), 1)}", path)


def test_it_never_answers_500_to_malformed_bodies(world: World) -> None:
    token = do_create_token(world.users[Role.HEADTEACHER], "fuzz")
    status, created = post(token, "/schools/alpha/applications", application(world))
    assert status == 201
    ids = {"applications": int(str(created["id"])), "pupils": world.pupils[0].pk}
    client = Client(raise_request_exception=False)
    spec = client.get("/api/v1/openapi.json").json()
    base = (spec.get("servers") or [{"url": ""}])[0]["url"].rstrip("/")  # paths may be relative to a server
    tried = 0
    for path, method, operation in operations(spec):
        schema = body_schema(spec, operation)
        bodies = [*RAW_BODIES, *(mutations(schema) if schema else [])]
        for raw in bodies:
            response = client.generic(method.upper(), base + concrete(path, ids), data=raw, content_type="application/json",
                                      HTTP_AUTHORIZATION=f"Bearer {token}")
            assert response.status_code < 500, (method, path, raw[:200], response.content[:300])
            if response.status_code >= 400:
                assert set(response.json()) <= {"error", "field"} and response.json()["error"], (path, raw[:200])
            tried += 1
    assert tried > 300
