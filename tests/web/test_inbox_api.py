"""The inbox over the API (needs the django-ninja API of the `api` branch: ROUTERS mounts
``safepost.inbox.api.router``): the same access and actions as the pages."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from django.test import Client

from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import Comment
from safepost.schools.models import Role
from tests.web.conftest import World
from tests.web.inbox_support import make_account, remote

apitools = pytest.importorskip("safepost.web.apitools", reason="the django-ninja API (branch api) is not merged yet")


def api(token: str, method: str, path: str, body: object = None) -> tuple[int, dict[str, object]]:
    response = getattr(Client(), method)("/api/v1" + path, data=json.dumps(body) if body is not None else None,
                                         content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    return response.status_code, response.json()


@pytest.fixture
def tokens(world: World) -> dict[Role, str]:
    from safepost.signin.actions import do_create_token

    do_ingest_comments(make_account(world), [
        remote("q", "When is the Christmas fair?", datetime(2026, 11, 30, 9, tzinfo=UTC)),
        remote("t", "I will hurt the head teacher, I know where she lives", datetime(2026, 11, 30, 9, tzinfo=UTC))])
    return {role: do_create_token(world.users[role], "t") for role in (Role.ADMINISTRATOR, Role.GOVERNOR)}


def test_it_lists_the_queue_most_urgent_first(world: World, tokens: dict[Role, str]) -> None:
    status, body = api(tokens[Role.ADMINISTRATOR], "get", "/schools/alpha/inbox")
    assert status == 200 and body["total"] == 2
    assert [c["category"] for c in body["comments"]] == ["threat", "question"]  # type: ignore[index]
    assert api(tokens[Role.GOVERNOR], "get", "/schools/alpha/inbox")[0] == 404
    assert api(tokens[Role.ADMINISTRATOR], "get", "/schools/alpha/inbox?limit=0")[1]["field"] == "limit"


def test_it_acts_and_refuses_in_words(world: World, tokens: dict[Role, str]) -> None:
    question = Comment.objects.get(remote_id="q")
    token = tokens[Role.ADMINISTRATOR]
    status, body = api(token, "post", f"/schools/alpha/inbox/{question.pk}/actions",
                       {"action": "reply", "text": "It is on Friday at 3pm."})
    assert status == 200 and body["by_hand"] is True and body["comment"]["status"] == "handled"  # type: ignore[index]
    assert api(token, "post", f"/schools/alpha/inbox/{question.pk}/actions", {"action": "handled"})[0] == 409
    status, body = api(token, "post", f"/schools/alpha/inbox/{question.pk}/actions",
                       {"action": "police", "agency": "police"})
    assert status == 400 and "reference" in str(body["error"])
    assert api(token, "post", f"/schools/alpha/inbox/{question.pk}/actions", {"action": "explode"})[0] == 400
    status, report = api(tokens[Role.GOVERNOR], "get", "/schools/alpha/inbox-report?month=2026-11")
    assert status == 200 and report["accounts"][0]["volume"] == 2  # type: ignore[index]
