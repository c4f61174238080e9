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
    now = now or timezone.now()
    start, end = month_bounds(month)
    rows = []
    for account in OfficialAccount.objects.filter(school=school).order_by("name"):
        comments = list(Comment.objects.filter(account=account, received_at__gte=start, received_at__lt=end)
                        .values_list("received_at", "first_response_at", "deadline", "priority"))
        rows.append(_row(account, comments, now))
    return rows


def _row(account: OfficialAccount, comments: list[tuple[datetime, datetime | None, datetime | None, int]],
         now: datetime) -> AccountSla:
    timed = [(received, first, deadline) for received, first, deadline, _p in comments if deadline is not None]
    waits = [(first - received).total_seconds() / 60 for received, first, _d in timed if first is not None]
    # Settled: answered, or past its deadline unanswered (a comment still within time is neither).
    settled = [(first, deadline) for _r, first, deadline in timed if first is not None or deadline < now]
    on_time = sum(1 for first, deadline in settled if first is not None and first <= deadline)
    overdue = Comment.objects.filter(account=account, priority__lt=Priority.CLOSED, deadline__lt=now).count()
    return AccountSla(
        account_id=account.pk, account=account.name, volume=len(comments), needing_reply=len(timed),
        answered=len(waits), median_minutes=round(statistics.median(waits), 1) if waits else None,
        p95_minutes=None if not waits else round(percentile(waits, 0.95) or 0.0, 1),
        on_time_share=round(on_time / len(settled), 3) if settled else None, overdue_now=overdue)


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
