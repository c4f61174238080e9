"""The moderator rota: who gets new comments today.

On a day inside a school closure (holidays), the people with a holiday-monitoring entry for that
day watch the accounts. Otherwise the people on duty that weekday, minus anyone on leave, plus
anyone covering that day. Nobody on the rota: comments stay unassigned in the school queue, and
the overdue sweep still escalates them.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import Q

from safepost.audit.chain import record
from safepost.inbox.models import Closure, RotaEntry, RotaKind
from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership, School


def _dated(school: School, kind: RotaKind, day: date) -> set[int]:
    return set(RotaEntry.objects.filter(school=school, kind=kind, starts_on__lte=day)
               .filter(Q(ends_on__gte=day) | Q(ends_on__isnull=True)).values_list("moderator_id", flat=True))


def is_holiday(school: School, day: date) -> bool:
    return Closure.objects.filter(school=school, starts_on__lte=day, ends_on__gte=day).exists()


def on_duty(school: School, day: date) -> list[int]:
    """User ids watching the accounts on ``day`` (sorted, for a stable round robin)."""
    if is_holiday(school, day):
        return sorted(_dated(school, RotaKind.HOLIDAY, day))
    weekly = set(RotaEntry.objects.filter(school=school, kind=RotaKind.DUTY, weekday=day.weekday())
                 .filter(Q(starts_on__isnull=True) | Q(starts_on__lte=day))
                 .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=day)).values_list("moderator_id", flat=True))
    return sorted((weekly - _dated(school, RotaKind.LEAVE, day)) | _dated(school, RotaKind.COVER, day))


# --- writes --------------------------------------------------------------------------------------

class RotaError(Exception):
    """A rota change the rules do not allow; the message is shown to the user."""


@transaction.atomic
def do_add_rota_entry(membership: Membership, moderator_id: int, kind: str, weekday: int | None,
                      starts_on: date | None, ends_on: date | None, note: str = "") -> RotaEntry:
    """Put a moderator of the school on the rota (duty, cover, leave or holiday monitoring)."""
    target = Membership.objects.filter(user_id=moderator_id, school=membership.school).first()
    if target is None or not holds(target, Perm.ACT_INBOX):
        raise RotaError("that person cannot work this school's inbox")
    entry = RotaEntry.objects.create(school=membership.school, moderator_id=moderator_id, kind=kind,
                                     weekday=weekday, starts_on=starts_on, ends_on=ends_on, note=note)
    record(membership.user, membership.school, "inbox.rota-added", entry, moderator=moderator_id, kind=kind,
           weekday=weekday, starts_on=starts_on, ends_on=ends_on)
    return entry


@transaction.atomic
def do_remove_rota_entry(membership: Membership, entry: RotaEntry) -> None:
    record(membership.user, membership.school, "inbox.rota-removed", entry, moderator=entry.moderator_id,
           kind=entry.kind)
    entry.delete()


@transaction.atomic
def do_add_closure(membership: Membership, starts_on: date, ends_on: date, label: str = "") -> Closure:
    """Record days the school is closed: not working days for deadlines; holiday monitoring applies."""
    closure = Closure.objects.create(school=membership.school, starts_on=starts_on, ends_on=ends_on, label=label)
    record(membership.user, membership.school, "inbox.closure-added", closure, starts_on=starts_on, ends_on=ends_on)
    return closure
