"""The governors' report pages: a school's (HTML and PDF) and a trust's sum."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from safepost.reports import report as r
from safepost.reports.access import access_governors_report, access_trust_report
from safepost.reports.terms import LANGUAGES, LanguageError, Term, TermError, language, parse_term, term_of
from safepost.web.pages import page


def _choices(today: date) -> list[Term]:
    """The current term and the five before it, newest first."""
    terms = [term_of(today)]
    while len(terms) < 6:
        terms.append(terms[-1].previous())
    return terms


def _parse(request: HttpRequest) -> tuple[Term | None, str, str]:
    """(term, language, error): the current term and the page's language unless given."""
    today = timezone.localdate()
    lang = (get_language() or "en")[:2]
    try:
        lang = language(request.GET.get("lang"), default=lang if lang in LANGUAGES else "en")
    except LanguageError:
        return None, "en", _("Choose English or Welsh for the report.")
    try:
        return parse_term(request.GET.get("term") or term_of(today).key), lang, ""
    except TermError:
        return None, lang, _("Give the term as YYYY-autumn, YYYY-spring or YYYY-summer, for example 2026-autumn.")


@login_required
def show_governors_report(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_governors_report(request.user, school)
    term, lang, error = _parse(request)
    terms = _choices(timezone.localdate())
    if term is None:
        return page(request, "reports/governors.html", membership, status=400, error=error, terms=terms, lang=lang)
    report = r.school_report(membership.school, term, lang)
    pdf_url = reverse("reports:governors-report-pdf", kwargs={"school": school}) + "?" + \
        urlencode({"term": term.key, "lang": lang})
    return page(request, "reports/governors.html", membership, body=r.render_body(report), term=term,
                terms=terms if term in terms else [term, *terms], lang=lang, pdf_url=pdf_url)


@login_required
def governors_report_pdf(request: HttpRequest, school: str) -> HttpResponse:
    membership = access_governors_report(request.user, school)
    term, lang, error = _parse(request)
    if term is None:
        return page(request, "reports/governors.html", membership, status=400, error=error,
                    terms=_choices(timezone.localdate()), lang=lang)
    pdf = r.render_pdf(r.school_report(membership.school, term, lang))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="governors-report-{school}-{term.key}-{lang}.pdf"'
    return response


@login_required
def show_trust_report(request: HttpRequest, organisation: str) -> HttpResponse:
    org = access_trust_report(request.user, organisation)
    term, lang, error = _parse(request)
    terms = _choices(timezone.localdate())
    context = {"organisation": org, "terms": terms, "lang": lang, "error": error}
    if term is None:
        return render(request, "reports/trust.html", context, status=400)
    report = r.trust_report(org, term, lang)
    return render(request, "reports/trust.html", context | {"term": term, "body": r.render_body(report),
                                                             "terms": terms if term in terms else [term, *terms]})
