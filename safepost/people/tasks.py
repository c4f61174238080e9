"""The emails people wait on: an invitation, a new or changed role, a second factor reset.
Thin tasks, queued when the change commits; each reads the rows afresh and sends nothing when
the change no longer holds (the person was removed meanwhile)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.urls import reverse
from django_tasks import task

from safepost.people.actions import display_name, invitation_pending
from safepost.people.invitations import invitation_link, lifetime
from safepost.schools.models import Membership, Role
from safepost.web.links import absolute
from safepost.web.mail import email_person


def _context(member: Membership, actor_id: int) -> dict[str, object]:
    actor = get_user_model().objects.filter(pk=actor_id).first()
    by = Membership.objects.select_related("staff", "user").filter(user_id=actor_id, school_id=member.school_id).first()
    return {"school": member.school, "role": Role(member.role).label,
            "by": display_name(by) if by else (actor.get_username() if actor else "safepost"),
            "school_link": absolute(reverse("schools:dashboard", kwargs={"school": member.school.slug})),
            "sign_in_link": absolute(reverse("signin:login"))}


def _member(membership_id: int) -> Membership | None:
    return Membership.objects.select_related("user", "school", "staff").filter(pk=membership_id).first()


@task()
def send_invitation(membership_id: int, actor_id: int) -> bool:
    """The link to set a password; or, for someone who already signs in, news of the new school."""
    member = _member(membership_id)
    if member is None or not member.user.is_active:
        return False
    context = _context(member, actor_id)
    if invitation_pending(member.user):
        context |= {"link": invitation_link(member.user), "days": lifetime().days,
                    "privileged": member.privileged}
        return email_person(member.user, "people/email/invitation", context)
    return email_person(member.user, "people/email/access_granted", context)


@task()
def tell_role_changed(membership_id: int, old_role: str, actor_id: int) -> bool:
    member = _member(membership_id)
    if member is None:
        return False
    context = _context(member, actor_id) | {"old_role": Role(old_role).label, "privileged": member.privileged}
    return email_person(member.user, "people/email/role_changed", context)


@task()
def tell_second_factor_reset(membership_id: int, actor_id: int) -> bool:
    member = _member(membership_id)
    if member is None:
        return False
    return email_person(member.user, "people/email/second_factor_reset", _context(member, actor_id))
