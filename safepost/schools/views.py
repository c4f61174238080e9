"""School pages: dashboard, staff, pupils, imports."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import AccountStatus, ApplicationStatus
from safepost.consent.actions import import_conflicts
from safepost.schools import actions, today
from safepost.schools.access import Perm, access_import, access_school, access_staff, holds
from safepost.schools.forms import LeaverForm, StaffForm, UploadForm
from safepost.schools.models import (
    ImportKind,
    ImportStatus,
    Membership,
    Pupil,
    Role,
    StaffMember,
    current_staff,
)
from safepost.signin.views import signed_in
from safepost.web.pages import page


@login_required
def dashboard(request: HttpRequest, school: str) -> HttpResponse:
    """The overview: what needs this person today first, then the school's pages with counts."""
    membership = access_school(request.user, school, Perm.VIEW_SCHOOL)
    items = today.items_for(membership, signed_in(request))
    return page(request, "schools/dashboard.html", membership, counts=_counts(membership), today=items,
                anything_due=any(i.urgency < today.Urgency.INFO for i in items),
                me=_my_details(membership, signed_in(request)))


def _counts(membership: Membership) -> dict[str, int]:
    """The numbers on the overview's cards, counted only for the cards this person sees."""
    scope, counts = membership.school, dict[str, int]()
    if holds(membership, Perm.VIEW_ACCOUNTS):
        counts |= Application.objects.filter(school=scope).aggregate(
            waiting=Count("pk", filter=Q(status=ApplicationStatus.SUBMITTED)),
            to_create=Count("pk", filter=Q(status=ApplicationStatus.APPROVED)))
        counts |= OfficialAccount.objects.filter(school=scope).aggregate(
            flagged=Count("pk", filter=Q(status=AccountStatus.FLAGGED)),
            accounts=Count("pk", filter=Q(status=AccountStatus.ACTIVE)))
    if holds(membership, Perm.VIEW_PUPILS):
        counts["pupils"] = Pupil.objects.filter(school=scope).count()
    if holds(membership, Perm.VIEW_STAFF):
        counts["staff"] = current_staff(scope).count()  # leavers out, even before the sweep
    return counts


def _my_details(membership: Membership, user: Any) -> dict[str, str]:
    """The person's own details as the school holds them (a volunteer's page is never empty)."""
    staff = StaffMember.objects.filter(school=membership.school, pk=Membership.objects.filter(
        user_id=user.pk, school=membership.school).values("staff_id")[:1]).first()
    return {"name": str(staff) if staff else (user.get_full_name() or user.get_username()),
            "username": user.get_username(), "email": user.email or (staff.email if staff else ""),
            "job": staff.job_title if staff else ""}


@login_required
def list_staff(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_STAFF)
    staff = StaffMember.objects.filter(school=membership.school).order_by("leaving_processed", "last_name")
    return page(request, "schools/staff.html", membership, staff=staff, leaver_form=LeaverForm())


@login_required
def add_staff(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.MANAGE_STAFF)
    form = StaffForm(request.POST or None, school_id=membership.school.pk)
    if request.method == "POST" and form.is_valid():
        staff = actions.do_add_staff(membership, form.cleaned_data)
        messages.success(request, _("%(who)s added.") % {"who": staff})
        if form.cleaned_data.get("left_on"):
            return _confirm_leaving(request, membership, staff, form.cleaned_data["left_on"])
        return redirect("schools:list-staff", school=school)
    status = 400 if request.method == "POST" else 200
    return page(request, "schools/staff_form.html", membership, status=status, form=form, staff=None)


@login_required
def edit_staff(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, staff = access_staff(request.user, school, pk, Perm.MANAGE_STAFF)
    left_on = staff.left_on
    form = StaffForm(request.POST or None, instance=staff, school_id=membership.school.pk)
    if request.method == "POST" and form.is_valid() and _leaving_allowed(membership, staff, form, left_on):
        # The form must not save the instance itself: the action writes the row and the event.
        changed = actions.do_edit_staff(membership, staff, form.cleaned_data)
        new_left_on = form.cleaned_data.get("left_on")
        if new_left_on is None and left_on is not None and not staff.leaving_processed:
            actions.do_undo_staff_leaving(membership, staff)
            changed.append("left_on")
        if changed:
            messages.success(request, _("Changes to %(who)s saved.") % {"who": staff})
        if new_left_on is not None and new_left_on != left_on and not staff.leaving_processed:
            return _confirm_leaving(request, membership, staff, new_left_on)
        if not changed:
            messages.info(request, _("Nothing was changed."))
        return redirect("schools:list-staff", school=school)
    status = 400 if request.method == "POST" else 200
    return page(request, "schools/staff_form.html", membership, status=status, form=form, staff=staff)


def _leaving_allowed(membership: Membership, staff: StaffMember, form: StaffForm, left_on: date | None) -> bool:
    """Refuse on the form itself, before anything is saved, a leaving date (or its removal) this
    user may not record for this person."""
    new_left_on = form.cleaned_data.get("left_on")
    if staff.leaving_processed or new_left_on == left_on:
        return True
    stored = StaffMember.objects.get(pk=staff.pk)  # the form has already changed ``staff`` in memory
    try:
        if new_left_on is None:
            actions.check_undo_leaving(membership, stored)
        else:
            actions.check_leaver(membership, stored)
    except actions.LeaverRefused as exc:
        form.add_error("left_on", str(exc))
        return False
    return True


def _confirm_leaving(request: HttpRequest, membership: Membership, staff: StaffMember, left_on: date) -> HttpResponse:
    """The confirmation step: who, which day, what it takes away, and whether it can be undone."""
    roles = [Role(r).label for r in sorted(actions.roles_of(staff))]
    return page(request, "schools/leave_confirm.html", membership, staff=staff, left_on=left_on, roles=roles,
                passed=actions.leaving_has_passed(left_on))


@require_POST
@login_required
def leave_staff(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    """Record a leaver: the first POST shows the confirmation page; the confirmed one records it."""
    membership, staff = access_staff(request.user, school, pk, Perm.MANAGE_STAFF)
    form = LeaverForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter the last day as a date."))
        return redirect("schools:list-staff", school=school)
    left_on = form.cleaned_data["left_on"]
    try:
        if not form.cleaned_data["confirm"]:
            actions.check_leaver(membership, staff)
            return _confirm_leaving(request, membership, staff, left_on)
        actions.do_mark_staff_left(membership, staff, left_on)
    except actions.LeaverRefused as exc:
        messages.error(request, str(exc))
        return redirect("schools:list-staff", school=school)
    messages.success(request, _("Leaving date recorded for %(who)s: last day %(day)s.") % {
        "who": staff, "day": date_format(left_on, "j F Y")})
    return redirect("schools:list-staff", school=school)


@require_POST
@login_required
def undo_leaving(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    """Take back a leaving date that has not passed: the person keeps their access."""
    membership, staff = access_staff(request.user, school, pk, Perm.MANAGE_STAFF)
    try:
        actions.do_undo_staff_leaving(membership, staff)
    except actions.LeaverRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Leaving date for %(who)s undone: they keep their access.") % {"who": staff})
    return redirect("schools:list-staff", school=school)


@login_required
def list_pupils(request: HttpRequest, school: str) -> HttpResponse:
    """The pupil list. Searching is a POST so that a pupil's name never travels in a URL (URLs
    end up in access logs, proxies and browser history); a name in ``?q=`` is not used."""
    membership = access_school(request.user, school, Perm.VIEW_PUPILS)
    if request.method == "GET" and "q" in request.GET:
        return redirect("schools:list-pupils", school=school)
    query = request.POST.get("q", "").strip()[:100] if request.method == "POST" else ""
    pupils = Pupil.objects.filter(school=membership.school)
    if query:
        pupils = pupils.filter(Q(first_name__icontains=query) | Q(last_name__icontains=query) |
                               Q(preferred_name__icontains=query) | Q(pupil_id__iexact=query) |
                               Q(class_name__iexact=query))
    page_obj = Paginator(pupils, 50).get_page(request.POST.get("page") or request.GET.get("page"))
    template = "schools/pupils.html#rows" if getattr(request, "htmx", False) else "schools/pupils.html"
    # One reverse() for the page instead of one per row: the rows' links share this prefix.
    consent_prefix = reverse("consent:show-consent", kwargs={"school": school, "pk": 0}).removesuffix("0/")
    return page(request, template, membership, page_obj=page_obj, query=query, consent_prefix=consent_prefix)


@login_required
def upload_import(request: HttpRequest, school: str, kind: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.IMPORT_PEOPLE)
    import_kind = ImportKind(kind) if kind in ImportKind.values else None
    if import_kind is None:
        return page(request, "404.html", membership, status=404)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        batch = actions.do_preview_import(membership, import_kind, upload.name, upload.read())
        return redirect("schools:preview-import", school=school, pk=batch.pk)
    return page(request, "schools/upload.html", membership, form=form, kind=import_kind)


@login_required
def preview_import(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, batch = access_import(request.user, school, pk)
    live = actions.preview_is_live(batch)
    conflicts = import_conflicts(membership.school, batch.rows) if live and batch.kind == ImportKind.PUPILS else []
    return page(request, "schools/preview.html", membership, batch=batch, sample=batch.rows[:20] if live else [],
                previewed=live, expired=batch.status == ImportStatus.PREVIEWED and not live, conflicts=conflicts)


@require_POST
@login_required
def apply_import(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, batch = access_import(request.user, school, pk)
    if request.POST.get("discard"):
        actions.do_discard_import(membership, batch)
        messages.info(request, _("Import discarded. Nothing was changed."))
        return redirect("schools:upload-import", school=school, kind=batch.kind)
    try:
        counts = actions.do_apply_import(membership, batch, regrant=request.POST.getlist("regrant"))
    except actions.ImportError_:
        messages.error(request, _("This import cannot be applied: fix the file and upload it again."))
        return redirect("schools:preview-import", school=school, pk=pk)
    messages.success(request, _("Import applied: %(added)d added, %(updated)d updated.") % counts)
    if counts.get("withdrawals_kept"):
        messages.info(request, _("Consent withdrawn in safepost was kept for %(n)d pupil channel(s) the file "
                                 "says yes for.") % {"n": counts["withdrawals_kept"]})
    target = "schools:list-pupils" if batch.kind == ImportKind.PUPILS else "schools:list-staff"
    return redirect(target, school=school)
