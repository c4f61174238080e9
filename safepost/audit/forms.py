"""The audit page's filter: a person (by name), a kind of event (by its label), a date range."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from safepost.audit.sentences import CATEGORIES
from safepost.audit.trail import SYSTEM


class FilterForm(forms.Form):
    person = forms.ChoiceField(label=_("Person"), required=False)
    category = forms.ChoiceField(label=_("Kind of event"), required=False)
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, data: Any, people: dict[int, str]) -> None:
        super().__init__(data)
        by_name = sorted(people.items(), key=lambda item: item[1].lower())
        person, category = self.fields["person"], self.fields["category"]
        assert isinstance(person, forms.ChoiceField) and isinstance(category, forms.ChoiceField)
        person.choices = [("", _("Everyone")), *((str(pk), name) for pk, name in by_name),
                                         (SYSTEM, _("safepost (by itself)"))]
        category.choices = [("", _("Every kind")), *CATEGORIES.items()]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until")
        if since and until and until < since:
            self.add_error("until", _("The end date is before the start date."))
        return data
