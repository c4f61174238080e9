"""Staff added and edited by hand: validation, audit events, leavers, the engine's roster."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from safepost.accounts.models import OfficialAccount
from safepost.audit.chain import verify
from safepost.audit.models import Event
from safepost.schools.models import Membership, Role, StaffMember
from tests.web.conftest import World, verified_client
from tests.web.test_access import _account

FORM = {"staff_id": "QX9", "title": "Mx", "first_name": "Robin", "last_name": "Hartwell",
        "job_title": "Teaching assistant", "email": "r.hartwell@alpha.sch.uk", "left_on": ""}


def _url(world: World, name: str, **kwargs: object) -> str:
    return reverse(f"schools:{name}", kwargs={"school": world.school.slug, **kwargs})


def test_it_adds_a_member_of_staff_with_an_audit_event(world: World) -> None:
    client = verified_client(world.users[Role.ADMINISTRATOR])
    version = world.school.data_version
    response = client.post(_url(world, "add-staff"), FORM)
    assert response.status_code == 302
    staff = StaffMember.objects.get(school=world.school, staff_id="QX9")
    assert (staff.first_name, staff.last_name, staff.left_on) == ("Robin", "Hartwell", None)
    event = Event.objects.filter(action="people.staff-added").get()
    assert event.object_id == str(staff.pk) and event.detail == {"staff_id": "QX9"}
    assert "Hartwell" not in str(event.detail)
    world.school.refresh_from_db()
    assert world.school.data_version > version  # the engine's staff list is rebuilt
    assert "Hartwell" in client.get(_url(world, "list-staff")).content.decode()
    assert verify()[1] == []


def test_it_names_the_wrong_field_and_changes_nothing(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    taken = world.staff[0].staff_id
    response = client.post(_url(world, "add-staff"), FORM | {"staff_id": taken.lower(), "last_name": " ",
                                                              "email": "not-an-email", "left_on": "31/31/2025"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Another member of staff already has this code." in html
    assert "Enter the last name." in html or "This field is required." in html
    assert 'id="id_email_error"' in html and 'id="id_left_on_error"' in html
    assert StaffMember.objects.filter(school=world.school).count() == len(world.staff)
    assert not Event.objects.filter(action__startswith="people.staff").exists()


def test_it_allows_the_same_code_in_another_school(world: World) -> None:
    other_code = StaffMember.objects.filter(school=world.other).first().staff_id  # type: ignore[union-attr]
    client = verified_client(world.users[Role.SLT])
    assert client.post(_url(world, "add-staff"), FORM | {"staff_id": other_code}).status_code == 302


def test_it_edits_a_member_of_staff_and_records_which_fields_changed(world: World) -> None:
    client = verified_client(world.users[Role.HEADTEACHER])
    staff = world.staff[2]
    form = client.get(_url(world, "edit-staff", pk=staff.pk))
    assert form.status_code == 200 and f'value="{staff.last_name}"' in form.content.decode()
    data = {"staff_id": staff.staff_id, "title": "Dr", "first_name": staff.first_name, "last_name": "Newname",
            "job_title": "Deputy head", "email": "", "left_on": ""}
    assert client.post(_url(world, "edit-staff", pk=staff.pk), data).status_code == 302
    staff.refresh_from_db()
    assert (staff.title, staff.last_name, staff.job_title) == ("Dr", "Newname", "Deputy head")
    event = Event.objects.get(action="people.staff-edited")
    assert sorted(event.detail["fields"]) == ["job_title", "last_name", "title"]
    assert "Newname" not in str(event.detail)
    # The same form again changes nothing and writes nothing.
    assert client.post(_url(world, "edit-staff", pk=staff.pk), data).status_code == 302
    assert Event.objects.filter(action="people.staff-edited").count() == 1


def test_it_marks_a_leaver_from_the_edit_form_and_flags_their_accounts(world: World) -> None:
    account = _account(world)
    account.status = "active"
    account.save()
    leaver = world.staff[1]  # runs the account (and is the SLT user's staff record)
    yesterday = timezone.localdate() - timedelta(days=1)
    client = verified_client(world.users[Role.HEADTEACHER])
    data = {"staff_id": leaver.staff_id, "title": leaver.title, "first_name": leaver.first_name,
            "last_name": leaver.last_name, "job_title": leaver.job_title, "email": "",
            "left_on": yesterday.isoformat()}
    confirm = client.post(_url(world, "edit-staff", pk=leaver.pk), data)
    assert confirm.status_code == 200 and "Confirm a leaver" in confirm.content.decode()
    leaver.refresh_from_db()
    assert leaver.left_on is None  # nothing until confirmed
    assert client.post(_url(world, "leave-staff", pk=leaver.pk),
                       {"left_on": yesterday.isoformat(), "confirm": "on"}).status_code == 302
    leaver.refresh_from_db()
    assert leaver.left_on == yesterday and leaver.leaving_processed  # the day has passed: at once
    assert OfficialAccount.objects.get(pk=account.pk).status == "flagged"
    actions = list(Event.objects.filter(action__startswith="people.staff").values_list("action", flat=True))
    assert actions == ["people.staff-leaving", "people.staff-left"]
    assert not Membership.objects.filter(staff=leaver).exists()
    # Once processed, the leaving date cannot be taken back from this form.
    page = client.get(_url(world, "edit-staff", pk=leaver.pk)).content.decode()
    assert "This person has left" in page and "disabled" in page


def test_it_records_a_future_leaving_date_and_can_cancel_it(world: World) -> None:
    staff = world.staff[3]  # the administrator's staff record: privileged, so the headteacher records it
    client = verified_client(world.users[Role.HEADTEACHER])
    data = {"staff_id": staff.staff_id, "title": staff.title, "first_name": staff.first_name,
            "last_name": staff.last_name, "job_title": staff.job_title, "email": "",
            "left_on": (timezone.localdate() + timedelta(days=30)).isoformat()}
    assert client.post(_url(world, "edit-staff", pk=staff.pk), data).status_code == 200  # the confirmation
    client.post(_url(world, "leave-staff", pk=staff.pk), {"left_on": data["left_on"], "confirm": "on"})
    staff.refresh_from_db()
    assert staff.left_on is not None and not staff.leaving_processed
    client.post(_url(world, "edit-staff", pk=staff.pk), data | {"left_on": ""})
    staff.refresh_from_db()
    assert staff.left_on is None
    assert list(Event.objects.filter(action__startswith="people.staff").values_list("action", flat=True)) == [
        "people.staff-leaving", "people.staff-leaving-cancelled"]


def test_it_keeps_staff_of_another_school_out_of_reach(world: World) -> None:
    foreign = StaffMember.objects.filter(school=world.other).first()
    assert foreign is not None
    client = verified_client(world.users[Role.HEADTEACHER])
    assert client.get(_url(world, "edit-staff", pk=foreign.pk)).status_code == 404
    assert client.post(_url(world, "edit-staff", pk=foreign.pk), FORM).status_code == 404
    teacher = verified_client(world.users[Role.STAFF])
    assert teacher.post(_url(world, "add-staff"), FORM).status_code == 403  # their own school: refused, not hidden
    assert not StaffMember.objects.filter(staff_id="QX9").exists()
