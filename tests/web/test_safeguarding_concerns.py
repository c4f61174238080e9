"""Raising a safeguarding concern: every member of the school can, nobody but the DSLs and the
headteacher can read it afterwards, the DSLs and the headteacher are emailed at once (in their
language, with no detail), and a pupil's name never leaves the restricted record."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from safepost.audit.models import Event
from safepost.safeguarding import reporting
from safepost.safeguarding.models import EvidenceKind, Incident, IncidentType
from safepost.safeguarding.states import IncidentStatus
from safepost.safeguarding.sweeps import sweep_safeguarding
from safepost.schools.actions import do_grant_org_admin
from safepost.schools.models import Membership, Role
from safepost.signin.models import Profile
from tests.web.conftest import PASSWORD, World, verified_client
from tests.web.safeguarding_support import pdf, png

#: A synthetic child's name: it must appear in the record and nowhere else.
CHILD = "Tamsinella Brackenwold"
READERS = {Role.DSL, Role.HEADTEACHER}
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Any) -> Any:
    """Run the after-commit work (the alert) that a test's rolled-back transaction would skip."""
    return django_capture_on_commit_callbacks


@pytest.fixture(autouse=True)
def _mail_to_memory() -> Any:
    with override_settings(EMAIL_BACKEND=LOCMEM, SAFEPOST_SITE_URL="https://safepost.example-trust.org.uk"):
        yield


def _raise_url(world: World) -> str:
    return reverse("concerns:raise-concern", kwargs={"school": world.school.slug})


def _incident_url(world: World, pk: int) -> str:
    return reverse("safeguarding:show-incident", kwargs={"school": world.school.slug, "pk": pk})


def _form(**overrides: Any) -> dict[str, Any]:
    when = timezone.localtime() - timedelta(hours=2)
    data: dict[str, Any] = {"what": f"{CHILD} sent a message to my personal Instagram asking to meet",
                            "where": "Instagram, direct message", "when": when.strftime("%Y-%m-%dT%H:%M"),
                            "link": "https://instagram.example/p/abc"}
    return data | overrides


def _raise(client: Client, world: World, **overrides: Any) -> Any:
    return client.post(_raise_url(world), _form(**overrides))


@pytest.mark.parametrize("role", list(Role))
def test_it_lets_every_role_raise_a_concern_and_only_the_dsl_and_head_read_it(world: World, role: Role) -> None:
    client = verified_client(world.users[role])
    assert client.get(_raise_url(world)).status_code == 200
    response = _raise(client, world)
    made = Incident.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("concerns:show-receipt", kwargs={"school": "alpha", "pk": made.pk})
    assert made.type == IncidentType.CONCERN and made.status == IncidentStatus.REPORTED
    assert made.reported_by == world.users[role] and CHILD in made.summary
    receipt = client.get(response["Location"]).content.decode()
    assert made.reference in receipt and "What happens next" in receipt and CHILD not in receipt
    expected = 200 if role in READERS else 403  # a member is told plainly; the record stays shut
    assert client.get(_incident_url(world, made.pk)).status_code == expected
    assert client.get(reverse("safeguarding:list-incidents", kwargs={"school": "alpha"})).status_code == expected


@pytest.mark.parametrize("role", list(Role))
def test_it_refuses_every_other_member_the_record(world: World, role: Role) -> None:
    _raise(verified_client(world.users[Role.VOLUNTEER]), world)
    made = Incident.objects.get()
    client = verified_client(world.users[role])
    expected = 200 if role in READERS else 403
    assert client.get(_incident_url(world, made.pk)).status_code == expected
    # The receipt is the raiser's own: anyone else, DSL included, gets the 404 (they read the record instead).
    receipt = reverse("concerns:show-receipt", kwargs={"school": "alpha", "pk": made.pk})
    assert client.get(receipt).status_code == (200 if role == Role.VOLUNTEER else 404)


def test_it_hides_the_concern_from_other_schools_and_the_trust_it(world: World) -> None:
    _raise(verified_client(world.users[Role.STAFF]), world)
    made = Incident.objects.get()
    outsider = verified_client(world.outsider)  # the other school's headteacher
    assert outsider.get(_incident_url(world, made.pk)).status_code == 404
    assert outsider.get(reverse("concerns:show-receipt", kwargs={"school": "alpha", "pk": made.pk})).status_code == 404
    assert outsider.get(_raise_url(world)).status_code == 404
    other_school = reverse("safeguarding:show-incident", kwargs={"school": "beta", "pk": made.pk})
    assert outsider.get(other_school).status_code == 404
    admin = User.objects.create_user("trust-it", password=PASSWORD)
    do_grant_org_admin(None, world.school.organisation, admin)
    it = verified_client(admin)
    assert it.get(_raise_url(world)).status_code == 403 and it.get(_incident_url(world, made.pk)).status_code == 403


def test_it_alerts_every_dsl_and_the_head_at_once_without_details(world: World, committed: Any) -> None:
    deputy = User.objects.create_user("deputy-dsl", email="deputy@alpha.sch.uk", password=PASSWORD)
    Membership.objects.create(user=deputy, school=world.school, role=Role.DSL)
    with committed(execute=True):
        response = _raise(verified_client(world.users[Role.GOVERNOR]), world, immediate_danger="on")
    made = Incident.objects.get()
    assert response.status_code == 302 and made.immediate_danger and made.alerted_at is not None
    told = sorted(address for m in mail.outbox for address in m.to)
    assert told == sorted(["deputy@alpha.sch.uk", world.users[Role.DSL].email, world.users[Role.HEADTEACHER].email])
    for message in mail.outbox:
        text = message.subject + message.body
        assert made.reference in text and "immediate danger" in text
        assert f"https://safepost.example-trust.org.uk/s/alpha/safeguarding/{made.pk}/" in text
        for detail in (CHILD, "Tamsinella", "Instagram", "instagram.example", world.users[Role.GOVERNOR].username):
            assert detail not in text, detail
    assert reporting.sweep_unsent_concern_alerts() == 0 and len(mail.outbox) == 3  # sent once, never again


def test_it_writes_to_a_welsh_speaker_in_welsh(world: World, committed: Any) -> None:
    Profile.objects.update_or_create(user=world.users[Role.DSL], defaults={"language": "cy"})
    with committed(execute=True):
        _raise(verified_client(world.users[Role.STAFF]), world)
    by_address = {m.to[0]: m for m in mail.outbox}
    welsh, english = by_address[world.users[Role.DSL].email], by_address[world.users[Role.HEADTEACHER].email]
    assert "codwyd pryder diogelu" in welsh.subject and "Agorwch y cofnod" in welsh.body
    assert "a safeguarding concern was raised" in english.subject


def test_it_retries_the_alert_from_the_sweep_when_the_mail_server_was_down(world: World, committed: Any) -> None:
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1",
                           EMAIL_PORT=9, EMAIL_TIMEOUT=1), committed(execute=True):
        response = _raise(verified_client(world.users[Role.STAFF]), world)
    made = Incident.objects.get()
    assert response.status_code == 302  # the concern is recorded even though the mail failed
    assert made.alerted_at is None and made.alert_claimed_at is None
    assert sweep_safeguarding() >= 2  # the sweep loop's entry point carries the retry
    made.refresh_from_db()
    alerts = [m for m in mail.outbox if "concern was raised" in m.subject]
    assert made.alerted_at is not None and len(alerts) == 2
    outbox = len(mail.outbox)
    assert reporting.send_concern_alert(made.pk) == 0 and len(mail.outbox) == outbox
    assert Event.objects.filter(action="safeguarding.concern-alerted", object_id=str(made.pk)).count() == 1


def test_it_never_alerts_for_an_incident_the_dsl_records_by_hand(world: World) -> None:
    from tests.web.safeguarding_support import incident

    incident(world)
    assert reporting.sweep_unsent_concern_alerts() == 0 and mail.outbox == []


def test_it_audits_reference_and_type_only_and_keeps_the_name_out_of_urls_and_logs(
        world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    client = verified_client(world.users[Role.STAFF])
    response = _raise(client, world, file=SimpleUploadedFile(f"{CHILD}.png", png()))
    made = Incident.objects.get()
    assert CHILD not in response["Location"] and "Tamsinella" not in response["Location"]
    raised = Event.objects.get(action="safeguarding.concern-raised")
    assert raised.detail == {"reference": made.reference, "type": "concern"}
    for event in Event.objects.all():
        assert "Tamsinella" not in json.dumps(event.detail) + event.object_id + event.actor_label
    assert "Tamsinella" not in caplog.text
    kinds = sorted(made.evidence.values_list("kind", flat=True))
    assert kinds == sorted([EvidenceKind.URL, EvidenceKind.FILE])
    stored = made.evidence.get(kind=EvidenceKind.FILE)
    assert "Tamsinella" not in stored.file.name and len(stored.sha256) == 64  # a random stored name
    assert made.steps.get().detail["immediate_danger"] is False


@pytest.mark.parametrize(("overrides", "field", "words"), [
    ({"what": "   "}, "what", "say what you saw"),
    ({"what": ""}, "what", "say what you saw"),
    ({"where": ""}, "where", "say where it was"),
    ({"when": "2099-01-01T10:00"}, "when", "is in the future"),
    ({"when": "yesterday-ish"}, "when", "Enter a valid date/time"),
    ({"link": "javascript:alert(1)"}, "link", "starting https://"),
    ({"what": "x" * 20001}, "what", "at most 20000 characters"),
])
def test_it_refuses_bad_input_naming_the_field(world: World, overrides: dict[str, str], field: str,
                                               words: str) -> None:
    response = _raise(verified_client(world.users[Role.VOLUNTEER]), world, **overrides)
    page = response.content.decode()
    assert response.status_code == 400 and words in page
    assert f'id="id_{field}_error"' in page
    assert not Incident.objects.exists() and mail.outbox == []


def test_it_refuses_a_file_that_is_not_what_it_says(world: World) -> None:
    response = _raise(verified_client(world.users[Role.STAFF]), world,
                      file=SimpleUploadedFile("chat.png", pdf()))
    page = response.content.decode()
    assert response.status_code == 400 and "its content is PDF" in page and 'id="id_file_error"' in page
    assert not Incident.objects.exists()


def test_it_refuses_a_200_mb_upload_before_reading_it(world: World) -> None:
    response = verified_client(world.users[Role.STAFF]).post(_raise_url(world), {"what": "x"},
                                                             CONTENT_LENGTH=str(200 * 1024 * 1024))
    assert response.status_code == 413 and "larger than 20 MB" in response.content.decode()


def test_it_says_to_call_999_first(world: World) -> None:
    client = verified_client(world.users[Role.VOLUNTEER])
    assert "call 999 first" in client.get(_raise_url(world)).content.decode()
    receipt = client.get(_raise(client, world, immediate_danger="on")["Location"]).content.decode()
    assert "call 999 now" in receipt


@pytest.mark.parametrize("role", list(Role))
def test_it_links_every_member_to_the_form_from_the_navigation_and_overview(world: World, role: Role) -> None:
    page = verified_client(world.users[role]).get(reverse("schools:dashboard", kwargs={"school": "alpha"}))
    assert page.content.decode().count(f'href="{_raise_url(world)}"') == 2  # the navigation and the overview card


def test_it_shows_the_form_in_welsh(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    client.post("/language/", {"language": "cy", "next": "/"})
    page = client.get(_raise_url(world)).content.decode()
    assert "Rhoi gwybod am bryder diogelu" in page and "ffoniwch 999 yn gyntaf" in page


# --- the API ---------------------------------------------------------------------------------------

def _api(user: User, body: object) -> tuple[int, Any]:
    from safepost.signin.actions import do_create_token

    token = do_create_token(user, "t")
    response = Client().post("/api/v1/schools/alpha/safeguarding/concerns", data=json.dumps(body),
                             content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    return response.status_code, response.json()


def _api_body(**overrides: Any) -> dict[str, Any]:
    return {"what": f"{CHILD} was sent a worrying message", "where": "WhatsApp",
            "when": (timezone.now() - timedelta(hours=1)).isoformat()} | overrides


@pytest.mark.parametrize("role", list(Role))
def test_it_lets_every_role_raise_a_concern_through_the_api_and_read_nothing(world: World, role: Role,
                                                                            committed: Any) -> None:
    with committed(execute=True):
        status, body = _api(world.users[role], _api_body())
    made = Incident.objects.get()
    assert status == 201 and body["reference"] == made.reference and "what" not in body and CHILD not in json.dumps(body)
    assert len(mail.outbox) == 2
    from safepost.signin.actions import do_create_token

    token = do_create_token(world.users[role], "read")
    read = Client().get(f"/api/v1/schools/alpha/safeguarding/incidents/{made.pk}",
                        HTTP_AUTHORIZATION=f"Bearer {token}")
    assert read.status_code == (200 if role in READERS else 404)  # the API's contract: one 404


def test_it_refuses_bad_api_input_naming_the_field(world: World) -> None:
    staff = world.users[Role.STAFF]
    for overrides, field in [({"when": "2099-01-01T10:00:00Z"}, "when"), ({"link": "ftp://x"}, "link"),
                             ({"what": ""}, "what"), ({"where": "   "}, "where")]:
        status, body = _api(staff, _api_body(**overrides))
        assert status == 400 and body["field"] == field, (overrides, body)
    assert _api(world.outsider, _api_body())[0] == 404
    assert not Incident.objects.exists()


def test_it_takes_a_screenshot_through_the_api_and_refuses_a_disguised_one(world: World) -> None:
    from safepost.signin.actions import do_create_token

    token = do_create_token(world.users[Role.GOVERNOR], "t")
    url = "/api/v1/schools/alpha/safeguarding/concerns/file"
    fields = {"what": f"{CHILD} in a photo", "where": "Facebook", "when": "2026-01-05T10:00:00Z",
              "immediate_danger": "false"}
    bad = Client().post(url, fields | {"file": SimpleUploadedFile("x.jpg", png())}, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert bad.status_code == 400 and bad.json()["field"] == "file" and not Incident.objects.exists()
    good = Client().post(url, fields | {"file": SimpleUploadedFile("x.png", png())}, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert good.status_code == 201, good.json()
    assert Incident.objects.get().evidence.get().kind == EvidenceKind.FILE


@pytest.mark.parametrize(("body", "field"), [
    ({"when": "2026-01-05T10:00"}, "when"),  # no time zone: refused in words, as in the posts API
    ({"when": "last tuesday"}, "when"),
    ({"immediate_danger": "perhaps"}, "immediate_danger"),
    ({"what": ["a list"]}, "what"),
    ({"link": "https://" + "x" * 2001}, "link"),
])
def test_it_never_fails_on_odd_api_input(world: World, body: dict[str, Any], field: str) -> None:
    status, answer = _api(world.users[Role.STAFF], _api_body(**body))
    assert status == 400 and answer["field"] == field, answer


def test_it_refuses_a_time_without_a_zone_on_the_incident_api_too(world: World) -> None:
    from safepost.signin.actions import do_create_token

    token = do_create_token(world.users[Role.DSL], "t")
    response = Client().post("/api/v1/schools/alpha/safeguarding/incidents", data=json.dumps(
        {"type": "impersonation", "summary": "a fake page", "occurred_at": "2026-01-05T10:00"}),
        content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 400 and response.json()["field"] == "occurred_at"


def test_it_still_checks_the_csrf_token(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.cookies["sessionid"] = verified_client(world.users[Role.STAFF]).session.session_key or ""
    refused = client.post(_raise_url(world), _form())
    assert refused.status_code == 403 and not Incident.objects.exists()
    page = client.get(_raise_url(world)).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert client.post(_raise_url(world), _form(csrfmiddlewaretoken=token)).status_code == 302
