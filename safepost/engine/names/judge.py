"""Judge a possible name by the words around it: a child, not a child, or only if listed with one.

Titles (``Mrs Hall``), famous people (``Harry Potter``), pets, places and events (``Poppy
Appeal``), class names (``Holly class``), names used as ordinary words (``Will you...``), roles
and names discussed as words say "not a child"; cues ("Well done"), a class or a year after the
name say "a child".
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from safepost.engine.names import heads, irish, lexicon, namesakes, shapes, things, welsh
from safepost.engine.names.context import Form, Text, cue_before
from safepost.engine.names.index import How, NameIndex
from safepost.engine.names.match import Candidate, NameMatch, to_match
from safepost.engine.names.person import acts_next, person_evidence
from safepost.engine.names.senses import (
    cast_member,
    cast_role,
    colour,
    list_items,
    listed_with_things,
    title_of_work,
)

_ROLE_BEFORE = lexicon.ROLE_BEFORE - {"our"}  # "our" alone is too common: only "our Mary (Evie)"
_LIST_JOINS = (", ", " and ", " & ", " a ", " ac ", ",", " or ", " + ")
_STAFF_AFTER = tuple(f"{link} {group}".strip() for link in lexicon.STAFF_LINKS for group in lexicon.STAFF_GROUPS)
# the same phrases as a set and as tuples of openings and endings: one C-level test each
_STAFF_AFTER_SET = frozenset(_STAFF_AFTER)
_STAFF_AFTER_OPENINGS = tuple(f"{p} " for p in _STAFF_AFTER)
_STAFF_GROUP_ENDINGS = tuple(f" {g}" for g in lexicon.STAFF_GROUPS)
# "our P3 class is called Rowan", "P5 is Willow": a class named, not a child (30 characters back)
_CLASS_CALLED = re.compile(r"\bclass(?:es)? (?:is |are |was |will be )?(?:called|named) $")
_INTRODUCTION_REACH = 1000
#: After a name: a named school it comes from (Welsh "o Ysgol ...", English "from ... Primary").
_FROM_A_SCHOOL = re.compile(r" (?:from|o) (?:Ysgol [A-Z]|(?:[A-Z][\w'’]+ ){1,3}(?:Primary|Academy)\b)")
#: Mentions of a name read when tying it to another (a flood of names stays linear).
_MENTIONS_READ = 9
_YEAR_POSSESSIVE = re.compile(r"(?i)(?<![a-z])(?:[pys]|year |yr |blwyddyn )\d['’]s $")
# two initials or more right before a name: how authors are named ("C.S. Lewis", "J. R. R. Tolkien")
_INITIALS_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Z]\. ?){2,}$")
# after a full name: where the person comes from, or their role in apposition ("Isla Gray, our librarian")
_INTRODUCED = re.compile(r" from |, (?:our|the|a|an|who is|who works) ")
#: After a name on a lost thing: how it is marked ("Aaron McL written on the label", "STORM sewn in").
_WRITTEN_ON_A_THING = re.compile(r"(?: [A-Z][\w'’]*\.?)? (?:written|printed|sewn|stitched|ironed) (?:on|in|into|inside)\b")
#: "Kayden (he's 3)", "Nia (she's only 4)": a child's age in brackets after the name.
_AGE_IN_BRACKETS = re.compile(r" ?\((?:he|she)['’]s (?:only |just |nearly |almost )?\d{1,2}\b")
_UNIT_IS = re.compile(r"(?:^|[^a-z0-9])(?<!in )(?<!from )(?:[ps][1-7]|year \d|primary \d|class \d|reception) (?:is|are|will be) $")


def judge(text: Text, index: NameIndex, cand: Candidate, file_name: bool) -> bool | None:
    """True: a child's name. False: not one. None: only if listed with a name (``A and B``)."""
    before = text.words_before(cand.start, 4)
    after = text.words_after(cand.full_end or cand.end, 3)
    prev = before[0] if before else ""
    if _welsh_kin_before(text, cand, before) or _welsh_work_before(text, index, cand, before):
        return True  # "mam Gwenno", "teulu Celyn", "gwaith Derwen": the child's mum, family or work, in Welsh
    if before and before[0] in _WELSH_WORK_NOUNS and _seasons_work(text, cand) and not cue_before(text, cand.start, wide=False):
        return False  # "gwaith Haf yw'r thema nesaf": the summer term's work
    if _not_a_child(text, index, cand, before, after):
        return False
    if cand.full_end is not None and cand.entry.how is not How.COMMON:
        return True
    key = cand.key
    if cand.entry.how is How.COMMON:
        return _common_name(text, index, cand)
    if key in index.staff_first and cand.entry.how is not How.NAME:
        return False  # a staff member's name that is only a pupil's nickname
    if key in index.staff_first and _staff_named_elsewhere(text, index, cand) and not child_evidence(text, index, cand):
        return False  # "Miss Llinos Evans ... Diolch, Llinos!": the same adult again
    if _adult_titled_elsewhere(text, cand) and not child_evidence(text, index, cand):
        return False  # "Dr Gethin Llwyd ... Diolch Gethin!": the same adult again
    if _other_person_named_elsewhere(text, index, cand) and not _child_words_after(text, index, cand):
        return False  # "Isla Gray from the library ... Thank you, Isla!": the same visitor, thanked
    if things.after_other_first_name(text, index, cand):
        return child_evidence(text, index, cand) or None  # "Andy Murray's documentary": a surname
    if key in index.classes:
        return _class_or_child(text, index, cand, prev, after)
    if lexicon.is_word_name(key) or (key in index.word_keys and _word_not_only_staff(index, cand)):
        return _word_or_name(text, index, cand, before, after, file_name)
    if _other_surname_follows(text, index, cand):
        return child_evidence(text, index, cand) or None
    return True


def _welsh_kin_before(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"Mae mam Gwenno yn...", "diolch i deulu Celyn", "Mam Harry ydi...": a Welsh family word
    right before a name (lower case, or opening the sentence), in a Welsh clause, is the child's
    relative (Welsh puts the owner after the thing owned); "Nain Mair" capitalised inside a
    sentence, or "mum Kayleigh" in English, names the adult."""
    if not before or before[0] not in lexicon.WELSH_KIN or text.gap_before(cand.start) != " " or text.all_lower:
        return False
    kin_start = cand.start - 1 - len(before[0])
    if text.f[kin_start : cand.start - 1] != before[0]:
        return False
    if text.form(kin_start, cand.start - 1) is not Form.LOWER and not text.sentence_start(kin_start):
        return False  # "Nain Mair" inside a sentence is a title; "Mam Harry ydi'r..." opens one
    around = text.words_before(kin_start, 6) + text.words_after(cand.full_end or cand.end, 6)
    return sum(_welsh_word(w) for w in around) >= 2


#: What a child makes, before its maker in Welsh order ("gwaith Derwen" is Derwen's work).
_WELSH_WORK_NOUNS = frozenset("gwaith llun lluniau cerdd prosiect paentiad poster".split())


def _welsh_work_before(text: Text, index: NameIndex, cand: Candidate, before: list[str]) -> bool:
    """"Mae gwaith Derwen ar goed brodorol yn y neuadd": a lower-case Welsh noun for a child's
    work right before a capitalised name, in a Welsh clause, is the child's work (the owner
    follows the thing owned); "Dydd Llun" is Monday and "gwaith Derwen" in lower case an oak's."""
    if not before or before[0] not in _WELSH_WORK_NOUNS or text.gap_before(cand.start) != " " or text.all_lower:
        return False
    if _seasons_work(text, cand):
        return False  # "gwaith Haf yn y cynllun gwersi", "gwaith Haf yw'r thema nesaf": the term's work
    work_start = cand.start - 1 - len(before[0])
    if text.f[work_start : cand.start - 1] != before[0] or text.form(work_start, cand.start - 1) is not Form.LOWER:
        return False
    if text.form(cand.start, cand.end) is not Form.TITLE or (len(before) > 1 and before[1] in lexicon.WELSH_ARTICLES):
        return False  # "y llun Seren Fore": an article makes the name the work's title, not its owner
    if cand.full_end is None and _other_surname_follows(text, index, cand):
        return False  # "cerdd Hedd Wyn": a poet's full name, not a pupil's
    around = text.words_before(work_start, 6) + text.words_after(cand.full_end or cand.end, 6)
    return sum(_welsh_word(w) for w in around) >= 2


#: Words of a school's planning that make a season after "gwaith" the term's work: its theme,
#: lesson plan, topic or seasons.
_PLANNING_WORDS = frozenset("thema themau cynllun cynlluniau gwersi pwnc pynciau tymor tymhorau topic cwricwlwm".split())


def _seasons_work(text: Text, cand: Candidate) -> bool:
    """"Mae gwaith Haf yn y cynllun gwersi", "gwaith Haf yw'r thema nesaf": a season's name after a
    work noun, in a sentence about the school's planning, is the term's work, not a child's."""
    if (cand.entry.base or cand.key) not in lexicon.SEASONS:
        return False
    around = text.words_before(cand.start, 8) + text.words_after(cand.end, 8)
    return any(w in _PLANNING_WORDS for w in around)


def _welsh_word(word: str) -> bool:
    """A word only Welsh has, as written or mutated ("ddynes" is "dynes", "fwyaf" "mwyaf")."""
    if lexicon.is_only_welsh(word):
        return True
    return word not in lexicon.english_words() and any(lexicon.is_only_welsh(r) for r in welsh.radicals(word))


def _adult_titled_elsewhere(text: Text, cand: Candidate) -> bool:
    """Whether the text names this first name elsewhere with an adult's title ("Dr Gethin
    Llwyd"): a bare mention of it then means that adult ("Diolch Gethin!")."""
    if cand.full_end is not None:
        return False
    for m in _other_mentions(text, cand, _MENTIONS_READ):
        before = text.words_before(m.start(), 1, cross_sentence=True)
        if before and before[0] in lexicon.HONORIFICS and text.gap_before(m.start()).strip(" .") == "":
            return True
    return False


def _other_mentions(text: Text, cand: Candidate, limit: int | None = None) -> Iterator[re.Match[str]]:
    """The text's other mentions of this name's key as a whole word, among its first ``limit``
    (this one counted): how a bare name is tied to a fuller mention of the same person."""
    if text.f.count(cand.key) < 2:
        return  # named once: there is no other mention (the common case, and cheap)
    mentions = re.finditer(rf"(?<![a-z]){re.escape(cand.key)}(?![a-z])", text.f)
    for m in itertools.islice(mentions, limit):
        if m.start() != cand.start:
            yield m


def _staff_named_elsewhere(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """Whether the text names a staff member with this first name elsewhere, with a title or a
    staff surname ("Miss Llinos", "Llinos Evans"): a bare "Llinos" later means her too."""
    if cand.full_end is not None:
        return False
    for m in _other_mentions(text, cand):
        before = text.words_before(m.start(), 1, cross_sentence=True)
        after = text.words_after(m.end(), 1)
        if (before and before[0] in lexicon.TITLES) or (after and after[0] in index.staff_last):
            return True
    return False


def _other_person_named_elsewhere(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """Whether the text introduces someone else with this first name elsewhere: a capitalised
    surname that no pupil of this first name has, then "from" or a described role ("Isla Gray
    from the library", "Isla Gray, our librarian"); a bare "Isla" later means that person too.
    A namesake the child is compared with ("like Jude Bellingham!") introduces nobody."""
    if cand.full_end is not None or text.all_lower:
        return False
    # a post's worth of text either side, and a few mentions: a flood of names stays linear
    low, high = max(0, cand.start - _INTRODUCTION_REACH), cand.start + _INTRODUCTION_REACH
    if text.f.count(cand.key, low, high) < 2:
        return False  # named once: there is no other mention to introduce anyone
    pupils = set(cand.entry.pupils)
    mentions = re.compile(rf"(?<![a-z]){re.escape(cand.key)} ([a-z]+)").finditer(text.f, low, high)
    for m in itertools.islice(mentions, 8):
        if m.start() == cand.start or text.form(m.start(), m.start() + len(cand.key)) is not Form.TITLE:
            continue
        surname = m.group(1)
        if len(surname) < 2 or text.form(m.start(1), m.end(1)) is not Form.TITLE:
            continue  # "Tom G from Beech": an initial is the pupil's own
        if surname in lexicon.COMMON_CAPITALISED:
            continue
        if surname in index.entries or surname in index.classes or pupils & set(index.surnames.get(surname, ())):
            continue  # another pupil listed without a comma, a class, or this pupil's own surname
        if _INTRODUCED.match(text.f, m.end()):
            return True
    return False


def _word_not_only_staff(index: NameIndex, cand: Candidate) -> bool:
    """Whether a key that needs context is a word, not only a staff member's first name: a pupil
    and a teacher both called Gwawr still need "Gwawr newydd" read as the word "dawn"."""
    return cand.key not in index.staff_first or lexicon.is_everyday_word(cand.entry.base or cand.key)


def _not_a_child(text: Text, index: NameIndex, cand: Candidate, before: list[str], after: list[str]) -> bool:
    key = cand.key
    prev = before[0] if before else ""
    gap = text.gap_before(cand.start)
    if _welsh_question(text, cand):
        return True  # "Beth yn y byd mae'u hathrawon nhw'n neud?": Welsh "what", asking
    if _in_an_email_address(text, cand):
        return True  # "my email is shona.mcginley84@...": an adult's address (PD101 reads it)
    if (prev in lexicon.TITLES and gap.strip(" .") == "" and not _ordinal_ending(text, cand.start - len(gap) - len(prev))
            and not _young_in_a_role(text, before)):
        return True  # Mrs Hall, King Charles, Captain Tom, mum Kayleigh
    if len(before) > 1 and f"{before[1]}-{prev}" in lexicon.TITLES and gap == " ":
        start = cand.start - 1 - len(prev)
        if text.f[start - len(before[1]) - 1 : start] == f"{before[1]}-":
            return True  # a hyphenated title: "Mam-gu Heulwen", "Tad-cu Glyn"
    if _unit_word(prev) and gap == " " and text.is_upper_at(cand.start - 1 - len(prev)):
        return True  # a house or a team named after a word: "Tŷ Celyn", "Team Joy", "Dosbarth Seren"
    if _whole_class_name(text, index, cand) or _listed_classes(text, index, cand):
        return True  # "P2 Rowan had a lovely PE lesson": the class, named in full as on the roster
    if _famous(key, before, after) or namesakes.famous_namesake(text, cand, before):
        return True  # "Peter Pan"; "the next Harry Kane", "Mo Farah's autobiography"
    o_start = text.span(cand.start, cand.end)[0]
    if _INITIALS_BEFORE.search(text.original, max(0, o_start - 16), o_start):
        return True  # "C.S. Lewis", "J.K. Rowling": an author's initials, never a child's
    if _described_as_famous(text, cand) or _welsh_theme(text, cand):
        return True  # "Roedd Taliesin yn fardd enwog", "Hedd Wyn oedd ein thema"
    if _in_a_legend(text, cand, before, after) or _counted(text, cand, prev):
        return True  # "the legend of Fionn mac Cumhaill", "Branwen ferch Llŷr", "dau Jac, un Deian"
    if _country_named(text, cand):
        return True  # "gwaith ar Fali yn Affrica": the country, mutated
    if irish.not_a_child(text, index, cand, before, after):
        return True  # "County Kerry", "Kerry v Tyrone", "Sister Bridget", "Erin go Brách", houses
    if (cand.full_end is None and after and after[0] in lexicon.COUNTRIES and after[0] not in index.entries
            and _COUNTRY_AFTER.match(text.f, cand.end)):
        return True  # "Florence, Italy", "Sydney, Australia": a city (not "Paris, India": two pupils)
    if _after_welsh_noun(text, index, cand, prev):
        return True  # "Dydd Gŵyl Dewi", "Cwm Elan", "Afon Teifi", "Nia Ben Aur": a place or a feast
    if (any(w in lexicon.PET_WORDS for w in before[:2]) and prev in lexicon.PET_WORDS | {"called", "named"}
            and not _people_listed(text, cand)):
        return True
    if prev in ("called", "named") and any(w in lexicon.PET_WORDS for w in before[1:4]):
        return True  # "our class hamster is called Ruby", "the new puppy is named Biscuit"
    if _pet_in_apposition(text, cand, before, gap) or _listed_after_pet_word(text, index, cand):
        return True
    if _contacted(text, cand, before):
        return True  # "Cysylltwch â Dafydd ar WhatsApp", "ring Dave on": people are asked to contact adults
    if prev == "by" and cand.entry.how is How.COMMON and not cast_member(text, cand, before):
        return True  # "a book by Julia", but not "Mary was played by Evie"
    if _name_as_word(text, cand, before, after) or _value_or_theme(text, cand) or _title_before_author(text, cand, after):
        return True
    if _defined_as_a_kind(text, cand, after) or _list_defined_as_kinds(text, cand):
        return True  # "Iona is a small island off the Isle of Mull", "Rowan is a tree"
    if _of_a_titled_noun(text, index, cand, before):
        return True
    if _described_as_staff(text, index, cand) or _class_called(text, index, cand):
        return True
    if _role(text, index, cand, prev) or cast_role(text, cand, before, after):
        return True
    if title_of_work(text, index, cand, before) or _epithet(text, cand, after):
        return True
    if colour(text, cand, after) or (
        listed_with_things(text, index, cand) and not acts_next(text, cand) and not cue_before(text, cand.start, wide=False)
    ):
        return True  # "Ivy, holly and mistletoe"; not "a lily, Rose painted a rose" or "Well done to holly and ivy"
    if (text.form(cand.start, cand.end) is Form.LOWER and not text.all_lower and prev in lexicon.DETERMINERS
            and cand.entry.how is not How.MUTATED):  # "a chaio": Welsh "and" made the mutation
        return True  # "the attendance teddy", "a robin": a lower-case word after a determiner
    if _after_the(text, cand, prev, gap) or _after_indefinite_article(text, index, cand, before, gap):
        return True  # "the Clyde", "Robert the Bruce", "the Islay ferry", "every one a Blessing"
    if _possessive_before_titled_noun(text, index, cand):
        return True  # "Brodie's Butchers", "Raven's Wood": a business or a place named after someone
    if things.not_a_child(text, index, cand) or things.lower_case_word(text, cand) or things.after_degree_adverb(text, cand):
        return True  # "Storm Bella", "Victoria sponge", "Lily is in bloom", "Hamish from the fire service"
    if heads.not_a_child(text, index, cand):
        return True  # "Summer Year 6 leavers' disco", "River dipping at", "Robin and Wren visit our bird feeders"
    # "_" parts a file name's words ("skye_trip_group.jpg")
    nxt = after[0] if after and text.gap_after(cand.full_end or cand.end) in (" ", "_") else ""
    if cand.full_end is None and nxt in lexicon.PLACE_SUFFIXES and not text.possessive(cand.end):
        return key not in index.classes or nxt in ("class", "classroom", "team", "group")
    return key in index.staff_first and bool(after) and after[0] in index.staff_last


#: Welsh question words that are also given names ("Beth": "what").
_WELSH_QUESTION_WORDS = frozenset("beth pwy pam sut ble pryd".split())
_QUESTION_END = re.compile(r"[^.!?\n]*\?")


def _welsh_question(text: Text, cand: Candidate) -> bool:
    """"Beth yn y byd mae'u hathrawon nhw'n neud?", "Beth ydy'r ateb?": a Welsh question word
    opening a question, with a lower-case word after it, asks; "Beth, wyt ti'n barod?" and "Beth
    yn canu?" (a name, then a comma or a verb-noun) speak to or of a child."""
    if (cand.entry.base or cand.key) not in _WELSH_QUESTION_WORDS or cand.full_end is not None:
        return False
    if not text.sentence_start(cand.start) or text.gap_after(cand.end) not in (" ", "'", "’"):
        return False
    after = text.words_after(cand.end, 2)
    if not after or (after[0] in ("yn", "wedi") and len(after) > 1 and after[1] in lexicon.WELSH_PERSON_VERBNOUNS):
        return False
    return _QUESTION_END.match(text.f, cand.end) is not None and _welsh_clause(text, cand)


def _after_the(text: Text, cand: Candidate, prev: str, gap: str) -> bool:
    """"the Clyde", "the Fraser family", "the Kyle of Lochalsh": English "the" right before a name
    makes it a river, a family, a thing or a place named after someone; a child is never "the
    Rowan" (an adjective comes between: "the amazing Rowan")."""
    return prev == "the" and gap == " " and not text.all_lower


def _after_indefinite_article(text: Text, index: NameIndex, cand: Candidate, before: list[str], gap: str) -> bool:
    """"every one a Blessing", "such an Angel": English "a" or "an" right before a capitalised
    name makes it a thing or a kind, never a child ("a future Harry Kane" has its adjective), unless
    the child's class or year follows ("a Hope of Year 3 card"). Welsh "a" is "and" ("Robin a
    Wren", "y plant a Haf"): the word before "a" must be English only."""
    if not before or before[0] not in ("a", "an") or gap != " " or text.all_lower or cand.full_end is not None:
        return False
    if text.form(cand.start, cand.end) is not Form.TITLE or cue_before(text, cand.start, wide=False):
        return False
    after = text.words_after(cand.end, 2)
    if len(after) == 2 and after[0] in ("of", "from", "in") and (after[1] in lexicon.SCHOOL_UNITS or after[1] in index.classes):
        return False
    if before[0] == "an":
        return True
    if len(before) < 2:
        return False
    start = cand.start - 3 - len(before[1])
    word = before[1]
    return (
        text.f[start : start + len(word)] == word
        and text.form(start, start + len(word)) is Form.LOWER
        and word in lexicon.english_words()
        and word not in lexicon.welsh_words()
    )


def _possessive_before_titled_noun(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Brodie's Butchers", "Taylor's Bakery", "Raven's Wood": a name's possessive before a
    capitalised everyday noun (not a relative, a class or a name, not opening a sentence) names
    a business, a place or a title; "Skye's poem" and "Iona's Mum" stay a child's."""
    end = cand.full_end or cand.end
    if text.all_lower or not text.possessive(end) or text.form(cand.start, cand.end) is not Form.TITLE:
        return False
    nxt_start = end + 3
    match = re.compile(r"[a-z]+").match(text.f, nxt_start)
    if text.f[end + 2 : nxt_start] != " " or match is None:
        return False
    noun = match.group()
    if text.form(nxt_start, match.end()) is not Form.TITLE or noun in lexicon.CHILD_POSSESSIONS:
        return False
    if noun in index.entries or noun in index.classes or noun in index.surnames or noun in lexicon.TITLES:
        return False
    if noun in lexicon.COMMON_CAPITALISED or cue_before(text, cand.start, wide=False):
        return False
    return lexicon.is_everyday_word(noun)


def _title_before_author(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"Matilda by Roald Dahl", "Sali Mali gan Mary Vaughan Jones" on a book display: a name right
    before "by"/"gan" and a capitalised name is a title, unless a cue makes it a child ("Awarded
    to Kacper by Mrs Pugh")."""
    end = cand.full_end or cand.end
    if len(after) < 2 or after[0] not in ("by", "gan") or text.gap_after(end) != " ":
        return False
    start = end + 1 + len(after[0]) + 1
    if text.f[end + 1 : start] != f"{after[0]} " or text.form(start, start + len(after[1])) is not Form.TITLE:
        return False
    return not cue_before(text, cand.start, wide=False)


def _country_named(text: Text, cand: Candidate) -> bool:
    """A name that is a country's ("Mali", Welsh "Fali"; "India", "Jordan") among words about
    Africa or countries: the country; but "Da iawn Mali!" after a praise cue is the child."""
    if (cand.entry.base or cand.key) not in lexicon.COUNTRIES or cue_before(text, cand.start, wide=False):
        return False
    around = text.words_before(cand.start, 12, True) + text.words_after(cand.end, 4)
    return any(w in lexicon.COUNTRY_TOPIC for w in around)


#: Verbs that ask the reader to get in touch with someone (Welsh "â"/"ag" is folded to "a"/"ag").
_CONTACT_VERBS = frozenset("contact ring phone text message whatsapp email ffoniwch tecstiwch".split())
_WELSH_CONTACT = frozenset("cysylltwch cysylltu".split())


def _contacted(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"Contact Dafydd on 07700...", "Cysylltwch â Dafydd": the one to get in touch with is an
    adult (a seller, an organiser); a child's name after these is the child's parent's business
    ("ring Osian's dad") and has a possessive."""
    if not before or text.possessive(cand.full_end or cand.end):
        return False
    if before[0] in _CONTACT_VERBS:
        return len(before) < 2 or before[1] not in lexicon.DETERMINERS  # not "the text Ella wrote"
    return len(before) > 1 and before[0] in ("a", "ag") and before[1] in _WELSH_CONTACT


def _whole_class_name(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """Whether the name ends a roster class name of several words ("P2 Rowan", "Year 3 Oak")
    written out in full here: the class, whatever its last word could also be."""
    for name in _class_names_by_last_word(index.classes).get(cand.key, ()):
        # blanked offsets are folded + 1; digits are blanked as in the class's key ("p rowan")
        window = text.blanked[max(0, cand.end + 1 - len(name) - 8) : cand.end + 1]
        if f" {' '.join(window.split())}".endswith(f" {name}"):
            return True
    return False


def _listed_classes(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"open for Holly, Rose and Ivy Classes": a class's first word listed before "Classes" (or
    "Class") with other capitalised words is one of the classes, named in the plural."""
    if cand.key not in index.classes and f"{cand.key} class" not in index.classes:
        return False
    return _CLASSES_AFTER_LIST.match(text.original, text.span(cand.start, cand.end)[1]) is not None


@functools.lru_cache(maxsize=16)
def _class_names_by_last_word(classes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Class keys of several words by their last word ("rowan" -> "p rowan"), once per school."""
    out: dict[str, list[str]] = {}
    for name in classes:
        if " " in name:
            out.setdefault(name.rsplit(" ", 1)[1], []).append(name)
    return {last: tuple(names) for last, names in out.items()}


def _in_a_legend(text: Text, cand: Candidate, before: list[str], after: list[str]) -> bool:
    """A figure of a tale: after "the legend of" or Welsh "chwedl", or either side of a
    patronymic ("Branwen ferch Llŷr", "Fionn mac Cumhaill"), which no child's name uses unless
    it is the pupil's own surname on the roster (then the full name was matched)."""
    if cand.full_end is not None or text.all_lower:
        return False
    return _names_a_figure(text, cand, before, after) and not cue_before(text, cand.start, wide=False)


def _names_a_figure(text: Text, cand: Candidate, before: list[str], after: list[str]) -> bool:
    """The words either side that make a name a tale's figure (see :func:`_in_a_legend`)."""
    if before and text.gap_before(cand.start) == " ":
        if before[0] in lexicon.STORY_WORDS and lexicon.is_only_welsh(before[0]):
            return True  # "chwedl Branwen"
        if _welsh_tale_of_a_pair(text, cand, before, after):
            return True  # "hanes Dwynwen a Maelon", "Stori Adda ac Efa"
        if before[0] == "of" and len(before) > 1 and before[1] in lexicon.STORY_WORDS and not text.possessive(cand.end):
            return True  # "the story of Oisín"
        if before[0] in lexicon.PATRONYMIC_WORDS and len(before) > 1:
            start = cand.start - 1 - len(before[0])
            if text.form(start, cand.start - 1) is Form.LOWER and text.is_upper_at(start - 1 - len(before[1])):
                return True  # "ferch Llŷr": the father of a figure
    if len(after) > 1 and after[0] in lexicon.PATRONYMIC_WORDS and text.gap_after(cand.end) == " ":
        start = cand.end + 1
        nxt = start + len(after[0]) + 1
        return text.form(start, start + len(after[0])) is Form.LOWER and text.is_upper_at(nxt)
    return False


#: Welsh "story" and "history": "stori Ella" may be Ella's own story, but the tale of a pair
#: ("stori Adda ac Efa", "hanes Dwynwen a Maelon") is a tale.
_WELSH_TALE_WORDS = frozenset("hanes stori".split())


_FAMOUS_ADJECTIVES = frozenset("famous legendary well-known enwog chwedlonol".split())
_WELSH_COPULAS = frozenset("oedd yw ydy ydi fydd fu".split())
_WELSH_THEME_NOUNS = frozenset("thema themau gwerth gwerthoedd pwnc testun ffocws".split())


def _described_as_famous(text: Text, cand: Candidate) -> bool:
    """"Taliesin was a famous poet", "Roedd Taliesin yn fardd enwog": a figure, not a child."""
    if cand.full_end is not None:
        return False
    after = text.words_after(cand.end, 3)
    if len(after) < 3 or after[2] not in _FAMOUS_ADJECTIVES:
        return False
    described = after[0] == "yn" or (after[0] == "was" and after[1] in ("a", "an", "the"))
    return described and not cue_before(text, cand.start, wide=False)


def _welsh_theme(text: Text, cand: Candidate) -> bool:
    """"Hedd Wyn oedd ein thema ni", "Heddwch yw ein gwerth y mis": a name (and the capitalised
    word after it) put forward as the theme or the value, in Welsh word order."""
    if cand.full_end is not None:
        return False
    after = text.words_after(cand.end, 4)
    if after and after[0] not in _WELSH_COPULAS and text.is_upper_at(cand.end + 1) and text.gap_after(cand.end) == " ":
        after = after[1:]  # "Hedd Wyn": a second name of the same figure
    return len(after) >= 3 and after[0] in _WELSH_COPULAS and after[1] in ("ein", "y", "yr") and (
        after[2] in _WELSH_THEME_NOUNS)


def _welsh_tale_of_a_pair(text: Text, cand: Candidate, before: list[str], after: list[str]) -> bool:
    """"hanes Dwynwen a Maelon", "Stori Adda ac Efa": either name of a capitalised pair right
    after Welsh "story" or "history"."""
    if _welsh_tale_word(before[0]):
        return _pair_of_capitalised(text, cand, after)
    if len(before) < 3 or before[0] not in ("a", "ac") or not _welsh_tale_word(before[2]):
        return False
    first = cand.start - len(before[0]) - len(before[1]) - 2
    if text.f[first : cand.start] != f"{before[1]} {before[0]} ":
        return False
    return text.form(first, first + len(before[1])) is Form.TITLE


def _welsh_tale_word(word: str) -> bool:
    """Welsh "story", "history" or a Welsh word for a legend ("chwedl Pwyll a Rhiannon")."""
    return word in _WELSH_TALE_WORDS or (word in lexicon.STORY_WORDS and lexicon.is_only_welsh(word))


def _pair_of_capitalised(text: Text, cand: Candidate, after: list[str]) -> bool:
    """Whether the name is joined by "a"/"ac" to a capitalised word just after it."""
    if len(after) < 2 or after[0] not in ("a", "ac") or text.gap_after(cand.end) != " ":
        return False
    start = cand.end + len(after[0]) + 2
    return text.f[start : start + len(after[1])] == after[1] and text.form(start, start + len(after[1])) is Form.TITLE


def _counted(text: Text, cand: Candidate, prev: str) -> bool:
    """"dau Jac y Jwc, un Deian ac un Loli": a number word (or its mutated form) right before a
    capitalised name counts characters (costumes, roles), as "three Matildas" does in English."""
    if text.gap_before(cand.start) != " " or cand.full_end is not None:
        return False
    if not welsh.in_any_form(prev, lexicon.COUNT_WORDS):
        return False  # mutated too: "gennym ddau Jac", "a thri Osian"
    return text.form(cand.start, cand.end) is not Form.LOWER and not cue_before(text, cand.start, wide=False)


#: Roles a child takes too, written before the name like an adult's job ("our P5 author Lewis").
_CHILD_ROLES = frozenset("author poet artist illustrator singer footballer player chef captain".split())
#: Words before such a role that make its holder a child: young and small, or a year group (its
#: number is not a word: "P5" reads "p", "Year 6" "year").


def _young_in_a_role(text: Text, before: list[str]) -> bool:
    """"Our wee P5 author Lewis", "budding poet Seren", "Year 6 artist Ruby": a role a child
    also takes, after a year group or a word for young, names a pupil, not an adult's job."""
    return bool(before) and before[0] in _CHILD_ROLES and any(w in lexicon.YOUNG_MARKERS for w in before[1:3])


def _ordinal_ending(text: Text, start: int) -> bool:
    """"1st Kacper Nowak" on a results sheet: the "st" of an ordinal is no "St" (Saint)."""
    return start > 0 and text.f[start - 1].isdigit()


def _unit_word(word: str) -> bool:
    """"Dosbarth", "Team", and their Welsh mutated forms ("yn Nosbarth Celyn", "o Ddosbarth Derwen")."""
    return welsh.in_any_form(word, lexicon.UNIT_BEFORE)


_COUNTRY_AFTER = re.compile(r", ?[a-z]")


def _famous(key: str, before: list[str], after: list[str]) -> bool:
    if after and after[0] in ("ii", "iii", "iv", "viii"):
        return True  # Henry VIII, Elizabeth II
    if key not in lexicon.FAMOUS_WORDS:
        return False
    phrases = [key]
    if after:
        phrases.append(f"{key} {after[0]}")
        phrases.extend(f"{key} {' '.join(after[:n])}" for n in (2, 3) if len(after) >= n)
    if before:
        phrases.append(f"{before[0]} {key}")
        if len(before) > 1:
            phrases.append(f"{before[1]} {before[0]} {key}")
        if after:
            phrases.append(f"{before[0]} {key} {after[0]}")
    return any(p in lexicon.FAMOUS for p in phrases[1:])


def _pet_in_apposition(text: Text, cand: Candidate, before: list[str], gap: str) -> bool:
    """"Ein ci ysgol, Celyn, ...", "Meet Bonnie, our new school therapy dog!": an animal's name."""
    if cand.full_end is not None:
        return False  # "Reading to the dog this week: Evie J. and ...": animals have no surnames
    if "," in gap and any(w in lexicon.PET_WORDS for w in before[:3]):
        return True
    if ("\n" in gap or ":" in gap) and gap.strip(" \n:") == "":
        # a label under or after its heading: "Class hamster" / "Bonnie" on a sign in a photo,
        # "enw'r bochdew newydd: Twm!" (the new hamster's name)
        heading = text.words_before(cand.start, 3, cross_sentence=True)
        if any(_pet_word(w) for w in heading):
            return True
    end = cand.full_end or cand.end
    if not text.gap_after(end).startswith(","):
        return False
    after = text.words_after(end, 6)
    if after and _pet_word(after[0]):
        return True  # "Mae Eira, cwningen y Cywion, ...": a rabbit, described after a comma
    return bool(after) and after[0] in lexicon.APPOSITION_OPENERS and any(w in lexicon.PET_WORDS for w in after[1:])


#: The next name of a list written with a surname or its initial ("and Will G.", ", Ella Jones").
_NEXT_WITH_SURNAME = re.compile(r"(?:,? (?:and|&|a|ac) |, )[A-Z][a-z'’-]+ [A-Z](?:\.|[a-z'’-]+\b)")


def _people_listed(text: Text, cand: Candidate) -> bool:
    """"the lambs – Rosie and Will G. were brilliant guides": a name written with a surname or
    an initial, or listed with one, is a person; animals are not given surnames."""
    if cand.full_end is not None:
        return True
    return bool(_NEXT_WITH_SURNAME.match(text.original, text.span(cand.start, cand.end)[1]))


def _in_an_email_address(text: Text, cand: Candidate) -> bool:
    """A name inside the part of an email address before its "@" ("shona.mcginley84@...")."""
    o_start, o_end = text.span(cand.start, cand.full_end or cand.end)
    token_end = _NEXT_SPACE.search(text.original, o_end)
    tail = text.original[o_end : token_end.start() if token_end else len(text.original)]
    return "@" in tail and "@" not in text.original[max(0, o_start - 1) : o_start]


_NEXT_SPACE = re.compile(r"\s")


def _pet_word(word: str) -> bool:
    """An animal word, or a Welsh mutated form of one ("gath" is "cath", "fochdew" "bochdew")."""
    return welsh.in_any_form(word, lexicon.PET_WORDS)


def _listed_after_pet_word(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Our hens, Ruby and Pearl", "our chickens Hazel and Ivy": the later names of a list that
    follows an animal word are animals too (the first is read by the checks above)."""
    words = text.words_before(cand.start, 10)
    if not words or words[0] not in lexicon.LIST_JOIN_WORDS or _people_listed(text, cand):
        return False
    i = 0
    while i < len(words) and (words[i] in index.entries or words[i] in lexicon.LIST_JOIN_WORDS):
        i += 1  # walk back over the rest of the list
    return i < len(words) and words[i] in lexicon.PET_WORDS and not irish.listed_with_an_animal(words, i)


def _name_as_word(text: Text, cand: Candidate, before: list[str], after: list[str]) -> bool:
    if _glossed(text, cand, after):
        return True  # "what Welsh names mean: Eira is snow", after a colon too
    if ":" in text.gap_before(cand.start):
        return False  # "Name: Evie Carter" is a label on a form: a child is meant
    two = " ".join(reversed(before[:2]))
    if (before and before[0] in lexicon.NAME_AS_WORD_BEFORE) or two in lexicon.NAME_AS_WORD_BEFORE:
        return not _name_on_a_label(text, cand, before)  # "a purse with the name Lily on it" is hers
    if _word_of_the_week(text.words_before(cand.start, 8)):
        return True
    if not after:
        return False
    # four words, as the phrases run to four ("is the Irish word")
    return " ".join(text.words_after(cand.full_end or cand.end, 4)).startswith(lexicon.NAME_AS_WORD)


#: Where a name written on a lost thing is: "with the name Lily on it", "the name Ivy inside".
_ON_A_LABEL = frozenset("on in inside".split())


def _name_on_a_label(text: Text, cand: Candidate, before: list[str]) -> bool:
    """"a pink purse with the name Lily on it": "the name", then the name and where it is written
    on a thing, is a child's name label (lost property), not a name discussed as a word."""
    if not before or before[0] != "name" or cand.full_end is not None:
        return False
    after = text.words_after(cand.end, 2)
    return len(after) == 2 and after[0] in _ON_A_LABEL and after[1] in ("it", "the", "its", "a")


def _word_of_the_week(before: list[str]) -> bool:
    """"Our Irish word of the week is saoirse": a word given as the word of a week or a lesson."""
    if not before or before[0] not in lexicon.COPULAS:
        return False
    words = before[1:]
    while words and words[0] in lexicon.VALUE_HEAD_FILLERS:
        words = words[1:]
    return bool(words) and words[0] in ("word", "words", "gair", "geiriau")


def _glossed(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"What Welsh names mean – Eira is snow, Haf is summer": in a sentence about what names mean,
    a name glossed with "is" and a lower-case everyday word is discussed as a word."""
    if cand.full_end is not None or len(after) < 2 or after[0] != "is" or text.gap_after(cand.end) != " ":
        return False
    start = cand.end + len(" is ")
    if not _lower_word_at(text, start, after[1]) or after[1] in lexicon.DETERMINERS:
        return False
    return any(w in ("mean", "means", "meaning", "meanings") for w in text.words_before(cand.start, 16))


def _defined_as_a_kind(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"Iona is a small island off Mull", "Heather is a plant.": a name defined with "is a" as a
    place or a thing (at most two describing words between), the noun ending the phrase."""
    if len(after) < 3 or after[0] not in ("is", "was") or after[1] not in ("a", "an", "the"):
        return False
    if cue_before(text, cand.start, wide=False):
        return False
    words = text.words_after(cand.full_end or cand.end, 7)[2:6]
    for i, word in enumerate(words[:3]):
        if word in lexicon.DEFINED_KINDS:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            return nxt == "" or nxt in _DEFINITION_GOES_ON
    return False


def _list_defined_as_kinds(text: Text, cand: Candidate) -> bool:
    """"Amber, Jade and Ruby are precious stones", "Holly and Ivy are plants": a list of things'
    names defined with "are" as a kind (at most two describing words before the plural noun)."""
    if cand.full_end is not None or cand.key not in lexicon.KIND_WORDS:
        return False
    words = text.words_after(cand.end, 12)
    verb = next((i for i, w in enumerate(words) if w in ("are", "were")), None)
    if verb is None or verb > 6 or any(w not in lexicon.KIND_WORDS | lexicon.LIST_JOIN_WORDS for w in words[:verb]):
        return False
    if verb == 0 and not _listed_before(text, cand):
        return False  # "Amber are ..." alone is no list
    if cue_before(text, cand.start, wide=False):
        return False
    for i, word in enumerate(words[verb + 1 : verb + 4]):
        if _singular(word) in lexicon.DEFINED_KINDS:
            nxt = words[verb + 2 + i] if verb + 2 + i < len(words) else ""
            return nxt == "" or nxt in _DEFINITION_GOES_ON
    return False


def _listed_before(text: Text, cand: Candidate) -> bool:
    """Whether a thing's name and a joining word come right before ``cand`` ("Jade and Ruby")."""
    before = text.words_before(cand.start, 2)
    return len(before) == 2 and before[0] in lexicon.LIST_JOIN_WORDS and before[1] in lexicon.KIND_WORDS


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


#: Words that may follow the kind noun in a definition ("an island off Mull", "a tree that ...").
_DEFINITION_GOES_ON = frozenset(
    "off in on of near with that which where from for known famous found between and or by".split()
)


def _of_a_titled_noun(text: Text, index: NameIndex, cand: Candidate, before: list[str]) -> bool:
    """"the Gospel of Mark", "the Book of Ruth", "the Legend of Robin": a name after "of" and a
    capitalised noun inside the sentence is part of a title or a figure's name, not a child."""
    if len(before) < 2 or before[0] != "of" or text.gap_before(cand.start) != " ":
        return False
    noun = before[1]
    start = cand.start - len(" of ") - len(noun)
    if start < 0 or text.f[start : start + len(noun)] != noun or text.form(start, start + len(noun)) is not Form.TITLE:
        return False
    if text.sentence_start(start) or noun in index.entries or noun in index.classes or noun in lexicon.COMMON_CAPITALISED:
        return False  # "Friends of Amber": a sentence's first word; "Year of ..." is no title
    if (noun in lexicon.TITLES and noun not in lexicon.RANKS) or noun in lexicon.SCHOOL_UNITS or noun in lexicon.GROUP_WORDS:
        return False  # "Mum of Ruby"; but a rank "of" a place is its holder's title: "the Mayor of London"
    return lexicon.is_everyday_word(noun) and not cue_before(text, cand.start, wide=False)


def _value_or_theme(text: Text, cand: Candidate) -> bool:
    """"Our Christian value this half term is Hope", "Word of the week: Joy", "Our Lenten focus is
    Patience": a word-name given as a value, a theme or a word is the word, not a child."""
    if cand.full_end is not None or not lexicon.is_everyday_word(cand.entry.base or cand.key):
        return False
    if _is_a_value(text, cand):
        return True
    words = text.words_before(cand.start, 8)
    gap = text.gap_before(cand.start)
    if words and words[0] in lexicon.COPULAS and gap == " ":
        words = words[1:]
    elif not any(mark in gap for mark in ":–-"):
        return False
    while words and words[0] in lexicon.VALUE_HEAD_FILLERS:
        words = words[1:]  # "value of the month", "value this half term", "this week's value"
    return bool(words) and words[0] in lexicon.VALUE_HEADS


def _is_a_value(text: Text, cand: Candidate) -> bool:
    """"Patience is one of our school values", "Hope is the theme of our assembly"."""
    after = text.words_after(cand.end, 7)
    if not after or after[0] not in lexicon.COPULAS or text.gap_after(cand.end) != " ":
        return False
    rest = after[1:]
    while rest and rest[0] in lexicon.VALUE_DESCRIBERS:
        rest = rest[1:]
    if not rest or rest[0] not in lexicon.VALUE_HEADS:
        return False
    # the noun ends the phrase ("one of our values this term"), not "our values ambassadors"
    return len(rest) == 1 or rest[1] in lexicon.VALUE_HEAD_FILLERS or rest[1] in lexicon.COPULAS


def _described_as_staff(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Heather and Skye from our staff team", "our teachers Heather and Skye": adults, listed."""
    before = text.words_before(cand.start, 12)
    i = 0
    pos = cand.start
    while i < len(before) and (before[i] in index.entries or before[i] == "and" or _unknown_name_at(text, before[i], pos)):
        pos = text.f.rfind(before[i], 0, pos)
        i += 1  # walk back over the rest of the list ("volunteers, Kerry, Joy and Faith")
    head = " ".join(reversed(before[i : i + 4]))
    if head and (head in lexicon.STAFF_GROUPS or head.endswith(_STAFF_GROUP_ENDINGS)):
        return True
    after = text.words_after(cand.full_end or cand.end, 14)
    i = 0
    while i < len(after) and (after[i] in index.entries or after[i] == "and"):
        i += 1  # walk forward over the rest of the list
    tail = " ".join(after[i : i + 6])
    return bool(tail) and (tail in _STAFF_AFTER_SET or tail.startswith(_STAFF_AFTER_OPENINGS))


def _unknown_name_at(text: Text, word: str, end: int) -> bool:
    """Whether ``word``, the last word before folded ``end``, is capitalised there and is no
    everyday word: a name the roster does not know, listed with the others ("Kerry")."""
    start = text.f.rfind(word, 0, end)
    return (
        start >= 0
        and not text.sentence_start(start)
        and text.form(start, start + len(word)) is Form.TITLE
        and not lexicon.is_everyday_word(word)
    )


def _class_called(text: Text, index: NameIndex, cand: Candidate) -> bool:
    window = text.f[max(0, cand.start - 30) : cand.start]
    if _CLASS_CALLED.search(window):
        return True
    return cand.key in index.classes and _UNIT_IS.search(window) is not None


def _role(text: Text, index: NameIndex, cand: Candidate, prev: str) -> bool:
    gap = text.gap_after(cand.full_end or cand.end)
    if prev == "our" and "(" in gap:
        inside = text.words_after(cand.full_end or cand.end, 1)
        return bool(inside) and inside[0] in index.entries  # "our Mary (Phoebe)": the role, not the child
    if prev == "our" and cand.full_end is None and _famous_elsewhere(text, cand):
        return True  # "rehearsing Peter Pan ... Our Peter is very good at flying": the part
    return prev in _ROLE_BEFORE


def _famous_elsewhere(text: Text, cand: Candidate) -> bool:
    """Whether another mention of the name in the text is part of a famous figure's or a work's
    name ("Peter Pan", "Matilda the Musical")."""
    if cand.key not in lexicon.FAMOUS_WORDS:
        return False
    return any(_famous(cand.key, text.words_before(m.start(), 2), text.words_after(m.end(), 3))
               for m in _other_mentions(text, cand, _MENTIONS_READ))


def _epithet(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"Dai the lollipop man", "Bob the Builder": a name with a "the ..." description is no pupil;
    nor is "Rose the tortoise" or "Summer the dog", word-names too (an animal is described so)."""
    if cand.full_end is not None or len(after) < 2 or after[0] != "the":
        return False
    if _pet_word(after[1]) and text.f[cand.end : cand.end + 5] == " the ":
        return True
    if irish.praise_epithet(text, cand, after):
        return False  # "'oisin the great'": a title the child is given for the day
    before = text.words_before(cand.start, 1)
    if before and before[0] in lexicon.TWO_OBJECT_VERBS:
        return False  # "teaching Amina the Welsh song": the child, then the thing taught
    return text.f[cand.end : cand.end + 5] == " the " and not lexicon.is_word_name(cand.key)


def _common_name(text: Text, index: NameIndex, cand: Candidate) -> bool | None:
    """A common first name of no pupil: a child only when the words around say so."""
    form = text.form(cand.start, cand.end)
    if cand.key in lexicon.common_word_names():  # "baby Teddy", "little girl Poppy arrived": strong cues only
        return cue_before(text, cand.start, wide=False) or _cue_after(text, cand)
    if form is Form.LOWER and not text.all_lower:
        return cue_before(text, cand.start, wide=False)  # "well done to kacper" in a typed comment
    if child_evidence(text, index, cand):
        return True
    return None if form is not Form.LOWER else False


def _cue_after(text: Text, cand: Candidate) -> bool:
    after = text.words_after(cand.full_end or cand.end, 2)
    return bool(after) and (after[0] in lexicon.CHILD_CUES_AFTER or after == ["was", "born"])


def _class_or_child(text: Text, index: NameIndex, cand: Candidate, prev: str, after: list[str]) -> bool | None:
    if prev in lexicon.SCHOOL_UNIT_LINKS | {"team", "class", "dosbarth", "tim"}:
        return False  # "from Holly", "Team Holly"
    if person_evidence(text, cand) and not _in_proper_noun_phrase(text, index, cand):
        return True  # "when Hazel brought in her medals": a person, not the class
    if after and after[0] in ("class", "classroom", "have", "are", "were", "team", "pupils", "children"):
        return False
    return True if child_evidence(text, index, cand) else None


def _word_or_name(
    text: Text, index: NameIndex, cand: Candidate, before: list[str], after: list[str], file_name: bool
) -> bool | None:
    """A first name that is also a word (Will, May, Poppy, Seren): decide from case and neighbours."""
    key = cand.key
    word_before, word_after = lexicon.WORD_NEIGHBOURS.get(key, (frozenset(), frozenset()))
    prev = before[0] if before else ""
    # in a file name "_" parts words as a space does ("rowan_tree_berries.jpg")
    joins = ("", "-", "_") if file_name else ("", "-")
    nxt = after[0] if after and text.gap_after(cand.end).strip() in joins else ""
    if not file_name and _hyphened_to_lower_word(text, cand):
        return False  # "Sky-high", "Pat-a-cake", "Summer-born": a compound word ("Holly-Mae" is a name)
    if _modal_verb(text, cand, prev, nxt, after):
        return False  # "my daughter will miss the trip": the verb, even after a child cue
    if _owns_a_childs_thing(text, cand, prev):
        return True  # "Sunny day for sunny's birthday picnic": a word has no birthday or mum
    if (
        not file_name
        and person_evidence(text, cand, cue_counts=nxt not in word_after)
        and not _in_proper_noun_phrase(text, index, cand)
    ):
        # "thinking of Faith and her family", "Joy won"; not "thanks to River Island", and a cue
        # alone does not outweigh the word's own next word ("thank you to Summer term helpers")
        return True
    if (
        prev in word_before
        and text.gap_before(cand.start) == " "
        and not cue_before(text, cand.start, wide=False)
        and not _joined_to_pupil(text, index, cand, before=True)
        and not (text.possessive(cand.end) and text.form(cand.start, cand.end) is Form.TITLE
                 and prev not in lexicon.DETERMINERS)
    ):
        return False  # "the joy of", "at dawn"; but "so proud of joy" and "at Dawn's model" are children
    if (nxt in word_after and not _joined_to_pupil(text, index, cand, before=False)
            and not _cued_list_opener(text, cand, nxt)) or _number_next_to(text, cand):
        return False
    if _season_of_year(text, cand) or _time_of_year(text, cand, after):
        return False  # "Summer 2026", "Haf 2025", "Autumn has arrived": a term or a season
    if _welsh_article_before(text, cand, prev) or _before_welsh_article_and_noun(text, cand, after):
        return False  # "y Llew o Narnia", "Yr Enfys"; "Bryn y Glyn", "Awel y Môr"
    if _country_named(text, cand):
        return False
    form = text.form(cand.start, cand.end)
    if cand.entry.how is How.TYPO and form is not Form.LOWER and _inside_proper_noun(text, cand):
        return None  # "Cheddar Gorge": a capitalised word before it makes a place, not a slip
    if file_name and form is Form.UPPER and any(c.islower() for c in text.original):
        return True  # "forest_school_ROBIN_den.jpg": a word-name set in capitals among lower-case words
    if file_name and _welsh_word_in_file_name(text, cand, prev):
        return False  # "celf_enfys_dosbarth.jpg", "mabolgampau_heulwen_2026.jpg": rainbow art, sunshine
    if file_name and not lexicon.is_frequent_english_word(key) and cand.entry.how is How.NAME:
        return True  # "phoebe_and_sam.jpg", "awen_celf_sir.jpg": file names are lower case, a roster
        # name there is the child unless it is a word written as often as "river" or "summer"
    if _welsh_article_after(text, cand) and not cue_before(text, cand.start, wide=False):
        return False  # "Alaw'r adar", "Seren'r wythnos": a noun with Welsh "the" glued on
    if form is Form.TITLE and not file_name:
        if (lexicon.is_word_name(key) or key in index.word_keys) and _word_in_phrase(text, index, cand, after):
            return False  # "Storm warning", "the Selkirk Grace", "Faith Kipyegon"
        if _paired_with_word(text, index, cand) or _after_opening_word(text, index, cand, after):
            return False
        if _listed_with_capitalised_words(text, index, cand):
            return False  # "Respect, Hope, Kindness and Courage": values, not children
        if _heads_welsh_genitive(text, index, cand):
            return False  # "Afon Teifi", "o Fryn Celyn": a river or a hill named after the next word
        if child_evidence(text, index, cand):
            return True  # "Hope in Year 3 ...": a class or a cue outweighs the word
        if _seasons_topic(text, cand):
            return False  # "all about the four seasons and Autumn is the best": the time of year
        if _word_opening_sentence(text, cand, after):
            return False  # "Eira ar y mynydd", "River walk this afternoon": the word, capitalised
        return not _modal_at_start(text, cand, key, nxt)
    if form is Form.LOWER and not text.lower_sentence(cand.start) and not file_name:
        return cue_before(text, cand.start, wide=False)  # "so proud of ruby", not "a ruby ring"
    return True if child_evidence(text, index, cand) else None


#: What a child has and a word does not, after a possessive ("sunny's birthday"); not "first"
#: ("autumn's first frost") or "book" ("the summer's book fair").
_ONLY_A_CHILDS = lexicon.CHILD_POSSESSIONS - {"first", "book", "reading", "class", "family"} - {
    "poem", "painting", "drawing", "project", "homework", "poster", "artwork", "speech"}  # "autumn's painting the hills"


def _owns_a_childs_thing(text: Text, cand: Candidate, prev: str) -> bool:
    """"for sunny's birthday", "Hope's mum": a word-name's possessive before a birthday, a
    relative or a child's belongings is a child, typed in lower case too."""
    if cand.full_end is not None or not text.possessive(cand.end) or prev in lexicon.DETERMINERS:
        return False
    after = text.words_after(cand.end + 2, 2)
    return bool(after) and after[0] in _ONLY_A_CHILDS


def _cued_list_opener(text: Text, cand: Candidate, nxt: str) -> bool:
    """"Well done to holly and ivy in Oak Class": a child's cue right before the word-name, and
    a join after it, open a list of children, though "holly and" is also how the plants pair."""
    return nxt in lexicon.LIST_JOIN_WORDS and cue_before(text, cand.start, wide=False)


def _hyphened_to_lower_word(text: Text, cand: Candidate) -> bool:
    """A word-name joined by a hyphen to a lower-case word is half of a compound word."""
    if cand.full_end is not None or not lexicon.is_everyday_word(cand.entry.base or cand.key):
        return False
    if text.f[cand.end : cand.end + 1] != "-" or text.all_lower:
        return False
    o_end = text.span(cand.start, cand.end)[1]
    nxt = text.original[o_end + 1 : o_end + 2]
    return nxt.isalpha() and nxt.islower()


def _joined_to_pupil(text: Text, index: NameIndex, cand: Candidate, before: bool) -> bool:
    """"Skye and Ivy", "Robin a Wren", "Holly and Ruby": a join that would make the word's phrase
    ("and ivy", "a wren") joins it to another pupil's capitalised name, so both are children;
    unless that name's word pairs back with this one the same way ("Holly and Ivy")."""
    casual = text.lower_sentence(cand.start)  # "shoutout to grace and hope": no capitals to go by
    if cand.full_end is not None or (text.form(cand.start, cand.end) is not Form.TITLE and not casual):
        return False
    if before:
        words = text.words_before(cand.start, 2)
        if len(words) < 2 or words[0] not in lexicon.LIST_JOIN_WORDS:
            return False
        other = words[1]
        start = cand.start - 1 - len(words[0]) - 1 - len(other)
    else:
        words = text.words_after(cand.end, 2)
        if len(words) < 2 or words[0] not in lexicon.LIST_JOIN_WORDS:
            return False
        other = words[1]
        start = cand.end + 1 + len(words[0]) + 1
    if start < 0 or text.f[start : start + len(other)] != other:
        return False
    if text.form(start, start + len(other)) is not Form.TITLE and not casual:
        return False
    entries = index.entries.get(other)
    if not entries or entries[0].how is How.COMMON or other == cand.key:
        return False
    other_before, other_after = lexicon.WORD_NEIGHBOURS.get(other, (frozenset(), frozenset()))
    return words[0] not in (other_after if before else other_before)


def _welsh_article_before(text: Text, cand: Candidate, prev: str) -> bool:
    """"y Llew", "Yr Enfys", "a'r Haf": Welsh puts no article before a person's name."""
    if prev not in lexicon.WELSH_ARTICLES or cand.full_end is not None:
        return False
    gap = text.gap_before(cand.start)
    if gap != " ":
        return False
    if prev == "r":  # "'r" is glued to the word before ("a'r", "i'r"): never a Welsh word alone
        return text.f[cand.start - 3 : cand.start - 1] in ("'r", "’r")
    return not cue_before(text, cand.start, wide=False)


def _before_welsh_article_and_noun(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"Bryn y Glyn", "Awel y Môr", "Seren yr Wythnos": a word-name, then "y"/"yr" and a
    capitalised noun, is a place or a title ("the hill of the valley"), not a child."""
    if cand.full_end is not None or len(after) < 2 or after[0] not in ("y", "yr"):
        return False
    if text.gap_after(cand.end) != " " or text.form(cand.start, cand.end) is not Form.TITLE:
        return False
    start = cand.end + 1 + len(after[0]) + 1
    return text.f[cand.end + 1 : start] == f"{after[0]} " and text.form(start, start + len(after[1])) is Form.TITLE


def _heads_welsh_genitive(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Afon Teifi", "Llyn Celyn", "o Fryn Celyn": an everyday word-name right before another
    pupil's first name that is no pupil's surname is a place named in the Welsh way (noun, then
    name), not a child's full name."""
    if cand.full_end is not None or text.gap_after(cand.end) != " " or not lexicon.is_only_welsh(cand.entry.base or cand.key):
        return False
    after = text.words_after(cand.end, 1)
    if not after or cue_before(text, cand.start, wide=False):
        return False
    start = cand.end + 1
    nxt = after[0]
    return (
        text.f[start : start + len(nxt)] == nxt
        and text.form(start, start + len(nxt)) is Form.TITLE
        and nxt in index.entries
        and nxt not in index.surnames
    )


def _after_welsh_noun(text: Text, index: NameIndex, cand: Candidate, prev: str) -> bool:
    """"Gŵyl Dewi", "Gwm Elan", "Afon Teifi", "Ben Aur": a name right after a capitalised Welsh
    noun (not opening the sentence) is the second half of a Welsh place, feast or title; Welsh
    puts the name after the noun it names ("the river of Teifi")."""
    if not prev or cand.full_end is not None or text.gap_before(cand.start) != " " or text.all_lower:
        return False  # a pupil's full name stays a name: "Prif Ddisgybl Gwion Jones"
    start = cand.start - 1 - len(prev)
    if text.f[start : cand.start - 1] != prev or text.form(start, cand.start - 1) is not Form.TITLE:
        return False
    if text.sentence_start(start) or text.gap_before(start) != " ":
        return False  # "Helo bawb, Bydd Zara yn...": a capital after a comma opens a clause (a verb first)
    if prev in index.classes or prev in index.surnames or prev in lexicon.COMMON_CAPITALISED:
        return False
    if prev in lexicon.SCHOOL_UNITS or prev in lexicon.TITLES or prev in index.staff_first:
        return False
    if prev in index.entries and index.entries[prev][0].how is not How.COMMON and not lexicon.is_only_welsh(prev):
        return False  # a pupil's own name before: two names
    if prev in lexicon.english_words() or not (
        welsh.in_any_form(prev, lexicon.welsh_words())
    ):
        return False  # "Ben" is "pen" mutated, "Gwm" is "cwm"; "Birthday" or "Week" is English
    return not cue_before(text, start, wide=False) and not cue_before(text, cand.start, wide=False)


def _welsh_article_after(text: Text, cand: Candidate) -> bool:
    if cand.full_end is not None or not lexicon.is_everyday_word(cand.entry.base or cand.key):
        return False
    rest = text.f[cand.end : cand.end + 3]
    return len(rest) >= 2 and rest[0] in "'’" and rest[1] == "r" and (len(rest) == 2 or not rest[2].isalpha())


def _word_in_phrase(text: Text, index: NameIndex, cand: Candidate, after: list[str]) -> bool:
    """A capitalised word-name that belongs to a phrase ("Storm warning", "the Selkirk Grace")."""
    if cue_before(text, cand.start, wide=False):
        return False
    return _in_proper_noun_phrase(text, index, cand) or _modifies_next_word(text, cand, after)


def _in_proper_noun_phrase(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"the Selkirk Grace", "Storm Eowyn": a word-name joined to another capitalised word."""
    if text.all_lower or cand.full_end is not None:
        return False
    before = text.words_before(cand.start, 1)
    if before and text.gap_before(cand.start) == " " and not text.sentence_start(cand.start):
        start = cand.start - 1 - len(before[0])
        if (
            text.form(start, cand.start - 1) is Form.TITLE
            and not text.sentence_start(start)
            and before[0] not in lexicon.COMMON_CAPITALISED
            and before[0] not in index.entries
        ):
            return True
    after = text.words_after(cand.end, 1)
    if not after or text.gap_after(cand.end) != " " or text.possessive(cand.end):
        return False
    start = cand.end + 1
    if _title_case_run(text, index, cand, before, start, after[0]):
        return True
    return (
        text.form(start, start + len(after[0])) is Form.TITLE
        and after[0] not in lexicon.COMMON_CAPITALISED
        and after[0] not in index.entries
        and not _own_surname(index, cand, after[0])
        and after[0] not in index.classes
    )


def _own_surname(index: NameIndex, cand: Candidate, word: str) -> bool:
    """Whether ``word`` is the surname of a pupil with this first name: "Wolf Hall" is a title
    when no Wolf on the roster is a Hall, though another pupil is."""
    holders = index.surnames.get(word)
    if not holders:
        return False
    return not cand.entry.pupils or bool(set(cand.entry.pupils) & set(holders))


def _title_case_run(text: Text, index: NameIndex, cand: Candidate, before: list[str], nxt_start: int, nxt: str) -> bool:
    """"Spring Summer Autumn Winter", a heading on a display: a word-name after the capitalised
    everyday word that opens the line, with the run going on in capitals, is one of the words."""
    if not before or text.gap_before(cand.start) != " " or not lexicon.is_everyday_word(cand.entry.base or cand.key):
        return False
    start = cand.start - 1 - len(before[0])
    if not text.sentence_start(start) or cue_before(text, cand.start, wide=False):
        return False
    return _capitalised_word(text, index, start, before[0], at_start=True) and (
        text.form(nxt_start, nxt_start + len(nxt)) is Form.TITLE
    )


def _modifies_next_word(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"Storm warning:", "Sandy beaches next!": a word-name opening a sentence, describing the next word."""
    if not text.sentence_start(cand.start) or not after:
        return False
    if text.gap_after(cand.end) == ", ":
        return _list_of_lower_words(text, cand.end + 2, after)  # "Aur, arian ac efydd"
    if text.gap_after(cand.end) != " ":
        return False
    nxt = after[0]
    start = cand.end + 1
    if text.form(start, start + len(nxt)) is not Form.LOWER or nxt in lexicon.PERSON_VERBS:
        return False
    if nxt in lexicon.MODIFIED_WORDS:
        return True
    if nxt.endswith("ed") or not nxt.endswith("s") or nxt.endswith(("ss", "us", "is")):
        return False
    # a plural noun ("clouds gathered"), not a verb with its object ("kicks the ball")
    return len(after) < 2 or after[1] not in lexicon.VERB_OBJECTS


def _inside_proper_noun(text: Text, cand: Candidate) -> bool:
    if cue_before(text, cand.start, wide=False) or text.sentence_start(cand.start):
        return False
    before = text.words_before(cand.start, 1)
    return bool(before) and text.gap_before(cand.start) == " " and text.is_upper_at(cand.start - 1 - len(before[0]))


#: Words right after a capitalised word-name that make it a person: joins and Welsh verbs.
_PERSON_NEXT = lexicon.PERSON_VERBS | lexicon.IRREGULAR_PERSON_PASTS | frozenset(
    "a ac & or wedi yn sy sydd oedd yw ydy ydi fydd gyda enillodd ddaeth aeth gafodd wnaeth cafodd".split()
)


def _word_opening_sentence(text: Text, cand: Candidate, after: list[str]) -> bool:
    """A name that is an everyday English or Welsh word ("Eira", "Heulwen", "River"), opening a
    sentence with no cue, followed by a lower-case word that is not a verb or a join: the word."""
    if not lexicon.is_everyday_word(cand.entry.base or cand.key) or cand.full_end is not None:
        return False
    if not text.sentence_start(cand.start) or not after:
        return False
    if text.gap_after(cand.end) in (", ", ": "):
        # "Aur, arian ac efydd"; a glossary or weather chart's "Eira: oer a gwyn"
        return _list_of_lower_words(text, cand.end + 2, after)
    if text.gap_after(cand.end) != " ":
        return False
    nxt = after[0]
    start = cand.end + 1
    if text.form(start, start + len(nxt)) is not Form.LOWER:
        return False
    if nxt in lexicon.LIST_JOIN_WORDS and len(after) > 1:
        return _lower_word_at(text, start + len(nxt) + 1, after[1])  # "Celyn ac iorwg", "Joy and thanks"
    if nxt in _PERSON_NEXT or (things.adverb(nxt) and not _time_word(cand)):
        return False  # "Faith finally conquered the monkey bars"; but "Summer finally arrived"
    if nxt.endswith("ing") and len(after) > 1:
        return _gerund_before_noun(text, start + len(nxt) + 1, after[1])  # "Clay modelling workshop"
    return not nxt.endswith(("ed", "ing", "odd"))  # "River painted", "Tom holding", "Seren enillodd"


def _gerund_before_noun(text: Text, start: int, word: str) -> bool:
    """"Clay modelling workshop", "River swimming lessons": an -ing word followed by a lower-case
    noun names an activity, while "Tom holding the cup" or "Grace singing in assembly" has a
    verb with its object, a preposition or an adverb after it, and a person before it."""
    if word in lexicon.VERB_OBJECTS or word.endswith("ly") or word in _PERSON_NEXT:
        return False
    return _lower_word_at(text, start, word) and lexicon.is_everyday_word(word)


def _list_of_lower_words(text: Text, start: int, after: list[str]) -> bool:
    """"Aur, arian ac efydd", "Eira, rhew a gwynt": after the comma, a lower-case everyday word
    and a join (or another comma) go on listing things, where a child would be spoken to."""
    if len(after) < 2 or not _lower_word_at(text, start, after[0]):
        return False
    return after[1] in lexicon.LIST_JOIN_WORDS or text.gap_after(start + len(after[0])).startswith(",")


def _lower_word_at(text: Text, start: int, word: str) -> bool:
    """Whether ``word``, expected at folded ``start``, is typed there in lower case and is a word."""
    if text.f[start : start + len(word)] != word or text.form(start, start + len(word)) is not Form.LOWER:
        return False
    if lexicon.is_everyday_word(word) or word in lexicon.KIND_WORDS:
        return True
    return any(lexicon.is_everyday_word(r) for r in welsh.radicals(word))  # "a chennin": a mutated word


def _paired_with_word(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Joy and Sadness", "Faith, Hope and Love": a word-name joined to a capitalised everyday
    word that is no first name is a character, a value or a title, not a child."""
    if cand.full_end is not None or text.all_lower:
        return False
    after = text.words_after(cand.end, 2)
    if len(after) == 2 and after[0] in lexicon.LIST_JOIN_WORDS and text.gap_after(cand.end) == " ":
        start = text.f.find(after[1], cand.end + len(after[0]) + 1)
        if _capitalised_word(text, index, start, after[1]):
            return True
    before = text.words_before(cand.start, 2)
    if len(before) == 2 and before[0] in lexicon.LIST_JOIN_WORDS and text.gap_before(cand.start) == " ":
        join_start = cand.start - len(before[0]) - 1
        start = text.f.rfind(before[1], 0, join_start)
        if text.f[start + len(before[1]) : join_start].strip(" ,"):
            return False  # "Daisy (Bl 1) and Poppy": the word before the join is not the other item
        return _capitalised_word(text, index, start, before[1]) or _welsh_pair_opening(text, index, cand, start, before[1])
    return False


def _welsh_pair_opening(text: Text, index: NameIndex, cand: Candidate, start: int, first: str) -> bool:
    """"Rhosyn a Chelyn – perfformiad gwych gan y ddau dîm": a word-name mutated after Welsh "a",
    joined to a capitalised Welsh everyday word that opens the sentence and is no name, pairs
    two words (teams, houses, plants), as "Holly and Ivy" does; "Awel a Gwawr" are two pupils."""
    if cand.entry.how is not How.MUTATED or not lexicon.is_only_welsh(first):
        return False
    return text.sentence_start(start) and _capitalised_word(text, index, start, first, at_start=True)


#: Capitalised words that start a group's name in a list of people ("Ruby, Amber and Team Blue").
_GROUP_HEADS = lexicon.UNIT_BEFORE | lexicon.SCHOOL_UNITS | lexicon.GROUP_WORDS


def _listed_with_capitalised_words(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Respect, Hope, Kindness and Courage", "Joy, Peace and Patience": a word-name in a list
    with a capitalised everyday word that is no name is one of a list of values or themes. A
    list holding a plain name ("Olivia, Hope and Team Blue") is a list of people."""
    if cand.full_end is not None or text.all_lower or cue_before(text, cand.start, wide=False):
        return False
    in_welsh = _welsh_clause(text, cand)
    items = list_items(text, cand.start, cand.end, welsh=in_welsh)
    if len(items) < 2 and not (in_welsh and items and text.f[cand.end : cand.end + 3] in (" a ", " ac")):
        # "our Head of School, Hope!": one capitalised phrase before a name is no list; but Welsh
        # "Alaw a Chân" joins two things with "and", the second mutated after it
        return False
    if any(w in index.entries and not lexicon.is_everyday_word(w) for _, w in items):
        return False
    return any(
        (_capitalised_word(text, index, start, word) or (in_welsh and _capitalised_welsh_word(text, index, start, word)))
        and not (in_welsh and welsh.in_any_form(word, _PERSON_BESIDE))
        for start, word in items
    )


#: People a child may be listed with in Welsh ("Haf a Nain", "Celyn a Chwaer Mair"): no list of things.
_PERSON_BESIDE = lexicon.WELSH_KIN | lexicon.SIBLING_WORDS | lexicon.TITLES | lexicon.ROLE_NOUNS


def _welsh_clause(text: Text, cand: Candidate) -> bool:
    """Whether at least two words only Welsh has stand within six words either side."""
    around = text.words_before(cand.start, 6) + text.words_after(cand.full_end or cand.end, 6)
    return sum(_welsh_word(w) for w in around) >= 2


def _capitalised_welsh_word(text: Text, index: NameIndex, start: int, word: str) -> bool:
    """A capitalised Welsh word that is no name, as written or mutated ("Rhew", "Môr", "Chân"
    after "a"), not opening the sentence."""
    if start < 0 or text.form(start, start + len(word)) is not Form.TITLE or text.sentence_start(start):
        return False
    if word in index.entries or word in index.classes or word in index.surnames or word in lexicon.all_first_names():
        return False
    return _welsh_word(word) or (welsh.in_any_form(word, lexicon.welsh_words()) and word not in lexicon.english_words())


def _after_opening_word(text: Text, index: NameIndex, cand: Candidate, after: list[str]) -> bool:
    """"Gwyliau Haf hapus", "Wythnos Awel y Môr": a word-name after the everyday word that opens
    the sentence, with the phrase going on in lower case, is part of that phrase."""
    if cand.full_end is not None or text.all_lower or not lexicon.is_everyday_word(cand.entry.base or cand.key):
        return False
    before = text.words_before(cand.start, 2)
    if len(before) != 1 or text.gap_before(cand.start) != " " or cue_before(text, cand.start, wide=False):
        return False
    start = cand.start - 1 - len(before[0])
    if not text.sentence_start(start) or not _capitalised_word(text, index, start, before[0], at_start=True):
        return False
    if _welsh_verb_first(before[0]):
        return False  # "Canodd Eira unawd", "Cafodd Seren hwyl": Welsh puts the verb before its subject
    if before[0] in lexicon.PERSON_IMPERATIVES:
        return False  # "Ask Hunter about the Tudors", "Meet River, our new...": a person asked or met
    if not after or text.gap_after(cand.end) != " " or (after[0] in _PERSON_NEXT and not _welsh_in_the(after)):
        return False  # "Cadi yn canu" is a person; "Caffi Seren yn y pentref" is the café "in the village"
    nxt_start = cand.end + 1
    if text.form(nxt_start, nxt_start + len(after[0])) is not Form.LOWER:
        return False
    return not after[0].endswith(("ed", "ing", "odd"))  # "Clever Hope solved it": a person


#: Welsh verbs that open a sentence before their subject ("Mae Haf...", "Aeth Bryn..."); the
#: past tense in -odd ("Canodd", "Enillodd") is read from its ending.
_WELSH_VERBS_FIRST = frozenset(
    "mae roedd oedd bydd fydd aeth daeth gwnaeth cafodd caiff cawsant aethon bu buodd fu dyma dacw wele".split()
)


def _welsh_in_the(after: list[str]) -> bool:
    """Welsh "yn y", "yn yr": "in the", where a place or a business stands, not "yn" and a
    verb-noun or an adjective ("Haf yn canu", "Seren yn wych")."""
    return len(after) > 1 and after[0] == "yn" and after[1] in ("y", "yr")


def _welsh_verb_first(word: str) -> bool:
    return word in _WELSH_VERBS_FIRST or (len(word) > 4 and word.endswith("odd"))


def _capitalised_word(text: Text, index: NameIndex, start: int, word: str, at_start: bool = False) -> bool:
    """A capitalised everyday word that is no name (at a sentence start only when ``at_start``)."""
    if start < 0 or text.form(start, start + len(word)) is not Form.TITLE:
        return False
    if text.sentence_start(start) and not at_start:
        return False
    if word in _GROUP_HEADS and not at_start:
        return False  # "Amber and Team Blue": a group's name, listed with people
    if word in index.entries or word in index.classes or word in lexicon.COMMON_CAPITALISED:
        return False
    if word in lexicon.all_first_names():  # "Hazel and Holly": names, the word-names too
        return False
    if _pupils_surname_at(text, index, start, word):
        return False  # "Poppy Bird and Daisy": a pupil named in full, not the word "bird"
    return lexicon.is_everyday_word(word)


def _pupils_surname_at(text: Text, index: NameIndex, start: int, word: str) -> bool:
    """Whether ``word`` at folded ``start`` is a pupil's surname right after a first name of
    the same pupil ("Ruby Khan", "Poppy Bird"): the end of a full name."""
    owners = index.surnames.get(word)
    if not owners or start < 2 or text.f[start - 1] != " ":
        return False
    first = text.words_before(start, 1)
    if not first or text.f[start - 1 - len(first[0]) : start - 1] != first[0]:
        return False
    return any(set(e.pupils) & set(owners) for e in index.entries.get(first[0], ()))


def _modal_at_start(text: Text, cand: Candidate, key: str, nxt: str) -> bool:
    # "Will parents please...", "May we remind...": a verb that starts a question or a wish
    if nxt.endswith("ed") or nxt in lexicon.PERSON_VERBS:
        return False  # "May painted a sunset": a modal verb is never followed by a past tense
    if things.adverb(nxt) and not _time_word(cand) and _past_after_adverb(text, cand):
        return False  # "Hope finally reached the top": an adverb, then the person's past tense
    if any(c in text.gap_after(cand.end) for c in "-–:"):
        return False  # "Will - lights", "May: register": a rota's name before its job, no verb
    return key in ("will", "may", "hope", "mark") and text.sentence_start(cand.start) and nxt not in ("", "and")


def _welsh_word_in_file_name(text: Text, cand: Candidate, prev: str) -> bool:
    """A Welsh word-name in a file name after a Welsh noun it describes ("celf_enfys": rainbow
    art, as "#DiwrnodEira" in a hashtag) or before a year ("heulwen_2026"): the word."""
    if cand.full_end is not None or not lexicon.is_everyday_word(cand.entry.base or cand.key):
        return False
    gap = text.gap_before(cand.start)
    if prev and gap in ("_", "-", " ") and shapes.welsh_describing_noun(prev):
        return True
    return text.gap_after(cand.end) in ("_", "-", " ") and shapes.year_at(text, cand.end + 1)


#: Words before a lower-case "will" or "may" that make it the object, a name ("proud of will").
_OBJECT_BEFORE = lexicon.VERB_OBJECTS | lexicon.LIST_JOIN_WORDS | frozenset("of done by from love".split())


def _modal_verb(text: Text, cand: Candidate, prev: str, nxt: str, after: list[str]) -> bool:
    """"my son will find out", "your child may need a coat": a modal verb written in lower case,
    followed in its clause by a lower-case verb and more words, even after a child cue."""
    if cand.key not in lexicon.MODAL_VERBS or cand.full_end is not None or len(after) < 2:
        return False
    if text.form(cand.start, cand.end) is not Form.LOWER or prev in _OBJECT_BEFORE or text.gap_after(cand.end) != " ":
        return False
    if nxt in _OBJECT_BEFORE or nxt in lexicon.PERSON_VERBS or things.adverb(nxt):
        return False  # "with will and may", "will is our star", "will really enjoyed it"
    if nxt.endswith("ed") or nxt in lexicon.IRREGULAR_PERSON_PASTS:
        return False  # "will remembered every line": a modal is never followed by a past tense
    start = cand.end + 1
    return text.form(start, start + len(nxt)) is Form.LOWER and nxt in lexicon.english_words()


def _time_word(cand: Candidate) -> bool:
    """A month or a season: "May finally arrived", "Summer is finally here" are the time."""
    key = cand.entry.base or cand.key
    return key in lexicon.MONTH_NAMES or key in lexicon.SEASONS


def _past_after_adverb(text: Text, cand: Candidate) -> bool:
    after = text.words_after(cand.end, 3)
    return len(after) > 1 and (after[1].endswith("ed") or after[1] in lexicon.IRREGULAR_PERSON_PASTS)


def _called_a_month(text: Text, cand: Candidate) -> bool:
    """"June is a busy month", "April is the wettest month": the sentence calls it a month; "May
    is our pupil of the month" names a child."""
    after = text.words_after(cand.end, 6)
    if "month" not in after or after[0] not in lexicon.COPULAS or "born" in after:
        return False  # "June was born last month" is a baby
    i = after.index("month")
    return not (i >= 2 and after[i - 2 : i] == ["of", "the"])


def _time_is_a_month(text: Text, cand: Candidate) -> bool:
    """"It's June, which means...", "It is May already": "it is" before a month's name is the
    time of year; "it's June's turn" has a possessive, "it was June who..." a relative clause."""
    o_start, o_end = text.span(cand.start, cand.end)
    if _IT_IS_BEFORE.search(text.original, max(0, o_start - 12), o_start) is None:
        return False
    return not text.possessive(cand.end) and not _WHO_AFTER.match(text.original, o_end)


_CLASSES_AFTER_LIST = re.compile(r"(?:(?:, | and | & |, and )[A-Z][a-z]+)+ [Cc]lass(?:es)?\b")
_IT_IS_BEFORE = re.compile(r"(?i)(?:^|[^a-z])it(?:['’]s| is) $")
_WHO_AFTER = re.compile(r",? (?:who|that) ")
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?(?:[ -]| of )$")  # "18 May", "3rd of June", "18-Mai"
_NUMBER_AFTER = re.compile(r",? ?\d")  # "May 3rd", "June 2025", "May, 2026"


_YEAR_AFTER = re.compile(r" ?(?:19|20)\d\d(?!\d)")  # "Haf 2025", "#Haf2026"


def _season_of_year(text: Text, cand: Candidate) -> bool:
    """A season's name right before a year; a day's number ("Haf 3 Mai") still leaves a child."""
    if cand.key not in lexicon.SEASONS or cand.full_end is not None or cue_before(text, cand.start, wide=False):
        return False
    return _YEAR_AFTER.match(text.original, text.span(cand.start, cand.end)[1]) is not None


#: What a season or a month does as a subject: it comes and goes ("Autumn has arrived", "Summer is
#: here", "June is over").
_TIME_COMES = frozenset("arrived arrives here coming come came begun began begins started starts ended ends over gone".split())
#: The seasons as a set, the topic a class learns ("the four seasons", "y tymhorau"); not one
#: "season" ("a football season", "the rugby season"), which a sport has and a child plays in.
_TIME_TOPIC = frozenset("seasons tymhorau".split())


def _time_of_year(text: Text, cand: Candidate, after: list[str]) -> bool:
    """"Autumn has arrived in Hazel class", "Summer is here": the time of year, not a child called
    Autumn; a cue ("Well done Autumn") or a possessive keeps the child."""
    if cand.full_end is not None or not _time_word(cand) or text.possessive(cand.end):
        return False
    if cue_before(text, cand.start, wide=False):
        return False
    i = 1 if after and after[0] in ("has", "have", "is", "was") else 0
    return len(after) > i and after[i] in _TIME_COMES and text.gap_after(cand.end) == " "


def _seasons_topic(text: Text, cand: Candidate) -> bool:
    """A season's name in the sentence that speaks of the seasons ("we learnt about the four
    seasons and Autumn is our favourite"): asked only after the child's evidence, which wins
    ("Autumn from Year 4"), and never across a sentence end ("The rugby season is over. Summer
    in Kestrels got the trophy")."""
    if cand.full_end is not None or not _time_word(cand) or text.possessive(cand.end):
        return False
    if cue_before(text, cand.start, wide=False):
        return False
    return any(w in _TIME_TOPIC for w in text.words_before(cand.start, 15))


def _number_next_to(text: Text, cand: Candidate) -> bool:
    """A month's name next to a day's number ("18 Mai", "May 3rd") or after "mis" ("ym mis Medi")."""
    if cand.key not in lexicon.MONTH_NAMES:
        return False
    before = text.words_before(cand.start, 1)
    if before and before[0] in lexicon.MONTH_WORDS and text.gap_before(cand.start) == " ":
        return True
    if _called_a_month(text, cand) or _time_is_a_month(text, cand):
        return True
    o_start, o_end = text.span(cand.start, cand.end)
    left = text.original[max(0, o_start - 10) : o_start]
    right = text.original[o_end : o_end + 3]
    # the number must touch the month: "May (Y2), April (Y5)" lists children by year group
    return _DAY_BEFORE.search(left) is not None or _NUMBER_AFTER.match(right) is not None


def _other_surname_follows(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Rosa Parks": a capitalised word after the name that is not this pupil's surname."""
    if text.gap_after(cand.end) != " " or text.all_lower:
        return False
    after = text.words_after(cand.end, 1)
    if not after or after[0] in lexicon.COMMON_CAPITALISED or after[0] in index.classes:
        return False
    start = cand.end + 1
    return text.is_upper_at(start) and text.form(start, start + len(after[0])) is not Form.UPPER


def child_evidence(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """Words around the name that say it is a child: a cue before, a class or year after."""
    before = text.words_before(cand.start, 4)
    if cue_before(text, cand.start) or cast_member(text, cand, before) or _name_on_a_label(text, cand, before):
        return True
    o_start = text.span(cand.start, cand.end)[0]
    if _YEAR_POSSESSIVE.search(text.original, max(0, o_start - 16), o_start):
        return True  # "P6's Niamh", "Year 2's Ella": a year group's child
    if _WRITTEN_ON_A_THING.match(text.original, text.span(cand.start, cand.end)[1]) and before[:1] == ["with"]:
        return True  # "a fleece with Aaron McL written on the label": a child's name label
    return _child_words_after(text, index, cand)


def _child_words_after(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """A child's class, year, age or belongings after the name ("Sam in Kestrel Class", "Isla's mum")."""
    end = cand.full_end or cand.end
    after = text.words_after(end, 3)
    gap = text.gap_after(end)
    if text.possessive(end):
        return len(after) > 1 and after[1] in lexicon.CHILD_POSSESSIONS
    if not after:
        return False
    if after[0] in lexicon.CHILD_CUES_AFTER or after[:2] == ["was", "born"]:
        return True  # "Alfie, born on...", "little Ada arrived on...", "Isla, aged 6"
    if _AGE_IN_BRACKETS.match(text.original, text.span(cand.start, end)[1]):
        return True  # "Can Kayden (he's 3) come along": a young child, aged in brackets
    if gap.startswith(",") and after[0] in lexicon.SIBLING_WORDS and len(after) > 1 and after[1] in index.entries:
        return True  # "Tomi, cefnder Iwan", "Sam, brother of Ella": a pupil's brother or cousin
    if _year_right_after(text, index, cand, end):
        return True  # "Mae Begw Blwyddyn 1 yn...", "Tom Y6 has...": the child's year, as a register writes it
    if _FROM_A_SCHOOL.match(text.original, text.span(cand.start, end)[1]):
        return True  # "Elis a Nia o Ysgol Bryn Eithin", "Leo from Oakfield Primary": another school's child
    unit = after[1] if after[0] in lexicon.SCHOOL_UNIT_LINKS and len(after) > 1 else None
    if "(" in gap:
        unit = after[0]
    if unit is not None and len(after) > 2 and after[2] in lexicon.UNIT_HEADS and unit not in lexicon.DETERMINERS:
        return True  # "Ruby from Ruby House", "Sam in Kestrel Class": a house or a class the child is in
    return unit is not None and (unit in index.classes or unit in lexicon.SCHOOL_UNITS)


#: A year group written right after a name ("Begw Blwyddyn 1", "Tom Year 3", "Ella P5", "Jac Bl 2").
_YEAR_RIGHT_AFTER = re.compile(r" \(?" + lexicon.YEAR_GROUP_HEAD + r"(?![\d:.,]\d|\d)")


def _year_right_after(text: Text, index: NameIndex, cand: Candidate, end: int) -> bool:
    """A year group right after a name, with no link word: how a register or a parent names a
    child ("Begw Blwyddyn 1"); not a season, a month or a class heading a year ("Summer Year 6
    leavers", "Rowan Year 3")."""
    key = cand.entry.base or cand.key
    if cand.entry.how is How.COMMON:
        return False  # "Mae Blwyddyn 3 yn...": Welsh "is", a common name only by its spelling
    if key in lexicon.SEASONS or key in lexicon.MONTH_NAMES or cand.key in index.classes:
        return False
    return _YEAR_RIGHT_AFTER.match(text.original, text.span(cand.start, end)[1]) is not None


def accept_list_mates(text: Text, undecided: list[Candidate], accepted: dict[int, NameMatch]) -> None:
    """"Kacper and Ola": an undecided name joined by a list word to an accepted one is accepted."""
    by_end = {m.end: m for m in accepted.values()}
    changed = True
    while changed and undecided:
        changed = False
        for cand in list(undecided):
            if _next_to_accepted(text, cand, accepted, by_end):
                match = to_match(text, cand, confidence=0.6)
                accepted[match.start] = match
                by_end[match.end] = match
                undecided.remove(cand)
                changed = True


def _next_to_accepted(
    text: Text, cand: Candidate, by_start: dict[int, NameMatch], by_end: dict[int, NameMatch]
) -> bool:
    if text.form(cand.start, cand.end) is Form.LOWER and not text.lower_sentence(cand.start):
        return False
    o_start, o_end = text.span(cand.start, cand.full_end or cand.end)
    # only matches at most 5 characters away can be joined to this one by a list word
    for gap in range(1, 6):
        before, after = by_end.get(o_start - gap), by_start.get(o_end + gap)
        if before is not None and _is_list_join(text.original[before.end : o_start]):
            return True
        if after is not None and _is_list_join(text.original[o_end : after.start]):
            return True
    return False


def _is_list_join(between: str) -> bool:
    return between.lower().replace("_", " ").replace("-", " ") in _LIST_JOINS

