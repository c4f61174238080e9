"""People and roles in the browser (issue 14, item 1) and the emails people wait on (item 7).

Emails are read from a real SMTP server on 127.0.0.1 (aiosmtpd, ``inbox_support.smtp``)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import timedelta
from email.message import Message
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import signing
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.audit.models import Event
from safepost.people import actions
from safepost.people.invitations import make_token
from safepost.schools.models import Membership, OrganisationAdmin, Role, StaffMember
from safepost.signin.models import Profile
from tests.web.conftest import PASSWORD, World, verified_client
from tests.web.inbox_support import Mailbox, smtp_fixture  # noqa: F401 (fixture)

SITE = "https://safepost.example-trust.test"
NEW_PASSWORD = "a-long-new-password-42"

pytestmark = pytest.mark.usefixtures("site_url")


@pytest.fixture
def site_url() -> Any:
    with override_settings(SAFEPOST_SITE_URL=SITE):
        yield SITE


Commit = Callable[..., Any]


def _url(world: World, name: str, **kwargs: object) -> str:
    return reverse(name, kwargs={"school": world.school.slug, **kwargs})


def _member(world: World, role: Role) -> Membership:
    return Membership.objects.get(user=world.users[role], school=world.school)


def _body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode(message.get_content_charset() or "utf-8")


def _links(message: Message) -> list[str]:
    return re.findall(r"https?://\S+", _body(message))


def _invite(world: World, commit: Commit, email: str = "new.teacher@alpha.sch.uk", role: Role = Role.STAFF,
            by: Role = Role.HEADTEACHER, **extra: str) -> Any:
    client = verified_client(world.users[by])
    with commit(execute=True):
        return client.post(_url(world, "people:invite-person"),
                           {"email": email, "role": role.value, "language": "en", **extra})


# -- invitations ---------------------------------------------------------------------------------


def test_it_invites_by_email_and_the_link_sets_a_password_once(world: World, smtp: Mailbox,
                                                               django_capture_on_commit_callbacks: Commit) -> None:
    newcomer = StaffMember.objects.create(school=world.school, staff_id="NEW", title="Mr", first_name="Ivo",
                                          last_name="Penrose", job_title="Teacher")
    response = _invite(world, django_capture_on_commit_callbacks, staff=str(newcomer.pk))
    assert response.status_code == 302
    (mail,) = smtp.wait_for("new.teacher@alpha.sch.uk", 10)
    assert "Alpha School" in mail["Subject"]
    (link,) = _links(mail)
    assert link.startswith(SITE + "/invitation/"), link  # absolute: a mail reader can click it
    assert "Zephyrine" not in _body(mail)
    user = User.objects.get(email="new.teacher@alpha.sch.uk")
    assert not user.has_usable_password()
    assert Membership.objects.get(user=user).role == Role.STAFF
    path = link.removeprefix(SITE)
    page = Client().get(path)
    assert page.status_code == 200 and "Choose your password" in page.content.decode()
    done = Client().post(path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.status_code == 302 and done["Location"] == reverse("signin:login")
    signed_in = Client().post(reverse("signin:login"), {"username": "new.teacher@alpha.sch.uk",
                                                        "password": NEW_PASSWORD})
    assert signed_in.status_code == 302
    again = Client().get(path)  # the same link, after use
    assert again.status_code == 400 and "already used" in again.content.decode()
    assert list(Event.objects.filter(action__in=["people.invited", "people.invitation-accepted"])
                .values_list("action", flat=True)) == ["people.invited", "people.invitation-accepted"]
    event = Event.objects.get(action="people.invited")
    assert event.detail["role"] == "staff" and event.detail["staff_id"] == "NEW"


def test_it_refuses_a_tampered_or_expired_link(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    member = actions.do_invite_person(_member(world, Role.HEADTEACHER), "late@alpha.sch.uk", Role.STAFF)
    token = make_token(member.user)
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    page = Client().get(reverse("people:accept-invitation", kwargs={"token": tampered}))
    assert page.status_code == 400 and "not complete or was changed" in page.content.decode()
    eight_days_ago = time.time() - timedelta(days=8).total_seconds()
    monkeypatch.setattr(signing.time, "time", lambda: eight_days_ago)  # the link was made 8 days ago
    old = make_token(member.user)
    monkeypatch.undo()
    page = Client().get(reverse("people:accept-invitation", kwargs={"token": old}))
    assert page.status_code == 400 and "has expired" in page.content.decode()
    posted = Client().post(reverse("people:accept-invitation", kwargs={"token": old}),
                           {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert posted.status_code == 400 and not User.objects.get(pk=member.user_id).has_usable_password()


def test_it_names_a_weak_password_on_the_form(world: World) -> None:
    member = actions.do_invite_person(_member(world, Role.HEADTEACHER), "weak@alpha.sch.uk", Role.STAFF)
    url = reverse("people:accept-invitation", kwargs={"token": make_token(member.user)})
    response = Client().post(url, {"new_password1": "12345678", "new_password2": "12345678"})
    assert response.status_code == 400 and "too common" in response.content.decode()


def test_it_lets_only_the_headteacher_and_slt_invite_a_privileged_role(world: World,
                                                                      django_capture_on_commit_callbacks: Commit) -> None:
    response = _invite(world, django_capture_on_commit_callbacks, email="dsl2@alpha.sch.uk", role=Role.DSL,
                       by=Role.ADMINISTRATOR)
    assert response.status_code == 400 and not User.objects.filter(email="dsl2@alpha.sch.uk").exists()
    with pytest.raises(actions.PeopleRefused, match="Only the headteacher or senior leadership"):
        actions.do_invite_person(_member(world, Role.ADMINISTRATOR), "dsl2@alpha.sch.uk", Role.DSL)
    assert _invite(world, django_capture_on_commit_callbacks, email="dsl2@alpha.sch.uk", role=Role.DSL,
                   by=Role.SLT).status_code == 302
    assert Membership.objects.get(user__email="dsl2@alpha.sch.uk").role == Role.DSL


def test_it_adds_someone_who_already_signs_in_without_a_new_password(world: World, smtp: Mailbox,
                                                                      django_capture_on_commit_callbacks: Commit) -> None:
    outsider = world.outsider
    outsider.email = "head@beta.sch.uk"
    outsider.save()
    _invite(world, django_capture_on_commit_callbacks, email="HEAD@beta.sch.uk", role=Role.GOVERNOR)
    assert Membership.objects.get(user=outsider, school=world.school).role == Role.GOVERNOR
    assert outsider.has_usable_password()
    (mail,) = smtp.wait_for("head@beta.sch.uk", 10)
    assert _links(mail) == [f"{SITE}/s/alpha/"]
    assert _invite(world, django_capture_on_commit_callbacks, email="head@beta.sch.uk").status_code == 400


# -- roles -----------------------------------------------------------------------------------------


def _change(world: World, by: Role, target: Membership, role: Role, commit: Commit | None = None) -> str:
    client = verified_client(world.users[by])
    url = _url(world, "people:change-role", pk=target.pk)
    if commit is None:
        return client.post(url, {"role": role.value}, follow=True).content.decode()
    with commit(execute=True):
        return client.post(url, {"role": role.value}, follow=True).content.decode()


def test_it_changes_a_role_logs_it_and_tells_the_person_in_their_language(
        world: World, smtp: Mailbox, django_capture_on_commit_callbacks: Commit) -> None:
    teacher = _member(world, Role.STAFF)
    Profile.objects.update_or_create(user=teacher.user, defaults={"language": "cy"})
    page = _change(world, Role.ADMINISTRATOR, teacher, Role.GOVERNOR, django_capture_on_commit_callbacks)
    assert "is now Governor" in page
    assert Membership.objects.get(pk=teacher.pk).role == Role.GOVERNOR
    event = Event.objects.get(action="people.role-changed")
    assert event.detail == {"user_id": teacher.user_id, "old": "staff", "new": "governor"}
    assert event.actor_id == world.users[Role.ADMINISTRATOR].pk
    (mail,) = smtp.wait_for(teacher.user.email, 10)
    assert "wedi newid eich rôl" in _body(mail)  # Welsh, the teacher's language
    assert _links(mail) == [f"{SITE}/s/alpha/"]


def test_it_refuses_a_role_the_actor_may_not_give(world: World) -> None:
    teacher = _member(world, Role.STAFF)
    assert "Only the headteacher or senior leadership" in _change(world, Role.ADMINISTRATOR, teacher, Role.DSL)
    assert "Only a headteacher can give" in _change(world, Role.SLT, teacher, Role.HEADTEACHER)
    assert "Only the headteacher or senior leadership" in _change(world, Role.ADMINISTRATOR,
                                                                  _member(world, Role.SLT), Role.STAFF)
    assert Membership.objects.get(pk=teacher.pk).role == Role.STAFF
    assert not Event.objects.filter(action="people.role-changed").exists()


def test_nobody_changes_their_own_role(world: World) -> None:
    slt = _member(world, Role.SLT)
    assert "cannot change your own role" in _change(world, Role.SLT, slt, Role.HEADTEACHER)
    with pytest.raises(actions.PeopleRefused):
        actions.do_change_role(slt, slt, Role.STAFF)
    assert Membership.objects.get(pk=slt.pk).role == Role.SLT


def test_it_keeps_a_headteacher_and_a_dsl(world: World) -> None:
    dsl = _member(world, Role.DSL)
    assert "only Designated safeguarding lead" in _change(world, Role.HEADTEACHER, dsl, Role.STAFF)
    deputy = User.objects.create_user("deputy", password=PASSWORD)
    Membership.objects.create(user=deputy, school=world.school, role=Role.STAFF)
    _change(world, Role.HEADTEACHER, Membership.objects.get(user=deputy), Role.DSL)
    _change(world, Role.HEADTEACHER, dsl, Role.STAFF)
    assert Membership.objects.get(pk=dsl.pk).role == Role.STAFF


def test_the_role_form_offers_only_what_the_actor_may_give(world: World) -> None:
    page = verified_client(world.users[Role.ADMINISTRATOR]).get(_url(world, "people:list-people")).content.decode()
    teacher = _member(world, Role.STAFF)
    block = page.split(f'id="person-{teacher.pk}"')[1].split("</li>")[0]
    assert 'value="governor"' in block and 'value="dsl"' not in block and 'value="headteacher"' not in block
    slt = _member(world, Role.SLT)
    assert "change-role" not in page.split(f'id="person-{slt.pk}"')[1].split("</li>")[0]  # privileged: no buttons


# -- second factor ------------------------------------------------------------------------------------


def test_it_resets_a_second_factor_after_reauthentication(world: World, smtp: Mailbox,
                                                          django_capture_on_commit_callbacks: Commit) -> None:
    dsl = _member(world, Role.DSL)
    TOTPDevice.objects.create(user=dsl.user, name="phone", confirmed=True)
    head = verified_client(world.users[Role.HEADTEACHER])
    url = _url(world, "people:reset-second-factor", pk=dsl.pk)
    first = head.post(url)
    assert first.status_code == 302 and first["Location"].startswith(reverse("signin:reauth"))
    assert TOTPDevice.objects.filter(user=dsl.user).exists()
    assert head.post(reverse("signin:reauth"), {"password": PASSWORD}).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        assert head.post(url).status_code == 302
    assert not TOTPDevice.objects.filter(user=dsl.user).exists()
    event = Event.objects.get(action="people.second-factor-reset")
    assert event.detail["user_id"] == dsl.user_id and event.actor_id == world.users[Role.HEADTEACHER].pk
    (mail,) = smtp.wait_for(dsl.user.email, 10)
    assert "second factor was reset" in mail["Subject"] and _links(mail) == [f"{SITE}/signin/"]


@pytest.mark.parametrize("role", [Role.ADMINISTRATOR, Role.DSL, Role.STAFF])
def test_only_the_headteacher_and_slt_reset_a_second_factor(world: World, role: Role) -> None:
    target = _member(world, Role.SLT)
    TOTPDevice.objects.create(user=target.user, name="phone", confirmed=True)
    response = verified_client(world.users[role]).post(_url(world, "people:reset-second-factor", pk=target.pk))
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=target.user, name="phone").exists()


# -- closing a login ------------------------------------------------------------------------------------


def test_it_closes_a_login_after_confirmation(world: World) -> None:
    teacher = _member(world, Role.STAFF)
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    url = _url(world, "people:close-login", pk=teacher.pk)
    confirm = admin.post(url)
    assert confirm.status_code == 200 and "Yes, close this login" in confirm.content.decode()
    assert Membership.objects.filter(pk=teacher.pk).exists()
    assert admin.post(url, {"confirm": "on"}).status_code == 302
    assert not Membership.objects.filter(pk=teacher.pk).exists()
    assert not User.objects.get(pk=teacher.user_id).is_active
    refused = Client().post(reverse("signin:login"), {"username": teacher.user.username, "password": PASSWORD})
    assert refused.status_code == 200 and "do not match" in refused.content.decode()
    assert Event.objects.get(action="people.login-closed").detail["login_closed"] is True


def test_it_keeps_a_login_that_another_school_still_uses(world: World) -> None:
    teacher = _member(world, Role.STAFF)
    Membership.objects.create(user=teacher.user, school=world.other, role=Role.STAFF)
    assert actions.do_close_login(_member(world, Role.HEADTEACHER), teacher) is False
    assert User.objects.get(pk=teacher.user_id).is_active


def test_a_leaver_whose_last_day_has_passed_loses_their_login(world: World) -> None:
    from safepost.schools.actions import do_mark_staff_left

    record = StaffMember.objects.create(school=world.school, staff_id="LVR", first_name="Ivo", last_name="Penrose")
    user = User.objects.create_user("ivo", password=PASSWORD)
    teacher = Membership.objects.create(user=user, school=world.school, role=Role.STAFF, staff=record)
    do_mark_staff_left(_member(world, Role.HEADTEACHER), record, timezone.localdate() - timedelta(days=1))
    assert not Membership.objects.filter(pk=teacher.pk).exists()
    assert not User.objects.get(pk=teacher.user_id).is_active
    assert Event.objects.get(action="people.staff-left").detail["logins_closed"] == [teacher.user_id]


# -- the trust view -------------------------------------------------------------------------------------


def test_the_trust_view_shows_every_school_and_no_pupil_or_safeguarding_content(world: World) -> None:
    it_admin = User.objects.create_user("trust-it", password=PASSWORD)
    OrganisationAdmin.objects.create(user=it_admin, organisation=world.school.organisation)
    client = verified_client(it_admin)
    assert client.get("/").status_code == 200  # the home page lists the organisation
    url = reverse("people:show-trust", kwargs={"organisation": world.school.organisation.slug})
    assert url in client.get("/").content.decode()
    page = client.get(url).content.decode()
    assert "Alpha School" in page and "Beta School" in page
    assert "Privileged without a second factor" in page
    assert "dsl@alpha.sch.uk" in page
    assert "Zephyrine" not in page and "Quillfeather" not in page  # no pupil
    assert "safeguarding-concern" not in page.lower()
    for who in (world.users[Role.HEADTEACHER], world.outsider):
        assert verified_client(who).get(url).status_code == 404
    assert client.get(reverse("people:show-trust", kwargs={"organisation": "nope"})).status_code == 404


# -- defects ---------------------------------------------------------------------------------------------


def test_a_flagged_account_names_the_leaver_without_a_double_colon(world: World) -> None:
    from safepost.accounts.actions import do_flag_leaver_accounts
    from tests.web.test_access import _account

    account = _account(world)
    account.status = "active"
    account.save()
    do_flag_leaver_accounts(None, world.staff[0])
    page = verified_client(world.users[Role.HEADTEACHER]).get(
        reverse("accounts:show-account", kwargs={"school": world.school.slug, "pk": account.pk})).content.decode()
    assert f"{world.staff[0]} has left the school" in page
    assert world.staff[0].staff_id + " has left" not in page
    assert not re.search(r"it</strong>\s*:", page) and "::" not in page


def test_the_staff_count_leaves_out_leavers(world: World) -> None:
    StaffMember.objects.filter(pk=world.staff[1].pk).update(leaving_processed=True,
                                                            left_on=timezone.localdate() - timedelta(days=3))
    StaffMember.objects.filter(pk=world.staff[2].pk).update(left_on=timezone.localdate() - timedelta(days=1))
    StaffMember.objects.filter(pk=world.staff[3].pk).update(left_on=timezone.localdate() + timedelta(days=5))
    page = verified_client(world.users[Role.HEADTEACHER]).get(_url(world, "schools:dashboard")).content.decode()
    assert "2 members of staff" in page  # staff[0], and staff[3] until their last day


def test_a_member_is_told_no_while_an_outsider_sees_not_found(world: World) -> None:
    url = _url(world, "people:list-people")
    refused = verified_client(world.users[Role.STAFF]).get(url)
    assert refused.status_code == 403 and "You don't have permission for this" in refused.content.decode()
    hidden = verified_client(world.outsider).get(url)
    assert hidden.status_code == 404 and "permission" not in hidden.content.decode()


def test_demo_staff_titles_go_with_their_first_names() -> None:
    import random

    from safepost.web.demo import FIRST_FOR_TITLE, STAFF, staff_first_name

    rng = random.Random(1)
    for title, *_ in STAFF * 20:
        name = staff_first_name(title, rng)
        assert name in FIRST_FOR_TITLE[title]
    assert not set(FIRST_FOR_TITLE["Mr"]) & set(FIRST_FOR_TITLE["Mrs"])


# -- emails for decisions people wait on ---------------------------------------------------------------------


def test_the_applicant_and_the_administrator_hear_about_a_decision(world: World, smtp: Mailbox,
                                                                    django_capture_on_commit_callbacks: Commit) -> None:
    from tests.web.test_accounts import apply, approve

    with django_capture_on_commit_callbacks(execute=True):
        app = apply(world)
    (waiting,) = smtp.wait_for(world.users[Role.HEADTEACHER].email, 10)
    link = f"{SITE}/s/alpha/accounts/applications/{app.pk}/"
    assert _links(waiting) == [link]
    with django_capture_on_commit_callbacks(execute=True):
        approve(world, app)
    (decided,) = smtp.wait_for(world.users[Role.STAFF].email, 10)
    assert "was approved" in decided["Subject"] and _links(decided) == [link]
    (to_create,) = smtp.wait_for(world.users[Role.ADMINISTRATOR].email, 10)
    assert "create the approved account" in to_create["Subject"] and _links(to_create) == [link]


def test_a_rejected_applicant_is_told_too(world: World, smtp: Mailbox, django_capture_on_commit_callbacks: Commit) -> None:
    from safepost.accounts.actions import do_decide_application
    from tests.web.test_accounts import apply

    app = apply(world)
    with django_capture_on_commit_callbacks(execute=True):
        do_decide_application(_member(world, Role.SLT), app, approve=False, reason="Not now")
    (mail,) = smtp.wait_for(world.users[Role.STAFF].email, 10)
    assert "was not approved" in mail["Subject"]
    assert smtp.to(world.users[Role.ADMINISTRATOR].email) == []


def test_the_password_reset_link_uses_the_site_url_not_the_host_header(world: World, smtp: Mailbox) -> None:
    Client().post(reverse("signin:reset"), {"email": world.users[Role.STAFF].email}, HTTP_HOST="127.0.0.1")
    (mail,) = smtp.wait_for(world.users[Role.STAFF].email, 10)
    (link,) = _links(mail)
    assert link.startswith(SITE + "/signin/reset/")


def test_every_email_link_helper_is_absolute(world: World) -> None:
    """The links of the posts, takedown and inbox emails (sent from sweeps too) use the site URL."""
    from safepost.inbox.safeguarding import base_url
    from safepost.posts.takedowns import takedowns_link

    assert base_url() == SITE
    assert takedowns_link(world.school) == f"{SITE}/s/alpha/posts/takedowns/"
    with override_settings(SAFEPOST_SITE_URL="", SAFEPOST_BASE_URL="https://old-name.test/"):
        assert base_url() == "https://old-name.test"  # the older setting is still read


def test_it_warns_when_links_in_emails_cannot_be_absolute(monkeypatch: pytest.MonkeyPatch) -> None:
    from safepost.web.checks import check_site_url

    assert check_site_url() == []
    monkeypatch.delenv("SAFEPOST_SITE_URL", raising=False)
    monkeypatch.delenv("SAFEPOST_BASE_URL", raising=False)
    with override_settings(SAFEPOST_SITE_URL="", SAFEPOST_BASE_URL=""):
        (warning,) = check_site_url()
    assert warning.id == "safepost.W105" and "SAFEPOST_SITE_URL" in warning.msg


def test_the_invitation_form_starts_on_an_ordinary_role(world: World) -> None:
    page = verified_client(world.users[Role.HEADTEACHER]).get(_url(world, "people:invite-person")).content.decode()
    assert '<option value="staff" selected>' in page


def test_the_people_pages_and_the_refusal_are_in_welsh(world: World) -> None:
    Profile.objects.update_or_create(user=world.users[Role.HEADTEACHER], defaults={"language": "cy"})
    Profile.objects.update_or_create(user=world.users[Role.STAFF], defaults={"language": "cy"})
    page = verified_client(world.users[Role.HEADTEACHER]).get(_url(world, "people:list-people")).content.decode()
    assert "Pobl a rolau" in page and "Gwahodd aelod o staff" in page and "Cau'r mewngofnod" in page
    refused = verified_client(world.users[Role.STAFF]).get(_url(world, "people:list-people")).content.decode()
    assert "Does gennych chi ddim caniatâd i wneud hyn" in refused


def test_an_invited_dsl_sets_up_a_second_factor_at_first_sign_in(world: World) -> None:
    member = actions.do_invite_person(_member(world, Role.HEADTEACHER), "dsl2@alpha.sch.uk", Role.DSL)
    url = reverse("people:accept-invitation", kwargs={"token": make_token(member.user)})
    Client().post(url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    client = Client()
    client.post(reverse("signin:login"), {"username": "dsl2@alpha.sch.uk", "password": NEW_PASSWORD})
    response = client.get(_url(world, "schools:dashboard"))
    assert response.status_code == 302 and response["Location"] == reverse("signin:otp")
    assert 'id="totp-secret"' in client.get(reverse("signin:otp")).content.decode()  # enrolment, with its key
