"""The 24-hour / next-working-day rule, checked against hand-worked dates (Europe/London)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from safepost.engine.errors import InputError
from safepost.engine.policy import Deadlines, Policy
from safepost.engine.school import DateRange, Nation, SchoolContext
from safepost.engine.triage.deadlines import response_deadline

ENG, WLS, SCT, NIR = Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND
POLICY = Policy(id="t", name="t")
SAME_HOURS = Policy(id="t", name="t", deadlines=Deadlines(weekend="same-hours"))

# (received_at, nation, expected deadline, why)
CASES = [
    # a working day: 24 hours later, even when that lands on a weekend
    ("2025-01-08T10:00+00:00", ENG, "2025-01-09T10:00+00:00", "Wednesday"),
    ("2025-01-09T16:30+00:00", ENG, "2025-01-10T16:30+00:00", "Thursday afternoon"),
    ("2025-01-10T09:00+00:00", ENG, "2025-01-11T09:00+00:00", "Friday: due Saturday, not moved"),
    ("2025-01-10T23:59+00:00", ENG, "2025-01-11T23:59+00:00", "Friday night"),
    ("2025-01-06T00:00+00:00", ENG, "2025-01-07T00:00+00:00", "Monday midnight"),
    # weekends: end of the next working day
    ("2025-01-11T10:00+00:00", ENG, "2025-01-13T17:00+00:00", "Saturday"),
    ("2025-01-12T23:30+00:00", ENG, "2025-01-13T17:00+00:00", "Sunday night"),
    ("2025-01-11T00:00+00:00", WLS, "2025-01-13T17:00+00:00", "Saturday midnight"),
    ("2025-01-12T12:00+00:00", SCT, "2025-01-13T17:00+00:00", "Sunday, Scotland"),
    # New Year (Scotland also has 2 January)
    ("2025-01-01T12:00+00:00", ENG, "2025-01-02T17:00+00:00", "New Year's Day"),
    ("2025-01-01T12:00+00:00", SCT, "2025-01-03T17:00+00:00", "New Year's Day, Scotland: 2 January too"),
    ("2024-12-31T12:00+00:00", ENG, "2025-01-01T12:00+00:00", "New Year's Eve is a working day"),
    # Easter 2025: Good Friday 18 April, Easter Monday 21 April (not a holiday in Scotland)
    ("2025-04-18T09:00+01:00", ENG, "2025-04-22T17:00+01:00", "Good Friday"),
    ("2025-04-18T09:00+01:00", SCT, "2025-04-21T17:00+01:00", "Good Friday, Scotland"),
    ("2025-04-19T11:00+01:00", ENG, "2025-04-22T17:00+01:00", "Easter Saturday"),
    ("2025-04-21T08:00+01:00", WLS, "2025-04-22T17:00+01:00", "Easter Monday, Wales"),
    ("2025-04-21T08:00+01:00", SCT, "2025-04-22T08:00+01:00", "Easter Monday is a working day in Scotland"),
    ("2025-04-21T08:00+01:00", NIR, "2025-04-22T17:00+01:00", "Easter Monday, Northern Ireland"),
    ("2025-04-17T15:00+01:00", ENG, "2025-04-18T15:00+01:00", "Maundy Thursday"),
    # Easter 2024: the clocks went forward on Easter Sunday
    ("2024-03-29T10:00+00:00", ENG, "2024-04-02T17:00+01:00", "Good Friday 2024, across the clock change"),
    ("2024-03-29T10:00+00:00", SCT, "2024-04-01T17:00+01:00", "Good Friday 2024, Scotland"),
    # early May and spring bank holidays
    ("2025-05-03T11:00+01:00", ENG, "2025-05-06T17:00+01:00", "Saturday before the early May bank holiday"),
    ("2025-05-05T10:00+01:00", WLS, "2025-05-06T17:00+01:00", "early May bank holiday"),
    ("2025-05-05T10:00+01:00", SCT, "2025-05-06T17:00+01:00", "May Day, Scotland"),
    ("2025-05-02T10:00+01:00", ENG, "2025-05-03T10:00+01:00", "Friday before the bank holiday"),
    ("2025-05-25T10:00+01:00", ENG, "2025-05-27T17:00+01:00", "Sunday before the spring bank holiday"),
    # summer bank holidays differ
    ("2025-08-04T10:00+01:00", SCT, "2025-08-05T17:00+01:00", "Scottish summer bank holiday"),
    ("2025-08-04T10:00+01:00", ENG, "2025-08-05T10:00+01:00", "a working day in England"),
    ("2025-08-25T10:00+01:00", ENG, "2025-08-26T17:00+01:00", "late summer bank holiday"),
    ("2025-08-25T10:00+01:00", SCT, "2025-08-26T10:00+01:00", "a working day in Scotland"),
    # Christmas
    ("2025-12-24T14:00+00:00", ENG, "2025-12-25T14:00+00:00", "Christmas Eve is a working day"),
    ("2025-12-25T10:00+00:00", ENG, "2025-12-29T17:00+00:00", "Christmas Day"),
    ("2025-12-26T10:00+00:00", WLS, "2025-12-29T17:00+00:00", "Boxing Day"),
    ("2025-12-27T10:00+00:00", NIR, "2025-12-29T17:00+00:00", "Saturday after Christmas"),
    ("2026-12-25T10:00+00:00", ENG, "2026-12-29T17:00+00:00", "Christmas 2026: Boxing Day moved to Monday"),
    # St Andrew's Day (30 November 2025 is a Sunday: observed on Monday 1 December)
    ("2025-11-30T10:00+00:00", SCT, "2025-12-02T17:00+00:00", "St Andrew's Day, Scotland"),
    ("2025-11-30T10:00+00:00", ENG, "2025-12-01T17:00+00:00", "an ordinary Sunday in England"),
    ("2025-12-01T09:00+00:00", SCT, "2025-12-02T17:00+00:00", "St Andrew's Day observed"),
    ("2025-12-01T09:00+00:00", ENG, "2025-12-02T09:00+00:00", "a working Monday in England"),
    ("2026-11-30T12:00+00:00", SCT, "2026-12-01T17:00+00:00", "St Andrew's Day 2026, a Monday"),
    # Northern Ireland
    ("2025-03-17T10:00+00:00", NIR, "2025-03-18T17:00+00:00", "St Patrick's Day"),
    ("2025-03-17T10:00+00:00", ENG, "2025-03-18T10:00+00:00", "St Patrick's Day is a working day in England"),
    ("2025-07-14T10:00+01:00", NIR, "2025-07-15T17:00+01:00", "Battle of the Boyne, observed"),
    ("2025-07-12T10:00+01:00", NIR, "2025-07-15T17:00+01:00", "the Twelfth on a Saturday"),
    # clock changes (30 March and 26 October 2025)
    ("2025-03-29T12:00+00:00", ENG, "2025-03-31T17:00+01:00", "weekend across the spring change"),
    ("2025-03-27T12:00+00:00", ENG, "2025-03-28T12:00+00:00", "before the spring change"),
    ("2025-03-28T09:30+00:00", ENG, "2025-03-29T09:30+00:00", "Friday before the spring change"),
    ("2025-10-24T10:00+01:00", ENG, "2025-10-25T10:00+01:00", "Friday before the autumn change"),
    ("2025-10-25T10:00+01:00", ENG, "2025-10-27T17:00+00:00", "weekend across the autumn change"),
    # other time zones: the day is decided on the London clock
    ("2025-06-02T23:30+00:00", ENG, "2025-06-04T00:30+01:00", "UTC Monday night is Tuesday in London"),
    ("2025-06-06T23:30+00:00", ENG, "2025-06-09T17:00+01:00", "UTC Friday night is Saturday in London"),
    ("2025-06-06T18:00-05:00", ENG, "2025-06-09T17:00+01:00", "New York Friday evening is Saturday in London"),
    ("2025-07-05T09:00", ENG, "2025-07-07T17:00+01:00", "naive times are London times"),
]


@pytest.mark.parametrize(("received", "nation", "expected", "why"), CASES, ids=[c[3] for c in CASES])
def test_it_computes_the_deadline(received: str, nation: Nation, expected: str, why: str) -> None:
    school = SchoolContext(name="Test School", nation=nation)
    deadline = response_deadline(datetime.fromisoformat(received), school, POLICY)
    assert deadline == datetime.fromisoformat(expected), why
    assert deadline.isoformat() == datetime.fromisoformat(expected).isoformat(), f"{why}: wrong UTC offset"


def test_it_has_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


SAME_HOURS_CASES = [
    ("2025-03-29T10:00+00:00", "2025-03-30T10:00+01:00"),  # 23 real hours: same clock time
    ("2025-03-29T01:30+00:00", "2025-03-30T02:30+01:00"),  # 01:30 does not exist on the 30th
    ("2025-10-25T10:00+01:00", "2025-10-26T10:00+00:00"),  # 25 real hours
    ("2025-10-25T01:30+01:00", "2025-10-26T01:30+01:00"),  # ambiguous: the first 01:30
    ("2025-12-25T10:00+00:00", "2025-12-26T10:00+00:00"),  # holidays ignored
]


@pytest.mark.parametrize(("received", "expected"), SAME_HOURS_CASES)
def test_it_counts_plain_hours_on_the_london_clock_under_same_hours(received: str, expected: str) -> None:
    school = SchoolContext(name="Test School")
    deadline = response_deadline(datetime.fromisoformat(received), school, SAME_HOURS)
    assert deadline.isoformat() == datetime.fromisoformat(expected).isoformat()


def test_it_skips_the_schools_closure_days() -> None:
    school = SchoolContext(name="T", closures=(DateRange(date(2025, 1, 13), date(2025, 1, 13), "snow"),))
    saturday = datetime.fromisoformat("2025-01-11T10:00+00:00")
    closed_monday = datetime.fromisoformat("2025-01-13T10:00+00:00")
    assert response_deadline(saturday, school, POLICY) == datetime.fromisoformat("2025-01-14T17:00+00:00")
    assert response_deadline(closed_monday, school, POLICY) == datetime.fromisoformat("2025-01-14T17:00+00:00")


def test_it_skips_school_holidays_only_when_asked_to_use_terms() -> None:
    terms = (DateRange(date(2025, 1, 6), date(2025, 2, 14)), DateRange(date(2025, 2, 24), date(2025, 4, 4)))
    school = SchoolContext(name="T", terms=terms)
    saturday = datetime.fromisoformat("2025-02-15T10:00+00:00")
    assert response_deadline(saturday, school, POLICY) == datetime.fromisoformat("2025-02-17T17:00+00:00")
    with_terms = response_deadline(saturday, school, POLICY, use_terms=True)
    assert with_terms == datetime.fromisoformat("2025-02-24T17:00+00:00")


def test_it_uses_the_packs_hours_and_end_of_day() -> None:
    policy = Policy(id="t", name="t", deadlines=Deadlines(response_hours=48, working_day_ends="16:00"))
    school = SchoolContext(name="T")
    wednesday = datetime.fromisoformat("2025-01-08T10:00+00:00")
    saturday = datetime.fromisoformat("2025-01-11T10:00+00:00")
    assert response_deadline(wednesday, school, policy) == datetime.fromisoformat("2025-01-10T10:00+00:00")
    assert response_deadline(saturday, school, policy) == datetime.fromisoformat("2025-01-13T16:00+00:00")


def test_it_names_a_bad_end_of_day_setting() -> None:
    policy = Policy(id="t", name="t", deadlines=Deadlines(working_day_ends="5pm"))
    with pytest.raises(InputError, match="working_day_ends"):
        response_deadline(datetime.fromisoformat("2025-01-11T10:00+00:00"), SchoolContext(name="T"), policy)


def test_it_gives_up_cleanly_when_the_school_never_reopens() -> None:
    school = SchoolContext(name="T", closures=(DateRange(date(2025, 1, 1), date(2027, 1, 1)),))
    with pytest.raises(InputError, match="no working day"):
        response_deadline(datetime.fromisoformat("2025-01-11T10:00+00:00"), school, POLICY)
