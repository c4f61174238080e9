"""Posts over the API: create, edit, schedule, submit, approve / send back / reject, publish
status and queues, with the same rules as the pages (the author never approves their own post).

The router follows the django-ninja convention of ``safepost.web.api`` (bearer auth, one error
shape). When that API already mounts ``safepost.posts.api.router`` the test uses it; otherwise it
mounts the router on an API built the same way, at the same address.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import include, path
from django.utils import timezone

from safepost.posts.models import Approval, Post
from safepost.posts.states import PostStatus
from safepost.schools.models import Role
from safepost.signin.actions import do_create_token
from tests.web.conftest import World
from tests.web.posts_fixtures import answers, make_account

apitools = pytest.importorskip("safepost.web.apitools", reason="the django-ninja API (branch api) is not merged yet")


def _mounted() -> bool:
    try:
        from safepost.web import api as web_api
    except ImportError:
        return False
    return "safepost.posts.api.router" in getattr(web_api, "ROUTERS", [])


def _urlpatterns() -> list[Any]:
    """The posts router on an API made the way ``safepost.web.api`` makes it."""
    from ninja import NinjaAPI

    from safepost.posts.api import router

    api = NinjaAPI(title="safepost posts (test)", version="test", auth=apitools.BearerToken(),
                   parser=apitools.JsonParser(), urls_namespace="posts-api-test")
    apitools.install_error_handlers(api)
    api.add_router("", router)
    return [path("api/v1/", api.urls), path("", include("safepost.web.urls"))]


urlpatterns = [] if _mounted() else _urlpatterns()
pytestmark = [] if _mounted() else [pytest.mark.urls(__name__)]


def call(token: str, method: str, path_: str, body: object = None) -> tuple[int, Any]:
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)("/api/v1" + path_, data=json.dumps(body) if body is not None else None,
                                       content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    return response.status_code, response.json()


def tokens(world: World) -> dict[Role, str]:
    return {role: do_create_token(world.users[role], "test") for role in (Role.STAFF, Role.ADMINISTRATOR,
                                                                        Role.HEADTEACHER, Role.GOVERNOR)}


def draft(world: World, account_id: int, **extra: Any) -> dict[str, Any]:
    return {"text": "Year 4 visited the library.", "accounts": [account_id], "answers": answers(world), **extra}


def test_it_runs_a_post_from_draft_to_approved(world: World) -> None:
    account = make_account(world)
    t = tokens(world)
    status, created = call(t[Role.STAFF], "post", "/schools/alpha/posts", draft(world, account.pk))
    assert status == 201 and created["status"] == "draft" and created["latest"]["number"] == 1
    pk = created["id"]
    status, edited = call(t[Role.STAFF], "put", f"/schools/alpha/posts/{pk}",
                          draft(world, account.pk, text="Year 4 visited the town library."))
    assert status == 200 and edited["latest"]["number"] == 2
    when = (timezone.now() + timedelta(days=2)).replace(microsecond=0)
    status, scheduled = call(t[Role.STAFF], "post", f"/schools/alpha/posts/{pk}/schedule",
                             {"scheduled_for": when.isoformat()})
    assert status == 200 and scheduled["latest"]["number"] == 3
    status, submitted = call(t[Role.STAFF], "post", f"/schools/alpha/posts/{pk}/submit")
    assert status == 200 and submitted["status"] == "submitted" and submitted["approvals_missing"] == ["moderator"]
    status, waiting = call(t[Role.ADMINISTRATOR], "get", "/schools/alpha/posts?queue_name=waiting")
    assert status == 200 and [p["id"] for p in waiting["posts"]] == [pk]
    status, approved = call(t[Role.ADMINISTRATOR], "post", f"/schools/alpha/posts/{pk}/decision",
                            {"decision": "approve", "revision": submitted["latest"]["id"]})
    assert status == 200 and approved["status"] == "approved" and approved["approvals_missing"] == []
    assert [p["status"] for p in approved["publications"]] == ["pending"]  # publish status
    assert approved["latest"]["approvals"][0]["decided_by"] == "administrator-user"


def test_it_never_lets_the_author_approve_their_own_post_by_the_api(world: World) -> None:
    account = make_account(world)
    token = do_create_token(world.users[Role.ADMINISTRATOR], "test")  # a moderator who writes a post
    _, created = call(token, "post", "/schools/alpha/posts", draft(world, account.pk))
    call(token, "post", f"/schools/alpha/posts/{created['id']}/submit")
    status, body = call(token, "post", f"/schools/alpha/posts/{created['id']}/decision", {"decision": "approve"})
    assert status == 400 and "own post" in body["error"]
    assert not Approval.objects.exists() and Post.objects.get().status == PostStatus.SUBMITTED


def test_it_sends_back_with_a_comment_and_rejects(world: World) -> None:
    account = make_account(world)
    t = tokens(world)
    _, created = call(t[Role.STAFF], "post", "/schools/alpha/posts", draft(world, account.pk))
    pk = created["id"]
    call(t[Role.STAFF], "post", f"/schools/alpha/posts/{pk}/submit")
    status, body = call(t[Role.ADMINISTRATOR], "post", f"/schools/alpha/posts/{pk}/decision", {"decision": "send_back"})
    assert status == 400 and body["field"] == "comment"
    status, back = call(t[Role.ADMINISTRATOR], "post", f"/schools/alpha/posts/{pk}/decision",
                        {"decision": "send_back", "comment": "Which library?"})
    assert status == 200 and back["status"] == "changes_requested"
    call(t[Role.STAFF], "post", f"/schools/alpha/posts/{pk}/submit")
    status, rejected = call(t[Role.HEADTEACHER], "post", f"/schools/alpha/posts/{pk}/decision",
                            {"decision": "reject", "comment": "Not for the public page."})
    assert status == 200 and rejected["status"] == "rejected"


def test_it_names_the_field_it_refuses(world: World) -> None:
    account = make_account(world)
    token = do_create_token(world.users[Role.STAFF], "test")
    status, body = call(token, "post", "/schools/alpha/posts", {"text": 5})
    assert status == 400 and body["field"] == "text"
    status, body = call(token, "post", "/schools/alpha/posts", draft(world, account.pk, pupils=["NOPE1"]))
    assert status == 400 and body["field"] == "pupils" and "NOPE1" in body["error"]
    status, body = call(token, "post", "/schools/alpha/posts",
                        draft(world, account.pk, scheduled_for="2030-01-01T09:00:00"))
    assert status == 400 and body["field"] == "scheduled_for"
    past = (timezone.now() - timedelta(hours=1)).isoformat()
    _, created = call(token, "post", "/schools/alpha/posts", draft(world, account.pk, scheduled_for=past))
    status, body = call(token, "post", f"/schools/alpha/posts/{created['id']}/submit")
    assert status == 400 and body["field"] == "scheduled_for" and "passed" in body["error"]


def test_it_applies_the_permissions_and_hides_other_schools(world: World) -> None:
    account = make_account(world)
    t = tokens(world)
    _, created = call(t[Role.STAFF], "post", "/schools/alpha/posts", draft(world, account.pk))
    assert call(t[Role.GOVERNOR], "get", f"/schools/alpha/posts/{created['id']}")[0] == 200
    assert call(t[Role.GOVERNOR], "post", "/schools/alpha/posts", draft(world, account.pk))[0] == 404
    outsider = do_create_token(world.outsider, "test")
    assert call(outsider, "get", f"/schools/alpha/posts/{created['id']}") == (404, {"error": "not found"})
    assert call(outsider, "get", f"/schools/beta/posts/{created['id']}") == (404, {"error": "not found"})
