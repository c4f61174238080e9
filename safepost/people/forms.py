from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from safepost.schools.access import Perm, holds
from safepost.schools.models import PRIVILEGED_ROLES, Membership, Nation, Role, StaffMember


def roles_to_offer(actor: Membership) -> list[tuple[str, Any]]:
    """The roles the actor may give, in the order of ``Role`` (the action checks again)."""
    may_privileged = holds(actor, Perm.GRANT_PRIVILEGED_ROLE)
    return [(value, label) for value, label in Role.choices
            if (value not in PRIVILEGED_ROLES or may_privileged)
            and (value != Role.HEADTEACHER or actor.role == Role.HEADTEACHER)]


class InviteForm(forms.Form):
    """Invite a member of staff: the email their link goes to, their role, their staff record."""

    email = forms.EmailField(label=_("Email address"), max_length=254,
                             help_text=_("Their school email address. The invitation link is sent here."))
    role = forms.ChoiceField(label=_("Role"))
    staff = forms.ModelChoiceField(label=_("Staff record"), queryset=StaffMember.objects.none(), required=False,
                                   empty_label=_("None (e.g. a governor or volunteer)"),
                                   help_text=_("Links the login to the person in the staff list, so leaving ends "
                                               "their access."))
    language = forms.ChoiceField(label=_("Language of their emails"), choices=settings.LANGUAGES)

    def __init__(self, *args: Any, actor: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        school = actor.school
        self.fields["role"].choices = roles_to_offer(actor)  # type: ignore[attr-defined]
        self.fields["role"].initial = Role.STAFF  # the usual case; never a privileged role by default
        linked = Membership.objects.filter(school=school, staff__isnull=False).values_list("staff_id", flat=True)
        self.fields["staff"].queryset = (StaffMember.objects.filter(  # type: ignore[attr-defined]
            school=school, left_on__isnull=True).exclude(pk__in=list(linked)).order_by("last_name", "first_name"))
        self.fields["language"].initial = "cy" if school.nation == Nation.WALES else "en"


class RoleForm(forms.Form):
    """Any role validates here: the action refuses, in words, one the actor may not give. The
    page offers only :func:`roles_to_offer` (``offered``)."""

    role = forms.ChoiceField(label=_("New role"), choices=Role.choices)

    def __init__(self, *args: Any, actor: Membership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.offered = roles_to_offer(actor)
