"""The SLA report: per account and month, how fast and how reliably comments were answered."""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.utils import timezone

from safepost.accounts.models import OfficialAccount
from safepost.inbox.models import Comment, Priority
from safepost.schools.models import School

LONDON = ZoneInfo("Europe/London")


@dataclass(frozen=True)
class AccountSla:
    account_id: int
    account: str
    volume: int
    needing_reply: int
    answered: int
    median_minutes: float | None
    p95_minutes: float | None
    on_time_share: float | None  # of comments needing a reply whose deadline has passed or were answered
    overdue_now: int


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """The month's start and the next month's start, London time."""
    start = datetime.combine(month.replace(day=1), time(), LONDON)
    nxt = (month.replace(day=28) + (date(2000, 1, 31) - date(2000, 1, 27))).replace(day=1)
    return start, datetime.combine(nxt, time(), LONDON)


def percentile(values: list[float], share: float) -> float | None:
    """The nearest-rank percentile (no interpolation: it is a time someone actually waited)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-int(share * 100) * len(ordered) // 100))
    return ordered[min(rank, len(ordered)) - 1]


def report(school: School, month: date, now: datetime | None = None) -> list[AccountSla]:
    """One row per account of the school, for comments received in ``month``."""
    start, end = month_bounds(month)
    return report_between(school, start, end, now)


def report_between(school: School, start: datetime, end: datetime, now: datetime | None = None) -> list[AccountSla]:
    """One row per account of the school, for comments received from ``start`` up to ``end``."""
    now = now or timezone.now()
    rows = []
    for account in OfficialAccount.objects.filter(school=school).order_by("name"):
        comments = comments_between(start, end, account=account)
        overdue = Comment.objects.filter(account=account, priority__lt=Priority.CLOSED, deadline__lt=now).count()
        rows.append(_row(account, figures(comments, now), overdue))
    return rows


#: (received_at, first_response_at, deadline, priority) of one comment: all the SLA needs.
Timing = tuple[datetime, datetime | None, datetime | None, int]


def comments_between(start: datetime, end: datetime, *, account: OfficialAccount | None = None,
                     school: School | None = None) -> list[Timing]:
    """The timings of the comments one account (or a whole school) received in ``[start, end)``."""
    rows = Comment.objects.filter(received_at__gte=start, received_at__lt=end)
    rows = rows.filter(account=account) if account is not None else rows.filter(school=school)
    return list(rows.values_list("received_at", "first_response_at", "deadline", "priority"))


@dataclass(frozen=True)
class Figures:
    """How fast and how reliably a set of comments was answered (the governors' report sums
    several accounts or schools by passing all their comments at once: medians do not add)."""

    volume: int
    needing_reply: int
    answered: int
    median_minutes: float | None
    p95_minutes: float | None
    on_time_share: float | None  # of comments needing a reply whose deadline has passed or were answered
    settled: int  # the share's denominator
    on_time: int  # the share's numerator


def figures(comments: list[Timing], now: datetime) -> Figures:
    timed = [(received, first, deadline) for received, first, deadline, _p in comments if deadline is not None]
    waits = [(first - received).total_seconds() / 60 for received, first, _d in timed if first is not None]
    # Settled: answered, or past its deadline unanswered (a comment still within time is neither).
    settled = [(first, deadline) for _r, first, deadline in timed if first is not None or deadline < now]
    on_time = sum(1 for first, deadline in settled if first is not None and first <= deadline)
    return Figures(
        volume=len(comments), needing_reply=len(timed), answered=len(waits),
        median_minutes=round(statistics.median(waits), 1) if waits else None,
        p95_minutes=None if not waits else round(percentile(waits, 0.95) or 0.0, 1),
        on_time_share=round(on_time / len(settled), 3) if settled else None, settled=len(settled), on_time=on_time)


def _row(account: OfficialAccount, f: Figures, overdue: int) -> AccountSla:
    return AccountSla(
        account_id=account.pk, account=account.name, volume=f.volume, needing_reply=f.needing_reply,
        answered=f.answered, median_minutes=f.median_minutes, p95_minutes=f.p95_minutes,
        on_time_share=f.on_time_share, overdue_now=overdue)


CSV_HEADER = ["account", "volume", "needing_reply", "answered", "median_minutes_to_first_response",
              "p95_minutes_to_first_response", "share_answered_on_time", "overdue_now"]


def as_csv(rows: list[AccountSla]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for r in rows:
        writer.writerow([_safe(r.account), r.volume, r.needing_reply, r.answered, _blank(r.median_minutes),
                         _blank(r.p95_minutes), _blank(r.on_time_share), r.overdue_now])
    return out.getvalue()


def _blank(value: float | None) -> str:
    return "" if value is None else str(value)


def _safe(cell: str) -> str:
    """No spreadsheet formulas from an account name."""
    return "'" + cell if cell[:1] in {"=", "+", "-", "@"} else cell
