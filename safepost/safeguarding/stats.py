"""Counts of incidents for the governors' report: numbers only, never a name or a summary."""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.db.models import Count
from django.utils import timezone

from safepost.safeguarding.models import Incident
from safepost.schools.models import School

OPEN = "open"


def _midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def incident_counts(school: School, start: datetime.date, end: datetime.date) -> dict[str, dict[str, int]]:
    """type value -> (outcome value, or "open" while none is recorded) -> count, for the incidents
    reported in [start, end) (days in London time)."""
    rows = (Incident.objects.filter(school=school, reported_at__gte=_midnight(start), reported_at__lt=_midnight(end))
            .values("type", "outcome").annotate(n=Count("pk")).order_by())
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        outcome = row["outcome"] or OPEN
        counts[row["type"]][outcome] = counts[row["type"]].get(outcome, 0) + row["n"]
    return dict(counts)
