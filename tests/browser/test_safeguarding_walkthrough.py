"""Safeguarding in a real browser: a cyberbullying comment in the inbox is escalated by the DSL
into an incident, its comment and thread become evidence, a screenshot is added, the DSL records
the initial assessment, the export bundle is downloaded and verifies; a teacher and a governor
cannot see any of it.

Screenshots at 1366x900 and 390x844 go to ``docs/img/safeguarding-*.png`` (docs/safeguarding.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from safepost.safeguarding.bundlecheck import verify_bundle
from safepost.safeguarding.models import Incident
from safepost.schools.models import Role
from tests.browser.test_posts_walkthrough import watch_csp
from tests.browser.test_walkthrough import pass_totp, sign_in
from tests.web.conftest import World
from tests.web.safeguarding_support import bullying_comment, png

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


def _shot(page: Any, name: str) -> None:
    """Desktop and phone screenshots of the page, for the docs."""
    DOCS_IMG.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=str(DOCS_IMG / f"safeguarding-{name}.png"), full_page=True)
    page.set_viewport_size(PHONE)
    page.screenshot(path=str(DOCS_IMG / f"safeguarding-{name}-phone.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def test_it_walks_a_cyberbullying_comment_from_the_inbox_to_a_verified_bundle(
        browser: Any, live_server: Any, bworld: World, tmp_path: Path, shot: Callable[[Any, str], None]) -> None:
    comment = bullying_comment(bworld)
    base = live_server.url
    dsl = sign_in(browser, base, "dsl-user")
    pass_totp(dsl)
    violations = watch_csp(dsl)
    dsl.set_viewport_size(DESKTOP)

    # From the inbox: the DSL escalates the comment.
    dsl.goto(base + f"/s/alpha/inbox/{comment.pk}/")
    dsl.get_by_role("link", name="Escalate to a safeguarding incident").click()
    assert "nasty.parent" in dsl.locator("#source").inner_text()
    dsl.get_by_label("What happened").fill("A Year 6 pupil was targeted in comments under the sports day post.")
    dsl.get_by_label("Pupils involved: their pupil ids, separated by commas").fill(bworld.pupils[0].pupil_id)
    dsl.get_by_label("The victim's wishes (police involvement is their decision)").fill(
        "Wants the comments gone; does not want the police involved for now.")
    _shot(dsl, "01-escalate")
    dsl.get_by_role("button", name="Record the incident").click()
    dsl.get_by_text("recorded.").wait_for()
    incident = Incident.objects.get()
    assert incident.comment_id == comment.pk and incident.evidence.count() == 2
    evidence = dsl.locator("#evidence").inner_text()
    assert "nasty.parent" in evidence and "Comment from the inbox" in evidence

    # A screenshot the parent sent in.
    screenshot = tmp_path / "group-chat.png"
    screenshot.write_bytes(png(400, 300))
    form = dsl.locator("#add-evidence")
    form.get_by_label("Kind").select_option("file")
    form.get_by_label("Screenshot or PDF (at most 20 MB)").set_input_files(str(screenshot))
    form.get_by_label("What it shows").fill("Screenshot of the same comments, sent in by a parent")
    form.get_by_label("Where (platform, page, place)").fill("Facebook, the school page")
    form.get_by_role("button", name="Add evidence").click()
    dsl.get_by_text("Evidence added.").wait_for()
    assert "group-chat.png" in dsl.locator("#evidence").inner_text()

    # The initial assessment.
    move = dsl.locator("#move")
    move.get_by_label("Move to").select_option("assessment")
    move.get_by_label("Why").fill("Read the thread and the screenshot; spoke to the class teacher.")
    move.get_by_role("button", name="Record the step").click()
    dsl.get_by_text("Step recorded.").wait_for()
    assert "Initial assessment" in dsl.locator("#facts").inner_text()
    _shot(dsl, "02-incident")

    # The export bundle: downloaded, then verified as the police would.
    dsl.get_by_role("link", name="Export the evidence bundle for the police or the LADO").click()
    _shot(dsl, "03-export")
    with dsl.expect_download() as caught:
        dsl.get_by_role("button", name="Download the bundle").click()
    bundle = tmp_path / "bundle.zip"
    caught.value.save_as(str(bundle))
    count, problems = verify_bundle(bundle)
    assert count == 4 and problems == []

    dsl.goto(base + "/s/alpha/safeguarding/")
    assert incident.reference in dsl.locator("#incidents").inner_text()
    _shot(dsl, "04-list")
    assert violations == []

    # A teacher and a governor: no link, and the incident is refused (403: a member of the school
    # without standing; the same answer for every id, so nothing says which incidents exist).
    for username in ("staff-user", "governor-user"):
        other = sign_in(browser, base, username)
        other.goto(base + "/s/alpha/")
        assert other.locator("nav.school-nav").get_by_role("link", name="Safeguarding", exact=True).count() == 0
        response = other.goto(base + f"/s/alpha/safeguarding/{incident.pk}/")
        assert response is not None and response.status == 403
        assert "Year 6 pupil" not in other.content()
        other.close()
    assert bworld.users[Role.STAFF].pk
