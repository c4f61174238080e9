"""Figures for the governors' report: counts only, never names."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from safepost.compliance.models import Adult
from safepost.compliance.schedule import Task, statuses
from safepost.schools.models import School


@dataclass(frozen=True)
class Coverage:
    """On a day: how many adults the school has, how many have acknowledged the current version
    (and owe no re-acknowledgement), how many hold training that has not expired, and how many
    owe a declaration (due or overdue)."""

    adults: int
    acknowledged_current: int
    training_current: int
    declarations_due: int


def coverage(school: School, on: datetime.date) -> Coverage:
    """The school's compliance coverage on ``on``, from the adults present that day (joined on or
    before it and not yet left). Reads only; the adults are as last synced (the sweep does it hourly)."""
    present = [a for a in Adult.objects.filter(school=school, joined_on__lte=on)
               if a.left_on is None or a.left_on > on]
    rows = statuses(school, on, present, historic=on < timezone.localdate())
    return Coverage(
        adults=len(rows),
        acknowledged_current=sum(1 for s in rows if s.last_acknowledgement is not None
                                 and s.due(Task.ACKNOWLEDGE) is None),
        training_current=sum(1 for s in rows if s.current_training is not None),
        declarations_due=sum(1 for s in rows if s.due(Task.DECLARE) is not None),
    )
