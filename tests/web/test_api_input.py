"""Malformed input to the API: always a 4xx naming what is wrong, never a 500 (issue 8, items 4 and 5)."""

from __future__ import annotations

import io
import json

import pytest
from django.test import Client
from django.urls import resolve

from safepost.accounts.models import Application, Platform, Visibility
from safepost.schools.models import Role
from safepost.signin.actions import do_create_token
from tests.web.conftest import World

MB = 1024 * 1024


def send(token: str, method: str, path: str, raw: bytes, content_type: str = "application/json"
         ) -> tuple[int, dict[str, object]]:
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)("/api/v1" + path, data=raw, content_type=content_type,
                                       HTTP_AUTHORIZATION=f"Bearer {token}")
    return response.status_code, response.json()


def post(token: str, path: str, body: object) -> tuple[int, dict[str, object]]:
    return send(token, "post", path, json.dumps(body).encode())


def application(world: World, **changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "platform": "x", "name": "Alpha news", "aim": "News", "audience": "Parents", "promotion": "Letters",
        "visibility": "open", "lead": world.staff[0].staff_id, "runners": [s.staff_id for s in world.staff[:2]]}
    return body | changes


@pytest.fixture
def head(world: World) -> str:
    return do_create_token(world.users[Role.HEADTEACHER], "test")


@pytest.fixture
def submitted(world: World, head: str) -> int:
    status, body = post(head, "/schools/alpha/applications", application(world))
    assert status == 201
    return int(str(body["id"]))


def test_it_names_the_field_when_a_list_replaces_a_string(world: World, head: str, submitted: int) -> None:
    status, body = post(head, f"/schools/alpha/applications/{submitted}/decision", {"decision": ["approve"]})
    assert status == 400 and body["field"] == "decision" and body["error"]
    assert Application.objects.get(pk=submitted).status == "submitted"


def test_it_refuses_a_body_that_is_not_utf8(world: World, head: str) -> None:
    status, body = send(head, "post", "/schools/alpha/check", b'{"text": "caf\xe9"}')
    assert status == 400 and "UTF-8" in str(body["error"])


def test_it_refuses_json_nested_too_deeply(world: World, head: str) -> None:
    status, body = send(head, "post", "/schools/alpha/check", b"[" * 100_000)
    assert status == 400 and "nested" in str(body["error"])


def test_it_says_where_the_json_is_broken(world: World, head: str) -> None:
    status, body = send(head, "post", "/schools/alpha/check", b'{"text": "hi",\n "id": }')
    assert status == 400 and "line 2" in str(body["error"])


@pytest.mark.parametrize("bad", [{"text": 5}, {"text": "hi", "channel": ["x"]}, {"text": "hi", "channel": "myspace"},
                                 {"text": "hi", "id": {"a": 1}}, {"text": None}, {}, ["text"], "text"])
def test_it_refuses_wrong_types_in_check(world: World, head: str, bad: object) -> None:
    status, body = post(head, "/schools/alpha/check", bad)
    assert status == 400 and body["error"]


def test_it_caps_check_text_at_the_forms_limit(world: World, head: str) -> None:
    from safepost.policies.forms import DraftForm

    limit = DraftForm().fields["text"].max_length
    assert limit is not None
    assert post(head, "/schools/alpha/check", {"text": "a " * (limit // 2)})[0] == 200
    status, body = post(head, "/schools/alpha/check", {"text": "a" * (limit + 1)})
    assert status == 400 and body["field"] == "text" and str(limit) in str(body["error"])


def test_it_refuses_a_json_body_over_one_megabyte_before_reading_it(world: World, head: str) -> None:
    status, body = post(head, "/schools/alpha/check", {"text": "a" * (MB + 10)})
    assert status == 413 and "body" in str(body["error"])
    # Above Django's own DATA_UPLOAD_MAX_MEMORY_SIZE too: still 413 in the API's shape, not a 500 or 400.
    status, body = post(head, "/schools/alpha/check", {"text": "a" * (6 * MB)})
    assert status == 413 and body["error"]


def test_it_guards_the_stream_when_the_length_is_not_declared(world: World, head: str) -> None:
    """A body arriving without Content-Length (chunked) is cut off at the limit while it is read."""
    from django.test import RequestFactory

    request = RequestFactory().post("/api/v1/schools/alpha/check", data=b"", content_type="application/json",
                                    HTTP_AUTHORIZATION=f"Bearer {head}")
    request.META.pop("CONTENT_LENGTH", None)
    request._stream = io.BytesIO(json.dumps({"text": "a" * (2 * MB)}).encode())  # type: ignore[attr-defined]
    match = resolve("/api/v1/schools/alpha/check")
    response = match.func(request, **match.kwargs)
    assert response.status_code == 413 and "error" in json.loads(response.content)


def test_it_refuses_an_unknown_platform_and_visibility(world: World, head: str) -> None:
    status, body = post(head, "/schools/alpha/applications", application(world, platform="myspace"))
    assert status == 400 and body["field"] == "platform"
    assert all(value in str(body["error"]) for value in Platform.values)
    status, body = post(head, "/schools/alpha/applications", application(world, visibility="secret"))
    assert status == 400 and body["field"] == "visibility"
    assert all(value in str(body["error"]) for value in Visibility.values)
    assert not Application.objects.exists()


def test_it_keeps_values_within_the_models_limits(world: World, head: str) -> None:
    name_max = Application._meta.get_field("name").max_length
    assert name_max is not None
    status, body = post(head, "/schools/alpha/applications", application(world, name="n" * (name_max + 1)))
    assert status == 400 and body["field"] == "name"
    status, body = post(head, "/schools/alpha/applications", application(world, lead="S" * 51))
    assert status == 400 and body["field"] == "lead"
    status, body = post(head, "/schools/alpha/applications", application(world, name=""))
    assert status == 400 and body["field"] == "name"
    assert not Application.objects.exists()


@pytest.mark.parametrize("value", ["Alpha\x00news", "Alpha \ud800 news"])
def test_it_refuses_text_the_database_cannot_store(world: World, head: str, value: str) -> None:
    """NUL and lone surrogates: a DataError (500) on PostgreSQL unless refused first."""
    status, body = post(head, "/schools/alpha/applications", application(world, name=value))
    assert status == 400 and body["field"] == "name"
    status, body = post(head, f"/schools/alpha/pupils/{world.pupils[0].pk}/consent",
                        {"channel": "website", "decision": "given", "evidence": value})
    assert status == 400 and body["field"] == "evidence"


def test_it_refuses_consent_evidence_longer_than_its_column(world: World, head: str) -> None:
    status, body = post(head, f"/schools/alpha/pupils/{world.pupils[0].pk}/consent",
                        {"channel": "website", "decision": "given", "evidence": "e" * 301})
    assert status == 400 and body["field"] == "evidence"
    status, body = post(head, f"/schools/alpha/pupils/{world.pupils[0].pk}/consent",
                        {"channel": "telepathy", "decision": "given", "evidence": "form"})
    assert status == 400 and body["field"] == "channel"
    status, body = post(head, f"/schools/alpha/pupils/{world.pupils[0].pk}/consent",
                        {"channel": "website", "decision": "imported", "evidence": "form"})
    assert status == 400 and body["field"] == "decision" and "'withdrawn'" in str(body["error"])


def test_it_names_a_staff_id_of_another_school(world: World, head: str) -> None:
    status, body = post(head, "/schools/alpha/applications", application(world, runners=["BES1", "BES2"]))
    assert status == 400 and body["field"] == "runners"


def test_it_answers_409_for_a_decision_the_state_does_not_allow(world: World, head: str, submitted: int) -> None:
    assert post(head, f"/schools/alpha/applications/{submitted}/decision", {"decision": "approve"})[0] == 200
    status, body = post(head, f"/schools/alpha/applications/{submitted}/decision", {"decision": "approve"})
    assert status == 409 and "approved" in str(body["error"])


def test_it_answers_404_for_an_id_out_of_range(world: World, head: str) -> None:
    status, body = post(head, f"/schools/alpha/applications/{2**70}/decision", {"decision": "approve"})
    assert status == 404 and body == {"error": "not found"}


def test_it_trusts_no_declared_length_over_the_limit(world: World, head: str) -> None:
    """Refused on the Content-Length alone: JSON over 1 MB, an upload over the image file limit."""
    from safepost.engine.images.types import MAX_FILE_BYTES

    client = Client()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {head}"}
    response = client.post("/api/v1/schools/alpha/check", data=b'{"text": "hi"}', content_type="application/json",
                           CONTENT_LENGTH=str(MB + 1), **auth)
    assert response.status_code == 413 and response.json()["error"]
    response = client.post("/api/v1/schools/alpha/check", data=b"--x--", content_type="multipart/form-data; boundary=x",
                           CONTENT_LENGTH=str(MAX_FILE_BYTES + 1), **auth)
    assert response.status_code == 413
    response = client.post("/api/v1/schools/alpha/check", data=b"{}", content_type="application/json",
                           CONTENT_LENGTH="lots", **auth)
    assert response.status_code == 400 and "Content-Length" in str(response.json()["error"])
