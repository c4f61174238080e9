"""School pages: dashboard, staff, pupils, imports."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import AccountStatus, ApplicationStatus
from safepost.schools import actions
from safepost.schools.access import Perm, access_import, access_school, access_staff
from safepost.schools.forms import LeaverForm, StaffForm, UploadForm
from safepost.schools.models import ImportKind, ImportStatus, Pupil, StaffMember
from safepost.web.pages import page


@login_required
def dashboard(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_SCHOOL)
    scope = membership.school
    applications = Application.objects.filter(school=scope).aggregate(
        waiting=Count("pk", filter=Q(status=ApplicationStatus.SUBMITTED)),
        to_create=Count("pk", filter=Q(status=ApplicationStatus.APPROVED)))
    accounts = OfficialAccount.objects.filter(school=scope).aggregate(
        flagged=Count("pk", filter=Q(status=AccountStatus.FLAGGED)),
        accounts=Count("pk", filter=Q(status=AccountStatus.ACTIVE)))
    counts = {"pupils": Pupil.objects.filter(school=scope).count(),
              "staff": StaffMember.objects.filter(school=scope, leaving_processed=False).count(),
              **applications, **accounts}
    return page(request, "schools/dashboard.html", membership, counts=counts)


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
        return redirect("schools:list-staff", school=school)
    status = 400 if request.method == "POST" else 200
    return page(request, "schools/staff_form.html", membership, status=status, form=form, staff=None)


@login_required
def edit_staff(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, staff = access_staff(request.user, school, pk, Perm.MANAGE_STAFF)
    form = StaffForm(request.POST or None, instance=staff, school_id=membership.school.pk)
    if request.method == "POST" and form.is_valid():
        # The form must not save the instance itself: the action writes the row and the event.
        changed = actions.do_edit_staff(membership, staff, form.cleaned_data)
        if changed:
            messages.success(request, _("Changes to %(who)s saved.") % {"who": staff})
        else:
            messages.info(request, _("Nothing was changed."))
        return redirect("schools:list-staff", school=school)
    status = 400 if request.method == "POST" else 200
    return page(request, "schools/staff_form.html", membership, status=status, form=form, staff=staff)


@require_POST
@login_required
def leave_staff(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, staff = access_staff(request.user, school, pk, Perm.MANAGE_STAFF)
    form = LeaverForm(request.POST)
    if form.is_valid():
        actions.do_mark_staff_left(membership, staff, form.cleaned_data["left_on"])
        messages.success(request, _("Leaving date recorded for %(who)s.") % {"who": staff})
    else:
        messages.error(request, _("Enter the last day as a date."))
    return redirect("schools:list-staff", school=school)


@login_required
def list_pupils(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_PUPILS)
    query = request.GET.get("q", "").strip()[:100]
    pupils = Pupil.objects.filter(school=membership.school)
    if query:
        pupils = pupils.filter(Q(first_name__icontains=query) | Q(last_name__icontains=query) |
                               Q(preferred_name__icontains=query) | Q(pupil_id__iexact=query) |
                               Q(class_name__iexact=query))
    page_obj = Paginator(pupils, 50).get_page(request.GET.get("page"))
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
    return page(request, "schools/preview.html", membership, batch=batch, sample=batch.rows[:20],
                previewed=batch.status == ImportStatus.PREVIEWED)


@require_POST
@login_required
def apply_import(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, batch = access_import(request.user, school, pk)
    if request.POST.get("discard"):
        actions.do_discard_import(membership, batch)
        messages.info(request, _("Import discarded. Nothing was changed."))
        return redirect("schools:upload-import", school=school, kind=batch.kind)
    try:
        counts = actions.do_apply_import(membership, batch)
    except actions.ImportError_:
        messages.error(request, _("This import cannot be applied: fix the file and upload it again."))
        return redirect("schools:preview-import", school=school, pk=pk)
    messages.success(request, _("Import applied: %(added)d added, %(updated)d updated.") % counts)
    target = "schools:list-pupils" if batch.kind == ImportKind.PUPILS else "schools:list-staff"
    return redirect(target, school=school)
