"""The state graph of an inbox comment, checked when the module is imported."""

from __future__ import annotations

from collections.abc import Mapping

from django.db import models
from django.utils.translation import gettext_lazy as _

from safepost.accounts.states import InvalidTransition, check_graph, require

__all__ = ["COMMENT_GRAPH", "OPEN", "CommentStatus", "InvalidTransition", "require"]


class CommentStatus(models.TextChoices):
    NEW = "new", _("New")
    ASSIGNED = "assigned", _("Assigned")
    ESCALATED = "escalated", _("Escalated to senior leadership")
    HANDLED = "handled", _("Handled")
    HIDDEN = "hidden", _("Hidden")
    DELETED = "deleted", _("Deleted")


S = CommentStatus

#: Statuses still waiting for someone: the queues show these.
OPEN = frozenset({S.NEW, S.ASSIGNED, S.ESCALATED})

COMMENT_GRAPH: Mapping[CommentStatus, frozenset[CommentStatus]] = {
    S.NEW: frozenset({S.ASSIGNED, S.ESCALATED, S.HANDLED, S.HIDDEN, S.DELETED}),
    S.ASSIGNED: frozenset({S.ASSIGNED, S.ESCALATED, S.HANDLED, S.HIDDEN, S.DELETED}),
    S.ESCALATED: frozenset({S.ASSIGNED, S.ESCALATED, S.HANDLED, S.HIDDEN, S.DELETED}),
    # A hidden comment can still be deleted, escalated (a later look finds more) or closed.
    S.HIDDEN: frozenset({S.HANDLED, S.DELETED, S.ESCALATED}),
    # Reopened by escalation when a person later sees more in it (e.g. marks it safeguarding).
    S.HANDLED: frozenset({S.ESCALATED, S.HIDDEN, S.DELETED}),
    S.DELETED: frozenset(),
}

check_graph(COMMENT_GRAPH, S.NEW)  # type: ignore[arg-type]
