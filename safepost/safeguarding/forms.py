"""Forms for reporting an incident, moving it along, and adding evidence."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from safepost.safeguarding.models import EvidenceKind, IncidentType, Outcome, PersonRole
from safepost.safeguarding.states import IncidentStatus

WHEN_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]


def when_field(label: Any, required: bool = True, help_text: Any = "") -> forms.DateTimeField:
    """A date and time in London time, from the browser's date-time picker."""
    return forms.DateTimeField(label=label, required=required, input_formats=WHEN_FORMATS, help_text=help_text,
                               widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))


class IncidentForm(forms.Form):
    type = forms.ChoiceField(label=_("Type"), choices=IncidentType.choices)
    summary = forms.CharField(label=_("What happened"), max_length=20000, widget=forms.Textarea(attrs={"rows": 5}))
    occurred_at = when_field(_("When it happened (London time)"))
    place = forms.CharField(label=_("Where (platform, page, place)"), max_length=300, required=False)
    pupils = forms.CharField(label=_("Pupils involved: their pupil ids, separated by commas"), max_length=2000,
                             required=False, help_text=_("The id from the school's roster, never a name."))
    staff = forms.TypedMultipleChoiceField(label=_("Staff involved"), coerce=int, required=False,
                                           widget=forms.SelectMultiple(attrs={"size": 4}))
    adults = forms.CharField(label=_("Other adults involved (one per line, e.g. a parent)"), max_length=2000,
                             required=False, widget=forms.Textarea(attrs={"rows": 2}))
    reporter_wishes = forms.CharField(label=_("The reporter's wishes"), max_length=5000, required=False,
                                      widget=forms.Textarea(attrs={"rows": 2}))
    victim_wishes = forms.CharField(label=_("The victim's wishes (police involvement is their decision)"),
                                    max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 2}))
    next_step_due = when_field(_("Initial assessment due by (London time)"), required=False,
                               help_text=_("Leave empty for 24 hours from now."))

    def __init__(self, *args: Any, staff_choices: list[tuple[int, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["staff"].choices = staff_choices or []  # type: ignore[attr-defined]


class MoveForm(forms.Form):
    status = forms.ChoiceField(label=_("Move to"), choices=IncidentStatus.choices[1:])
    outcome = forms.ChoiceField(label=_("Outcome (when deciding it)"), required=False,
                                choices=[("", "-"), *Outcome.choices])
    why = forms.CharField(label=_("Why"), max_length=5000, widget=forms.Textarea(attrs={"rows": 2}))
    next_step_due = when_field(_("Next step due by (London time)"), required=False,
                               help_text=_("Leave empty for the usual time for that step."))


class InvestigatorsForm(forms.Form):
    investigators = forms.TypedMultipleChoiceField(label=_("Investigators"), coerce=int,
                                                   widget=forms.CheckboxSelectMultiple)
    why = forms.CharField(label=_("Why them"), max_length=1000, required=False)

    def __init__(self, *args: Any, choices: list[tuple[int, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["investigators"].choices = choices or []  # type: ignore[attr-defined]


class WishesForm(forms.Form):
    reporter_wishes = forms.CharField(label=_("The reporter's wishes"), max_length=5000, required=False,
                                      widget=forms.Textarea(attrs={"rows": 2}))
    victim_wishes = forms.CharField(label=_("The victim's wishes"), max_length=5000, required=False,
                                    widget=forms.Textarea(attrs={"rows": 2}))


class DeadlineForm(forms.Form):
    next_step_due = when_field(_("Next step due by (London time)"))
    why = forms.CharField(label=_("Why"), max_length=1000, required=False)


class PersonForm(forms.Form):
    role = forms.ChoiceField(label=_("Involved as"), choices=PersonRole.choices)
    pupil_id = forms.CharField(label=_("Pupil id"), max_length=50, required=False)
    staff = forms.TypedChoiceField(label=_("Member of staff"), coerce=int, required=False, empty_value=None)
    adult_name = forms.CharField(label=_("Or another adult's name"), max_length=200, required=False)

    def __init__(self, *args: Any, staff_choices: list[tuple[int, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["staff"].choices = [("", "-"), *(staff_choices or [])]  # type: ignore[attr-defined]


class EvidenceForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=[(k.value, k.label) for k in
                                                       (EvidenceKind.FILE, EvidenceKind.URL, EvidenceKind.NOTE)])
    file = forms.FileField(label=_("Screenshot or PDF (at most 20 MB)"), required=False)
    url = forms.CharField(label=_("Web address"), max_length=2000, required=False)
    text = forms.CharField(label=_("Written account"), max_length=50000, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    description = forms.CharField(label=_("What it shows"), max_length=2000, required=False)
    captured_at = when_field(_("When it was made or seen (London time)"))
    place = forms.CharField(label=_("Where (platform, page, place)"), max_length=300, required=False)
    platform_ids = forms.CharField(label=_("Platform ids (post, comment, account)"), max_length=1000, required=False)
    corrects = forms.TypedChoiceField(label=_("Corrects an earlier item"), coerce=int, required=False,
                                      empty_value=None)

    def __init__(self, *args: Any, earlier: list[tuple[int, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["corrects"].choices = [("", "-"), *(earlier or [])]  # type: ignore[attr-defined]


class ConcernForm(forms.Form):
    """Raise a safeguarding concern: what anyone in the school saw or was told, for the DSL."""

    immediate_danger = forms.BooleanField(
        label=_("A child may be in immediate danger"), required=False,
        help_text=_("If so, call 999 first, then tell the DSL in person, then fill this in."))
    what = forms.CharField(label=_("What happened"), max_length=20000, widget=forms.Textarea(attrs={"rows": 6}),
                           error_messages={"required": _("say what you saw or were told")},
                           help_text=_("What you saw or were told, in your own words. You may name a child: only "
                                       "the DSLs and the headteacher can read this."))
    where = forms.CharField(label=_("Where (the platform, the page or the place)"), max_length=300,
                            error_messages={"required": _("say where it was (the platform, the page or the place)")})
    when = when_field(_("When it happened or when you saw it (London time)"))
    link = forms.CharField(label=_("Link (optional)"), max_length=2000, required=False,
                           help_text=_("The web address of the post, message or page, starting https://"))
    file = forms.FileField(label=_("A screenshot or PDF (optional, at most 20 MB)"), required=False)
