"""Keep one :class:`Adult` row per adult of a school, in step with its memberships and staff list.

An adult is a member who signs in (any role: staff, volunteers, governors...) or a member of
staff on the staff list who does not sign in. A membership linked to a staff record is one adult.
A new adult's ``joined_on`` is the day safepost first sees them (their induction starts); an adult
whose membership is removed, or whose staff record says they left, gets ``left_on``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import IntegrityError, transaction

from safepost.compliance.models import Adult
from safepost.schools.models import Membership, School, StaffMember


@dataclass
class SyncResult:
    joined: list[int] = field(default_factory=list)
    left: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Seen:
    """An adult as the school's rows describe them today."""

    user_id: int | None
    staff_id: int | None
    name: str
    email: str
    role: str
    left_on: date | None


def seen_adults(school: School) -> list[Seen]:
    members = list(Membership.objects.filter(school=school).select_related("user", "staff"))
    linked = {m.staff_id for m in members if m.staff_id}
    found = [Seen(m.user_id, m.staff_id, m.user.get_full_name() or m.user.get_username(),
                  m.user.email or (m.staff.email if m.staff else ""), m.role, m.staff.left_on if m.staff else None)
             for m in members]
    found += [Seen(None, s.pk, str(s), s.email, "staff", s.left_on)
              for s in StaffMember.objects.filter(school=school).exclude(pk__in=linked)]
    return found


def _match(rows: list[Adult], seen: Seen) -> Adult | None:
    if seen.user_id is not None:
        by_user = next((a for a in rows if a.user_id == seen.user_id), None)
        if by_user is not None:
            return by_user
    return next((a for a in rows if seen.staff_id is not None and a.staff_id == seen.staff_id
                 and (a.user_id is None or a.user_id == seen.user_id)), None)


def sync_adults(school: School, today: date) -> SyncResult:
    """Create, update and mark as left the school's adults. Idempotent; safe to run concurrently
    (a row another process created first is simply found next time)."""
    result = SyncResult()
    rows = list(Adult.objects.filter(school=school))
    matched: set[int] = set()
    for seen in seen_adults(school):
        adult = _match(rows, seen)
        if adult is None:
            adult = _create(school, seen, today)
            if adult is None:
                continue
            result.joined.append(adult.pk)
        elif _update(adult, seen, today):
            result.left.append(adult.pk)
        matched.add(adult.pk)
    for adult in rows:
        if adult.pk not in matched and adult.left_on is None:
            Adult.objects.filter(pk=adult.pk, left_on__isnull=True).update(left_on=today)
            result.left.append(adult.pk)
    return result


def _create(school: School, seen: Seen, today: date) -> Adult | None:
    try:
        with transaction.atomic():
            return Adult.objects.create(school=school, user_id=seen.user_id, staff_id=seen.staff_id, name=seen.name,
                                        email=seen.email, role=seen.role, joined_on=today, left_on=seen.left_on)
    except IntegrityError:
        return None


def _update(adult: Adult, seen: Seen, today: date) -> bool:
    """Refresh name, email, role and leaving date; True when the adult has just been seen to leave."""
    changes: dict[str, object] = {k: v for k, v in (("name", seen.name), ("email", seen.email), ("role", seen.role),
                                 ("staff_id", seen.staff_id), ("left_on", seen.left_on))
               if getattr(adult, k) != v}
    if adult.user_id is None and seen.user_id is not None:  # a staff member who now signs in
        changes["user_id"] = seen.user_id
    if not changes:
        return False
    Adult.objects.filter(pk=adult.pk).update(**changes)
    for key, value in changes.items():
        setattr(adult, key, value)
    return "left_on" in changes and seen.left_on is not None
