"""The phone-first layout (issue 14): a compact header, tables that become lists, nothing cut off.

The headteacher opens the main pages at 390x844 (a phone) and at 1366x900 (a laptop); the
measurements are made in the browser, on the real layout. A long school name, a long vault login
and a member of staff leaving are seeded, because those are what used to spill out of their
boxes. Screenshots of every page at both widths go to ``test-artifacts/phone/``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from safepost.schools.models import Membership, Role
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_accessibility import seed
from tests.web.conftest import World, verified_client

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}
LONG_SCHOOL_NAME = "Ysgol Gynradd Llanfairpwllgwyngyll and St Tysilio's Church in Wales Voluntary Aided Primary School"
LONG_PASSWORD = "Tr1cky-" + "Qz7" * 24  # one unbroken token, as password managers make them
LONG_USERNAME = "alpha-primary-school-parent-teacher-association-official"
SHOTS = ARTIFACTS / "phone"


def seed_long_content(world: World) -> int:
    """What used to overflow: the school's long name, a long login in the vault, a leaver."""
    from safepost.accounts.actions import do_store_login
    from safepost.accounts.models import OfficialAccount
    from safepost.audit.chain import record

    seed(world)
    world.school.name = LONG_SCHOOL_NAME
    world.school.save(update_fields=["name"])
    leaver = world.staff[1]
    leaver.left_on = date(2026, 12, 18)
    leaver.save(update_fields=["left_on"])
    account = OfficialAccount.objects.get(school=world.school)
    do_store_login(Membership.objects.get(user=world.users[Role.HEADTEACHER]), account, LONG_USERNAME, LONG_PASSWORD,
                   notes="Recovery codes: " + "-".join(["ABCD1234EFGH"] * 8))
    # An event whose detail holds long unbroken values: the audit trail's Detail column was cut off.
    record(world.users[Role.HEADTEACHER], world.school, "schools.import-applied", world.school,
           file="staff-export-from-the-management-information-system-" + "2026" * 12 + ".csv", checksum="ab" * 32)
    return account.pk


def pages(world: World, account_pk: int) -> dict[str, str]:
    slug = {"school": world.school.slug}
    return {
        "overview": reverse("schools:dashboard", kwargs=slug),
        "staff": reverse("schools:list-staff", kwargs=slug),
        "posts": reverse("posts:queue", kwargs=slug),
        "inbox": reverse("inbox:list-inbox", kwargs=slug),
        "accounts": reverse("accounts:list-accounts", kwargs=slug),
        "vault": reverse("accounts:show-account", kwargs={**slug, "pk": account_pk}),
        "audit": reverse("audit:list-events", kwargs=slug),
    }


def headteacher_context(browser: Any, base: str, world: World, viewport: dict[str, int]) -> Any:
    """Signed in with the second factor passed and a fresh password confirmation (for the vault)."""
    client = verified_client(world.users[Role.HEADTEACHER])
    session = client.session
    session["reauth_at"] = timezone.now().timestamp()
    session.save()
    context = browser.new_context(viewport=viewport)
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": base}])
    return context


def open_page(context: Any, base: str, name: str, path: str) -> Any:
    page = context.new_page()
    page.set_default_timeout(30_000)
    response = page.goto(base + path)
    assert response is not None and response.status == 200, f"{name}: {path} answered {response and response.status}"
    if name == "vault":
        page.get_by_role("button", name="Reveal the login").click()
        page.locator("#revealed-login").wait_for()
    page.wait_for_load_state("load")
    return page


#: Elements that stick out of the page to the right (what makes a phone scroll sideways).
WIDER_THAN_VIEWPORT = """() => [...document.querySelectorAll('body *')]
  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 1; })
  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).replace(/ /g, '.') : ''))"""

#: Cells whose content is wider than the cell, or tables wider than the box they sit in.
CLIPPED_CELLS = """() => {
  const out = [];
  for (const table of document.querySelectorAll('main table')) {
    if (!table.getClientRects().length) continue;
    const box = table.parentElement;
    if (table.getBoundingClientRect().right > box.getBoundingClientRect().right + 1 || box.scrollWidth > box.clientWidth + 1)
      out.push('table ' + (table.id || table.className) + ' wider than its box');
    for (const cell of table.querySelectorAll('td, th'))
      if (cell.scrollWidth > cell.clientWidth + 1) out.push(cell.tagName + ': ' + cell.textContent.trim().slice(0, 40));
  }
  return out;
}"""


def test_the_main_pages_fit_a_phone(browser: Any, live_server: Any, bworld: World) -> None:
    account_pk = seed_long_content(bworld)
    base = live_server.url
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = headteacher_context(browser, base, bworld, PHONE)
    for name, path in pages(bworld, account_pk).items():
        page = open_page(context, base, name, path)
        page.screenshot(path=str(SHOTS / f"390-{name}.png"), full_page=True)
        header = page.locator("header.top").bounding_box()
        assert header and header["height"] <= 80, f"{name}: the header is {header and header['height']} px tall"
        content_top = page.evaluate("document.querySelector('main').getBoundingClientRect().top")
        assert content_top <= 120, f"{name}: the page's content starts {content_top} px down (header and menu)"
        school = page.locator(".menu-school")
        assert school.is_visible() and school.evaluate("e => e.getClientRects().length") == 1, \
            f"{name}: the school's name is not on one line"
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], \
            f"{name}: wider than the phone: {page.evaluate(WIDER_THAN_VIEWPORT)[:8]}"
        for target in page.locator("main button, main .button, main summary").all():
            if target.is_visible():
                box = target.bounding_box()
                assert box and box["height"] >= 24 and box["width"] >= 24, f"{name}: a small target {target.inner_text()!r}"
        page.close()
    context.close()


def test_the_navigation_is_a_menu_on_a_phone_and_a_row_on_a_laptop(browser: Any, live_server: Any,
                                                                  bworld: World) -> None:
    seed(bworld)
    base = live_server.url
    staff = reverse("schools:list-staff", kwargs={"school": bworld.school.slug})
    phone = open_page(headteacher_context(browser, base, bworld, PHONE), base, "staff", staff)
    audit_link = phone.locator("nav.school-nav a", has_text="Audit trail")
    assert not audit_link.is_visible(), "the menu should start closed on a phone"
    phone.locator(".menu > summary").click()
    assert audit_link.is_visible()
    box = audit_link.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] and box["height"] >= 44
    phone.screenshot(path=str(SHOTS / "390-menu-open.png"), full_page=True)

    laptop = open_page(headteacher_context(browser, base, bworld, LAPTOP), base, "staff", staff)
    assert not laptop.locator(".menu > summary").is_visible(), "no menu button at laptop width"
    assert laptop.locator("nav.school-nav a", has_text="Audit trail").is_visible()
    assert laptop.locator("header .school-name").is_visible()


def test_the_staff_page_buttons_are_inside_the_screen(browser: Any, live_server: Any, bworld: World) -> None:
    account_pk = seed_long_content(bworld)
    base = live_server.url
    page = open_page(headteacher_context(browser, base, bworld, PHONE), base, "staff", pages(bworld, account_pk)["staff"])
    buttons = page.locator("main button, main a.button").all()
    assert len(buttons) >= 5  # add, import, three "Record leaving", one "Undo leaving"
    for button in buttons:
        box = button.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], \
            f"{button.inner_text()!r} is cut off: {box}"
        assert box["height"] >= 44, f"{button.inner_text()!r} is {box['height']} px tall: too small to tap"


def test_the_revealed_login_stays_inside_its_box(browser: Any, live_server: Any, bworld: World) -> None:
    account_pk = seed_long_content(bworld)
    base = live_server.url
    page = open_page(headteacher_context(browser, base, bworld, PHONE), base, "vault", pages(bworld, account_pk)["vault"])
    box = page.locator("#revealed-login")
    assert LONG_PASSWORD in box.inner_text()
    assert box.evaluate("e => e.scrollWidth <= e.clientWidth"), "the revealed login spills out of its box"
    outer = box.bounding_box()
    for code in box.locator("code").all():
        inner = code.bounding_box()
        assert outer and inner and inner["x"] + inner["width"] <= outer["x"] + outer["width"]


def test_tables_become_labelled_lists_on_a_phone_and_stay_tables_for_screen_readers(
        browser: Any, live_server: Any, bworld: World) -> None:
    account_pk = seed_long_content(bworld)
    base = live_server.url
    page = open_page(headteacher_context(browser, base, bworld, PHONE), base, "staff", pages(bworld, account_pk)["staff"])
    table = page.locator("main table").first
    cell = table.locator("tbody tr").first.locator("td").nth(1)
    assert cell.evaluate("e => getComputedStyle(e).display") == "block"
    assert cell.get_attribute("data-label") == "Role"
    assert "Role" in cell.evaluate("e => getComputedStyle(e, '::before').content")
    assert table.locator("thead").evaluate("e => e.getBoundingClientRect().height") <= 1, "the header row still shows"
    # Changing a table's display drops its semantics in Chrome and Safari: the roles are given back.
    assert table.get_attribute("role") == "table" and cell.get_attribute("role") == "cell"
    assert table.locator("thead th").first.get_attribute("role") == "columnheader"
    tree = table.aria_snapshot()  # what assistive technology is told, from the browser's accessibility tree
    assert tree.startswith("- table") and 'columnheader "Role"' in tree and 'cell "Teacher"' in tree, tree
    rows = table.locator("tbody tr").all()
    assert len(rows) == len(bworld.staff)
    widths = {round(row.bounding_box()["width"]) for row in rows}  # type: ignore[index]
    assert len(widths) == 1, "every card as wide as the screen allows"


def test_no_table_cell_is_clipped_on_a_laptop(browser: Any, live_server: Any, bworld: World) -> None:
    account_pk = seed_long_content(bworld)
    base = live_server.url
    context = headteacher_context(browser, base, bworld, LAPTOP)
    for name, path in pages(bworld, account_pk).items():
        page = open_page(context, base, name, path)
        page.screenshot(path=str(SHOTS / f"1366-{name}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"], name
        assert page.evaluate(CLIPPED_CELLS) == [], name
        for table in page.locator("main table").all():
            assert table.evaluate("e => getComputedStyle(e).display") == "table", f"{name}: a table is stacked at 1366 px"
        page.close()
    context.close()
