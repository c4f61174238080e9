from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from safepost.accounts.models import Platform
from safepost.policies.models import LocalSeverity


class SeverityForm(forms.Form):
    rule = forms.CharField(widget=forms.HiddenInput, max_length=80)
    severity = forms.ChoiceField(label=_("Severity here"), choices=LocalSeverity.choices)
    reason = forms.CharField(label=_("Why"), max_length=500)


class PackForm(forms.Form):
    pack = forms.ChoiceField(label=_("Policy pack"), choices=[])

    def __init__(self, *args: object, packs: list[str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["pack"].choices = [(p, p) for p in packs]  # type: ignore[attr-defined]


class DraftForm(forms.Form):
    text = forms.CharField(label=_("Your draft post"), max_length=20000, required=False,
                           widget=forms.Textarea(attrs={"rows": 8}))
    channel = forms.ChoiceField(label=_("Where it will be posted"), choices=Platform.choices, required=False)
