"""The permission matrix, walked for every role and every school view."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.urls import reverse

from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import ApplicationStatus
from safepost.schools.access import MATRIX, Perm, allowed
from safepost.schools.models import ImportBatch, ImportKind, Membership, Role
from tests.web.conftest import World, verified_client


def _application(world: World, status: ApplicationStatus = ApplicationStatus.SUBMITTED) -> Application:
    app = Application.objects.create(school=world.school, platform="facebook", name="PE news", aim="a",
                                     audience="b", promotion="c", visibility="open", lead=world.staff[0],
                                     requested_by=world.users[Role.STAFF], status=status)
    app.runners.set(world.staff[:2])
    return app


def _account(world: World) -> OfficialAccount:
    app = _application(world, ApplicationStatus.CREATED)
    account = OfficialAccount.objects.create(school=world.school, application=app, platform="facebook",
                                             name="PE news", url="https://example.org/pe", handle="@pe",
                                             about_links_aup=True, lead=world.staff[0],
                                             recorded_by=world.users[Role.ADMINISTRATOR], status="flagged")
    account.runners.set(world.staff[:2])
    return account


def _batch(world: World) -> ImportBatch:
    return ImportBatch.objects.create(school=world.school, kind=ImportKind.PUPILS, created_by=world.users[Role.HEADTEACHER],
                                      rows=[], errors=[{"line": 2, "column": "x", "why": "y"}])


def _adult(world: World) -> int:
    from safepost.compliance.actions import do_sync_adults
    from safepost.compliance.models import Adult

    do_sync_adults(world.school)
    return Adult.objects.get(school=world.school, user=world.users[Role.STAFF]).pk


def _declaration(world: World) -> int:
    from safepost.compliance.actions import DeclarationInput, do_declare
    from safepost.compliance.models import Adult, DeclarationKind

    _adult(world)
    adult = Adult.objects.get(school=world.school, user=world.users[Role.STAFF])
    return do_declare(adult, DeclarationInput(kind=DeclarationKind.PARENT_LINK, platform="Facebook",
                                              relationship="friend"), None).pk
def _login(world: World) -> Membership:
    return Membership.objects.get(user=world.users[Role.STAFF], school=world.school)


Objects = Callable[[World], dict[str, Any]]

# (url name, extra kwargs from the world, method, the permission that guards it)
VIEWS: list[tuple[str, Objects, str, Perm]] = [
    ("schools:dashboard", lambda w: {}, "get", Perm.VIEW_SCHOOL),
    ("schools:list-staff", lambda w: {}, "get", Perm.VIEW_STAFF),
    ("schools:leave-staff", lambda w: {"pk": w.staff[3].pk}, "post", Perm.MANAGE_STAFF),
    ("schools:add-staff", lambda w: {}, "get", Perm.MANAGE_STAFF),
    ("schools:edit-staff", lambda w: {"pk": w.staff[3].pk}, "get", Perm.MANAGE_STAFF),
    ("schools:undo-leaving", lambda w: {"pk": w.staff[3].pk}, "post", Perm.MANAGE_STAFF),
    ("schools:list-pupils", lambda w: {}, "get", Perm.VIEW_PUPILS),
    ("schools:list-pupils", lambda w: {}, "post", Perm.VIEW_PUPILS),  # the search
    ("schools:upload-import", lambda w: {"kind": "pupils"}, "get", Perm.IMPORT_PEOPLE),
    ("schools:preview-import", lambda w: {"pk": _batch(w).pk}, "get", Perm.IMPORT_PEOPLE),
    ("schools:apply-import", lambda w: {"pk": _batch(w).pk}, "post", Perm.IMPORT_PEOPLE),
    ("consent:show-consent", lambda w: {"pk": w.pupils[0].pk}, "get", Perm.VIEW_PUPILS),
    ("policies:show-policy", lambda w: {}, "get", Perm.VIEW_POLICY),
    ("policies:change-severity", lambda w: {}, "post", Perm.CHANGE_POLICY),
    ("policies:choose-pack", lambda w: {}, "post", Perm.CHANGE_POLICY),
    ("policies:check-draft", lambda w: {}, "get", Perm.CHECK_DRAFT),
    ("accounts:list-accounts", lambda w: {}, "get", Perm.VIEW_ACCOUNTS),
    ("accounts:apply-account", lambda w: {}, "get", Perm.APPLY_ACCOUNT),
    ("accounts:show-application", lambda w: {"pk": _application(w).pk}, "get", Perm.VIEW_ACCOUNTS),
    ("accounts:decide-application", lambda w: {"pk": _application(w).pk}, "post", Perm.DECIDE_APPLICATION),
    ("accounts:record-account", lambda w: {"pk": _application(w, ApplicationStatus.APPROVED).pk}, "post",
     Perm.RECORD_ACCOUNT),
    ("accounts:show-account", lambda w: {"pk": _account(w).pk}, "get", Perm.VIEW_ACCOUNTS),
    ("accounts:store-login", lambda w: {"pk": _account(w).pk}, "post", Perm.USE_VAULT),
    ("accounts:reveal-login", lambda w: {"pk": _account(w).pk}, "post", Perm.USE_VAULT),
    ("accounts:transfer-account", lambda w: {"pk": _account(w).pk}, "post", Perm.RESOLVE_FLAG),
    ("accounts:close-account", lambda w: {"pk": _account(w).pk}, "post", Perm.RESOLVE_FLAG),
    ("accounts:connect-account", lambda w: {"pk": _account(w).pk}, "post", Perm.USE_VAULT),
    ("accounts:check-connection", lambda w: {"pk": _account(w).pk}, "post", Perm.USE_VAULT),
    ("audit:list-events", lambda w: {}, "get", Perm.VIEW_AUDIT),
    ("reports:show-governors-report", lambda w: {}, "get", Perm.VIEW_GOVERNORS_REPORT),
    ("reports:governors-report-pdf", lambda w: {}, "get", Perm.VIEW_GOVERNORS_REPORT),
    ("compliance:show-overview", lambda w: {}, "get", Perm.VIEW_COMPLIANCE),
    ("compliance:publish-version", lambda w: {}, "post", Perm.PUBLISH_POLICY_VERSION),
    ("compliance:record-review", lambda w: {}, "post", Perm.PUBLISH_POLICY_VERSION),
    ("compliance:show-mine", lambda w: {}, "get", Perm.OWN_COMPLIANCE),
    ("compliance:acknowledge-mine", lambda w: {}, "post", Perm.OWN_COMPLIANCE),
    ("compliance:declare", lambda w: {}, "post", Perm.OWN_COMPLIANCE),
    ("compliance:complete-checklist", lambda w: {"kind": "joining"}, "post", Perm.OWN_COMPLIANCE),
    ("compliance:record-own-training", lambda w: {}, "post", Perm.OWN_COMPLIANCE),
    ("compliance:record-training", lambda w: {"pk": _adult(w)}, "get", Perm.RECORD_TRAINING),
    ("compliance:review-declaration", lambda w: {"pk": _declaration(w)}, "get", Perm.REVIEW_DECLARATION),
    # -- people and roles (issue 14): the target is the teacher's login --
    ("people:list-people", lambda w: {}, "get", Perm.MANAGE_LOGINS),
    ("people:invite-person", lambda w: {}, "get", Perm.MANAGE_LOGINS),
    ("people:invite-person", lambda w: {}, "post", Perm.MANAGE_LOGINS),
    ("people:change-role", lambda w: {"pk": _login(w).pk}, "post", Perm.MANAGE_LOGINS),
    ("people:reset-second-factor", lambda w: {"pk": _login(w).pk}, "post", Perm.RESET_SECOND_FACTOR),
    ("people:close-login", lambda w: {"pk": _login(w).pk}, "post", Perm.MANAGE_LOGINS),
    ("people:resend-invitation", lambda w: {"pk": _login(w).pk}, "post", Perm.MANAGE_LOGINS),
    ("audit:export-events", lambda w: {}, "get", Perm.VIEW_AUDIT),
]
#: School views guarded by something other than a role: the signed one-click acknowledgement link,
#: and ending one's own declaration (only its maker: test_compliance.py walks it).
NOT_BY_ROLE = {"compliance:acknowledge-link", "compliance:end-declaration"}


def test_it_lists_every_school_view() -> None:
    from django.urls import get_resolver

    names = {f"{ns}:{name}" for ns, (_, resolver) in get_resolver().namespace_dict.items()
             if ns in {"schools", "consent", "policies", "accounts", "audit", "compliance", "people"}
             for name in resolver.reverse_dict if isinstance(name, str)}
    # Not school pages: the invitation link (anyone holding it) and the trust view (test_people);
    # the reports app's trust view is not a school's (tests/web/test_reports.py walks it).
    names -= {"people:accept-invitation", "people:show-trust"}
    assert names - NOT_BY_ROLE == {name for name, *_ in VIEWS if not name.startswith("reports:")}


def test_it_gives_every_permission_to_at_least_one_role() -> None:
    assert all(MATRIX[perm] for perm in Perm)
    assert allowed(Role.HEADTEACHER, Perm.VIEW_AUDIT) and not allowed(Role.STAFF, Perm.VIEW_AUDIT)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(("name", "objects", "method", "perm"), VIEWS, ids=[f"{v[0]}-{v[2]}" for v in VIEWS])
def test_it_applies_the_matrix(world: World, role: Role, name: str, objects: Objects, method: str, perm: Perm) -> None:
    client = verified_client(world.users[role])
    url = reverse(name, kwargs={"school": world.school.slug, **objects(world)})
    response = getattr(client, method)(url)
    if allowed(role, perm):
        assert response.status_code in {200, 302, 400}, (role, name, response.status_code)
    else:
        # A member of the school is told plainly; only outsiders get the 404 (next test).
        assert response.status_code == 403, (role, name, response.status_code)
        assert "You don't have permission for this" in response.content.decode(), (role, name)


@pytest.mark.parametrize(("name", "objects", "method", "perm"), VIEWS, ids=[f"{v[0]}-{v[2]}" for v in VIEWS])
def test_it_hides_one_school_from_another(world: World, name: str, objects: Objects, method: str, perm: Perm) -> None:
    client = verified_client(world.outsider)  # headteacher of the other school: holds every permission there
    kwargs = objects(world)
    response = getattr(client, method)(reverse(name, kwargs={"school": world.school.slug, **kwargs}))
    missing = getattr(client, method)(reverse(name, kwargs={"school": "no-such-school", **kwargs}))
    assert response.status_code == missing.status_code == 404
    assert _without_tokens(response.content) == _without_tokens(missing.content)


@pytest.mark.parametrize("role", list(Role))
def test_it_lets_only_the_matrix_record_a_privileged_leaver(world: World, role: Role) -> None:
    """staff[3] is the administrator's staff record: a privileged role. Recording (and undoing)
    their leaving needs ``RECORD_PRIVILEGED_LEAVER`` on top of ``MANAGE_STAFF``."""
    from datetime import timedelta

    from django.utils import timezone

    from safepost.schools.models import StaffMember

    leaver = world.staff[3]
    client = verified_client(world.users[role])
    day = (timezone.localdate() + timedelta(days=7)).isoformat()
    url = reverse("schools:leave-staff", kwargs={"school": world.school.slug, "pk": leaver.pk})
    response = client.post(url, {"left_on": day, "confirm": "on"})
    recorded = StaffMember.objects.get(pk=leaver.pk).left_on is not None
    may = allowed(role, Perm.MANAGE_STAFF) and allowed(role, Perm.RECORD_PRIVILEGED_LEAVER)
    assert recorded == may, (role, response.status_code)
    assert response.status_code == (302 if allowed(role, Perm.MANAGE_STAFF) else 403)


def _without_tokens(html: bytes) -> bytes:
    # CSRF tokens are masked differently on every response, and the language switch returns to
    # the page's own address; everything else must be identical.
    return re.sub(rb'(X-CSRFToken": "|name="csrfmiddlewaretoken" value="|name="next" value=")[^"]*', rb"\1", html)


def test_it_sends_anonymous_users_to_sign_in(world: World) -> None:
    from django.test import Client

    response = Client().get(reverse("schools:dashboard", kwargs={"school": world.school.slug}))
    assert response.status_code == 302 and "/signin/" in response["Location"]
