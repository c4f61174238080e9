"""Accessibility defects found in the walk-through (issue 14): help texts the fields point at
exist, radio and checkbox groups are fieldsets with a legend, the navigation marks where you
are, the severity dropdown shows the setting in force, and there is a favicon."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse

from safepost.schools.models import Role
from tests.web.conftest import World, verified_client

pytestmark = pytest.mark.django_db


class _Page(HTMLParser):
    """Ids, aria-describedby references, inputs with the fieldset/legend they sit in, current links."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.described: list[str] = []
        self.grouped: list[tuple[str, str, bool]] = []  # (type, name, inside a fieldset with a legend)
        self.current: list[tuple[str, str]] = []  # (aria-current, href)
        self._fieldsets: list[bool] = []
        self._in_school_nav = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if "aria-describedby" in a:
            self.described.extend(a["aria-describedby"].split())
        if tag == "fieldset":
            self._fieldsets.append(False)
        if tag == "legend" and self._fieldsets:
            self._fieldsets[-1] = True
        if tag == "input" and a.get("type") in {"radio", "checkbox"}:
            self.grouped.append((a["type"], a.get("name", ""), bool(self._fieldsets and self._fieldsets[-1])))
        if tag == "nav":
            self._in_school_nav = "school-nav" in a.get("class", "")
        if tag == "a" and "aria-current" in a and self._in_school_nav:
            self.current.append((a["aria-current"], a.get("href", "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "fieldset" and self._fieldsets:
            self._fieldsets.pop()
        if tag == "nav":
            self._in_school_nav = False


def _parse(client: Client, url: str, data: dict[str, str] | None = None) -> _Page:
    response = client.post(url, data) if data is not None else client.get(url)
    assert response.status_code in ((200,) if data is None else (200, 400)), url  # 400: a form with errors
    parsed = _Page()
    parsed.feed(response.content.decode())
    return parsed


def _pages(world: World) -> list[tuple[str, dict[str, str] | None]]:
    s = world.school.slug
    return [
        (reverse("consent:show-consent", kwargs={"school": s, "pk": world.pupils[0].pk}), None),
        (reverse("consent:show-consent", kwargs={"school": s, "pk": world.pupils[0].pk}), {"channel": "website"}),
        (reverse("schools:add-staff", kwargs={"school": s}), None),
        (reverse("schools:add-staff", kwargs={"school": s}), {"staff_id": ""}),
        (reverse("accounts:apply-account", kwargs={"school": s}), None),
        (reverse("accounts:apply-account", kwargs={"school": s}), {"platform": "facebook"}),
        (reverse("schools:upload-import", kwargs={"school": s, "kind": "pupils"}), None),
        (reverse("audit:list-events", kwargs={"school": s}), None),
    ]


def test_every_aria_describedby_points_at_an_element_on_the_page(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    for url, data in _pages(world):
        page = _parse(client, url, data)
        missing = [ref for ref in page.described if ref not in page.ids]
        assert not missing, (url, data, missing)
    form = _parse(client, reverse("consent:show-consent", kwargs={"school": world.school.slug,
                                                                  "pk": world.pupils[0].pk}))
    assert "id_evidence_helptext" in form.described  # the help text is announced with the field


def test_radio_and_checkbox_groups_are_fieldsets_with_a_legend(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    page = _parse(client, reverse("accounts:apply-account", kwargs={"school": world.school.slug}))
    groups = [g for g in page.grouped if g[0] == "radio" or g[1] == "runners"]
    assert groups, "the application form has radio and checkbox groups"
    assert all(inside for _type, _name, inside in groups), groups


@pytest.mark.parametrize(("url_name", "kwargs", "current"), [
    ("schools:dashboard", {}, ("page", "/s/alpha/")),
    ("posts:queue", {}, ("page", "/s/alpha/posts/")),
    ("posts:show-calendar", {}, ("true", "/s/alpha/posts/")),
    ("schools:list-staff", {}, ("page", "/s/alpha/staff/")),
    ("schools:add-staff", {}, ("true", "/s/alpha/staff/")),
    ("schools:list-pupils", {}, ("page", "/s/alpha/pupils/")),
    ("policies:show-policy", {}, ("page", "/s/alpha/policy/")),
    ("policies:check-draft", {}, ("page", "/s/alpha/policy/check/")),
    ("audit:list-events", {}, ("page", "/s/alpha/audit/")),
])
def test_the_navigation_marks_where_you_are(world: World, url_name: str, kwargs: dict[str, str],
                                            current: tuple[str, str]) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    page = _parse(client, reverse(url_name, kwargs={"school": world.school.slug, **kwargs}))
    assert page.current == [current]


def test_the_severity_dropdown_shows_the_setting_in_force(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    url = reverse("policies:show-policy", kwargs={"school": world.school.slug})
    html = client.get(url).content.decode()
    rule = html.split('<select id="sev-')[1].split('"')[0]
    chosen = html.split(f'<select id="sev-{rule}"')[1].split("</select>")[0]
    assert '<option value="pack" selected>' in chosen and chosen.count("selected") == 1
    change = reverse("policies:change-severity", kwargs={"school": world.school.slug})
    client.post(change, {"rule": rule, "severity": "advise", "reason": "too strict for us"})
    chosen = client.get(url).content.decode().split(f'<select id="sev-{rule}"')[1].split("</select>")[0]
    assert '<option value="advise" selected>' in chosen and chosen.count("selected") == 1


def test_there_is_a_favicon(world: World) -> None:
    dashboard = reverse("schools:dashboard", kwargs={"school": world.school.slug})
    html = verified_client(world.users[Role.VOLUNTEER]).get(dashboard).content.decode()
    assert 'rel="icon"' in html and "favicon.svg" in html
    assert finders.find("safepost/favicon.svg")
    response = Client().get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("favicon.svg")
