"""People pages: who signs in to a school and with what role; invitations; role changes; second
factor resets; closing a login; the invitation link; the trust's view across its schools."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from safepost.people import actions, invitations, trust
from safepost.people.access import access_organisation, access_person
from safepost.people.forms import InviteForm, RoleForm
from safepost.schools.access import Perm, access_school
from safepost.schools.models import Membership, Role
from safepost.signin.actions import recently_reauthenticated
from safepost.web.pages import page


def _back(school: str) -> HttpResponse:
    return redirect("people:list-people", school=school)


@login_required
def list_people(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.MANAGE_LOGINS)
    rows = trust.people_of(membership.school)
    for row in rows:
        row.may_change = actions.may_change(membership, row.membership)
    return page(request, "people/list.html", membership, rows=rows, role_form=RoleForm(actor=membership),
                me=request.user.pk)


@login_required
def invite_person(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.MANAGE_LOGINS)
    form = InviteForm(request.POST or None, actor=membership)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            member = actions.do_invite_person(membership, data["email"], data["role"], data["staff"],
                                              data["language"])
        except actions.PeopleRefused as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Invitation sent to %(email)s as %(role)s.") % {
                "email": member.user.email, "role": Role(member.role).label})
            return _back(school)
    status = 400 if request.method == "POST" else 200
    return page(request, "people/invite.html", membership, status=status, form=form,
                days=invitations.lifetime().days)


@require_POST
@login_required
def change_role(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, target = access_person(request.user, school, pk, Perm.MANAGE_LOGINS)
    form = RoleForm(request.POST, actor=membership)
    if not form.is_valid():
        messages.error(request, _("Choose a role from the list."))
        return _back(school)
    try:
        changed = actions.do_change_role(membership, target, form.cleaned_data["role"])
    except actions.PeopleRefused as exc:
        messages.error(request, str(exc))
    else:
        if changed:
            messages.success(request, _("%(who)s is now %(role)s.") % {
                "who": actions.display_name(target), "role": Role(form.cleaned_data["role"]).label})
        else:
            messages.info(request, _("Nothing was changed."))
    return _back(school)


@require_POST
@login_required
def reset_second_factor(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    """Asks for the password again first (as revealing a vault login does)."""
    membership, target = access_person(request.user, school, pk, Perm.RESET_SECOND_FACTOR)
    here = reverse("people:list-people", kwargs={"school": school})
    if not recently_reauthenticated(request):
        messages.info(request, _("Confirm your password, then choose Reset second factor again."))
        return redirect(reverse("signin:reauth") + "?" + urlencode({"next": here}))
    try:
        actions.do_reset_second_factor(membership, target)
    except actions.PeopleRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Second factor reset for %(who)s: they set it up again at their next sign-in.")
                         % {"who": actions.display_name(target)})
    return redirect(here)


@require_POST
@login_required
def close_login(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    """The first POST shows a confirmation page; the confirmed one closes the login."""
    membership, target = access_person(request.user, school, pk, Perm.MANAGE_LOGINS)
    if not request.POST.get("confirm"):
        return page(request, "people/close_confirm.html", membership, target=target,
                    name=actions.display_name(target))
    name = actions.display_name(target)
    try:
        actions.do_close_login(membership, target)
    except actions.PeopleRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("%(who)s can no longer sign in to this school.") % {"who": name})
    return _back(school)


@require_POST
@login_required
def resend_invitation(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, target = access_person(request.user, school, pk, Perm.MANAGE_LOGINS)
    try:
        actions.do_resend_invitation(membership, target)
    except actions.PeopleRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Invitation sent again to %(email)s.") % {"email": target.user.email})
    return _back(school)


def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the invitation email: choose a password, then sign in."""
    try:
        user = invitations.user_for_token(token)
    except invitations.InvitationRefused as exc:
        return render(request, "people/invitation_refused.html", {"problem": exc.problem.value}, status=400)
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.do_accept_invitation(user, form.cleaned_data["new_password1"])
        messages.success(request, _("Your password is set. Sign in with your email address and the new password."))
        return redirect("signin:login")
    schools = [m.school for m in Membership.objects.select_related("school").filter(user_id=user.pk)]
    response = render(request, "people/accept.html", {"form": form, "invited": user, "schools": schools},
                      status=400 if request.method == "POST" else 200)
    # The token is in this page's address: never send it to another site (same-origin keeps the
    # Origin header, which the CSRF check of the form needs).
    response["Referrer-Policy"] = "same-origin"
    return response


@login_required
def show_trust(request: HttpRequest, organisation: str) -> HttpResponse:
    """The organisation's IT administrator: every school's people, accounts and compliance
    counts. Never safeguarding records, comments or pupils."""
    org = access_organisation(request.user, organisation)
    return render(request, "people/trust.html", {"organisation": org, "summary": trust.summary(org)})
