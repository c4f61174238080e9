"""A photo's file name and alt text, read with the post they are attached to.

A pupil's name that is also a word ("Summer", "Robin", "Seren", "Celyn") says little in a file
name, where everything is lower case and there is no sentence, and not much more at the head
of an alt text ("Hope holding a tray of Welsh cakes", "Robin with a bright red breast"). The
post's own text usually settles it, as a reader would: when the text names the child
("Diolch o galon Hope"), the photo's "hope_welsh_cakes.jpg" is that child; when the text uses
the same word only as a word ("the Summer Fair", "a robin has moved in", "Dosbarth Celyn",
"Miss Alaw", "gyda'r wawr"), the photo's is that word too. The photo's own words still come
first where they are plain: a title ("miss_alaw"), an article ("llyfrgell-yr-enfys"), a year
("summer_2026"), the word's own neighbour ("summer_fair", "Summer Reading Challenge"), or a
surname or a possessive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safepost.engine.names import lexicon, welsh
from safepost.engine.names.context import Form, Text, cue_before
from safepost.engine.names.index import How, NameIndex
from safepost.engine.names.match import Candidate, NameMatch

#: A year right after a word-name: "summer_2026", "haf-2025" (a season or an event, not a child).
_YEAR_AFTER = re.compile(r"[ _-]?(?:19|20)\d\d(?!\d)")
#: Words before a name that make it an adult, a class or a thing named after the word.
_NOT_A_CHILD_BEFORE = lexicon.STAFF_TITLES | lexicon.UNIT_BEFORE | lexicon.WELSH_ARTICLES | frozenset({"the"})
_NAME_SENSES = (How.NAME, How.NICKNAME, How.MUTATED)
#: Welsh prepositions and particles that follow a child opening an alt text ("Celyn wrth ochr
#: y pwll", "Awel ar lwyfan", "Derwen mewn gogls", "Bryn a Glyn yn eu crysau").
_WELSH_LINKS = frozenset("a ac ar at wrth mewn gyda gydag efo yn yng ym o i dan dros heb gan am rhwng ger".split())


@dataclass(frozen=True)
class PostNames:
    """What a post's text says of the pupils whose names are words."""

    named: frozenset[int]  # pupils the text names
    worded: frozenset[int]  # pupils whose name the text uses, but only as a word (or a class, an adult)
    titles: frozenset[tuple[str, str]] = frozenset()  # ("hope", "house"): the text's "Hope House"


NO_POST = PostNames(frozenset(), frozenset())


def read_post(text: Text, index: NameIndex, found: list[tuple[int, int, str]],
              matches: list[NameMatch]) -> PostNames:
    """The pupils a post's text names, those whose word-name it uses only as the word, and the
    titles it opens with a word-name ("Hope House", "Seren Fach")."""
    named = frozenset(p for m in matches for p in m.pupils)
    seen: set[int] = set()
    titles: set[tuple[str, str]] = set()
    for _, end, key in found:
        if key not in index.word_keys:
            continue
        after = text.words_after(end, 1)  # read once for every pupil sense of the key
        for entry in index.entries.get(key, ()):
            if entry.how in _NAME_SENSES:
                seen.update(entry.pupils)
                if after and _opens_a_title(text, index, end, after[0], entry.pupils):
                    titles.add((key, after[0]))
    return PostNames(named, frozenset(seen) - named, frozenset(titles))


def reweigh(text: Text, index: NameIndex, cand: Candidate, verdict: bool | None, post: PostNames,
            file_name: bool) -> bool | None:
    """A photo field's verdict on a word-name, weighed with what the post's text said of it."""
    if cand.key not in index.word_keys or not cand.pupils:
        return verdict
    pupils = set(cand.pupils)
    if pupils & post.named:
        if _title_from_the_post(text, cand, post):
            return False  # "Well done Hope ... for Hope House" ... "hope_house_cheque.jpg": the hospice
        if verdict is not True and _may_be_the_child(text, cand, file_name) and not _word_here(text, index, cand):
            return True  # "Diolch o galon Hope" ... "hope_welsh_cakes.jpg": the same child
        return verdict
    if verdict is True and pupils & post.worded and not _child_here(text, index, cand):
        return False  # "Robin watch ... a robin has moved in" ... "robin_nest_box.jpg": the bird
    if verdict is True and file_name and _paired_with_a_word(text, index, cand):
        return False  # "seren_a_chalon_bisgedi.jpg": a star and a heart, not a child and a heart
    return verdict


def _may_be_the_child(text: Text, cand: Candidate, file_name: bool) -> bool:
    """In an alt text only a capitalised word-name may be the child ("Cerdyn gyda seren aur": a
    star), and not one a Welsh adjective describes ("Heulwen braf ar yr iard": fine sunshine)."""
    if file_name:
        return True
    if not text.all_lower and text.form(cand.start, cand.end) is Form.LOWER:
        return False
    after = text.words_after(cand.end, 1)
    return not (after and text.gap_after(cand.end) == " " and _welsh_describing_word(after[0]))


def _welsh_describing_word(word: str) -> bool:
    """A Welsh word, no preposition or particle, after a noun: an adjective ("braf", "aur", "goch")."""
    if word in _WELSH_LINKS or word in lexicon.english_words():
        return False
    return lexicon.is_only_welsh(word) or any(lexicon.is_only_welsh(r) for r in welsh.radicals(word))


def _word_here(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """The photo's own words make the word-name a word, an adult or a class, whatever the post says."""
    before = text.words_before(cand.start, 1)
    after = text.words_after(cand.full_end or cand.end, 1)
    if cand.full_end is not None or text.possessive(cand.end):
        return False
    word_before, word_after = lexicon.WORD_NEIGHBOURS.get(cand.entry.base or cand.key, (frozenset(), frozenset()))
    if before and (before[0] in _NOT_A_CHILD_BEFORE or before[0] in word_before):
        return True  # "miss_alaw", "llyfrgell-yr-enfys", "Dosbarth Celyn", "amazing_grace"
    if after and after[0] in word_after:
        return True  # "summer_fair", "holly_wreath", "Summer Reading Challenge"
    o_end = text.span(cand.start, cand.end)[1]
    if _YEAR_AFTER.match(text.original, o_end):
        return True  # "farm_trip_summer_2026.jpg": the season
    return _capitalised_phrase(text, index, cand, after)


def _capitalised_phrase(text: Text, index: NameIndex, cand: Candidate, after: list[str]) -> bool:
    """"a sign saying Summer Reading Challenge": a capitalised word after the name, in a
    sentence that is not in capitals, that is none of the pupils' surnames: a title."""
    return bool(after) and _opens_a_title(text, index, cand.end, after[0], cand.pupils)


def _opens_a_title(text: Text, index: NameIndex, end: int, word: str, pupils: tuple[int, ...]) -> bool:
    """The word-name ending at ``end`` is followed by a capitalised word that is nobody's name and
    none of these pupils' surnames, in a text not all in capitals: "Hope House", "Summer Reading"."""
    if text.gap_after(end) != " " or text.all_lower:
        return False
    start = end + 1
    if text.form(start, start + len(word)) is Form.LOWER or word in index.entries:
        return False
    return not any(p in index.surnames.get(word, ()) for p in pupils)


def _title_from_the_post(text: Text, cand: Candidate, post: PostNames) -> bool:
    """The photo joins the word-name to the word the post's text gave it as a title: after
    "Hope House" in the text, "hope_house_cheque.jpg" is the hospice, even beside a child Hope."""
    after = text.words_after(cand.full_end or cand.end, 1)
    return bool(after) and cand.full_end is None and (cand.key, after[0]) in post.titles


def _child_here(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """The photo's own words say a child: a surname or an initial, a possessive, a cue before
    (not for a class's name the text gives the class: "seren-yr-wythnos-celyn.jpg" after
    "Sêr yr Wythnos Dosbarth Celyn" is the class's star of the week)."""
    if cand.full_end is not None or text.possessive(cand.end):
        return True
    return cand.key not in index.classes and cue_before(text, cand.start, wide=False)


def _paired_with_a_word(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """A word-name joined by "and"/"a" to an everyday word that is nobody's name, in a file name
    ("faith_and_belief", "seren_a_chalon": a heart, mutated): the two are things, not a child."""
    after = text.words_after(cand.end, 2)
    if len(after) < 2 or after[0] not in lexicon.LIST_JOIN_WORDS or cand.full_end is not None:
        return False
    other = after[1]
    if other in index.entries or other in index.surnames or other in lexicon.all_first_names():
        return False  # "seren_and_hope", "bryn_a_glyn": two children
    return any(lexicon.is_everyday_word(w) for w in (other, *welsh.radicals(other)))
