"""School terms as the governors' report counts them: ``YYYY-autumn|spring|summer``.

Without term dates from the school, a term runs over the standard English bounds, which tile
the calendar year so every day belongs to exactly one term: autumn 1 September - 31 December,
spring 1 January - 31 March, summer 1 April - 31 August. ``YYYY`` is the calendar year the term
falls in (2026-autumn is September to December 2026; 2027-spring follows it). Easter moves, so
spring does not end at Easter: a fixed boundary keeps reports of different years comparable.

When the school's settings list term dates (``SchoolContext.terms``), the term is the first
start to the last end of the school's ranges that start inside the standard bounds (half terms
may be listed separately); activity in the holidays between then falls in no term.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from safepost.engine.school import DateRange

LONDON = ZoneInfo("Europe/London")
SEASONS = ("autumn", "spring", "summer")
TERM_PATTERN = re.compile(r"(\d{4})-(autumn|spring|summer)")


#: The languages a report is written in.
LANGUAGES = ("en", "cy")


class LanguageError(ValueError):
    pass


def language(value: str | None, default: str = "en") -> str:
    """``en`` or ``cy``; anything else is refused with the choices named."""
    chosen = (value or default).strip().lower()
    if chosen not in LANGUAGES:
        raise LanguageError(f"{value!r} is not a report language: give en (English) or cy (Welsh)")
    return chosen


class TermError(ValueError):
    """A term that is not ``YYYY-autumn``, ``YYYY-spring`` or ``YYYY-summer``."""


@dataclass(frozen=True)
class Term:
    year: int
    season: str

    @property
    def key(self) -> str:
        return f"{self.year}-{self.season}"

    def standard_bounds(self) -> tuple[date, date]:
        """First and last day (inclusive) of the standard English term."""
        if self.season == "autumn":
            return date(self.year, 9, 1), date(self.year, 12, 31)
        if self.season == "spring":
            return date(self.year, 1, 1), date(self.year, 3, 31)
        return date(self.year, 4, 1), date(self.year, 8, 31)

    def days(self, school_terms: Sequence[DateRange] = ()) -> tuple[date, date]:
        """First and last day (inclusive): the school's own term dates if it has them."""
        first, last = self.standard_bounds()
        own = [r for r in school_terms if first <= r.start <= last]
        if own:
            return min(r.start for r in own), max(r.end for r in own)
        return first, last

    def label(self) -> str:
        names = {"autumn": _("Autumn term %(year)s"), "spring": _("Spring term %(year)s"),
                 "summer": _("Summer term %(year)s")}
        return names[self.season] % {"year": self.year}

    def previous(self) -> Term:
        index = SEASONS.index(self.season)
        if self.season == "spring":
            return Term(self.year - 1, "autumn")
        return Term(self.year, SEASONS[index - 1] if index else "summer")

    def next(self) -> Term:
        if self.season == "autumn":
            return Term(self.year + 1, "spring")
        return Term(self.year, "summer" if self.season == "spring" else "autumn")


def parse_term(value: str) -> Term:
    """``2026-autumn`` -> Term; anything else raises TermError saying what a term looks like."""
    match = TERM_PATTERN.fullmatch(value.strip().lower())
    if match is None or not 2000 <= int(match.group(1)) <= 2100:
        raise TermError(f"{value!r} is not a term: give YYYY-autumn, YYYY-spring or YYYY-summer, "
                        "for example 2026-autumn")
    return Term(int(match.group(1)), match.group(2))


def term_of(day: date) -> Term:
    """The standard term a day falls in."""
    if day.month >= 9:
        return Term(day.year, "autumn")
    return Term(day.year, "spring" if day.month <= 3 else "summer")


def instants(first: date, last: date) -> tuple[datetime, datetime]:
    """``[start, end)`` in London time: midnight of the first day to midnight after the last."""
    return datetime.combine(first, time(), LONDON), datetime.combine(last + timedelta(days=1), time(), LONDON)


def months(first: date, last: date) -> list[date]:
    """The first day of every month the range touches."""
    out, month = [], first.replace(day=1)
    while month <= last:
        out.append(month)
        month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out
