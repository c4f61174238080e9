"""The permission matrix, and the only way views and tasks fetch school-scoped rows.

Every ``access_*`` function raises :class:`~django.http.Http404` both when the row does not
exist and when the user may not see it, so a user of one school cannot even learn that a row of
another school exists.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Subquery
from django.http import Http404

from safepost.schools.models import (
    ImportBatch,
    Membership,
    OrganisationAdmin,
    Pupil,
    Role,
    School,
    StaffMember,
)

H, S, D, A, T, G, V = (Role.HEADTEACHER, Role.SLT, Role.DSL, Role.ADMINISTRATOR, Role.STAFF,
                       Role.GOVERNOR, Role.VOLUNTEER)
#: Not a school role: a trust's or local authority's IT administrator (``OrganisationAdmin``),
#: holding these permissions in every school of the organisation. Never the safeguarding ones.
ORG_ADMIN = "org_admin"
OA = ORG_ADMIN


class Perm(StrEnum):
    VIEW_SCHOOL = "view_school"
    VIEW_STAFF = "view_staff"
    MANAGE_STAFF = "manage_staff"
    #: Record or undo the leaving of someone holding a privileged role (their access ends).
    RECORD_PRIVILEGED_LEAVER = "record_privileged_leaver"
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
    #: Safeguarding concerns and incident records (the DSL's work; pages come with that work).
    VIEW_SAFEGUARDING = "view_safeguarding"
    VIEW_POSTS = "view_posts"
    WRITE_POST = "write_post"
    #: A moderator's approval of a post (never of one's own: the action enforces it).
    APPROVE_POST = "approve_post"
    #: Senior leadership's approval of a post with a controversial finding.
    APPROVE_CONTROVERSIAL = "approve_controversial"
    OVERRIDE_BLOCK = "override_block"
    PUBLISH_MANUAL = "publish_manual"
    MANAGE_TAKEDOWN = "manage_takedown"
    # -- inbox (issue 10) --
    VIEW_INBOX = "view_inbox"
    ACT_INBOX = "act_inbox"
    MANAGE_ROTA = "manage_rota"
    VIEW_INBOX_REPORT = "view_inbox_report"
    # -- governors' report (issue 12): counts only, never a name --
    VIEW_GOVERNORS_REPORT = "view_governors_report"
    # -- compliance (issue 12 item 5) --
    #: Read who is overdue (acknowledgements, training, declarations, checklists); no declaration's words.
    VIEW_COMPLIANCE = "view_compliance"
    #: One's own compliance: acknowledge the policy, declare, self-review, record one's training.
    OWN_COMPLIANCE = "own_compliance"
    RECORD_TRAINING = "record_training"
    PUBLISH_POLICY_VERSION = "publish_policy_version"
    #: Read and review adults' declarations (links with pupils' families, personal accounts).
    REVIEW_DECLARATION = "review_declaration"
    # -- people and roles in the browser (issue 14) --
    #: See who signs in and with what role; invite people; give or change an ordinary role;
    #: close a login.
    MANAGE_LOGINS = "manage_logins"
    #: Give, change or take away a privileged role (headteacher, SLT, DSL, administrator).
    GRANT_PRIVILEGED_ROLE = "grant_privileged_role"
    #: Remove someone's second factor so they set it up again (after re-authentication).
    RESET_SECOND_FACTOR = "reset_second_factor"
    # -- raising a safeguarding concern: anyone in the school tells the DSL at once (learn-to-live) --
    #: Raise a concern (write-only: reading the record stays ``VIEW_SAFEGUARDING``).
    RAISE_CONCERN = "raise_concern"


#: The one permission matrix. Tests walk every (role, permission) pair and every view.
MATRIX: dict[Perm, frozenset[str]] = {
    Perm.VIEW_SCHOOL: frozenset({H, S, D, A, T, G, V, OA}),
    Perm.VIEW_STAFF: frozenset({H, S, D, A, T, G, OA}),
    Perm.MANAGE_STAFF: frozenset({H, S, A, OA}),
    Perm.RECORD_PRIVILEGED_LEAVER: frozenset({H, S}),
    Perm.VIEW_PUPILS: frozenset({H, S, D, A, T, OA}),
    Perm.IMPORT_PEOPLE: frozenset({H, S, A, OA}),
    Perm.RECORD_CONSENT: frozenset({H, S, D, A}),
    Perm.VIEW_POLICY: frozenset({H, S, D, A, T, G, V, OA}),
    Perm.CHANGE_POLICY: frozenset({H, S, OA}),
    Perm.CHECK_DRAFT: frozenset({H, S, D, A, T, OA}),
    Perm.VIEW_ACCOUNTS: frozenset({H, S, D, A, T, G, OA}),
    Perm.APPLY_ACCOUNT: frozenset({H, S, A, T}),
    Perm.DECIDE_APPLICATION: frozenset({H, S}),
    Perm.RECORD_ACCOUNT: frozenset({A, OA}),
    Perm.USE_VAULT: frozenset({H, A}),
    Perm.RESOLVE_FLAG: frozenset({H, S, A, OA}),
    Perm.VIEW_AUDIT: frozenset({H, S, OA}),
    Perm.VIEW_SAFEGUARDING: frozenset({H, D}),
    Perm.VIEW_POSTS: frozenset({H, S, D, A, T, G, OA}),
    Perm.WRITE_POST: frozenset({H, S, D, A, T}),
    Perm.APPROVE_POST: frozenset({H, S, A}),
    Perm.APPROVE_CONTROVERSIAL: frozenset({H, S}),
    Perm.OVERRIDE_BLOCK: frozenset({H, S}),
    Perm.PUBLISH_MANUAL: frozenset({H, S, A}),
    Perm.MANAGE_TAKEDOWN: frozenset({H, S, A}),
    # -- inbox (issue 10): moderators work it; governors read its SLA report --
    Perm.VIEW_INBOX: frozenset({H, S, D, A}),
    Perm.ACT_INBOX: frozenset({H, S, D, A}),
    Perm.MANAGE_ROTA: frozenset({H, S, A}),
    Perm.VIEW_INBOX_REPORT: frozenset({H, S, A, G, OA}),
    # -- governors' report (issue 12): governors, the headteacher and SLT; the trust's sum is the
    # organisation administrator's (reports.access.access_trust_report), never a school's incidents
    Perm.VIEW_GOVERNORS_REPORT: frozenset({H, S, G}),
    # -- compliance (issue 12 item 5): governors read the overview; only the headteacher reads
    # declarations; the trust's IT admin is not an adult of the school and sees none of it --
    Perm.VIEW_COMPLIANCE: frozenset({H, S, D, A, G}),
    Perm.OWN_COMPLIANCE: frozenset({H, S, D, A, T, G, V}),
    Perm.RECORD_TRAINING: frozenset({H, S, A}),
    Perm.PUBLISH_POLICY_VERSION: frozenset({H, S}),
    Perm.REVIEW_DECLARATION: frozenset({H}),
    # -- people and roles (issue 14): only the headteacher and senior leaders make someone privileged --
    Perm.MANAGE_LOGINS: frozenset({H, S, A, OA}),
    Perm.GRANT_PRIVILEGED_ROLE: frozenset({H, S}),
    Perm.RESET_SECOND_FACTOR: frozenset({H, S}),
    # -- every adult of the school raises a concern; the trust's IT admin is not one of them --
    Perm.RAISE_CONCERN: frozenset({H, S, D, A, T, G, V}),
}


def allowed(role: str, perm: Perm) -> bool:
    """Whether a role (a school role, or ``ORG_ADMIN``) holds a permission."""
    return role in MATRIX[perm]


def permissions_of(role: str) -> frozenset[Perm]:
    return frozenset(p for p, roles in MATRIX.items() if role in roles)


def holds(membership: Membership, perm: Perm) -> bool:
    """Whether the user holds ``perm`` in the membership's school: through their school role, or
    as an organisation administrator. Safeguarding permissions come only from the school role."""
    return allowed(membership.role, perm) or (membership.org_admin and allowed(ORG_ADMIN, perm))


def permissions_held(membership: Membership) -> frozenset[Perm]:
    """Every permission :func:`holds` grants, for the navigation and buttons."""
    return permissions_of(membership.role) | (permissions_of(ORG_ADMIN) if membership.org_admin else frozenset())


class Refused(PermissionDenied):
    """A member of the school whose role does not hold the permission. They know the school
    exists (they belong to it), so the page says "you do not have permission" (403) instead of
    the 404 that anyone outside the school gets; the API still answers 404 (its contract)."""


class SecondFactorRequired(Exception):
    """A privileged standing in a school, held by a session that has not passed TOTP."""


def not_found() -> Http404:
    return Http404("Not found")


def access_school(user: AbstractBaseUser | AnonymousUser, slug: str, perm: Perm) -> Membership:
    """The user's membership of the school ``slug`` if their role holds ``perm``.

    404 when the school does not exist or the user has no standing in it (the same answer, so
    nobody learns which schools exist); :class:`Refused` (403) for a member without ``perm``."""
    if not user.is_authenticated:
        raise not_found()
    membership = _membership(user, slug)
    if membership is None:
        raise not_found()
    if not holds(membership, perm):
        raise Refused(perm.value)
    verified = getattr(user, "is_verified", None)  # set by django_otp on session users only
    if membership.privileged and verified is not None and not verified():
        # The middleware remembers per session whether a user is privileged; a role granted
        # since then must not be used without the second factor either.
        raise SecondFactorRequired
    return membership


def _membership(user: AbstractBaseUser, slug: str) -> Membership | None:
    """The user's standing in a school, in one query, looked up once per request.

    The result is a ``Membership`` carrying the school role (empty for an organisation
    administrator without one) and ``org_admin``; it is not saved and has no ``pk``.
    ``request.user`` is loaded afresh for every request, so memoising on it never outlives
    the request: a role removed now is refused on the very next request.
    """
    memo: dict[str, Membership | None] = user.__dict__.setdefault("_safepost_memberships", {})
    if slug not in memo:
        school = (
            School.objects.select_related("organisation").filter(slug=slug)
            .annotate(
                member_role=Subquery(Membership.objects.filter(user_id=user.pk, school=OuterRef("pk")).values("role")[:1]),
                org_admin=Exists(OrganisationAdmin.objects.filter(user_id=user.pk, organisation=OuterRef("organisation"))),
            )
            .first()
        )
        found = None
        standing: Any = school  # carries the two annotations
        if standing is not None and (standing.member_role or standing.org_admin):
            found = Membership(user_id=user.pk, school=standing, role=standing.member_role or "")
            found.org_admin = bool(standing.org_admin)
        memo[slug] = found
    return memo[slug]


def scoped_row(rows: Any, pk: Any, **scope: Any) -> Any:
    """The row ``pk`` of ``rows`` (a queryset) within ``scope`` (e.g. ``school=...``), or the one 404.
    A pk that is not a number, or too large for the column, is a 404 too."""
    try:
        return rows.get(pk=int(pk), **scope)
    except (rows.model.DoesNotExist, ValueError, TypeError, OverflowError):
        raise not_found() from None


def _scoped(model: Any, membership: Membership, pk: Any) -> Any:
    return scoped_row(model.objects.all(), pk, school=membership.school)


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
    """The schools a user belongs to or administers for their organisation, for the home page."""
    if not user.is_authenticated:
        return []
    memberships = {m.school_id: m for m in Membership.objects.select_related("school").filter(user_id=user.pk)}
    administered = School.objects.filter(organisation__admins__user_id=user.pk).exclude(pk__in=list(memberships))
    for school in administered:
        memberships[school.pk] = Membership(user_id=user.pk, school=school, role="")
    for school_id in OrganisationAdmin.objects.filter(user_id=user.pk).values_list("organisation__schools", flat=True):
        if school_id in memberships:
            memberships[school_id].org_admin = True
    return sorted(memberships.values(), key=lambda m: m.school.name)


def is_org_admin(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether the user administers any organisation (they must then use a second factor)."""
    return bool(user.is_authenticated and OrganisationAdmin.objects.filter(user_id=user.pk).exists())
