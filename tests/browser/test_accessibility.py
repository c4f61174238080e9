"""Every page, as every role, in English and Welsh, at 1366 and 390 px, checked by axe-core (WCAG 2.2 AA).

axe-core comes from the npm registry (``tools/axe``: ``npm ci --prefix tools/axe``, which
``.ci/run`` does); it is injected into each page by Playwright, whose context bypasses our own
Content-Security-Policy for that one script (the site itself still sends the header).

The pages are found by walking the links each role can see from the school's overview, so a
new page is checked as soon as something links to it. Each page is loaded once per role and
language and checked at both widths (the window is resized between the two checks). A serious or critical violation fails the
test, listed with the page, the role, the language and the elements involved. A screenshot of
every page walked is left in ``test-artifacts/pages/`` for a person to look at.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlparse

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.utils import timezone

from safepost.schools.models import OrganisationAdmin
from tests.web.conftest import World, verified_client

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
FAILING_IMPACTS = {"serious", "critical"}
#: Links never followed: they change state on a GET or leave the page's purpose (downloads).
SKIP = ("/signout", "/signin/", "/language/", "/api/", ".csv", ".pdf", ".zip", "/static/", "/media/", "format=",
        "/download", "/export")
MAX_PAGES_PER_ROLE = 60
LANGUAGES = ("en", "cy")
WIDTHS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "pages"


@dataclass(frozen=True)
class Violation:
    page: str
    role: str
    language: str
    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        return (f"{self.page} as {self.role} ({self.language}): {self.rule} [{self.impact}] {self.help}; "
                f"elements: {', '.join(self.targets[:4])}")


def seed(world: World) -> None:
    """Something on every page: a post waiting for approval, comments in the inbox."""
    from safepost.inbox.ingest import do_ingest_comments
    from tests.web.inbox_support import make_account, publication, remote
    from tests.web.posts_fixtures import submitted_post

    account = make_account(world)
    submitted_post(world, account)
    publication(world, account, "post-1")
    now = timezone.now()
    do_ingest_comments(account, [
        remote("c1", "What time does the fair start on Saturday?", now - timedelta(hours=2)),
        remote("c2", "You lot are useless, sort it out", now - timedelta(hours=30)),
    ])


def session_cookie(user: User, language: str, base: str) -> dict[str, Any]:
    client = verified_client(user)
    session = client.session
    session["language"] = language
    session.save()
    return {"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": base}


def same_site_links(page: Any, base: str) -> list[str]:
    hrefs: list[str] = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    links = []
    for href in hrefs:
        url = urldefrag(href)[0]
        parts = urlparse(url)
        if url.startswith(base) and not any(part in f"{parts.path}?{parts.query}" for part in SKIP):
            links.append(url)
    return links


def shape(url: str) -> str:
    """One page per template: ``/s/alpha/posts/12/?page=3`` and ``/s/alpha/posts/7/?page=1`` are
    the same page to axe, so only the first is visited."""
    parts = urlparse(url)
    keys = sorted(pair.split("=")[0] for pair in parts.query.split("&") if pair)
    return re.sub(r"\d+", "N", parts.path) + "?" + "&".join(keys)


def walk(context: Any, base: str, start: str) -> Iterator[tuple[str, Any]]:
    """Breadth-first over the kinds of page a signed-in user can reach from ``start``."""
    page = context.new_page()
    page.set_default_timeout(60_000)
    seen: set[str] = set()
    queue = [base + start]
    while queue and len(seen) < MAX_PAGES_PER_ROLE:
        url = queue.pop(0)
        if shape(url) in seen:
            continue
        seen.add(shape(url))
        response = page.goto(url)
        if response is None or response.status >= 400 or not response.headers.get("content-type", "").startswith("text/html"):
            continue
        yield url.removeprefix(base), page
        queue.extend(link for link in same_site_links(page, base) if shape(link) not in seen)
    page.close()


@functools.cache
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def axe_violations(page: Any) -> list[dict[str, Any]]:
    # Injected once per page load: the second check (after a resize) reuses it rather than
    # parsing axe's half a megabyte of script again. A navigation clears it.
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(content=axe_source())
    # resultTypes: axe lists every element only for the violations, which are all we read; the
    # passes still come back (one element each), so a page axe did not check still fails below.
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
                           " resultTypes: ['violations']})", WCAG_TAGS)
    assert result["passes"], f"axe checked nothing on {page.url}"  # a clean page has passes, not silence
    violations: list[dict[str, Any]] = result["violations"]
    return violations


def screenshot_name(role: str, language: str, width: str, path: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"
    return f"{role}-{language}-{width}-{slug}.png"


def people(world: World) -> dict[str, User]:
    from safepost.schools.models import Organisation

    admin = User.objects.create_user("org-admin-user", password="x-unused-x")
    OrganisationAdmin.objects.create(user=admin, organisation=Organisation.objects.get(slug="test-trust"))
    return {**{role.value: user for role, user in world.users.items()}, "org-admin": admin}


def test_every_page_meets_wcag_aa_for_every_role_in_both_languages(browser: Any, live_server: Any,
                                                                     bworld: World) -> None:
    assert AXE.exists(), "axe-core is missing: run `npm ci --prefix tools/axe`"
    seed(bworld)
    base = live_server.url
    found: list[Violation] = []
    minor: list[Violation] = []
    checked = 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    for role, user in people(bworld).items():
        for language in LANGUAGES:
            context = browser.new_context(bypass_csp=True, viewport=WIDTHS["desktop"])
            context.add_cookies([session_cookie(user, language, base)])
            for path, page in walk(context, base, "/"):
                checked += 1
                for width, viewport in WIDTHS.items():
                    page.set_viewport_size(viewport)
                    page.screenshot(path=str(SHOTS / screenshot_name(role, language, width, path)), full_page=True)
                    for v in axe_violations(page):
                        violation = Violation(path, role, f"{language}, {width}", v["id"], v["impact"] or "",
                                              v["help"], tuple(" ".join(map(str, node["target"])) for node in v["nodes"]))
                        (found if v["impact"] in FAILING_IMPACTS else minor).append(violation)
                page.set_viewport_size(WIDTHS["desktop"])
            context.close()
    report = "\n".join(sorted({str(v) for v in found}))
    (Path(__file__).resolve().parents[2] / "test-artifacts").mkdir(exist_ok=True)
    # Moderate and minor findings are kept for a person to read; they do not fail the test.
    (Path(__file__).resolve().parents[2] / "test-artifacts" / "axe.json").write_text(json.dumps(
        {"pages_checked": checked, "failing": [v.__dict__ for v in found], "other": [v.__dict__ for v in minor]},
        indent=1), encoding="utf-8")
    assert checked > 40, f"only {checked} pages were reached: the walk is broken"
    assert not found, f"{len(found)} serious or critical accessibility violations:\n{report}"
