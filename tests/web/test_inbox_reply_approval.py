"""Replies are posts too: when the pack says `posting.replies_need_approval: true`, a reply from
the inbox is held and sent only when a moderator other than its writer approves it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from safepost.audit.models import Event
from safepost.engine.policy import PACKS
from safepost.inbox import actions
from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import Comment, Reply, ReplyStatus
from safepost.inbox.states import CommentStatus
from safepost.schools.models import Membership, Role
from tests.web.conftest import World
from tests.web.inbox_support import make_account, remote

WHEN = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _pack_needing_approval(world: World) -> None:
    """The default pack with `replies_need_approval: true`, as the school's pack (a file path)."""
    text = (PACKS / "default.yaml").read_text(encoding="utf-8")
    assert "\nposting:" not in text  # the default pack has no posting section to merge with
    path = Path(tempfile.mkdtemp()) / "p.yaml"
    path.write_text(text + "\nposting:\n  replies_need_approval: true\n", encoding="utf-8")
    world.school.policy_pack = str(path)
    world.school.save(update_fields=["policy_pack"])
    world.school.bump()


@pytest.fixture
def comment(world: World) -> Comment:
    do_ingest_comments(make_account(world), [remote("c1", "When is the Christmas fair?", WHEN)])
    return Comment.objects.select_related("account", "school").get()


def _member(world: World, role: Role) -> Membership:
    return Membership.objects.get(user=world.users[role], school=world.school)


def _events(comment: Comment) -> list[str]:
    return list(Event.objects.filter(object_type="inbox.comment", object_id=str(comment.pk))
                .order_by("seq").values_list("action", flat=True))


def test_it_sends_a_reply_at_once_when_the_pack_does_not_ask_for_approval(world: World, comment: Comment) -> None:
    reply, outcome = actions.do_reply_comment(_member(world, Role.ADMINISTRATOR), comment, "Friday at 3pm.")
    assert not outcome.held and reply.status == ReplyStatus.SENT
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HANDLED
    assert _events(comment) == ["inbox.reply-sent"]


def test_it_holds_a_reply_until_another_moderator_approves_it(world: World, comment: Comment) -> None:
    _pack_needing_approval(world)
    comment = Comment.objects.select_related("account", "school").get(pk=comment.pk)
    writer, approver = _member(world, Role.ADMINISTRATOR), _member(world, Role.SLT)
    reply, outcome = actions.do_reply_comment(writer, comment, "It is on Friday 12 December at 3pm.")
    assert outcome.held and reply.status == ReplyStatus.AWAITING_APPROVAL and reply.remote_id == ""
    assert "approved" in outcome.message
    comment.refresh_from_db()
    assert comment.status != CommentStatus.HANDLED and comment.first_response_at is None  # still open
    # The same words again (a double click) make no second reply.
    again, again_outcome = actions.do_reply_comment(writer, comment, "It is on Friday 12 December at 3pm.")
    assert again.pk == reply.pk and again_outcome.held
    with pytest.raises(actions.ActionError, match="other than the person who wrote it"):
        actions.do_approve_reply(writer, Reply.objects.get(pk=reply.pk))
    assert Reply.objects.get(pk=reply.pk).status == ReplyStatus.AWAITING_APPROVAL
    outcome = actions.do_approve_reply(approver, Reply.objects.select_related("comment").get(pk=reply.pk))
    assert outcome.by_hand  # this platform has no API: the connector says to post it by hand
    reply.refresh_from_db()
    assert reply.status == ReplyStatus.SENT and reply.approved_by == approver.user and reply.approved_at
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HANDLED and comment.first_response_at is not None
    assert _events(comment) == ["inbox.reply-held", "inbox.reply-approved", "inbox.reply-sent"]
    with pytest.raises(actions.ActionError, match="not awaiting approval"):
        actions.do_approve_reply(approver, reply)


def test_it_approves_from_the_page_for_moderators_of_the_school_only(
        world: World, comment: Comment, client_for: Callable[[Role], Client]) -> None:
    _pack_needing_approval(world)
    writer = client_for(Role.ADMINISTRATOR)
    url = reverse("inbox:act-on-comment", kwargs={"school": world.school.slug, "pk": comment.pk, "verb": "reply"})
    response = writer.post(url, {"text": "It is on Friday 12 December at 3pm."}, follow=True)
    assert "Reply held" in response.content.decode()
    reply = Reply.objects.get()
    approve = reverse("inbox:approve-reply", kwargs={"school": world.school.slug, "pk": reply.pk})
    assert "Approve and send" not in response.content.decode()  # not offered to its writer
    assert client_for(Role.STAFF).post(approve).status_code == 403  # a member of the school: refused in words (403); outsiders get 404
    writer.post(approve)
    assert Reply.objects.get().status == ReplyStatus.AWAITING_APPROVAL
    slt = client_for(Role.SLT)
    assert "Approve and send" in slt.get(reverse("inbox:show-comment", kwargs={
        "school": world.school.slug, "pk": comment.pk})).content.decode()
    assert slt.post(approve).status_code == 302
    assert Reply.objects.get().status == ReplyStatus.SENT
