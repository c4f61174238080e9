"""The compose page with a commercial draft (CON601), in a real browser at a laptop's and a phone's width: the
finding names each signal once and the school context apart, and on a phone the check panel, which stays at the
foot of the screen while the author types, never hides the Photos section for good (scrolled into view, its
controls are the topmost element where they are). Screenshots go to ``test-artifacts/compose-signals/``."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.browser.test_walkthrough import sign_in
from tests.web.conftest import World
from tests.web.test_compose_signals import DRAFT

pytestmark = pytest.mark.browser

LAPTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SHOTS = ARTIFACTS / "compose-signals"

#: Whether the element is what the page shows at the centre of its box (nothing drawn over it there).
_ON_TOP = """element => {
  const box = element.getBoundingClientRect();
  const found = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return found !== null && (found === element || element.contains(found));
}"""


def _compose(browser: Any, base: str) -> Any:
    page = sign_in(browser, base, "staff-user")
    page.goto(base + "/s/alpha/posts/new/")
    page.get_by_label("Your post").fill(DRAFT)
    page.locator('#findings li[data-code="CON601"]').wait_for()
    return page


def test_the_signals_read_once_and_the_panel_leaves_the_photos_reachable(browser: Any, live_server: Any,
                                                                          bworld: World) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = _compose(browser, live_server.url)
    why = page.locator('#findings li[data-code="CON601"] p.help').first.inner_text()
    assert why.count("a gambling sign-up offer") == 1 and "Against it: school fundraising" in why
    for name, size in (("laptop", LAPTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SHOTS / f"compose-{name}.png"))
        page.screenshot(path=str(SHOTS / f"compose-{name}-full.png"), full_page=True)
    # on the phone the panel sits over the foot of the screen (by design: the findings stay in view while the
    # author types), so at the top of the page it covers the Photos section; scrolled up to the middle of the
    # screen, as the author would, each of its parts is on top
    photos = page.locator("#photos-field legend")
    assert not photos.evaluate(_ON_TOP), "the panel no longer stays at the foot of the screen: update this test"
    for part in ("#photos-field legend", 'label[for="id_image"]', "#id_image"):
        target = page.locator(part)
        target.evaluate("element => element.scrollIntoView({block: 'center'})")
        assert target.evaluate(_ON_TOP), f"{part} is hidden under something at {PHONE['width']} px"
    photos.evaluate("element => element.scrollIntoView({block: 'center'})")
    page.screenshot(path=str(SHOTS / "compose-phone-photos.png"))
    page.locator("#check-panel").evaluate("panel => { panel.scrollTop = panel.scrollHeight; }")
    page.screenshot(path=str(SHOTS / "compose-phone-signals.png"))
