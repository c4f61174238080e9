"""People and roles in a real browser: the headteacher invites a teacher, the teacher opens the
emailed link (read from a real SMTP server), chooses a password and signs in; the headteacher
changes a role and resets a second factor; the trust's IT administrator sees every school.
Screenshots at 1366x900 and 390x844 go to test-artifacts/ (and two to docs/img/)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.audit.models import Event
from safepost.schools.models import Membership, OrganisationAdmin, Role
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_walkthrough import STEP_TIMEOUT_MS, pass_totp, sign_in
from tests.web.conftest import PASSWORD, World
from tests.web.inbox_support import Mailbox, smtp_fixture  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"
NEW_PASSWORD = "a-long-new-password-42"


@pytest.fixture
def site(live_server: Any) -> Iterator[str]:
    with override_settings(SAFEPOST_SITE_URL=live_server.url):
        yield live_server.url


def both_widths(page: Any, name: str, shot: Callable[[Any, str], None]) -> None:
    """A screenshot at desktop and phone width; nothing may be wider than the phone's screen."""
    page.set_viewport_size(DESKTOP)
    shot(page, f"people-{name}-1366")
    page.set_viewport_size(PHONE)
    shot(page, f"people-{name}-390")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name} is {overflow}px wider than a 390px screen"
    page.set_viewport_size(DESKTOP)


def _person(page: Any, username: str) -> Any:
    pk = Membership.objects.get(user__username=username).pk
    return page.locator(f"#person-{pk}")


def test_the_headteacher_invites_a_teacher_changes_a_role_and_resets_a_second_factor(
        browser: Any, site: str, bworld: World, smtp: Mailbox, shot: Callable[[Any, str], None]) -> None:
    TOTPDevice.objects.create(user=bworld.users[Role.DSL], name="old phone", confirmed=True)
    head = sign_in(browser, site, "headteacher-user")
    pass_totp(head)
    head.goto(site + "/s/alpha/")
    head.get_by_role("link", name="People and roles").first.click()
    both_widths(head, "list", shot)
    head.get_by_role("link", name="Invite a member of staff").click()
    head.get_by_label("Email address").fill("new.teacher@alpha.sch.uk")
    head.get_by_label("Role").select_option("staff")
    both_widths(head, "invite", shot)
    head.get_by_role("button", name="Send the invitation").click()
    assert "Invitation sent to new.teacher@alpha.sch.uk" in head.locator("main").inner_text()

    (mail,) = smtp.wait_for("new.teacher@alpha.sch.uk", 30)
    body = mail.get_payload(decode=True).decode()  # type: ignore[union-attr]
    (link,) = re.findall(r"https?://\S+/invitation/\S+", body)
    assert link.startswith(site)
    teacher = browser.new_page(viewport=DESKTOP)
    teacher.set_default_timeout(STEP_TIMEOUT_MS)
    teacher.goto(link)
    both_widths(teacher, "accept", shot)
    teacher.locator("#id_new_password1").fill(NEW_PASSWORD)
    teacher.locator("#id_new_password2").fill(NEW_PASSWORD)
    teacher.get_by_role("button", name="Save password").click()
    assert "/signin/" in teacher.url and "Your password is set" in teacher.locator("main").inner_text()
    teacher.get_by_label("Username").fill("new.teacher@alpha.sch.uk")
    teacher.get_by_label("Password").fill(NEW_PASSWORD)
    teacher.get_by_role("button", name="Sign in").click()
    assert teacher.url.rstrip("/").endswith("/s/alpha"), teacher.url  # one school: straight to it
    teacher.goto(link)  # the link works once
    assert "already used" in teacher.locator("main").inner_text()

    head.reload()
    row = _person(head, "new.teacher@alpha.sch.uk")
    row.get_by_label("Change role").select_option("governor")
    row.get_by_role("button", name="Change role").click()
    assert "is now Governor" in head.locator("main").inner_text()
    assert Membership.objects.get(user__username="new.teacher@alpha.sch.uk").role == Role.GOVERNOR

    _person(head, "dsl-user").get_by_role("button", name="Reset second factor").click()
    if "/signin/confirm/" in head.url:  # re-authentication, unless the second factor was just now
        head.get_by_label("Your password").fill(PASSWORD)
        head.get_by_role("button", name="Confirm").click()
        _person(head, "dsl-user").get_by_role("button", name="Reset second factor").click()
    assert "Second factor reset for" in head.locator("main").inner_text()
    assert not TOTPDevice.objects.filter(user=bworld.users[Role.DSL]).exists()
    both_widths(head, "after-changes", shot)
    DOCS_IMG.mkdir(exist_ok=True)
    shutil.copy(ARTIFACTS / "people-after-changes-1366.png", DOCS_IMG / "people-list.png")
    shutil.copy(ARTIFACTS / "people-after-changes-390.png", DOCS_IMG / "people-list-phone.png")
    assert smtp.wait_for(bworld.users[Role.DSL].email, 30)
    actions = set(Event.objects.filter(action__startswith="people.").values_list("action", flat=True))
    assert {"people.invited", "people.invitation-accepted", "people.role-changed",
            "people.second-factor-reset"} <= actions


def test_the_trust_it_administrator_sees_every_school(browser: Any, site: str, bworld: World,
                                                      shot: Callable[[Any, str], None]) -> None:
    it_admin = User.objects.create_user("trust-it", email="it@test-trust.org.uk", password=PASSWORD)
    OrganisationAdmin.objects.create(user=it_admin, organisation=bworld.school.organisation)
    page = sign_in(browser, site, "trust-it")
    pass_totp(page)
    page.get_by_role("link", name="Test Trust", exact=True).click()
    text = page.locator("main").inner_text()
    assert "Alpha School" in text and "Beta School" in text and "Zephyrine" not in text
    both_widths(page, "trust", shot)
    shutil.copy(ARTIFACTS / "people-trust-1366.png", DOCS_IMG / "people-trust.png")
