"""Every write about people's logins: invitations, roles, second factors, closing a login.
Each is atomic, writes its audit event, and tells the person by email once it has committed.

The rules of who may give what:
- an ordinary role (staff, governor, volunteer) by anyone holding ``MANAGE_LOGINS``;
- a privileged role (headteacher, SLT, DSL, administrator), or taking one away, only by a holder of
  ``GRANT_PRIVILEGED_ROLE`` (the headteacher and senior leadership); the headteacher role itself
  only by a headteacher;
- nobody changes their own role, resets their own second factor or closes their own login;
- the school always keeps a headteacher and a DSL (as the leavers flow does).
"""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.audit.chain import record
from safepost.schools.access import Perm, holds
from safepost.schools.models import PRIVILEGED_ROLES, Membership, OrganisationAdmin, Role, School, StaffMember

log = logging.getLogger("safepost.people")

#: Roles a school must always have someone in (as ``schools.actions.ESSENTIAL_ROLES``).
ESSENTIAL_ROLES = (Role.HEADTEACHER, Role.DSL)


class PeopleRefused(Exception):
    """The rules do not allow this; the message says why, for the person."""


def role_label(role: str) -> str:
    return str(Role(role).label)


def check_may_give(actor: Membership, role: str) -> None:
    """Refuse a role the actor may not give (or take away)."""
    if role in PRIVILEGED_ROLES and not holds(actor, Perm.GRANT_PRIVILEGED_ROLE):
        raise PeopleRefused(_("Only the headteacher or senior leadership can give or take away the %(role)s role.")
                            % {"role": role_label(role)})
    if role == Role.HEADTEACHER and actor.role != Role.HEADTEACHER:
        raise PeopleRefused(_("Only a headteacher can give or take away the headteacher role."))


def _check_not_self(actor: Membership, target: Membership, what: str) -> None:
    if target.user_id == actor.user.pk:
        raise PeopleRefused(what)


def _check_someone_else_stays(target: Membership, new_role: str | None) -> None:
    """The school keeps a headteacher and a DSL: the last one staying cannot lose the role."""
    if target.role not in ESSENTIAL_ROLES or target.role == new_role:
        return
    others = Membership.objects.filter(school_id=target.school_id, role=target.role).exclude(pk=target.pk)
    if not others.filter(Q(staff__isnull=True) | Q(staff__left_on__isnull=True)).exists():
        raise PeopleRefused(_("%(who)s is the school's only %(role)s. A school must always have a headteacher and a "
                              "designated safeguarding lead: give the role to someone else first.")
                            % {"who": display_name(target), "role": role_label(target.role)})


def may_change(actor: Membership, target: Membership) -> bool:
    """Whether the page offers the actor buttons for this person (the actions check again)."""
    try:
        _check_not_self(actor, target, "")
        check_may_give(actor, target.role)
    except PeopleRefused:
        return False
    return True


def display_name(membership: Membership) -> str:
    """How colleagues know the person: their staff record, else their login's name."""
    if membership.staff_id is not None and membership.staff is not None:
        return str(membership.staff)
    user: Any = membership.user
    return str(user.get_full_name() or user.get_username())


def has_second_factor(user: AbstractBaseUser) -> bool:
    return TOTPDevice.objects.filter(user_id=user.pk, confirmed=True).exists()


def invitation_pending(user: AbstractBaseUser) -> bool:
    """Invited, and the password not set yet."""
    return not user.has_usable_password() and user.last_login is None


# -- invitations -------------------------------------------------------------------------------


@transaction.atomic
def do_invite_person(actor: Membership, email: str, role: str, staff: StaffMember | None = None,
                     language: str = "en") -> Membership:
    """Give ``email`` a login to the school with ``role`` and email them a link to set their
    password (or, if they already sign in to safepost, tell them about the new school)."""
    from safepost.signin.models import Profile

    check_may_give(actor, role)
    email = email.strip().lower()
    school = actor.school
    if staff is not None and Membership.objects.filter(school=school, staff=staff).exists():
        raise PeopleRefused(_("%(who)s already has a login at this school.") % {"who": staff})
    user_model = get_user_model()
    user = user_model.objects.filter(email__iexact=email, is_active=True).order_by("pk").first()
    existing = user is not None
    if user is None:
        if user_model.objects.filter(username__iexact=email).exists():
            raise PeopleRefused(_("A login named %(email)s exists but is closed. Ask your IT administrator to "
                                  "reopen it.") % {"email": email})
        user = user_model.objects.create_user(username=email, email=email, password=None)  # unusable
        Profile.objects.create(user=user, language=language)
    if Membership.objects.filter(user=user, school=school).exists():
        raise PeopleRefused(_("%(email)s already signs in to this school.") % {"email": email})
    member = Membership.objects.create(user=user, school=school, role=role, staff=staff)
    record(actor.user, school, "people.invited", member, user_id=user.pk, role=role,
           staff_id=staff.staff_id if staff else None, existing_login=existing)
    _after_commit("send_invitation", member.pk, actor.user.pk)
    return member


@transaction.atomic
def do_resend_invitation(actor: Membership, target: Membership) -> None:
    """Send the link again (the first may have expired); only while the password is not set."""
    if not invitation_pending(target.user):
        raise PeopleRefused(_("%(who)s has already set a password.") % {"who": display_name(target)})
    check_may_give(actor, target.role)
    record(actor.user, actor.school, "people.invitation-resent", target, user_id=target.user_id)
    _after_commit("send_invitation", target.pk, actor.user.pk)


@transaction.atomic
def do_accept_invitation(user: AbstractBaseUser, password: str) -> None:
    """The invited person sets their password; the link stops working (its fingerprint changes)."""
    user.set_password(password)
    user.save(update_fields=["password"])
    for member in Membership.objects.filter(user_id=user.pk).select_related("school"):
        record(user, member.school, "people.invitation-accepted", member, user_id=user.pk)


# -- roles ---------------------------------------------------------------------------------------


@transaction.atomic
def do_change_role(actor: Membership, target: Membership, role: str) -> bool:
    """Give the person ``role`` in place of their current one. False when it is the same."""
    target = _lock(target)
    if role not in Role.values:
        raise PeopleRefused(_("Choose a role from the list."))
    if target.role == role:
        return False
    _check_not_self(actor, target, _("You cannot change your own role: ask a colleague who may."))
    check_may_give(actor, target.role)
    check_may_give(actor, role)
    _check_someone_else_stays(target, role)
    old = target.role
    Membership.objects.filter(pk=target.pk).update(role=role)
    record(actor.user, actor.school, "people.role-changed", target, user_id=target.user_id, old=old, new=role)
    _after_commit("tell_role_changed", target.pk, old, actor.user.pk)
    return True


# -- second factor -------------------------------------------------------------------------------


@transaction.atomic
def do_reset_second_factor(actor: Membership, target: Membership) -> int:
    """Remove the person's authenticator devices: at their next sign-in they set one up again.
    Their sessions lose the second factor and their API tokens stop (the credentials
    fingerprint changes). The view asks for the actor's password first. Returns devices removed."""
    _check_not_self(actor, target, _("You cannot reset your own second factor: ask a colleague who may."))
    if not holds(actor, Perm.RESET_SECOND_FACTOR):
        raise PeopleRefused(_("Only the headteacher or senior leadership can reset a second factor."))
    removed, _counts = TOTPDevice.objects.filter(user_id=target.user_id).delete()
    record(actor.user, actor.school, "people.second-factor-reset", target, user_id=target.user_id, devices=removed)
    _after_commit("tell_second_factor_reset", target.pk, actor.user.pk)
    return removed


# -- closing a login -------------------------------------------------------------------------------


@transaction.atomic
def do_close_login(actor: Membership, target: Membership) -> bool:
    """End the person's access to this school. When they belong to no other school and
    administer no organisation, their login is closed (it cannot sign in). Returns whether the
    login itself was closed."""
    target = _lock(target)
    _check_not_self(actor, target, _("You cannot close your own login: ask a colleague who may."))
    check_may_give(actor, target.role)
    _check_someone_else_stays(target, None)
    Membership.objects.filter(pk=target.pk).delete()
    closed = close_unused_login(target.user)
    record(actor.user, actor.school, "people.login-closed", target, user_id=target.user_id, role=target.role,
           staff_id=target.staff.staff_id if target.staff else None, login_closed=closed)
    actor.school.bump()
    return closed


def close_unused_login(user: AbstractBaseUser) -> bool:
    """Deactivate a login that no longer belongs to any school or organisation. Its sessions
    end at their next request (Django refuses inactive users)."""
    if Membership.objects.filter(user_id=user.pk).exists() or OrganisationAdmin.objects.filter(user_id=user.pk).exists():
        return False
    return bool(get_user_model().objects.filter(pk=user.pk, is_active=True).update(is_active=False))


def _lock(target: Membership) -> Membership:
    """The school first (one change of roles at a time per school, so two people cannot each
    take the role from one of the last two DSLs), then the membership, read afresh."""
    School.objects.select_for_update().get(pk=target.school_id)
    return Membership.objects.select_for_update(of=("self",)).select_related("user", "staff").get(pk=target.pk)


def _after_commit(task_name: str, *args: int | str) -> None:
    """Queue an email once the change commits; a mail server that is down never undoes it."""

    def enqueue() -> None:
        from safepost.people import tasks

        try:
            getattr(tasks, task_name).enqueue(*args)
        except Exception:
            log.exception("could not send the %s email for %s", task_name, args)

    transaction.on_commit(enqueue)
