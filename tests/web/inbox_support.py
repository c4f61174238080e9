"""Shared helpers for the inbox tests: an official account, comments, and a real SMTP server.

The SMTP server is aiosmtpd's ``Controller`` on 127.0.0.1 and a free port; Django's SMTP backend
is pointed at it, and tests read what it received (``smtp.messages``)."""

from __future__ import annotations

import email
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings

from safepost.accounts.models import Application, OfficialAccount
from safepost.connectors import RemoteComment
from safepost.schools.models import Role
from tests.web.conftest import World


@dataclass
class Mailbox:
    """What the local SMTP server received, parsed."""

    messages: list[Message] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.content))
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"

    def to(self, address: str) -> list[Message]:
        with self.lock:
            return [m for m, (_, rcpts) in zip(self.messages, self.envelopes, strict=True) if address in rcpts]

    def wait_for(self, address: str, timeout: float) -> list[Message]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            found = self.to(address)
            if found:
                return found
            time.sleep(0.05)
        return self.to(address)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(name="smtp")
def smtp_fixture() -> Iterator[Mailbox]:
    """A real SMTP server on 127.0.0.1; Django sends mail to it for the test's duration."""
    box = Mailbox()
    port = _free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1",
                               EMAIL_PORT=port, EMAIL_USE_TLS=False, EMAIL_USE_SSL=False, EMAIL_HOST_USER="",
                               EMAIL_HOST_PASSWORD="", EMAIL_TIMEOUT=10):
            yield box
    finally:
        controller.stop()


def make_account(world: World, platform: str = "other", name: str = "Alpha Facebook",
                 handle: str = "alphaschool") -> OfficialAccount:
    head = world.users[Role.HEADTEACHER]
    app = Application.objects.create(school=world.school, platform=platform, name=name, aim="news", audience="parents",
                                     promotion="newsletter", visibility="open", lead=world.staff[0],
                                     requested_by=head, status="created")
    return OfficialAccount.objects.create(school=world.school, application=app, platform=platform, name=name,
                                          url=f"https://example.org/{handle}", handle=handle, about_links_aup=True,
                                          lead=world.staff[0], recorded_by=head)


def remote(remote_id: str, text: str, when: datetime, post: str = "post-1", parent: str | None = None,
           author: str = "parent.example") -> RemoteComment:
    return RemoteComment(remote_id=remote_id, text=text, author_handle=author, created_at=when, post_remote_id=post,
                         parent_remote_id=parent)


def publication(world: World, account: OfficialAccount, remote_id: str) -> Any:
    """An official post as the posts app records it once published: what the fetch sweep reads."""
    from safepost.posts.models import Post, Publication, Revision

    author = world.users[Role.STAFF]
    post = Post.objects.create(school=world.school, author=author)
    revision = Revision.objects.create(post=post, number=1, text="Our harvest festival", verdict="pass",
                                       content_hash="x", created_by=author)
    now = datetime.now(tz=UTC)
    return Publication.objects.create(post=post, revision=revision, account=account,
                                      idempotency_key=f"k-{remote_id}"[:100], due_at=now, remote_id=remote_id,
                                      status="published", published_at=now)
