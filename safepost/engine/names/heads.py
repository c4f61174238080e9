"""Word-names that head a title, an event or an activity, things doing what their kind does, and
adults named in apposition to their job: precision families of the sixteenth session.

Each reads grammar any school's posts share, never a list of names:

* a season heading a year group's event ("Summer Year 6 leavers' disco"), where a child's
  name before a year group is followed by what the child did ("Summer Year 6 won the relay");
* a word-name that is the object of an activity written as one compound ("River dipping at the
  park", "Honey tasting in science"), where a child's own doing takes an object or is one
  children do by themselves ("River swimming", "Honey tasting the soup");
* a word-name listed with another whose phrase goes on in capitals ("Hope and Faith Together"):
  the list is the title's;
* birds and plants at home ("Robin and Wren visit our bird feeders", "Holly and Ivy grow along
  the hedge"): a kind's verb with the place that kind lives or feeds;
* an adult's job, a comma, then a full name ("Our poet in residence, Robin Llywelyn,").
"""

from __future__ import annotations

import re

from safepost.engine.names import lexicon
from safepost.engine.names.context import Form, Text, cue_before
from safepost.engine.names.index import NameIndex
from safepost.engine.names.match import Candidate

_WORD = re.compile(r"[a-z]+")
#: Where a clause ends: what a kind does is said before it.
_CLAUSE_END = re.compile(r"[.!?\n;:()\u2013\u2014]")
#: A year group right after a name, then the next word ("Summer Year 6 leavers'", "Spring Y2 trip").
_YEAR_THEN_WORD = re.compile(r" " + lexicon.YEAR_GROUP_HEAD + r"\d? ?([a-z]+)")
#: After a year group, words that say what a child did: a verb, not the event's noun.
_DONE_AFTER_YEAR = lexicon.PERSON_VERBS | lexicon.PERSON_ACTIONS | lexicon.COPULAS | frozenset(
    "has have had will would can could did does and a ac wedi yn sy sydd".split()
)
#: Activities whose object is written before them as one compound noun ("river dipping", "honey
#: tasting", "apple picking", "bird spotting"); not what a child does by itself ("swimming",
#: "singing", "dancing"), so "River swimming at the gala" stays a child.
_COMPOUND_ACTIVITIES = frozenset(
    """dipping tasting picking spotting watching gazing planting collecting hunting foraging pressing
    printing tapping pruning""".split()
)
#: What follows a compound activity: where or when it happened, or nothing (a heading).
_AFTER_ACTIVITY = frozenset("at in on with by for along near during this today yesterday".split())
#: A bird's or a plant's doings: a person visits, feeds or climbs too, so these count only with
#: a place below where the kind lives or feeds.
_KIND_VERBS = frozenset(
    """visit visits visited nest nests nested perch perches perched feed feeds fed hop hops hopped
    flock flocks flocked roost roosts roosted flutter flutters fluttered grow grows grew growing
    flower flowers flowered climb climbs climbed trail trails trailed nythu bwydo tyfu blodeuo""".split()
)
#: Where birds feed and nest and plants grow ("our bird feeders", "the nest box", "along the hedge").
_HABITATS = frozenset(
    """feeder feeders nest nests nestbox nestboxes birdbath birdtable hedge hedges hedgerow
    hedgerows verge verges clawdd cloddiau gwrych gwrychoedd branches canghennau trellis""".split()
)
#: An adult's job in apposition before a full name ("our poet in residence, Robin Llywelyn,").
_ADULT_JOBS = frozenset(
    """poet author writer illustrator artist musician storyteller speaker visitor guest volunteer coach
    governor vicar chaplain minister nurse officer scientist engineer photographer chef composer
    bardd awdur arlunydd artist ymwelydd gwirfoddolwr hyfforddwr llywodraethwr ficer gweinidog""".split()
)
#: Words before such a job that make its holder a child (as judge's young roles read them).
_YOUNG = lexicon.YOUNG_MARKERS | {"pupil"}


def not_a_child(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """Whether the name heads an event, is an activity's object, opens a title with its list
    mate, is a bird or plant at home, or is an adult named after a job."""
    if text.all_lower or cue_before(text, cand.start, wide=False):
        return False
    if cand.full_end is not None:
        return False  # a pupil's full name as the roster has it
    return (
        _season_heads_year_event(text, cand)
        or _compound_activity(text, cand)
        or _list_mate_heads_title(text, index, cand)
        or _kind_at_home(text, index, cand)
        or _adult_after_job(text, index, cand)
    )


def _season_heads_year_event(text: Text, cand: Candidate) -> bool:
    """"Summer Year 6 leavers' disco", "Autumn Y3 trip to the farm": a season (or a month) right
    before a year group and a noun is the time of that year group's event; a child's name there
    is followed by what the child did ("Summer Year 6 won the relay", "Summer Y6 has written")."""
    key = cand.entry.base or cand.key
    if key not in lexicon.SEASONS and key not in lexicon.MONTH_NAMES:
        return False
    if text.form(cand.start, cand.end) is Form.LOWER or text.possessive(cand.end):
        return False
    m = _YEAR_THEN_WORD.match(text.original, text.span(cand.start, cand.end)[1])
    if m is None:
        return False
    word = m.group(1)
    return word not in _DONE_AFTER_YEAR and not word.endswith(("ed", "odd"))


def _compound_activity(text: Text, cand: Candidate) -> bool:
    """"River dipping at Parc Penallta", "Honey tasting in science today": an everyday word-name
    opening a sentence before an activity done to it, then where or when, is that activity's
    object; "Honey tasting the soup" has its own object, "River swimming" is a child's doing."""
    if not lexicon.is_everyday_word(cand.entry.base or cand.key) or not text.sentence_start(cand.start):
        return False
    if text.form(cand.start, cand.end) is Form.LOWER or text.gap_after(cand.end) != " ":
        return False
    after = text.words_after(cand.end, 2)
    if not after or after[0] not in _COMPOUND_ACTIVITIES:
        return False
    start = cand.end + 1
    if text.form(start, start + len(after[0])) is not Form.LOWER:
        return False
    gap = text.gap_after(start + len(after[0]))
    return len(after) < 2 or gap.strip() != "" or after[1] in _AFTER_ACTIVITY


#: "Hope and Faith Together": a join, a word-name, then a capitalised word going on.
_JOIN_THEN_TITLE = re.compile(r" (?:and|&|a|ac) ([a-z]+) ([a-z]+)")


def _list_mate_heads_title(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Hope and Faith Together, the town's interfaith group": a word-name joined to another
    whose phrase goes on with a capitalised everyday word (no name, surname or class) is the
    first word of that title, as "Faith Together" is; "Hope and Faith Jones" ends in a surname."""
    if not lexicon.is_everyday_word(cand.entry.base or cand.key) or text.form(cand.start, cand.end) is not Form.TITLE:
        return False
    m = _JOIN_THEN_TITLE.match(text.f, cand.end)
    if m is None:
        return False
    mate, nxt = m.group(1), m.group(2)
    if text.form(m.start(1), m.end(1)) is not Form.TITLE or text.form(m.start(2), m.end(2)) is not Form.TITLE:
        return False
    if not lexicon.is_everyday_word(mate) or text.f[m.end(1) : m.start(2)] != " ":
        return False
    if nxt in index.entries or nxt in index.classes or nxt in index.surnames or nxt in lexicon.all_first_names():
        return False
    if nxt in lexicon.COMMON_CAPITALISED or nxt in lexicon.UNIT_HEADS or nxt in lexicon.PLACE_SUFFIXES:
        return False  # "Holly and Ivy Class", "Hope and Faith House": a unit, read elsewhere
    if text.gap_after(m.end(2)).strip()[:1] in ("!", "?"):
        return False  # "Hope and Faith Together!": a shout-out in capitals, not a title that goes on
    return lexicon.is_everyday_word(nxt)


def _kind_at_home(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Robin and Wren visit our bird feeders every morning", "Holly and Ivy grow along the
    hedge": everyday word-names (a list of them) doing what their kind does (a kind's verb) where
    their kind lives or feeds are birds or plants; "Robin and Wren filled the bird feeders" is
    children's work, and a person's pronoun or an adult with them makes them children."""
    if not lexicon.is_everyday_word(cand.entry.base or cand.key) or text.form(cand.start, cand.end) is Form.LOWER:
        return False
    end = _list_end(text, cand)
    if text.gap_after(end) != " ":
        return False
    clause = _CLAUSE_END.split(text.f[end : end + 90], maxsplit=1)[0]
    words = _WORD.findall(clause)
    if not words or words[0] not in _KIND_VERBS:
        return False
    if any(w in lexicon.PERSON_PRONOUNS or w in lexicon.STAFF_TITLES for w in words):
        return False  # "Robin and Wren visit the nest boxes with Mr Chard": children on a walk
    return any(w in _HABITATS for w in words[1:8])


#: One more word-name of a list: " and Wren", ", Ivy", " a Haf".
_LIST_MATE = re.compile(r"(?:,? (?:and|&|a|ac)|,) ([a-z]+)(?=[ ,])")


def _list_end(text: Text, cand: Candidate) -> int:
    """Where the short list of capitalised everyday words the candidate opens ends."""
    end = cand.end
    for _ in range(4):
        m = _LIST_MATE.match(text.f, end)
        if m is None or text.form(m.start(1), m.end(1)) is not Form.TITLE or not lexicon.is_everyday_word(m.group(1)):
            break
        end = m.end()
    return end


def _adult_after_job(text: Text, index: NameIndex, cand: Candidate) -> bool:
    """"Our poet in residence, Robin Llywelyn, ran a workshop": an adult's job, a comma, then a
    first name and a capitalised surname no pupil of that name has, is the adult; "our Year 5
    artist, Amber Jones," and "Amber Jones" alone stay the pupil."""
    if text.gap_before(cand.start) != ", " or text.gap_after(cand.end) != " ":
        return False
    after = text.words_after(cand.end, 1)
    start = cand.end + 1
    if not after or text.form(start, start + len(after[0])) is not Form.TITLE:
        return False
    surname = after[0]
    if surname in lexicon.COMMON_CAPITALISED or set(index.surnames.get(surname, ())) & set(cand.entry.pupils):
        return False
    before = text.words_before(cand.start, 5)
    jobs = [i for i, w in enumerate(before) if w in _ADULT_JOBS]
    if not jobs:
        return False
    return not any(w in _YOUNG for w in before[jobs[0] + 1 : jobs[0] + 3])
