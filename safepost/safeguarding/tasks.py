"""Background work of the safeguarding app: the alert for a concern raised by any member (queued
after the commit, retried by the sweep), and the time-based reminders run by the sweep loop."""

from __future__ import annotations

from django_tasks import task

from safepost.safeguarding.reporting import send_concern_alert
from safepost.safeguarding.sweeps import sweep_safeguarding

__all__ = ["alert_concern", "sweep_safeguarding"]


@task()
def alert_concern(incident_id: int) -> int:
    """Email the DSLs and the headteacher about one raised concern (once, however often it runs)."""
    return send_concern_alert(incident_id)
