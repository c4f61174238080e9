from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from safepost.schools.imports import MAX_BYTES
from safepost.schools.models import StaffMember


class UploadForm(forms.Form):
    file = forms.FileField(label=_("CSV file"), help_text=_("At most 2 MB. UTF-8 or Windows-1252."))

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        return upload


class LeaverForm(forms.Form):
    left_on = forms.DateField(label=_("Last day at school"), widget=forms.DateInput(attrs={"type": "date"}))
    #: Set by the confirmation page's button; without it the view asks for confirmation first.
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)


class StaffForm(forms.ModelForm):
    """Add or edit one member of staff by hand (the CSV import does many at once)."""

    class Meta:
        model = StaffMember
        fields = ["staff_id", "title", "first_name", "last_name", "job_title", "email", "left_on"]
        labels = {"staff_id": _("Staff code"), "title": _("Title"), "first_name": _("First name"),
                  "last_name": _("Last name"), "job_title": _("Job title"), "email": _("Email"),
                  "left_on": _("Last day at school")}
        help_texts = {"staff_id": _("The code in your MIS, e.g. JSM. Unique in this school."),
                      "left_on": _("Only for a leaver: their last day. When it is over, their access ends and their "
                                   "accounts are flagged for transfer or closure. You will be asked to confirm.")}
        widgets = {"left_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args: object, school_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.school_id = school_id
        self.fields["left_on"].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]  # type: ignore[attr-defined]
        if self.instance.pk and self.instance.leaving_processed:
            # A processed leaver's accounts were flagged and memberships removed: not undone here.
            self.fields["left_on"].disabled = True
            self.fields["left_on"].help_text = _("This person has left; their accounts were flagged.")

    def clean_staff_id(self) -> str:
        value = str(self.cleaned_data["staff_id"]).strip()
        if not value:
            raise forms.ValidationError(_("Enter the staff code."))
        taken = StaffMember.objects.filter(school_id=self.school_id, staff_id__iexact=value)
        if self.instance.pk:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("Another member of staff already has this code."))
        return value

    def clean_last_name(self) -> str:
        value = str(self.cleaned_data["last_name"]).strip()
        if not value:
            raise forms.ValidationError(_("Enter the last name."))
        return value
