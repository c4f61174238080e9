"""The policy page, local severity changes, and the live draft check."""

from __future__ import annotations

from django.urls import reverse

from safepost.policies.models import SeverityChange
from safepost.schools.models import Role
from tests.web.conftest import World, verified_client


def test_it_shows_each_rule_with_its_clause(world: World) -> None:
    page = verified_client(world.users[Role.GOVERNOR]).get(
        reverse("policies:show-policy", kwargs={"school": world.school.slug}))
    assert page.status_code == 200
    assert b'id="rule-pupil-name"' in page.content and b"<blockquote>" in page.content


def test_it_records_a_local_severity_change_with_who_and_why(world: World) -> None:
    client = verified_client(world.users[Role.SLT])
    client.post(reverse("policies:change-severity", kwargs={"school": world.school.slug}),
                {"rule": "phone-number", "severity": "advise", "reason": "Our office number is public"})
    change = SeverityChange.objects.get()
    assert (change.rule, change.severity, change.changed_by.username) == ("phone-number", "advise", "slt-user")
    page = client.get(reverse("policies:show-policy", kwargs={"school": world.school.slug}))
    assert b"Our office number is public" in page.content


def test_it_checks_a_draft_live_and_highlights_a_pupil_name(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    url = reverse("policies:check-draft", kwargs={"school": world.school.slug})
    assert client.get(url).status_code == 200
    response = client.post(url, {"text": "Well done Zephyrine Quillfeather for <b>winning</b>!", "channel": "facebook"},
                           HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html  # a partial for htmx
    assert '<mark class="sev-block"' in html and "PUP" in html
    assert "&lt;b&gt;winning&lt;/b&gt;" in html  # the draft is escaped


def test_it_turns_a_rule_off_locally(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    client.post(reverse("policies:change-severity", kwargs={"school": world.school.slug}),
                {"rule": "pupil-name", "severity": "off", "reason": "testing"})
    response = client.post(reverse("policies:check-draft", kwargs={"school": world.school.slug}),
                           {"text": "Well done Zephyrine Quillfeather!"}, HTTP_HX_REQUEST="true")
    assert b"PUP0" not in response.content
