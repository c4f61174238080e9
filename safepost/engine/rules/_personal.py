"""Helpers shared by the personal-data rules (PD101-PD104).

Small, allocation-light functions that look at the words around a match: the rules decide
whether a number, date or postcode is personal data from its neighbourhood, so they all need
"the clause before this span" and "the clause after it" cut at sentence ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from safepost.engine.findings import Fix
from safepost.engine.school import SchoolContext

#: A sentence or line ends here: ". " "! " "? " or a new line. Abbreviations ("Mr.", "e.g.")
#: cut a window short, which only ever makes a rule more cautious.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


#: The most candidates (numbers, "@" signs, dates, streets) a rule examines in one field. A real
#: post has a handful; the cap keeps a hostile 10 MB field to a bounded amount of work.
MAX_CANDIDATES = 2000


def before(text: str, start: int, limit: int = 80) -> str:
    """The text just before ``start`` (at most ``limit`` characters), cut at a sentence end."""
    window = text[max(0, start - limit) : start]
    cut = 0
    for found in _SENTENCE_END.finditer(window):
        cut = found.end()
    return window[cut:]


def after(text: str, end: int, limit: int = 60) -> str:
    """The text just after ``end`` (at most ``limit`` characters), cut at a sentence end."""
    window = text[end : end + limit]
    found = _SENTENCE_END.search(window)
    return window if found is None else window[: found.start()]


def words_re(words: Iterable[str]) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of ``words`` as whole words (longest first)."""
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE)


class Words:
    """Whole words and phrases, found case-insensitively over a whole post: the question "is any
    of them here?". A regex alternation (:func:`words_re`) tries every alternative at every
    character, about 0.2 ms over a 2,000-character post (profiled); an Aho-Corasick scan of the
    lower-cased post, with each hit's edges checked, costs a tenth. Short windows keep the regex."""

    def __init__(self, words: Iterable[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in set(words):
            self.automaton.add_word(word.lower(), len(word))
        self.automaton.make_automaton()

    def in_text(self, text: str) -> bool:
        lower = text.lower()
        size = len(lower)
        for end, length in self.automaton.iter(lower):
            start = end - length + 1
            if (start == 0 or not _is_word_char(lower[start - 1])) and (
                end + 1 == size or not _is_word_char(lower[end + 1])
            ):
                return True
        return False


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches: letters, digits and the underscore."""
    return char.isalnum() or char == "_"


def office_phone_fix(school: SchoolContext) -> Fix | None:
    """Offer the school office number in place of a private one, when the school has one."""
    return Fix(school.phones[0], safe=False) if school.phones else None


def office_email_fix(school: SchoolContext) -> Fix | None:
    """Offer the school's own address in place of a private one, when the school has one."""
    return Fix(school.emails[0], safe=False) if school.emails else None


def digits_only(text: str) -> str:
    """The digits of ``text`` in order (``"01422 845 210"`` -> ``"01422845210"``)."""
    return "".join(c for c in text if c.isdigit())


def digit_count(text: str) -> int:
    """How many ASCII digits ``text`` holds; a cheap prefilter (ten C-level scans)."""
    return sum(map(text.count, "0123456789"))
