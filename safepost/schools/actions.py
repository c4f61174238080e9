"""Writes for schools and people: imports, staff, leavers. Each is atomic and writes its audit event."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from safepost.audit.chain import record
from safepost.schools import imports
from safepost.schools.access import Perm, holds
from safepost.schools.models import (
    PRIVILEGED_ROLES,
    ImportBatch,
    ImportKind,
    ImportStatus,
    Membership,
    Organisation,
    OrganisationAdmin,
    Pupil,
    Role,
    School,
    StaffMember,
)

#: How long a preview that nobody applied keeps its rows (pupils' and staff names), unless the
#: ``SAFEPOST_IMPORT_PREVIEW_HOURS`` setting says otherwise.
DEFAULT_IMPORT_PREVIEW_HOURS = 24


class ImportError_(Exception):
    """The import cannot be applied (it has errors, or was already applied)."""


class LeaverRefused(Exception):
    """Recording (or undoing) this leaver is not allowed; the message says why, for the person."""


def import_preview_lifetime() -> timedelta:
    return timedelta(hours=getattr(settings, "SAFEPOST_IMPORT_PREVIEW_HOURS", DEFAULT_IMPORT_PREVIEW_HOURS))


@transaction.atomic
def do_expire_import_previews(now: datetime | None = None, school: School | None = None) -> int:
    """Delete imports previewed (or discarded) but never applied once they are older than the
    preview lifetime: they hold names nobody needs any more. Returns how many were deleted."""
    cutoff = (now or timezone.now()) - import_preview_lifetime()
    stale = ImportBatch.objects.filter(created_at__lt=cutoff).exclude(status=ImportStatus.APPLIED)
    if school is not None:
        stale = stale.filter(school=school)
    expired = list(stale.select_related("school").only("pk", "kind", "school"))
    for batch in expired:
        # The id stays in the trail (the object is gone); no row content is recorded.
        record(None, batch.school, "people.import-expired", batch, kind=batch.kind)
    ImportBatch.objects.filter(pk__in=[b.pk for b in expired]).delete()
    return len(expired)


@transaction.atomic
def do_preview_import(membership: Membership, kind: ImportKind, filename: str, data: bytes) -> ImportBatch:
    """Parse a CSV and keep the result for preview. Nothing about pupils or staff changes yet.
    Stale previews of the school are deleted first, so names do not linger between sweeps."""
    do_expire_import_previews(school=membership.school)
    parsed = imports.parse(data, kind.value)
    batch = ImportBatch.objects.create(
        school=membership.school, kind=kind, filename=filename[:200], created_by=membership.user,
        rows=parsed.rows if not parsed.errors else [], errors=[e.as_dict() for e in parsed.errors],
        notes=parsed.notes + ([_("%(total)s problems in all; the first %(listed)s are listed.")
                               % {"total": parsed.total_errors, "listed": len(parsed.errors)}]
                              if parsed.total_errors > len(parsed.errors) else []),
    )
    record(membership.user, membership.school, "people.import-previewed", batch, kind=kind.value,
           rows=len(parsed.rows), errors=parsed.total_errors)
    return batch


def preview_is_live(batch: ImportBatch, now: datetime | None = None) -> bool:
    """Whether a preview may still be applied: not applied or discarded, and not past its lifetime."""
    return batch.status == ImportStatus.PREVIEWED and batch.created_at >= (now or timezone.now()) - import_preview_lifetime()


@transaction.atomic
def do_apply_import(membership: Membership, batch: ImportBatch, regrant: Collection[str] = ()) -> dict[str, int]:
    """Apply a previewed import with no errors: add new people, update known ones.

    ``regrant`` holds the keys (``"<pupil pk>:<channel>"``) of consent a person withdrew or
    refused in safepost that the person applying has confirmed the file may give again; every
    other such withdrawal stays, whatever the file says."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if not preview_is_live(batch) or batch.errors:
        raise ImportError_(_("this import has problems, has expired or has already been applied"))
    counts = _apply_pupils(membership, batch, set(regrant)) if batch.kind == ImportKind.PUPILS else \
        _apply_staff(membership, batch.rows)
    # The names are in the pupil and staff tables now; the batch need not keep a second copy.
    batch.status, batch.rows = ImportStatus.APPLIED, []
    batch.save(update_fields=["status", "rows"])
    membership.school.bump()
    record(membership.user, membership.school, "people.import-applied", batch, kind=batch.kind, **counts)
    return counts


def _apply_pupils(membership: Membership, batch: ImportBatch, regrant: set[str]) -> dict[str, int]:
    from safepost.consent.actions import import_conflicts, record_import_audit, record_imported_consent

    conflicts = {c.key for c in import_conflicts(membership.school, batch.rows)}
    kept, confirmed = conflicts - regrant, conflicts & regrant
    existing = {p.pupil_id: p for p in Pupil.objects.filter(school=membership.school)}
    added = updated = 0
    events = []
    for row in batch.rows:
        pupil = existing.get(str(row["pupil_id"])) or Pupil(school=membership.school, pupil_id=str(row["pupil_id"]))
        is_new = pupil.pk is None
        for name in ("first_name", "last_name", "preferred_name", "year_group", "class_name"):
            if name in row:
                setattr(pupil, name, row[name])
        pupil.preferred_name = pupil.preferred_name or pupil.first_name
        pupil.save()
        events += record_imported_consent(membership, pupil, row, is_new, kept, confirmed)
        added, updated = added + is_new, updated + (not is_new)
    record_import_audit(membership, batch, events)
    return {"added": added, "updated": updated, "consent_changes": len(events), "withdrawals_kept": len(kept)}


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


#: The fields of a staff member a person may set by hand (the form's fields). A leaving date is
#: not among them: it is recorded, after a confirmation, by :func:`do_mark_staff_left`.
STAFF_FIELDS = ("staff_id", "title", "first_name", "last_name", "job_title", "email")
#: Roles a school must always have someone in.
ESSENTIAL_ROLES = (Role.HEADTEACHER, Role.DSL)


@transaction.atomic
def do_add_staff(membership: Membership, data: dict[str, Any]) -> StaffMember:
    """Add a member of staff by hand. A leaving date in ``data`` is not recorded here: the view
    asks for confirmation and then calls :func:`do_mark_staff_left`."""
    fields = {k: v for k, v in data.items() if k in STAFF_FIELDS}
    staff = StaffMember.objects.create(school=membership.school, **fields)
    record(membership.user, membership.school, "people.staff-added", staff, staff_id=staff.staff_id)
    membership.school.bump()
    return staff


@transaction.atomic
def do_edit_staff(membership: Membership, staff: StaffMember, data: dict[str, Any]) -> list[str]:
    """Change a staff member's details (not their leaving date). Returns the names of the fields
    that changed (the audit event names fields, never their values)."""
    current = StaffMember.objects.select_for_update().get(pk=staff.pk)
    changed = [k for k in STAFF_FIELDS if k in data and getattr(current, k) != data[k]]
    if changed:
        StaffMember.objects.filter(pk=staff.pk).update(**{k: data[k] for k in changed})
        record(membership.user, membership.school, "people.staff-edited", staff, staff_id=data.get(
            "staff_id", current.staff_id), fields=changed)
        membership.school.bump()
    return changed


def roles_of(staff: StaffMember) -> set[str]:
    """The school roles of the users linked to this staff record (what leaving takes away)."""
    return set(Membership.objects.filter(staff=staff).values_list("role", flat=True))


def check_leaver(membership: Membership, staff: StaffMember) -> None:
    """Refuse, with a reason a person can act on, a leaver the user may not record: someone
    holding a privileged role (unless the user is the headteacher or SLT), or the last
    headteacher or DSL still staying (the school must always have both)."""
    if staff.leaving_processed:
        raise LeaverRefused(_("%(who)s has already left.") % {"who": staff})
    roles = roles_of(staff)
    _check_may_change_leaving(membership, staff, roles)
    for role in ESSENTIAL_ROLES:
        if role in roles and not _someone_else_stays_as(staff, role):
            raise LeaverRefused(_("%(who)s is the school's only %(role)s staying on. A school must always have a "
                                  "headteacher and a designated safeguarding lead: give the role to someone else "
                                  "first.") % {"who": staff, "role": Role(role).label})


def _check_may_change_leaving(membership: Membership, staff: StaffMember, roles: set[str]) -> None:
    if roles & PRIVILEGED_ROLES and not holds(membership, Perm.RECORD_PRIVILEGED_LEAVER):
        raise LeaverRefused(_("%(who)s holds a privileged role (%(roles)s): only the headteacher or senior "
                              "leadership can record or undo their leaving.") % {
            "who": staff, "roles": ", ".join(str(Role(r).label) for r in sorted(roles & PRIVILEGED_ROLES))})


def _someone_else_stays_as(staff: StaffMember, role: str) -> bool:
    # A membership without a staff record never leaves; one whose person has a leaving date will.
    others = Membership.objects.filter(school_id=staff.school_id, role=role).exclude(staff=staff)
    return others.filter(staff__isnull=True).exists() or others.filter(staff__left_on__isnull=True).exists()


def leaving_has_passed(left_on: date) -> bool:
    """A leaving date is the person's last day: their access ends once that day is over."""
    return left_on < timezone.localdate()


@transaction.atomic
def do_mark_staff_left(membership: Membership, staff: StaffMember, left_on: date) -> None:
    """Record a confirmed leaving date. Once the day has passed (now, or later by the sweep) the
    leaver's memberships are removed and their accounts flagged; until then it can be undone."""
    School.objects.select_for_update().get(pk=membership.school.pk)  # one leaver at a time per school
    staff = StaffMember.objects.select_for_update().get(pk=staff.pk)
    check_leaver(membership, staff)
    StaffMember.objects.filter(pk=staff.pk).update(left_on=left_on)
    record(membership.user, membership.school, "people.staff-leaving", staff, staff_id=staff.staff_id,
           left_on=left_on.isoformat())
    membership.school.bump()
    if leaving_has_passed(left_on):
        process_leaver(membership.user, staff.pk)


@transaction.atomic
def do_undo_staff_leaving(membership: Membership, staff: StaffMember) -> None:
    """Take back a leaving date that has not passed yet: the person keeps their access."""
    staff = StaffMember.objects.select_for_update().get(pk=staff.pk)
    left_on = check_undo_leaving(membership, staff)
    StaffMember.objects.filter(pk=staff.pk).update(left_on=None)
    record(membership.user, membership.school, "people.staff-leaving-cancelled", staff, staff_id=staff.staff_id,
           left_on=left_on.isoformat())
    membership.school.bump()


def check_undo_leaving(membership: Membership, staff: StaffMember) -> date:
    """The leaving date the user may undo: one not passed yet, of someone they may record as leaving."""
    if staff.left_on is None or staff.leaving_processed or leaving_has_passed(staff.left_on):
        raise LeaverRefused(_("There is no leaving date for %(who)s that can still be undone.") % {"who": staff})
    _check_may_change_leaving(membership, staff, roles_of(staff))
    return staff.left_on


def process_leaver(actor: object, staff_pk: int) -> bool:
    """Flag a leaver's accounts exactly once: the conditional update claims the row."""
    from safepost.accounts.actions import do_flag_leaver_accounts

    with transaction.atomic():
        claimed = StaffMember.objects.filter(pk=staff_pk, leaving_processed=False).update(leaving_processed=True)
        if not claimed:
            return False
        from safepost.people.actions import close_unused_login

        staff = StaffMember.objects.select_related("school").get(pk=staff_pk)
        leaving = list(Membership.objects.filter(staff=staff).select_related("user"))
        Membership.objects.filter(staff=staff).delete()
        # A login that belonged only to this school is closed too (one in another school stays).
        closed = [m.user_id for m in leaving if close_unused_login(m.user)]
        do_flag_leaver_accounts(actor, staff)
        record(actor, staff.school, "people.staff-left", staff, staff_id=staff.staff_id,  # type: ignore[arg-type]
               logins_closed=closed)
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
