"""The school's policy page and the live "check a draft" page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from safepost.engine import Draft, available_packs, check
from safepost.policies import actions
from safepost.policies.bridge import changes_for, engine_for
from safepost.policies.forms import DraftForm, PackForm, SeverityForm
from safepost.policies.highlight import highlight
from safepost.policies.models import LocalSeverity, SeverityChange
from safepost.schools.access import Perm, access_school
from safepost.web.pages import page


@login_required
def show_policy(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_POLICY)
    _, policy, note = engine_for(membership.school)
    changes = changes_for(membership.school)
    rules = [
        {"name": name, "severity": setting.severity.value if setting.severity else "off",
         "clause": setting.clause, "change": changes.get(name),
         # What the dropdown shows chosen: this school's own setting, else the pack's.
         "setting": changes[name].severity if name in changes else LocalSeverity.PACK.value}
        for name, setting in sorted(policy.rules.items())
    ]
    history = SeverityChange.objects.filter(school=membership.school).select_related("changed_by")[:50]
    return page(request, "policies/policy.html", membership, policy=policy, rules=rules, note=note,
                history=history, severities=LocalSeverity.choices,
                pack_form=PackForm(initial={"pack": membership.school.policy_pack}, packs=available_packs()))


@require_POST
@login_required
def change_severity(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.CHANGE_POLICY)
    form = SeverityForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a severity and say why."))
    else:
        actions.do_change_severity(membership, form.cleaned_data["rule"], LocalSeverity(form.cleaned_data["severity"]),
                                   form.cleaned_data["reason"])
        messages.success(request, _("Severity changed."))
    return redirect("policies:show-policy", school=school)


@require_POST
@login_required
def choose_pack(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.CHANGE_POLICY)
    form = PackForm(request.POST, packs=available_packs())
    if form.is_valid():
        actions.do_choose_pack(membership, form.cleaned_data["pack"])
        messages.success(request, _("Policy pack changed."))
    else:
        messages.error(request, _("Choose one of the listed packs."))
    return redirect("policies:show-policy", school=school)


@login_required
def check_draft(request: HttpRequest, school: str) -> HttpResponse:
    """GET: the page. POST (htmx, as the user types): the highlighted draft and its findings."""
    membership = access_school(request.user, school, Perm.CHECK_DRAFT)
    form = DraftForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        context, policy, _note = engine_for(membership.school)
        text = form.cleaned_data["text"]
        report = check(Draft(id="web", text=text, channel=form.cleaned_data["channel"] or None), context, policy,
                       thorough=True)
        result = {"report": report, "marked": highlight(text, report.findings), "findings": report.findings}
    template = "policies/check.html#result" if getattr(request, "htmx", False) else "policies/check.html"
    return page(request, template, membership, form=form, result=result)
