"""Permission-checked reads of incidents (one 404 for missing and forbidden), each read audited.

Who reads an incident: the school's DSLs (the DSL and any deputy: a deputy DSL is a second
member holding the DSL role) and the headteacher, who hold ``Perm.VIEW_SAFEGUARDING``; and the
investigators named on that incident, for that incident only. An organisation's IT
administrator never does: the permission comes from the school role alone, and an investigator
must be a member of the school (see ``actions.INVESTIGATOR_ROLES``).

A member with no standing in safeguarding at all (neither a DSL nor the headteacher, named on no
incident) is refused in words (403) whatever the id asked for, so the answer says nothing about
which incidents exist; an investigator asking for an incident they are not named on gets the 404,
as does anyone outside the school. Anyone in the school may raise a concern (reporting.py) and
see its receipt, never the record.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from safepost.audit.chain import record
from safepost.safeguarding.models import Evidence, Incident, IncidentType
from safepost.schools.access import Perm, Refused, access_school, holds, scoped_row
from safepost.schools.models import Membership

User = AbstractBaseUser | AnonymousUser


def reads_all(membership: Membership) -> bool:
    """The DSLs and the headteacher read every incident of the school."""
    return holds(membership, Perm.VIEW_SAFEGUARDING)


def visible_incidents(membership: Membership) -> QuerySet[Incident]:
    """The school's incidents this member may read: all of them, or those they investigate."""
    rows = Incident.objects.filter(school=membership.school)
    if reads_all(membership):
        return rows
    if not membership.role:  # an organisation administrator without a school role
        return rows.none()
    return rows.filter(investigators=membership.user_id)


def access_safeguarding(user: User, slug: str) -> Membership:
    """The member's standing, if they read any incident of the school (all, or as an investigator);
    a member who reads none is refused (403), whatever they asked for."""
    membership = access_school(user, slug, Perm.VIEW_SCHOOL)
    if not reads_all(membership) and not visible_incidents(membership).exists():
        raise Refused(Perm.VIEW_SAFEGUARDING.value)
    return membership


def access_incident(user: User, slug: str, pk: Any, purpose: str = "read") -> tuple[Membership, Incident]:
    """An incident the user may read; the read is written to the audit trail with ``purpose``
    (read, export, evidence-file...). The event names the incident, never a person in it."""
    membership = access_safeguarding(user, slug)
    incident = scoped_row(visible_incidents(membership).select_related("school", "reported_by"), pk)
    record(membership.user, membership.school, f"safeguarding.incident-{purpose}", incident)
    return membership, incident


def access_evidence(user: User, slug: str, incident_pk: Any, pk: Any) -> tuple[Membership, Evidence]:
    """One evidence item of an incident the user may read (its file download is audited)."""
    membership, incident = access_incident(user, slug, incident_pk, purpose="evidence-opened")
    return membership, scoped_row(Evidence.objects.select_related("incident"), pk, incident=incident)


def access_incident_list(user: User, slug: str) -> tuple[Membership, QuerySet[Incident]]:
    """The incidents the user may read, the listing audited."""
    membership = access_safeguarding(user, slug)
    record(membership.user, membership.school, "safeguarding.incidents-listed", None)
    return membership, visible_incidents(membership)


def access_receipt(user: User, slug: str, pk: Any) -> tuple[Membership, Incident]:
    """A concern the user raised, for its receipt (reference and what happens next: the page shows
    nothing of the record). Anyone else's, or a missing one, is the 404. Not audited: nothing
    restricted is read."""
    membership = access_school(user, slug, Perm.RAISE_CONCERN)
    incident = scoped_row(Incident.objects.select_related("school"), pk, school=membership.school,
                          reported_by_id=membership.user_id, type=IncidentType.CONCERN)
    return membership, incident
