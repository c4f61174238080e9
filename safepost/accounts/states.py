"""State graphs for applications and accounts, checked when the module is imported."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from django.db import models
from django.utils.translation import gettext_lazy as _


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for a decision")
    APPROVED = "approved", _("Approved: waiting for the account to be created")
    REJECTED = "rejected", _("Rejected")
    CREATED = "created", _("Account created")


class AccountStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    FLAGGED = "flagged", _("Flagged: transfer or close it")
    CLOSED = "closed", _("Closed")


APPLICATION_GRAPH: Mapping[ApplicationStatus, frozenset[ApplicationStatus]] = {
    ApplicationStatus.SUBMITTED: frozenset({ApplicationStatus.APPROVED, ApplicationStatus.REJECTED}),
    ApplicationStatus.APPROVED: frozenset({ApplicationStatus.CREATED}),
    ApplicationStatus.REJECTED: frozenset(),
    ApplicationStatus.CREATED: frozenset(),
}

ACCOUNT_GRAPH: Mapping[AccountStatus, frozenset[AccountStatus]] = {
    AccountStatus.ACTIVE: frozenset({AccountStatus.FLAGGED, AccountStatus.CLOSED}),
    AccountStatus.FLAGGED: frozenset({AccountStatus.ACTIVE, AccountStatus.CLOSED}),
    AccountStatus.CLOSED: frozenset(),
}


class InvalidTransition(Exception):
    """A status change the graph does not allow (e.g. approving a rejected application)."""


def check_graph(graph: Mapping[StrEnum, frozenset[StrEnum]], start: StrEnum) -> None:
    """Every status has an entry, every target is a status, and every status is reachable."""
    members = set(type(start))
    if set(graph) != members:
        raise AssertionError(f"graph for {type(start).__name__} misses {members - set(graph)}")
    seen, todo = {start}, [start]
    while todo:
        for target in graph[todo.pop()]:
            if target not in members:
                raise AssertionError(f"{target!r} is not a {type(start).__name__}")
            if target not in seen:
                seen.add(target)
                todo.append(target)
    if seen != members:
        raise AssertionError(f"unreachable {type(start).__name__}: {members - seen}")


#: One state graph's own enum (application or account statuses).
S = TypeVar("S", bound=StrEnum)


def require(graph: Mapping[S, frozenset[S]], current: str, target: S) -> None:
    """Raise :class:`InvalidTransition` unless ``current -> target`` is an edge of ``graph``."""
    source = type(target)(current)
    if target not in graph[source]:
        raise InvalidTransition(f"cannot go from {source.value} to {target.value}")


check_graph(APPLICATION_GRAPH, ApplicationStatus.SUBMITTED)  # type: ignore[arg-type]
check_graph(ACCOUNT_GRAPH, AccountStatus.ACTIVE)  # type: ignore[arg-type]
