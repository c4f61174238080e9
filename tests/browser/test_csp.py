"""The Content-Security-Policy in a real browser: no violation on the pages that use htmx, the
QR code (a data: image) and the forms, and htmx still swaps content in."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.test_walkthrough import pass_totp, sign_in
from tests.web.conftest import World

pytestmark = pytest.mark.browser


def test_it_runs_the_pages_under_the_csp_without_a_violation(browser: Any, live_server: Any, bworld: World) -> None:
    base = live_server.url
    head = sign_in(browser, base, "headteacher-user")
    violations: list[str] = []
    head.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text else None)
    head.evaluate("document.addEventListener('securitypolicyviolation', "
                  "e => console.error('Content Security Policy: ' + e.violatedDirective))")
    assert head.locator("img[src^='data:image/svg+xml']").count() == 1  # the enrolment QR code
    assert head.locator("img[src^='data:image/svg+xml']").evaluate("img => img.naturalWidth") > 0
    pass_totp(head)
    head.goto(base + "/s/alpha/pupils/")
    head.evaluate("document.addEventListener('securitypolicyviolation', "
                  "e => console.error('Content Security Policy: ' + e.violatedDirective))")
    with head.expect_response(lambda r: "/s/alpha/pupils/" in r.url and r.request.headers.get("hx-request") == "true"):
        head.locator("#q").fill(bworld.pupils[1].first_name)
    head.wait_for_function(f"!document.querySelector('#pupil-rows').innerText.includes({bworld.pupils[0].first_name!r})")
    assert bworld.pupils[1].first_name in head.locator("#pupil-rows").inner_text()
    # htmx's indicator style comes from site.css, not an injected <style> element.
    assert head.evaluate("document.querySelectorAll('style').length") == 0
    assert head.evaluate("getComputedStyle(document.body).fontFamily") != ""
    assert violations == []
