"""Misspellings of a pupil's first name ("Oliva", "Nathanial", "Izabelle" for the roster's names).

Parents type fast in comments. Each roster name of five letters or more gets the slips people
make most: a letter dropped, two letters swapped or one doubled, and in a long name one vowel
for another. The first letter is always kept (people rarely get it wrong, and changing it makes
real words: "Oscar" -> "scar"). Forms that are words, other names or nicknames are left out
by the index, and a misspelling is judged like a name that is also a word.
"""

from __future__ import annotations

_MIN_LENGTH = 5
_VOWELS = "aeiouy"
#: Vowel swaps make real words of short names ("Chase" -> "chose"): only in long ones.
_MIN_VOWEL_SWAP = 7

#: Everyday words one slip away from a first name ("Steven" -> "seven", "Pierce" -> "piece"):
#: never taken for a misspelt name.
WORDS = frozenset(
    """alert carer cater crater france hairs marine seven scarlet gorge start broke peace piece
    sever liver lover moral petal metal medal chose those these there where stare share shape
    spare brace trace stage saint paint faint train grain plain brain drain chain miles angle
    angel bella rosary maria mason marin robert roberts dance lance prince fiance jason mates
    harps carte carts darts parks marks sandra lines links lions leone leona elite elites
    daily rally belly jelly holly molly nelly kelly silly sally tally""".split()
)


def misspellings(name: str) -> set[str]:
    """Likely misspellings of a folded one-word name (without the name itself)."""
    if len(name) < _MIN_LENGTH or not name.isalpha():
        return set()
    out: set[str] = set()
    for i in range(1, len(name)):
        out.add(name[:i] + name[i + 1 :])  # a letter dropped
        out.add(name[:i] + name[i] + name[i:])  # a letter doubled
        if i + 1 < len(name) and name[i] != name[i + 1]:
            out.add(name[:i] + name[i + 1] + name[i] + name[i + 2 :])  # two letters swapped
        if len(name) >= _MIN_VOWEL_SWAP and name[i] in _VOWELS:
            out.update(name[:i] + v + name[i + 1 :] for v in _VOWELS)
    out.discard(name)
    return {v for v in out if len(v) >= _MIN_LENGTH and v not in WORDS}
