"""Read models for the people pages: one row per login of a school, and the trust's summary.

Counts and names of staff only: nothing here reads safeguarding concerns, comments, posts or
pupils, so the trust view cannot show them whatever its template does."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import AccountStatus, ApplicationStatus
from safepost.people.actions import display_name
from safepost.schools.models import (
    PRIVILEGED_ROLES,
    Membership,
    Organisation,
    OrganisationAdmin,
    School,
    current_staff,
)


@dataclass
class PersonRow:
    membership: Membership
    name: str
    email: str
    role_label: str
    privileged: bool
    second_factor: bool
    invited: bool
    last_sign_in: datetime | None
    leaving_on: date | None = None
    school_name: str = ""
    #: Set by the page: whether the viewer may change this person's role or login.
    may_change: bool = False


def _with_devices(memberships: QuerySet[Membership]) -> QuerySet[Membership]:
    confirmed = TOTPDevice.objects.filter(user_id=OuterRef("user_id"), confirmed=True)
    return memberships.select_related("user", "staff", "school").annotate(has_device=Exists(confirmed))


def _row(m: Membership) -> PersonRow:
    user = m.user
    return PersonRow(membership=m, name=display_name(m), email=user.email, role_label=m.get_role_display(),
                     privileged=m.role in PRIVILEGED_ROLES, second_factor=bool(getattr(m, "has_device", False)),
                     invited=not user.has_usable_password() and user.last_login is None,
                     last_sign_in=user.last_login, leaving_on=m.staff.left_on if m.staff else None,
                     school_name=m.school.name)


def people_of(school: School) -> list[PersonRow]:
    rows = _with_devices(Membership.objects.filter(school=school))
    return sorted((_row(m) for m in rows), key=lambda r: (r.name.split()[-1].lower() if r.name else "", r.name))


@dataclass
class SchoolSummary:
    school: School
    staff: int = 0
    logins: int = 0
    privileged: int = 0
    privileged_without_second_factor: int = 0
    invitations_pending: int = 0
    leavers_with_login: int = 0
    accounts_active: int = 0
    accounts_flagged: int = 0
    accounts_without_aup: int = 0
    applications_waiting: int = 0
    accounts_to_create: int = 0

    @property
    def problems(self) -> int:
        """Things someone must put right: a privileged login without a second factor, a
        leaver who can still sign in, a flagged account, an account not linking the policy."""
        return (self.privileged_without_second_factor + self.leavers_with_login + self.accounts_flagged
                + self.accounts_without_aup)


@dataclass
class TrustSummary:
    schools: list[SchoolSummary] = field(default_factory=list)
    people: list[PersonRow] = field(default_factory=list)
    admins: list[str] = field(default_factory=list)


def summary(org: Organisation) -> TrustSummary:
    out = TrustSummary()
    today = timezone.localdate()
    for school in org.schools.order_by("name"):
        rows = [_row(m) for m in _with_devices(Membership.objects.filter(school=school))]
        accounts = OfficialAccount.objects.filter(school=school).aggregate(
            active=Count("pk", filter=Q(status=AccountStatus.ACTIVE)),
            flagged=Count("pk", filter=Q(status=AccountStatus.FLAGGED)),
            no_aup=Count("pk", filter=~Q(status=AccountStatus.CLOSED) & Q(about_links_aup=False)))
        apps = Application.objects.filter(school=school).aggregate(
            waiting=Count("pk", filter=Q(status=ApplicationStatus.SUBMITTED)),
            to_create=Count("pk", filter=Q(status=ApplicationStatus.APPROVED)))
        out.schools.append(SchoolSummary(
            school=school, staff=current_staff(school).count(), logins=len(rows),
            privileged=sum(r.privileged for r in rows),
            privileged_without_second_factor=sum(r.privileged and not r.second_factor for r in rows),
            invitations_pending=sum(r.invited for r in rows),
            leavers_with_login=len([r for r in rows if r.leaving_on is not None and r.leaving_on < today]),
            accounts_active=accounts["active"], accounts_flagged=accounts["flagged"],
            accounts_without_aup=accounts["no_aup"], applications_waiting=apps["waiting"],
            accounts_to_create=apps["to_create"]))
        out.people += rows
    out.people.sort(key=lambda r: (r.school_name, r.name))
    out.admins = sorted(a.user.get_username() for a in OrganisationAdmin.objects.filter(organisation=org)
                        .select_related("user"))
    return out
