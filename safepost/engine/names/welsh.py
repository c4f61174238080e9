"""Welsh initial-consonant mutations of first names ("a Chadi", "i Domos", "fy Nghadi").

Welsh changes the first sound of a word after certain words, names included: after ``a``
("and") Cadi becomes Chadi, after ``i`` ("to") Tomos becomes Domos. A mutated form only counts
when the word before it triggers that mutation, so "Gadi" alone is never taken for Cadi.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum
from functools import lru_cache


class Mutation(StrEnum):
    SOFT = "soft"
    NASAL = "nasal"
    ASPIRATE = "aspirate"


# Ordered so two-letter onsets (ll, rh) are tried before one-letter ones.
_RULES: dict[Mutation, tuple[tuple[str, str], ...]] = {
    Mutation.SOFT: (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"),
                    ("g", ""), ("m", "f")),
    Mutation.NASAL: (("p", "mh"), ("t", "nh"), ("c", "ngh"), ("b", "m"), ("d", "n"), ("g", "ng")),
    Mutation.ASPIRATE: (("p", "ph"), ("t", "th"), ("c", "ch")),
}

#: Folded words after which each mutation happens (a practical subset of Welsh grammar).
TRIGGERS: dict[Mutation, frozenset[str]] = {
    Mutation.SOFT: frozenset("i o at am ar dan dros drwy trwy wrth gan heb hyd dy ei annwyl".split()),
    Mutation.NASAL: frozenset("fy yn ym yng".split()),
    Mutation.ASPIRATE: frozenset("a gyda ei tua".split()),
}


def mutate(name: str, mutation: Mutation) -> str | None:
    """The mutated form of a folded name, or None when its first sound does not mutate."""
    for onset, replacement in _RULES[mutation]:
        if name.startswith(onset):
            # "Gwen" -> "Wen" is real, but a soft-mutated name shorter than 3 letters is noise
            mutated = replacement + name[len(onset):]
            return mutated if len(mutated) >= 3 else None
    return None


def mutations(name: str) -> dict[str, Mutation]:
    """Every mutated form of a folded name, with the mutation that makes it."""
    out: dict[str, Mutation] = {}
    for mutation in Mutation:
        form = mutate(name, mutation)
        if form and form != name:
            out.setdefault(form, mutation)
    return out


def in_any_form(word: str, words: Collection[str]) -> bool:
    """Whether ``word`` is in ``words`` as written or as the radical of a mutated form ("gath"
    for "cath", "ddau" for "dau")."""
    return word in words or any(r in words for r in radicals(word))


@lru_cache(maxsize=8192)
def radicals(form: str) -> frozenset[str]:
    """The words a folded word could be a mutated form of ("chennin" -> "cennin", "wawr" -> "gwawr").
    Cached: the name judge asks about the same few words around every candidate name (two
    calls a candidate, ~30 rules each, were a tenth of the judge's time, profiled)."""
    out = set()
    for rules in _RULES.values():
        for onset, replacement in rules:
            if replacement and form.startswith(replacement):
                out.add(onset + form[len(replacement):])
            elif not replacement:
                out.add(onset + form)  # the soft mutation drops g: "wawr" is "gwawr"
    return frozenset(out)
