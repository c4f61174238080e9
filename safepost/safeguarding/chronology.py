"""Chronologies, like CPOMS's: one incident's steps and evidence in time order, and everything
about one child (by pupil row) or one adult (a member of staff by row) across incidents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from safepost.safeguarding.models import (
    Evidence,
    Incident,
    IncidentType,
    Involvement,
    Outcome,
    Step,
    StepKind,
)
from safepost.safeguarding.states import IncidentStatus


@dataclass(frozen=True)
class Entry:
    at: datetime
    what: str
    by: str
    details: str
    incident: str = ""
    incident_pk: int = 0


def _step_entry(step: Step) -> Entry:
    what = str(StepKind(step.kind).label)
    details = step.why
    if step.kind == StepKind.TRANSITION:
        what = _("Status: %(status)s") % {"status": IncidentStatus(step.to_status).label}
        if step.outcome:
            details = f"{Outcome(step.outcome).label}. {step.why}"
    elif step.kind == StepKind.WISHES:
        parts = [f"{_('Reporter')}: {step.detail.get('reporter')}" if step.detail.get("reporter") else "",
                 f"{_('Victim')}: {step.detail.get('victim')}" if step.detail.get("victim") else ""]
        details = " ".join(p for p in parts if p)
    elif step.kind == StepKind.DEADLINE:
        details = f"{step.detail.get('next_step_due', '')} {step.why}".strip()
    return Entry(step.at, what, step.by.get_username(), details, step.incident.reference, step.incident_id)


def _evidence_entry(item: Evidence) -> Entry:
    what = _("Evidence: %(kind)s") % {"kind": item.get_kind_display()}
    if item.corrects_id:
        what += " " + _("(correcting item %(id)s)") % {"id": item.corrects_id}
    summary = item.description or item.file_name or item.url or item.text[:200]
    details = f"{summary} [{item.place}] sha256 {item.sha256[:16]}…".replace(" []", "")
    return Entry(item.captured_at, what, item.added_by.get_username(), details, item.incident.reference,
                 item.incident_id)


def _incident_entries(incidents: list[Incident]) -> list[Entry]:
    steps = Step.objects.filter(incident__in=incidents).select_related("by", "incident")
    items = Evidence.objects.filter(incident__in=incidents).select_related("added_by", "incident")
    entries = [_step_entry(s) for s in steps] + [_evidence_entry(e) for e in items]
    for incident in incidents:
        entries.append(Entry(incident.occurred_at, _("Happened: %(type)s") % {"type": IncidentType(incident.type).label},
                             "", incident.place, incident.reference, incident.pk))
    return sorted(entries, key=lambda e: (e.at, e.incident_pk))


def incident_chronology(incident: Incident) -> list[Entry]:
    """Everything recorded about one incident, oldest first."""
    return _incident_entries([incident])


def person_chronology(involvements: list[Involvement]) -> list[Entry]:
    """Everything recorded in every incident a person is involved in, oldest first."""
    incidents = list({i.incident_id: i.incident for i in involvements}.values())
    return _incident_entries(incidents)
