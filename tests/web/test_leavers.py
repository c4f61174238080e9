"""Recording a leaver (issue 8, item 6): confirmation, who may record a privileged leaver, never
the last headteacher or DSL, and undo until the last day has passed."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from safepost.audit.models import Event
from safepost.schools.models import Membership, OrganisationAdmin, Role, StaffMember
from safepost.schools.sweeps import sweep_leavers
from tests.web.conftest import PASSWORD, World, verified_client

# In the test world, each role's user is linked to a staff record:
HEAD, SLT, DSL, ADMIN = 0, 1, 2, 3  # world.staff[...] of the headteacher, SLT, DSL, administrator


def _leave(client: Client, world: World, staff: StaffMember, day: date, confirm: bool = True) -> object:
    data = {"left_on": day.isoformat()} | ({"confirm": "on"} if confirm else {})
    return client.post(reverse("schools:leave-staff", kwargs={"school": world.school.slug, "pk": staff.pk}), data,
                       follow=True)


def _undo(client: Client, world: World, staff: StaffMember) -> object:
    return client.post(reverse("schools:undo-leaving", kwargs={"school": world.school.slug, "pk": staff.pk}),
                       follow=True)


def _left_on(staff: StaffMember) -> date | None:
    return StaffMember.objects.get(pk=staff.pk).left_on


def _second(world: World, role: Role, name: str) -> StaffMember:
    """Another person holding ``role``, with a staff record and a sign-in."""
    staff = StaffMember.objects.create(school=world.school, staff_id=name.upper(), first_name=name, last_name="Second")
    user = User.objects.create_user(name, password=PASSWORD)
    Membership.objects.create(user=user, school=world.school, role=role, staff=staff)
    return staff


def test_it_will_not_let_an_administrator_remove_the_dsl_or_headteacher(world: World) -> None:
    _second(world, Role.DSL, "deputydsl")  # so only the administrator's standing is in question
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    for target in (world.staff[DSL], world.staff[HEAD], world.staff[SLT]):
        page = _leave(admin, world, target, timezone.localdate() - timedelta(days=1)).content.decode()  # type: ignore[attr-defined]
        assert "only the headteacher or senior leadership can record" in page
        assert _left_on(target) is None
    assert Membership.objects.filter(staff=world.staff[DSL], role=Role.DSL).exists()
    assert not Event.objects.filter(action__startswith="people.staff-leav").exists()


def test_it_lets_an_administrator_record_an_ordinary_leaver(world: World) -> None:
    teacher = StaffMember.objects.create(school=world.school, staff_id="TCH", first_name="Ivo", last_name="Penrose")
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    day = timezone.localdate() + timedelta(days=10)
    _leave(admin, world, teacher, day)
    assert _left_on(teacher) == day


def test_it_never_leaves_the_school_without_a_headteacher_or_dsl(world: World) -> None:
    head = verified_client(world.users[Role.HEADTEACHER])
    slt = verified_client(world.users[Role.SLT])
    day = timezone.localdate() + timedelta(days=14)
    page = _leave(slt, world, world.staff[DSL], day).content.decode()  # type: ignore[attr-defined]
    assert "the school&#x27;s only Designated safeguarding lead" in page and "give the role to someone else" in page
    page = _leave(head, world, world.staff[HEAD], day).content.decode()  # type: ignore[attr-defined]
    assert "only Headteacher" in page
    assert _left_on(world.staff[DSL]) is None and _left_on(world.staff[HEAD]) is None
    # With a second DSL, one of them may go; then the other is the last one staying.
    deputy = _second(world, Role.DSL, "deputydsl")
    _leave(slt, world, world.staff[DSL], day)
    assert _left_on(world.staff[DSL]) == day
    page = _leave(slt, world, deputy, day + timedelta(days=30)).content.decode()  # type: ignore[attr-defined]
    assert "only Designated safeguarding lead" in page and _left_on(deputy) is None


def test_it_counts_a_role_held_without_a_staff_record_as_staying(world: World) -> None:
    user = User.objects.create_user("interim-head", password=PASSWORD)
    Membership.objects.create(user=user, school=world.school, role=Role.HEADTEACHER)  # no staff record
    head = verified_client(world.users[Role.HEADTEACHER])
    day = timezone.localdate() + timedelta(days=3)
    _leave(head, world, world.staff[HEAD], day)
    assert _left_on(world.staff[HEAD]) == day


def test_it_asks_for_confirmation_naming_the_person_and_the_date(world: World) -> None:
    head = verified_client(world.users[Role.HEADTEACHER])
    target = world.staff[SLT]
    day = timezone.localdate() + timedelta(days=5)
    response = _leave(head, world, target, day, confirm=False)
    page = response.content.decode()  # type: ignore[attr-defined]
    assert response.status_code == 200 and "Confirm a leaver" in page  # type: ignore[attr-defined]
    assert str(target) in page and day.strftime("%-d %B %Y") in page
    assert "Senior leadership" in page and "undo" in page
    assert f'name="left_on" value="{day.isoformat()}"' in page and 'name="confirm"' in page
    assert _left_on(target) is None and not Event.objects.filter(action="people.staff-leaving").exists()
    _leave(head, world, target, day)
    assert _left_on(target) == day


def test_it_can_undo_a_leaver_until_the_day_has_passed(world: World) -> None:
    head = verified_client(world.users[Role.HEADTEACHER])
    target = world.staff[SLT]
    today = timezone.localdate()
    _leave(head, world, target, today)  # today is their last day: still at school, still undoable
    assert StaffMember.objects.get(pk=target.pk).leaving_processed is False
    assert sweep_leavers() == 0 and Membership.objects.filter(staff=target, role=Role.SLT).exists()
    staff_page = head.get(reverse("schools:list-staff", kwargs={"school": world.school.slug})).content.decode()
    assert reverse("schools:undo-leaving", kwargs={"school": world.school.slug, "pk": target.pk}) in staff_page
    _undo(head, world, target)
    assert _left_on(target) is None and Membership.objects.filter(staff=target, role=Role.SLT).exists()
    event = Event.objects.get(action="people.staff-leaving-cancelled")
    assert event.detail == {"staff_id": target.staff_id, "left_on": today.isoformat()}
    assert event.actor_label == "headteacher-user"
    # Recorded again; once the day has passed, the sweep ends the access and undo is refused.
    _leave(head, world, target, today)
    StaffMember.objects.filter(pk=target.pk).update(left_on=today - timedelta(days=1))  # the day passes
    page = _undo(head, world, target).content.decode()  # type: ignore[attr-defined]
    assert "can still be undone" in page and _left_on(target) is not None
    assert sweep_leavers() == 1
    assert not Membership.objects.filter(staff=target).exists()


def test_it_ends_access_at_once_for_a_date_already_past(world: World) -> None:
    head = verified_client(world.users[Role.HEADTEACHER])
    target = world.staff[SLT]
    page = _leave(head, world, target, date(2020, 7, 20), confirm=False).content.decode()  # type: ignore[attr-defined]
    assert "cannot be undone" in page
    _leave(head, world, target, date(2020, 7, 20))
    assert StaffMember.objects.get(pk=target.pk).leaving_processed
    assert not Membership.objects.filter(staff=target).exists()


def test_it_refuses_an_administrator_undoing_a_privileged_leaver(world: World) -> None:
    head = verified_client(world.users[Role.HEADTEACHER])
    day = timezone.localdate() + timedelta(days=20)
    _leave(head, world, world.staff[ADMIN], day)
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    page = _undo(admin, world, world.staff[ADMIN]).content.decode()  # type: ignore[attr-defined]
    assert "only the headteacher or senior leadership" in page and _left_on(world.staff[ADMIN]) == day


def test_it_refuses_an_organisation_administrator_recording_a_privileged_leaver(world: World) -> None:
    it = User.objects.create_user("trust-it", password=PASSWORD)
    OrganisationAdmin.objects.create(user=it, organisation=world.school.organisation)
    client = verified_client(it)
    page = _leave(client, world, world.staff[ADMIN], timezone.localdate() + timedelta(days=2)).content.decode()  # type: ignore[attr-defined]
    assert "only the headteacher or senior leadership" in page and _left_on(world.staff[ADMIN]) is None


def test_it_refuses_a_privileged_leaving_date_on_the_edit_form(world: World) -> None:
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    target = world.staff[DSL]
    data = {"staff_id": target.staff_id, "title": target.title, "first_name": target.first_name,
            "last_name": "Renamed", "job_title": target.job_title, "email": "",
            "left_on": (timezone.localdate() + timedelta(days=1)).isoformat()}
    response = admin.post(reverse("schools:edit-staff", kwargs={"school": world.school.slug, "pk": target.pk}), data)
    assert response.status_code == 400 and "only the headteacher or senior leadership" in response.content.decode()
    target.refresh_from_db()
    assert target.left_on is None and target.last_name != "Renamed"  # nothing saved
