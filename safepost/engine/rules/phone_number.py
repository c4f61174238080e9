"""PD101 phone-number: a private person's or business's phone number."""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import phonenumbers
from phonenumbers import PhoneNumber as _Number

from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.rules import Env, Field, TextRule
from safepost.engine.rules._personal import (
    MAX_CANDIDATES,
    before,
    digit_count,
    digits_only,
    office_phone_fix,
    words_re,
)
from safepost.engine.school import SchoolContext

#: Fewer digits than this (plus number words) cannot hold a UK number worth flagging.
MIN_DIGITS = 7

#: A run of digits with the separators people put in phone numbers; longer runs are not one number.
_RUN = re.compile(r"\d[\d \t\u00a0().+/\-]{6,}")
MAX_RUN = 60
_GROUP = re.compile(r"\+?\d+")
_GROUP_GAP = re.compile(r"[ \t\u00a0.\-]{1,2}|\)[ \t]?")

#: Numbers that belong to public services and national helplines, as national significant
#: numbers (no leading 0). 116 xxx numbers are all EU-harmonised helplines and are allowed as a
#: block in :func:`_is_public`.
PUBLIC_NUMBERS = frozenset({
    "8001111",  # Childline 0800 1111
    "8088005000",  # NSPCC helpline 0808 800 5000
    "8000280285",  # NSPCC whistleblowing 0800 028 0285
    "3001233393",  # Mind infoline 0300 123 3393
    "8082000247",  # National Domestic Abuse Helpline 0808 2000 247
    "8088010800",  # Live Fear Free (Wales) 0808 80 10 800
    "8088004444",  # Shelter 0808 800 4444
    "8000684141",  # Papyrus HOPELINE247 0800 068 4141
    "8088023456",  # Meic (Wales) 080880 23456
    "3001232040",  # Action Fraud 0300 123 2040
    "800555111",  # Crimestoppers 0800 555 111
    "8088025544",  # YoungMinds parents' helpline 0808 802 5544
    "8081000900",  # Stop It Now 0808 1000 900
    "8088002222",  # Family Lives 0808 800 2222
    "3001231231",  # Ofsted 0300 123 1231
    "8006781602",  # Age UK advice line 0800 678 1602
    "8007022020",  # Citizens Advice Wales 0800 702 2020
})

#: Words that, in the clause before a non-mobile number, say the number is a public service's.
_PUBLIC_CONTEXT = words_re(
    [
        *"helpline helplines childline nspcc samaritans shelter meic police heddlu nhs council cyngor "
        "hospital ysbyty surgery meddygfa pharmacy ambulance crimestoppers ofsted estyn gov.uk "
        "government llywodraeth freephone confidential library llyfrgell 111 101 999".split(),
        "action fraud", "citizens advice", "advice line", "customer services", "local authority", "mind infoline",
        "support line", "24/7",
    ]
)
#: Words that make a landline someone's own even next to a public service's name.
_PERSONAL_CONTEXT = words_re(["home", "mobile", "personal", "my", "adref", "ffôn symudol"])

#: Words just before a number that say it is a code, not a phone number.
_CODE_CONTEXT = re.compile(
    r"(?:\b(?:ref|reference|code|isbn|urn|vat|invoice|serial|tracking|pin|cyfeirnod|iban)\b[^0-9\n]{0,12}"
    r"|\b(?:company|charity|elusen|cwmni|registration|registered|account|order|policy|ticket|booking|"
    r"membership|id|reg)\s*(?:no\b\.?|number|num\b|rhif|#|:)[^0-9\n]{0,6})$",
    re.IGNORECASE,
)

#: Dates and times written like numbers (12.01.1986, 01/02/2020, 09.00-10.30).
_DATE_LIKE = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*$|^\s*\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*$")

#: Characters that, right before a number, put it inside a URL or a query string.
_URL_BEFORE = frozenset("/=?&#@")

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "dim": "0",
    "one": "1", "un": "1", "two": "2", "dau": "2", "dwy": "2", "three": "3", "tri": "3", "tair": "3",
    "four": "4", "pedwar": "4", "pedair": "4", "five": "5", "pump": "5", "six": "6", "chwech": "6",
    "seven": "7", "saith": "7", "eight": "8", "wyth": "8", "nine": "9", "naw": "9",
}
_REPEAT_WORDS = {"double": 2, "triple": 3, "treble": 3, "dwbl": 2}
_TOKEN = (
    r"(?:" + "|".join(sorted([*_DIGIT_WORDS, *_REPEAT_WORDS, "plus"], key=len, reverse=True)) + r"|\d{1,5})(?![\w])"
)
#: Seven to 25 digit words or digit groups in a row (a number never needs more), one a word.
_WORD_SEQUENCE = re.compile(rf"(?<![\w]){_TOKEN}(?:[ \t,.-]{{1,3}}{_TOKEN}){{6,24}}")
#: A number said aloud starts with a zero ("oh seven...", "zero seven...", "dim saith...") or "plus".
_WORD_STARTS = re.compile(r"oh |oh,|zero|nought|o seven|o 7|dim saith|dim 7|plus four|plus 4")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    number: _Number
    raw: str
    in_words: bool


class PhoneNumber(TextRule):
    """A phone number of a private person or a business.

    What it flags:
        UK phone numbers in any format (``07700 900 123``, ``07700-900-123``, ``(029) 2018 0000``,
        ``+44 (0) 7700 900123``, ``0044 7700 900123``, digits spaced out one by one) and numbers
        spelled out in English or Welsh words ("oh seven seven double oh..."), found with the
        ``phonenumbers`` library (region GB) and a number-word reader. International numbers
        written with ``+`` or ``00`` are flagged when they are valid numbers.

    Why it matters:
        A staff member's mobile, a parent's home landline or a volunteer's number on a public
        school account is personal data published to the world: it invites nuisance calls, scams
        and unwanted contact with the families the school must protect, and it cannot be taken
        back once shared. Traders' numbers in school posts also read as endorsements.

    Example:
        "Lost a water bottle? Text Mr Hughes on 07700 900 316." is flagged. "Call the school office
        on 01422 845 210" (the school's own number) and "Childline is free on 0800 1111" are not.

    Use instead:
        The school office number (the fix offers the first number in ``school.toml``), or "message
        us through the school app". For helplines, use the public number of the service.

    Known problems:
        Public services are recognised from a list of national helplines and from words such as
        "helpline", "council" or "NHS" just before a landline or freephone number, so a business
        advertised next to those words can be missed. Codes and references are told apart from
        numbers only by words such as "ref" or "charity no." in front of them. Numbers spelled in
        words need seven or more number words or digit groups in a row.

    Known weaknesses:
        - **Barely measured.** Development bench: 13 of 13 phone-number spans, none false. There is no
          functional or held-out family for phone numbers, so numbers written in unusual ways (spelled
          out with fewer than seven number words, split by odd punctuation) and businesses placed next
          to "helpline" or "council" words are unmeasured misses.
    """

    code = "PD101"
    name = "phone-number"
    family = N_("personal data")
    default_severity = Severity.BLOCK
    summary = N_("A private phone number")

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        text = field.text
        folded = field.folded.text
        in_words = _WORD_STARTS.search(folded) is not None
        runs = list(_digit_runs(text))
        if not runs and not in_words:
            return []
        own = _own_numbers(env.school)
        hits = []
        for cand in _candidates(field, runs, in_words, _known_digits(own)):
            if _is_private(cand, text, own):
                hits.append(_hit(cand, env.school))
        return hits


def _candidates(
    field: Field, runs: list[tuple[int, int]], in_words: bool, known: frozenset[str]
) -> Iterator[_Candidate]:
    taken: list[tuple[int, int]] = []
    for start, end in runs:
        if digits_only(field.text[start:end]) in known:
            continue  # the school's own number or a helpline, as it is usually written: no parse needed
        for cand in _in_run(field.text, start, end):
            taken.append((cand.start, cand.end))
            yield cand
    for cand in _word_candidates(field) if in_words else ():
        if not _overlaps(taken, cand.start, cand.end):
            yield cand


def _in_run(text: str, start: int, end: int) -> list[_Candidate]:
    """Numbers ``phonenumbers`` finds in a run, then numbers it missed because more digits follow."""
    matcher = phonenumbers.PhoneNumberMatcher(text[start:end], "GB", leniency=phonenumbers.Leniency.POSSIBLE, max_tries=20)
    found = [
        _Candidate(start + m.start, start + m.end, m.number, m.raw_string, False)
        for m in matcher
        if _plausible(m.number, phonenumbers.national_significant_number(m.number))
    ]
    covered = [(c.start, c.end) for c in found]
    found += [c for c in _grouped(text, start, end) if not _overlaps(covered, c.start, c.end)]
    return sorted(found, key=lambda c: c.start)


def _grouped(text: str, start: int, end: int) -> Iterator[_Candidate]:
    """"07700 900 154 2 children": digit groups from a 0 or + until they make a whole number."""
    groups = list(_GROUP.finditer(text, start, end))
    i = 0
    while i < len(groups):
        first = groups[i].group()
        if not (first.startswith("+") or (first.startswith("0") and len(first) >= 3)):
            i += 1
            continue
        j = _complete_number(text, groups, i)
        if j is None:
            i += 1
            continue
        raw = text[groups[i].start() : groups[j].end()]
        try:
            number = phonenumbers.parse(raw, "GB")
        except phonenumbers.NumberParseException:
            i += 1
            continue
        yield _Candidate(groups[i].start(), groups[j].end(), number, raw, False)
        i = j + 1


def _complete_number(text: str, groups: list[re.Match[str]], i: int) -> int | None:
    """The index of the group that completes a number starting at group ``i``, if one does."""
    want = (11, 12, 13) if groups[i].group().startswith("+") else (11,)
    digits = 0
    for j in range(i, min(i + 6, len(groups))):
        if j > i and not _GROUP_GAP.fullmatch(text, groups[j - 1].end(), groups[j].start()):
            return None
        digits += sum(c.isdigit() for c in groups[j].group())
        if digits in want:
            return j
        if digits > max(want):
            return None
    return None


def _digit_runs(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of digits and separators that could hold a phone number, with a little context.

    Handing ``phonenumbers`` these stretches instead of the whole text keeps it from parsing
    every year, time and price in a long post, and bounds the work on hostile input.
    """
    for run in islice(_RUN.finditer(text), MAX_CANDIDATES):
        if len(run.group()) <= MAX_RUN and digit_count(run.group()) >= MIN_DIGITS:
            yield max(0, run.start() - 4), min(len(text), run.end() + 1)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of ``spans`` (sorted, not overlapping each other)."""
    i = bisect_right(spans, (start, sys.maxsize))  # first span starting after `start`
    return any(s < end and start < e for s, e in spans[max(0, i - 1) : i + 1])


def _word_candidates(field: Field) -> Iterator[_Candidate]:
    folded = field.folded
    for found in islice(_WORD_SEQUENCE.finditer(folded.text), MAX_CANDIDATES):
        tokens = re.findall(r"[a-z]+|\d+", found.group())
        if all(t.isdigit() for t in tokens):
            continue  # plain digits are the matcher's job
        spoken = _digits_from_words(tokens)
        if not 10 <= len(spoken.lstrip("+")) <= 13:
            continue
        try:
            number = phonenumbers.parse(spoken, "GB")
        except phonenumbers.NumberParseException:
            continue
        start, end = folded.original_span(found.start(), found.end())
        yield _Candidate(start, end, number, spoken, True)


def _digits_from_words(tokens: list[str]) -> str:
    out: list[str] = []
    repeat = 1
    for token in tokens:
        if token in _REPEAT_WORDS:
            repeat = _REPEAT_WORDS[token]
            continue
        if token == "plus":
            out.append("+")
            continue
        digit = token if token.isdigit() else _DIGIT_WORDS.get(token, "")
        out.append(digit * repeat if len(digit) == 1 else digit)
        repeat = 1
    return "".join(out)


@lru_cache(maxsize=256)
def _known_digits(own: frozenset[str]) -> frozenset[str]:
    """The digits of allowed numbers as people write them (``0...``, ``44...``, ``440...``)."""
    return frozenset(f"{prefix}{nsn}" for nsn in own | PUBLIC_NUMBERS for prefix in ("0", "44", "440", "0044"))


def _own_numbers(school: SchoolContext) -> frozenset[str]:
    """The school's own numbers as national significant numbers, built once per school."""

    def build() -> frozenset[str]:
        out = set()
        for phone in school.phones:
            try:
                out.add(phonenumbers.national_significant_number(phonenumbers.parse(phone, "GB")))
            except phonenumbers.NumberParseException:
                continue  # a badly written number in school.toml allows nothing rather than failing
        return frozenset(out)

    return school.memo("phone-number:own", build)


def _is_private(cand: _Candidate, text: str, own: frozenset[str]) -> bool:
    nsn = phonenumbers.national_significant_number(cand.number)
    if nsn in own or not _looks_dialled(cand):
        return False
    if not _plausible(cand.number, nsn):
        return False
    if _is_public(nsn, before(text, cand.start, 70)):
        return False
    return not _is_code_or_date(cand, text)


def _looks_dialled(cand: _Candidate) -> bool:
    """A written phone number starts with 0, + or 00 (``7700 900123`` is more often a code)."""
    raw = cand.raw.lstrip("( ")
    return raw.startswith(("0", "+"))


def _plausible(number: _Number, nsn: str) -> bool:
    if number.country_code != 44:
        return phonenumbers.is_valid_number(number)
    if len(nsn) == 10:
        return nsn[0] in "1235789"
    return len(nsn) == 9 and phonenumbers.is_valid_number(number)


def _is_public(nsn: str, clause_before: str) -> bool:
    if nsn in PUBLIC_NUMBERS or nsn.startswith("116") or len(nsn) <= 3:
        return True
    # Mobiles are people's; landlines, freephone and 03 numbers may be a public service's.
    if nsn.startswith("7") or _PERSONAL_CONTEXT.search(clause_before):
        return False
    return _PUBLIC_CONTEXT.search(clause_before) is not None


def _is_code_or_date(cand: _Candidate, text: str) -> bool:
    if cand.start > 0 and text[cand.start - 1] in _URL_BEFORE:
        return True
    if not cand.in_words and _DATE_LIKE.match(cand.raw):
        return True
    return _CODE_CONTEXT.search(before(text, cand.start, 30)) is not None


_MESSAGES = {
    ("mobile", False): N_("A private mobile number is in the text."),
    ("mobile", True): N_("A private mobile number written out in words is in the text."),
    ("phone", False): N_("A private phone number is in the text."),
    ("phone", True): N_("A private phone number written out in words is in the text."),
}


def _hit(cand: _Candidate, school: SchoolContext) -> Hit:
    nsn = phonenumbers.national_significant_number(cand.number)
    kind = "mobile" if cand.number.country_code == 44 and nsn.startswith("7") else "phone"
    confidence = 0.95 if phonenumbers.is_valid_number(cand.number) or kind == "mobile" else 0.8
    unmatched_bracket = cand.raw.startswith("(") and ")" not in cand.raw  # "(07700 900154)" without its ")"
    return Hit(
        cand.start + 1 if unmatched_bracket else cand.start,
        cand.end,
        message=phrase(_MESSAGES[kind, cand.in_words]),
        explanation=phrase(
            "It is not one of the school's own numbers or a public helpline; publishing a personal "
            "or trader's number exposes them to unwanted calls and scams."
        ),
        fix=office_phone_fix(school),
        confidence=confidence if not cand.in_words else 0.85,
    )


__all__ = ["PhoneNumber"]

