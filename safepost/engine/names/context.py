"""The words around a possible name, read from a field's folded text.

Positions are indexes into the folded text (``Folded.text``). Looking around a match costs a
few slices and one small regex over at most ~100 characters, so judging a match is cheap
whatever the length of the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from safepost.engine.names import lexicon
from safepost.engine.textnorm import Folded

_WORD = re.compile(r"[a-z]+")
_WINDOW = 100
_SENTENCE_END = ".!?\n"
_FIRST_STOP = re.compile(r"[.!?\n]")
_GAP = re.compile(r"[^a-z]{1,8}")
_GAP_BEFORE = re.compile(r"[^a-z]{1,8}$")
# a sentence's first word, spaces and quotes skipped; a link, a hashtag or a number is no word
_FIRST_WORD = re.compile(r"[\s\"'‘“(]*([^\W\d_]+)(?=[\s,!?.])")


class Form(StrEnum):
    """How a word was typed."""

    TITLE = "title"  # Grace
    UPPER = "upper"  # GRACE
    LOWER = "lower"  # grace


@dataclass(frozen=True)
class Text:
    """One field's text in its three forms: original, folded, and folded with non-letters blanked."""

    folded: Folded
    blanked: str  # see index.blank: offsets are folded offsets + 1
    original: str = field(init=False)
    f: str = field(init=False)  # the folded text
    _memo: dict[tuple[int, int, bool], list[str]] = field(init=False, default_factory=dict, repr=False)

    _identity: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "original", self.folded.original)
        object.__setattr__(self, "f", self.folded.text)
        # one folded character per original one (most posts): offsets map to themselves
        object.__setattr__(self, "_identity", isinstance(self.folded.starts, range))

    @cached_property
    def all_lower(self) -> bool:
        """True when the author typed no capitals at all (case says nothing then)."""
        return self.original == self.original.lower()

    def lower_sentence(self, start: int) -> bool:
        """Whether the sentence holding folded ``start`` opens with a lower-case word ("sonny
        brought in his medals", "shoutout to grace and hope"): its author is not using capitals
        there, so, as in an all-lower-case text, case says nothing of a name in it."""
        if self.all_lower:
            return True
        o_start = self.span(start, start)[0]
        window = self.original[max(0, o_start - _WINDOW) : o_start + 40]
        stop = max(window.rfind(c, 0, o_start - max(0, o_start - _WINDOW)) for c in _SENTENCE_END)
        first = _FIRST_WORD.match(window, stop + 1)
        return first is not None and first.group(1).islower()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind folded [start, end)."""
        if self._identity:
            return (start, end) if start < end else (start, start)
        return self.folded.original_span(start, end)

    def form(self, start: int, end: int) -> Form:
        """How the word at folded [start, end) was typed."""
        o_start, o_end = self.span(start, end)
        word = self.original[o_start:o_end]
        if len(word) > 1 and word.isupper():
            return Form.UPPER
        if word[:1].isupper():
            return Form.TITLE
        return Form.LOWER

    def is_upper_at(self, index: int) -> bool:
        """Whether the original character behind folded ``index`` is a capital letter."""
        if index >= len(self.f):
            return False
        return self.original[self.folded.starts[index]].isupper()

    def words_before(self, start: int, limit: int = 6, cross_sentence: bool = False) -> list[str]:
        """Up to ``limit`` words before ``start``, nearest first, stopping at a sentence end."""
        key = (start, limit, cross_sentence)
        cached = self._memo.get(key)
        if cached is None:
            window = self.f[max(0, start - _WINDOW) : start]
            if not cross_sentence:
                stop = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))
                # "Mrs. Hall": a full stop right after a title is not a sentence end
                if stop >= 0 and not _is_title_stop(window, stop):
                    window = window[stop + 1 :]
            cached = _WORD.findall(window)[::-1][:limit]
            self._memo[key] = cached
        return cached

    def words_after(self, end: int, limit: int = 4) -> list[str]:
        """Up to ``limit`` words after ``end``, stopping at a sentence end."""
        key = (-end - 1, limit, False)
        cached = self._memo.get(key)
        if cached is None:
            window = self.f[end : end + 12 * limit]
            stop = _FIRST_STOP.search(window)
            cached = _WORD.findall(window if stop is None else window[: stop.start()])[:limit]
            self._memo[key] = cached
        return cached

    def gap_before(self, start: int) -> str:
        """The non-letter characters (at most 8) between ``start`` and the word before it."""
        match = _GAP_BEFORE.search(self.f, max(0, start - 8), start)
        return match.group() if match else ""

    def gap_after(self, end: int) -> str:
        """The non-letter characters (at most 8) after ``end``."""
        match = _GAP.match(self.f, end)
        return match.group() if match else ""

    def sentence_start(self, start: int) -> bool:
        """Whether ``start`` begins a sentence (or a line, or follows an emoji)."""
        i = start - 1
        while i >= 0 and self.f[i] in " \t\"'‘“(":
            i -= 1
        if i < 0:
            return True
        ch = self.f[i]
        return ch in ".!?\n:;…" or (not ch.isascii() and not ch.isalnum())

    def possessive(self, end: int) -> bool:
        """Whether the word ending at ``end`` is followed by 's (Isla's)."""
        rest = self.f[end : end + 3]
        return len(rest) >= 2 and rest[0] in "'’`" and rest[1] == "s" and (len(rest) == 2 or not rest[2].isalpha())


def _is_title_stop(window: str, cut: int) -> bool:
    if window[cut] != ".":
        return False
    before = _WORD.findall(window[max(0, cut - 6) : cut])
    return bool(before) and window[cut - 1].isalpha() and (before[-1] in lexicon.TITLES or len(before[-1]) == 1)


def cue_before(text: Text, start: int, wide: bool = True) -> bool:
    """A phrase right before ``start`` (fillers skipped) says a child is meant.

    ``wide`` also accepts a cue word a few words back ("welcome to our new friends, Ola").
    """
    words = text.words_before(start, 8)
    gap = text.gap_before(start)
    if not words and gap.strip(" \t") == "\n":
        # a certificate's lines: "presented to" / "Harmony Jones" (one line break, no full stop)
        words = text.words_before(start, 8, cross_sentence=True)
    if words and words[0] in lexicon.LABEL_WORDS and ":" in gap:
        return True  # "Name: Evie Carter", "Awarded to: ..." on a form or a certificate
    if gap.rstrip(" ").endswith(":") and any(w in lexicon.AWARD_HEADINGS for w in words[:4]):
        return True  # "Bake Off winner: Honey", "Man of the match: Rain with two goals"
    while words and words[0] in lexicon.FILLERS:
        words = words[1:]
    for n in (1, 2, 3, 4):
        if len(words) >= n and " ".join(reversed(words[:n])) in lexicon.CHILD_CUES_BEFORE:
            return True
    return wide and any(w in lexicon.CHILD_CUES_WIDE for w in text.words_before(start, 10))
