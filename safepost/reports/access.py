"""Who reads the governors' report: governors, the headteacher and SLT of the school
(``Perm.VIEW_GOVERNORS_REPORT``); a trust's sum, its organisation administrators. One 404 for
missing and forbidden, as everywhere."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from safepost.schools.access import Perm, SecondFactorRequired, access_school, not_found
from safepost.schools.models import Membership, Organisation


def access_governors_report(user: AbstractBaseUser | AnonymousUser, slug: str) -> Membership:
    return access_school(user, slug, Perm.VIEW_GOVERNORS_REPORT)


def access_trust_report(user: AbstractBaseUser | AnonymousUser, slug: str) -> Organisation:
    """The organisation ``slug`` if the user administers it; else 404. Counts only, summed."""
    if not user.is_authenticated:
        raise not_found()
    organisation = Organisation.objects.filter(slug=slug, admins__user_id=user.pk).first()
    if organisation is None:
        raise not_found()
    verified = getattr(user, "is_verified", None)  # an organisation administrator is privileged
    if verified is not None and not verified():
        raise SecondFactorRequired
    return organisation
