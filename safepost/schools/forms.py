from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from safepost.schools.imports import MAX_BYTES


class UploadForm(forms.Form):
    file = forms.FileField(label=_("CSV file"), help_text=_("At most 2 MB. UTF-8 or Windows-1252."))

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        return upload


class LeaverForm(forms.Form):
    left_on = forms.DateField(label=_("Last day at school"), widget=forms.DateInput(attrs={"type": "date"}))
