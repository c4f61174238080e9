"""`response_deadline`: when a comment must have had a reply (pontlliw: Monitoring).

The rule, as the policies state it: every comment, query or complaint is answered "within 24
hours (or on the next working day if received at a weekend)". How safepost reads it:

* **Time zone.** Everything is decided in Europe/London, whatever zone ``received_at`` is in.
  A naive ``received_at`` is taken to be London time.
* **Working day.** Monday to Friday, except the bank holidays of the school's nation (the
  ``holidays`` library's UK subdivisions: England and Wales share theirs; Scotland has 2 January,
  St Andrew's Day and an August holiday at the start of the month but no Easter Monday;
  Northern Ireland adds St Patrick's Day and the Battle of the Boyne) and the school's own
  closure days (``closures`` in school.toml). With ``use_terms=True`` days outside the school's
  terms (``terms``) are not working days either.
* **Received on a working day:** the deadline is ``deadlines.response_hours`` (24) later, counted
  on the London clock: the same clock time the next day, even when the clocks change overnight
  (so the window is then 23 or 25 real hours). The deadline is not moved if it falls on a
  weekend: the policy asks for monitoring seven days a week, and only a comment *received* at a
  weekend earns the longer wait.
* **Received on a day that is not a working day** (weekend, bank holiday, closure): the end of
  the next working day, ``deadlines.working_day_ends`` (17:00 unless the pack says otherwise),
  London time.
* ``deadlines.weekend: same-hours`` turns the exception off: always ``response_hours`` later.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from safepost.engine.errors import InputError
from safepost.engine.policy import Policy
from safepost.engine.school import Nation, SchoolContext

LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")

SUBDIVISION = {
    Nation.ENGLAND: "ENG",
    Nation.WALES: "WLS",
    Nation.SCOTLAND: "SCT",
    Nation.NORTHERN_IRELAND: "NIR",
}

#: A school cannot be closed for longer than this; stops a bad calendar from looping for ever.
MAX_SEARCH_DAYS = 400


def response_deadline(
    received_at: datetime, school: SchoolContext, policy: Policy, *, use_terms: bool = False
) -> datetime:
    """The time (Europe/London, aware) by which a comment received at ``received_at`` needs a reply."""
    local = to_london(received_at)
    rules = policy.deadlines
    if rules.weekend == "same-hours" or is_working_day(local.date(), school, use_terms=use_terms):
        return add_wall_hours(local, rules.response_hours)
    day = next_working_day(local.date(), school, use_terms=use_terms)
    return at_london(day, working_day_end(policy))


def to_london(moment: datetime) -> datetime:
    """``moment`` on the London clock; a naive value is taken to be London time already."""
    if moment.tzinfo is None:
        return at_london(moment.date(), moment.time().replace(tzinfo=None), fold=moment.fold)
    return moment.astimezone(LONDON)


def at_london(day: date, clock: time, fold: int = 0) -> datetime:
    """A London wall-clock time made real: a time skipped by the spring change moves forward."""
    naive = datetime.combine(day, clock).replace(fold=fold)
    return naive.replace(tzinfo=LONDON).astimezone(UTC).astimezone(LONDON)


def add_wall_hours(local: datetime, hours: int) -> datetime:
    """``hours`` later on the London clock (24 hours = the same clock time the next day)."""
    later = local.replace(tzinfo=None) + timedelta(hours=hours)
    return at_london(later.date(), later.time(), fold=0)


def working_day_end(policy: Policy) -> time:
    """``deadlines.working_day_ends`` as a time; the pack is checked, so a bad value is reported."""
    raw = policy.deadlines.working_day_ends
    try:
        return time.fromisoformat(raw)
    except ValueError:
        raise InputError(f"{raw!r} is not a time of day such as 17:00", key="deadlines.working_day_ends") from None


def is_working_day(day: date, school: SchoolContext, *, use_terms: bool = False) -> bool:
    """Monday to Friday, not a bank holiday of the school's nation, not a closure day."""
    if day.weekday() >= 5 or day in bank_holidays(school.nation, day.year):
        return False
    if any(day in closure for closure in school.closures):
        return False
    return not (use_terms and school.terms and not any(day in term for term in school.terms))


def next_working_day(day: date, school: SchoolContext, *, use_terms: bool = False) -> date:
    """The first working day after ``day``."""
    for offset in range(1, MAX_SEARCH_DAYS):
        candidate = day + timedelta(days=offset)
        if is_working_day(candidate, school, use_terms=use_terms):
            return candidate
    raise InputError(f"no working day within {MAX_SEARCH_DAYS} days of {day}: check closures and terms")


@lru_cache(maxsize=64)
def bank_holidays(nation: Nation, year: int) -> frozenset[date]:
    """The bank holidays of a UK nation in one year (substitute days included)."""
    table = holidays.country_holidays("GB", subdiv=SUBDIVISION[nation], years=year)
    return frozenset(table.keys())
