"""The compose form and the small forms of the review, queue and takedown pages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from safepost.accounts.models import OfficialAccount
from safepost.posts.actions import DraftInput, PhotoInput
from safepost.schools.models import Pupil, School

SCHEDULE_APPROVED = "approved"
SCHEDULE_AT = "at"


class AccountChoices(forms.ModelMultipleChoiceField):  # type: ignore[type-arg,unused-ignore]
    def label_from_instance(self, obj: OfficialAccount) -> str:
        return f"{obj.name} ({obj.get_platform_display()}, {obj.handle})"


class PupilChoices(forms.ModelMultipleChoiceField):  # type: ignore[type-arg,unused-ignore]
    """Pupils by name and class: shown only inside the page, never in a URL or a log."""

    def label_from_instance(self, obj: Pupil) -> str:
        name = f"{obj.preferred_name or obj.first_name} {obj.last_name}".strip()
        klass = " ".join(p for p in (obj.year_group, obj.class_name) if p)
        return f"{name} ({klass})" if klass else name


class ComposeForm(forms.Form):
    """Everything a revision holds except the photos, which come as ``photo`` / ``alt-<id>`` pairs.

    ``strict`` is for submitting: every question ticked, every photo described. Autosave and the
    live check use the lenient form, so an unfinished draft is still saved and checked."""

    text = forms.CharField(label=_("Your post"), max_length=20000, required=False, strip=False,
                           widget=forms.Textarea(attrs={"rows": 8}))
    accounts = AccountChoices(label=_("Post it on"), queryset=OfficialAccount.objects.none(), required=False,
                              widget=forms.CheckboxSelectMultiple)
    pupils = PupilChoices(label=_("Pupils in the photos"), queryset=Pupil.objects.none(),
                                            required=False, widget=forms.CheckboxSelectMultiple)
    when = forms.ChoiceField(label=_("When"), initial=SCHEDULE_APPROVED, widget=forms.RadioSelect,
                             choices=[(SCHEDULE_APPROVED, _("As soon as it is approved")),
                                      (SCHEDULE_AT, _("At a time I choose"))])
    scheduled_for = forms.DateTimeField(label=_("Date and time (UK time)"), required=False,
                                        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
                                        widget=forms.DateTimeInput(attrs={"type": "datetime-local"},
                                                                   format="%Y-%m-%dT%H:%M"))

    def __init__(self, data: QueryDict | None = None, *, school: School, questions: Sequence[Any] = (),
                 strict: bool = False, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        from safepost.posts.pages import active_accounts, roster

        self.fields["accounts"].queryset = active_accounts(school)  # type: ignore[attr-defined]
        self.fields["pupils"].queryset = roster(school)  # type: ignore[attr-defined]
        self.strict = strict
        self.questions = list(questions)
        welsh = (get_language() or "").startswith("cy")
        for q in self.questions:
            self.fields[f"q_{q.id}"] = forms.BooleanField(
                label=(q.text_cy if welsh and q.text_cy else q.text), required=strict)
        self.photos = _photos(data)
        self.photo_errors: dict[int, str] = {}

    def clean_text(self) -> str:
        # Browsers send CRLF from a textarea; store one kind of newline so autosave sees no change.
        return str(self.cleaned_data["text"]).replace("\r\n", "\n")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("when") == SCHEDULE_AT and not data.get("scheduled_for") and "scheduled_for" not in self.errors:
            self.add_error("scheduled_for", _("Choose the date and time, or choose 'As soon as it is approved'."))
        if self.strict:
            if not str(data.get("text", "")).strip():
                self.add_error("text", _("Write the post before sending it for approval."))
            if not data.get("accounts"):
                self.add_error("accounts", _("Choose at least one account to post it on."))
            for photo in self.photos:
                if not photo.alt_text.strip():
                    self.photo_errors[photo.media_id] = str(_("Describe this photo for people who cannot see it."))
        return data

    def is_valid(self) -> bool:
        valid = super().is_valid()
        return valid and not self.photo_errors

    def scheduled(self) -> datetime | None:
        if self.cleaned_data.get("when") != SCHEDULE_AT:
            return None
        value: datetime | None = self.cleaned_data.get("scheduled_for")
        return value

    def draft_input(self) -> DraftInput:
        data = self.cleaned_data
        return DraftInput(
            text=data.get("text", ""),
            photos=tuple(self.photos),
            account_ids=tuple(sorted(a.pk for a in data.get("accounts") or [])),
            pupil_ids=tuple(sorted(p.pk for p in data.get("pupils") or [])),
            scheduled_for=self.scheduled(),
            answers={q.id: bool(data.get(f"q_{q.id}")) for q in self.questions},
        )


def _photos(data: QueryDict | None) -> list[PhotoInput]:
    """The photos in page order: ``photo`` carries each media id, ``alt-<id>`` its alt text."""
    if data is None:
        return []
    out: list[PhotoInput] = []
    for raw in data.getlist("photo"):
        if raw.isdigit() and int(raw) not in {p.media_id for p in out}:
            out.append(PhotoInput(media_id=int(raw), alt_text=str(data.get(f"alt-{raw}", ""))[:1000]))
    return out


class UploadForm(forms.Form):
    image = forms.FileField(label=_("Add a photo"), widget=forms.ClearableFileInput(
        attrs={"accept": "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"}))


class DecisionForm(forms.Form):
    revision = forms.IntegerField(widget=forms.HiddenInput)
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("send_back", _("Send back")),
                                          ("reject", _("Reject"))], widget=forms.HiddenInput)
    comment = forms.CharField(label=_("Comment for the author"), max_length=2000, required=False,
                              widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("decision") in {"send_back", "reject"} and not str(data.get("comment", "")).strip():
            self.add_error("comment", _("Say what needs to change, or why it is rejected."))
        return data


class OverrideForm(forms.Form):
    reason = forms.CharField(label=_("Why this post may go out despite the block"), max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2}))


class ManualForm(forms.Form):
    url = forms.URLField(label=_("Address (URL) where you published it"), max_length=1000, assume_scheme="https")


class TakedownForm(forms.Form):
    how = forms.CharField(label=_("How it was taken down"), max_length=200)


class AssignTakedownForm(forms.Form):
    assignee = forms.IntegerField(label=_("Assigned to"), min_value=1)
