"""Building the governors' report for a school or a trust, and rendering it as HTML and PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.template.loader import render_to_string
from django.utils import formats, timezone, translation

from safepost.reports.charts import Layout, layout
from safepost.reports.sections import Builder, Scope, Section, build_sections
from safepost.reports.terms import Term
from safepost.schools.models import Organisation, School


@dataclass(frozen=True)
class ShownSection:
    section: Section
    charts: tuple[tuple[str, Layout], ...]  # (an id for the SVG's title and desc, the chart)


@dataclass(frozen=True)
class Report:
    heading: str  # the school's (or trust's) name in the report's language
    term: Term
    term_label: str
    first_day: date
    last_day: date
    generated: str
    sections: tuple[ShownSection, ...]
    language: str
    schools: tuple[str, ...]  # for a trust: the schools summed
    trust: bool
    until: date | None  # the term is not over: the figures run to this day


def school_days(school: School, term: Term) -> tuple[date, date]:
    """The term's first and last day at this school: its own term dates when its settings have them."""
    from safepost.policies.bridge import engine_for

    context, _policy, _note = engine_for(school)
    return term.days(context.terms)


def school_scope(school: School, term: Term, now: datetime | None = None) -> Scope:
    return Scope(schools=(school,), term=term, now=now or timezone.now(), days={school.pk: school_days(school, term)})


def trust_scope(organisation: Organisation, term: Term, now: datetime | None = None) -> Scope:
    schools = tuple(School.objects.filter(organisation=organisation).order_by("name"))
    return Scope(schools=schools, term=term, now=now or timezone.now(),
                 days={s.pk: school_days(s, term) for s in schools}, trust=True)


def _name(school: School, lang: str) -> str:
    return school.name_cy if lang == "cy" and school.name_cy else school.name


def build(scope: Scope, lang: str, heading: str = "", builders: list[Builder] | None = None) -> Report:
    """Every section of the report, in ``lang`` (the builders translate as they go)."""
    today = timezone.localdate(scope.now)
    with translation.override(lang):
        sections = build_sections(scope, builders)
        return Report(
            heading=heading or (_name(scope.schools[0], lang) if scope.schools else ""),
            term=scope.term, term_label=scope.term.label(), first_day=scope.first_day(), last_day=scope.last_day(),
            generated=formats.date_format(timezone.localtime(scope.now), "j F Y, H:i"),
            sections=tuple(ShownSection(s, tuple((f"chart-{s.key}-{i}", layout(c)) for i, c in enumerate(s.charts)))
                           for s in sections),
            language=lang, schools=tuple(_name(s, lang) for s in scope.schools), trust=scope.trust,
            until=today if today < scope.last_day() else None)


def school_report(school: School, term: Term, lang: str, now: datetime | None = None) -> Report:
    return build(school_scope(school, term, now), lang)


def trust_report(organisation: Organisation, term: Term, lang: str, now: datetime | None = None) -> Report:
    return build(trust_scope(organisation, term, now), lang, heading=organisation.name)


def render_body(report: Report) -> str:
    """The report's content (no page chrome), shared by the web page and the PDF."""
    with translation.override(report.language):
        return render_to_string("reports/_report.html", {"report": report})


def render_pdf(report: Report) -> bytes:
    """A4 PDF through WeasyPrint (imported here: only the PDF needs it)."""
    from weasyprint import HTML

    with translation.override(report.language):
        html = render_to_string("reports/pdf.html", {"report": report, "body": render_body(report)})
    pdf: bytes = HTML(string=html).write_pdf()
    return pdf
