"""The permission matrix, and the only way views and tasks fetch school-scoped rows.

Every ``access_*`` function raises :class:`~django.http.Http404` both when the row does not
exist and when the user may not see it, so a user of one school cannot even learn that a row of
another school exists.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.http import Http404

from safepost.schools.models import ImportBatch, Membership, Pupil, Role, StaffMember

H, S, D, A, T, G, V = (Role.HEADTEACHER, Role.SLT, Role.DSL, Role.ADMINISTRATOR, Role.STAFF,
                       Role.GOVERNOR, Role.VOLUNTEER)


class Perm(StrEnum):
    VIEW_SCHOOL = "view_school"
    VIEW_STAFF = "view_staff"
    MANAGE_STAFF = "manage_staff"
    VIEW_PUPILS = "view_pupils"
    IMPORT_PEOPLE = "import_people"
    RECORD_CONSENT = "record_consent"
    VIEW_POLICY = "view_policy"
    CHANGE_POLICY = "change_policy"
    CHECK_DRAFT = "check_draft"
    VIEW_ACCOUNTS = "view_accounts"
    APPLY_ACCOUNT = "apply_account"
    DECIDE_APPLICATION = "decide_application"
    RECORD_ACCOUNT = "record_account"
    USE_VAULT = "use_vault"
    RESOLVE_FLAG = "resolve_flag"
    VIEW_AUDIT = "view_audit"


#: The one permission matrix. Tests walk every (role, permission) pair and every view.
MATRIX: dict[Perm, frozenset[Role]] = {
    Perm.VIEW_SCHOOL: frozenset({H, S, D, A, T, G, V}),
    Perm.VIEW_STAFF: frozenset({H, S, D, A, T, G}),
    Perm.MANAGE_STAFF: frozenset({H, S, A}),
    Perm.VIEW_PUPILS: frozenset({H, S, D, A, T}),
    Perm.IMPORT_PEOPLE: frozenset({H, S, A}),
    Perm.RECORD_CONSENT: frozenset({H, S, D, A}),
    Perm.VIEW_POLICY: frozenset({H, S, D, A, T, G, V}),
    Perm.CHANGE_POLICY: frozenset({H, S}),
    Perm.CHECK_DRAFT: frozenset({H, S, D, A, T}),
    Perm.VIEW_ACCOUNTS: frozenset({H, S, D, A, T, G}),
    Perm.APPLY_ACCOUNT: frozenset({H, S, A, T}),
    Perm.DECIDE_APPLICATION: frozenset({H, S}),
    Perm.RECORD_ACCOUNT: frozenset({A}),
    Perm.USE_VAULT: frozenset({H, A}),
    Perm.RESOLVE_FLAG: frozenset({H, S, A}),
    Perm.VIEW_AUDIT: frozenset({H, S}),
}


def allowed(role: str, perm: Perm) -> bool:
    """Whether a role holds a permission."""
    return role in MATRIX[perm]


def permissions_of(role: str) -> frozenset[Perm]:
    return frozenset(p for p, roles in MATRIX.items() if role in roles)


def not_found() -> Http404:
    return Http404("Not found")


def access_school(user: AbstractBaseUser | AnonymousUser, slug: str, perm: Perm) -> Membership:
    """The user's membership of the school ``slug`` if their role holds ``perm``; else 404."""
    if not user.is_authenticated:
        raise not_found()
    membership = _membership(user, slug)
    if membership is None or not allowed(membership.role, perm):
        raise not_found()
    return membership


def _membership(user: AbstractBaseUser, slug: str) -> Membership | None:
    """The user's membership of a school, looked up once per request.

    ``request.user`` is loaded afresh for every request, so memoising on it never outlives
    the request: a role removed now is refused on the very next request.
    """
    memo: dict[str, Membership | None] = user.__dict__.setdefault("_safepost_memberships", {})
    if slug not in memo:
        memo[slug] = (
            Membership.objects.select_related("school", "school__organisation", "staff")
            .filter(user=user, school__slug=slug)
            .first()
        )
    return memo[slug]


def _scoped(model: Any, membership: Membership, pk: Any) -> Any:
    try:
        return model.objects.get(pk=int(pk), school=membership.school)
    except (model.DoesNotExist, ValueError, TypeError):
        raise not_found() from None


def access_pupil(user: AbstractBaseUser | AnonymousUser, slug: str, pk: Any, perm: Perm) -> tuple[Membership, Pupil]:
    """A pupil of the school, for a user whose role holds ``perm``."""
    membership = access_school(user, slug, perm)
    return membership, _scoped(Pupil, membership, pk)


def access_staff(user: AbstractBaseUser | AnonymousUser, slug: str, pk: Any, perm: Perm) -> tuple[Membership, StaffMember]:
    """A staff member of the school, for a user whose role holds ``perm``."""
    membership = access_school(user, slug, perm)
    return membership, _scoped(StaffMember, membership, pk)


def access_import(user: AbstractBaseUser | AnonymousUser, slug: str, pk: Any) -> tuple[Membership, ImportBatch]:
    """An import batch of the school, for a user who may import."""
    membership = access_school(user, slug, Perm.IMPORT_PEOPLE)
    return membership, _scoped(ImportBatch, membership, pk)


def user_schools(user: AbstractBaseUser | AnonymousUser) -> list[Membership]:
    """The schools a user belongs to, for the home page."""
    if not user.is_authenticated:
        return []
    return list(Membership.objects.select_related("school").filter(user=user).order_by("school__name"))
