"""The overview and the audit trail in a real browser, at desktop and phone width: what each role
sees first, the audit's sentences not cut off, 24 px ticks and radio buttons, the pupil search
styled. Screenshots go to test-artifacts/ and, for the docs, docs/img/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from safepost.schools.models import Role
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_walkthrough import STEP_TIMEOUT_MS, pass_totp
from tests.web.conftest import PASSWORD, World
from tests.web.test_today import _busy

pytestmark = pytest.mark.browser

DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"
SIZES = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}


def _signed_in(browser: Any, base: str, username: str, size: str) -> Any:
    page = browser.new_page(viewport=SIZES[size])
    page.set_default_timeout(STEP_TIMEOUT_MS)
    page.goto(base + "/signin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    if "/signin/code/" in page.url:
        pass_totp(page)
    return page


def _no_sideways_scroll(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url} is {width}px wide"


def _both(shot: Callable[[Any, str], None], page: Any, name: str) -> None:
    """The screenshot in test-artifacts/, and a copy for the docs in 64 colours (a quarter the size)."""
    from PIL import Image

    shot(page, name)
    DOCS_IMG.mkdir(exist_ok=True)
    with Image.open(ARTIFACTS / f"{name}.png") as image:
        image.convert("RGB").quantize(colors=64).save(DOCS_IMG / f"{name}.png", optimize=True)


@pytest.mark.parametrize("size", list(SIZES))
def test_each_role_sees_what_needs_them_first(browser: Any, live_server: Any, bworld: World, size: str,
                                              shot: Callable[[Any, str], None]) -> None:
    _busy(bworld)
    base = live_server.url
    for role, name, first in [(Role.HEADTEACHER, "headteacher", "1 takedown is overdue"),
                              (Role.STAFF, "teacher", "1 of your posts was sent back for changes"),
                              (Role.VOLUNTEER, "volunteer", "Read the school's social media policy")]:
        page = _signed_in(browser, base, bworld.users[role].username, size)
        page.goto(base + "/s/alpha/")
        items = page.locator(".today-list li")
        assert items.first.inner_text().strip() == first, name
        assert page.locator(".school-nav a[aria-current=page]").text_content() == "Overview"  # folded into the menu on a phone
        if role == Role.VOLUNTEER:
            assert page.get_by_text("Nothing waits for you.").is_visible()
            assert page.locator(".me dd").first.inner_text() == str(bworld.staff[2])
        _no_sideways_scroll(page)
        _both(shot, page, f"overview-{name}-{size}")
        page.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_the_audit_trail_reads_as_sentences_and_fits(browser: Any, live_server: Any, bworld: World, size: str,
                                                     shot: Callable[[Any, str], None]) -> None:
    _busy(bworld)
    Client().post("/signin/", {"username": "staff-user", "password": "not-the-password"})
    base = live_server.url
    page = _signed_in(browser, base, "headteacher-user", size)
    page.goto(base + "/s/alpha/audit/")
    text = page.locator("#events").inner_text()
    assert "A sign-in as Ms Testlast1 failed: wrong password" in text
    assert "Ms Testlast1 sent post" in text and "for approval" in text
    assert "schools." not in text and "{'" not in text
    wrap = page.locator(".table-wrap").first
    assert wrap.evaluate("e => e.scrollWidth <= e.clientWidth"), "the audit table is cut off"
    _no_sideways_scroll(page)
    page.locator(".audit-detail summary").first.click()
    _both(shot, page, f"audit-{size}")
    page.get_by_label("Kind of event").select_option(label="Sign-ins and failed sign-ins")
    page.get_by_role("button", name="Filter").click()
    rows = page.locator("#events tbody tr")
    assert rows.count() >= 2 and all("sign" in rows.nth(i).inner_text().lower() for i in range(rows.count()))
    page.get_by_role("button", name="Cymraeg").click()
    welsh = page.locator("#events").inner_text()
    assert "Mewngofnododd Ms Testlast1" in welsh and "signed in" not in welsh
    _no_sideways_scroll(page)
    shot(page, f"audit-{size}-cy")
    page.close()


def test_ticks_and_radio_buttons_are_at_least_24_pixels_and_the_pupil_search_is_styled(
        browser: Any, live_server: Any, bworld: World, shot: Callable[[Any, str], None]) -> None:
    base = live_server.url
    page = _signed_in(browser, base, "headteacher-user", "phone")
    page.goto(base + "/s/alpha/accounts/apply/")
    controls = page.locator("input[type=checkbox], input[type=radio]")
    assert controls.count() >= 3
    for i in range(controls.count()):
        box = controls.nth(i).bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, box
    assert page.locator("fieldset legend").count() >= 2
    page.goto(base + "/s/alpha/pupils/")
    search = page.locator("#q")
    style = search.evaluate("e => { const s = getComputedStyle(e); return [s.borderTopWidth, s.borderTopStyle] }")
    assert style == ["2px", "solid"]
    box, button = search.bounding_box(), page.locator("#pupil-search button").bounding_box()
    assert abs(box["y"] - button["y"]) < 12  # side by side, not one under the other
    shot(page, "pupils-search-phone")
    page.close()
