"""The overview's compliance and safeguarding items and the audit trail's new sentences, in
chromium at desktop and phone widths (screenshots in test-artifacts/ to look at)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.browser.test_walkthrough import pass_totp, sign_in
from tests.web.conftest import World
from tests.web.test_today import _publish, _safeguarding

pytestmark = pytest.mark.browser

SIZES = {"": {"width": 1366, "height": 900}, "-phone": {"width": 390, "height": 844}}


def _snap(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for suffix, size in SIZES.items():
        page.set_viewport_size(size)
        page.screenshot(path=str(ARTIFACTS / f"{name}{suffix}.png"), full_page=True)


def test_the_dsl_overview_and_the_safeguarding_trail(browser: Any, live_server: Any, bworld: World) -> None:
    _publish(bworld, days_ago=30)
    _safeguarding(bworld)
    base = live_server.url
    dsl = sign_in(browser, base, "dsl-user")
    pass_totp(dsl)
    dsl.goto(base + "/s/alpha/")
    today = dsl.locator("#today-heading").locator("xpath=..").inner_text()
    assert "1 safeguarding concern waits for you" in today and "Acknowledging the policy is overdue" in today
    assert bworld.pupils[0].first_name not in today
    _snap(dsl, "today-dsl")
    head = sign_in(browser, base, "headteacher-user")
    pass_totp(head)
    head.goto(base + "/s/alpha/audit/?category=safeguarding")
    assert "recorded incident #" in head.content()
    _snap(head, "audit-safeguarding")
