"""The only way compliance views and the API fetch rows: one 404 for missing and forbidden."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.utils import timezone
from django.utils.translation import gettext as _

from safepost.compliance.links import LinkError, read_token
from safepost.compliance.models import Adult, Declaration, PolicyVersion
from safepost.schools.access import Perm, access_school, not_found, scoped_row
from safepost.schools.models import Membership, School

User = AbstractBaseUser | AnonymousUser


def own_adult(membership: Membership) -> Adult | None:
    """The member's own adult row, brought up to date with the school's people first if missing."""
    adult = Adult.objects.filter(school=membership.school, user_id=membership.user_id).first()
    if adult is None:
        from safepost.compliance.actions import do_sync_adults

        do_sync_adults(membership.school, timezone.localdate())
        adult = Adult.objects.filter(school=membership.school, user_id=membership.user_id).first()
    return adult


def access_own_adult(user: User, slug: str) -> tuple[Membership, Adult]:
    """The signed-in member and their own adult row (every school role has one; an org admin does not)."""
    membership = access_school(user, slug, Perm.OWN_COMPLIANCE)
    adult = own_adult(membership)
    if adult is None:
        raise not_found()
    return membership, adult


def access_adult(user: User, slug: str, pk: Any, perm: Perm) -> tuple[Membership, Adult]:
    """An adult of the school, for a user whose role holds ``perm``."""
    membership = access_school(user, slug, perm)
    return membership, scoped_row(Adult.objects.select_related("school"), pk, school=membership.school)


def access_declaration(user: User, slug: str, pk: Any) -> tuple[Membership, Declaration]:
    """A declaration of the school, for its reviewer (the headteacher)."""
    membership = access_school(user, slug, Perm.REVIEW_DECLARATION)
    return membership, scoped_row(Declaration.objects.select_related("adult"), pk, adult__school=membership.school)


def access_link(slug: str, token: str) -> tuple[Adult, PolicyVersion]:
    """The adult and version a signed acknowledgement link names; LinkError if it is not valid
    for this school (a link is only ever read through its own school's address)."""
    claim = read_token(token)
    school = School.objects.filter(slug=slug, pk=claim.school_id).first()
    adult = Adult.objects.select_related("school").filter(pk=claim.adult_id, school=school).first()
    version = PolicyVersion.objects.filter(pk=claim.version_id, school=school).first()
    if school is None or adult is None or version is None:
        raise LinkError(_("This link is not valid."))
    return adult, version
