"""Permission-checked reads of applications and accounts (one 404 for missing and forbidden)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from safepost.accounts.models import Application, OfficialAccount
from safepost.schools.access import Perm, access_school, not_found
from safepost.schools.models import Membership


def access_application(user: AbstractBaseUser | AnonymousUser, slug: str, pk: Any,
                       perm: Perm = Perm.VIEW_ACCOUNTS) -> tuple[Membership, Application]:
    """An application of the school, for a user whose role holds ``perm``."""
    membership = access_school(user, slug, perm)
    try:
        app = Application.objects.select_related("lead").get(pk=int(pk), school=membership.school)
    except (Application.DoesNotExist, ValueError, TypeError):
        raise not_found() from None
    return membership, app


def access_account(user: AbstractBaseUser | AnonymousUser, slug: str, pk: Any,
                   perm: Perm = Perm.VIEW_ACCOUNTS) -> tuple[Membership, OfficialAccount]:
    """An official account of the school, for a user whose role holds ``perm``."""
    membership = access_school(user, slug, perm)
    try:
        account = OfficialAccount.objects.select_related("lead").get(pk=int(pk), school=membership.school)
    except (OfficialAccount.DoesNotExist, ValueError, TypeError):
        raise not_found() from None
    return membership, account
