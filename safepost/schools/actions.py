"""Writes for schools and people: imports, staff, leavers. Each is atomic and writes its audit event."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone

from safepost.audit.chain import record
from safepost.schools import imports
from safepost.schools.models import (
    ImportBatch,
    ImportKind,
    ImportStatus,
    Membership,
    Organisation,
    OrganisationAdmin,
    Pupil,
    StaffMember,
)


class ImportError_(Exception):
    """The import cannot be applied (it has errors, or was already applied)."""


@transaction.atomic
def do_preview_import(membership: Membership, kind: ImportKind, filename: str, data: bytes) -> ImportBatch:
    """Parse a CSV and keep the result for preview. Nothing about pupils or staff changes yet."""
    parsed = imports.parse(data, kind.value)
    batch = ImportBatch.objects.create(
        school=membership.school, kind=kind, filename=filename[:200], created_by=membership.user,
        rows=parsed.rows if not parsed.errors else [], errors=[e.as_dict() for e in parsed.errors],
        notes=parsed.notes + ([f"{parsed.total_errors} problems in all; the first "
                               f"{len(parsed.errors)} are listed."] if parsed.total_errors > len(parsed.errors) else []),
    )
    record(membership.user, membership.school, "people.import-previewed", batch, kind=kind.value,
           rows=len(parsed.rows), errors=parsed.total_errors)
    return batch


@transaction.atomic
def do_apply_import(membership: Membership, batch: ImportBatch) -> dict[str, int]:
    """Apply a previewed import with no errors: add new people, update known ones."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.status != ImportStatus.PREVIEWED or batch.errors:
        raise ImportError_("this import has problems or has already been applied")
    counts = _apply_pupils(membership, batch.rows) if batch.kind == ImportKind.PUPILS else \
        _apply_staff(membership, batch.rows)
    batch.status = ImportStatus.APPLIED
    batch.save(update_fields=["status"])
    membership.school.bump()
    record(membership.user, membership.school, "people.import-applied", batch, kind=batch.kind, **counts)
    return counts


def _apply_pupils(membership: Membership, rows: list[dict[str, object]]) -> dict[str, int]:
    from safepost.consent.actions import record_imported_consent

    existing = {p.pupil_id: p for p in Pupil.objects.filter(school=membership.school)}
    added = updated = 0
    for row in rows:
        pupil = existing.get(str(row["pupil_id"])) or Pupil(school=membership.school, pupil_id=str(row["pupil_id"]))
        is_new = pupil.pk is None
        for name in ("first_name", "last_name", "preferred_name", "year_group", "class_name"):
            if name in row:
                setattr(pupil, name, row[name])
        pupil.preferred_name = pupil.preferred_name or pupil.first_name
        pupil.save()
        record_imported_consent(membership, pupil, row, is_new)
        added, updated = added + is_new, updated + (not is_new)
    return {"added": added, "updated": updated}


def _apply_staff(membership: Membership, rows: list[dict[str, object]]) -> dict[str, int]:
    existing = {s.staff_id: s for s in StaffMember.objects.filter(school=membership.school)}
    added = updated = 0
    for row in rows:
        staff = existing.get(str(row["staff_id"])) or StaffMember(school=membership.school, staff_id=str(row["staff_id"]))
        is_new = staff.pk is None
        for name, column in (("title", "title"), ("first_name", "first_name"), ("last_name", "last_name"),
                             ("job_title", "role"), ("email", "email")):
            if column in row:
                setattr(staff, name, row[column])
        staff.save()
        added, updated = added + is_new, updated + (not is_new)
    return {"added": added, "updated": updated}


@transaction.atomic
def do_discard_import(membership: Membership, batch: ImportBatch) -> None:
    ImportBatch.objects.filter(pk=batch.pk, status=ImportStatus.PREVIEWED).update(
        status=ImportStatus.DISCARDED, rows=[])
    record(membership.user, membership.school, "people.import-discarded", batch)


#: The fields of a staff member a person may set by hand (the form's fields).
STAFF_FIELDS = ("staff_id", "title", "first_name", "last_name", "job_title", "email", "left_on")


@transaction.atomic
def do_add_staff(membership: Membership, data: dict[str, Any]) -> StaffMember:
    """Add a member of staff by hand. A leaving date already past is processed at once."""
    fields = {k: v for k, v in data.items() if k in STAFF_FIELDS and k != "left_on"}
    staff = StaffMember.objects.create(school=membership.school, **fields)
    record(membership.user, membership.school, "people.staff-added", staff, staff_id=staff.staff_id)
    if data.get("left_on"):
        do_mark_staff_left(membership, staff, data["left_on"])
    membership.school.bump()
    return staff


@transaction.atomic
def do_edit_staff(membership: Membership, staff: StaffMember, data: dict[str, Any]) -> list[str]:
    """Change a staff member's details; a new leaving date is recorded as a leaver. Returns the
    names of the fields that changed (the audit event names fields, never their values)."""
    current = StaffMember.objects.select_for_update().get(pk=staff.pk)
    changed = [k for k in STAFF_FIELDS if k in data and k != "left_on" and getattr(current, k) != data[k]]
    if changed:
        StaffMember.objects.filter(pk=staff.pk).update(**{k: data[k] for k in changed})
        record(membership.user, membership.school, "people.staff-edited", staff, staff_id=data.get(
            "staff_id", current.staff_id), fields=changed)
    left_on = data.get("left_on")
    if not current.leaving_processed and left_on != current.left_on:
        if left_on is None:
            StaffMember.objects.filter(pk=staff.pk).update(left_on=None)
            record(membership.user, membership.school, "people.staff-leaving-cancelled", staff,
                   staff_id=current.staff_id)
        else:
            do_mark_staff_left(membership, staff, left_on)
        changed.append("left_on")
    if changed:
        membership.school.bump()
    return changed


@transaction.atomic
def do_mark_staff_left(membership: Membership, staff: StaffMember, left_on: date) -> None:
    """Record a leaving date. On or after it, the leaver's accounts are flagged (now or by the sweep)."""
    StaffMember.objects.filter(pk=staff.pk).update(left_on=left_on)
    record(membership.user, membership.school, "people.staff-leaving", staff, staff_id=staff.staff_id,
           left_on=left_on.isoformat())
    if left_on <= timezone.localdate():
        process_leaver(membership.user, staff.pk)


def process_leaver(actor: object, staff_pk: int) -> bool:
    """Flag a leaver's accounts exactly once: the conditional update claims the row."""
    from safepost.accounts.actions import do_flag_leaver_accounts

    with transaction.atomic():
        claimed = StaffMember.objects.filter(pk=staff_pk, leaving_processed=False).update(leaving_processed=True)
        if not claimed:
            return False
        staff = StaffMember.objects.select_related("school").get(pk=staff_pk)
        Membership.objects.filter(staff=staff).delete()
        do_flag_leaver_accounts(actor, staff)
        record(actor, staff.school, "people.staff-left", staff, staff_id=staff.staff_id)  # type: ignore[arg-type]
        return True


@transaction.atomic
def do_grant_org_admin(actor: Any, organisation: Organisation, user: Any) -> bool:
    """Make ``user`` an administrator of every school of ``organisation``. False if already."""
    _, created = OrganisationAdmin.objects.get_or_create(user=user, organisation=organisation)
    if created:
        record(actor, None, "people.org-admin-granted", organisation, user_id=user.pk,
               username=user.get_username())
    return created


@transaction.atomic
def do_revoke_org_admin(actor: Any, organisation: Organisation, user: Any) -> bool:
    """Take organisation administration away; effective on the user's next request."""
    deleted, _ = OrganisationAdmin.objects.filter(user=user, organisation=organisation).delete()
    if deleted:
        record(actor, None, "people.org-admin-revoked", organisation, user_id=user.pk,
               username=user.get_username())
    return bool(deleted)
