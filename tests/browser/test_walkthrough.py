"""The main journeys in a real browser: second factor, an account from request to vault,
a roster import with errors then without, consent, and Welsh."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest
from django_otp.oath import totp

from safepost.accounts.models import OfficialAccount
from safepost.audit.models import Event
from safepost.schools.models import Pupil, Role
from tests.web.conftest import PASSWORD, World

pytestmark = pytest.mark.browser

ROSTER_BAD = ("pupil_id,first_name,last_name,consent_social_media,consent_website\n"
              "W001,Tamsin,Ravenhill,yes,yes\nW002,,Ravenhill,yes,maybe\nW003,=cmd|' /C calc'!A0,Ray,no,no\n")
ROSTER_GOOD = ("pupil_id,first_name,last_name,consent_social_media,consent_website\n"
               "W001,Tamsin,Ravenhill,yes,yes\nW002,Evander,Ravenhill,yes,no\n")


#: How long a step may take. Uploading a photo runs OCR and face detection, and submitting a post
#: checks it again for every channel: on a busy 2-core CI machine that took over 30 s once.
STEP_TIMEOUT_MS = 120_000


def sign_in(browser: Any, base: str, username: str) -> Any:
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.set_default_timeout(STEP_TIMEOUT_MS)
    page.goto(base + "/signin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    return page


def pass_totp(page: Any) -> None:
    secret = page.locator("#totp-secret").inner_text().strip()
    code = totp(base64.b32decode(secret))
    page.get_by_label("Six-digit code from your authenticator app").fill(f"{code:06d}")
    page.get_by_role("button", name="Continue").click()


def test_it_walks_an_account_from_request_to_vault(browser: Any, live_server: Any, bworld: World,
                                                   shot: Callable[[Any, str], None]) -> None:
    base = live_server.url
    staff = sign_in(browser, base, "staff-user")
    staff.goto(base + "/s/alpha/accounts/apply/")
    staff.get_by_label("Platform").select_option("instagram")
    staff.get_by_label("Account name").fill("Alpha Eco Club")
    staff.get_by_label("Aim: what the account is for").fill("Share the eco club's work")
    staff.get_by_label("Audience: who it is for").fill("Parents and carers")
    staff.get_by_label("How it will be promoted").fill("Newsletter and website")
    staff.get_by_label("Closed: only invited members").check()
    staff.get_by_label("Lead (responsible member of staff)").select_option(str(bworld.staff[0].pk))
    staff.get_by_label(str(bworld.staff[0]), exact=True).check()
    staff.get_by_label(str(bworld.staff[1]), exact=True).check()
    shot(staff, "01-apply-for-account")
    staff.get_by_role("button", name="Send the application").click()
    assert "Waiting for a decision" in staff.locator("#app-status").inner_text()
    application_url = staff.url

    head = sign_in(browser, base, "headteacher-user")
    assert "/signin/code/" in head.url
    shot(head, "02-second-factor-enrolment")
    pass_totp(head)
    head.goto(application_url)
    head.get_by_label("Approve").check()
    head.get_by_label("Reasons").fill("Clear aim; two trained staff")
    head.get_by_role("button", name="Record the decision").click()
    assert "Approved" in head.locator("#app-status").inner_text()
    shot(head, "03-application-approved")

    admin = sign_in(browser, base, "administrator-user")
    pass_totp(admin)
    admin.goto(application_url)
    admin.get_by_label("Address of the account (URL)").fill("https://www.instagram.com/alphaeco")
    admin.get_by_label("Handle or username shown on the platform").fill("@alphaeco")
    admin.get_by_label("I have checked that the account's About page links").check()
    admin.get_by_role("button", name="Record the account").click()
    admin.get_by_label("Sign-in name for the account").fill("alphaeco")
    admin.locator("#id_password").fill("Tr1cky-Secret")
    admin.get_by_role("button", name="Store in the vault").click()
    assert "Tr1cky-Secret" not in OfficialAccount.objects.get().secret
    admin.get_by_role("button", name="Reveal the login").click()
    if "/signin/confirm/" in admin.url:  # re-authentication, unless the second factor was just now
        admin.get_by_label("Your password").fill(PASSWORD)
        admin.get_by_role("button", name="Confirm").click()
        admin.get_by_role("button", name="Reveal the login").click()
    assert "Tr1cky-Secret" in admin.locator("#revealed-login").inner_text()
    shot(admin, "04-vault-reveal")
    assert Event.objects.filter(action="vault.login-revealed").count() == 1


def test_it_requires_reauthentication_to_reveal(browser: Any, live_server: Any, bworld: World) -> None:
    from safepost.accounts import actions
    from tests.web.test_accounts import apply, approve, record_account

    account = record_account(bworld, (app := apply(bworld)) and (approve(bworld, app) or app))
    from safepost.schools.models import Membership

    actions.do_store_login(Membership.objects.get(user=bworld.users[Role.HEADTEACHER]), account, "u", "pw-xyz")
    head = sign_in(browser, live_server.url, "headteacher-user")
    pass_totp(head)
    head.evaluate("1")
    from django.contrib.sessions.models import Session

    for session in Session.objects.all():  # age the re-authentication stamp
        data = session.get_decoded()
        data["reauth_at"] = 0
        Session.objects.filter(pk=session.pk).update(session_data=Session.objects.encode(data))
    # Sessions are read from the database on every request: the change is seen at once.
    head.goto(f"{live_server.url}/s/alpha/accounts/{account.pk}/")
    head.get_by_role("button", name="Reveal the login").click()
    assert "/signin/confirm/" in head.url
    head.get_by_label("Your password").fill(PASSWORD)
    head.get_by_role("button", name="Confirm").click()
    head.get_by_role("button", name="Reveal the login").click()
    assert "pw-xyz" in head.locator("#revealed-login").inner_text()


def test_it_imports_a_roster_with_errors_then_without(browser: Any, live_server: Any, bworld: World, tmp_path: Any,
                                                      shot: Callable[[Any, str], None]) -> None:
    admin = sign_in(browser, live_server.url, "administrator-user")
    pass_totp(admin)
    bad, good = tmp_path / "bad.csv", tmp_path / "good.csv"
    bad.write_text(ROSTER_BAD)
    good.write_text(ROSTER_GOOD)
    admin.goto(live_server.url + "/s/alpha/import/pupils/")
    admin.get_by_label("CSV file").set_input_files(str(bad))
    admin.get_by_role("button", name="Preview").click()
    errors = admin.locator("#import-errors").inner_text()
    assert "first_name" in errors and "formula" in errors and "not yes or no" in errors
    shot(admin, "05-import-with-errors")
    assert not Pupil.objects.filter(pupil_id="W001").exists()
    admin.get_by_role("link", name="Upload a corrected file").click()
    admin.get_by_label("CSV file").set_input_files(str(good))
    admin.get_by_role("button", name="Preview").click()
    assert "2 rows are ready" in admin.locator("#import-summary").inner_text()
    admin.get_by_role("button", name="Apply this import").click()
    assert Pupil.objects.filter(school=bworld.school, pupil_id__in=["W001", "W002"]).count() == 2
    shot(admin, "06-pupils-after-import")


def test_it_records_and_withdraws_consent_then_switches_to_welsh(browser: Any, live_server: Any, bworld: World,
                                                                 shot: Callable[[Any, str], None]) -> None:
    dsl = sign_in(browser, live_server.url, "dsl-user")
    pass_totp(dsl)
    pupil = bworld.pupils[0]
    dsl.goto(f"{live_server.url}/s/alpha/consent/pupils/{pupil.pk}/")
    dsl.get_by_label("Channel").select_option("website")
    dsl.get_by_label("Decision").select_option("given")
    dsl.get_by_label("Evidence").fill("Signed form returned")
    dsl.get_by_role("button", name="Record").click()
    dsl.get_by_label("Channel").select_option("website")
    dsl.get_by_label("Decision").select_option("withdrawn")
    dsl.get_by_label("Evidence").fill("Email from parent")
    dsl.get_by_role("button", name="Record").click()
    history = dsl.locator("#consent-history").inner_text()
    assert "Withdrawn" in history and "Given" in history
    shot(dsl, "07-consent-history")
    dsl.get_by_role("button", name="Cymraeg").click()
    assert dsl.locator("html").get_attribute("lang") == "cy"
    assert "Hanes" in dsl.content()
    shot(dsl, "08-consent-in-welsh")
    dsl.goto(live_server.url + "/s/alpha/")
    assert "Trosolwg" in dsl.content()
    shot(dsl, "09-dashboard-in-welsh")


def test_it_highlights_a_draft_live(browser: Any, live_server: Any, bworld: World,
                                    shot: Callable[[Any, str], None]) -> None:
    staff = sign_in(browser, live_server.url, "staff-user")
    staff.set_viewport_size({"width": 390, "height": 844})  # a phone
    staff.goto(live_server.url + "/s/alpha/policy/check/")
    staff.get_by_label("Your draft post").press_sequentially("Well done Ottoline Quillfeather on sports day!", delay=5)
    staff.locator("#marked mark").first.wait_for()
    assert "Ottoline" in staff.locator("#marked mark").first.inner_text()
    shot(staff, "10-check-a-draft-phone")


def test_it_adds_a_member_of_staff_then_records_their_leaving(browser: Any, live_server: Any, bworld: World,
                                                              shot: Callable[[Any, str], None]) -> None:
    from django.utils import timezone

    from safepost.schools.models import StaffMember

    admin = sign_in(browser, live_server.url, "administrator-user")
    pass_totp(admin)
    admin.goto(live_server.url + "/s/alpha/staff/")
    admin.get_by_role("link", name="Add a member of staff").click()
    admin.get_by_label("Staff code").fill("BRW1")
    admin.get_by_label("Last name").fill("Pemberton-Lowe")
    admin.get_by_role("button", name="Save").click()
    assert "Pemberton-Lowe" in admin.locator("main").inner_text()
    admin.get_by_role("link", name="Pemberton-Lowe").click()
    admin.get_by_label("First name").fill("Idris")
    admin.get_by_label("Last day at school").fill(timezone.localdate().isoformat())
    shot(admin, "11-staff-form")
    admin.get_by_role("button", name="Save").click()
    assert "Confirm a leaver" in admin.locator("main").inner_text()  # nothing recorded before this
    admin.get_by_role("button", name="Yes, record this leaver").click()
    staff = StaffMember.objects.get(school=bworld.school, staff_id="BRW1")
    # Today is their last day: still here, and the leaving can be undone until the day is over.
    assert staff.first_name == "Idris" and staff.left_on == timezone.localdate() and not staff.leaving_processed
    assert admin.get_by_role("button", name="Undo leaving").is_visible()
    shot(admin, "12-staff-after-leaver")
