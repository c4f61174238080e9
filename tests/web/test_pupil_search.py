"""Pupil names stay out of URLs (issue 8, item 9): the search is a POST, ``GET ?q=`` is not used,
and no template has a GET form or link that could carry a pupil's name."""

from __future__ import annotations

import re
from pathlib import Path

from django.urls import reverse

import safepost
from safepost.audit.views import FilterForm
from safepost.schools.models import Pupil, Role
from tests.web.conftest import World, verified_client

TEMPLATES = sorted(Path(safepost.__file__).parent.rglob("templates/**/*.html"))
#: GET forms that exist, and the fields they send: none of them a pupil's name.
ALLOWED_GET_FORMS = {
    "audit/events.html": {"person", "category", "since", "until"},  # a user id, a kind of event, dates
    "posts/calendar.html": {"account", "month"},  # an account id and a month: never a name
    "inbox/list.html": {"account", "queue"},  # an account id and a queue's name
    "inbox/sla.html": {"month"},
    "reports/governors.html": {"term", "lang"},  # a term (2025-autumn) and a language
    "reports/trust.html": {"term", "lang"},
}


def _url(world: World) -> str:
    return reverse("schools:list-pupils", kwargs={"school": world.school.slug})


def test_it_searches_by_post(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    html = client.get(_url(world)).content.decode()
    form = re.search(r'<form role="search"[^>]*>', html)
    assert form is not None and 'method="post"' in form.group(0) and "hx-post" in form.group(0)
    assert "hx-get" not in form.group(0)
    found = client.post(_url(world), {"q": "zephyr"}).content.decode()
    assert "Zephyrine" in found and "Barnaby" not in found
    partial = client.post(_url(world), {"q": "Barnaby"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Barnaby" in partial and "Zephyrine" not in partial and "<html" not in partial


def test_it_ignores_a_name_in_the_query_string(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    response = client.get(_url(world) + "?q=Zephyrine")
    assert response.status_code == 302 and response["Location"] == _url(world)  # the name is dropped
    page = client.get(response["Location"]).content.decode()
    assert all(p.first_name in page for p in world.pupils)  # not filtered
    assert 'value="Zephyrine"' not in page


def test_it_pages_a_search_without_putting_it_in_a_link(world: World) -> None:
    Pupil.objects.bulk_create(Pupil(school=world.school, pupil_id=f"PG{i}", first_name=f"Pagina{i}",
                                    last_name="Rowe") for i in range(60))
    client = verified_client(world.users[Role.STAFF])
    first = client.post(_url(world), {"q": "Pagina"}).content.decode()
    assert 'form="pupil-search" name="page" value="2"' in first and "?q=" not in first
    second = client.post(_url(world), {"q": "Pagina", "page": "2"}).content.decode()
    assert "Page 2 of 2" in second
    plain = client.get(_url(world)).content.decode()
    assert 'href="?page=2"' in plain and "?q=" not in plain


def test_it_has_no_get_form_or_link_that_carries_a_name() -> None:
    assert TEMPLATES, "no templates found"
    get_forms = {}
    for path in TEMPLATES:
        text = path.read_text()
        name = "/".join(path.parts[path.parts.index("templates") + 1:])
        assert "?q=" not in text and "&q=" not in text, name
        assert "hx-get" not in text.lower() or name in ALLOWED_GET_FORMS, name
        for form in re.findall(r"<form\b[^>]*>", text, re.IGNORECASE):
            # A form without a method is a GET form too.
            if 'method="post"' not in form.lower():
                get_forms[name] = form
    assert set(get_forms) == set(ALLOWED_GET_FORMS)
    for name, fields in ALLOWED_GET_FORMS.items():
        text = next(p for p in TEMPLATES if str(p).endswith(name)).read_text()
        body = re.search(r"<form\b[^>]*>(.*?)</form>", text, re.IGNORECASE | re.DOTALL)
        assert body is not None, name
        named = set(re.findall(r'\bname="([^"]+)"', body.group(1)))
        assert named <= fields | {"csrfmiddlewaretoken"}, (name, named - fields)
    assert set(FilterForm.base_fields) == ALLOWED_GET_FORMS["audit/events.html"]
