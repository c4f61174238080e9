"""Names for the audit page and export: people as the school knows them ("Mrs Davies"), staff
codes as names, accounts by name, applications by platform, labels instead of codes.

Each table is read once per page (or export), when the first event needs it, so a page of 50
events costs a handful of queries whatever it shows. Pupils are never looked up: an event about
a pupil says "a pupil" or how many.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cached_property
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import formats, timezone
from django.utils.translation import gettext

from safepost.audit.models import Event
from safepost.schools.models import ImportKind, Membership, OrganisationAdmin, School, StaffMember

#: Detail fields holding a date or time (ISO text), shown in the page's language.
DATE_FIELDS = ("due_at", "left_on", "starts_on", "ends_on", "expires_at", "due", "next_review_on", "completed_on",
               "expires_on")


def staff_name(staff: StaffMember) -> str:
    """"Mrs Davies" when a title is known, else the full name."""
    if staff.title and staff.last_name:
        return f"{staff.title} {staff.last_name}"
    return " ".join(p for p in (staff.first_name, staff.last_name) if p)


class Names:
    """Everything an event's sentence needs besides the event, for one school."""

    def __init__(self, school: School) -> None:
        self.school = school

    # --- the tables, each read once ---

    @cached_property
    def people(self) -> dict[int, str]:
        """user id -> how the school calls them: members (with their staff record) and the
        organisation's IT administrators."""
        found: dict[int, str] = {}
        for m in Membership.objects.filter(school=self.school).select_related("user", "staff"):
            found[m.user_id] = (staff_name(m.staff) if m.staff else "") or m.user.get_full_name() or m.user.get_username()
        admins = (OrganisationAdmin.objects.filter(organisation_id=self.school.organisation_id)
                  .exclude(user_id__in=list(found)).select_related("user"))
        for admin in admins:
            found[admin.user_id] = admin.user.get_full_name() or admin.user.get_username()
        return found

    @cached_property
    def staff(self) -> dict[str, str]:
        """staff code (e.g. S05) -> name, and staff row id (as text) -> name."""
        found: dict[str, str] = {}
        for member in StaffMember.objects.filter(school=self.school):
            found[member.staff_id] = found[f"pk:{member.pk}"] = staff_name(member)
        return found

    @cached_property
    def accounts(self) -> dict[str, str]:
        from safepost.accounts.models import OfficialAccount

        return {str(pk): name for pk, name in OfficialAccount.objects.filter(school=self.school).values_list("pk", "name")}

    @cached_property
    def applications(self) -> dict[str, str]:
        from safepost.accounts.models import Application, Platform

        return {str(pk): str(Platform(platform).label) if platform in Platform.values else platform
                for pk, platform in Application.objects.filter(school=self.school).values_list("pk", "platform")}

    @cached_property
    def adults(self) -> dict[str, str]:
        """compliance adult id (as text) -> name: staff, governors and volunteers, never a pupil."""
        from safepost.compliance.models import Adult

        return {str(pk): name for pk, name in Adult.objects.filter(school=self.school).values_list("pk", "name")}

    # --- one event ---

    def who(self, event: Event) -> str:
        if event.actor_id is None:
            return "safepost"
        return self.people.get(event.actor_id) or event.actor_label

    def person(self, user_id: Any) -> str:
        try:
            key = int(user_id)
        except (TypeError, ValueError):
            return gettext("nobody")
        if key not in self.people:  # not of this school (any more): their username, remembered
            username = get_user_model().objects.filter(pk=key).values_list("username", flat=True).first()
            self.people[key] = username or gettext("a former user")
        return self.people[key]

    def staff_member(self, code: Any) -> str:
        return self.staff.get(str(code), str(code)) if code else gettext("nobody")

    def values_for(self, event: Event) -> dict[str, Any]:
        """The template values: the detail's plain fields, then names and labels for codes."""
        detail = event.detail if isinstance(event.detail, dict) else {}
        values: dict[str, Any] = {k: _plain(k, v) for k, v in detail.items() if not isinstance(v, dict | list)}
        values.update(who=self.who(event), id=event.object_id or "-")
        values.update(self._labels(event, detail))
        return values

    def _labels(self, event: Event, detail: dict[str, Any]) -> dict[str, Any]:
        from safepost.accounts.models import Platform
        from safepost.consent.models import Channel
        from safepost.posts.states import PostStatus

        out: dict[str, Any] = {}
        if event.object_type == "auth.user":
            out["target"] = self.person(event.object_id)
        if "kind" in detail and detail["kind"] in ImportKind.values:
            out["import_kind"] = str(ImportKind(detail["kind"]).label)
        if detail.get("channel") in Channel.values:
            out["channel"] = str(Channel(detail["channel"]).label)
        if "pupils" in detail:
            out["pupil_count"] = len(detail["pupils"] or [])
        if "recipients" in detail:  # the addresses, or (safeguarding reminders) how many
            recipients = detail["recipients"]
            out["recipient_count"] = recipients if isinstance(recipients, int) else len(recipients or [])
        if event.object_type == "schools.staffmember":
            out["staff"] = self.staff.get(f"pk:{event.object_id}") or self.staff_member(detail.get("staff_id"))
        for key in ("lead", "leaver"):
            if key in detail:
                out[key] = self.staff_member(detail[key])
        if "assignee" in detail:
            out["assignee_staff"] = self.staff_member(detail["assignee"])
            out["assignee_user"] = self.person(detail["assignee"])
        if "moderator" in detail:
            out["moderator_user"] = self.person(detail["moderator"])
        if detail.get("now") in PostStatus.values:
            out["post_status"] = str(PostStatus(detail["now"]).label).lower()
        if detail.get("language") in ("en", "cy"):
            out["language"] = {"en": "English", "cy": "Cymraeg"}[detail["language"]]
        if event.object_type == "accounts.officialaccount":
            out["account"] = self.accounts.get(event.object_id, gettext("a closed account"))
        if event.object_type == "accounts.application":
            out["platform"] = self.applications.get(event.object_id, "-")
        elif detail.get("platform") in Platform.values:
            out["platform"] = str(Platform(detail["platform"]).label)
        out.update(self._new_apps_labels(event, detail))
        if event.action == "inbox.category-corrected":
            from safepost.inbox.models import CategoryChoices

            for key in ("old", "new"):
                if detail.get(key) in CategoryChoices.values:
                    out[key] = str(CategoryChoices(detail[key]).label).lower()
        return out


    def _new_apps_labels(self, event: Event, detail: dict[str, Any]) -> dict[str, Any]:
        """Names and labels for people, compliance and safeguarding events. Safeguarding events
        name an incident by number and type only; a pupil is never looked up."""
        from safepost.compliance.models import ChecklistKind, DeclarationKind
        from safepost.compliance.states import DeclarationStatus
        from safepost.safeguarding.models import EvidenceKind, IncidentType, PersonRole
        from safepost.safeguarding.states import IncidentStatus
        from safepost.schools.models import Role

        out: dict[str, Any] = {}
        area = event.action.partition(".")[0]
        if area == "people" and "user_id" in detail:
            out["member"] = self.person(detail["user_id"])
        if area == "people":
            for key, field in (("role", "role_label"), ("old", "old_role"), ("new", "new_role")):
                if (label := _label(Role, detail.get(key))) is not None:
                    out[field] = label
        if area == "compliance":
            adult = str(event.object_id) if event.object_type == "compliance.adult" else str(detail.get("adult", ""))
            out["adult"] = self.adults.get(adult) or gettext("an adult who has left")
            if event.action == "compliance.declared":
                out["declaration_kind"] = _label(DeclarationKind, detail.get("kind")) or "-"
            if event.action == "compliance.declaration-reviewed":
                out["declaration_outcome"] = _label(DeclarationStatus, detail.get("outcome")) or "-"
            if event.action == "compliance.checklist-completed" and detail.get("kind") in ChecklistKind.values:
                out["kind"] = detail["kind"]
        if area == "safeguarding":
            for key, field, choices in (("type", "incident_type", IncidentType), ("to", "incident_status", IncidentStatus),
                                        ("kind", "evidence_kind", EvidenceKind), ("role", "person_role", PersonRole)):
                if (label := _label(choices, detail.get(key))) is not None:
                    out[field] = label
            who = str(detail.get("person", ""))
            if who.startswith("staff "):  # "pupil 12" stays "a pupil": only staff are named
                out["chronology_staff"] = self.staff.get(f"pk:{who.removeprefix('staff ')}", "")
        return out

def _plain(key: str, value: Any) -> Any:
    """A detail value as a sentence shows it: dates in the page's format."""
    if key in DATE_FIELDS and isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return value
        if len(value) <= 10:
            return formats.date_format(parsed.date(), "j F Y")
        return formats.date_format(timezone.localtime(parsed) if timezone.is_aware(parsed) else parsed, "j F Y, H:i")
    if isinstance(value, date | datetime):
        return formats.date_format(value, "j F Y")
    return value


def _label(choices: Any, value: Any, lower: bool = True) -> str | None:
    """A TextChoices value's label in the current language (first letter lowered for the middle of
    a sentence), or None for a value it does not know."""
    if value not in choices.values:
        return None
    text = str(choices(value).label)
    return text[:1].lower() + text[1:] if lower else text
