"""Deadline reminders for incidents, run by the sweep loop (safepost/web/runtime.py).

Each incident's next step has a deadline. A day before it, its investigators and the school's
DSLs get one reminder; once it has passed, one more saying it is overdue (to the headteacher
too). Each send is claimed first with a conditional update, so two sweepers never send twice,
and moving the deadline clears the claims. The emails give the incident's number and type:
never a name, never the summary.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone

from safepost.audit.chain import record
from safepost.inbox.safeguarding import base_url
from safepost.safeguarding.models import Incident, IncidentType
from safepost.safeguarding.states import OPEN, IncidentStatus
from safepost.schools.models import Membership, Role

log = logging.getLogger("safepost.safeguarding")

REMIND_BEFORE = timedelta(days=1)
BATCH = 500


def sweep_safeguarding(now: datetime | None = None) -> int:
    """Everything time-based about incidents. Returns how many reminders and alerts went out."""
    from safepost.safeguarding.reporting import sweep_unsent_concern_alerts

    now = now or timezone.now()
    return sweep_unsent_concern_alerts(now) + sweep_reminders(now) + sweep_overdue(now)



def sweep_reminders(now: datetime) -> int:
    due = Incident.objects.filter(status__in=list(OPEN), reminded_at__isnull=True,
                                  next_step_due__gt=now, next_step_due__lte=now + REMIND_BEFORE)
    sent = 0
    for pk in list(due.values_list("pk", flat=True)[:BATCH]):
        if Incident.objects.filter(pk=pk, reminded_at__isnull=True).update(reminded_at=now) == 1:
            sent += _tell(pk, overdue=False)
    return sent


def sweep_overdue(now: datetime) -> int:
    late = Incident.objects.filter(status__in=list(OPEN), overdue_alerted_at__isnull=True, next_step_due__lt=now)
    sent = 0
    for pk in list(late.values_list("pk", flat=True)[:BATCH]):
        if Incident.objects.filter(pk=pk, overdue_alerted_at__isnull=True).update(overdue_alerted_at=now) == 1:
            sent += _tell(pk, overdue=True)
    return sent


def recipients(incident: Incident, overdue: bool) -> list[str]:
    """The investigators and the DSLs; the headteacher too once the step is overdue."""
    roles = [Role.DSL, Role.HEADTEACHER] if overdue else [Role.DSL]
    people = {m.user for m in Membership.objects.select_related("user").filter(school_id=incident.school_id,
                                                                                role__in=roles)}
    people |= set(incident.investigators.all())
    return sorted({p.email for p in people if p.email})


def message(incident: Incident, overdue: bool) -> tuple[str, str]:
    """Subject and body: the number, the type, the step and the deadline. No names, no summary."""
    assert incident.next_step_due is not None
    when = timezone.localtime(incident.next_step_due).strftime("%H:%M on %A %d %B")
    kind, step = IncidentType(incident.type).label, IncidentStatus(incident.status).label
    path = reverse("safeguarding:show-incident", kwargs={"school": incident.school.slug, "pk": incident.pk})
    state = "is overdue: it was due" if overdue else "is due"
    subject = f"safepost: incident {incident.reference} ({kind}) {'is overdue' if overdue else 'needs its next step'}"
    body = (f"The next step of safeguarding incident {incident.reference} ({kind}, now at: {step}) {state} "
            f"by {when} (London time).\n\nOpen it (only the DSLs, the headteacher and its investigators can):\n"
            f"{base_url()}{path}\n")
    return subject, body


def _tell(pk: int, overdue: bool) -> int:
    incident = Incident.objects.select_related("school").get(pk=pk)
    emails = recipients(incident, overdue)
    try:
        if emails:
            send_mail(*message(incident, overdue), settings.DEFAULT_FROM_EMAIL, emails)
    except Exception:
        field = "overdue_alerted_at" if overdue else "reminded_at"
        Incident.objects.filter(pk=pk).update(**{field: None})  # the next sweep tries again
        log.exception("could not send the reminder for incident %s", pk)
        return 0
    record(None, incident.school, "safeguarding.overdue" if overdue else "safeguarding.reminded", incident,
           recipients=len(emails))
    return 1
