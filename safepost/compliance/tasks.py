"""Background tasks: thin and idempotent. The reminders run in the sweep loop (``sweeps.py``);
this task lets `safepost compliance remind` or an admin queue one run for the worker."""

from __future__ import annotations

from django_tasks import task

from safepost.compliance.sweeps import sweep_compliance


@task()
def send_reminders() -> int:
    """One run of the compliance sweep (reminders and the review reminder)."""
    return sweep_compliance()
