"""PD104 date-of-birth: a private person's date of birth or birthday (day and month)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from safepost.engine.findings import Fix, Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.rules import Env, Field, TextRule
from safepost.engine.rules._personal import MAX_CANDIDATES, after, before, words_re

#: Month names as they are written after folding (lower case, no accents), with their number.
#: Welsh months appear mutated after "o" and "fis" ("3ydd o Fawrth", "mis Fedi").
MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1)},
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(
        "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr".split(), 1)},
    "fawrth": 3, "fai": 5, "fehefin": 6, "orffennaf": 7, "fedi": 9, "dachwedd": 11, "ragfyr": 12,
}
MONTH_NAMES = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)
_ORDINAL_WORDS = {
    w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)
}
_ORDINAL_WORDS.update({f"twenty-{w}": 20 + i for w, i in list(_ORDINAL_WORDS.items())[:9]})
_ORDINAL_WORDS.update({"thirtieth": 30, "thirty-first": 31})

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?![a-z])"
_DAY = (
    r"(?P<day>(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?(?![a-z0-9])"
    "|" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r"(?![a-z]))"
)
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})(?![0-9])"
_SEP = r"[ \t]*"
#: "4th March 2015", "the 4th of March", "3ydd o Fawrth", "March 4th, 2015", "03/11/2020", "2015-04-16".
_DATE = re.compile(
    rf"(?<![a-z0-9£$€])(?:"
    rf"(?:the[ \t]+)?{_DAY}{_SEP}(?:of[ \t]+|o[ \t]+|fis[ \t]+|-)?{_MONTH}(?:,?{_SEP}{_YEAR})?"
    rf"|{_MONTH.replace('month', 'month2')}[ \t]+(?P<day2>(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?![a-z0-9:.])"
    rf"(?:,?{_SEP}(?P<year2>1[0-9]{{3}}|20[0-9]{{2}})(?![0-9]))?"
    r"|(?P<nd>[0-9]{1,2})(?P<sep>[/.-])(?P<nm>[0-9]{1,2})(?:(?P=sep)(?P<ny>(?:19|20)?[0-9]{2}))?(?![0-9/.-]?[0-9])"
    r"|(?P<iy>(?:19|20)[0-9]{2})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})(?![0-9])"
    r")"
)

#: A stated birth: "born", "date of birth", "DOB", Welsh "a anwyd", "ganwyd", "dyddiad geni".
_BORN = re.compile(
    r"(?<![a-z])(?:born|birth|birthdate|dob|d\.o\.b|b\.|anwyd|ganwyd|ganed|geni|genedigaeth)(?![a-z])"
    # a birth announcement: "their baby girl arrived on 3rd May", "little boy ... arrived safely"
    r"|(?<![a-z])(?:baby|little (?:boy|girl)|newborn|new arrival|son|daughter)(?![a-z])[^.!?\n]{0,40}"
    r"(?<![a-z])arrived(?![a-z])"
)
#: A birthday: the date is when someone has their birthday (or turns an age).
_BIRTHDAY = re.compile(
    r"(?<![a-z])(?:birthdays?|bday|b'day|b-day|pen-?blwydd|pen blwydd|penblwyddi|years old|oed"
    r"|turn(?:s|ed|ing)?[ \t]+(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred))(?![a-z])"
)
#: The stems of both kinds of cue as flat literals, which Python's regex engine scans quickly.
_CUE_STEM = re.compile(
    r"born|birth|dob|d\.o\.b|b\.|bday|b'day|b-day|blwydd|anwyd|ganwyd|ganed|geni|genedigaeth|turn|years old|oed"
    r"|arrived"
)
#: "birthday party on 5 June": a date for an event, not the birthday itself.
_EVENT_AFTER_CUE = re.compile(
    r"(?<![a-z])(?:birthday|pen-?blwydd|pen blwydd)[ \t]+(?:party|parties|assembly|disco|celebrations?|tea|"
    r"cake|cakes|treat|treats|cards?|sale|bash|picnic|parti|dathliad)(?![a-z])"
)
#: The sentence is about a famous or historical person, or a building or organisation.
_NOT_PRIVATE = words_re(
    "author writer poet composer artist painter scientist inventor king queen prince princess president "
    "saint sant footballer singer musician actor actress explorer astronaut emperor famous celebrity "
    "playwright novelist illustrator mathematician suffragette olympian prophet jesus christ guru "
    "opened founded built established anniversary agorwyd sefydlwyd awdur bardd brenin brenhines "
    "tywysog".split()
)
#: "our school turns 50", "the club's birthday": an organisation's birthday, not a person's.
_ORGANISATION = r"(?:school|ysgol|academy|building|hall|church|club|charity|company|business|shop|library|college|pta)"
_INSTITUTION = re.compile(
    rf"{_ORGANISATION}(?:'s|’s)?[ \t]+(?:turns?|turned|birthday|pen-?blwydd|is [0-9]+)"
    rf"|(?:birthday|pen-?blwydd) of (?:our |the )?(?:[a-z]+ )?{_ORGANISATION}"
)
#: "born between 1 September 2021 and 31 August 2022": who may apply, not anyone's birthday.
_RANGE = re.compile(r"born (?:between|after|before|from|since|on or (?:after|before))|(?:anwyd|geni) (?:rhwng|ar ôl|ar ol|cyn)")
_PLACEHOLDER = re.compile(
    r"(?:e\.g\.?|eg|example|for example|such as|format|e\.e\.|er enghraifft|dd/mm|mm/dd"
    r"|like this|like so|as follows|written as|in the form)\W*$"
)
#: Before this year a "birthday" is a historical person's, not a pupil's or a member of staff's.
OLDEST_YEAR = 1925


@dataclass(frozen=True)
class _Date:
    start: int  # folded offsets
    end: int
    day: int
    month: int
    year: int | None


class DateOfBirth(TextRule):
    """A private person's date of birth, or the day and month of their birthday.

    What it flags:
        A date with at least a day and a month, in any format ("4th March", "March 4", "the 4th of
        March 2015", "03/11/2020", "12.01.1986", "2015-04-16") and in English or Welsh ("9 Mehefin
        2019", "3ydd o Fawrth", "ar 5 Ionawr"), when the words around it say it is when a pupil, a
        member of staff or another private person was born or has their birthday ("born", "date of
        birth", "DOB", "birthday", "turns 7", "a anwyd", "pen-blwydd"). Dates in a list that follows
        such words ("birthdays this month: Ella 4th, Tom 11th March") are flagged too. The finding
        covers the date only.

    Why it matters:
        A date of birth, with the name and photo that usually go with it, is a key to identity theft
        and lets a stranger tell a child's exact age. Schools' data-protection and safeguarding
        policies keep it out of public posts even when a birthday message feels harmless.

    Example:
        "Happy birthday to Ffion, born 16th April 2018!" is flagged. "Roald Dahl was born on 13th
        September 1916", "our school opened on 8th September 1975", "Happy birthday Josh, 7 today!"
        and "date of birth (e.g. 01/01/2015)" are not.

    Use instead:
        "Happy birthday to everyone celebrating this month!" without the date, or the month alone
        (the fix suggests the month).

    Known problems:
        Whether a birth is private is judged from the words nearby (author, king, famous, opened...)
        and from the year (before 1925 counts as historical), so a famous person's birthday given
        without such words is flagged. A date for a birthday party ("birthday party on 5th June") is
        not flagged, and neither is a day without a month ("born on the 4th").

    Known weaknesses:
        - **No held-out figure.** Development bench: 12 of 12 date-of-birth spans, none false; Welsh
          forms 60 of 60 and dates that are not a child's birthday 13 of 13 on development templates, all
          written with the rule. Nothing written afterwards tests it, so new wordings are unmeasured.
        - A famous person's birthday without a word such as "author" or "king" nearby is flagged, and a
          day without a month is missed (Known problems).
    """

    code = "PD104"
    name = "date-of-birth"
    family = N_("personal data")
    default_severity = Severity.BLOCK
    summary = N_("A date of birth")

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        folded = field.folded
        text = folded.text
        hits = []
        for date in _birth_dates(text):
            start, end = folded.original_span(date.start, date.end)
            hits.append(_hit(start, end, date))
        return hits


def _birth_dates(text: str) -> Iterator[_Date]:
    previous_end: int | None = None
    for date in _dates(text):
        chained = previous_end is not None and _same_list(text[previous_end : date.start])
        if _is_birth(text, date, chained):
            previous_end = date.end
            yield date
        else:
            previous_end = None


def _dates(text: str) -> Iterator[_Date]:
    """Dates near a birth or birthday word, and dates listed straight after those.

    Each search is bounded to a window around its cue, so the work grows with the text, never
    with the text times the number of cues.
    """
    pos = 0
    examined = 0
    for cue in islice(_cues(text), MAX_CANDIDATES):
        pos, limit = max(pos, cue.start() - 80), cue.end() + 120
        while examined < MAX_CANDIDATES and pos <= limit:
            m = _DATE.search(text, pos, limit + 40)
            if m is None or m.start() > limit:
                break
            examined += 1
            pos = m.end()
            date = _parse(m)
            if date is not None:
                limit = max(limit, date.end + 60)  # a list of birthdays runs on past the cue
                yield date


def _cues(text: str) -> Iterator[re.Match[str]]:
    """Where a birth or birthday word may be; :func:`_is_birth` checks the words exactly."""
    for cue in _CUE_STEM.finditer(text):
        if cue.start() == 0 or not text[cue.start() - 1].isalpha() or cue.group() == "blwydd":
            yield cue


def _parse(m: re.Match[str]) -> _Date | None:
    g = m.groupdict()
    if g["month"] is not None:
        day, month, year = _day(g["day"]), MONTHS[g["month"]], g["year"]
    elif g["month2"] is not None:
        day, month, year = int(re.sub(r"\D", "", g["day2"])), MONTHS[g["month2"]], g["year2"]
    elif g["nd"] is not None:
        if g["ny"] is None and g["sep"] != "/":
            return None  # "3.05" is a time, "4-2" a score; only 3/11 stands alone as a date
        day, month, year = int(g["nd"]), int(g["nm"]), _full_year(g["ny"])
    else:
        day, month, year = int(g["id"]), int(g["im"]), g["iy"]
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    end = m.end() - 1 if m.group().endswith(".") else m.end()  # a full stop ends the sentence, not the date
    return _Date(m.start(), end, day, month, int(year) if year else None)


def _day(written: str) -> int:
    digits = re.sub(r"\D", "", written)
    return int(digits) if digits else _ORDINAL_WORDS[written]


def _full_year(written: str | None) -> str | None:
    if written is None or len(written) == 4:
        return written
    return ("20" if int(written) <= 40 else "19") + written


def _same_list(gap: str) -> bool:
    """A short gap without a sentence end: the next date is in the same list of birthdays."""
    return len(gap) <= 60 and not re.search(r"[.!?](?:\s|$)|\n", gap)


def _is_birth(text: str, date: _Date, chained: bool) -> bool:
    if date.year is not None and date.year < OLDEST_YEAR:
        return False
    clause = before(text, date.start, 100)
    if not any(c.isalpha() for c in clause):
        clause = text[max(0, date.start - 100) : date.start]  # "Happy birthday Sam! 🎂 (4th May)"
    if _PLACEHOLDER.search(clause[-25:]):
        return False
    following = after(text, date.end, 50)
    window = clause + " " + following
    born = _BORN.search(window) is not None
    birthday = _BIRTHDAY.search(clause) is not None or _BIRTHDAY.search(following[:30]) is not None
    if birthday and not born and _EVENT_AFTER_CUE.search(window):
        birthday = False
    if not (born or birthday or chained):
        return False
    if (not born and _INSTITUTION.search(window)) or _RANGE.search(clause):
        return False
    # A founding date or a famous person's birth; "born" beats "opened" (a baby born the day a hospital opened).
    blockers = _NOT_PRIVATE.search(window)
    return blockers is None or (born and blockers.group().lower() in _OPENING)


_OPENING = frozenset({"opened", "founded", "built", "established", "anniversary", "agorwyd", "sefydlwyd"})


def _hit(start: int, end: int, date: _Date) -> Hit:
    return Hit(
        start,
        end,
        message=phrase("A date of birth or birthday is in the text."),
        explanation=phrase(
            "The words around this date say it is when a private person was born or has their "
            "birthday; with a name it identifies them and tells a stranger their exact age."
        ),
        fix=Fix(phrase(MONTH_NAMES[date.month - 1]), safe=False),
        confidence=0.9 if date.year is not None else 0.8,
    )
