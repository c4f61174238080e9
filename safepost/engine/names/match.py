"""What the finder produces: a candidate name in folded offsets, and a judged match in original ones."""

from __future__ import annotations

from dataclasses import dataclass

from safepost.engine.i18n import N_
from safepost.engine.names.context import Text
from safepost.engine.names.index import Entry, How


@dataclass(frozen=True)
class NameMatch:
    """A child's name found in the text. ``start``/``end`` index the original text."""

    start: int
    end: int
    pupils: tuple[int, ...]  # roster indexes; empty for a child not on the roster
    how: How
    confidence: float
    reason: str
    hashtag: bool = False


@dataclass(frozen=True)
class Candidate:
    start: int  # folded offsets of the name itself
    end: int
    key: str
    entry: Entry
    full_end: int | None = None  # folded end when a surname or an initial follows
    pupils: tuple[int, ...] = ()


_CONFIDENCE = {How.NAME: 0.9, How.NICKNAME: 0.8, How.MUTATED: 0.75, How.TYPO: 0.7, How.SURNAME: 0.7, How.COMMON: 0.6}
_REASON = {
    How.NAME: N_("a pupil's first or preferred name on the roster"),
    How.NICKNAME: N_("a short form or nickname of a pupil's name on the roster"),
    How.MUTATED: N_("a Welsh mutated form of a pupil's name on the roster"),
    How.TYPO: N_("a likely misspelling of a pupil's name on the roster"),
    How.SURNAME: N_("a pupil's surname"),
    How.COMMON: N_("a common first name where the words around it point to a child (not on the roster)"),
}


def to_match(text: Text, cand: Candidate, confidence: float | None = None) -> NameMatch:
    """The judged candidate as a match in original offsets, with its confidence and reason."""
    o_start, o_end = text.span(cand.start, cand.full_end or cand.end)
    how = cand.entry.how
    if cand.full_end is not None and how is not How.COMMON:
        base, reason = 0.97, N_("a pupil's name with their surname or its initial")
    else:
        base, reason = _CONFIDENCE[how], _REASON[how]
    return NameMatch(o_start, o_end, cand.pupils, how, confidence or base, reason)
