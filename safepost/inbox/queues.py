"""The queues: urgent first (safeguarding, threats, hate), then overdue, due today, the rest.

One ordering serves every queue: ``priority`` (urgent 0, normal 1; closed rows are 9 and never
listed), then ``deadline`` (overdue ones come first because their deadline is earliest), so
each queue is a range scan of one index: ``(school|account|assignee, priority, deadline)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.dates import MONTHS_3, WEEKDAYS_ABBR
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from safepost.inbox.models import Comment, Priority

if TYPE_CHECKING:  # django-stubs' helper types are for the type checker only, not a runtime dependency
    from django_stubs_ext import StrOrPromise

#: Amber from this long before the deadline (Hootsuite's "due soon").
DUE_SOON = timedelta(hours=4)
PAGE_SIZE = 25
#: Characters of a comment shown in a queue (the page shows the rest); the database sends one
#: more, so a longer comment is cut with an ellipsis without reading its whole text.
PREVIEW_CHARS = 140
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
            .annotate(preview=Substr("text", 1, PREVIEW_CHARS + 1)))


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
    label: StrOrPromise  # translated lazily: in the language of the page that prints it


def sla_of(comment: Comment, now: datetime | None = None) -> Sla:
    now = now or timezone.now()
    if comment.deadline is None:
        return Sla("none", _("no reply needed"))
    if comment.deadline < now:
        return Sla("overdue", _("overdue"))
    if comment.deadline - now <= DUE_SOON:
        return Sla("due-soon", _("due soon"))
    if timezone.localdate(comment.deadline) == timezone.localdate(now):
        return Sla("due-today", _("due today"))
    return Sla("on-time", _("on time"))


def group_of(comment: Comment, now: datetime | None = None) -> str:
    """The heading a comment is listed under."""
    if comment.priority == Priority.URGENT:
        return "urgent"
    state = sla_of(comment, now).state
    return {"overdue": "overdue", "due-soon": "due today", "due-today": "due today"}.get(state, "later")


@dataclass(frozen=True)
class QueueRow:
    """One line of a queue, ready to print: the template only writes these out.

    The queue page is the most requested page; building its 25 lines here (one translation of
    each word per page, the deadline formatted without the template engine's date filter, the
    preview cut in Python) keeps the template to plain variables."""

    pk: int
    category: str
    preview: str
    account: str
    due: str
    sla_state: str
    sla_label: str
    assignee: str
    urgent: bool


def short_preview(text: str) -> str:
    """``text`` cut to PREVIEW_CHARS characters with an ellipsis (the template's truncatechars)."""
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS - 1] + "\u2026"


def short_deadline(deadline: datetime | None) -> str:
    """``Mon 7 Dec 17:00`` in the school's time zone and the page's language; ``-`` for none."""
    if deadline is None:
        return "-"
    local = timezone.localtime(deadline)
    return f"{WEEKDAYS_ABBR[local.weekday()]} {local.day} {str(MONTHS_3[local.month]).title()} {local:%H:%M}"


def rows_of(comments: list[Comment], now: datetime) -> list[tuple[str, list[QueueRow]]]:
    """The page's comments as lines, under their group's heading, in queue order."""
    nobody = gettext("unassigned")
    labels: dict[str, str] = {}
    groups: list[tuple[str, list[QueueRow]]] = []
    for comment in comments:
        group = group_of(comment, now)
        sla = sla_of(comment, now)
        label = labels.setdefault(sla.state, str(sla.label))
        row = QueueRow(pk=comment.pk, category=comment.category, preview=short_preview(getattr(comment, "preview", "")),
                       account=comment.account.name, due=short_deadline(comment.deadline), sla_state=sla.state,
                       sla_label=label, assignee=comment.assignee.get_username() if comment.assignee else nobody,
                       urgent=group == "urgent")
        if not groups or groups[-1][0] != group:
            groups.append((group, []))
        groups[-1][1].append(row)
    return groups
