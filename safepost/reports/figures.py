"""The numbers of the governors' report, gathered per school and summed over a scope.

Every function takes the scope's periods, ``(school, start, end)`` with ``[start, end)`` in
London time, so one school's report and a trust's sum are the same code. Only counts and
durations leave this module: never a name, a post's words or a comment's text.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from safepost.inbox import sla
from safepost.posts.models import Publication, Revision, Takedown
from safepost.posts.states import TakedownStatus
from safepost.reports.terms import LONDON, months
from safepost.schools.models import School

Period = tuple[School, datetime, datetime]


@dataclass(frozen=True)
class RuleCount:
    rule: str
    found: int  # posts with a revision checked in the term on which the rule found something
    blocked: int  # ... on which it blocked
    published: int  # posts published in the term whose published words carry the rule's finding


@dataclass(frozen=True)
class PostFigures:
    posts_checked: int  # posts with at least one revision (one engine check) in the term
    checks: int  # revisions checked
    posts_blocked: int  # posts on which at least one check blocked
    posts_published: int  # posts published in the term (on any account)
    rules: tuple[RuleCount, ...]  # most found first


def post_figures(periods: Sequence[Period]) -> PostFigures:
    checked: set[int] = set()
    blocked: set[int] = set()
    published: set[int] = set()
    found_by: dict[str, set[int]] = defaultdict(set)
    blocked_by: dict[str, set[int]] = defaultdict(set)
    published_by: dict[str, set[int]] = defaultdict(set)
    checks = 0
    for school, start, end in periods:
        revisions = Revision.objects.filter(post__school=school, created_at__gte=start, created_at__lt=end)
        for post_id, verdict, findings in revisions.values_list("post_id", "verdict", "findings").iterator():
            checks += 1
            checked.add(post_id)
            if verdict == "block":
                blocked.add(post_id)
            for finding in findings or ():
                found_by[finding["rule"]].add(post_id)
                if finding.get("severity") == "block":
                    blocked_by[finding["rule"]].add(post_id)
        publications = Publication.objects.filter(post__school=school, published_at__gte=start, published_at__lt=end)
        for post_id, findings in publications.values_list("post_id", "revision__findings").iterator():
            published.add(post_id)
            for finding in findings or ():
                published_by[finding["rule"]].add(post_id)
    rules = sorted(set(found_by) | set(published_by),
                   key=lambda r: (-len(found_by[r]), -len(published_by[r]), r))
    return PostFigures(
        posts_checked=len(checked), checks=checks, posts_blocked=len(blocked), posts_published=len(published),
        rules=tuple(RuleCount(r, len(found_by[r]), len(blocked_by[r]), len(published_by[r])) for r in rules))


@dataclass(frozen=True)
class MonthFigures:
    month: date
    figures: sla.Figures


@dataclass(frozen=True)
class InboxFigures:
    overall: sla.Figures
    months: tuple[MonthFigures, ...]
    accounts: tuple[sla.AccountSla, ...]  # one school only; a trust's report has none


def inbox_figures(periods: Sequence[Period], now: datetime, per_account: bool) -> InboxFigures:
    """The inbox SLA (safepost.inbox.sla's own arithmetic) over the term, and per month."""
    timings: list[sla.Timing] = []
    accounts: list[sla.AccountSla] = []
    for school, start, end in periods:
        timings.extend(sla.comments_between(start, end, school=school))
        if per_account:
            accounts.extend(sla.report_between(school, start, end, now))
    by_month: dict[date, list[sla.Timing]] = defaultdict(list)
    for timing in timings:
        by_month[timing[0].astimezone(LONDON).date().replace(day=1)].append(timing)
    months = [month for school, start, end in periods for month in _months_between(start, end)]
    return InboxFigures(
        overall=sla.figures(timings, now),
        months=tuple(MonthFigures(m, sla.figures(by_month.get(m, []), now)) for m in sorted(set(months))),
        accounts=tuple(accounts))


def _months_between(start: datetime, end: datetime) -> list[date]:
    """The months ``[start, end)`` touches (``end`` is the midnight after the last day)."""
    last = (end - timedelta(microseconds=1)).astimezone(LONDON).date()
    return months(start.astimezone(LONDON).date(), last)


#: Upper bounds (hours, exclusive) of the takedown speed bands; the last band is everything slower.
SPEED_BANDS = (1, 6, 24)


@dataclass(frozen=True)
class TakedownFigures:
    opened: int  # takedowns opened in the term (a withdrawal of consent met a published post)
    done: int
    done_on_time: int  # done by the pack's deadline (24 hours by default)
    still_open: int
    overdue_now: int  # still open and past the deadline
    median_hours: float | None  # from opening to done, of those done
    slowest_hours: float | None
    bands: tuple[int, ...]  # done within 1 h, 1-6 h, 6-24 h, slower (len(SPEED_BANDS) + 1)


def takedown_figures(periods: Sequence[Period], now: datetime) -> TakedownFigures:
    rows: list[tuple[datetime, datetime, datetime | None, str]] = []
    for school, start, end in periods:
        rows.extend(Takedown.objects.filter(school=school, created_at__gte=start, created_at__lt=end)
                    .values_list("created_at", "due_at", "done_at", "status"))
    done = [(created, due, finished) for created, due, finished, status in rows
            if status == TakedownStatus.DONE and finished is not None]
    hours = [(finished - created).total_seconds() / 3600 for created, _due, finished in done]
    bands = [0] * (len(SPEED_BANDS) + 1)
    for h in hours:
        bands[next((i for i, bound in enumerate(SPEED_BANDS) if h < bound), len(SPEED_BANDS))] += 1
    still_open = [due for _c, due, _f, status in rows if status == TakedownStatus.OPEN]
    return TakedownFigures(
        opened=len(rows), done=len(done), done_on_time=sum(1 for _c, due, finished in done if finished <= due),
        still_open=len(still_open), overdue_now=sum(1 for due in still_open if due < now),
        median_hours=round(statistics.median(hours), 1) if hours else None,
        slowest_hours=round(max(hours), 1) if hours else None, bands=tuple(bands))
