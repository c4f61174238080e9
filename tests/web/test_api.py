"""The JSON API: tokens, the same permissions, and a valid OpenAPI description."""

from __future__ import annotations

import json

from django.test import Client
from django.urls import reverse
from openapi_spec_validator import validate

from safepost.schools.models import Role
from safepost.signin.actions import do_create_token
from tests.web.conftest import World


def api(token: str | None, method: str, path: str, body: object = None) -> tuple[int, dict[str, object]]:
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)("/api/v1" + path, data=json.dumps(body) if body is not None else None,
                                       content_type="application/json", **headers)
    return response.status_code, response.json()


def test_it_publishes_a_valid_openapi_description() -> None:
    spec = Client().get(reverse("api:openapi-json")).json()
    validate(spec)
    assert "/api/v1/schools/{school}/applications" in spec["paths"]


def test_it_refuses_requests_without_a_token(world: World) -> None:
    assert api(None, "get", "/schools")[0] == 401
    assert api("sp_wrong", "get", "/schools")[0] == 401


def test_it_runs_an_application_through_the_api(world: World) -> None:
    staff_token = do_create_token(world.users[Role.STAFF], "test")
    head_token = do_create_token(world.users[Role.HEADTEACHER], "test")
    status, body = api(staff_token, "post", "/schools/alpha/applications", {
        "platform": "x", "name": "Alpha news", "aim": "News", "audience": "Parents", "promotion": "Letters",
        "visibility": "open", "lead": world.staff[0].staff_id, "runners": [s.staff_id for s in world.staff[:2]]})
    assert status == 201 and body["status"] == "submitted"
    assert api(staff_token, "post", f"/schools/alpha/applications/{body['id']}/decision", {"decision": "approve"})[0] == 404
    status, decided = api(head_token, "post", f"/schools/alpha/applications/{body['id']}/decision",
                          {"decision": "approve", "reason": "ok"})
    assert status == 200 and decided["status"] == "approved"


def test_it_names_the_bad_field(world: World) -> None:
    token = do_create_token(world.users[Role.STAFF], "test")
    status, body = api(token, "post", "/schools/alpha/applications", {"platform": "x"})
    assert status == 400 and body["field"] == "name"


def test_it_hides_other_schools(world: World) -> None:
    token = do_create_token(world.outsider, "test")
    assert api(token, "get", "/schools/alpha/accounts") == (404, {"error": "not found"})
    assert api(token, "get", "/schools/beta/accounts")[0] == 200


def test_it_checks_a_draft_and_records_consent(world: World) -> None:
    token = do_create_token(world.users[Role.HEADTEACHER], "test")
    status, report = api(token, "post", "/schools/alpha/check", {"text": "Well done Barnaby Quillfeather!"})
    assert status == 200 and report["verdict"] == "block"
    status, event = api(token, "post", f"/schools/alpha/pupils/{world.pupils[0].pk}/consent",
                        {"channel": "social_media", "decision": "withdrawn", "evidence": "letter"})
    assert status == 201 and event["change"] == "withdrawn"


def test_it_serves_the_api_docs_page_without_a_cdn() -> None:
    response = Client().get("/api/v1/docs")
    page = response.content.decode()
    assert response.status_code == 200 and "swagger" in page.lower()
    assert "cdn." not in page and "unpkg" not in page
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert Client().get("/static/ninja/swagger-ui-bundle.js").status_code == 200


def test_it_describes_the_error_shape_for_every_operation() -> None:
    spec = Client().get(reverse("api:openapi-json")).json()
    assert spec["components"]["schemas"]["Error"]["required"] == ["error"]
    for methods in spec["paths"].values():
        for operation in methods.values():
            assert {"400", "401", "404", "413"} <= set(operation["responses"])
            assert operation["security"] == [{"BearerToken": []}]


def test_it_answers_a_wrong_method_and_an_unknown_path_in_the_error_shape(world: World) -> None:
    token = do_create_token(world.users[Role.HEADTEACHER], "test")
    status, body = api(token, "get", "/schools/alpha/check")
    assert status == 405 and "POST" in str(body["error"])
    assert api(token, "post", "/schools/alpha/nothing-here", {}) == (404, {"error": "not found"})


def test_it_answers_the_engines_report_unchanged(world: World) -> None:
    from safepost.engine import Draft, check
    from safepost.policies.bridge import engine_for

    token = do_create_token(world.users[Role.HEADTEACHER], "test")
    text = "Well done Barnaby Quillfeather! Ring 07700 900123."
    status, report = api(token, "post", "/schools/alpha/check", {"text": text, "id": "d1"})
    context, policy, _note = engine_for(world.school)
    assert status == 200 and report == check(Draft(id="d1", text=text), context, policy).to_dict()
    assert len(report["findings"]) >= 2  # type: ignore[arg-type]
