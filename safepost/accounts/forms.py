from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from safepost.accounts.actions import FEDERATED_PLATFORMS, ActionError, checked_server_address
from safepost.accounts.models import Platform, Visibility
from safepost.schools.models import School, StaffMember


class StaffChoice(forms.ModelChoiceField):  # type: ignore[type-arg,unused-ignore]
    def label_from_instance(self, obj: StaffMember) -> str:
        return f"{obj} ({obj.job_title})" if obj.job_title else str(obj)


class StaffChoices(forms.ModelMultipleChoiceField):  # type: ignore[type-arg,unused-ignore]
    def label_from_instance(self, obj: StaffMember) -> str:
        return str(obj)


def _current_staff(school: School) -> Any:
    return StaffMember.objects.filter(school=school, leaving_processed=False)


class PeopleMixin(forms.Form):
    lead = StaffChoice(label=_("Lead (responsible member of staff)"), queryset=StaffMember.objects.none())
    runners = StaffChoices(label=_("Staff who will run it (at least two)"), queryset=StaffMember.objects.none(),
                           widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args: Any, school: School, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lead"].queryset = _current_staff(school)  # type: ignore[attr-defined]
        self.fields["runners"].queryset = _current_staff(school)  # type: ignore[attr-defined]

    def clean_runners(self) -> Any:
        runners = self.cleaned_data["runners"]
        if len(runners) < 2:
            raise forms.ValidationError(_("Choose at least two members of staff."))
        return runners


class ApplicationForm(PeopleMixin):
    platform = forms.ChoiceField(label=_("Platform"), choices=Platform.choices)
    name = forms.CharField(label=_("Account name"), max_length=200)
    aim = forms.CharField(label=_("Aim: what the account is for"), widget=forms.Textarea(attrs={"rows": 3}),
                          max_length=2000)
    audience = forms.CharField(label=_("Audience: who it is for"), widget=forms.Textarea(attrs={"rows": 2}),
                               max_length=2000)
    promotion = forms.CharField(label=_("How it will be promoted"), widget=forms.Textarea(attrs={"rows": 2}),
                                max_length=2000)
    visibility = forms.ChoiceField(label=_("Open or closed"), choices=Visibility.choices,
                                   widget=forms.RadioSelect)
    field_order = ["platform", "name", "aim", "audience", "promotion", "visibility", "lead", "runners"]


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=[("approve", _("Approve")), ("reject", _("Reject"))],
                                 widget=forms.RadioSelect)
    reason = forms.CharField(label=_("Reasons"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
                             required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") == "reject" and not str(data.get("reason", "")).strip():
            self.add_error("reason", _("Say why the application is rejected."))
        return data


class RecordAccountForm(forms.Form):
    url = forms.URLField(label=_("Address of the account (URL)"), max_length=500, assume_scheme="https")
    handle = forms.CharField(label=_("Handle or username shown on the platform"), max_length=200)
    about_links_aup = forms.BooleanField(
        label=_("I have checked that the account's About page links to the school's acceptable use policy"))


class LoginForm(forms.Form):
    username = forms.CharField(label=_("Sign-in name for the account"), max_length=200)
    password = forms.CharField(label=_("Password"), max_length=500,
                               widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    base_url = forms.URLField(
        label=_("Server address"), max_length=300, required=False, assume_scheme="https",
        help_text=_("Only if the account is on the school's own server or a Mastodon instance, for example "
                    "https://pds.school.example. Leave it empty for an account on the main Bluesky server."))
    notes = forms.CharField(label=_("Notes (recovery email, who holds the 2FA device)"), max_length=1000,
                            required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, platform: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if platform not in FEDERATED_PLATFORMS:
            del self.fields["base_url"]  # a Facebook or Instagram login has no server to choose

    def clean_base_url(self) -> str:
        try:
            return checked_server_address(self.cleaned_data.get("base_url") or "")
        except ActionError as exc:
            raise forms.ValidationError(gettext(str(exc))) from None


class TransferForm(PeopleMixin):
    pass


class CloseForm(forms.Form):
    reason = forms.CharField(label=_("Why it is closed"), max_length=1000)
