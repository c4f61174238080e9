"""The main workflow with the keyboard only: sign in (second factor included), write a post and
send it for approval, then approve it as a moderator, then answer a comment in the inbox.

No mouse click and no ``fill``: every field is reached with Tab and typed into, every choice made
with Space and every button pressed with Enter. Each element reached must show where the focus is
(an outline or a box shadow), as WCAG 2.4.7 and 2.4.11 ask.
"""

from __future__ import annotations

import base64
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_otp.oath import totp

from safepost.inbox.models import Comment
from safepost.posts.models import Post
from tests.web.conftest import PASSWORD, World

pytestmark = pytest.mark.browser

STEP_TIMEOUT_MS = 120_000
MAX_TABS = 120


def focus_is_visible(page: Any) -> bool:
    return bool(page.evaluate("""() => {
        const el = document.activeElement, style = getComputedStyle(el);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    }"""))


def tab_to(page: Any, target: Any) -> None:
    """Press Tab until ``target`` has the focus; fail if it never does or shows no focus."""
    target.first.wait_for()
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if target.first.evaluate("el => el === document.activeElement"):
            assert focus_is_visible(page), f"no visible focus on {target}"
            return
    raise AssertionError(f"{target} cannot be reached with the Tab key")


def type_into(page: Any, target: Any, text: str) -> None:
    tab_to(page, target)
    page.keyboard.type(text)


def keyboard_sign_in(browser: Any, base: str, username: str, second_factor: bool = False) -> Any:
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.set_default_timeout(STEP_TIMEOUT_MS)
    page.goto(base + "/signin/")
    type_into(page, page.get_by_label("Username"), username)
    type_into(page, page.get_by_label("Password"), PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    if second_factor:
        secret = page.locator("#totp-secret").inner_text().strip()
        code = totp(base64.b32decode(secret))
        type_into(page, page.get_by_label("Six-digit code from your authenticator app"), f"{code:06d}")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "/signin/" not in page.url, page.url
    return page


def press(page: Any, target: Any, key: str = "Enter") -> None:
    tab_to(page, target)
    page.keyboard.press(key)


def test_a_post_is_written_approved_and_a_comment_answered_with_the_keyboard_alone(
        browser: Any, live_server: Any, bworld: World) -> None:
    from safepost.inbox.ingest import do_ingest_comments
    from tests.web.inbox_support import make_account, publication, remote

    base = live_server.url
    account = make_account(bworld)

    staff = keyboard_sign_in(browser, base, "staff-user")
    press(staff, staff.get_by_role("link", name="Posts", exact=True))
    # Wait for the link's own navigation: the page already loaded counts as "loaded", and a goto
    # issued before the link's navigation lands is interrupted by it (seen on a busy CI machine).
    staff.wait_for_url("**/s/alpha/posts/")
    staff.goto(base + "/s/alpha/posts/new/")
    type_into(staff, staff.get_by_label("Your post"), "Year 4 planted bulbs in the school garden today.")
    press(staff, staff.get_by_label(account.name, exact=False), " ")
    for box in staff.locator("#questions input[type=checkbox]").all():
        press(staff, box, " ")
    staff.locator("#save-status", has_text="Saved").wait_for()
    press(staff, staff.get_by_role("button", name="Send for approval"))
    staff.locator("#post-status", has_text="Waiting for approval").wait_for()
    post = Post.objects.get()

    moderator = keyboard_sign_in(browser, base, "administrator-user", second_factor=True)
    moderator.goto(base + f"/s/alpha/posts/{post.pk}/")
    type_into(moderator, moderator.get_by_label("Comment for the author"), "Lovely. Approved.")
    press(moderator, moderator.get_by_role("button", name="Approve"))
    moderator.locator("#post-status", has_text="Approved").wait_for()

    publication(bworld, account, "post-1")
    do_ingest_comments(account, [remote("kb1", "What time does the fair start on Saturday?",
                                        timezone.now() - timedelta(hours=1))])
    comment = Comment.objects.get(remote_id="kb1")
    moderator.goto(base + "/s/alpha/inbox/")
    press(moderator, moderator.get_by_role("link", name="What time does the fair start on Saturday?"))
    moderator.wait_for_url(f"**/inbox/{comment.pk}/")
    with moderator.expect_navigation():
        press(moderator, moderator.get_by_role("button", name="Mark handled"))
    comment.refresh_from_db()
    assert comment.status == "handled", comment.status
