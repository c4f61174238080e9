"""Permission-checked reads for people: a login (membership) of a school, and an organisation
for its IT administrator. One 404 for missing and forbidden across schools and organisations."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from safepost.schools.access import Perm, access_school, not_found, scoped_row
from safepost.schools.models import Membership, Organisation


def access_person(user: AbstractBaseUser | AnonymousUser, slug: str, pk: Any, perm: Perm) -> tuple[Membership, Membership]:
    """(the user's standing, the login ``pk``) in the school ``slug``, for a user holding ``perm``."""
    membership = access_school(user, slug, perm)
    rows = Membership.objects.select_related("user", "staff", "school")
    return membership, scoped_row(rows, pk, school=membership.school)


def access_organisation(user: AbstractBaseUser | AnonymousUser, slug: str) -> Organisation:
    """The organisation ``slug`` if the user is one of its IT administrators; else 404."""
    if not user.is_authenticated:
        raise not_found()
    found = Organisation.objects.filter(slug=slug, admins__user_id=user.pk).first()
    if found is None:
        raise not_found()
    verified = getattr(user, "is_verified", None)
    if verified is not None and not verified():
        from safepost.schools.access import SecondFactorRequired

        raise SecondFactorRequired
    return found


def administered_organisations(user: AbstractBaseUser | AnonymousUser) -> list[Organisation]:
    if not user.is_authenticated:
        return []
    return list(Organisation.objects.filter(admins__user_id=user.pk).order_by("name"))
