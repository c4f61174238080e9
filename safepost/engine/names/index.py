"""The per-school name index: every way a pupil's name can be written, in one automaton.

Built once per school (``school.memo``) from the roster and staff list. Keys are *folded*
(see :mod:`safepost.engine.textnorm`) with every non-letter turned into a space, so
"Siôn", "SION" and "sion" share a key and "Lily-Mae" is "lily mae". The automaton searches a
field's folded text with non-letters blanked and a space at each end, for `` key `` patterns:
a match therefore always starts and ends at a word boundary, so "Jack" never fires inside
"jacket", and the cost per draft is a single C-level pass whatever the roster's size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import ahocorasick

from safepost.engine.names import lexicon, typos, welsh
from safepost.engine.school import Pupil, SchoolContext
from safepost.engine.textnorm import fold

_NON_LETTER = re.compile(r"[^a-z ]+")
_SPACES = re.compile(r" +")


class How(StrEnum):
    """How a key relates to the pupils it names; the order is the order of trust."""

    NAME = "name"  # a first or preferred name on the roster
    NICKNAME = "nickname"  # a short form or formal form of one
    MUTATED = "mutated"  # a Welsh mutated form of one
    TYPO = "typo"  # a likely misspelling of one ("Oliva")
    SURNAME = "surname"  # a last name (only used with a first name or an initial)
    COMMON = "common"  # a common first name of no pupil on the roster


@dataclass(frozen=True)
class Entry:
    """What one folded key can mean in this school."""

    key: str
    how: How
    pupils: tuple[int, ...] = ()  # indexes into NameIndex.pupils
    base: str = ""  # for a mutated form, the unmutated key
    mutation: welsh.Mutation | None = None


@dataclass(frozen=True)
class NameIndex:
    """Everything the pupil-name rule needs to know about one school's names."""

    pupils: tuple[Pupil, ...]
    entries: dict[str, tuple[Entry, ...]]
    surnames: dict[str, tuple[int, ...]]
    first_initials: tuple[str, ...]  # per pupil: the folded initials of first and preferred names
    staff_first: frozenset[str]
    staff_last: frozenset[str]
    classes: frozenset[str]
    word_keys: frozenset[str]  # keys that need context because they are everyday words
    spaced_keys: frozenset[str]  # keys without spaces, for "A m e l i a"
    automaton: ahocorasick.Automaton  # " key " -> key, over blanked folded text
    inner: ahocorasick.Automaton  # "key" -> key, for names glued into hashtags and file names


def key_of(name: str) -> str:
    """The folded, letters-and-single-spaces key of a name."""
    return _SPACES.sub(" ", _NON_LETTER.sub(" ", fold(name).text)).strip()


_BLANK_ASCII = bytes(c if chr(c).islower() else 32 for c in range(256))
_NON_LETTER_CHAR = re.compile(r"[^a-z ]")


def blank(folded_text: str) -> str:
    """Folded text with every non-letter a space, padded by one space each side (same offsets + 1)."""
    if folded_text.isascii():
        # bytes.translate is a plain table lookup: far faster than str.translate with a dict
        return " " + folded_text.encode("ascii").translate(_BLANK_ASCII).decode("ascii") + " "
    return " " + _NON_LETTER_CHAR.sub(" ", folded_text) + " "  # one space per character


def school_index(school: SchoolContext) -> NameIndex:
    """The school's index, built on first use and memoised on the school."""
    return school.memo("pupil-name:index", lambda: build_index(school))


def build_index(school: SchoolContext) -> NameIndex:
    builder = _Builder()
    for i, pupil in enumerate(school.pupils):
        builder.add_pupil(i, pupil)
    staff_first = frozenset(k for s in school.staff if (k := key_of(s.first_name)))
    staff_last = frozenset(k for s in school.staff if (k := key_of(s.last_name)))
    classes = frozenset(k for p in school.pupils if (k := key_of(p.class_name)))
    builder.add_common(staff_first | classes)
    builder.add_typos(staff_first | staff_last | classes)
    entries = builder.entries()
    word_keys = frozenset(k for k, es in entries.items() if _needs_context(k, es[0], classes | staff_first))
    return NameIndex(
        pupils=school.pupils,
        entries=entries,
        surnames={k: tuple(v) for k, v in builder.surnames.items()},
        first_initials=tuple(builder.initials),
        staff_first=staff_first,
        staff_last=staff_last,
        classes=classes,
        word_keys=word_keys,
        spaced_keys=frozenset(k for k, es in entries.items() if " " not in k and es[0].how in _SPELT_OUT),
        automaton=_automaton(f" {k} " for k in [*entries, *builder.surnames]),
        inner=_automaton(k for k, es in entries.items() if _inner_key(k, es[0])),
    )


class _Builder:
    def __init__(self) -> None:
        self.by_key: dict[str, dict[How, set[int]]] = {}
        self.mutated: dict[str, tuple[str, welsh.Mutation]] = {}
        self.surnames: dict[str, list[int]] = {}
        self.initials: list[str] = []

    def _add(self, key: str, how: How, pupil: int | None) -> None:
        if not key:
            return
        slot = self.by_key.setdefault(key, {}).setdefault(how, set())
        if pupil is not None:
            slot.add(pupil)

    def add_pupil(self, i: int, pupil: Pupil) -> None:
        names = {key_of(pupil.first_name), key_of(pupil.preferred_name)} - {""}
        for name in names:
            self._add(name, How.NAME, i)
            # a double first name ("Lily Mae") is also called by its first part
            if " " in name:
                self._add(name.split(" ", 1)[0], How.NICKNAME, i)
        for name in names:
            for variant in _variants(name) - names:
                self._add(variant, How.NICKNAME, i)
        for name in names | {v for n in names for v in _variants(n)}:
            if " " not in name:
                for form, mutation in welsh.mutations(name).items():
                    self.mutated.setdefault(form, (name, mutation))
        surname = key_of(pupil.last_name)
        if surname:
            self.surnames.setdefault(surname, []).append(i)
        self.initials.append("".join(sorted({n[0] for n in names})))

    def add_common(self, exclude: frozenset[str]) -> None:
        # names that are also words ("Teddy", "Poppy") count only with a strong cue; the
        # words the name list leaves out ("Hope", "Will", "Haf") are left to the roster
        for name in sorted(lexicon.common_first_names() | lexicon.common_word_names()):
            key = key_of(name)
            if key and key not in self.by_key and key not in exclude:
                self._add(key, How.COMMON, None)

    def add_typos(self, exclude: frozenset[str]) -> None:
        """Misspellings of roster names that are no other name, nickname, word or surname."""
        taken = exclude | self.by_key.keys() | self.surnames.keys() | self.mutated.keys()
        names = [(k, hows[How.NAME]) for k, hows in self.by_key.items() if How.NAME in hows]
        for key, pupils in names:
            if lexicon.is_word_name(key):
                continue
            for typo in typos.misspellings(key):
                if typo not in taken and not _known_word_or_name(typo):
                    for pupil in pupils:
                        self._add(typo, How.TYPO, pupil)

    def entries(self) -> dict[str, tuple[Entry, ...]]:
        out: dict[str, tuple[Entry, ...]] = {}
        for key, hows in self.by_key.items():
            out[key] = tuple(Entry(key, how, tuple(sorted(p))) for how, p in sorted(hows.items(), key=_trust))
        for form, (base, mutation) in self.mutated.items():
            if form not in out and base in out:
                pupils = tuple(sorted({p for e in out[base] for p in e.pupils}))
                out[form] = (Entry(form, How.MUTATED, pupils, base, mutation),)
        return out


_ORDER = list(How)
_SPELT_OUT = frozenset({How.NAME, How.NICKNAME, How.MUTATED})


def _known_word_or_name(key: str) -> bool:
    return (
        key in lexicon.common_first_names()
        or key in lexicon.nicknames()
        or key in lexicon.formal_names()
        or lexicon.is_word_name(key)
        or key in lexicon.KIND_WORDS
        or key in lexicon.NICKNAME_WORDS
    )


def _trust(item: tuple[How, set[int]]) -> int:
    return _ORDER.index(item[0])


def _variants(name: str) -> set[str]:
    """Nicknames of a formal name and formal names of a nickname (not a nickname's siblings)."""
    out = set(lexicon.nicknames().get(name, ()))
    out.update(lexicon.formal_names().get(name, ()))
    return {v for v in out if len(v) >= 2}


def _needs_context(key: str, entry: Entry, other_uses: frozenset[str]) -> bool:
    """Keys that are everyday words, class or staff names, or short nicknames ("art", "ed", "Holly")."""
    if lexicon.is_word_name(key) or key in lexicon.NICKNAME_WORDS or key in other_uses or entry.how is How.TYPO:
        return True
    if entry.how in (How.NAME, How.NICKNAME, How.MUTATED) and lexicon.is_everyday_word(entry.base or key):
        return True  # "Hope", "River", "Eira", "Heulwen": a word as often as a name
    return entry.how is How.NICKNAME and len(key) <= 3


def _inner_key(key: str, entry: Entry) -> bool:
    # two-letter names ("Mo") only from the roster itself; a glued match still needs camel case
    if entry.how in (How.MUTATED, How.TYPO) or " " in key:
        return False
    return len(key) >= 3 or entry.how is How.NAME


def _automaton(keys: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key.strip())
    if len(automaton) == 0:
        automaton.add_word("\x00", "")  # an empty automaton cannot be searched
    automaton.make_automaton()
    return automaton
