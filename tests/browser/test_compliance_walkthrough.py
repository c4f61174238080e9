"""Staff compliance in a real browser, with a real SMTP server (aiosmtpd on 127.0.0.1).

The headteacher publishes version 1 of the policy; the reminder sweep emails every adult; a
volunteer opens the link from *their* email in chromium (no sign-in), reads the policy, presses
the one button, and the headteacher's compliance page shows them as done. Opening the link
(the GET) acknowledges nothing.

Screenshots at 1366x900 and 390x844 go to ``docs/img/compliance-*.png`` (used by docs/compliance.md).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

from safepost.compliance import actions
from safepost.compliance.models import Acknowledgement, Adult, Via
from safepost.compliance.sweeps import sweep_compliance
from safepost.schools.models import Membership, Role
from tests.browser.test_posts_walkthrough import watch_csp
from tests.browser.test_walkthrough import STEP_TIMEOUT_MS, pass_totp, sign_in
from tests.web.conftest import World
from tests.web.inbox_support import Mailbox, smtp_fixture  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


def snap(page: Any, name: str) -> None:
    """The page at desktop and phone widths, for the docs."""
    for suffix, size in (("", DESKTOP), ("-phone", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=str(DOCS_IMG / f"compliance-{name}{suffix}.png"), full_page=suffix == "-phone")
    page.set_viewport_size(DESKTOP)


def test_a_volunteer_acknowledges_from_the_reminder_email(browser: Any, live_server: Any, bworld: World,
                                                         smtp: Mailbox) -> None:
    base = live_server.url
    head_member = Membership.objects.select_related("school", "user").get(user=bworld.users[Role.HEADTEACHER],
                                                                          school=bworld.school)
    actions.do_publish_version(head_member, "First version published in safepost.")
    with override_settings(SAFEPOST_BASE_URL=base):
        assert sweep_compliance() >= len(Role)

    # The volunteer's own email, read from the SMTP server: one link, absolute.
    mail = smtp.wait_for(bworld.users[Role.VOLUNTEER].email, timeout=60)
    assert len(mail) == 1
    body = mail[0].get_payload(decode=True).decode()
    found = re.search(r"(http://\S+/compliance/ack/\S+/)", body)
    assert found is not None and found.group(1).startswith(base)

    # Open it in chromium, signed out: the policy and one button; opening it acknowledges nothing.
    page = browser.new_page(viewport=DESKTOP)
    page.set_default_timeout(STEP_TIMEOUT_MS)
    violations = watch_csp(page)
    page.goto(found.group(1))
    page.locator("#policy-text").wait_for()
    assert page.get_by_role("button").filter(has_text="I have read and understood version 1").count() == 1
    assert not Acknowledgement.objects.exists()
    snap(page, "01-link")
    page.get_by_role("button", name="I have read and understood version 1 of the policy").click()
    page.get_by_text("acknowledged version 1 of the policy").wait_for()
    snap(page, "02-thanks")
    ack = Acknowledgement.objects.get()
    assert ack.adult.user == bworld.users[Role.VOLUNTEER] and ack.via == Via.EMAIL_LINK

    # The headteacher's compliance page shows the volunteer as done, the others still due.
    head = sign_in(browser, base, "headteacher-user")
    pass_totp(head)
    head.set_viewport_size(DESKTOP)
    head.goto(base + "/s/alpha/compliance/")
    volunteer = Adult.objects.get(school=bworld.school, user=bworld.users[Role.VOLUNTEER])
    row = head.locator(f"#adult-{volunteer.pk}")
    assert "Version 1 on" in row.inner_text()
    assert row.locator("td.c-done").count() >= 1
    others = head.locator("#adults td.c-due")
    assert others.count() >= len(Role) - 1
    snap(head, "03-overview")

    # The volunteer signs in: their own page shows what is left (training, declaration, checklist).
    own = sign_in(browser, base, "volunteer-user")
    own.goto(base + "/s/alpha/compliance/me/")
    todo = own.locator("#todo").inner_text()
    assert "acknowledge" not in todo.lower() and "training" in todo.lower()
    snap(own, "04-mine")
    assert violations == [] and watch_csp(head) == []
