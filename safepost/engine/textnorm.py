"""Unicode normalisation that remembers where every character came from.

Rules search a folded copy of the text (no accents, no zero-width characters, homoglyphs
mapped to Latin letters, case folded) and report spans in the *original* text through
:meth:`Folded.original_span`, so a finding always points at what the author typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

#: Characters that render as nothing and are used to split a word past a filter.
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f")

#: Letters from other scripts that look like Latin ones (a subset of Unicode's confusables).
HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y", "х": "x", "ԝ": "w", "ё": "e", "ї": "i",
    "ӏ": "l", "ɡ": "g", "ո": "n", "ս": "u",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
    # Latin look-alikes and digits used as letters are left alone: "0" for "o" is too often a zero.
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ſ": "s", "ß": "ss", "æ": "ae",
    "œ": "oe", "ð": "d", "þ": "th",
}


def _is_invisible(ch: str) -> bool:
    # Format characters (Cf: bidi controls, emoji tags, joiners) and combining marks (an accent
    # typed as a separate code point: "Sio\u0302n") render as nothing on their own.
    return ch in INVISIBLE or unicodedata.category(ch) in ("Cf", "Mn", "Me")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """Fold one character to lower-case ASCII-ish letters; "" for invisible characters."""
    if ch.isascii():
        return ch.lower()
    if _is_invisible(ch):
        return ""
    out = []
    for c in ch.casefold():
        c = HOMOGLYPHS.get(c, c)
        if len(c) == 1 and not c.isascii():
            decomposed = unicodedata.normalize("NFKD", c)
            # drop what a second fold would drop too (a mark with combining class 0, such as the
            # Thai nikhahit in "ำ"), so folding is idempotent
            stripped = "".join(d for d in decomposed if not unicodedata.combining(d) and not _is_invisible(d))
            if not stripped:  # a combining mark produced by casefold ("İ" -> "i" + dot above)
                continue
            c = "".join(HOMOGLYPHS.get(d, d) for d in stripped.casefold())
        out.append(c)
    return "".join(out)


@dataclass(frozen=True)
class Folded:
    """A folded copy of ``original`` with a map from each folded index to its original index."""

    original: str
    text: str
    starts: Sequence[int]  # starts[i]: original index of folded char i; starts[len(text)] == len(original)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) back to the smallest original span that produced it."""
        if start >= end:
            return self.starts[start], self.starts[start]
        first = self.starts[start]
        last = self.starts[end - 1]
        # the original character at `last` may have produced several folded ones (ß -> ss)
        return first, _next_original(self.original, last)


def _next_original(original: str, index: int) -> int:
    # keep combining marks that follow the last character: they belong to it ("o" + "\u0302")
    end = min(index + 1, len(original))
    while end < len(original) and unicodedata.combining(original[end]):
        end += 1
    return end


def fold(original: str) -> Folded:
    """Fold ``original``. Fast path for ASCII, which is most school posts."""
    if original.isascii():
        # ASCII folds one to one, so the map is the identity: a range costs nothing to build
        return Folded(original, original.lower(), range(len(original) + 1))
    lowered = original.lower()
    if len(lowered) == len(original):
        table = {c: fold_char(c) for c in set(_NON_ASCII.findall(lowered))}
        if all(len(v) == 1 for v in table.values()):
            # every character folds to exactly one (é -> e, an emoji to itself): offsets are
            # unchanged, and only the non-ASCII characters need replacing
            folded = _NON_ASCII.sub(lambda m: table[m.group()], lowered)
            return Folded(original, folded, range(len(original) + 1))
    pieces: list[str] = []
    starts: list[int] = []
    pos = 0
    # Only the non-ASCII characters need the slow path; ASCII runs fold one to one.
    for match in _NON_ASCII.finditer(original):
        i = match.start()
        if i > pos:
            pieces.append(original[pos:i].lower())
            starts.extend(range(pos, i))
        folded_char = fold_char(original[i])
        pieces.append(folded_char)
        starts.extend([i] * len(folded_char))
        pos = i + 1
    if pos < len(original):
        pieces.append(original[pos:].lower())
        starts.extend(range(pos, len(original)))
    starts.append(len(original))
    return Folded(original, "".join(pieces), tuple(starts))
