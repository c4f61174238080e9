"""Word labels on a display: a pupil's name that is also a word, alone on its line among words.

Pictures list single words a line (or a card) each: the school's values ("Respect", "Hope",
"Kindness"), the seasons ("Gwanwyn", "Haf", "Hydref", "Gaeaf"), trees, flowers. The names
finder reads a word-name alone on its line as a child, as it is on a coat peg. Here a list of
one-word lines decides (a run of consecutive ones, or the one-word headings of a board's cards,
each over a lower-case line): when it holds at least two capitalised everyday words that are
nobody's first name, and more of them than pupils' names that are no words, its word-names
are words too. Cue words ("Happy" / "Birthday") and award headings ("Tystysgrif",
"Gwobr") are no such words, so a certificate's stacked heading keeps its child.

Known weaknesses: a list whose other items are also given names ("Ruby", "Amber", "Jade" as
gemstones) still reads as children; a run of two pupils with a word-name and two everyday
words ("Hope", "Respect", "Kindness", "Kacper") is read as words for the word-names.
"""

from __future__ import annotations

import re
import unicodedata

from safepost.engine.names import lexicon
from safepost.engine.school import SchoolContext

_LABEL = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_TRIM = " \t.,:;!?"
#: Heading words of certificates and awards, which sit above a child's name on their own lines.
_AWARD_WORDS = frozenset(
    "certificate award awards winner winners achievement tystysgrif gwobr gwobrau enillydd llwyddiant".split()
)
_CUE_WORDS = frozenset(w for p in lexicon.CHILD_CUES_BEFORE for w in p.split())


def word_label_spans(text: str, school: SchoolContext) -> set[tuple[int, int]]:
    """The (start, end) of each one-word line of ``text`` that is a word-name read as a word."""
    runs = _runs(text)
    firsts = _pupil_first_names(school)
    out: set[tuple[int, int]] = set()
    for run in runs:
        kinds = [_kind(word, firsts) for _, _, word in run]
        words = kinds.count("word")
        if words < 2 or words <= kinds.count("name"):
            continue
        out.update((s, e) for (s, e, _), kind in zip(run, kinds, strict=True) if kind == "word-name")
    return out


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Lists of one-word lines, each (start, end, word): runs of consecutive ones, and the
    cards' headings (a one-word line over a lower-case line: "Hydref" / "dail yn cwympo")."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    headings: list[tuple[int, int, str]] = []
    offset = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        core = line.strip(_TRIM)
        if _LABEL.fullmatch(core) and core[:1].isupper():
            start = offset + line.index(core)
            runs[-1].append((start, start + len(core), core))
            if n + 1 < len(lines) and lines[n + 1].strip()[:1].islower():
                headings.append((start, start + len(core), core))
        elif runs[-1]:
            runs.append([])
        offset += len(line) + 1
    return [r for r in (*runs, headings) if len(r) >= 3]


def _kind(word: str, firsts: frozenset[str]) -> str:
    key = _fold(word)
    everyday = lexicon.is_everyday_word(key)
    if key in firsts:
        return "word-name" if everyday else "name"
    if not everyday or key in _CUE_WORDS or key in _AWARD_WORDS or key in lexicon.TITLES:
        return "other"
    if key in lexicon.all_first_names() or key in lexicon.UNIT_BEFORE:
        return "other"
    return "word"


def _pupil_first_names(school: SchoolContext) -> frozenset[str]:
    def build() -> frozenset[str]:
        return frozenset(_fold(n) for p in school.pupils for n in (p.first_name, p.preferred_name) if n)

    return school.memo("images-label-first-names", build)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
