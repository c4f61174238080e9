"""Which events a school's audit page shows, and its filters. Read-only.

A school's trail is its own events plus the school-less events of its people: their sign-ins,
sign-in failures, API tokens and second factors (written without a school: one login may serve
several schools), and the granting of its organisation's IT administrators.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Q, QuerySet

from safepost.audit.models import Event
from safepost.audit.sentences import kinds_in
from safepost.schools.models import Membership, OrganisationAdmin, School

SYSTEM = "system"  # the person filter's value for what safepost did by itself


def people_ids(school: School) -> list[int]:
    """The user ids of the school's members and its organisation's IT administrators."""
    members = Membership.objects.filter(school=school).values_list("user_id", flat=True)
    admins = OrganisationAdmin.objects.filter(organisation_id=school.organisation_id).values_list("user_id", flat=True)
    return sorted(set(members) | set(admins))


def school_events(school: School, people: list[int]) -> QuerySet[Event]:
    """Everything the school's audit page may show, newest first."""
    theirs = Q(school__isnull=True) & (
        Q(actor_id__in=people)
        | Q(object_type="auth.user", object_id__in=[str(p) for p in people])
        | Q(object_type="schools.organisation", object_id=str(school.organisation_id)))
    return Event.objects.filter(Q(school=school) | theirs).order_by("-seq")


def filtered(events: QuerySet[Event], data: dict[str, Any]) -> QuerySet[Event]:
    """``data`` is the filter form's cleaned data: person (a user id or ``system``), category,
    since and until (dates, both included)."""
    person = data.get("person") or ""
    if person == SYSTEM:
        events = events.filter(actor__isnull=True)
    elif person:
        # What they did, and the sign-in failures against their login.
        events = events.filter(Q(actor_id=int(person)) | Q(object_type="auth.user", object_id=person))
    if data.get("category"):
        events = events.filter(action__in=kinds_in(data["category"]))
    since: date | None = data.get("since")
    until: date | None = data.get("until")
    if since:
        events = events.filter(at__date__gte=since)
    if until:
        events = events.filter(at__date__lte=until)
    return events
