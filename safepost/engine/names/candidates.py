"""Possible names: the school's automaton run over a field, with surnames and initials attached."""

from __future__ import annotations

import re
from dataclasses import replace

from safepost.engine.names import irish, lexicon, welsh
from safepost.engine.names.context import Form, Text
from safepost.engine.names.index import Entry, How, NameIndex
from safepost.engine.names.match import Candidate
from safepost.engine.textnorm import fold

_INITIAL_AFTER = re.compile(r" ([a-z])(\.?)(?![a-z])")


def automaton_matches(text: Text, index: NameIndex) -> list[tuple[int, int, str]]:
    """(start, end, key) in folded offsets, longest first where two start together."""
    # blanked offsets are folded offsets + 1, and each pattern has a space at each end
    found = [(end - len(key) - 1, end - 1, key) for end, key in index.automaton.iter(text.blanked)]
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    return found


def candidates(
    text: Text, index: NameIndex, found: list[tuple[int, int, str]], file_name: bool
) -> list[Candidate]:
    # every surname starting at an offset, longest first: "Price-Owen" and "Price" (another pupil's)
    surname_at: dict[int, list[tuple[int, str]]] = {}
    for s, e, k in sorted(found, key=lambda f: f[0] - f[1]):
        if k in index.surnames:
            surname_at.setdefault(s, []).append((e, k))
    out: list[Candidate] = []
    covered = -1
    # In ordinary text, an everyday word or a common name typed in lower case is just a word:
    # dropping those here keeps the cost per draft low ("will", "may", "hope" are frequent).
    case_counts = not text.all_lower and not file_name
    for start, end, key in found:
        entries = index.entries.get(key)
        if not entries or start < covered:
            continue
        needs_cue = entries[0].how is How.COMMON and key in lexicon.common_word_names()  # "baby Teddy", not "a teddy"
        if (case_counts and (key in index.word_keys or entries[0].how is How.COMMON) and not text.is_upper_at(start)
                and (entries[0].how is How.COMMON or not text.lower_sentence(start))):
            if needs_cue:
                continue  # a word in lower case, not a child nobody has told us about
            needs_cue = not _own_surname_next(text, index, entries[0], end, surname_at)
        if needs_cue and not _cue_next_to(text, start, end):
            continue
        entry = _usable_entry(text, index, entries, start)
        if entry is None:
            continue
        cand = _with_surname(text, index, Candidate(start, end, key, entry, pupils=entry.pupils), surname_at)
        out.append(cand)
        covered = end if " " in key else covered
    return out


def _own_surname_next(
    text: Text, index: NameIndex, entry: Entry, end: int, surname_at: dict[int, list[tuple[int, str]]]
) -> bool:
    """"hope_mccartan_lagan_weir.jpg" in a link, "hope mccartan": a lower-case word-name followed
    by the surname of a pupil of that name is that pupil's full name."""
    if text.f[end : end + 1] not in (" ", "_", "-", "."):
        return False
    return any(set(index.surnames[key]) & set(entry.pupils) for _, key in surname_at.get(end + 1, []))


def _cue_next_to(text: Text, start: int, end: int) -> bool:
    """A cheap first look for a cue: the word before ends a cue phrase, or the word after is one."""
    # blanked offsets are folded + 1, so blanked[:start + 1] ends just before the word
    previous = text.blanked[max(0, start - 24) : start + 1].rstrip().rpartition(" ")[2]
    if previous in lexicon.CUE_ENDINGS:
        return True
    following = text.blanked[end + 1 : end + 16].lstrip().partition(" ")[0]
    return following in lexicon.CHILD_CUES_AFTER


def _usable_entry(text: Text, index: NameIndex, entries: tuple[Entry, ...], start: int) -> Entry | None:
    entry = entries[0]
    if entry.how is not How.MUTATED:
        return entry
    before = text.words_before(start, 1)
    assert entry.mutation is not None
    if before and before[0] in welsh.TRIGGERS[entry.mutation]:
        return entry
    if _vocative(text, entry, start):
        return entry
    return entry if _mutation_carried_by_list(text, index, entry, start) else None


#: Welsh praise and greetings a child is addressed after; Welsh softens a name spoken to
#: ("Da iawn Facsen!", "Diolch Gadi", "Pen-blwydd hapus Fari").
_VOCATIVE_OPENERS = frozenset("diolch helo shwmae llongyfarchiadau hapus gwych ardderchog bendigedig".split())


def _vocative(text: Text, entry: Entry, start: int) -> bool:
    """A capitalised softened name right after Welsh praise or a greeting: the child addressed."""
    if entry.mutation is not welsh.Mutation.SOFT or text.form(start, start + len(entry.key)) is not Form.TITLE:
        return False
    before = text.words_before(start, 2)
    return bool(before) and (before[0] in _VOCATIVE_OPENERS or before[:2] == ["iawn", "da"])


def _mutation_carried_by_list(text: Text, index: NameIndex, entry: Entry, start: int) -> bool:
    """"Llongyfarchiadau i Fer a Wenno", "i Ddwynwen, Bryderi a Wern": a capitalised mutated name
    listed after other names keeps the mutation the word before the whole list calls for."""
    if text.form(start, start + len(entry.key)) is not Form.TITLE:
        return False
    words = text.words_before(start, 10)
    if not words or (words[0] not in lexicon.LIST_JOIN_WORDS and not text.gap_before(start).startswith(",")):
        return False
    i = 0
    while i < len(words) and (words[i] in lexicon.LIST_JOIN_WORDS or words[i] in index.entries):
        i += 1  # walk back over the rest of the list
    assert entry.mutation is not None
    return 0 < i < len(words) and words[i] in welsh.TRIGGERS[entry.mutation]


def _with_surname(
    text: Text, index: NameIndex, cand: Candidate, surname_at: dict[int, list[tuple[int, str]]]
) -> Candidate:
    """Extend a first name over the pupil's surname ("Olivia Sutcliffe") or an initial ("Olivia S.")."""
    gap = text.f[cand.end : cand.end + 1]
    for end, key in surname_at.get(cand.end + 1, []) if gap in " _-." else []:
        owners = set(index.surnames[key]) & set(cand.pupils)
        if owners:
            return replace(cand, full_end=end, pupils=tuple(sorted(owners)))
    initial = _INITIAL_AFTER.match(text.f, cand.end)
    if initial and irish.surname_particle_at(text, initial.start(1)):
        return cand  # "Pádraig Ó Catháin": "Ó" opens an Irish surname, it is no initial
    if initial and cand.entry.how is not How.COMMON and text.is_upper_at(initial.start(1)):
        letter, dot = initial.group(1), initial.group(2)
        if letter not in "ai" or dot:
            owners = {p for p in cand.pupils if key_initial(index, p) == letter}
            return replace(cand, full_end=initial.end(), pupils=tuple(sorted(owners)) or cand.pupils)
    return cand


def key_initial(index: NameIndex, pupil: int) -> str:
    last = index.pupils[pupil].last_name.strip()
    return fold(last[:1]).text[:1]  # "Ó Dónaill" is initialled "O"

