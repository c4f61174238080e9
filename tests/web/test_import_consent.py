"""A roster import never silently overturns consent a person withdrew in safepost (issue 8,
item 7), and every consent change an import makes writes a consent event and an audit event."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from safepost.audit.models import Event
from safepost.consent.models import ConsentEvent
from safepost.schools.models import ImportBatch, Pupil, Role
from tests.web.conftest import World, verified_client

HEADER = b"pupil_id,first_name,last_name,consent_social_media,consent_website\n"


def _consent(client: Client, world: World, pupil: Pupil, channel: str, decision: str) -> None:
    url = reverse("consent:show-consent", kwargs={"school": world.school.slug, "pk": pupil.pk})
    assert client.post(url, {"channel": channel, "decision": decision, "evidence": "Email from parent"}).status_code == 302


def _preview(client: Client, world: World, data: bytes) -> tuple[ImportBatch, str]:
    response = client.post(reverse("schools:upload-import", kwargs={"school": world.school.slug, "kind": "pupils"}),
                           {"file": SimpleUploadedFile("roster.csv", data, content_type="text/csv")})
    assert response.status_code == 302
    batch = ImportBatch.objects.order_by("-pk").first()
    assert batch is not None and batch.errors == []
    page = client.get(reverse("schools:preview-import", kwargs={"school": world.school.slug, "pk": batch.pk}))
    return batch, page.content.decode()


def _apply(client: Client, world: World, batch: ImportBatch, regrant: list[str] = []) -> str:  # noqa: B006
    response = client.post(reverse("schools:apply-import", kwargs={"school": world.school.slug, "pk": batch.pk}),
                           {"regrant": regrant}, follow=True)
    return response.content.decode()


def _row(pupil: Pupil, social: str, website: str) -> bytes:
    return f"{pupil.pupil_id},{pupil.first_name},{pupil.last_name},{social},{website}\n".encode()


def _no_names_in_the_trail(world: World) -> None:
    names = {n for p in Pupil.objects.all() for n in (p.first_name, p.last_name, p.preferred_name) if n}
    for event in Event.objects.all():
        assert not any(name in str(event.detail) for name in names), (event.action, event.detail)


def test_it_keeps_a_withdrawal_the_file_says_yes_to_unless_confirmed(world: World) -> None:
    dsl, admin = verified_client(world.users[Role.DSL]), verified_client(world.users[Role.ADMINISTRATOR])
    pupil = world.pupils[0]  # social media consent given
    _consent(dsl, world, pupil, "social_media", "withdrawn")
    withdrawn_on = timezone.localtime(ConsentEvent.objects.get(pupil=pupil, change="withdrawn").recorded_at)
    batch, page = _preview(admin, world, HEADER + _row(pupil, "yes", "no"))
    assert f"withdrawn in safepost on {withdrawn_on:%-d %b %Y}; the file says yes" in page
    assert f'name="regrant" value="{pupil.pk}:social_media"' in page
    events_before = ConsentEvent.objects.count()
    message = _apply(admin, world, batch)  # nobody ticked the box
    pupil.refresh_from_db()
    assert pupil.consent_social_media is False
    assert ConsentEvent.objects.count() == events_before
    assert "Consent withdrawn in safepost was kept for 1" in message
    _no_names_in_the_trail(world)


def test_it_gives_consent_again_when_a_person_confirms_it_for_that_pupil(world: World) -> None:
    dsl, admin = verified_client(world.users[Role.DSL]), verified_client(world.users[Role.ADMINISTRATOR])
    first, second = world.pupils[0], world.pupils[1]
    for pupil in (first, second):
        _consent(dsl, world, pupil, "social_media", "withdrawn")
    batch, page = _preview(admin, world, HEADER + _row(first, "yes", "no") + _row(second, "yes", "no"))
    assert page.count('name="regrant"') == 2
    _apply(admin, world, batch, regrant=[f"{first.pk}:social_media"])
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.consent_social_media is True and second.consent_social_media is False
    event = ConsentEvent.objects.filter(pupil=first).first()
    assert event is not None and (event.change, event.granted, event.by_import) == ("imported", True, True)
    assert "confirmed in the preview" in event.evidence
    audit = Event.objects.get(action="consent.imported", detail__over_withdrawal=True)
    assert audit.detail == {"source": "import", "channel": "social_media", "granted": True, "over_withdrawal": True,
                            "pupils": [first.pk], "consent_events": [event.pk]}
    assert audit.object_type == "schools.importbatch" and audit.object_id == str(batch.pk)
    assert not any(second.pk in e.detail.get("pupils", []) for e in Event.objects.filter(action__startswith="consent."))
    _no_names_in_the_trail(world)


def test_it_protects_a_refusal_a_person_recorded_too(world: World) -> None:
    dsl, admin = verified_client(world.users[Role.DSL]), verified_client(world.users[Role.ADMINISTRATOR])
    pupil = world.pupils[2]
    _consent(dsl, world, pupil, "website", "refused")
    batch, page = _preview(admin, world, HEADER + _row(pupil, "yes", "yes"))
    assert "refused in safepost on" in page and f'value="{pupil.pk}:website"' in page
    _apply(admin, world, batch)
    pupil.refresh_from_db()
    assert pupil.consent_website is False and pupil.consent_social_media is True


def test_it_writes_a_consent_event_and_an_audit_event_for_every_change(world: World) -> None:
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    known = world.pupils[1]  # social media yes, website no
    data = HEADER + _row(known, "no", "yes") + b"N001,Marigold,Ashcombe,yes,no\n"
    batch, page = _preview(admin, world, data)
    assert 'name="regrant"' not in page  # nothing withdrawn in safepost
    _apply(admin, world, batch)
    known.refresh_from_db()
    assert (known.consent_social_media, known.consent_website) == (False, True)
    imported = ConsentEvent.objects.filter(by_import=True)
    # The known pupil: two changes; the new pupil: the two values the file gives.
    assert imported.count() == 4
    assert set(imported.filter(pupil=known).values_list("change", "granted")) == {("withdrawn", False),
                                                                                  ("imported", True)}
    # Every change is in the audit trail, by id: one event per channel and kind of change.
    trail = Event.objects.filter(action__startswith="consent.", detail__source="import")
    audited = {(c, p, e.action, e.detail["channel"], e.detail["granted"]) for e in trail
               for c, p in zip(e.detail["consent_events"], e.detail["pupils"], strict=True)}
    assert audited == {(c.pk, c.pupil_id, f"consent.{c.change}", c.channel, c.granted) for c in imported}
    _no_names_in_the_trail(world)


def test_it_follows_the_file_for_a_no_the_import_itself_made(world: World) -> None:
    """A "no" that came from the MIS in an earlier import is the MIS's to change back."""
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    pupil = world.pupils[0]
    batch, _ = _preview(admin, world, HEADER + _row(pupil, "no", "no"))
    _apply(admin, world, batch)
    pupil.refresh_from_db()
    assert pupil.consent_social_media is False
    batch, page = _preview(admin, world, HEADER + _row(pupil, "yes", "no"))
    assert 'name="regrant"' not in page
    _apply(admin, world, batch)
    pupil.refresh_from_db()
    assert pupil.consent_social_media is True
