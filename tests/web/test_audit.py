"""The audit trail: hash chain, append-only, verification, the SLT page, no pupil names."""

from __future__ import annotations

import itertools

import pytest
from django.db import connection
from django.urls import reverse

from safepost.audit.chain import record, verify
from safepost.audit.models import AppendOnlyError, Event
from safepost.schools.models import Role
from tests.web.conftest import World, verified_client


def _events(world: World, n: int = 5) -> None:
    for i in range(n):
        record(world.users[Role.HEADTEACHER], world.school, "test.event", world.school, number=i)


def _sql(statement: str, *params: object) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def test_it_chains_each_event_to_the_one_before(world: World) -> None:
    _events(world)
    events = list(Event.objects.all())
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
    assert verify() == (5, [])


def test_it_refuses_changes_through_the_orm(world: World) -> None:
    _events(world, 1)
    event = Event.objects.get()
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        Event.objects.all().update(action="x")
    with pytest.raises(AppendOnlyError):
        Event.objects.all().delete()


def test_it_detects_an_edited_event(world: World) -> None:
    _events(world)
    _sql("UPDATE audit_event SET action = %s WHERE seq = %s", "test.innocent", 3)
    _count, problems = verify()
    assert [p.seq for p in problems] == [3]
    assert "changed" in problems[0].message


def test_it_detects_a_deleted_event(world: World) -> None:
    _events(world)
    _sql("DELETE FROM audit_event WHERE seq = %s", 2)
    _count, problems = verify()
    assert problems and problems[0].seq == 3 and "missing" in problems[0].message


def test_it_detects_a_deleted_last_event(world: World) -> None:
    _events(world)
    _sql("DELETE FROM audit_event WHERE seq = %s", 5)
    _count, problems = verify()
    assert problems and "should end at event 5" in problems[-1].message


def test_it_filters_the_audit_page_by_person_and_date(world: World) -> None:
    _events(world, 3)
    record(world.users[Role.SLT], world.school, "test.other", world.staff[0])
    record(world.outsider, world.other, "test.elsewhere", world.other)
    client = verified_client(world.users[Role.SLT])
    page = reverse("audit:list-events", kwargs={"school": world.school.slug})
    everything = client.get(page).content
    assert b"test, event" in everything and b"test, elsewhere" not in everything
    by_person = client.get(page, {"person": str(world.users[Role.SLT].pk)}).content
    assert b"test, other" in by_person and b"test, event" not in by_person
    assert b"test, event" not in client.get(page, {"until": "2000-01-01"}).content


def test_it_never_writes_a_pupil_name_into_an_event(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    pupil = world.pupils[0]
    consent = reverse("consent:show-consent", kwargs={"school": world.school.slug, "pk": pupil.pk})
    client.post(consent, {"channel": "website", "decision": "given", "evidence": f"form from {pupil.first_name}'s mum"})
    client.post(consent, {"channel": "website", "decision": "withdrawn", "evidence": f"{pupil.first_name} moved"})
    upload = reverse("schools:upload-import", kwargs={"school": world.school.slug, "kind": "pupils"})
    from django.core.files.uploadedfile import SimpleUploadedFile

    csv = b"pupil_id,first_name,last_name\nNEW1,Wilhelmina,Fairweather\n"
    client.post(upload, {"file": SimpleUploadedFile("r.csv", csv)})
    names = {pupil.first_name, pupil.last_name, "Wilhelmina", "Fairweather"}
    for event in Event.objects.all():
        text = f"{event.action} {event.object_type} {event.object_id} {event.detail}"
        assert not any(name in text for name in names), text
    assert Event.objects.filter(action="consent.withdrawn").exists()


def _link(html: str, rel: str) -> str:
    import html as html_module
    import re

    found = re.search(rf'<a rel="{rel}" href="([^"]+)"', html)
    assert found, f"no {rel} link"
    return html_module.unescape(found.group(1))


def test_it_pages_through_older_events_keeping_the_filter_and_one_page_number(world: World) -> None:
    from urllib.parse import parse_qs, urlsplit

    _events(world, 120)
    client = verified_client(world.users[Role.HEADTEACHER])
    url = reverse("audit:list-events", kwargs={"school": world.school.slug})
    person = str(world.users[Role.HEADTEACHER].pk)
    first = client.get(url, {"person": person})
    older = _link(first.content.decode(), "next")
    assert parse_qs(urlsplit(older).query) == {"person": [person], "page": ["2"]}
    second = client.get(url + older)
    assert second.status_code == 200 and "Page 2 of 3" in second.content.decode()
    oldest = _link(second.content.decode(), "next")
    query = parse_qs(urlsplit(oldest).query)
    assert query["page"] == ["3"] and query["person"] == [person]
    third = client.get(url + oldest).content.decode()
    assert 'rel="next"' not in third
    newer = parse_qs(urlsplit(_link(third, "prev")).query)
    assert newer["page"] == ["2"]
    # The oldest page ends at the first event of the chain.
    assert '<td class="seq">1</td>' in third
