"""Forms for the inbox's actions and rota."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from safepost.engine.triage import Category
from safepost.inbox.models import RotaKind
from safepost.web.engine_text import category_word


def category_choices() -> list[tuple[str, str]]:
    """Triage's categories named in the reader's language (a callable: read per request)."""
    return [(c.value, category_word(c.value)) for c in Category]


class ReplyForm(forms.Form):
    text = forms.CharField(label=_("Reply"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)
    confirmed_review = forms.BooleanField(label=_("I have read the check's findings"), required=False)


class WhyForm(forms.Form):
    why = forms.CharField(label=_("Public note saying why (optional)"), required=False, max_length=1000,
                          widget=forms.Textarea(attrs={"rows": 2}))


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Why"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Note"), required=False, max_length=1000)


class PoliceForm(forms.Form):
    agency = forms.ChoiceField(label=_("Reported to"), choices=[("police", _("Police")), ("ceop", "CEOP")])
    reference = forms.CharField(label=_("Their reference"), max_length=180)


class CorrectForm(forms.Form):
    category = forms.ChoiceField(label=_("Correct category"), choices=category_choices)
    note = forms.CharField(label=_("Note"), required=False, max_length=1000)


class AssignForm(forms.Form):
    assignee = forms.IntegerField(label=_("Assign to"), required=False)


class RotaForm(forms.Form):
    moderator = forms.IntegerField(label=_("Moderator"))
    kind = forms.ChoiceField(label=_("Kind"), choices=RotaKind.choices)
    weekday = forms.TypedChoiceField(label=_("Weekday"), required=False, coerce=int, empty_value=None, choices=[
        ("", "-"), *[(str(i), d) for i, d in enumerate(
            [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")])]])
    starts_on = forms.DateField(label=_("From"), required=False)
    ends_on = forms.DateField(label=_("Until"), required=False)
    note = forms.CharField(label=_("Note"), required=False, max_length=200)

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        kind = data.get("kind")
        if kind == RotaKind.DUTY and data.get("weekday") is None:
            raise forms.ValidationError(_("A weekly duty needs its weekday."))
        if kind in {RotaKind.COVER, RotaKind.LEAVE, RotaKind.HOLIDAY} and not (data.get("starts_on")
                                                                                and data.get("ends_on")):
            raise forms.ValidationError(_("Cover, leave and holiday monitoring need their first and last day."))
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            raise forms.ValidationError(_("The last day is before the first."))
        return data


class ClosureForm(forms.Form):
    starts_on = forms.DateField(label=_("First day closed"))
    ends_on = forms.DateField(label=_("Last day closed"))
    label = forms.CharField(label=_("What it is"), required=False, max_length=100)

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            raise forms.ValidationError(_("The last day is before the first."))
        return data


class MentionFeedForm(forms.Form):
    url = forms.URLField(label=_("Feed address (RSS or Atom)"), max_length=1000, assume_scheme="https")
    label = forms.CharField(label=_("Label"), max_length=100, required=False)
