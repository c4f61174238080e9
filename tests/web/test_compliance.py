"""Staff compliance: versions, acknowledgements (page, link, API), training, declarations,
checklists, the overview, the permission matrix and the governors' coverage figures."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from django.core import signing
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from safepost.compliance import actions
from safepost.compliance.links import make_token
from safepost.compliance.models import (
    Acknowledgement,
    Adult,
    ChecklistCompletion,
    Declaration,
    DeclarationKind,
    PolicyVersion,
    TrainingRecord,
    Via,
)
from safepost.compliance.schedule import Task, cycle_start, statuses
from safepost.compliance.stats import Coverage, coverage
from safepost.engine.policy import AcknowledgeEvery
from safepost.policies.models import SeverityChange
from safepost.schools.access import MATRIX, Perm
from safepost.schools.models import Membership, Role
from tests.web.conftest import World, verified_client

pytestmark = pytest.mark.django_db


def membership(world: World, role: Role) -> Membership:
    return Membership.objects.select_related("school", "user").get(user=world.users[role], school=world.school)


def publish(world: World, summary: str = "first") -> PolicyVersion:
    return actions.do_publish_version(membership(world, Role.HEADTEACHER), summary)


def adult_of(world: World, role: Role) -> Adult:
    actions.do_sync_adults(world.school)
    return Adult.objects.get(school=world.school, user=world.users[role])


def link(world: World, adult: Adult, version: PolicyVersion) -> str:
    return reverse("compliance:acknowledge-link", kwargs={"school": world.school.slug,
                                                          "token": make_token(adult, version)})


# --- the schedule --------------------------------------------------------------------------------

def test_it_starts_the_september_round_on_the_first_of_september() -> None:
    assert cycle_start(AcknowledgeEvery.SEPTEMBER, None, date(2026, 8, 31)) == date(2025, 9, 1)
    assert cycle_start(AcknowledgeEvery.SEPTEMBER, None, date(2026, 9, 1)) == date(2026, 9, 1)
    assert cycle_start(AcknowledgeEvery.ANNUALLY, date(2025, 10, 3), date(2026, 10, 2)) is None
    assert cycle_start(AcknowledgeEvery.ANNUALLY, date(2025, 10, 3), date(2026, 10, 3)) == date(2026, 10, 3)


def test_it_asks_every_adult_to_acknowledge_each_new_version(world: World) -> None:
    volunteer = adult_of(world, Role.VOLUNTEER)
    first = publish(world)
    today = timezone.localdate()
    assert statuses(world.school, today, [volunteer])[0].due(Task.ACKNOWLEDGE) is not None
    actions.do_acknowledge(volunteer, first, Via.PAGE)
    assert statuses(world.school, today, [volunteer])[0].due(Task.ACKNOWLEDGE) is None
    SeverityChange.objects.create(school=world.school, rule="unsafe-link", severity="block", reason="tighter",
                                  changed_by=world.users[Role.HEADTEACHER])
    second = publish(world, "unsafe links now blocked")
    assert second.number == 2 and second.fingerprint != first.fingerprint
    assert statuses(world.school, today, [volunteer])[0].due(Task.ACKNOWLEDGE) is not None


def test_it_asks_dobcroft_adults_again_each_september(world: World) -> None:
    world.school.policy_pack = "dobcroft-junior"
    world.school.save()
    world.school.bump()
    staff = adult_of(world, Role.STAFF)
    Adult.objects.filter(pk=staff.pk).update(joined_on=date(2025, 1, 6))
    version = publish(world)
    Acknowledgement.objects.create(adult=staff, version=version, via=Via.PAGE,
                                   acknowledged_at=timezone.make_aware(timezone.datetime(2026, 6, 1, 12)))
    staff.refresh_from_db()
    assert statuses(world.school, date(2026, 8, 31), [staff])[0].due(Task.ACKNOWLEDGE) is None
    due = statuses(world.school, date(2026, 9, 2), [staff])[0].due(Task.ACKNOWLEDGE)
    assert due is not None and due.since == date(2026, 9, 1) and due.by == date(2026, 9, 15)


def test_it_refuses_to_publish_an_unchanged_policy(world: World) -> None:
    publish(world)
    with pytest.raises(actions.ComplianceError, match="has not changed since version 1"):
        publish(world)


# --- the one-click link --------------------------------------------------------------------------

def test_it_acknowledges_on_the_links_post_and_never_on_its_get(world: World) -> None:
    volunteer = adult_of(world, Role.VOLUNTEER)
    version = publish(world)
    client = Client()
    page = client.get(link(world, volunteer, version))
    assert page.status_code == 200 and "I have read and understood version 1" in page.content.decode()
    assert not Acknowledgement.objects.exists()
    done = client.post(link(world, volunteer, version))
    assert done.status_code == 200 and "acknowledged version 1" in done.content.decode()
    ack = Acknowledgement.objects.get()
    assert (ack.adult, ack.version, ack.via) == (volunteer, version, Via.EMAIL_LINK)
    client.post(link(world, volunteer, version))
    assert Acknowledgement.objects.count() == 1  # the same day again changes nothing


def test_it_refuses_a_tampered_link(world: World) -> None:
    volunteer = adult_of(world, Role.VOLUNTEER)
    version = publish(world)
    token = make_token(volunteer, version)
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for bad in (tampered, "nonsense"):
        url = reverse("compliance:acknowledge-link", kwargs={"school": "alpha", "token": bad})
        for response in (Client().get(url), Client().post(url)):
            assert response.status_code == 400 and "not valid" in response.content.decode()
    forged = signing.dumps({"a": volunteer.pk, "v": version.pk, "s": world.school.pk}, salt="another-salt")
    response = Client().post(reverse("compliance:acknowledge-link", kwargs={"school": "alpha", "token": forged}))
    assert response.status_code == 400 and not Acknowledgement.objects.exists()


def test_it_refuses_a_link_read_through_another_schools_address(world: World) -> None:
    volunteer = adult_of(world, Role.VOLUNTEER)
    version = publish(world)
    url = reverse("compliance:acknowledge-link", kwargs={"school": "beta", "token": make_token(volunteer, version)})
    assert Client().post(url).status_code == 400 and not Acknowledgement.objects.exists()


def test_it_refuses_an_expired_link(world: World) -> None:
    volunteer = adult_of(world, Role.VOLUNTEER)
    version = publish(world)
    url = link(world, volunteer, version)
    with override_settings(SAFEPOST_ACK_LINK_DAYS=0):
        import time

        time.sleep(1.1)
        response = Client().post(url)
    assert response.status_code == 400 and "expired" in response.content.decode()
    assert not Acknowledgement.objects.exists()


def test_it_refuses_to_acknowledge_an_old_version(world: World) -> None:
    volunteer = adult_of(world, Role.VOLUNTEER)
    first = publish(world)
    SeverityChange.objects.create(school=world.school, rule="unsafe-link", severity="block", reason="tighter",
                                  changed_by=world.users[Role.HEADTEACHER])
    publish(world, "second")
    page = Client().get(link(world, volunteer, first))
    assert "which version 2 has replaced" in page.content.decode() and b'id="acknowledge"' not in page.content
    response = Client().post(link(world, volunteer, first))
    assert response.status_code == 409 and "version 2 replaced" in response.content.decode()
    assert not Acknowledgement.objects.exists()


# --- the adult's own page ------------------------------------------------------------------------

def test_it_acknowledges_from_my_compliance(world: World) -> None:
    version = publish(world)
    client = verified_client(world.users[Role.GOVERNOR])
    page = client.get(reverse("compliance:show-mine", kwargs={"school": "alpha"}))
    assert "Read and acknowledge the policy" in page.content.decode()
    client.post(reverse("compliance:acknowledge-mine", kwargs={"school": "alpha"}), {"version": version.pk})
    assert Acknowledgement.objects.get().adult.user == world.users[Role.GOVERNOR]


def test_it_refuses_training_completed_in_the_future(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(reverse("compliance:record-own-training", kwargs={"school": "alpha"}),
                           {"course": "Online safety", "completed_on": tomorrow.isoformat()})
    assert response.status_code == 400 and "in the future" in response.content.decode()
    with pytest.raises(actions.ComplianceError, match="in the future"):
        actions.do_record_training(membership(world, Role.HEADTEACHER), adult_of(world, Role.STAFF),
                                   actions.TrainingInput("Online safety", tomorrow, None))
    assert not TrainingRecord.objects.exists()


def test_a_manager_records_training_that_expires(world: World) -> None:
    staff = adult_of(world, Role.STAFF)
    today = timezone.localdate()
    Adult.objects.filter(pk=staff.pk).update(joined_on=today - timedelta(days=400))
    staff.refresh_from_db()
    head = verified_client(world.users[Role.HEADTEACHER])
    head.post(reverse("compliance:record-training", kwargs={"school": "alpha", "pk": staff.pk}),
              {"course": "Social media safety", "completed_on": (today - timedelta(days=400)).isoformat(),
               "expires_on": (today - timedelta(days=35)).isoformat()})
    record = TrainingRecord.objects.get()
    assert record.recorded_by == world.users[Role.HEADTEACHER]
    status = statuses(world.school, today, [staff])[0]
    assert status.current_training is None and status.overdue(Task.TRAINING)


def test_it_refuses_a_declaration_that_names_a_pupil(world: World) -> None:
    client = verified_client(world.users[Role.STAFF])
    pupil = world.pupils[0]
    response = client.post(reverse("compliance:declare", kwargs={"school": "alpha"}), {
        "kind": "parent-link", "platform": "Facebook", "relationship": "friend", "year_group": "Year 4",
        "details": f"I know {pupil.first_name} {pupil.last_name}'s mum from the running club"})
    assert response.status_code == 400 and "names a pupil" in response.content.decode()
    assert not Declaration.objects.exists()


def test_it_asks_for_the_disclaimer_of_a_personal_account(world: World) -> None:
    with pytest.raises(actions.ComplianceError, match="disclaimer"):
        actions.do_declare(adult_of(world, Role.STAFF), actions.DeclarationInput(
            kind=DeclarationKind.PERSONAL_ACCOUNT, platform="X", account="@teacher"), None)


def test_the_headteacher_reviews_a_declaration(world: World) -> None:
    staff = adult_of(world, Role.STAFF)
    declaration = actions.do_declare(staff, actions.DeclarationInput(
        kind=DeclarationKind.PARENT_LINK, platform="Facebook", relationship="family", year_group="Year 4"), None)
    url = reverse("compliance:review-declaration", kwargs={"school": "alpha", "pk": declaration.pk})
    assert verified_client(world.users[Role.SLT]).get(url).status_code == 403  # refused in words, in the school
    head = verified_client(world.users[Role.HEADTEACHER])
    assert "Family member" in head.get(url).content.decode()
    head.post(url, {"outcome": "accepted", "note": ""})
    declaration.refresh_from_db()
    assert declaration.status == "accepted" and declaration.reviewed_by == world.users[Role.HEADTEACHER]


@pytest.mark.parametrize("role", list(Role))
def test_only_its_maker_ends_a_declaration(world: World, role: Role) -> None:
    declaration = actions.do_declare(adult_of(world, Role.STAFF), actions.DeclarationInput(
        kind=DeclarationKind.PARENT_LINK, platform="Facebook", relationship="friend"), None)
    url = reverse("compliance:end-declaration", kwargs={"school": "alpha", "pk": declaration.pk})
    response = verified_client(world.users[role]).post(url)
    declaration.refresh_from_db()
    if role == Role.STAFF:
        assert response.status_code == 302 and declaration.status == "ended"
    else:
        assert response.status_code == 404 and declaration.status == "submitted"


def test_it_needs_every_checklist_item_ticked(world: World) -> None:
    client = verified_client(world.users[Role.VOLUNTEER])
    url = reverse("compliance:complete-checklist", kwargs={"school": "alpha", "kind": "joining"})
    response = client.post(url, {"items": ["public-info"]})
    assert response.status_code == 400 and "4 still to do" in response.content.decode()
    client.post(url, {"items": ["public-info", "photos", "personal-details", "who-sees", "contacts-declared"]})
    assert ChecklistCompletion.objects.get().kind == "joining"


# --- the overview and the matrix -----------------------------------------------------------------

def test_the_overview_shows_who_is_overdue(world: World) -> None:
    publish(world)
    actions.do_sync_adults(world.school)
    Adult.objects.filter(school=world.school).update(joined_on=timezone.localdate() - timedelta(days=60))
    volunteer = adult_of(world, Role.VOLUNTEER)
    PolicyVersion.objects.update(published_at=timezone.now() - timedelta(days=30))
    actions.do_acknowledge(volunteer, PolicyVersion.objects.get(), Via.PAGE)
    page = verified_client(world.users[Role.GOVERNOR]).get(reverse("compliance:show-overview",
                                                                   kwargs={"school": "alpha"}))
    html = page.content.decode()
    assert page.status_code == 200 and "Overdue: was due by" in html
    row = html[html.index(f'id="adult-{volunteer.pk}"'):]
    row = row[:row.index("</tr>")]
    assert "Version 1 on" in row and "Record training" not in html  # a governor reads, records nothing


@pytest.mark.parametrize("role", list(Role))
def test_it_shows_the_overview_only_to_the_roles_the_matrix_names(world: World, role: Role) -> None:
    response = verified_client(world.users[role]).get(reverse("compliance:show-overview", kwargs={"school": "alpha"}))
    assert response.status_code == (200 if role in MATRIX[Perm.VIEW_COMPLIANCE] else 403)
    mine = verified_client(world.users[role]).get(reverse("compliance:show-mine", kwargs={"school": "alpha"}))
    assert mine.status_code == 200


def test_an_outsider_sees_nothing(world: World) -> None:
    client = verified_client(world.outsider)
    for name in ("compliance:show-overview", "compliance:show-mine"):
        assert client.get(reverse(name, kwargs={"school": "alpha"})).status_code == 404


# --- the API -------------------------------------------------------------------------------------

def api(token: str, method: str, path: str, body: object = None) -> tuple[int, dict[str, object]]:
    response = getattr(Client(), method)("/api/v1" + path, data=json.dumps(body) if body is not None else None,
                                         content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    return response.status_code, response.json()


def test_the_api_lists_status_and_acknowledges_the_current_version_only(world: World) -> None:
    from safepost.signin.actions import do_create_token

    head, staff = (do_create_token(world.users[r], "t") for r in (Role.HEADTEACHER, Role.STAFF))
    first = publish(world)
    code, listed = api(head, "get", "/schools/alpha/compliance")
    assert code == 200 and listed["version"] == 1
    assert any(d["task"] == "acknowledge" for a in listed["adults"] for d in a["due"])  # type: ignore[attr-defined]
    assert api(staff, "get", "/schools/alpha/compliance")[0] == 404
    SeverityChange.objects.create(school=world.school, rule="unsafe-link", severity="block", reason="tighter",
                                  changed_by=world.users[Role.HEADTEACHER])
    publish(world, "second")
    code, old = api(staff, "post", "/schools/alpha/compliance/me/acknowledge", {"version": first.number})
    assert code == 400 and "version 2" in str(old["error"])
    code, ok = api(staff, "post", "/schools/alpha/compliance/me/acknowledge", {"version": 2})
    assert code == 201 and ok["version"] == 2
    assert api(staff, "get", "/schools/alpha/compliance/me")[1]["acknowledged_version"] == 2
    assert api(staff, "post", "/schools/alpha/compliance/me/acknowledge", {"version": 9})[0] == 404


# --- the governors' figures ----------------------------------------------------------------------

def test_it_counts_coverage_for_the_governors_report(world: World) -> None:
    version = publish(world)
    today = timezone.localdate()
    actions.do_acknowledge(adult_of(world, Role.VOLUNTEER), version, Via.PAGE)
    actions.do_record_training(membership(world, Role.HEADTEACHER), adult_of(world, Role.STAFF),
                               actions.TrainingInput("Online safety", today, today + timedelta(days=365)))
    actions.do_declare(adult_of(world, Role.GOVERNOR), actions.DeclarationInput(kind=DeclarationKind.NOTHING), None)
    found = coverage(world.school, today)
    adults = Adult.objects.filter(school=world.school).count()
    assert found == Coverage(adults=adults, acknowledged_current=1, training_current=1, declarations_due=adults - 1)
    assert coverage(world.school, today - timedelta(days=1)).acknowledged_current == 0


def test_the_link_page_speaks_welsh(world: World) -> None:
    volunteer = adult_of(world, Role.VOLUNTEER)
    version = publish(world)
    page = Client(HTTP_ACCEPT_LANGUAGE="cy").get(link(world, volunteer, version)).content.decode()
    assert "Rwyf wedi darllen a deall fersiwn 1" in page
    bad = Client(HTTP_ACCEPT_LANGUAGE="cy").get(reverse("compliance:acknowledge-link",
                                                        kwargs={"school": "alpha", "token": "x"}))
    assert "Nid yw&#x27;r ddolen hon yn ddilys" in bad.content.decode()
