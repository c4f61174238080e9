"""The inbox in a real browser, on the local Bluesky server and a real SMTP server (aiosmtpd).

The school's official account posts on the PDS; a parent account replies three times (a question,
abuse, a disclosure naming a pupil); the fetch sweep reads them. A moderator sees the question in
the queue with its category and deadline, answers it from safepost and the answer is read back on
the PDS; hides the abuse through the connector (read back: the threadgate's ``hiddenReplies``);
the DSL's mailbox has the alert, with no pupil name and no comment text.

Screenshots at desktop (1280) and phone (390) widths go to ``test-artifacts/inbox-*.png``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from safepost.accounts import vault
from safepost.connectors import Credentials, OutgoingPost, connector_for
from safepost.inbox.models import Comment
from safepost.inbox.states import CommentStatus
from safepost.inbox.sweeps import sweep_inbox
from safepost.schools.models import Role
from tests.browser.test_posts_walkthrough import DESKTOP, PHONE, watch_csp
from tests.browser.test_walkthrough import pass_totp, sign_in
from tests.web.conftest import World
from tests.web.inbox_support import Mailbox, make_account, publication, smtp_fixture  # noqa: F401 (fixture)
from tests.web.test_inbox_pds import record

pytestmark = [pytest.mark.pds, pytest.mark.browser]

QUESTION = "What time does the harvest festival start on Friday?"
ABUSE = "you are all useless idiots and the head is a pathetic joke"
DISCLOSURE = "{name} told me her step dad hits her and she is scared to go home, please help"
ANSWER = "It starts at 2pm in the school hall. Everyone is welcome."


def official_post(world: World, official: Credentials) -> tuple[Any, str]:
    """The school's Bluesky account, its vault login, and one published post on the PDS."""
    account = make_account(world, platform="bluesky", name="Alpha on Bluesky", handle=official.handle)
    account.secret = vault.seal({"username": official.handle, "password": official.secret,
                                 "base_url": official.base_url})
    account.save()
    post = connector_for("bluesky", official).publish(OutgoingPost(
        text="Harvest festival this Friday in the hall.", idempotency_key=f"inbox-walk-{official.handle}"))
    publication(world, account, post.remote_id)
    return account, post.remote_id


def parent_replies(parent_login: Credentials, post_uri: str, texts: dict[str, str]) -> None:
    parent = connector_for("bluesky", parent_login)
    for key, text in texts.items():
        parent.publish(OutgoingPost(text=text, idempotency_key=f"walk-{key}-{parent_login.handle}", reply_to=post_uri))


def test_it_walks_the_inbox_from_a_parents_reply_to_an_answer_on_the_pds(
        browser: Any, live_server: Any, bworld: World, smtp: Mailbox, pds_url: str,
        make_pds_account: Callable[[], Credentials], shot: Callable[[Any, str], None]) -> None:
    official, parent_login = make_pds_account(), make_pds_account()
    account, post_uri = official_post(bworld, official)
    pupil = bworld.pupils[0].first_name
    parent_replies(parent_login, post_uri, {"q": QUESTION, "a": ABUSE, "d": DISCLOSURE.format(name=pupil)})
    sweep_inbox()
    comments = {c.text: c for c in Comment.objects.filter(account=account)}
    assert set(comments) == {QUESTION, ABUSE, DISCLOSURE.format(name=pupil)}

    # The DSL's alert: on the real SMTP server, naming no pupil and quoting nothing.
    dsl_mail = smtp.wait_for(bworld.users[Role.DSL].email, timeout=60)
    assert len(dsl_mail) == 1
    body = dsl_mail[0].get_payload(decode=True).decode()
    for secret in (pupil, "step dad", "scared", parent_login.handle):
        assert secret not in body and secret not in dsl_mail[0]["Subject"]

    base = live_server.url
    moderator = sign_in(browser, base, "administrator-user")
    pass_totp(moderator)
    violations = watch_csp(moderator)
    moderator.set_viewport_size(DESKTOP)
    moderator.goto(base + "/s/alpha/inbox/")
    queue = moderator.locator("#queue")
    urgent = queue.locator("li.item", has_text="step dad")
    assert "safeguarding" in urgent.inner_text()
    question_row = queue.locator("li.item", has_text="harvest festival")
    row_text = question_row.inner_text()
    assert comments[QUESTION].category in row_text and "due" in row_text
    assert comments[QUESTION].deadline is not None
    # The urgent group comes first, whatever the deadlines.
    assert queue.locator("h2.queue-group").first.inner_text().startswith("Urgent")
    shot(moderator, "inbox-01-queue")
    moderator.set_viewport_size(PHONE)
    shot(moderator, "inbox-02-queue-phone")
    moderator.set_viewport_size(DESKTOP)

    # Answer the question from safepost; read it back on the PDS.
    question_row.get_by_role("link").click()
    moderator.locator("#comment").wait_for()
    assert "London time" in moderator.locator("section[aria-labelledby=triage-h]").inner_text()
    shot(moderator, "inbox-03-comment")
    moderator.locator("textarea[name=text]").fill(ANSWER)
    moderator.get_by_role("button", name="Send reply").click()
    moderator.get_by_text("Reply sent.").wait_for()
    question = Comment.objects.get(pk=comments[QUESTION].pk)
    assert question.status == CommentStatus.HANDLED
    sent = question.replies.get()
    value = record(pds_url, sent.remote_id)["value"]
    assert value["text"] == ANSWER and value["reply"]["parent"]["uri"] == question.remote_id
    shot(moderator, "inbox-04-answered")

    # Hide the abuse through the connector; read back the threadgate.
    moderator.goto(base + f"/s/alpha/inbox/{comments[ABUSE].pk}/")
    moderator.set_viewport_size(PHONE)
    shot(moderator, "inbox-05-abuse-phone")
    moderator.set_viewport_size(DESKTOP)
    moderator.get_by_role("button", name="Hide", exact=True).click()
    moderator.get_by_text("Comment hidden.").wait_for()
    gate = record(pds_url, post_uri.replace("app.bsky.feed.post", "app.bsky.feed.threadgate"))["value"]
    assert gate["hiddenReplies"] == [comments[ABUSE].remote_id]
    assert Comment.objects.get(pk=comments[ABUSE].pk).status == CommentStatus.HIDDEN

    # Back in the queue: the answered and the hidden are gone; the disclosure is still first.
    moderator.goto(base + "/s/alpha/inbox/")
    texts = moderator.locator("#queue").inner_text()
    assert "harvest festival" not in texts and "useless idiots" not in texts and "step dad" in texts
    assert violations == []
