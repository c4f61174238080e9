"""Compliance pages: the school's overview (who is overdue), each adult's own page, the one-click
acknowledgement link, recording training, reviewing declarations, publishing a version."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from safepost.compliance import actions
from safepost.compliance.access import access_adult, access_declaration, access_link, access_own_adult
from safepost.compliance.checklists import SOURCE, items_for
from safepost.compliance.forms import (
    ChecklistForm,
    DeclarationForm,
    PolicyReviewForm,
    PublishForm,
    ReviewDeclarationForm,
    TrainingForm,
)
from safepost.compliance.links import LinkError
from safepost.compliance.models import ChecklistKind, Declaration, DeclarationKind, Via
from safepost.compliance.overview import adult_page, school_overview
from safepost.compliance.states import DeclarationStatus, InvalidTransition
from safepost.compliance.versions import current_version
from safepost.schools.access import Perm, access_school
from safepost.schools.models import Pupil
from safepost.web.pages import page


@login_required
def show_overview(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_COMPLIANCE)
    return page(request, "compliance/overview.html", membership, **school_overview(membership),
                publish_form=PublishForm(), review_form=PolicyReviewForm())


@login_required
@require_POST
def publish_version(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.PUBLISH_POLICY_VERSION)
    form = PublishForm(request.POST)
    if form.is_valid():
        try:
            version = actions.do_publish_version(membership, form.cleaned_data["summary"])
        except actions.ComplianceError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Version %(n)s published: every adult is asked to acknowledge it.")
                             % {"n": version.number})
    return redirect("compliance:show-overview", school=school)


@login_required
@require_POST
def record_review(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.PUBLISH_POLICY_VERSION)
    form = PolicyReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say briefly what the review found."))
        return redirect("compliance:show-overview", school=school)
    try:
        review = actions.do_record_review(membership, form.cleaned_data["note"])
    except actions.ComplianceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Review recorded. The next review is due by %(day)s.")
                         % {"day": review.next_review_on.strftime("%d/%m/%Y")})
    return redirect("compliance:show-overview", school=school)


# --- my compliance -------------------------------------------------------------------------------

def _year_groups(school: Any) -> list[str]:
    return sorted(set(Pupil.objects.filter(school=school).exclude(year_group="").values_list("year_group", flat=True)))


@login_required
def show_mine(request: HttpRequest, school: str) -> HttpResponse:
    membership, adult = access_own_adult(request.user, school)
    return _mine(request, membership, adult)


def _mine(request: HttpRequest, membership: Any, adult: Any, status: int = 200, **forms: Any) -> HttpResponse:
    kind = ChecklistKind.LEAVING if adult.left_on else ChecklistKind.JOINING
    context = {"declare_form": DeclarationForm(year_groups=_year_groups(membership.school)),
               "training_form": TrainingForm(), "checklist_form": ChecklistForm(kind=kind), "checklist_kind": kind,
               "checklist_items": items_for(kind), "checklist_source": SOURCE} | forms
    return page(request, "compliance/mine.html", membership, status=status, **adult_page(adult), **context)


@login_required
@require_POST
def acknowledge_mine(request: HttpRequest, school: str) -> HttpResponse:
    membership, adult = access_own_adult(request.user, school)
    version = current_version(membership.school)
    if version is None or str(version.pk) != request.POST.get("version"):
        messages.error(request, _("The policy has changed since you opened this page: read the current version "
                                  "below and acknowledge it."))
        return redirect("compliance:show-mine", school=school)
    try:
        actions.do_acknowledge(adult, version, Via.PAGE, request.user)
    except actions.ComplianceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Thank you: you have acknowledged version %(n)s of the policy.")
                         % {"n": version.number})
    return redirect("compliance:show-mine", school=school)


@login_required
@require_POST
def declare(request: HttpRequest, school: str) -> HttpResponse:
    membership, adult = access_own_adult(request.user, school)
    form = DeclarationForm(request.POST, year_groups=_year_groups(membership.school))
    if form.is_valid():
        data = actions.DeclarationInput(kind=DeclarationKind(form.cleaned_data["kind"]),
                                        **{k: form.cleaned_data[k] for k in ("platform", "relationship", "year_group",
                                                                            "account", "disclaimer", "details")})
        try:
            actions.do_declare(adult, data, request.user)
        except actions.ComplianceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Declaration made."))
            return redirect("compliance:show-mine", school=school)
    return _mine(request, membership, adult, status=400, declare_form=form)


@login_required
@require_POST
def end_declaration(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    _membership, adult = access_own_adult(request.user, school)
    declaration = Declaration.objects.filter(adult=adult, pk=pk).first()
    if declaration is None:
        from django.http import Http404

        raise Http404("Not found")
    try:
        actions.do_end_declaration(adult, declaration, request.user)
    except InvalidTransition:
        messages.error(request, _("This declaration has already ended."))
    else:
        messages.success(request, _("Declaration ended."))
    return redirect("compliance:show-mine", school=school)


@login_required
@require_POST
def complete_checklist(request: HttpRequest, school: str, kind: str) -> HttpResponse:
    membership, adult = access_own_adult(request.user, school)
    try:
        which = ChecklistKind(kind)
    except ValueError:
        from django.http import Http404

        raise Http404("Not found") from None
    form = ChecklistForm(request.POST, kind=which)
    if form.is_valid():
        try:
            actions.do_complete_checklist(adult, which, form.cleaned_data["items"], request.user)
        except actions.ComplianceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Checklist completed."))
            return redirect("compliance:show-mine", school=school)
    return _mine(request, membership, adult, status=400, checklist_form=form)


@login_required
@require_POST
def record_own_training(request: HttpRequest, school: str) -> HttpResponse:
    membership, adult = access_own_adult(request.user, school)
    form = TrainingForm(request.POST)
    if _save_training(form, membership, adult):
        messages.success(request, _("Training recorded."))
        return redirect("compliance:show-mine", school=school)
    return _mine(request, membership, adult, status=400, training_form=form)


def _save_training(form: TrainingForm, membership: Any, adult: Any) -> bool:
    if not form.is_valid():
        return False
    data = actions.TrainingInput(**form.cleaned_data)
    try:
        actions.do_record_training(membership, adult, data)
    except actions.ComplianceError as exc:
        form.add_error(None, str(exc))
        return False
    return True


# --- managers ------------------------------------------------------------------------------------

@login_required
def record_training(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, adult = access_adult(request.user, school, pk, Perm.RECORD_TRAINING)
    form = TrainingForm(request.POST or None)
    if request.method == "POST" and _save_training(form, membership, adult):
        messages.success(request, _("Training recorded for %(name)s.") % {"name": adult.name})
        return redirect("compliance:show-overview", school=school)
    return page(request, "compliance/training.html", membership, status=400 if form.errors else 200,
                form=form, **adult_page(adult))


@login_required
def review_declaration(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, declaration = access_declaration(request.user, school, pk)
    form = ReviewDeclarationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.do_review_declaration(membership, declaration, DeclarationStatus(form.cleaned_data["outcome"]),
                                          form.cleaned_data["note"])
        except (actions.ComplianceError, InvalidTransition) as exc:
            form.add_error(None, str(exc) if isinstance(exc, actions.ComplianceError)
                           else _("This declaration has already been reviewed."))
        else:
            messages.success(request, _("Declaration reviewed."))
            return redirect("compliance:show-overview", school=school)
    return page(request, "compliance/declaration.html", membership, status=400 if form.errors else 200,
                form=form, declaration=declaration)


# --- the one-click link --------------------------------------------------------------------------

def acknowledge_link(request: HttpRequest, school: str, token: str) -> HttpResponse:
    """GET shows the policy and one button; only the POST acknowledges (mail scanners follow links)."""
    try:
        adult, version = access_link(school, token)
    except LinkError as exc:
        return render(request, "compliance/link_error.html", {"error": str(exc)}, status=400)
    if request.method == "POST":
        try:
            actions.do_acknowledge(adult, version, Via.EMAIL_LINK, request.user if request.user.is_authenticated
                                   else None)
        except actions.ComplianceError as exc:
            return render(request, "compliance/link_error.html", {"error": str(exc)}, status=409)
        return render(request, "compliance/acknowledged.html", {"adult": adult, "version": version,
                                                                 "when": timezone.localtime()})
    current = current_version(adult.school)
    stale = current is not None and current.pk != version.pk
    return render(request, "compliance/acknowledge.html", {"adult": adult, "version": version, "stale": stale,
                                                            "current": current, "policy_school": adult.school})
