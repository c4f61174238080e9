"""The organisation administrator (a trust's or local authority's IT staff): every school of
their organisation without a membership in each, never the safeguarding records."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from safepost.audit.models import Event
from safepost.schools.access import (
    MATRIX,
    ORG_ADMIN,
    Perm,
    access_school,
    allowed,
    holds,
    permissions_held,
)
from safepost.schools.actions import do_grant_org_admin, do_revoke_org_admin
from safepost.schools.models import Membership, Organisation, Role, School
from tests.web.conftest import PASSWORD, World, make_school, verified_client
from tests.web.test_access import VIEWS, Objects, _without_tokens

#: What an organisation administrator must never hold through that role alone.
SCHOOL_ONLY = {Perm.VIEW_SAFEGUARDING, Perm.RECORD_CONSENT, Perm.USE_VAULT, Perm.DECIDE_APPLICATION,
               Perm.APPLY_ACCOUNT}


@pytest.fixture
def it_admin(world: World) -> User:
    user = User.objects.create_user("trust-it", password=PASSWORD)
    do_grant_org_admin(None, world.school.organisation, user)
    return user


def test_it_keeps_safeguarding_and_school_decisions_out_of_the_role() -> None:
    assert all(not allowed(ORG_ADMIN, perm) for perm in SCHOOL_ONLY)
    assert MATRIX[Perm.VIEW_SAFEGUARDING] == {Role.HEADTEACHER, Role.DSL}
    assert allowed(ORG_ADMIN, Perm.MANAGE_STAFF) and allowed(ORG_ADMIN, Perm.IMPORT_PEOPLE)


@pytest.mark.parametrize(("name", "objects", "method", "perm"), VIEWS, ids=[v[0] for v in VIEWS])
def test_it_applies_the_matrix_to_an_organisation_administrator(world: World, it_admin: User, name: str,
                                                               objects: Objects, method: str, perm: Perm) -> None:
    client = verified_client(it_admin)
    response = getattr(client, method)(reverse(name, kwargs={"school": world.school.slug, **objects(world)}))
    if allowed(ORG_ADMIN, perm):
        assert response.status_code in {200, 302, 400}, (name, response.status_code)
    else:
        # The school is theirs to administer: a refusal, not a pretence that it does not exist.
        assert response.status_code == 403, (name, response.status_code)


def test_it_reaches_every_school_of_the_organisation_and_no_other(world: World, it_admin: User) -> None:
    elsewhere = Organisation.objects.create(name="Other Council", slug="other-council", kind="local_authority")
    foreign, _, _ = make_school("gamma", elsewhere)
    client = verified_client(it_admin)
    for school in (world.school, world.other):
        assert client.get(reverse("schools:list-staff", kwargs={"school": school.slug})).status_code == 200
    hidden = client.get(reverse("schools:dashboard", kwargs={"school": foreign.slug}))
    missing = client.get(reverse("schools:dashboard", kwargs={"school": "no-such-school"}))
    assert hidden.status_code == missing.status_code == 404
    assert _without_tokens(hidden.content) == _without_tokens(missing.content)
    home = client.get(reverse("home")).content.decode()
    assert world.school.name in home and world.other.name in home and foreign.name not in home
    assert "Organisation administrator" in home


def test_it_reads_safeguarding_only_through_a_dsl_or_head_role_in_that_school(world: World, it_admin: User) -> None:
    assert Perm.VIEW_SAFEGUARDING not in permissions_held(access_school(it_admin, world.school.slug, Perm.VIEW_SCHOOL))
    Membership.objects.create(user=it_admin, school=world.school, role=Role.DSL)
    it_admin = User.objects.get(pk=it_admin.pk)  # a new request
    alpha = access_school(it_admin, world.school.slug, Perm.VIEW_SCHOOL)
    beta = access_school(it_admin, world.other.slug, Perm.VIEW_SCHOOL)
    assert alpha.org_admin and holds(alpha, Perm.VIEW_SAFEGUARDING) and holds(alpha, Perm.RECORD_CONSENT)
    assert holds(alpha, Perm.MANAGE_STAFF)  # the DSL role alone would not: the two combine
    assert not holds(beta, Perm.VIEW_SAFEGUARDING) and not holds(beta, Perm.RECORD_CONSENT)
    # Staff role in a school adds nothing safeguarding either.
    Membership.objects.create(user=it_admin, school=world.other, role=Role.STAFF)
    it_admin = User.objects.get(pk=it_admin.pk)
    assert not holds(access_school(it_admin, world.other.slug, Perm.VIEW_SCHOOL), Perm.VIEW_SAFEGUARDING)


def test_it_requires_the_second_factor(world: World, it_admin: User) -> None:
    client = Client()
    client.force_login(it_admin)
    response = client.get(reverse("schools:dashboard", kwargs={"school": world.school.slug}))
    assert response.status_code == 302 and response["Location"] == reverse("signin:otp")


def test_it_takes_effect_and_ends_with_audit_events(world: World, it_admin: User) -> None:
    client = verified_client(it_admin)
    url = reverse("schools:list-pupils", kwargs={"school": world.school.slug})
    assert client.get(url).status_code == 200
    assert do_revoke_org_admin(None, world.school.organisation, it_admin)
    assert client.get(url).status_code == 404  # the very next request
    actions = list(Event.objects.filter(action__startswith="people.org-admin").values_list("action", flat=True))
    assert actions == ["people.org-admin-granted", "people.org-admin-revoked"]
    assert not do_revoke_org_admin(None, world.school.organisation, it_admin)


def test_it_audits_what_an_organisation_administrator_does_under_their_own_name(world: World, it_admin: User) -> None:
    client = verified_client(it_admin)
    data = {"staff_id": "IT1", "title": "", "first_name": "Sam", "last_name": "Okonjo", "job_title": "TA",
            "email": "", "left_on": ""}
    assert client.post(reverse("schools:add-staff", kwargs={"school": world.other.slug}), data).status_code == 302
    event = Event.objects.get(action="people.staff-added")
    assert event.actor_label == "trust-it" and event.school_id == world.other.pk


def test_it_grants_and_revokes_from_the_command_line(world: World) -> None:
    User.objects.create_user("la-it", password=PASSWORD)
    call_command("org_admin", "grant", world.school.organisation.slug, "la-it")
    assert School.objects.filter(organisation__admins__user__username="la-it").count() == 2
    call_command("org_admin", "revoke", world.school.organisation.slug, "la-it")
    assert not School.objects.filter(organisation__admins__user__username="la-it").exists()
    with pytest.raises(CommandError, match="no organisation 'nope'"):
        call_command("org_admin", "grant", "nope", "la-it")
    with pytest.raises(CommandError, match="no user 'ghost'"):
        call_command("org_admin", "grant", world.school.organisation.slug, "ghost")


def test_it_asks_for_the_second_factor_when_a_privileged_standing_is_granted_mid_session(world: World) -> None:
    user = User.objects.create_user("promoted", password=PASSWORD)
    Membership.objects.create(user=user, school=world.school, role=Role.STAFF)
    client = Client()
    client.force_login(user)
    url = reverse("schools:list-staff", kwargs={"school": world.school.slug})
    assert client.get(url).status_code == 200  # the session now remembers: not privileged
    do_grant_org_admin(None, world.school.organisation, user)
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == reverse("signin:otp")
    assert client.get(url)["Location"] == reverse("signin:otp")  # and keeps asking


def test_it_lists_administered_schools_in_the_api(world: World, it_admin: User) -> None:
    from safepost.signin.actions import do_create_token
    from tests.web.test_api import api

    token = do_create_token(it_admin, "inventory")
    status, body = api(token, "get", "/schools")
    assert status == 200
    assert body["schools"] == [
        {"slug": world.school.slug, "name": world.school.name, "role": None, "organisation_admin": True},
        {"slug": world.other.slug, "name": world.other.name, "role": None, "organisation_admin": True}]
    status, _ = api(token, "get", f"/schools/{world.other.slug}/accounts")
    assert status == 200
