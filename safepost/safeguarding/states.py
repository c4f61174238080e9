"""The state graph of a safeguarding incident, checked when the module is imported.

reported -> initial assessment (SLT, headteacher or DSL) -> investigation (named investigators)
-> outcome -> closed. An assessment may reach an outcome without an investigation (e.g. no
further action); nothing reaches ``closed`` without an outcome.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import models
from django.utils.translation import gettext_lazy as _

from safepost.accounts.states import InvalidTransition, check_graph, require

__all__ = ["INCIDENT_GRAPH", "OPEN", "IncidentStatus", "InvalidTransition", "require"]


class IncidentStatus(models.TextChoices):
    REPORTED = "reported", _("Reported")
    ASSESSMENT = "assessment", _("Initial assessment")
    INVESTIGATION = "investigation", _("Investigation")
    OUTCOME = "outcome", _("Outcome decided")
    CLOSED = "closed", _("Closed")


S = IncidentStatus

#: Statuses with a next step still to take (the deadline sweep reminds about these).
OPEN = frozenset({S.REPORTED, S.ASSESSMENT, S.INVESTIGATION, S.OUTCOME})

INCIDENT_GRAPH: Mapping[IncidentStatus, frozenset[IncidentStatus]] = {
    S.REPORTED: frozenset({S.ASSESSMENT}),
    S.ASSESSMENT: frozenset({S.INVESTIGATION, S.OUTCOME}),
    S.INVESTIGATION: frozenset({S.OUTCOME}),
    S.OUTCOME: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
}

check_graph(INCIDENT_GRAPH, S.REPORTED)  # type: ignore[arg-type]
