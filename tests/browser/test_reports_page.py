"""The governors' report page in a real browser: a governor reads it under the CSP (the charts
are inline SVG, no inline style), at desktop and phone widths; screenshots in test-artifacts/."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.browser.test_walkthrough import sign_in
from tests.web.conftest import World
from tests.web.reports_fixtures import build_term

pytestmark = pytest.mark.browser


def test_a_governor_reads_the_report_with_its_charts(browser: Any, live_server: Any, bworld: World,
                                                     shot: Callable[[Any, str], None]) -> None:
    build_term(bworld)
    base = live_server.url
    governor = sign_in(browser, base, "governor-user")
    violations: list[str] = []
    governor.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    governor.goto(base + "/s/alpha/")
    governor.get_by_role("link", name="Governors' report").click()
    governor.get_by_label("Term", exact=True).select_option("2025-autumn")
    governor.get_by_role("button", name="Show").click()
    governor.wait_for_url("**term=2025-autumn**")
    assert governor.locator("h1").inner_text() == "Alpha School"
    assert governor.locator("svg.chart").count() == 4
    assert governor.locator("svg.chart").first.bounding_box()["width"] > 300
    shot(governor, "reports-governors-desktop")
    governor.set_viewport_size({"width": 1366, "height": 900})
    shot(governor, "reports-governors-1366")
    governor.set_viewport_size({"width": 390, "height": 844})
    # On a phone the chart and its table stack, and nothing is wider than the screen.
    assert governor.evaluate("document.documentElement.scrollWidth") <= 390
    shot(governor, "reports-governors-390")
    with governor.expect_download() as download:
        governor.get_by_role("link", name="Download as PDF").click()
    assert download.value.suggested_filename == "governors-report-alpha-2025-autumn-en.pdf"
    assert violations == []
