"""A pupil's consent: current values per channel, history, and recording a change."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from safepost.consent import actions
from safepost.consent.forms import ConsentForm
from safepost.consent.models import Channel, ConsentEvent
from safepost.schools.access import Perm, access_pupil
from safepost.web.pages import page


@login_required
def show_consent(request: HttpRequest, school: str, pk: int) -> HttpResponse:
    membership, pupil = access_pupil(request.user, school, pk, Perm.VIEW_PUPILS)
    form = ConsentForm(request.POST or None)
    if request.method == "POST":
        access_pupil(request.user, school, pk, Perm.RECORD_CONSENT)
        if form.is_valid():
            try:
                _apply(membership, pupil, form.cleaned_data)
            except actions.ConsentError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Consent recorded."))
                return redirect("consent:show-consent", school=school, pk=pk)
    channels = [(c, getattr(pupil, f"consent_{c.value}")) for c in Channel]
    history = ConsentEvent.objects.filter(pupil=pupil).select_related("recorded_by")[:100]
    return page(request, "consent/pupil.html", membership, pupil=pupil, channels=channels, history=history,
                form=form)


def _apply(membership: object, pupil: object, data: dict[str, str]) -> None:
    channel = Channel(data["channel"])
    if data["decision"] == "withdrawn":
        actions.do_withdraw_consent(membership, pupil, channel, data["evidence"])  # type: ignore[arg-type]
    else:
        actions.do_record_consent(membership, pupil, channel, data["decision"] == "given",  # type: ignore[arg-type]
                                  data["evidence"])
