"""Background work of the safeguarding app: only time-based reminders, run by the sweep loop
(see sweeps.py); no task is queued per request, so there is nothing else here yet."""

from __future__ import annotations

from safepost.safeguarding.sweeps import sweep_safeguarding

__all__ = ["sweep_safeguarding"]
