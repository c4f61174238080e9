"""The audit page for senior leadership: filter by person, object and date."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from safepost.audit.models import Event
from safepost.schools.access import Perm, access_school
from safepost.web.pages import page


class FilterForm(forms.Form):
    person = forms.CharField(label=_("Person (username)"), required=False, max_length=150)
    object = forms.CharField(label=_("Object (type or type:id)"), required=False, max_length=120)
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))


@login_required
def list_events(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_school(request.user, school, Perm.VIEW_AUDIT)
    form = FilterForm(request.GET or None)
    events = Event.objects.filter(school=membership.school).order_by("-seq")
    if form.is_valid():
        data = form.cleaned_data
        if data["person"]:
            events = events.filter(actor_label__iexact=data["person"])
        if data["object"]:
            kind, _sep, ident = data["object"].partition(":")
            events = events.filter(object_type__icontains=kind.strip())
            if ident.strip():
                events = events.filter(object_id=ident.strip())
        if data["since"]:
            events = events.filter(at__date__gte=data["since"])
        if data["until"]:
            events = events.filter(at__date__lte=data["until"])
    page_obj = Paginator(events, 50).get_page(request.GET.get("page"))
    return page(request, "audit/events.html", membership, form=form, page_obj=page_obj)
