"""LOC201's words for a venue and a street, in English and Welsh.

Kept apart from the rule because it is vocabulary with one piece of grammar, not a judgement: the
Welsh venue words are listed as a dictionary gives them, and their soft, nasal and aspirate forms
("ar draeth", "yng nghastell", "ym maes parcio") are made here by the mutation rules in
:mod:`safepost.engine.names.welsh`, so nobody has to list them. The English venue words live in the
shipped word lists (``words("places", ...)``) and are read at first use, not at import, to keep
start-up fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from safepost.engine.names.welsh import mutations
from safepost.engine.rules._content import words

#: Welsh venue words, as a dictionary gives them: off site by themselves ("ar draeth", "y ganolfan
#: hamdden"); their mutated forms are made by grammar ("ar gopa", "ym maes parcio", "yng
#: nghastell"), not listed. "ym Mharc Dolwern" is a capital and found as a name.
_WELSH_VENUE_ROOTS = (
    "canolfan hamdden", "traeth", "pwll nofio", "llyfrgell", "amgueddfa", "sw", "fferm", "theatr", "sinema",
    "maes chwarae", "parc", "castell", "eglwys", "capel", "gorsaf", "marchnad", "stadiwm", "cofeb", "llyn",
    "prom", "promenâd", "harbwr", "pafiliwn", "canolfan siopa", "maes y sioe", "cae chwarae", "caeau chwarae",
)
#: Welsh words for a place that a school has too (a hall, a field, a stage, a car park): off site only
#: before a name or a genitive that is not the school's ("neuadd y pentref", "ar gopa Moel Famau",
#: "llwyfan Neuadd y Dref"; never "yn y neuadd", "cae'r ysgol").
_WELSH_NAMED_VENUE_ROOTS = (
    "neuadd", "cae", "caeau", "canolfan", "llwyfan", "copa", "mynydd", "stryd", "sgwâr", "pont", "gardd",
    "caffi", "stiwdio", "maes parcio", "cyntedd", "trac", "cwrt", "lawnt", "glan", "lan",
)

_UNMUTATED_ONSETS = frozenset({"th", "ch", "ph", "ff", "dd", "ng"})


def _with_mutations(roots: tuple[str, ...]) -> tuple[str, ...]:
    """Each root and its soft, nasal and aspirate forms ("castell", "gastell", "nghastell", "chastell")."""
    forms = {root: None for root in roots}
    for root in roots:
        first, _, rest = root.partition(" ")
        if first[:2] in _UNMUTATED_ONSETS:
            continue  # "theatr", "ffair": a digraph that no mutation changes
        for form in mutations(first):
            forms.setdefault(f"{form} {rest}".strip(), None)
    # longest first, so that an alternation built from them prefers "canolfan hamdden" to "canolfan"
    return tuple(sorted(forms, key=len, reverse=True))


#: Off site by themselves, with every mutated form.
WELSH_VENUES = _with_mutations(_WELSH_VENUE_ROOTS)
#: Off site only with whose they are, with every mutated form.
WELSH_NAMED_VENUES = _with_mutations(_WELSH_NAMED_VENUE_ROOTS)
#: Both kinds: where a Welsh place can start.
ALL_WELSH_VENUES = WELSH_VENUES + WELSH_NAMED_VENUES

#: A place that opens with a Welsh venue word ("traeth Aberporth", "y ganolfan hamdden").
WELSH_VENUE_START = re.compile(rf"(?:(?:y|yr)\s+)?(?:{'|'.join(ALL_WELSH_VENUES)})\b")
#: A name that ends as an English street does ("Mill Street", "Church Lane").
STREET_END = re.compile(
    r" (?:Street|Road|Lane|Avenue|Crescent|Terrace|Close|Square|Green|Common|Way|Drive|Parade|Hill)$"
)
#: A Welsh street opens with its word ("Heol y Felin", "Stryd Fawr").
WELSH_STREET = re.compile(r"(?:Heol|Stryd|Stryt|Lôn|Ffordd|Maes|Rhodfa|Cae|Teras|Sgwâr) [A-Z]")


def _ends_with_one_of(venues: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(re.escape(v) for v in venues)})$")


@cache
def venue_end() -> re.Pattern[str]:
    """A phrase that ends in a venue word, off site by itself ("Rhyl Golf Club", "the beach")."""
    return _ends_with_one_of(words("places", "venues"))


@cache
def named_venue_words() -> tuple[str, ...]:
    """Venue words, and the words for a place a school has too (a field, a stage), which end a name."""
    return (*words("places", "venues"), *words("places", "named_venues"))


@cache
def named_venue_end() -> re.Pattern[str]:
    """A phrase that ends in either kind of venue word ("Porthcawl beach", "the Coleg Cambria field")."""
    return _ends_with_one_of(named_venue_words())
