"""End to end on a real local Bluesky server (tools/pds) and a real SMTP server (aiosmtpd):
the school posts, a parent replies with a disclosure, the fetch sweep reads it, it is triaged as
safeguarding and the DSL's mailbox has the alert within 60 s; an abusive reply is hidden through
the connector; safepost's answer to a question is read back on the server."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from atproto import Client, models

from safepost.accounts import vault
from safepost.connectors import Credentials, OutgoingPost, connector_for
from safepost.inbox import actions
from safepost.inbox.models import Comment, SafeguardingConcern
from safepost.inbox.states import CommentStatus
from safepost.inbox.sweeps import sweep_inbox
from safepost.schools.models import Membership, Role
from tests.web.conftest import World
from tests.web.inbox_support import Mailbox, make_account, publication, smtp_fixture  # noqa: F401 (fixture)

pytestmark = [pytest.mark.pds, pytest.mark.django_db(transaction=True)]

DISCLOSURE = "my step dad hits me when mum is at work and I am scared to go home"
ABUSE = "you are all useless idiots and the head is a pathetic joke"
QUESTION = "What time does the harvest festival start on Friday?"


def record(pds_url: str, uri: str) -> dict[str, Any]:
    did, collection, rkey = uri.removeprefix("at://").split("/")
    answer = Client(base_url=f"{pds_url}/xrpc").invoke_query(
        "com.atproto.repo.getRecord", params=models.ComAtprotoRepoGetRecord.Params(
            repo=did, collection=collection, rkey=rkey))
    content: dict[str, Any] = answer.content
    return content


def test_it_alerts_the_dsl_hides_abuse_and_answers_through_the_pds(
        world: World, smtp: Mailbox, pds_url: str, make_pds_account: Callable[[], Credentials]) -> None:
    official, parent_login = make_pds_account(), make_pds_account()
    account = make_account(world, platform="bluesky", name="Alpha on Bluesky", handle=official.handle)
    account.secret = vault.seal({"username": official.handle, "password": official.secret,
                                 "base_url": official.base_url})
    account.save()
    school = connector_for("bluesky", official)
    post = school.publish(OutgoingPost(text="Harvest festival this Friday in the hall.",
                                       idempotency_key=f"inbox-e2e-{official.handle}"))
    publication(world, account, post.remote_id)
    parent = connector_for("bluesky", parent_login)
    for key, text in (("d", DISCLOSURE), ("a", ABUSE), ("q", QUESTION)):
        parent.publish(OutgoingPost(text=text, idempotency_key=f"p-{key}-{parent_login.handle}",
                                    reply_to=post.remote_id))

    fetched = time.monotonic()
    sweep_inbox()
    dsl = smtp.wait_for(world.users[Role.DSL].email, timeout=60)
    elapsed = time.monotonic() - fetched
    print(f"fetch sweep to the DSL's mailbox: {elapsed:.2f} s")  # the figure for the issue note (-s)
    assert dsl and elapsed < 60
    comments = {c.text: c for c in Comment.objects.filter(account=account)}
    assert set(comments) == {DISCLOSURE, ABUSE, QUESTION}
    disclosure = comments[DISCLOSURE]
    assert disclosure.category == "safeguarding" and disclosure.author_handle == parent_login.handle
    assert disclosure.post_remote_id == post.remote_id
    concern = SafeguardingConcern.objects.get(comment=disclosure)
    body = dsl[0].get_payload(decode=True).decode()
    assert f"/inbox/concerns/{concern.pk}/" in body and "step dad" not in body and parent_login.handle not in body

    later = datetime.now(tz=UTC) + timedelta(minutes=2)
    sweep_inbox(later)  # fetching again doubles nothing
    assert Comment.objects.filter(account=account).count() == 3

    moderator = Membership.objects.get(user=world.users[Role.ADMINISTRATOR], school=world.school)
    abuse = comments[ABUSE]
    assert abuse.category in {"abuse", "hate", "threat"}
    outcome = actions.do_hide_comment(moderator, abuse)
    assert not outcome.by_hand
    gate = record(pds_url, post.remote_id.replace("app.bsky.feed.post", "app.bsky.feed.threadgate"))["value"]
    assert gate["hiddenReplies"] == [abuse.remote_id]
    abuse.refresh_from_db()
    assert abuse.status == CommentStatus.HIDDEN

    question = comments[QUESTION]
    reply, outcome = actions.do_reply_comment(moderator, question, "It starts at 2pm in the school hall.")
    assert not outcome.by_hand and reply.remote_id.startswith("at://")
    value = record(pds_url, reply.remote_id)["value"]
    assert value["text"] == "It starts at 2pm in the school hall."
    assert value["reply"]["parent"]["uri"] == question.remote_id
    assert value["reply"]["root"]["uri"] == post.remote_id
    question.refresh_from_db()
    assert question.status == CommentStatus.HANDLED and question.first_response_at is not None
