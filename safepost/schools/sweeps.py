"""Time-based work for schools: run by the sweep loop in `safepost serve` / `safepost worker`."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from safepost.schools.actions import do_expire_import_previews, process_leaver
from safepost.schools.models import StaffMember


def sweep_leavers() -> int:
    """Process staff whose last day is over: memberships removed, accounts flagged. Safe to run in
    several processes (each leaver is claimed by a conditional update)."""
    due = StaffMember.objects.filter(left_on__lt=timezone.localdate(), leaving_processed=False)
    return sum(process_leaver(None, pk) for pk in due.values_list("pk", flat=True)[:500])


def sweep_import_previews(now: datetime | None = None) -> int:
    """Delete import previews nobody applied once they pass their lifetime (they hold names)."""
    return do_expire_import_previews(now)
