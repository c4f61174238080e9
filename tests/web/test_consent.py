"""Consent per pupil per channel, with history; withdrawal as an event."""

from __future__ import annotations

from django.urls import reverse

from safepost.consent.models import ConsentEvent
from safepost.schools.models import Role
from tests.web.conftest import World, verified_client


def test_it_records_and_withdraws_consent_with_history(world: World) -> None:
    client = verified_client(world.users[Role.DSL])
    pupil = world.pupils[1]
    page = reverse("consent:show-consent", kwargs={"school": world.school.slug, "pk": pupil.pk})
    response = client.post(page, {"channel": "website", "decision": "given", "evidence": "Signed form, 3 Sept"})
    assert response.status_code == 302
    pupil.refresh_from_db()
    assert pupil.consent_website is True
    client.post(page, {"channel": "website", "decision": "withdrawn", "evidence": "Email from parent"})
    pupil.refresh_from_db()
    assert pupil.consent_website is False
    changes = list(ConsentEvent.objects.filter(pupil=pupil).values_list("change", "recorded_by__username"))
    assert changes == [("withdrawn", "dsl-user"), ("given", "dsl-user")]
    assert b"Email from parent" in client.get(page).content


def test_it_will_not_withdraw_what_was_never_given(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    page = reverse("consent:show-consent", kwargs={"school": world.school.slug, "pk": world.pupils[0].pk})
    response = client.post(page, {"channel": "website", "decision": "withdrawn", "evidence": "x"})
    assert response.status_code == 200 and b"no consent to withdraw" in response.content


def test_it_needs_evidence(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    page = reverse("consent:show-consent", kwargs={"school": world.school.slug, "pk": world.pupils[0].pk})
    response = client.post(page, {"channel": "website", "decision": "given", "evidence": ""})
    assert response.status_code == 200 and not ConsentEvent.objects.exists()


def test_it_lets_staff_see_but_not_change_consent(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    page = reverse("consent:show-consent", kwargs={"school": world.school.slug, "pk": world.pupils[0].pk})
    assert client.get(page).status_code == 200
    response = client.post(page, {"channel": "website", "decision": "given", "evidence": "form"})
    assert response.status_code == 403 and not ConsentEvent.objects.exists()  # a member of the school: refused in words (403); outsiders get 404


def test_it_links_each_pupil_row_to_their_consent_page(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    html = client.get(reverse("schools:list-pupils", kwargs={"school": world.school.slug})).content.decode()
    for pupil in world.pupils:
        link = reverse("consent:show-consent", kwargs={"school": world.school.slug, "pk": pupil.pk})
        assert f'href="{link}"' in html
        assert client.get(link).status_code == 200
