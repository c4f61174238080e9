"""Time-based work for schools: run by the sweep loop in `safepost serve` / `safepost worker`."""

from __future__ import annotations

from django.utils import timezone

from safepost.schools.actions import process_leaver
from safepost.schools.models import StaffMember


def sweep_leavers() -> int:
    """Flag the accounts of staff whose leaving date has come. Safe to run in several processes."""
    due = StaffMember.objects.filter(left_on__lte=timezone.localdate(), leaving_processed=False)
    return sum(process_leaver(None, pk) for pk in due.values_list("pk", flat=True)[:500])
