"""Other senses of a name: a shade, one of a list of things, a part in a play, a book's title.

Each test looks only at the few words next to the name, so it costs a slice or two; the list
and title tests run only for names that can be one of those things.
"""

from __future__ import annotations

import re

from safepost.engine.names import lexicon
from safepost.engine.names.context import Text, cue_before
from safepost.engine.names.index import NameIndex, key_of
from safepost.engine.names.match import Candidate

# One list join and the word after it: ", ", " and ", ", and ", " & ", " or ".
_NEXT_ITEM = re.compile(r"(?:, ?(?:and |or |& )?| (?:and|or|&) )([a-z]+)")
_PREVIOUS_ITEM = re.compile(r"(?<![a-z])([a-z]+)(?:, ?(?:and |or |& )?| (?:and|or|&) )$")
_MAX_ITEMS = 5
#: The same in Welsh text, where "a"/"ac" is "and" and "neu" is "or" ("Eira, Iâ a Rhew").
_NEXT_ITEM_CY = re.compile(r"(?:, ?(?:and |or |& |a |ac |neu )?| (?:and|or|&|a|ac|neu) )([a-z]+)")
_PREVIOUS_ITEM_CY = re.compile(r"(?<![a-z])([a-z]+)(?:, ?(?:and |or |& |a |ac |neu )?| (?:and|or|&|a|ac|neu) )$")
#: A form's label for a work right before a name: "Book: ", "Title: ", "Llyfr: ".
_WORK_LABEL = re.compile(
    r"\b(?:book|title|film|novel|story|poem|song|play|llyfr|teitl|stori|cerdd|ffilm)\s*:\s*$", re.IGNORECASE
)
# After a name in a title: "... and the Lantern Tree", "... of the Deep", "... in Space".
_TITLE_TAIL = re.compile(r" (?:and|&|of|in|at|on|to|under|versus|vs) (?:the |a |an )?[A-Z][a-z]")
_PLACE_TAIL = re.compile(r" (?:at|in|on|to) ")
#: A title's last capitalised word, then a lower-case word for an event it names ("... World week").
_EVENT_NOUN_AFTER = re.compile(r"[A-Z][a-z]+ (?:week|day|concert|service|assembly|festival|singalong|sing-along)\b")
_QUOTE_CLOSE = re.compile(r"[^.!?\n'\"‘’“”]{0,60}['\"’”]")
_QUOTES = "'\"‘“"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# an opening quote (after a space, a colon or a bracket) and one capitalised word: "'Sali Mali"
# (not two or three: "'Star Reader Cadi'" on a banner is the child)
_QUOTE_AND_WORD_BEFORE = re.compile(r"(?:^|[\s:(])['\"‘“][A-Z][^\W\d_]* $")
# or two or three words that open a title as a banner's words do not: "'I Am Malala'", "'The Day
# Poppy Came Home'", "'Where's Wally'" (a pronoun, an article or a question word first)
_QUOTE_AND_TITLE_OPENING = re.compile(
    r"(?:^|[\s:(])['\"‘“](?:I|The|A|An|Where|When|Why|How|What|Who|Y|Yr)(?:['’]s)?"
    r"(?: (?:[A-Z][^\W\d_]*|a|an|the|of|and|in|on|to|for)){1,2} $"
)
_THE_TWO_CAPITALS = re.compile(r" the ([A-Z][a-z]+) ([A-Z][a-z]+)\b")
_BY_FULL_NAME = re.compile(r" by ([A-Z][a-z]+) ([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b")
_TITLE_WORD = re.compile(r"[^\W\d_]+")
#: Capitalised words that are usually a sentence's start but can end a title ("the Wishing Well").
_TITLE_ENDS = frozenset("well good great amazing brilliant fantastic super happy".split())
#: Lower-case words inside a title in English and in Welsh ("Enfys o Obaith", "Ar Lan y Môr").
_SMALL_TITLE_WORDS = frozenset("a an the and of in on at to for with from by or but nor y yr o ac i ar yn am".split())


def colour(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"Hunter green", "Ruby red", "Forest Green": a shade named after a word, not a child."""
    if cand.key not in lexicon.SHADE_NAMES or cand.full_end is not None or not after or after[0] not in lexicon.COLOURS:
        return False
    if text.gap_after(cand.end) not in (" ", "-"):
        return False
    if not text.is_upper_at(cand.end + 1) or text.all_lower:
        return True  # a lower-case colour after a name: "Hunter green is the colour of..."
    # A capitalised colour may be a surname ("Ruby Green"): a shade only for a name that is a word
    return True


def listed_with_things(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Ivy, holly and mistletoe": a name-word listed with things of its kind is one of them."""
    if cand.key not in lexicon.KIND_WORDS or cand.full_end is not None:
        return False
    return any(_a_thing(text, index, start, word) for start, word in list_items(text, cand.start, cand.end))


def _a_thing(text: Text, index: NameIndex, start: int, word: str) -> bool:
    if word not in lexicon.KIND_WORDS:
        return False
    if word not in index.entries:
        return True  # "mistletoe": a thing whatever its case
    # "holly" in lower case is the plant, unless the sentence is typed without capitals
    return not text.all_lower and not text.is_upper_at(start) and not text.lower_sentence(start)


def list_items(text: Text, start: int, end: int, welsh: bool = False) -> list[tuple[int, str]]:
    """(start, word) of the items listed after and before the word at [start, end) (joined the
    Welsh way too when ``welsh``)."""
    items: list[tuple[int, str]] = []
    nxt, previous = (_NEXT_ITEM_CY, _PREVIOUS_ITEM_CY) if welsh else (_NEXT_ITEM, _PREVIOUS_ITEM)
    pos = end
    while len(items) < _MAX_ITEMS and (m := nxt.match(text.f, pos)):
        items.append((m.start(1), m.group(1)))
        pos = m.end()
    pos = start
    while len(items) < 2 * _MAX_ITEMS and (m := previous.search(text.f, max(0, pos - 30), pos)):
        items.append((m.start(1), m.group(1)))
        pos = m.start()
    return items


def cast_role(text: Text, cand: Candidate, before: list[str], after: list[str]) -> bool:
    """"Mary was played by Evie", "Joseph by Ollie", "the part of Mary": a part in a play."""
    if len(before) > 1 and before[0] == "of" and before[1] in ("part", "role", "roles", "parts"):
        return True
    if not after:
        return False
    if after[:2] == ["played", "by"] or (after[0] in ("was", "is", "were") and after[1:3] == ["played", "by"]):
        return True
    if after[0] != "by" or text.gap_after(cand.full_end or cand.end) != " ":
        return False
    return any(w in lexicon.CAST_WORDS for w in text.words_before(cand.start, 16, True))


def cast_member(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"..., Joseph by Ollie" after "played by": the child who played a part."""
    if not before or before[0] != "by":
        return False
    return any(w in lexicon.CAST_WORDS for w in text.words_before(cand.start, 16, True))


def title_of_work(text: Text, index: NameIndex, cand: Candidate, before: list[str]) -> bool:
    """A name inside the title of a book, a show or a film.

    'Oliver!' in quotes, "George's Marvellous Medicine", and after a word such as "reading",
    a name followed by title words ("reading Esme and the Lantern Tree").
    """
    o_start, o_end = text.span(cand.start, cand.full_end or cand.end)
    left = text.original[max(0, o_start - 1) : o_start]
    opened = (
        (left and left in _QUOTES)
        or _QUOTE_AND_WORD_BEFORE.search(text.original, max(0, o_start - 24), o_start)
        or _QUOTE_AND_TITLE_OPENING.search(text.original, max(0, o_start - 40), o_start)
    )
    if opened and _quoted_title(text.original, o_start, o_end) and not cue_before(text, cand.start, wide=False):
        return True  # "'Oliver!'", "'Sali Mali a'r Hufen Iâ'": the name opens a quoted title or is its second word
    if text.possessive(cand.end):
        # a title never runs over a full stop: "I am Rory's Gran. His mum..." is the child's gran
        following = _SENTENCE_END.split(text.original[o_end + 2 : o_end + 60], maxsplit=1)[0].split()[:2]
        if len(following) == 2 and all(w[:1].isupper() and w[1:2].islower() for w in following):
            return True  # "George's Marvellous Medicine"
        # "reading Rosie's Walk": one title-case word that is no name, after a word for a work
        return bool(following) and _title_word(index, following[0]) and _work_cue_before(text, cand)
    if _work_noun_before(before) and not _verb_follows(text, cand):
        return True  # "the film Matilda", but "the story Ruby wrote" names its writer
    if _WORK_LABEL.search(text.original, max(0, o_start - 20), o_start):
        return True  # "Book: Sydney the Snail", "Llyfr: Sali Mali" on a reading record
    if _by_an_author(text, index, o_end) or _the_title_case(text, index, o_end):
        return True
    tail = _TITLE_TAIL.match(text.original, o_end)
    if tail is None:
        return False
    tail_word = _TITLE_WORD.match(text.original, tail.end() - 2)
    if tail_word is not None and not _title_word(index, tail_word.group()):
        return False  # "reading with Hope and Faith", "read with Amber in Reception": people, a class
    # "our book of the week is Willow and the Wishing Well": the cue may be six words back
    if _work_cue_before(text, cand):
        return True
    if _names_an_event(text, cand, before, o_end, tail.end() - 2):
        return True  # "It's Joy to the World week!": a song's title naming the week
    # "King at the Bristol Schools Athletics": a child is often at a named place, so a place
    # preposition makes a title only after a word for a work
    return not _PLACE_TAIL.match(text.original, o_end) and _title_words(text, index, tail.end() - 2)


def _names_an_event(text: Text, cand: Candidate, before: list[str], o_end: int, o_last: int) -> bool:
    """"It's Joy to the World week!": a title "... to the ..." ending in a capitalised word before
    "week"/"day"/"concert", said to be the event ("it's", "is", or opening the sentence). Not
    "Cadi at the Christmas concert" (a child at an event) or "took Ella to the Harvest service"
    (one taken there: no "is" before)."""
    if not text.original.startswith(" to the ", o_end):
        return False  # the songs and stories named so ("Joy to the World"); "and the", "at the" name people too
    if not _EVENT_NOUN_AFTER.match(text.original, o_last) or cue_before(text, cand.start, wide=False):
        return False
    introduced = bool(before) and (before[0] in lexicon.COPULAS or (before[0] == "s" and before[1:2] == ["it"]))
    return introduced or text.sentence_start(cand.start)


def _work_cue_before(text: Text, cand: Candidate) -> bool:
    return any(w in lexicon.WORK_CUES for w in text.words_before(cand.start, 6))


def _title_word(index: NameIndex, word: str) -> bool:
    """A title-case word that can be part of a title: no name, class, year or sentence word."""
    key = key_of(word.strip(".,;:!?'\"’”"))  # folded as the index is: "Siobhán" is "siobhan"
    if not (word[:1].isupper() and word[1:2].islower()):
        return False
    return not (
        key in index.entries or key in index.classes or key in lexicon.SCHOOL_UNITS
        or key in lexicon.COMMON_CAPITALISED or key in lexicon.TITLES
    )


def _work_noun_before(before: list[str]) -> bool:
    """"the film Matilda", "our class novel Holly": a name right after a word for a work is its title."""
    return len(before) > 1 and before[0] in lexicon.WORK_NOUNS and before[1] in lexicon.WORK_DETERMINERS


def _verb_follows(text: Text, cand: Candidate) -> bool:
    """A verb right after the name: a past tense, or a verb a person does ("wrote", "chose", "sang")."""
    after = text.words_after(cand.full_end or cand.end, 1)
    if not after or text.gap_after(cand.full_end or cand.end) != " ":
        return False
    return after[0] in lexicon.PERSON_ACTIONS or after[0].endswith("ed")


def _the_title_case(text: Text, index: NameIndex, o_end: int) -> bool:
    """"Poppy the Pirate Dog", "Percy the Park Keeper": a name with a title-case epithet is a
    character or a title; "Will the Year 6 pupils" and "May the Lord" are not."""
    m = _THE_TWO_CAPITALS.match(text.original, o_end)
    return m is not None and _title_word(index, m.group(1)) and _title_word(index, m.group(2))


def _by_an_author(text: Text, index: NameIndex, o_end: int) -> bool:
    """"Matilda by Roald Dahl", "Peace at Last by Jill Murphy": a name right before "by" and a
    full name in title case that is nobody's at school is a work and its author, not a child."""
    by = _BY_FULL_NAME.match(text.original, o_end)
    if by is None:
        return False
    first, last = by.group(1).lower(), by.group(2).lower()
    if first in lexicon.TITLES or first in index.entries or first in index.staff_first:
        return False  # "Hope by Mrs Hall", "Evie by Olivia Smith": a person at school made or gave it
    return last not in index.surnames and last not in index.staff_last


def _title_words(text: Text, index: NameIndex, o_start: int) -> bool:
    """"... and the Moonlight Garden": two capitalised words that are no name, class or year."""
    words = text.original[o_start : o_start + 40].split()[:2]
    if len(words) < 2 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    if words[0][-1] in ".!?":
        return False  # "Kayden and Lily-Mae! We hope": the sentence ends before a second word
    keys = [key_of(w.strip(".,;:!?'\"’”")) for w in words]  # folded: "Siobhán Mac" names a pupil
    if keys[0] in lexicon.COMMON_CAPITALISED or (keys[1] in lexicon.COMMON_CAPITALISED and keys[1] not in _TITLE_ENDS):
        return False  # "... and The", "... and Year 4": not a title's words ("Wishing Well" is)
    return not any(k in index.entries or k in index.classes or k in lexicon.GROUP_WORDS for k in keys)


def _quoted_title(original: str, o_start: int, o_end: int) -> bool:
    """'Oliver!', 'Esme and the Lantern Tree': a quote in title case (not quoted speech)."""
    rest = original[o_end : o_end + 64].lstrip("!?")
    close = _QUOTE_CLOSE.match(rest)
    if close is None:
        return False
    words = _TITLE_WORD.findall(original[o_start:o_end] + rest[: close.end() - 1])
    return all(w[:1].isupper() or w in _SMALL_TITLE_WORDS for w in words)
