"""The queues: urgent first (safeguarding, threats, hate), then overdue, due today, the rest.

One ordering serves every queue: ``priority`` (urgent 0, normal 1; closed rows are 9 and never
listed), then ``deadline`` (overdue ones come first because their deadline is earliest), so
each queue is a range scan of one index: ``(school|account|assignee, priority, deadline)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import QuerySet
from django.db.models.functions import Substr
from django.utils import timezone

from safepost.inbox.models import Comment, Priority

#: Amber from this long before the deadline (Hootsuite's "due soon").
DUE_SOON = timedelta(hours=4)
PAGE_SIZE = 25
#: Characters of a comment shown in a queue (the page shows the rest).
PREVIEW_CHARS = 160
QUEUES = ("all", "mine", "unassigned")


def open_comments(school_id: int) -> QuerySet[Comment]:
    return Comment.objects.filter(school_id=school_id, priority__lt=Priority.CLOSED)


def queue(school_id: int, *, name: str = "all", user_id: int | None = None,
          account_id: int | None = None) -> QuerySet[Comment]:
    """The open comments of one queue, most urgent first."""
    rows = open_comments(school_id)
    if name == "mine":
        rows = rows.filter(assignee_id=user_id)
    elif name == "unassigned":
        rows = rows.filter(assignee__isnull=True)
    if account_id is not None:
        rows = rows.filter(account_id=account_id)
    return rows.order_by("priority", "deadline", "pk")


def listing(rows: QuerySet[Comment]) -> QuerySet[Comment]:
    """What a queue page shows: a short preview instead of the whole text, none of the JSON."""
    return (rows.select_related("account", "assignee")
            .defer("text", "evidence", "actions", "findings", "notes", "url", "parent_remote_id", "post_remote_id")
            .annotate(preview=Substr("text", 1, PREVIEW_CHARS)))


@dataclass(frozen=True)
class QueuePage:
    """One page of a queue, found without counting the whole queue (one row more tells if there
    is a next page): a school with thousands of open comments pays for 25 rows, not all of them."""

    rows: list[Comment]
    number: int

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return len(self.rows) > PAGE_SIZE

    @property
    def items(self) -> list[Comment]:
        return self.rows[:PAGE_SIZE]


def page_of(rows: QuerySet[Comment], number: str | None) -> QueuePage:
    try:
        wanted = max(1, min(int(number or 1), 10_000))
    except ValueError:
        wanted = 1
    start = (wanted - 1) * PAGE_SIZE
    return QueuePage(list(listing(rows)[start:start + PAGE_SIZE + 1]), wanted)


@dataclass(frozen=True)
class Sla:
    """Where a comment stands against its deadline: a word and a colour class."""

    state: str  # urgent | overdue | due-soon | due-today | on-time | none
    label: str


def sla_of(comment: Comment, now: datetime | None = None) -> Sla:
    now = now or timezone.now()
    if comment.deadline is None:
        return Sla("none", "no reply needed")
    if comment.deadline < now:
        return Sla("overdue", "overdue")
    if comment.deadline - now <= DUE_SOON:
        return Sla("due-soon", "due soon")
    if timezone.localdate(comment.deadline) == timezone.localdate(now):
        return Sla("due-today", "due today")
    return Sla("on-time", "on time")


def group_of(comment: Comment, now: datetime | None = None) -> str:
    """The heading a comment is listed under."""
    if comment.priority == Priority.URGENT:
        return "urgent"
    state = sla_of(comment, now).state
    return {"overdue": "overdue", "due-soon": "due today", "due-today": "due today"}.get(state, "later")
