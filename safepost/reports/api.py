"""The governors' report over the API: the same sections as the page, as JSON.

Mounted by ``"safepost.reports.api.router"`` in ``ROUTERS`` (safepost/web/api.py). The same
``access_governors_report`` as the page: a school whose report the token's user may not read is
a 404. Counts only, like the page.
"""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from ninja import Router, Schema

from safepost.reports import report as r
from safepost.reports.access import access_governors_report
from safepost.reports.terms import LanguageError, TermError, language, parse_term
from safepost.web.apitools import FieldError, user_of

router = Router(tags=["reports"])


class HeadlineOut(Schema):
    label: str
    value: str


class ChartRowOut(Schema):
    label: str
    values: list[float]


class ChartOut(Schema):
    title: str
    desc: str
    series: list[str]
    percent: bool
    rows: list[ChartRowOut]


class TableOut(Schema):
    caption: str
    header: list[str]
    rows: list[list[str]]


class SectionOut(Schema):
    key: str
    title: str
    headlines: list[HeadlineOut]
    charts: list[ChartOut]
    tables: list[TableOut]
    note: str


class ReportOut(Schema):
    school: str
    term: str
    first_day: date
    last_day: date
    until: date | None
    language: str
    sections: list[SectionOut]


@router.get("/schools/{slug:school}/reports/governors", response=ReportOut,
            summary="The governors' report for a term (YYYY-autumn|spring|summer), in en or cy")
def governors_report(request: HttpRequest, school: str, term: str, lang: str = "en") -> ReportOut:
    membership = access_governors_report(user_of(request), school)
    try:
        chosen = parse_term(term)
    except TermError as exc:
        raise FieldError("term", str(exc)) from None
    try:
        written_in = language(lang)
    except LanguageError as exc:
        raise FieldError("lang", str(exc)) from None
    report = r.school_report(membership.school, chosen, written_in)
    return ReportOut(school=report.heading, term=chosen.key, first_day=report.first_day, last_day=report.last_day,
                     until=report.until, language=written_in, sections=[_section(s.section) for s in report.sections])


def _section(s: r.Section) -> SectionOut:
    return SectionOut(
        key=s.key, title=s.title, note=s.note,
        headlines=[HeadlineOut(label=h.label, value=h.value) for h in s.headlines],
        charts=[ChartOut(title=c.title, desc=c.desc, series=list(c.series), percent=c.percent,
                         rows=[ChartRowOut(label=label, values=list(values)) for label, values in c.rows])
                for c in s.charts],
        tables=[TableOut(caption=t.caption, header=list(t.header), rows=[list(row) for row in t.rows]) for t in s.tables])
