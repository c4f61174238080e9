"""The review emails, read from a real SMTP server (aiosmtpd): the approvers are told when a post
is submitted (senior leadership too when it needs them), never the author; the author is told
when it is sent back or rejected. No email carries the post's words, a pupil's name or the
reviewer's comment: a link to the post, the school and the author's name."""

from __future__ import annotations

import time
from email.message import Message

import pytest
from django.urls import reverse

from safepost.posts import actions
from safepost.posts.models import Post
from safepost.posts.states import Decision
from safepost.schools.models import Membership, Role
from tests.web.conftest import World
from tests.web.inbox_support import Mailbox, smtp_fixture  # noqa: F401 (fixture)
from tests.web.posts_fixtures import answers, make_account, membership

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = "Year 4 planted bulbs in the quad garden today."
POLITICAL = "Vote Labour on Thursday! Canvassers will be at the gate."
COMMENT = "Please crop {name} out of the second photo."


def submit(world: World, text: str = TEXT, author: Role = Role.STAFF) -> Post:
    account = make_account(world, login=True)
    member = membership(world, author)
    post = actions.do_save_draft(member, None, actions.DraftInput(
        text=text, account_ids=(account.pk,), pupil_ids=(world.pupils[0].pk,), answers=answers(world)))
    return actions.do_submit_post(member, post)


def body_of(message: Message) -> str:
    return str(message.get_payload(decode=True).decode())  # type: ignore[union-attr]


def settle(smtp: Mailbox, count: int, timeout: float = 10) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end and len(smtp.messages) < count:
        time.sleep(0.05)
    time.sleep(0.2)  # anything that should not arrive has had its chance


def link(world: World, post: Post) -> str:
    return reverse("posts:show-post", kwargs={"school": world.school.slug, "pk": post.pk})


def secrets_of(world: World, text: str) -> list[str]:
    pupil = world.pupils[0]
    return [text, pupil.first_name, pupil.last_name, "Vote", "bulbs"]


def test_it_tells_the_moderators_without_the_words_or_a_pupil_name(world: World, smtp: Mailbox) -> None:
    post = submit(world)
    told = smtp.wait_for(world.users[Role.ADMINISTRATOR].email, timeout=30)
    settle(smtp, 1)
    assert len(told) == 1
    assert [rcpts for _, rcpts in smtp.envelopes] == [[world.users[Role.ADMINISTRATOR].email]]
    message = told[0]
    body = body_of(message)
    assert link(world, post) in body and "Alpha School" in body and str(world.staff[0]) in body
    assert "Alpha School" in message["Subject"]
    for secret in secrets_of(world, TEXT):
        assert secret not in body and secret not in message["Subject"]


def test_it_tells_senior_leadership_as_well_when_the_post_needs_them(world: World, smtp: Mailbox) -> None:
    post = submit(world, POLITICAL)
    assert post.latest is not None and post.latest.needs_slt
    expected = sorted(world.users[r].email for r in (Role.ADMINISTRATOR, Role.SLT, Role.HEADTEACHER))
    settle(smtp, 1)
    assert len(smtp.messages) == 1 and sorted(smtp.envelopes[0][1]) == expected
    body = body_of(smtp.messages[0])
    assert "Senior leadership must approve it as well" in body and link(world, post) in body
    for secret in secrets_of(world, POLITICAL):
        assert secret not in body


def test_it_never_tells_the_author_even_when_they_may_approve(world: World, smtp: Mailbox) -> None:
    submit(world, author=Role.ADMINISTRATOR)  # the only moderator wrote it: senior leadership is told
    settle(smtp, 1)
    recipients = sorted(r for _, rcpts in smtp.envelopes for r in rcpts)
    assert recipients == sorted(world.users[r].email for r in (Role.SLT, Role.HEADTEACHER))
    assert world.users[Role.ADMINISTRATOR].email not in recipients


@pytest.mark.parametrize("decision, words", [(Decision.SEND_BACK, "sent back for changes"),
                                             (Decision.REJECT, "rejected")])
def test_it_tells_the_author_of_a_send_back_or_rejection_without_the_comment(
        world: World, smtp: Mailbox, decision: Decision, words: str) -> None:
    post = submit(world)
    assert smtp.wait_for(world.users[Role.ADMINISTRATOR].email, timeout=30)
    comment = COMMENT.format(name=world.pupils[0].first_name)
    assert post.latest is not None
    actions.do_decide_revision(membership(world, Role.ADMINISTRATOR), post.latest, decision, comment)
    told = smtp.wait_for(world.users[Role.STAFF].email, timeout=30)
    settle(smtp, 2)
    assert len(told) == 1 and len(smtp.messages) == 2
    body = body_of(told[0])
    assert words in told[0]["Subject"] and words in body
    assert link(world, post) in body and str(world.staff[3]) in body  # the moderator's staff record
    for secret in [comment, "crop", *secrets_of(world, TEXT)]:
        assert secret not in body and secret not in told[0]["Subject"]


def test_it_sends_the_author_nothing_when_the_post_is_approved(world: World, smtp: Mailbox) -> None:
    post = submit(world)
    assert smtp.wait_for(world.users[Role.ADMINISTRATOR].email, timeout=30)
    assert post.latest is not None
    actions.do_decide_revision(membership(world, Role.ADMINISTRATOR), post.latest, Decision.APPROVE)
    settle(smtp, 2, timeout=1)
    assert smtp.to(world.users[Role.STAFF].email) == [] and len(smtp.messages) == 1


def test_it_names_people_by_their_staff_record_else_their_account(world: World) -> None:
    from safepost.posts.notify import person_name

    assert person_name(world.users[Role.STAFF], world.school.pk) == "Ms Staffer1 Testlast1"
    Membership.objects.filter(user=world.users[Role.STAFF]).update(staff=None)
    assert person_name(world.users[Role.STAFF], world.school.pk) == "staff-user"
    world.users[Role.STAFF].first_name, world.users[Role.STAFF].last_name = "Rhian", "Testlast"
    world.users[Role.STAFF].save()
    assert person_name(world.users[Role.STAFF], world.school.pk) == "Rhian Testlast"
