"""Shapes of a child's name in Northern Irish and Irish voices that the roster's automaton
alone does not give: a pupil's name lenited in Irish ("a Mhéabh", "do Chiarán"), a baby
brother or sister with a name too rare for the name list ("a big brother to wee Tiernan"), and a
pupil's name typed again in capitals and spoken to ("GRACE, you've got a future in this!").

Each runs once per field; a plain find for its literal cue comes first, so a post without one
costs a few C-level scans.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from safepost.engine.i18n import N_
from safepost.engine.names import lexicon
from safepost.engine.names.context import Form, Text
from safepost.engine.names.index import Entry, How, NameIndex
from safepost.engine.names.match import Candidate, NameMatch, to_match

#: "wee Tiernan, born at the weekend", "a big brother to wee Tiernan": a capitalised word where
#: only a child's name fits, known names or not. Each is matched only where its literal cue word
#: stands (a plain find first: cheap on every post). ("baby Tiernan" and "his baby brother
#: Tiernan" are read by the shapes' strong cue, born or not.)
_SIBLING_AT = re.compile(r"(?:brother|sister) to((?: wee| baby| little)?)[ ,]{1,2}([a-z]{2,20})\b")
_SIBLING_WORDS = ("brother", "sister")
_SIBLING_ADJECTIVES = ("wee ", "little ", "baby ", "big ", "twin ")
_BORN_AT = re.compile(r"wee ([a-z]{2,20}), born\b")
_BORN_WORDS = ("wee ",)
_MAX_CUED = 50


def repeated_in_capitals(text: Text, undecided: list[Candidate], accepted: dict[int, NameMatch]) -> None:
    """"Shout out to Clodagh and Grace ... GRACE you've got a future": an undecided name typed in
    capitals and spoken to, of a pupil the text has already accepted, is that pupil again."""
    if not undecided or not accepted:
        return
    pupils_named = {p for m in accepted.values() for p in m.pupils}
    for cand in list(undecided):
        if text.form(cand.start, cand.end) is not Form.UPPER or not set(cand.pupils) & pupils_named:
            continue
        after = text.words_after(cand.end, 1)
        if (after and after[0] in ("you", "youre", "your")) or text.gap_after(cand.end).strip().startswith(("!", ",")):
            match = to_match(text, cand, confidence=0.6)
            accepted[match.start] = match
            undecided.remove(cand)


#: Irish lenites a name after the vocative "a" and after "do" ("to"): "Maith thú, a Mhéabh",
#: "Go raibh maith agat, a Shiobhán", "Comhghairdeas do Chiarán"; a man's name is also made
#: slender in the vocative ("a Sheáin", "a Chiaráin").
#: On the blanked text (non-letters are spaces, offsets + 1), matched only where the literal
#: " a " or " do " stands before "Ch", "Mh", "Sh"...: a plain find first keeps it cheap.
_LENITED_AT = re.compile(r" (?:a|do) ((?:[bcdfgmpt]h|sh)[a-z]{2,20})(?= )")
_LENITING_WORDS = (" a ", " do ")
_SLENDER = re.compile(r"([aou])i([^aeiou]+)$")


def lenited_names(text: Text, index: NameIndex) -> list[NameMatch]:
    """A pupil's name lenited after Irish "a" or "do" ("a Mhéabh", "do Chiarán"), capitalised
    as a name is: the pupil. Only a roster name's own lenited form counts ("a Thursday" is no
    "Tursday")."""
    if text.all_lower:
        return []
    out: list[NameMatch] = []
    for m in itertools.islice(_lenited_words(text.blanked), _MAX_CUED):
        start, end = m.start(1) - 1, m.end(1) - 1  # blanked offsets are folded + 1
        word = m.group(1)
        if not text.is_upper_at(start) or text.is_upper_at(start + 1) or _english_shape(index, word):
            continue
        entry = _radical_entry(index, word)
        if entry is not None:
            out.append(NameMatch(*text.span(start, end), entry.pupils, How.MUTATED, 0.75,
                                 N_("a pupil's first or preferred name on the roster")))
    return out


def _lenited_words(blanked: str) -> Iterator[re.Match[str]]:
    for literal in _LENITING_WORDS:
        at = blanked.find(literal)
        while at >= 0:
            after = at + len(literal)
            if blanked[after + 1 : after + 2] == "h" and (m := _LENITED_AT.match(blanked, at)):
                yield m
            at = blanked.find(literal, after - 1)


def _english_shape(index: NameIndex, word: str) -> bool:
    """A word or a name as it stands ("a Thomas the Tank cake", "a Christmas"): not lenited."""
    entries = index.entries.get(word)
    if entries and entries[0].how in (How.NAME, How.NICKNAME, How.COMMON):
        return True  # a slip or a Welsh mutation of the radical name ("Phadraig") is no name of its own
    return lexicon.is_everyday_word(word) or word in lexicon.all_first_names()


def _radical_entry(index: NameIndex, lenited: str) -> Entry | None:
    """The roster entry of a lenited name: "mheabh" is "meabh", "chiarain" is "ciaran"."""
    radical = lenited[0] + lenited[2:]
    for key in (radical, _SLENDER.sub(r"\1\2", radical)):
        entries = index.entries.get(key)
        if entries and entries[0].how in (How.NAME, How.NICKNAME):
            return entries[0]
    return None


def birth_or_sibling(text: Text) -> list[NameMatch]:
    """A child not on the roster with a name too rare for the name list: "wee Tiernan, born at
    the weekend", "a big brother to wee Tiernan"."""
    if text.all_lower:
        return []
    out: list[NameMatch] = []
    for start, end in itertools.islice(_cued_words(text.f), _MAX_CUED):
        word = text.f[start:end]
        if (
            text.form(start, end) is not Form.TITLE
            or word in lexicon.NOT_BABY_NAMES
            or word in lexicon.COMMON_CAPITALISED
            or word in lexicon.TITLES
            or lexicon.is_everyday_word(word)
        ):
            continue
        out.append(NameMatch(*text.span(start, end), (), How.COMMON, 0.6,
                             N_("a capitalised word right after \"baby\" or \"wee brother\"")))
    return out


def _cued_words(f: str) -> Iterator[tuple[int, int]]:
    """Folded spans of the words after a sibling cue ("big brother to wee X", "a big sister to X")
    or a birth's ("wee X, born"); a sibling word alone ("his brother X", "a sister to X") is no
    cue, and "his baby brother X" is the shapes' strong cue."""
    for literal in _SIBLING_WORDS:
        at = f.find(literal)
        while at >= 0:
            m = _SIBLING_AT.match(f, at)
            if m and (m.group(1) or f[max(0, at - 7) : at].endswith(_SIBLING_ADJECTIVES)):
                yield m.span(2)
            at = f.find(literal, at + 1)
    for literal in _BORN_WORDS:
        at = f.find(literal)
        while at >= 0:
            m = _BORN_AT.match(f, at)
            if m and (at == 0 or not f[at - 1].isalpha()):
                yield m.span(1)
            at = f.find(literal, at + 1)
