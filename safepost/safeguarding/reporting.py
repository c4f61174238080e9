"""Raising a safeguarding concern: anyone in the school tells the DSL at once (learn-to-live:
inappropriate communication involving a child goes to the DSL at once).

A concern is a safeguarding :class:`Incident` of type ``concern`` at status ``reported``, with
the member who raised it as ``reported_by``: the DSLs and the headteacher work it like any
other incident (assessment, investigation, outcome), and it is as restricted as any other (the
person who raised it cannot read it afterwards). What happened may name a child: it stays in the
incident. The audit event and the alert carry the incident's reference and type only.

The alert goes to every DSL and the headteacher, each in their own language, after the commit.
The send is claimed with a conditional update and the claim cleared when sending fails, so the
task and the sweep (which retries anything unsent) never send the same alert twice.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from safepost.audit.chain import record
from safepost.safeguarding import actions
from safepost.safeguarding.actions import IncidentError
from safepost.safeguarding.models import EvidenceKind, Incident, IncidentType, Step, StepKind
from safepost.safeguarding.states import IncidentStatus
from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership, Role

log = logging.getLogger("safepost.safeguarding")

#: A claim older than this belongs to a sender that died; the sweep takes it over.
STALE_CLAIM = timedelta(minutes=2)
#: Who is told: every DSL (deputies are DSL members too) and the headteacher.
ALERTED_ROLES = (Role.DSL, Role.HEADTEACHER)
BATCH = 200


@dataclass(frozen=True)
class NewConcern:
    """What a member saw. ``what`` may name a child; ``file_*`` is an optional screenshot or PDF."""

    what: str
    where: str
    when: datetime
    link: str = ""
    immediate_danger: bool = False
    file_name: str = ""
    file_size: int = 0
    file_chunks: Iterable[bytes] = field(default_factory=tuple)


def _check(membership: Membership, new: NewConcern) -> None:
    if not holds(membership, Perm.RAISE_CONCERN):
        raise IncidentError(_("only a member of the school can raise a concern here"))
    if not new.what.strip():
        raise IncidentError(_("say what you saw or were told"), "what")
    if not new.where.strip():
        raise IncidentError(_("say where it was (the platform, the page or the place)"), "where")
    if new.when > timezone.now() + actions.CLOCK_SLACK:
        raise IncidentError(_("the time it happened is in the future"), "when")
    if new.link.strip() and not new.link.strip().startswith(("https://", "http://")):
        raise IncidentError(_("give the link starting https:// (or leave it empty)"), "link")


@transaction.atomic
def do_report_concern(membership: Membership, new: NewConcern) -> Incident:
    """Record a concern raised by any member as a restricted incident, its link and file as
    evidence, audit it (reference and type only) and alert the DSLs and headteacher after commit."""
    _check(membership, new)
    due = timezone.now() + actions.DEFAULT_NEXT_STEP[IncidentStatus.REPORTED]
    incident = Incident.objects.create(
        school=membership.school, type=IncidentType.CONCERN, summary=new.what.strip(), occurred_at=new.when,
        place=new.where.strip()[:300], reported_by=membership.user, immediate_danger=new.immediate_danger,
        next_step_due=due, needs_alert=True)
    Step.objects.create(incident=incident, kind=StepKind.TRANSITION, to_status=IncidentStatus.REPORTED,
                        by=membership.user, why="raised by a member of the school",
                        detail={"next_step_due": due.isoformat(), "immediate_danger": new.immediate_danger})
    _add_evidence(membership, incident, new)
    record(membership.user, membership.school, "safeguarding.concern-raised", incident,
           reference=incident.reference, type=incident.type)
    pk = incident.pk
    transaction.on_commit(lambda: queue_alert(pk))
    return incident


def _add_evidence(membership: Membership, incident: Incident, new: NewConcern) -> None:
    """The link and the file, as evidence items (hashed, never changed)."""
    link = new.link.strip()
    if link:
        actions.do_add_evidence(membership, incident, actions.NewEvidence(
            kind=EvidenceKind.URL, captured_at=new.when, url=link, place=incident.place,
            description="the link given when the concern was raised"))
    if new.file_name:
        try:
            actions.do_add_evidence(membership, incident, actions.NewEvidence(
                kind=EvidenceKind.FILE, captured_at=new.when, place=incident.place, file_name=new.file_name,
                file_size=new.file_size, file_chunks=new.file_chunks,
                description="the file given when the concern was raised"))
        except IncidentError as exc:
            raise IncidentError(str(exc), "file") from None


# --- the alert ------------------------------------------------------------------------------------

def queue_alert(incident_id: int) -> None:
    """Queue the alert (the worker sends it within seconds; the sweep if the queue fails)."""
    from safepost.safeguarding.tasks import alert_concern

    try:
        alert_concern.enqueue(incident_id)
    except Exception:
        log.exception("could not queue the alert for incident %s; the sweep sends it", incident_id)


def recipients(school_id: int) -> list[Membership]:
    """Every DSL and the headteacher with an email address and an active login."""
    return list(Membership.objects.select_related("user").filter(
        school_id=school_id, role__in=list(ALERTED_ROLES), user__is_active=True).exclude(user__email="")
        .order_by("user_id"))


def _claim(incident_id: int) -> bool:
    now = timezone.now()
    return bool(Incident.objects.filter(pk=incident_id, needs_alert=True, alerted_at__isnull=True).filter(
        Q(alert_claimed_at__isnull=True) | Q(alert_claimed_at__lt=now - STALE_CLAIM)).update(alert_claimed_at=now))


def alert_context(incident: Incident) -> dict[str, object]:
    """What the email may say: the reference, the type, when, whether a child may be in danger,
    and the link. Never what happened, where, who raised it or who is in it."""
    from safepost.web.links import absolute

    path = reverse("safeguarding:show-incident", kwargs={"school": incident.school.slug, "pk": incident.pk})
    return {"school": incident.school, "reference": incident.reference, "raised_at": incident.reported_at,
            "immediate_danger": incident.immediate_danger, "link": absolute(path)}


def send_concern_alert(incident_id: int) -> int:
    """Email the alert for one raised concern unless it was sent already. Returns how many were told."""
    from safepost.web.mail import email_person

    if not _claim(incident_id):
        return 0
    incident = Incident.objects.select_related("school").get(pk=incident_id)
    people = recipients(incident.school_id)
    context = alert_context(incident)
    try:
        told = sum(email_person(m.user, "safeguarding/email/concern_raised", context) for m in people)
    except Exception:
        Incident.objects.filter(pk=incident_id).update(alert_claimed_at=None)  # the sweep tries again
        raise
    if not people:
        log.warning("incident %s: the school has no DSL or headteacher with an email address", incident_id)
    with transaction.atomic():
        Incident.objects.filter(pk=incident_id).update(alerted_at=timezone.now())
        record(None, incident.school, "safeguarding.concern-alerted", incident, type=incident.type,
               recipients=told)
    return told


def sweep_unsent_concern_alerts(now: datetime | None = None) -> int:
    """Send every concern alert still unsent (the task failed or never ran)."""
    stale = (now or timezone.now()) - STALE_CLAIM
    pending = Incident.objects.filter(needs_alert=True, alerted_at__isnull=True).filter(
        Q(alert_claimed_at__isnull=True) | Q(alert_claimed_at__lt=stale)).values_list("pk", flat=True)[:BATCH]
    sent = 0
    for pk in list(pending):
        try:
            sent += send_concern_alert(pk)
        except Exception:
            log.exception("the alert for incident %s could not be sent; retrying next sweep", pk)
    return sent
