"""The live check in Welsh in a real browser: findings of many rules, their explanations, fixes,
severity badges and rule titles, at desktop (1366x900) and phone (390x844) widths.

Screenshots: ``test-artifacts/welsh-check-desktop.png`` and ``welsh-check-phone.png``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.browser.test_walkthrough import sign_in
from tests.engine.test_welsh import english_fragments
from tests.web.conftest import World
from tests.web.test_engine_welsh import EVERYTHING

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


def test_the_live_check_reads_in_welsh_at_desktop_and_phone_widths(browser: Any, live_server: Any, bworld: World,
                                                                      shot: Callable[[Any, str], None]) -> None:
    page = sign_in(browser, live_server.url, "staff-user")
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/s/alpha/posts/new/")
    page.get_by_role("button", name="Cymraeg").click()
    page.locator("html[lang=cy]").wait_for()
    page.get_by_label("Eich neges").fill(EVERYTHING)
    page.locator("#findings li", has_text="Yn enwi disgybl").first.wait_for()
    assert page.locator("#findings li").count() >= 9
    panel = page.locator("#check-panel").inner_text()
    assert [f for f in english_fragments() if f in panel] == []
    assert "bloc" in panel and "Mae rhif ffôn symudol preifat yn y testun." in panel
    shot(page, "welsh-check-desktop")
    page.set_viewport_size(PHONE)
    # On a phone the check is a bottom sheet over the form: what a person sees is the viewport.
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "welsh-check-phone.png"))
    page.locator("#check-panel").evaluate("panel => { panel.scrollTop = panel.scrollHeight / 3; }")
    page.screenshot(path=str(ARTIFACTS / "welsh-check-phone-findings.png"))
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"] + 1, f"the page scrolls sideways at 390 px ({width} px wide)"
