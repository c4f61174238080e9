from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from safepost.compliance.checklists import items_for
from safepost.compliance.models import ChecklistKind, DeclarationKind, Relationship
from safepost.compliance.states import DeclarationStatus

DATE = forms.DateInput(attrs={"type": "date"})


class TrainingForm(forms.Form):
    course = forms.CharField(label=_("Course"), max_length=200)
    completed_on = forms.DateField(label=_("Completed on"), widget=DATE)
    expires_on = forms.DateField(label=_("Expires on"), widget=DATE, required=False,
                                 help_text=_("Leave empty if it does not expire."))

    def clean_completed_on(self) -> date:
        day: date = self.cleaned_data["completed_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("This date is in the future: record training once it is done."))
        return day


class DeclarationForm(forms.Form):
    kind = forms.ChoiceField(label=_("What you are declaring"), choices=DeclarationKind.choices)
    platform = forms.CharField(label=_("Platform (e.g. Facebook)"), max_length=50, required=False)
    relationship = forms.ChoiceField(label=_("How you know them (for a link)"), required=False,
                                     choices=[("", "—"), *Relationship.choices])
    year_group = forms.ChoiceField(label=_("The pupil's year group (for a link)"), required=False, choices=[])
    account = forms.CharField(label=_("Your account's name or address (for a personal account)"), max_length=200,
                              required=False)
    disclaimer = forms.CharField(label=_("The disclaimer your profile shows (for a personal account)"),
                                 required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
    details = forms.CharField(label=_("Anything else the headteacher should know"), required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 3}),
                              help_text=_("Never write a pupil's name: choose the relationship and year group."))

    def __init__(self, *args: Any, year_groups: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year_group"].choices = [("", "—"), *((y, y) for y in year_groups)]  # type: ignore[attr-defined]


class ReviewDeclarationForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=[(DeclarationStatus.ACCEPTED, DeclarationStatus.ACCEPTED.label),
                                                              (DeclarationStatus.ADVICE, DeclarationStatus.ADVICE.label)])
    note = forms.CharField(label=_("Note to the adult"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class PublishForm(forms.Form):
    summary = forms.CharField(label=_("What changed"), required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 2}))


class PolicyReviewForm(forms.Form):
    note = forms.CharField(label=_("What the review found"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class ChecklistForm(forms.Form):
    items = forms.MultipleChoiceField(label=_("I have done each of these"), widget=forms.CheckboxSelectMultiple,
                                      required=False)

    def __init__(self, *args: Any, kind: ChecklistKind, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = [(i.id, i.text) for i in items_for(kind)]  # type: ignore[attr-defined]
