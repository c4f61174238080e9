"""A post from compose to the local Bluesky server, in a real browser: the live check, a
suggested fix, a photo with alt text, the pre-posting questions, submit; a moderator approves;
the publish sweep sends it; the post is read back from the PDS with its image and alt text.

Screenshots at desktop (1280) and phone (390) widths go to ``test-artifacts/posts-*.png``.
Without a Bluesky connector on this branch the walk stops at "approved" (the post is then
queued for posting by hand, which the second test walks instead).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import expect

from safepost.accounts import vault
from safepost.accounts.models import OfficialAccount
from safepost.posts.models import Post, Publication
from safepost.posts.states import PostStatus, PublicationStatus
from safepost.schools.models import Role
from tests.browser.test_walkthrough import pass_totp, sign_in
from tests.web.conftest import World
from tests.web.posts_fixtures import BROKEN_HEIC, make_account

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
TEXT = "Well done Zephyrine Quillfeather for reading to the whole of Ash class this morning."


def has_bluesky_connector() -> bool:
    from safepost.connectors import Credentials, connector_for

    try:
        connector_for("bluesky", Credentials(handle="", secret=""))
    except KeyError:
        return False
    return True


def photo_file(tmp_path: Any) -> str:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 600), (120, 170, 90))
    draw = ImageDraw.Draw(image)
    for i in range(0, 800, 40):
        draw.rectangle([i, 420, i + 20, 600], fill=(200, 160, 60))  # a row of book spines
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    path = tmp_path / "reading-corner.jpg"
    path.write_bytes(out.getvalue())
    return str(path)


def questions(world: World) -> None:
    """Newport's pack asks seven questions before posting; the walk answers them all.

    SAFEPOST_WALK_PACK=default walks without them: on PostgreSQL, posts-core's content hash with
    answers (64 hex digits + the answered ids) is longer than Revision.content_hash's 64 characters."""
    world.school.policy_pack = os.environ.get("SAFEPOST_WALK_PACK", "newport-ce-junior")
    world.school.save(update_fields=["policy_pack"])
    world.school.bump()


def watch_csp(page: Any) -> list[str]:
    """Every Content-Security-Policy violation on the page's later loads (the pages use no inline script)."""
    seen: list[str] = []
    page.on("console", lambda message: seen.append(message.text) if "CSP violation" in message.text else None)
    page.add_init_script("document.addEventListener('securitypolicyviolation', "
                         "e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))")
    return seen


def compose(browser: Any, base: str, world: World, account: OfficialAccount, tmp_path: Any,
            shot: Callable[[Any, str], None]) -> tuple[Any, int]:
    """The author's half: write, see the findings, take the suggestion, add a photo, answer, submit."""
    staff = sign_in(browser, base, "staff-user")
    violations = watch_csp(staff)
    staff.set_viewport_size(DESKTOP)
    staff.goto(base + "/s/alpha/posts/new/")
    staff.get_by_label("Your post").fill(TEXT)
    finding = staff.locator("#findings li", has_text="pupil").first
    finding.wait_for()
    assert staff.locator("#marked mark").count() >= 1
    shot(staff, "posts-01-compose-live-findings")
    staff.once("dialog", lambda dialog: dialog.accept())
    finding.get_by_role("button", name="Use the suggestion").click()
    expect(staff.get_by_label("Your post")).not_to_have_value(re.compile("Zephyrine"))  # no eval: the CSP forbids it
    assert "Well done" in staff.get_by_label("Your post").input_value()
    broken = tmp_path / "from-my-phone.heic"
    broken.write_bytes(BROKEN_HEIC)
    staff.locator("#id_image").set_input_files(str(broken))
    staff.locator("#upload-error [role=alert]", has_text="from-my-phone.heic").wait_for()
    assert staff.get_by_label("Your post").input_value().startswith("Well done")  # nothing lost
    shot(staff, "posts-02a-compose-bad-photo")
    staff.locator("#id_image").set_input_files(photo_file(tmp_path))
    alt = staff.get_by_label("Describe the photo (alt text)")
    alt.wait_for()
    alt.fill("A reading corner with a row of books on a low shelf")
    assert staff.locator("#upload-error [role=alert]").count() == 0  # the good photo cleared the message
    staff.get_by_label(account.name, exact=False).check()
    for box in staff.locator("#questions input[type=checkbox]").all():
        box.check()
    staff.locator("#save-status", has_text="Saved").wait_for()
    shot(staff, "posts-02-compose-ready")
    staff.set_viewport_size(PHONE)
    shot(staff, "posts-03-compose-phone")
    staff.set_viewport_size(DESKTOP)
    staff.get_by_role("button", name="Send for approval").click()
    staff.locator("#post-status", has_text="Waiting for approval").wait_for()
    shot(staff, "posts-04-submitted")
    assert violations == []
    post = Post.objects.get()
    return staff, post.pk


def approve(browser: Any, base: str, pk: int, shot: Callable[[Any, str], None]) -> Any:
    moderator = sign_in(browser, base, "administrator-user")
    pass_totp(moderator)
    violations = watch_csp(moderator)
    moderator.set_viewport_size(DESKTOP)
    moderator.goto(base + "/s/alpha/posts/?tab=waiting")
    moderator.locator("#queue a").first.click()
    moderator.get_by_label("Comment for the author").fill("Lovely. Approved.")
    shot(moderator, "posts-05-review")
    moderator.get_by_role("button", name="Approve").click()
    moderator.locator("#post-status", has_text="Approved").wait_for()
    assert violations == []
    return moderator


@pytest.mark.pds
def test_it_walks_a_post_from_compose_to_the_local_bluesky_server(browser: Any, live_server: Any, bworld: World,
                                                                     tmp_path: Any, pds_url: str,
                                                                     make_pds_account: Callable[[], Any],
                                                                     shot: Callable[[Any, str], None]) -> None:
    questions(bworld)
    login = make_pds_account()
    handle, password, pds = login.handle, login.secret, pds_url
    account = make_account(bworld, platform="bluesky", name="Alpha on Bluesky")
    # Set-up data: the vault holds the account's login and its server (a federated platform).
    OfficialAccount.objects.filter(pk=account.pk).update(
        handle=handle, secret=vault.seal({"username": handle, "password": password, "base_url": pds}))
    account.refresh_from_db()
    base = live_server.url
    _staff, pk = compose(browser, base, bworld, account, tmp_path, shot)
    moderator = approve(browser, base, pk, shot)
    post = Post.objects.get(pk=pk)
    assert post.status == PostStatus.APPROVED and post.approved_id == post.latest_id
    assert has_bluesky_connector()

    from safepost.posts.publishing import sweep_due_publications

    sweep_due_publications("walkthrough")
    publication = Publication.objects.get(post=post)
    assert publication.status == PublicationStatus.PUBLISHED, publication.error
    moderator.reload()
    moderator.locator("#post-status", has_text="Published").wait_for()
    shot(moderator, "posts-06-published")
    moderator.goto(base + "/s/alpha/posts/?tab=published")
    moderator.set_viewport_size(PHONE)
    shot(moderator, "posts-07-published-queue-phone")

    from atproto import Client

    client = Client(base_url=f"{pds}/xrpc")
    client.login(handle, password, fetch_bsky_profile=False)
    repo, collection, rkey = publication.remote_id.removeprefix("at://").split("/")
    record = client.com.atproto.repo.get_record({"repo": repo, "collection": collection, "rkey": rkey})
    value = record.value
    assert "Zephyrine" not in value.text and value.text == post.latest.text  # type: ignore[union-attr]
    image = value.embed.images[0]
    assert image.alt == "A reading corner with a row of books on a low shelf"
    blob = client.com.atproto.sync.get_blob({"did": repo, "cid": image.image.ref.link})
    assert blob[:2] == b"\xff\xd8" or blob[:4] == b"\x89PNG"  # the cleaned photo itself


def test_it_walks_a_manual_post_from_compose_to_recorded(browser: Any, live_server: Any, bworld: World,
                                                          tmp_path: Any, shot: Callable[[Any, str], None]) -> None:
    questions(bworld)
    account = make_account(bworld, platform="classdojo", name="Ash class story")
    base = live_server.url
    _staff, pk = compose(browser, base, bworld, account, tmp_path, shot)
    moderator = approve(browser, base, pk, shot)
    from safepost.posts.publishing import sweep_due_publications

    sweep_due_publications("walkthrough")
    publication = Publication.objects.get(post_id=pk)
    assert publication.status == PublicationStatus.MANUAL
    moderator.goto(base + "/s/alpha/posts/")
    moderator.locator("#manual-todo a").first.click()
    assert "Well done" in moderator.locator("#manual-text").input_value()
    shot(moderator, "posts-08-manual-copy")
    moderator.get_by_label("Address (URL) where you published it").fill("https://classdojo.example/story/42")
    moderator.get_by_role("button", name="Record as published").click()
    moderator.locator("#post-status", has_text="Published").wait_for()
    publication.refresh_from_db()
    assert publication.status == PublicationStatus.PUBLISHED and publication.recorded_by is not None
    moderator.goto(base + f"/s/alpha/posts/calendar/?account={account.pk}")
    shot(moderator, "posts-09-calendar")
    moderator.set_viewport_size(PHONE)
    shot(moderator, "posts-10-calendar-phone")
    head = sign_in(browser, base, "headteacher-user")
    pass_totp(head)
    head.goto(base + "/s/alpha/")
    shot(head, "posts-11-overview")
    assert Role.HEADTEACHER  # the overview renders its posts card for the headteacher
    assert head.locator("#posts-overview").count() == 1
