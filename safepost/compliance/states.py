"""The state graph of a declaration, checked when the module is imported.

A declaration is made by the adult (submitted), reviewed by the headteacher (accepted, or
advice given: the adult is asked to change something and declares again), and ended by the
adult when the link or account no longer exists."""

from __future__ import annotations

from collections.abc import Mapping

from django.db import models
from django.utils.translation import gettext_lazy as _

from safepost.accounts.states import InvalidTransition, check_graph, require

__all__ = ["DECLARATION_GRAPH", "DeclarationStatus", "InvalidTransition", "require"]


class DeclarationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for the headteacher's review")
    ACCEPTED = "accepted", _("Reviewed: accepted")
    ADVICE = "advice", _("Reviewed: advice given")
    ENDED = "ended", _("Ended")


S = DeclarationStatus

DECLARATION_GRAPH: Mapping[DeclarationStatus, frozenset[DeclarationStatus]] = {
    S.SUBMITTED: frozenset({S.ACCEPTED, S.ADVICE, S.ENDED}),
    S.ACCEPTED: frozenset({S.ENDED}),
    S.ADVICE: frozenset({S.ENDED}),
    S.ENDED: frozenset(),
}

check_graph(DECLARATION_GRAPH, S.SUBMITTED)  # type: ignore[arg-type]
