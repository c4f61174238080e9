from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from safepost.consent.models import Channel


class ConsentForm(forms.Form):
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices)
    decision = forms.ChoiceField(label=_("Decision"), choices=[("given", _("Consent given")),
                                                               ("refused", _("Consent refused")),
                                                               ("withdrawn", _("Consent withdrawn"))])
    evidence = forms.CharField(label=_("Evidence"), max_length=300,
                               help_text=_("For example: signed form received 3 September."))
