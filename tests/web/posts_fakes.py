"""Test helpers for posts: a world with accounts and a scripted platform connector.

``ScriptedPlatform`` stands in for a remote platform whose failures (timeouts, 429, 500,
refusals) cannot be provoked on demand from a real server; the exactly-once tests against a
real platform use the local Bluesky PDS (tests/web/test_posts_pds.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import ClassVar

import pytest
from django.utils import timezone

from safepost.accounts import vault
from safepost.accounts.models import Application, OfficialAccount, Platform
from safepost.connectors import (
    Capabilities,
    Connector,
    ConnectorError,
    Health,
    NotSupported,
    OutgoingPost,
    Published,
    RemoteComment,
)
from safepost.posts.actions import DraftInput, do_decide_revision, do_save_draft, do_submit_post
from safepost.posts.models import Post
from safepost.posts.states import Decision
from safepost.schools.models import Membership, Role, School

FAKE = "tests.web.posts_fakes:ScriptedPlatform"


class ScriptedPlatform(Connector):
    """Posts kept in memory, keyed by idempotency key; ``failures`` raised first, in order."""

    platform = "scripted"
    capabilities = Capabilities(publish=True, delete=True, lookup=True)
    posts: ClassVar[dict[str, Published]] = {}
    deleted: ClassVar[list[str]] = []
    failures: ClassVar[list[ConnectorError]] = []
    calls: ClassVar[list[OutgoingPost]] = []
    secrets_seen: ClassVar[list[str]] = []

    @classmethod
    def reset(cls) -> None:
        cls.posts, cls.deleted, cls.failures, cls.calls, cls.secrets_seen = {}, [], [], [], []

    def publish(self, post: OutgoingPost) -> Published:
        type(self).calls.append(post)
        type(self).secrets_seen.append(self.credentials.secret)
        if type(self).failures:
            raise type(self).failures.pop(0)
        found = type(self).posts.get(post.idempotency_key)
        if found is None:
            n = len(type(self).posts) + 1
            found = Published(remote_id=f"remote-{n}", url=f"https://platform.example/p/{n}")
            type(self).posts[post.idempotency_key] = found
        return found

    def find_published(self, idempotency_key: str) -> Published | None:
        return type(self).posts.get(idempotency_key)

    def delete(self, remote_id: str) -> None:
        type(self).deleted.append(remote_id)

    def fetch_comments(self, since: datetime | None, post_remote_ids: Sequence[str]) -> list[RemoteComment]:
        return []

    def reply(self, comment: RemoteComment, text: str, idempotency_key: str) -> Published:
        raise NotSupported("no replies here")

    def hide(self, comment: RemoteComment) -> None:
        raise NotSupported("no hiding here")

    def delete_comment(self, comment: RemoteComment) -> None:
        raise NotSupported("no deleting comments here")

    def health(self) -> Health:
        return Health.OK


def membership(school: School, role: Role) -> Membership:
    return Membership.objects.select_related("school", "user").get(school=school, role=role)


def make_account(school: School, lead_staff: object, recorder: object, platform: str = Platform.BLUESKY,
                 login: dict[str, str] | None = None, name: str = "School news") -> OfficialAccount:
    app = Application.objects.create(school=school, platform=platform, name=name, aim="news", audience="parents",
                                     promotion="newsletter", visibility="open", lead=lead_staff,
                                     requested_by=recorder, status="created")
    account = OfficialAccount.objects.create(school=school, application=app, platform=platform, name=name,
                                             url="https://platform.example/school", handle="school",
                                             about_links_aup=True, lead=lead_staff, recorded_by=recorder)
    if login is not None:
        account.secret = vault.seal(login)
        account.save(update_fields=["secret"])
    return account


def soon(minutes: int = 30) -> datetime:
    return timezone.now() + timedelta(minutes=minutes)


def approved_post(school: School, accounts: Sequence[OfficialAccount], text: str = "A lovely week of learning.",
                  when: datetime | None = None, author: Role = Role.STAFF, approver: Role = Role.ADMINISTRATOR,
                  pupil_ids: tuple[int, ...] = ()) -> Post:
    """A post written by ``author``, submitted and approved by ``approver``."""
    writer = membership(school, author)
    post = do_save_draft(writer, None, DraftInput(text=text, account_ids=tuple(a.pk for a in accounts),
                                                  scheduled_for=when, pupil_ids=pupil_ids))
    post = do_submit_post(writer, post)
    assert post.latest is not None
    do_decide_revision(membership(school, approver), post.latest, Decision.APPROVE)
    post.refresh_from_db()
    return post


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> type[ScriptedPlatform]:
    """Bluesky accounts publish through the scripted platform for the length of a test."""
    from safepost import connectors

    ScriptedPlatform.reset()
    monkeypatch.setitem(connectors._REGISTRY, Platform.BLUESKY.value, FAKE)
    return ScriptedPlatform
