"""A literal prefilter for the lexicon regexes, so a comment runs only the patterns that can match.

For each pattern we work out a set of strings one of which every match must contain (the idea of
RE2's prefilter, simplified): a literal run inside a sequence, the union over the branches of an
alternation, the body of a repeat that must occur at least once. One Aho-Corasick pass over the
comment then says which patterns are worth running. A pattern for which no such set can be
found (or whose set would be a single common character) always runs, so the prefilter can
only skip work, never change a result; a test checks that on every labelled comment.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the standard library's own regex parser
from collections.abc import Sequence
from typing import Any

import ahocorasick

Literals = frozenset[str]
_LITERAL = sre_parse.LITERAL
_SUBPATTERN = sre_parse.SUBPATTERN
_BRANCH = sre_parse.BRANCH
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT)


def required_literals(pattern: str) -> Literals | None:
    """Strings one of which every match of ``pattern`` contains, or None when none can be found."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    found = _sequence(list(parsed))
    if found is None or not found or any(len(s) < 2 and not _rare(s) for s in found):
        return None
    return found


def _rare(s: str) -> bool:
    """A one-character literal selective enough to gate on (punctuation, emoji)."""
    return not s.isalnum() and s != " "


def _sequence(items: Sequence[tuple[Any, Any]]) -> Literals | None:
    candidates: list[Literals] = []
    run: list[str] = []
    for op, arg in items:
        if op is _LITERAL:
            run.append(chr(arg))
            continue
        if op in _REPEATS and arg[0] >= 1 and len(arg[2]) == 1 and arg[2][0][0] is _LITERAL:
            run.append(chr(arg[2][0][1]))  # "x+" contributes one "x" to the run, then the run ends
            candidates.append(frozenset({"".join(run)}))
            run = []
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner = _item(op, arg)
        if inner is not None:
            candidates.append(inner)
    if run:
        candidates.append(frozenset({"".join(run)}))
    return max(candidates, key=_quality, default=None)


def _item(op: Any, arg: Any) -> Literals | None:
    if op is _SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is _BRANCH:
        sets = [_sequence(list(branch)) for branch in arg[1]]
        if any(s is None for s in sets):
            return None
        return frozenset().union(*(s for s in sets if s is not None))
    if op in _REPEATS and arg[0] >= 1:
        return _sequence(list(arg[2]))
    if op is sre_parse.IN and all(kind is _LITERAL for kind, _ in arg):
        return frozenset(chr(code) for _, code in arg)  # an alternation of single characters
    return None


def _quality(literals: Literals) -> tuple[int, int]:
    """Prefer sets whose shortest string is longest (fewer false triggers), then smaller sets."""
    return (min(len(s.strip()) for s in literals), -len(literals))


class Prefilter:
    """Which of ``patterns`` can match a text, found with one Aho-Corasick pass."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.always: list[int] = []
        self.automaton = ahocorasick.Automaton()
        owners: dict[str, list[int]] = {}
        for index, pattern in enumerate(patterns):
            literals = required_literals(pattern)
            if literals is None:
                self.always.append(index)
                continue
            for literal in literals:
                owners.setdefault(literal, []).append(index)
        for literal, indexes in owners.items():
            self.automaton.add_word(literal, tuple(indexes))
        if owners:
            self.automaton.make_automaton()
        self.has_words = bool(owners)

    def candidates(self, text: str) -> set[int]:
        """Indexes of the patterns that may match ``text``."""
        found = set(self.always)
        if self.has_words:
            for _, indexes in self.automaton.iter(text):
                found.update(indexes)
        return found
